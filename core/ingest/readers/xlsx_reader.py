"""Reads one worksheet of an untrusted ``.xlsx`` file into a :class:`RawTable`.

A workbook is a zip of XML parts, and a crafted one can abort the native
reader (calamine, behind fastexcel) or exhaust memory.  So the parent process
only ever looks at the file through :mod:`zipfile`, refusing what is plainly
hostile (zip bombs, lying sizes, DTDs, absurd sheet dimensions), and the
parsing itself runs in :mod:`core.ingest.readers.xlsx_child` under a memory limit and
a deadline, where a crash costs the child and never the application.  Cell
data comes back over a pipe, never through a temporary file.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path
from typing import Any, BinaryIO, cast

import polars as pl

from prevista.core.ingest.readers.raw import RawTable, sha256_of_file
from prevista.core.ingest.readers.xlsx_child import REPLY_MARKER, SheetReply
from prevista.privacy.errors import InputError

MAX_UNPACKED_BYTES = 1024**3
BOMB_RATIO = 200
BOMB_MIN_BYTES = 10 * 1024**2
MAX_DIRECTORY_BYTES = 32 * 1024**2
MAX_COLUMNS = 16_384
MAX_ROWS = 1_048_576
# Any sheet may claim this many cells; beyond it the claim must be backed by
# at least one byte of sheet XML per claimed cell (a real cell takes ~15).
FREE_CELLS = 4_000_000

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_END_MAGIC = b"PK\x05\x06"
_ZIP64_LOCATOR_MAGIC = b"PK\x06\x07"
_END_RECORD_SIZE = 22
_MAX_COMMENT = 0xFFFF
_CHUNK = 1 << 20
_OVERLAP = 64
_DECLARATION = re.compile(rb"<!\s*[A-Za-z]")
_WIDE_TEXT = (b"\xff\xfe", b"\xfe\xff", b"<\x00", b"\x00<")
_XML_SUFFIXES = (".xml", ".rels", ".vml")
# Bounded repetitions keep the scan linear on hostile input.
_DIMENSION = re.compile(rb"<(?:\w{1,30}:)?dimension\b[^>]{0,200}?\bref\s{0,10}=\s{0,10}[\"']([^\"']{0,100})[\"']")
_CELL_REF = re.compile(r"\$?([A-Za-z]+)\$?(\d+)")
_SAFE_PART_NAME = re.compile(r"[\w./\[\]-]{1,120}")

_RESAVE = "Open it in Excel or LibreOffice and save it again as an Excel Workbook (.xlsx)."
# What zipfile raises on damaged archives (RuntimeError: encrypted, NotImplementedError: unknown method).
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError, RuntimeError)


def read_xlsx(
    path: Path,
    *,
    sheet: str | None = None,
    timeout_s: float = 60,
    memory_limit_bytes: int = 2 * 1024**3,
    max_unpacked_bytes: int = MAX_UNPACKED_BYTES,
) -> RawTable:
    """Read the named sheet, or the first sheet holding data, as text columns.

    Raises :class:`InputError` for anything that is not a readable workbook,
    including files crafted to crash or exhaust the reader.
    """
    path = Path(path)
    notes = check_workbook(path, max_unpacked_bytes=max_unpacked_bytes)
    frame, reply = _parse_in_child(path, sheet, timeout_s, memory_limit_bytes)
    return RawTable(
        source=path,
        frame=frame,
        format="xlsx",
        sha256=sha256_of_file(path),
        sheet=reply["sheet"],
        first_row_line=reply["first_row_line"],
        notes=notes + tuple(reply["notes"]),
    )


def check_workbook(path: Path, *, max_unpacked_bytes: int = MAX_UNPACKED_BYTES) -> tuple[str, ...]:
    """Refuse workbooks that are not safe to hand to the native reader.

    Only :mod:`zipfile` and byte scanning are used here, so nothing in the
    file can crash or flood this process.  Returns notes for the user.
    """
    path = Path(path)
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed by the with below; open errors need their own message
    except FileNotFoundError:
        raise InputError(path, "the file does not exist.", hint="Check the file name and folder.") from None
    except OSError:
        raise InputError(path, "the file cannot be opened.", hint="Check that you may read it.") from None
    with handle:
        try:
            _check_container(path, handle)
            with zipfile.ZipFile(handle) as archive:
                infos = archive.infolist()
                _check_listing(path, infos, max_unpacked_bytes)
                _scan_parts(path, archive, infos, max_unpacked_bytes)
        except (*_ZIP_ERRORS, OSError):
            raise InputError(path, "the workbook is damaged: its zip structure cannot be read.", hint=_RESAVE) from None
    if any(info.filename.lower().endswith("vbaproject.bin") for info in infos):
        return ("The workbook contains macros; they were ignored and never run.",)
    return ()


def _check_container(path: Path, handle: BinaryIO) -> None:
    """Tell legacy/encrypted/truncated files apart before zipfile reads the directory.

    Also bounds the central directory, which zipfile loads whole into memory.
    """
    head = handle.read(len(_OLE_MAGIC))
    if head == _OLE_MAGIC:
        raise InputError(
            path,
            "this is a legacy .xls or a password-protected workbook, which cannot be read.",
            hint="Remove any password and save it as an Excel Workbook (.xlsx).",
        )
    size = handle.seek(0, os.SEEK_END)
    tail_start = max(0, size - _END_RECORD_SIZE - _MAX_COMMENT)
    handle.seek(tail_start)
    tail = handle.read()
    end = tail.rfind(_END_MAGIC)
    if end < 0 or len(tail) - end < _END_RECORD_SIZE:
        if head.startswith(_ZIP_MAGIC):
            raise InputError(
                path,
                "the workbook is incomplete (the file seems cut short).",
                hint="Copy or download it again, or save it again from Excel.",
            )
        raise InputError(path, "this is not an Excel workbook (.xlsx).", hint=_RESAVE)
    entries = int.from_bytes(tail[end + 10 : end + 12], "little")
    directory_size = int.from_bytes(tail[end + 12 : end + 16], "little")
    zip64 = end >= 20 and tail[end - 20 : end - 16] == _ZIP64_LOCATOR_MAGIC
    if zip64 or entries == 0xFFFF or directory_size > MAX_DIRECTORY_BYTES:
        raise InputError(path, "the workbook has far too many parts to be a spreadsheet.", hint=_RESAVE)


def _check_listing(path: Path, infos: list[zipfile.ZipInfo], max_unpacked_bytes: int) -> None:
    """Checks that need only the zip directory: cheap, and sizes may still lie."""
    names = [info.filename.lower() for info in infos]
    if len(set(names)) != len(names):
        raise InputError(path, "the workbook is damaged: it contains the same part twice.", hint=_RESAVE)
    if "xl/workbook.xml" not in {info.filename for info in infos}:
        raise InputError(path, "this is not an Excel workbook (.xlsx): it has no workbook part.", hint=_RESAVE)
    if any(info.flag_bits & 0x1 for info in infos):
        raise InputError(path, "the workbook is password-protected.", hint="Remove the password and save it again.")
    if sum(info.file_size for info in infos) > max_unpacked_bytes:
        raise _too_big(path, max_unpacked_bytes)
    for info in infos:
        if info.file_size > BOMB_MIN_BYTES and info.file_size > BOMB_RATIO * max(info.compress_size, 1):
            raise InputError(
                path,
                "the workbook is compressed suspiciously well and looks like a zip bomb; it was not opened.",
                location=_part_label(info.filename),
                hint=_RESAVE,
            )


def _scan_parts(path: Path, archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], max_unpacked_bytes: int) -> None:
    """Decompress every part for real, since declared sizes can lie.

    Every part is scanned, not only those named ``.xml``: relationships may
    point the reader at any part.
    """
    unpacked = 0
    for info in infos:
        unpacked += _scan_part(path, archive, info, max_unpacked_bytes - unpacked)
        if unpacked > max_unpacked_bytes:
            raise _too_big(path, max_unpacked_bytes)


def _scan_part(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> int:
    """Stream one part, stopping once past the budget; return the bytes it unpacked to."""
    location = _part_label(info.filename)
    produced = 0
    carry = first = b""
    xml = False
    with archive.open(info) as stream:
        while produced <= budget and (chunk := stream.read(_CHUNK)):
            produced += len(chunk)
            if not first:
                first = chunk
                xml = _looks_like_xml(info.filename, first)
                if xml and first.startswith(_WIDE_TEXT):
                    raise InputError(
                        path, "the workbook contains a part in an unsupported text encoding.", location=location, hint=_RESAVE
                    )
            if xml and _DECLARATION.search(carry + chunk):
                raise InputError(
                    path,
                    "the workbook contains an XML document type declaration (DTD), "
                    "which spreadsheets never need; it was not opened for safety.",
                    location=location,
                    hint=_RESAVE,
                )
            carry = chunk[-_OVERLAP:]
    if xml:
        _check_dimension(path, first, produced, location)
    return produced


def _looks_like_xml(name: str, first: bytes) -> bool:
    """Relationships can point the reader at any part, so the content counts as well as the name.

    Images and other binary parts are not scanned: their bytes may contain
    ``<!`` followed by a letter by pure chance.
    """
    return name.lower().endswith(_XML_SUFFIXES) or first.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"<", *_WIDE_TEXT))


def _check_dimension(path: Path, first: bytes, produced: int, location: str) -> None:
    """Refuse a sheet whose declared extent could make the reader allocate absurdly."""
    found = _DIMENSION.search(first)
    if found is None:
        return
    positions = [_cell_position(ref) for ref in found.group(1).decode("ascii", "replace").split(":")]
    corners = [corner for corner in positions if corner is not None]
    if len(corners) < len(positions) or len(corners) > 2:
        return
    rows = [row for row, _ in corners]
    columns = [column for _, column in corners]
    if max(columns) > MAX_COLUMNS or max(rows) > MAX_ROWS:
        raise InputError(path, "a sheet claims more rows or columns than Excel allows.", location=location, hint=_RESAVE)
    cells = (max(rows) - min(rows) + 1) * (max(columns) - min(columns) + 1)
    if cells > max(FREE_CELLS, produced):
        raise InputError(
            path,
            "a sheet claims far more cells than the file contains; it was not opened for safety.",
            location=location,
            hint=_RESAVE,
        )


def _cell_position(ref: str) -> tuple[int, int] | None:
    """(row, column), both 1-based, of an A1-style reference."""
    match = _CELL_REF.fullmatch(ref.strip())
    if match is None:
        return None
    column = 0
    for letter in match.group(1).upper():
        column = column * 26 + ord(letter) - ord("A") + 1
    return int(match.group(2)), column


def _part_label(name: str) -> str:
    """Part names come from the file; only plain ones are echoed to the user."""
    return f"part {name}" if _SAFE_PART_NAME.fullmatch(name) else "a part"


def _too_big(path: Path, limit: int) -> InputError:
    return InputError(
        path,
        f"the workbook unpacks to more than the allowed {_size_text(limit)}; it was not opened.",
        hint="Split the data into smaller workbooks or export it as CSV.",
    )


def _parse_in_child(
    path: Path, sheet: str | None, timeout_s: float, memory_limit_bytes: int
) -> tuple[pl.DataFrame, SheetReply]:
    """Run the native reader where a crash, a memory blow-up or a hang is contained."""
    request = json.dumps({"path": str(path.resolve()), "sheet": sheet, "memory_limit": memory_limit_bytes})
    with subprocess.Popen(
        [*_child_command(), request],
        env=_child_environment(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as child:
        try:
            data, log = child.communicate(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            child.kill()
            child.communicate()
            raise InputError(
                path,
                f"the workbook took too long to read (more than {timeout_s:g} s).",
                hint="Split it into smaller workbooks or export the sheet as CSV.",
            ) from None
    reply = _reply(log)
    if child.returncode != 0 or "sheet" not in reply:
        raise _child_failure(path, reply.get("error"), memory_limit_bytes)
    try:
        return pl.read_ipc(io.BytesIO(data)), cast(SheetReply, reply)  # the JSON of the child's read_sheet
    except (pl.exceptions.PolarsError, OSError, ValueError):
        raise _child_failure(path, None, memory_limit_bytes) from None


def _child_command() -> list[str]:
    """A packaged (frozen) app has no ``-m``: its executable runs the child on a hidden first argument."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--xlsx-child"]
    return [sys.executable, "-m", "prevista.core.ingest.readers.xlsx_child"]


