"""An export packed as it was sent: a ZIP archive of one file (HubSpot and others mail large exports so), or
a gzip file (what data tools write: ``events.csv.gz``).

It is unpacked in memory, never to disk: an unpacked copy would be one more plaintext copy of the customers'
data, outside the project and its deletion.  How far it may unpack is capped, and checked as it unpacks, so a
small file crafted to unpack to terabytes is refused at the cap, not after it has filled memory.
"""

from __future__ import annotations

import gzip
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from prevista.privacy.errors import InputError

MAX_UNPACKED_BYTES = 4 * 1024**3  # beyond this an export is imported unpacked, read from disk as it streams
CHUNK = 1 << 20
_IGNORED = ("__MACOSX/", ".DS_Store", "Thumbs.db")  # what an archiver adds beside the file


def is_workbook(path: Path) -> bool:
    """Whether a ZIP file is an Office document (a workbook has its content types part); a damaged one is left
    for the workbook reader, which names what is wrong with it."""
    try:
        with zipfile.ZipFile(path) as archive:
            return "[Content_Types].xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return True


def unzipped(path: Path, cap: int = MAX_UNPACKED_BYTES) -> tuple[str, bytes]:
    """The one file a ZIP archive holds (its name in the archive, and its bytes)."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.infolist() if not m.is_dir() and not _ignored(m.filename)]
            if len(members) != 1:
                names = ", ".join(f"'{m.filename}'" for m in members[:5]) + (", …" if len(members) > 5 else "")
                raise InputError(path, f"the archive holds {len(members)} files ({names}), not one export."
                                 if members else "the archive holds no file.",
                                 hint="Unpack it and import the files themselves.")
            member = members[0]
            if member.flag_bits & 0x1:
                raise InputError(path, "the file inside the archive is encrypted.",
                                 hint="Unpack it with its password and import the file itself.")
            with archive.open(member) as handle:
                return member.filename, _capped(path, iter(lambda: handle.read(CHUNK), b""), cap)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError):
        raise InputError(path, "the archive is damaged or packed in a way that cannot be read.",
                         hint="Unpack it and import the file itself.") from None


def gunzipped(path: Path, cap: int = MAX_UNPACKED_BYTES) -> bytes:
    """The bytes a gzip file holds (several members, as ``cat a.gz b.gz`` makes, one after another)."""
    try:
        with gzip.open(path, "rb") as handle:
            return _capped(path, iter(lambda: handle.read(CHUNK), b""), cap)
    except (gzip.BadGzipFile, zlib.error, EOFError):
        raise InputError(path, "the gzip file is damaged or cut off.", hint="Export or download it again.") from None


def _capped(path: Path, pieces: Iterator[bytes], cap: int) -> bytes:
    """The pieces joined, refused as soon as they pass ``cap`` bytes."""
    out, size = [], 0
    for piece in pieces:
        size += len(piece)
        if size > cap:
            raise InputError(path, f"it unpacks to more than {cap / 1024**3:g} GB.",
                             hint="Unpack it and import the file itself: a file on disk is read as it streams.")
        out.append(piece)
    return b"".join(out)


def _ignored(name: str) -> bool:
    return name.startswith(_IGNORED[0]) or PurePosixPath(name).name in _IGNORED[1:]
