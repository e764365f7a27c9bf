"""The project lock: one writer at a time per project folder, across processes and within one.

Two writers (the GUI and a command, say) that interleaved could each read the
same manifest and log and replace them in turn, the second silently dropping
the first's update.  Every write therefore runs under an exclusive OS advisory
lock on ``.lock`` in the project folder: ``flock`` on POSIX, ``msvcrt.locking``
on Windows.  Both lock per open file, not per process, so two store objects in
one process exclude each other too.  The file stays empty (it never holds
personal data); the lock is held only while a write runs, never while a
project is merely open, and the OS releases it if its holder dies.
"""

from __future__ import annotations

import errno
import os
import sys
import time
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Iterator

from prevista.privacy.errors import ProjectBusyError

LOCK_NAME = ".lock"
WAIT_SECONDS = 10.0  # longer than any one write takes; then the user hears why, instead of a hang
POLL_SECONDS = 0.05
BUSY = ("Another Prevista window or command is writing this project right now; nothing was changed. "
        "Try again when it has finished.")

if sys.platform == "win32":  # untested: no Windows runner
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as error:
            if error.errno in (errno.EACCES, errno.EDEADLK):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _open_lock_file(root: Path) -> int:
    """Read-write, because an exclusive lock over NFS (emulated with byte-range locks) needs it."""
    return os.open(root / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)


def create_lock_file(root: Path) -> None:
    """Part of a new project's layout, so a project's files are the same before and after its first write."""
    os.close(_open_lock_file(root))


def _acquire(fd: int) -> None:
    """Poll rather than block: a writer that never finishes must not hang the other window for good."""
    deadline = time.monotonic() + WAIT_SECONDS
    while not _try_lock(fd):
        if time.monotonic() >= deadline:
            raise ProjectBusyError(BUSY)
        time.sleep(POLL_SECONDS)


@contextmanager
def project_lock(root: Path) -> Iterator[None]:
    """Hold the project's write lock for the ``with`` block; :class:`ProjectBusyError` if it stays taken.

    Not re-entrant: a second acquisition while this one is held, even in the
    same thread, waits and then fails as busy.
    """
    fd = _open_lock_file(root)
    try:
        _acquire(fd)
        yield
    finally:
        _release(fd)


def _release(fd: int) -> None:
    """Closing the file releases the lock whatever else happens, so a refusal here is no failed write."""
    with suppress(OSError):
        _unlock(fd)
    with suppress(OSError):
        os.close(fd)
