"""The processing log: one hash-chained, signed JSON line per processing step.

Entries hold what a DPO needs (time, operator, action, purpose, legal basis,
data categories, counts, input hashes) and never personal data.  Each entry
carries the hash of the one before, so editing, deleting or reordering any
entry breaks the chain at a point ``verify`` can name.  Each entry's hash is
also signed with the project's Ed25519 key, so an editor who recomputes the
chain still cannot forge it; and the file ends with a signed *head* naming
the entry count and last hash, so cutting entries off the end shows too.
A DPO needs only the log and the public key (``processing-log.pub``, PEM
SubjectPublicKeyInfo) to check all of this — never the data passphrase.

The key file lies beside the log, so whoever can replace the log can replace
the key too and re-sign everything.  What a DPO keeps elsewhere closes that
gap: the key's *fingerprint* (printed when the project is created) pins the
key, and a *checkpoint* (the signed head at one moment, with the fingerprint)
also pins how far the log had grown, so a later log that is shorter, or that
no longer holds the checkpoint's entry at its position, is caught.

File layout (JSON Lines, canonical JSON)::

    {"format": "prevista-processing-log", "version": 2, "project_id": ..., "key": <sha256 of raw public key>}
    {...entry..., "seq": 1, "time": ..., "prev": <hash of header>, "hash": ..., "sig": <base64>}
    ...
    {"head": {"entries": N, "hash": <hash of entry N, or of the header>, "project_id": ...}, "sig": <base64>}
"""

from __future__ import annotations

import base64
import binascii
import csv
import hashlib
import io
import json
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from prevista.privacy.atomic import atomic_write
from prevista.privacy.catalogue import QT_TRANSLATE_NOOP
from prevista.privacy.errors import DamagedProjectError, PrevistaError

FORMAT = "prevista-processing-log"
VERSION = 2
ENTRY_DOMAIN = b"prevista-log-entry\x00"  # keeps an entry signature from passing as a head signature
HEAD_DOMAIN = b"prevista-log-head\x00"
CHECKPOINT_FORMAT = "prevista-log-checkpoint"
CHECKPOINT_VERSION = 1
FINGERPRINT_HEX = 64
_UNSIGNED = ("hash", "sig")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_FIRST_COLUMNS = ("seq", "time", "action", "operator", "purpose", "legal_basis")
_LAST_COLUMNS = ("commit", "prev", "hash", "sig")

LEGAL_BASES = {
    "consent": QT_TRANSLATE_NOOP("LegalBasis", "Art. 6(1)(a) GDPR — consent"),
    "contract": QT_TRANSLATE_NOOP("LegalBasis", "Art. 6(1)(b) GDPR — performance of a contract"),
    "legitimate-interest": QT_TRANSLATE_NOOP("LegalBasis", "Art. 6(1)(f) GDPR — legitimate interest"),
}


def legal_basis_text(key: str) -> str:
    """The recorded wording for a legal-basis key; unknown keys are refused."""
    try:
        return LEGAL_BASES[key]
    except KeyError:
        choices = ", ".join(LEGAL_BASES)
        raise PrevistaError(f"Unknown legal basis '{key}': choose one of {choices}.") from None


def canonical(data: dict[str, Any]) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _sha256(data: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(data)).hexdigest()


def entry_hash(entry: dict[str, Any]) -> str:
    """The hash covers everything but itself and the signature made over it."""
    return _sha256({k: v for k, v in entry.items() if k not in _UNSIGNED})


# ----- keys -------------------------------------------------------------------------
def public_key_pem(key: Ed25519PublicKey) -> bytes:
    """PEM is what a DPO's own tools (openssl, any crypto library) read without Prevista."""
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def key_fingerprint(key: Ed25519PublicKey) -> str:
    """SHA-256 of the raw key, in hex: short enough to print, write down and compare by eye."""
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()


def parse_fingerprint(text: str) -> str:
    """Accept a kept fingerprint however it was copied (case, colons, spaces); refuse anything shorter."""
    cleaned = "".join(text.split()).replace(":", "").lower()
    if len(cleaned) != FINGERPRINT_HEX or any(c not in "0123456789abcdef" for c in cleaned):
        raise PrevistaError(f"A key fingerprint is {FINGERPRINT_HEX} hexadecimal digits, as printed when the "
                            "project was created.")
    return cleaned


