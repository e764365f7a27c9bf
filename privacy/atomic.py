"""Atomic file replacement: write a temp file, fsync it, rename, fsync the folder.

A crash or kill at any instant leaves either the old file or the new one,
never a mixture; stray temp files are unreadable ciphertext and are removed
the next time the project is opened.

The rename is the point of no return.  A failure before it leaves the old
file and removes the temp file; a failure to fsync the folder after it is not
reported as a failed write, because every reader already sees the new file and
a caller told "failed" would undo work that has in fact happened.  The caller
learns it from the return value instead (see ``ProjectStore.commit``, which
then keeps superseded files until the next open).
"""

from __future__ import annotations

import os
import secrets
from contextlib import suppress
from pathlib import Path
from typing import Iterable

TEMP_SUFFIX = ".tmp"

Chunk = bytes | bytearray | memoryview  # what ``write_new_file`` writes as it is, without a copy


def fsync_dir(folder: Path) -> None:
    """Make a rename or unlink in ``folder`` durable."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_path_for(path: Path) -> Path:
    """A unique hidden sibling of ``path``, recognisable as a leftover temp file."""
    return path.with_name(f".{path.name}.{secrets.token_hex(6)}{TEMP_SUFFIX}")


def discard(path: Path) -> None:
    """Best-effort removal during a rollback: failing here must not hide the error being rolled back."""
    with suppress(OSError):
        path.unlink(missing_ok=True)


def write_new_file(path: Path, chunks: Iterable[Chunk]) -> None:
    """Create ``path`` (which must not exist) durably, owner-readable only; on failure no part of it stays."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        try:
            for chunk in chunks:
                view = memoryview(chunk)
                while view:
                    written = os.write(fd, view)
                    view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
    except BaseException:
        discard(path)
        raise


def atomic_write(path: Path, data: bytes | Iterable[bytes]) -> bool:
    """Replace ``path`` with ``data`` so that readers see old or new, never half.

    Raises if the old file is still in place; returns whether the rename was
    also made durable (``False`` only when the folder fsync after it failed).
    """
    chunks = [data] if isinstance(data, (bytes, bytearray, memoryview)) else data
    tmp = temp_path_for(path)
    try:
        write_new_file(tmp, chunks)
        os.replace(tmp, path)
    except BaseException:
        discard(tmp)
        raise
    try:
        fsync_dir(path.parent)
    except OSError:
        return False
    return True


def remove_temp_files(folder: Path) -> None:
    """Delete temp files a crashed writer left behind in ``folder``; any that resist wait for next time."""
    for leftover in folder.glob(f".*{TEMP_SUFFIX}"):
        discard(leftover)
