"""Atomic file replacement: write a temp file, fsync it, rename, fsync the folder.

A crash or kill at any instant leaves either the old file or the new one,
never a mixture; stray temp files are unreadable ciphertext and are removed
the next time the project is opened.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Iterable

TEMP_SUFFIX = ".tmp"


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


def write_new_file(path: Path, chunks: Iterable[bytes]) -> None:
    """Create ``path`` (which must not exist) durably, owner-readable only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        for chunk in chunks:
            view = memoryview(chunk)
            while view:
                written = os.write(fd, view)
                view = view[written:]
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Replace ``path`` with ``data`` so that readers see old or new, never half."""
    chunks = [data] if isinstance(data, (bytes, bytearray, memoryview)) else data
    tmp = temp_path_for(path)
    try:
        write_new_file(tmp, chunks)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def remove_temp_files(folder: Path) -> None:
    """Delete temp files a crashed writer left behind in ``folder``."""
    for leftover in folder.glob(f".*{TEMP_SUFFIX}"):
        leftover.unlink(missing_ok=True)