def load_public_key(source: bytes | Path) -> Ed25519PublicKey:
    """Accept the exported PEM file or the 32 raw key bytes, so either form a DPO was given works."""
    data = Path(source).read_bytes() if isinstance(source, Path) else source
    try:
        if data.lstrip().startswith(b"-----BEGIN"):
            key = serialization.load_pem_public_key(data)
        else:
            key = Ed25519PublicKey.from_public_bytes(data)
    except ValueError:
        key = None
    if not isinstance(key, Ed25519PublicKey):
        raise PrevistaError("The public key is not an Ed25519 public key (expected a PEM file).")
    return key


def _sign(key: Ed25519PrivateKey, domain: bytes, message: bytes) -> str:
    return base64.b64encode(key.sign(domain + message)).decode("ascii")


def _signature_valid(key: Ed25519PublicKey, domain: bytes, message: bytes, sig: Any) -> bool:
    """Only the canonical base64 spelling counts, so no edit to ``sig`` can go unnoticed."""
    if not isinstance(sig, str):
        return False
    try:
        raw = base64.b64decode(sig.encode("ascii"), validate=True)
        if base64.b64encode(raw).decode("ascii") != sig:
            return False
        key.verify(raw, domain + message)
    except (InvalidSignature, ValueError, binascii.Error, UnicodeEncodeError):
        return False
    return True


# ----- reading --------------------------------------------------------------------
@dataclass(frozen=True)
class Verification:
    """Outcome of checking a log: how many entries, and the first bad one if any.

    ``first_bad`` is 1-based; a problem at the end (truncation, a missing or
    bad head) names the position after the last entry present, the first one
    missing; it is ``None`` when the header line itself is unreadable.  Without
    ``signatures_checked`` anyone could have rebuilt the chain, so a chain-only
    pass proves consistency, not authenticity.
    """

    entries: int
    first_bad: int | None = None
    problem: str | None = None
    signatures_checked: bool = False
    key_fingerprint: str | None = None  # of the key the signatures were checked with
    key_kept: bool = False  # that key matched a fingerprint or checkpoint the DPO kept (not only the file beside the log)

    @property
    def ok(self) -> bool:
        return self.first_bad is None and self.problem is None


@dataclass(frozen=True)
class _Parsed:
    header: dict[str, Any]
    entries: list[dict[str, Any] | None]
    head: dict[str, Any] | None


def _json_dict(line: bytes) -> dict[str, Any] | None:
    try:
        parsed = json.loads(line)
    except ValueError:
        return None
    return parsed if isinstance(parsed, dict) else None


def _parse_lines(lines: list[bytes], name: str) -> _Parsed:
    header = _json_dict(lines[0]) if lines else None
    if header is None or header.get("format") != FORMAT:
        raise DamagedProjectError(f"The processing log {name} has a damaged header line.")
    body = [_json_dict(line) for line in lines[1:]]
    head = body.pop() if body and body[-1] is not None and "head" in body[-1] else None
    return _Parsed(header, body, head)


def _read_lines(path: Path) -> list[bytes]:
    try:
        return path.read_bytes().splitlines()
    except FileNotFoundError:
        raise DamagedProjectError(f"The processing log {path.name} is missing.") from None


def _entry_problem(entry: dict[str, Any] | None, number: int, prev: str) -> str | None:
    if entry is None:
        return f"entry {number} is not readable (damaged line)"
    if entry.get("seq") != number:
        return f"entry {number} is out of sequence (an entry was removed, inserted or reordered)"
    if entry.get("prev") != prev:
        return f"entry {number} does not follow the entry before it (the chain is broken)"
    if entry.get("hash") != entry_hash(entry):
        return f"entry {number} was altered after it was written (its hash does not match)"
    return None


def _signature_problem(header: dict[str, Any], key: Ed25519PublicKey, what: str) -> str:
    """A signature failure means forgery, unless the log was made under another key altogether."""
    if header.get("key") != key_fingerprint(key):
        return (f"{what} is not signed with this public key: the key or the log belongs to another project "
                "(check that both came from the same project)")
    return f"{what} has an invalid signature: it was altered and re-sealed without the project's key"


