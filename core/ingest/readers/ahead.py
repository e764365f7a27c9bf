"""Reading an export while the project's key is derived.

Unlocking a project derives its key with Argon2id, about a second of native code that lets other
threads run; reading a large export is as long again, and needs no key.  The command line starts
reading the largest file before it unlocks, so the two overlap.  Only one file is read ahead: the
others are read in turn as before, so no more raw tables are in memory at once than one extra.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from prevista.core.ingest.readers import read_source
from prevista.core.ingest.readers.raw import RawTable


class ReadAhead:
    """One file being read in a thread; :meth:`take` hands its table over (or raises what reading raised)."""

    def __init__(self, path: Path, *, encoding: str | None, delimiter: str | None) -> None:
        self.path = Path(path)
        self._options = (encoding, delimiter)
        self._table: RawTable | None = None
        self._error: BaseException | None = None
        self._taken = False
        self._thread = threading.Thread(target=self._read, name="read-ahead", daemon=True)
        self._thread.start()

    @classmethod
    def largest(cls, paths: Sequence[Path], *, encoding: str | None, delimiter: str | None) -> ReadAhead | None:
        """Start reading the largest of ``paths`` (the one worth overlapping); None if none is a file."""
        files = [Path(p) for p in paths if Path(p).is_file()]
        if not files:
            return None
        return cls(max(files, key=lambda p: p.stat().st_size), encoding=encoding, delimiter=delimiter)

    def _read(self) -> None:
        try:
            self._table = read_source(self.path, encoding=self._options[0], delimiter=self._options[1])
        except BaseException as error:  # noqa: BLE001 — handed to whoever takes the table, where it is handled
            self._error = error

    def wait(self) -> None:
        self._thread.join()

    def take(self, path: Path, *, encoding: str | None, delimiter: str | None) -> RawTable:
        """The table of ``path``: the one read ahead if it is that file, read with the same options, else read now.
        Taken once: the table is let go here, so the caller's is the only reference."""
        if self._taken or Path(path) != self.path or (encoding, delimiter) != self._options:
            return read_source(Path(path), encoding=encoding, delimiter=delimiter)
        self.wait()
        table, error = self._table, self._error
        self._table, self._error, self._taken = None, None, True
        if error is not None:
            raise error
        assert table is not None, "a read that raised nothing returned a table"
        return table
