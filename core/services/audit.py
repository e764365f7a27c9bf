"""The processing log as a DPO meets it: verify, read and export a log without the data passphrase.

These need no open project, only the log (and, to check signatures, the project's public key),
so an auditor who may not see the data can still check that nobody tampered with the log.  The
open project's service (services/project.py) reads and exports its own log through the same functions.

A DPO is handed one of three things, and every check here takes each of them: the log file itself, the
*DPO log package* the Privacy screen and ``audit export --format package`` write (one ZIP file: the signed
log, its public key and a checkpoint made with it), or the handover bundle (which holds the log and its
key).  A ZIP file is unpacked into a private temporary folder that lives as long as its :class:`LogFiles`,
so the checks read ordinary files.  The CSV and JSON exports are readable copies for spreadsheets and
scripts; they drop the signatures' framing, cannot be verified, and are refused by name when given.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
import zipfile
import zlib
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO, Literal

from prevista.core.handover.bundle import BUNDLE_FORMAT, MANIFEST, MAX_BUNDLE_BYTES, MAX_MEMBER_BYTES
from prevista.core.reports import pdf
from prevista.core.reports.audit_log import LoggedStep as LoggedStep  # re-exported: front ends meet entries here
from prevista.core.reports.audit_log import LogVerdict, SourceKind, document
from prevista.core.reports.language import Translate, english, translated
from prevista.core.runtime.jobs import Progress, step
from prevista.core.runtime.outputs import write_output
from prevista.privacy.errors import DamagedProjectError, PrevistaError
from prevista.privacy.processing_log import (
    Checkpoint,
    ProcessingLog,
    Verification,
    export_log,
    key_fingerprint,
    load_public_key,
    make_checkpoint,
    verify_log_file,
)
from prevista.privacy.schema import Action
from prevista.privacy.store import LOG_KEY_NAME, LOG_NAME, ProjectStore

PACKAGE_FORMAT = "prevista-log-package"
PACKAGE_VERSION = 1
CHECKPOINT_NAME = "checkpoint.json"
PACKAGE_README = "README.txt"
MAX_PARTS = 16  # a package holds five files, a bundle about a dozen
_END_RECORD = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_END_SEARCH = 22 + 0xFFFF  # the end record and the longest comment a ZIP may carry
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError, RuntimeError, OSError)
NOT_A_LOG = "{name} is neither a processing log, a DPO log package nor a handover bundle written by Prevista"
READABLE_COPY = ("{name} is a readable copy of the processing log (a CSV or JSON export): it cannot be verified. "
                 "Verify the DPO log package (or the log file itself) instead")


@dataclass(frozen=True)
class LogFiles:
    log: Path
    public_key: Path | None  # None: signatures cannot be checked
    source: Path | None = None  # the package or bundle the log was unpacked from; None: ``log`` is the file given
    kind: SourceKind = "log"
    packed_checkpoint: Path | None = None  # made with the package: it pins nothing, but its log must agree with it
    unpacked: tempfile.TemporaryDirectory[str] | None = field(default=None, repr=False, compare=False)

    @property
    def given(self) -> Path:
        """The file the DPO named: the package or bundle, never the temporary copy inside."""
        return self.source or self.log

    def __enter__(self) -> LogFiles:
        return self

    def __exit__(self, *_exc: object) -> None:
        """The unpacked copies go at once rather than whenever the object is collected."""
        if self.unpacked is not None:
            self.unpacked.cleanup()


@dataclass(frozen=True)
class LogInspection:
    """A log checked and read for a reader: the verdict, and every entry that could be read."""

    verdict: LogVerdict
    steps: tuple[LoggedStep, ...]


@dataclass(frozen=True)
class LogPackage:
    file: Path
    entries: int
    bytes: int
    sha256: str
    key_fingerprint: str


# ----- what the DPO was given ---------------------------------------------------------------
def log_files(log: Path | None = None, project: Path | None = None, public_key: Path | None = None) -> LogFiles:
    """The log file (given, or the project's), and its public key (given, or the file beside the log or in the
    package); a package or bundle given as ``log`` is unpacked."""
    if log is not None:
        log_path = Path(log)
    elif project is not None:
        log_path = Path(project) / LOG_NAME
    else:
        raise PrevistaError("Name the log with --log FILE or the project with --project DIR.")
    if not log_path.is_file():
        raise PrevistaError(f"No processing log at {log_path}.")
    given_key = Path(public_key) if public_key else None
    if given_key is not None and not given_key.is_file():
        raise PrevistaError(f"No public key file at {given_key}.")
    with log_path.open("rb") as handle:
        start = handle.read(4096)
    if start.startswith(b"PK\x03\x04"):
        return _unpack(log_path, given_key)
    if _readable_copy(start):
        raise PrevistaError(READABLE_COPY.format(name=log_path.name) + ".")
    key = given_key or log_path.with_name(LOG_KEY_NAME)
    return LogFiles(log_path, key if key.is_file() else None)


def _readable_copy(start: bytes) -> bool:
    """The JSON export opens with a lone brace, the CSV export with its header row; the log with its header line."""
    first = start.split(b"\n", 1)[0].strip().removeprefix(b"\xef\xbb\xbf")
    return first == b"{" or first.startswith(b"seq,")


def _check_directory(handle: BinaryIO, name: str) -> None:
    """Before zipfile reads the central directory (whole, into memory): a package or bundle lists a handful of
    files, so a directory of more, or in the ZIP64 form, is refused unread."""
    size = handle.seek(0, os.SEEK_END)
    handle.seek(max(0, size - _END_SEARCH))
    tail = handle.read()
    end = tail.rfind(_END_RECORD)
    if end < 0 or len(tail) - end < 22:
        raise PrevistaError(NOT_A_LOG.format(name=name) + ": it is damaged (cut short?).")
    parts = int.from_bytes(tail[end + 10 : end + 12], "little")
    if parts > MAX_PARTS or (end >= 20 and tail[end - 20 : end - 16] == _ZIP64_LOCATOR):
        raise PrevistaError(NOT_A_LOG.format(name=name) + ": it holds far more files than either.")
    handle.seek(0)


def _member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """One bounded read: a declared size that lies cannot flood memory, and a failed CRC refuses the file."""
    if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise zipfile.BadZipFile(info.filename)
    with archive.open(info) as stream:
        data = stream.read(MAX_MEMBER_BYTES + 1)
    if len(data) > MAX_MEMBER_BYTES:
        raise zipfile.BadZipFile(info.filename)
    return data


def _read_parts(path: Path) -> dict[str, bytes]:
    """The manifest, log, key and checkpoint of a ZIP file; anything else in it is left unread."""
    if path.stat().st_size > MAX_BUNDLE_BYTES:
        raise PrevistaError(NOT_A_LOG.format(name=path.name) + ": it is far larger than either.")
    wanted = (MANIFEST, LOG_NAME, LOG_KEY_NAME, CHECKPOINT_NAME)
    try:
        with path.open("rb") as handle:
            _check_directory(handle, path.name)
            with zipfile.ZipFile(handle) as archive:
                infos = archive.infolist()
                if len({info.filename for info in infos}) != len(infos):
                    raise zipfile.BadZipFile("duplicate names")
                return {info.filename: _member(archive, info) for info in infos if info.filename in wanted}
    except _ZIP_ERRORS:
        raise PrevistaError(NOT_A_LOG.format(name=path.name) + ": it is damaged.") from None


def _kind(parts: dict[str, bytes], name: str) -> SourceKind:
    try:
        manifest = json.loads(parts.get(MANIFEST, b""))
    except ValueError:
        manifest = None
    found = manifest.get("format") if isinstance(manifest, dict) else None
    if found not in (PACKAGE_FORMAT, BUNDLE_FORMAT) or LOG_NAME not in parts:
        raise PrevistaError(NOT_A_LOG.format(name=name) + ".")
    return "package" if found == PACKAGE_FORMAT else "bundle"


def _unpack(path: Path, public_key: Path | None) -> LogFiles:
    """The log, key and (a package's) checkpoint as files in a private folder removed with the LogFiles."""
    parts = _read_parts(path)
    kind = _kind(parts, path.name)
    folder = tempfile.TemporaryDirectory(prefix="prevista-log-")
    root = Path(folder.name)
    for name, data in parts.items():
        (root / name).write_bytes(data)
    key = public_key or (root / LOG_KEY_NAME if LOG_KEY_NAME in parts else None)
    checkpoint = root / CHECKPOINT_NAME if kind == "package" and CHECKPOINT_NAME in parts else None
    return LogFiles(root / LOG_NAME, key, path, kind, checkpoint, folder)


# ----- checking and reading ---------------------------------------------------------------------
def read_checkpoint(path: Path) -> Checkpoint:
    """A checkpoint file, or the one inside an earlier DPO log package the DPO kept."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise PrevistaError(f"No checkpoint file at {path}.") from None
    if data.startswith(b"PK\x03\x04"):
        parts = _read_parts(Path(path))
        if _kind(parts, Path(path).name) != "package" or CHECKPOINT_NAME not in parts:
            raise PrevistaError(f"{Path(path).name} holds no checkpoint: give a checkpoint file or a DPO log package.")
        data = parts[CHECKPOINT_NAME]
    return Checkpoint.from_json(data)


def verify_log(files: LogFiles, *, fingerprint: str | None = None, checkpoint: Path | None = None) -> Verification:
    """With a fingerprint or checkpoint the DPO kept, the key beside the log is checked too, not trusted.
    A package's own checkpoint is no kept one (whoever wrote the package wrote it), so it only has to agree."""
    kept = read_checkpoint(checkpoint) if checkpoint is not None else None
    result = verify_log_file(files.log, files.public_key, fingerprint=fingerprint, checkpoint=kept)
    if not result.ok or files.packed_checkpoint is None or files.public_key is None:
        return result
    try:
        packed = verify_log_file(files.log, files.public_key, checkpoint=read_checkpoint(files.packed_checkpoint))
        problem = packed.problem
    except PrevistaError as error:
        packed, problem = Verification(result.entries, 1), str(error).rstrip(".")
    if problem is None:
        return result
    return replace(result, first_bad=packed.first_bad,
                   problem=f"the package's checkpoint does not match its log: {problem}")


def _steps(log: Path) -> tuple[LoggedStep, ...]:
    """Every entry that can be read, whether or not the log verifies: the verdict says how far to trust them."""
    try:
        _, entries = ProcessingLog(log).read()
    except DamagedProjectError:
        return ()
    return tuple(LoggedStep.from_entry(entry) for entry in entries
                 if isinstance(entry.get("seq"), int) and isinstance(entry.get("time"), str))


def inspect_log(files: LogFiles, *, fingerprint: str | None = None, checkpoint: Path | None = None,
                progress: Progress | None = None) -> LogInspection:
    """What the DPO's page shows: the verdict (as ``audit verify`` reaches it) and the entries."""
    with step(progress, "Verifying the processing log"):
        result = verify_log(files, fingerprint=fingerprint, checkpoint=checkpoint)
        verdict = LogVerdict(files.given.name, files.kind, result, against_checkpoint=checkpoint is not None)
        return LogInspection(verdict, _steps(files.log))


def inspect_file(source: Path, *, public_key: Path | None = None, fingerprint: str | None = None,
                 checkpoint: Path | None = None, progress: Progress | None = None) -> LogInspection:
    """The DPO's page in one call: open what was picked (unpacking a package or bundle), check it, read it."""
    with log_files(Path(source), public_key=public_key) as files:
        return inspect_log(files, fingerprint=fingerprint, checkpoint=checkpoint, progress=progress)


# ----- exports ----------------------------------------------------------------------------------
def write_checkpoint(files: LogFiles, out: Path) -> Checkpoint:
    """The log's signed head and key fingerprint as a file the DPO keeps.  No passphrase: the head signature
    already is the project key's word on the log's length and last hash; check the log first."""
    if files.public_key is None:
        raise PrevistaError("A checkpoint needs the log's public key (give --pubkey FILE).")
    checkpoint = make_checkpoint(files.log, files.public_key)
    write_output(Path(out), checkpoint.to_json(), "the checkpoint")
    return checkpoint


def export_log_file(files: LogFiles, fmt: Literal["csv", "json"], out: Path) -> Path:
    """A readable copy for a spreadsheet or a script (not for verifying): the CLI's ``audit export`` and the log tab."""
    return write_output(Path(out), export_log(files.log, fmt), "the log export")


def write_log_pdf(inspection: LogInspection, out: Path, *, steps: tuple[LoggedStep, ...] | None = None,
                  selection: str | None = None, progress: Progress | None = None,
                  translate: Translate = english) -> Path:
    """The verdict and the entries shown (all, or those ``selection`` describes) as a PDF a DPO files, in the
    reader's language through ``translate``."""
    with step(progress, "Writing the PDF"):
        shown = inspection.steps if steps is None else steps
        made = document(inspection.verdict, shown, of_entries=len(inspection.steps), selection=selection)
        return write_output(Path(out), pdf.render(translated(made, translate)), "the processing-log PDF")


def write_public_key(key: bytes, out: Path) -> Path:
    """The log's public key as a file a DPO checks the signatures with; written whole or not at all, and never
    over the copy inside a project folder."""
    return write_output(Path(out), key, "the public key")


def _package_readme(checkpoint: Checkpoint, now: datetime) -> bytes:
    return f"""Prevista processing-log package
===============================

Project {checkpoint.project_id}, written {now.isoformat(timespec="seconds")}.

  {LOG_NAME:<22} the signed processing log, {checkpoint.entries} entries
  {LOG_KEY_NAME:<22} the log's public key (Ed25519, PEM)
  {CHECKPOINT_NAME:<22} a checkpoint of the log as it stands in this package
  {MANIFEST:<22} what this package is

The log records who processed data, when, for which purpose and on which legal
basis, with counts: never a customer's data. No passphrase is needed to check it.

How to check it: in Prevista, choose "Verify a processing log" on the start
screen and pick this file; or run

    prevista audit verify --log THIS-FILE.zip --fingerprint KEPT

where KEPT is the log key fingerprint kept when the project was created. This
log is signed with the key of fingerprint
{checkpoint.key}:
a different kept fingerprint means the log was re-signed under another key.
Keep this package: given as the earlier package (--checkpoint THIS-FILE.zip)
when checking a later one, its checkpoint shows whether any entry up to entry
{checkpoint.entries} was removed or changed since.
""".encode()


def _zip(files: dict[str, bytes], now: datetime) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=now.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def write_log_package(log: Path, key: bytes, out: Path, *, project: Path | None = None) -> LogPackage:
    """Everything ``audit verify`` and the DPO's page need, in one file: the log, the key and a fresh checkpoint.
    A log that does not verify under ``key`` gets no package, so a package never vouches for a bad log."""
    result = verify_log_file(Path(log), key)
    if not result.ok:
        raise PrevistaError(f"No package written: the processing log does not verify ({result.problem}).")
    data = Path(log).read_bytes()
    checkpoint = make_checkpoint(Path(log), key)
    now = datetime.now(UTC)
    manifest = {"format": PACKAGE_FORMAT, "version": PACKAGE_VERSION, "project_id": checkpoint.project_id,
                "written": now.isoformat(timespec="seconds"), "log_entries": checkpoint.entries,
                "key_fingerprint": checkpoint.key}
    archive = _zip({PACKAGE_README: _package_readme(checkpoint, now),
                    MANIFEST: json.dumps(manifest, indent=2).encode() + b"\n",
                    LOG_NAME: data, LOG_KEY_NAME: key, CHECKPOINT_NAME: checkpoint.to_json()}, now)
    written = write_output(Path(out), archive, "the DPO log package", project)
    return LogPackage(written, checkpoint.entries, len(archive), hashlib.sha256(archive).hexdigest(),
                      key_fingerprint(load_public_key(key)))


def export_project_package(store: ProjectStore, out: Path, *, operator: str) -> LogPackage:
    """The open project's package, with the key from the sealed manifest (not the copy beside the log); the
    export is logged once the file exists, so the package's log ends one entry before the project's."""
    package = write_log_package(store.root / LOG_NAME, store.log_public_key_bytes(), out, project=store.root)
    store.record({"action": Action.LOG_PACKAGE_EXPORTED, "operator": operator,
                  "counts": {"log_entries": package.entries, "bytes": package.bytes},
                  "details": {"sha256": package.sha256, "key_fingerprint": package.key_fingerprint}})
    return package


def package_key(files: LogFiles) -> bytes:
    """The key a package made without a project is written with: the one given, or the one beside the log."""
    if files.public_key is None:
        raise PrevistaError("A package needs the log's public key (give --pubkey FILE).")
    return files.public_key.read_bytes()