def _checked_entry_problem(
    entry: dict[str, Any] | None, number: int, prev: str, header: dict[str, Any], key: Ed25519PublicKey | None
) -> str | None:
    problem = _entry_problem(entry, number, prev)
    if problem or key is None or entry is None:
        return problem
    if _signature_valid(key, ENTRY_DOMAIN, entry["hash"].encode("ascii"), entry.get("sig")):
        return None
    return _signature_problem(header, key, f"entry {number}")


def _head_problem(parsed: _Parsed, prev: str, key: Ed25519PublicKey | None) -> str | None:
    count = len(parsed.entries)
    if parsed.head is None:
        return f"the signed head is missing after entry {count}: the log was truncated or damaged"
    head = parsed.head.get("head")
    if not isinstance(head, dict):
        return "the signed head is damaged"
    if head.get("entries") != count or head.get("hash") != prev:
        return (f"the log ends after entry {count}, but its signed head says {head.get('entries')} entries "
                "(entries were removed from the end, or the head was altered)")
    if head.get("project_id") != parsed.header.get("project_id"):
        return "the signed head names another project"
    if key is not None and not _signature_valid(key, HEAD_DOMAIN, canonical(head), parsed.head.get("sig")):
        return _signature_problem(parsed.header, key, "the signed head")
    return None


def _verify_parsed(parsed: _Parsed, key: Ed25519PublicKey | None) -> Verification:
    count = len(parsed.entries)
    checked = key is not None
    prev = _sha256(parsed.header)
    for number, entry in enumerate(parsed.entries, start=1):
        problem = _checked_entry_problem(entry, number, prev, parsed.header, key)
        if problem:
            return Verification(count, number, problem, checked)
        prev = entry["hash"]  # type: ignore[index]
    problem = _head_problem(parsed, prev, key)
    if problem:
        return Verification(count, count + 1, problem, checked)
    return Verification(count, signatures_checked=checked)


# ----- what a DPO keeps ------------------------------------------------------------------
@dataclass(frozen=True)
class Checkpoint:
    """The log's signed head at one moment plus the fingerprint of the key that signed it.

    Made from the log alone (no passphrase): the head signature is the project key's own word that
    the log once held ``entries`` entries ending in ``hash``.  Because every entry chains to the
    one before, a later log that holds that hash at that position holds the same first entries.
    """

    project_id: str
    entries: int
    hash: str
    key: str  # fingerprint of the signing key
    sig: str  # the head signature (HEAD_DOMAIN), checkable with the key alone

    def head(self) -> dict[str, Any]:
        return {"entries": self.entries, "hash": self.hash, "project_id": self.project_id}

    def to_json(self) -> bytes:
        document = {"format": CHECKPOINT_FORMAT, "version": CHECKPOINT_VERSION, "key": self.key,
                    "head": self.head(), "sig": self.sig}
        return json.dumps(document, indent=1, sort_keys=True).encode() + b"\n"

    @classmethod
    def from_json(cls, data: bytes) -> Checkpoint:
        bad = PrevistaError("This is not a Prevista log checkpoint (made with 'prevista audit checkpoint').")
        document = _json_dict(data)
        if document is None or document.get("format") != CHECKPOINT_FORMAT or document.get("version") != CHECKPOINT_VERSION:
            raise bad
        head = document.get("head")
        if not isinstance(head, dict):
            raise bad
        entries, hash_, project_id, sig = head.get("entries"), head.get("hash"), head.get("project_id"), document.get("sig")
        if not (isinstance(entries, int) and entries >= 0 and isinstance(hash_, str) and isinstance(project_id, str)
                and isinstance(sig, str) and isinstance(document.get("key"), str)):
            raise bad
        return cls(project_id, entries, hash_, parse_fingerprint(document["key"]), sig)


def make_checkpoint(log_path: Path, public_key: bytes | Path) -> Checkpoint:
    """A checkpoint of a log that verifies with ``public_key``; check that key against a kept fingerprint first."""
    key = load_public_key(public_key)
    parsed = _parse_lines(_read_lines(Path(log_path)), Path(log_path).name)
    result = _verify_parsed(parsed, key)
    if not result.ok or parsed.head is None:
        raise PrevistaError(f"No checkpoint made: the log does not verify ({result.problem}).")
    head = parsed.head["head"]
    return Checkpoint(head["project_id"], head["entries"], head["hash"], key_fingerprint(key), parsed.head["sig"])