# What the child may inherit: finding programs, libraries and the home/temp folders, the locale, Python's own
# paths, and the variables a PyInstaller build passes to a copy of itself (so the one-file app's child reuses the
# unpacked app instead of unpacking it again).  Nothing else: the child parses untrusted workbooks, so the
# passphrase (PREVISTA_PASSPHRASE) and whatever else the user's environment holds stay out of its reach.
_INHERITED = ("PATH", "HOME", "USERPROFILE", "TMPDIR", "TEMP", "TMP", "LANG", "LANGUAGE", "SYSTEMROOT", "WINDIR",
              "PYTHONPATH", "PYTHONHOME", "LD_LIBRARY_PATH", "LD_LIBRARY_PATH_ORIG", "DYLD_LIBRARY_PATH", "_MEIPASS2")
_INHERITED_PREFIXES = ("LC_", "_PYI_")
_CHILD_SETTINGS = {  # small native thread pools and allocator arenas: the address-space limit measures the workbook,
    # not the number of CPU cores
    "POLARS_MAX_THREADS": "2",
    "RAYON_NUM_THREADS": "2",
    "MALLOC_ARENA_MAX": "2",
    "_RJEM_MALLOC_CONF": "background_thread:false,narenas:1",
    "RUST_BACKTRACE": "0",
    # The same start in every environment, so a workbook meets the same limit wherever it is read: unbuffered
    # standard streams (the reply reaches the parent even if the child dies after writing it), no bytecode files.
    "PYTHONUNBUFFERED": "1",
    "PYTHONDONTWRITEBYTECODE": "1",
}


