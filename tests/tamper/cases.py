"""Every way the sweep damages a project: bit flips, truncations, chunk surgery, swapped files, forged logs.

A case is the new content of the files it touches (``None`` deletes one) and
the message classes that count as catching it.  ``full=False`` picks a fixed
sample of the same generators for CI; the bench runs them all.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from prevista.privacy import sealed
from prevista.privacy.lock import LOCK_NAME
from prevista.privacy.processing_log import (
    ENTRY_DOMAIN,
    HEAD_DOMAIN,
    canonical,
    entry_hash,
    key_fingerprint,
    public_key_pem,
)
from prevista.privacy.store import HEADER_NAME, LOG_KEY_NAME, LOG_NAME, MANIFEST_NAME
from tests.tamper.project import Snapshot

HEADER = frozenset({"damaged header"})
DATA = frozenset({"damaged data"})
LOG = frozenset({"log problem"})
CI_FLIPS_PER_FILE = 120
CI_SAMPLE = 60


@dataclass(frozen=True)
class Case:
    category: str
    label: str
    changes: dict[str, bytes | None]
    detected_as: frozenset[str]
    passphrase: str | None = None
    benign: str | None = None  # why reading back unchanged content is right for this case


def _expected(name: str) -> frozenset[str]:
    if name == HEADER_NAME:
        return HEADER
    return LOG if name in (LOG_NAME, LOG_KEY_NAME) else DATA


def _sealed_names(files: dict[str, bytes]) -> list[str]:
    return sorted(n for n in files if n.endswith(".sealed"))


def _sample(items: list, full: bool, count: int = CI_SAMPLE, seed: int = 7) -> list:
    return items if full or len(items) <= count else random.Random(seed).sample(items, count)


# ----- bit flips -------------------------------------------------------------------------
def _flip_positions(name: str, size: int, full: bool) -> list[int]:
    """Full: every bit of the small files, one bit of every byte (rotating) of the sealed ones."""
    if full:
        return [b * 8 + b % 8 for b in range(size)] if name.endswith(".sealed") else list(range(size * 8))
    return sorted(random.Random(name).sample(range(size * 8), min(CI_FLIPS_PER_FILE, size * 8)))


def bit_flips(snap: Snapshot, full: bool) -> Iterator[Case]:
    for name, data in snap.files.items():
        for bit in _flip_positions(name, len(data), full):
            flipped = bytearray(data)
            flipped[bit // 8] ^= 1 << (bit % 8)
            yield Case("bit flip", f"{name} bit {bit}", {name: bytes(flipped)}, _expected(name))


# ----- truncation and chunk surgery ---------------------------------------------------------
def _chunks(blob: bytes) -> tuple[bytes, list[bytes]]:
    """Split a sealed file into its header and ciphertext chunks (tag included)."""
    fixed = len(sealed.MAGIC) + sealed._FIXED.size
    _version, chunk_size, _prefix, ctx_len = sealed._FIXED.unpack_from(blob, len(sealed.MAGIC))
    head, body = blob[: fixed + ctx_len], blob[fixed + ctx_len :]
    step = chunk_size + sealed.TAG_BYTES
    return head, [body[i : i + step] for i in range(0, len(body), step)]


def truncations(snap: Snapshot, full: bool) -> Iterator[Case]:
    """Sealed files at every chunk boundary and inside chunks; the log at every line; the others at a few points."""
    for name in _sealed_names(snap.files):
        blob = snap.files[name]
        head, chunks = _chunks(blob)
        cuts = {0, 1, len(sealed.MAGIC), len(head) - 1, len(head), len(blob) - 1, len(blob) - sealed.TAG_BYTES}
        end = len(head)
        for chunk in chunks[:-1]:
            end += len(chunk)
            cuts |= {end, end - sealed.TAG_BYTES, end - len(chunk) // 2}
        for cut in sorted(cuts):
            yield Case("truncation", f"{name} at {cut} of {len(blob)}", {name: blob[:cut]}, DATA)
    log = snap.files[LOG_NAME]
    line_ends = [i + 1 for i, byte in enumerate(log) if byte == ord("\n")][:-1]
    for cut in _sample(sorted({0, 1, *line_ends, *(e - 1 for e in line_ends)}), full):
        yield Case("truncation", f"{LOG_NAME} at {cut}", {LOG_NAME: log[:cut]}, LOG)
    yield Case("truncation", f"{LOG_NAME} without its final newline", {LOG_NAME: log[:-1]}, LOG,
               benign="a JSON Lines file reads the same without its last line break: no entry or signature changes")
    for name in (HEADER_NAME, LOG_KEY_NAME):
        data = snap.files[name]
        for cut in (0, 1, len(data) // 2, len(data) - 1):
            yield Case("truncation", f"{name} at {cut}", {name: data[:cut]}, _expected(name))
    for name in snap.files:
        if name == LOCK_NAME:
            yield Case("truncation", f"{name} deleted", {name: None}, frozenset(),
                       benign="the lock file is empty and only held during a write; the next write creates it again")
            continue
        yield Case("truncation", f"{name} deleted", {name: None},
                   frozenset({"not a project"}) if name == HEADER_NAME else _expected(name))


def _chunk_edits(chunks: list[bytes]) -> Iterator[tuple[str, list[bytes]]]:
    n = len(chunks)
    for i in range(n - 1):
        swapped = list(chunks)
        swapped[i], swapped[i + 1] = swapped[i + 1], swapped[i]
        yield f"chunks {i + 1}<->{i + 2} swapped", swapped
    if n > 2:
        yield "chunks reversed", chunks[::-1]
        yield "last chunk moved first", [chunks[-1], *chunks[:-1]]
    for i in range(n):
        yield f"chunk {i + 1} duplicated", [*chunks[: i + 1], chunks[i], *chunks[i + 1 :]]
        if n > 1:
            yield f"chunk {i + 1} removed", [*chunks[:i], *chunks[i + 1 :]]
    yield "last chunk appended again", [*chunks, chunks[-1]]


def chunk_swaps(snap: Snapshot, full: bool) -> Iterator[Case]:
    """Reordered, duplicated and dropped chunks within a file, and a chunk spliced in from another file."""
    names = _sealed_names(snap.files)
    for name in names:
        head, chunks = _chunks(snap.files[name])
        for label, edited in _sample(list(_chunk_edits(chunks)), full, count=12, seed=len(chunks)):
            yield Case("chunk swap", f"{name}: {label}", {name: head + b"".join(edited)}, DATA)
        other = names[(names.index(name) + 1) % len(names)]
        _, foreign = _chunks(snap.files[other])
        yield Case("chunk swap", f"{name}: first chunk from {other}",
                   {name: head + foreign[0] + b"".join(chunks[1:])}, DATA)


# ----- swapped files -------------------------------------------------------------------------
def file_swaps(snap: Snapshot, other: Snapshot) -> Iterator[Case]:
    """Files exchanged within a project and brought in from another project under the same passphrase."""
    names = sorted(snap.tables)
    for a, b in zip(names, names[1:] + names[:1]):
        fa, fb = snap.table_file(a), snap.table_file(b)
        yield Case("file swap", f"tables {a} <-> {b}", {fa: snap.files[fb], fb: snap.files[fa]}, DATA)
    for name in sorted(set(names) & set(other.tables)):
        yield Case("file swap", f"table {name} from the other project",
                   {snap.table_file(name): other.files[other.table_file(name)]}, DATA)
    foreign_models = [n for n in other.tables if n not in snap.tables] or sorted(other.tables)
    yield Case("file swap", f"table file of {foreign_models[0]} from the other project as 'models'",
               {snap.table_file("models"): other.files[other.table_file(foreign_models[0])]}, DATA)
    yield Case("file swap", "manifest from the other project", {MANIFEST_NAME: other.files[MANIFEST_NAME]}, DATA)
    yield Case("file swap", "header from the other project", {HEADER_NAME: other.files[HEADER_NAME]}, DATA)
    yield Case("file swap", "log from the other project", {LOG_NAME: other.files[LOG_NAME]}, LOG)
    yield Case("file swap", "public key from the other project", {LOG_KEY_NAME: other.files[LOG_KEY_NAME]}, LOG)
    yield Case("file swap", "log and public key from the other project",
               {LOG_NAME: other.files[LOG_NAME], LOG_KEY_NAME: other.files[LOG_KEY_NAME]}, LOG)
    yield Case("file swap", "header and manifest from the other project",
               {HEADER_NAME: other.files[HEADER_NAME], MANIFEST_NAME: other.files[MANIFEST_NAME]}, DATA | LOG)


# ----- forged logs -------------------------------------------------------------------------
def _lines(log: bytes) -> list[bytes]:
    return log.splitlines()


def _join(lines: list[bytes]) -> bytes:
    return b"\n".join(lines) + b"\n"


def _rechain(header: dict, entries: list[dict], signer: Ed25519PrivateKey | None) -> list[bytes]:
    """Renumber and re-hash every entry as a forger would; re-sign only if the forger has a key."""
    prev = hashlib.sha256(canonical(header)).hexdigest()
    out = []
    for seq, entry in enumerate(entries, start=1):
        entry = {**entry, "seq": seq, "prev": prev}
        entry["hash"] = entry_hash(entry)
        if signer is not None:
            entry["sig"] = base64.b64encode(signer.sign(ENTRY_DOMAIN + entry["hash"].encode())).decode()
        out.append(entry)
        prev = entry["hash"]
    head = {"entries": len(out), "hash": prev, "project_id": header["project_id"]}
    sig = base64.b64encode(signer.sign(HEAD_DOMAIN + canonical(head))).decode() if signer else ""
    return [canonical(header), *(canonical(e) for e in out), canonical({"head": head, "sig": sig})]


def log_forgeries(snap: Snapshot, other: Snapshot) -> Iterator[Case]:
    lines = _lines(snap.files[LOG_NAME])
    header = json.loads(lines[0])
    entries = [json.loads(line) for line in lines[1:-1]]
    head = lines[-1]
    old_heads = [_lines(old)[-1] for old in snap.log_history]

    def case(label: str, new_lines: list[bytes], extra: dict[str, bytes | None] | None = None) -> Case:
        return Case("log forgery", label, {LOG_NAME: _join(new_lines), **(extra or {})}, LOG)

    for i, entry in enumerate(entries):
        edited = [*entries[:i], {**entry, "operator": "someone else"}, *entries[i + 1 :]]
        yield case(f"entry {i + 1} edited, chain re-hashed, no key", _rechain(header, edited, None))
        kept = list(lines)
        kept[i + 1] = canonical({**entry, "operator": "someone else", "hash": entry_hash({**entry, "operator": "someone else"})})
        yield case(f"entry {i + 1} edited and its own hash recomputed", kept)
        yield case(f"entry {i + 1} replayed", [*lines[: i + 2], lines[i + 1], *lines[i + 2 :]])
        yield case(f"entry {i + 1} removed", [*lines[: i + 1], *lines[i + 2 :]])
        yield case(f"entry {i + 1} removed, chain re-hashed, no key",
                   _rechain(header, [*entries[:i], *entries[i + 1 :]], None))
        if i + 1 < len(entries):
            yield case(f"entries {i + 1} and {i + 2} reordered",
                       [*lines[: i + 1], lines[i + 2], lines[i + 1], *lines[i + 3 :]])
    for keep, old_head in enumerate(old_heads):
        count = json.loads(old_head)["head"]["entries"]
        yield case(f"cut to {count} entries with the then-valid head", [*lines[: count + 1], old_head])
        yield case(f"head replaced by the older head for {count} entries", [*lines[:-1], old_head])
        yield case(f"whole log replaced by its older state {keep + 1}", _lines(snap.log_history[keep]))
    yield case("head removed", lines[:-1])
    yield case("head duplicated", [*lines, head])
    forger = Ed25519PrivateKey.generate()
    forged_header = {**header, "key": key_fingerprint(forger.public_key())}
    edited = [{**e, "operator": "someone else"} for e in entries]
    forged_key = {LOG_KEY_NAME: public_key_pem(forger.public_key())}
    yield case("every entry edited and re-signed with a forger's key, public key file replaced",
               _rechain(forged_header, edited, forger), forged_key)
    yield case("re-signed with a forger's key, public key file kept", _rechain(forged_header, entries, forger))
    foreign = _lines(other.files[LOG_NAME])
    yield case("an entry from the other project's log inserted", [*lines[:2], foreign[1], *lines[2:]])
    pem = snap.files[LOG_KEY_NAME]
    for label, changed in (("public key file with CRLF line ends", pem.replace(b"\n", b"\r\n")),
                           ("public key file with a blank line appended", pem + b"\n"),
                           ("public key file emptied", b"")):
        yield Case("log forgery", label, {LOG_KEY_NAME: changed}, LOG)


# ----- keys and passphrases ---------------------------------------------------------------------
def passphrase_cases(snap: Snapshot) -> Iterator[Case]:
    """A wrong passphrase says so, on an intact project and on one with damaged data."""
    wrong = frozenset({"wrong passphrase"})
    for passphrase in ("tamper test passphrase two", snap.passphrase.upper(), snap.passphrase + " "):
        yield Case("wrong passphrase", f"wrong passphrase {len(passphrase)} chars", {}, wrong, passphrase)
    name = snap.table_file("customers")
    damaged = bytearray(snap.files[name])
    damaged[-1] ^= 1
    yield Case("wrong passphrase", "wrong passphrase on damaged data", {name: bytes(damaged)}, wrong,
               "tamper test passphrase two")


CATEGORIES: dict[str, Callable[[Snapshot, Snapshot, bool], Iterator[Case]]] = {
    "bit flip": lambda s, o, full: bit_flips(s, full),
    "truncation": lambda s, o, full: truncations(s, full),
    "chunk swap": lambda s, o, full: chunk_swaps(s, full),
    "file swap": lambda s, o, full: file_swaps(s, o),
    "log forgery": lambda s, o, full: log_forgeries(s, o),
    "wrong passphrase": lambda s, o, full: passphrase_cases(s),
}


def all_cases(snap: Snapshot, other: Snapshot, *, full: bool) -> Iterator[Case]:
    for generate in CATEGORIES.values():
        yield from generate(snap, other, full)