def _kept_fingerprint(fingerprint: str | None, checkpoint: Checkpoint | None) -> str | None:
    kept = parse_fingerprint(fingerprint) if fingerprint is not None else None
    if kept is not None and checkpoint is not None and checkpoint.key != kept:
        raise PrevistaError("The fingerprint and the checkpoint name different keys: which one did you keep?")
    return kept or (checkpoint.key if checkpoint else None)


def _key_problem(key: Ed25519PublicKey | None, kept: str) -> str | None:
    """A key the DPO did not keep proves nothing, however well its signatures check."""
    if key is None:
        return "there is no public key to check against the fingerprint you kept (give --pubkey FILE)"
    if key_fingerprint(key) != kept:
        return (f"the public key (fingerprint {key_fingerprint(key)}) is not the project's key you kept "
                f"(fingerprint {kept}): the key was replaced and the log may have been re-signed with it")
    return None


def _checkpoint_problem(parsed: _Parsed, checkpoint: Checkpoint, key: Ed25519PublicKey) -> tuple[int, str] | None:
    """Where the log stops continuing the kept checkpoint (first missing or differing entry), and why."""
    if checkpoint.project_id != parsed.header.get("project_id"):
        return 1, "the checkpoint you kept belongs to another project"
    if not _signature_valid(key, HEAD_DOMAIN, canonical(checkpoint.head()), checkpoint.sig):
        return 1, "the checkpoint's signature does not verify with the project's key (the checkpoint was altered)"
    hashes = [_sha256(parsed.header), *(e["hash"] for e in parsed.entries if e is not None)]
    if len(hashes) <= checkpoint.entries:
        return len(hashes), (
            f"the log has {len(hashes) - 1} entries, but the checkpoint you kept records {checkpoint.entries}: "
            "entries were cut from the end, or the log was rolled back to an older copy")
    if hashes[checkpoint.entries] != checkpoint.hash:
        return max(checkpoint.entries, 1), (
            f"entry {checkpoint.entries} is not the one the checkpoint you kept records: the log was rolled back "
            "to an older copy and written on, or replaced")
    return None


def verify_log_file(
    log_path: Path, public_key: bytes | Path | None = None, *, fingerprint: str | None = None,
    checkpoint: Checkpoint | None = None,
) -> Verification:
    """What a DPO runs: the log and the public key, no passphrase; names the first bad entry.

    With a kept ``fingerprint`` or ``checkpoint`` the key itself is checked too (else it is only as
    trustworthy as its file), and a checkpoint also catches a cut tail or a rolled-back log.
    """
    key = load_public_key(public_key) if public_key is not None else None
    kept = _kept_fingerprint(fingerprint, checkpoint)
    printed = key_fingerprint(key) if key else None
    try:
        parsed = _parse_lines(_read_lines(Path(log_path)), Path(log_path).name)
    except DamagedProjectError as error:
        return Verification(0, None, str(error).rstrip("."), key is not None, printed)
    key_problem = _key_problem(key, kept) if kept is not None else None
    if key_problem is not None:
        return Verification(len(parsed.entries), 1, key_problem, key is not None, printed)
    result = replace(_verify_parsed(parsed, key), key_fingerprint=printed, key_kept=kept is not None)
    if result.ok and checkpoint is not None and key is not None:
        cut = _checkpoint_problem(parsed, checkpoint, key)
        if cut is not None:
            return replace(result, first_bad=cut[0], problem=cut[1])
    return result