def _child_environment() -> dict[str, str]:
    """Only what the child needs to start and read a workbook, and the limits it runs under."""
    inherited = {name: value for name, value in os.environ.items()
                 if name in _INHERITED or name.startswith(_INHERITED_PREFIXES)}
    return {**inherited, **_CHILD_SETTINGS}


def _reply(log: bytes) -> dict[str, Any]:
    """The child's structured reply: the last marker line on its stderr, or {} if it died first."""
    for line in reversed(log.decode("utf-8", "replace").splitlines()):
        if line.startswith(REPLY_MARKER):
            try:
                reply = json.loads(line[len(REPLY_MARKER) :])
            except ValueError:
                return {}
            return reply if isinstance(reply, dict) else {}
    return {}


def _child_failure(path: Path, error: object, memory_limit_bytes: int) -> InputError:
    """Turn the child's reply, or its silent death, into a message for the user."""
    error = error if isinstance(error, dict) else {}
    kind = error.get("kind")
    if kind == "input":
        return InputError(
            path,
            str(error.get("problem")),
            location=error.get("location"),
            column=error.get("column"),
            hint=error.get("hint"),
        )
    if kind == "reader":
        return InputError(path, f"the spreadsheet reader could not read the workbook ({error.get('type')}).", hint=_RESAVE)
    limit = _size_text(memory_limit_bytes)
    if kind == "memory":
        problem = f"could not be read safely: the workbook needs more memory than allowed ({limit})."
    else:
        problem = (
            f"could not be read safely: the workbook needs more memory than allowed ({limit}) "
            "or crashed the spreadsheet reader."
        )
    return InputError(path, problem, hint="Split it into smaller workbooks, or save it again from Excel as .xlsx.")


def _size_text(size: int) -> str:
    return f"{size // 1024**2} MiB" if size >= 1024**2 else f"{size} bytes"