# ----- export -------------------------------------------------------------------------
def _neutralise(text: str) -> str:
    """A cell a spreadsheet would evaluate as a formula gets an apostrophe (OWASP CSV injection)."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = value if isinstance(value, str) else json.dumps(value, sort_keys=True, ensure_ascii=False)
    return _neutralise(text)


def _columns(entries: list[dict[str, Any]]) -> list[str]:
    seen = {k for e in entries for k in e}
    middle = sorted(seen - set(_FIRST_COLUMNS) - set(_LAST_COLUMNS))
    return [c for c in _FIRST_COLUMNS if c in seen] + middle + [c for c in _LAST_COLUMNS if c in seen]


def _csv_bytes(entries: list[dict[str, Any]]) -> bytes:
    """One row per entry; nested values as JSON in one cell; BOM so spreadsheets read UTF-8."""
    columns = _columns(entries)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for entry in entries:
        writer.writerow([_cell(entry.get(c)) for c in columns])
    return buffer.getvalue().encode("utf-8-sig")


def export_log(log_path: Path, fmt: Literal["csv", "json"]) -> bytes:
    """Hand the log to a DPO in a spreadsheet or a script; a damaged line is left out, not guessed at."""
    parsed = _parse_lines(_read_lines(Path(log_path)), Path(log_path).name)
    entries = [e for e in parsed.entries if e is not None]
    if fmt == "csv":
        return _csv_bytes(entries)
    if fmt == "json":
        document = {"header": parsed.header, "entries": entries, "head": parsed.head}
        return json.dumps(document, indent=1, ensure_ascii=False).encode() + b"\n"
    raise PrevistaError(f"Unknown export format '{fmt}': choose csv or json.")


# ----- the log of one project ----------------------------------------------------------
class ProcessingLog:
    """A log file; appends rewrite it atomically so a crash never leaves half a line or a stale head."""

    def __init__(self, path: Path, signing_key: Ed25519PrivateKey | None = None) -> None:
        self.path = path
        self._signing_key = signing_key

    @staticmethod
    def header_line(project_id: str, key: Ed25519PublicKey) -> dict[str, Any]:
        return {"format": FORMAT, "version": VERSION, "project_id": project_id, "key": key_fingerprint(key)}

    def _signer(self) -> Ed25519PrivateKey:
        if self._signing_key is None:
            raise PrevistaError("This processing log was opened read-only: writing needs the project's signing key.")
        return self._signing_key

    def _signed_head(self, header: dict[str, Any], entries: int, last_hash: str) -> bytes:
        head = {"entries": entries, "hash": last_hash, "project_id": header["project_id"]}
        return canonical({"head": head, "sig": _sign(self._signer(), HEAD_DOMAIN, canonical(head))})

    def create(self, project_id: str) -> None:
        header = self.header_line(project_id, self._signer().public_key())
        atomic_write(self.path, canonical(header) + b"\n" + self._signed_head(header, 0, _sha256(header)) + b"\n")

    def _parse(self) -> _Parsed:
        return _parse_lines(_read_lines(self.path), self.path.name)

    def verify(self, public_key: bytes | Path | None = None) -> Verification:
        """Walk the chain, signatures and head; without a key given, the project's own key is used if known."""
        key = load_public_key(public_key) if public_key is not None else self._own_key()
        return _verify_parsed(self._parse(), key)

    def read(self) -> tuple[Verification, list[dict[str, Any]]]:
        """The log checked with the project's own key, and its entries: one read and one pass over the signatures."""
        parsed = self._parse()
        return _verify_parsed(parsed, self._own_key()), [e for e in parsed.entries if e is not None]

    def _own_key(self) -> Ed25519PublicKey | None:
        return self._signing_key.public_key() if self._signing_key else None

    def entries(self) -> list[dict[str, Any]]:
        """All entries, refusing a log that does not verify."""
        result, entries = self.read()
        if not result.ok:
            raise DamagedProjectError(f"The processing log does not verify: {result.problem}.")
        return entries

    def append(self, record: dict[str, Any], *, now: datetime | None = None) -> dict[str, Any]:
        """Chain and sign ``record``, re-sign the head, and write both in one atomic replace."""
        signer = self._signer()
        existing = self.entries()
        header = self._parse().header
        prev = existing[-1]["hash"] if existing else _sha256(header)
        moment = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
        entry = {**record, "seq": len(existing) + 1, "time": moment.isoformat(timespec="seconds"), "prev": prev}
        entry["hash"] = entry_hash(entry)
        entry["sig"] = _sign(signer, ENTRY_DOMAIN, entry["hash"].encode("ascii"))
        lines = [canonical(header), *(canonical(e) for e in existing), canonical(entry)]
        lines.append(self._signed_head(header, entry["seq"], entry["hash"]))
        atomic_write(self.path, b"\n".join(lines) + b"\n")
        return entry
