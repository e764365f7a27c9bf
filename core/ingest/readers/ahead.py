"""Reading an export while the project's key is derived.

Unlocking a project derives its key with Argon2id, about a second of native code that lets other
threads run; reading a large export is as long again, and needs no key.  The command line starts
reading the first file before it unlocks, so the two overlap.  The first, because it is read first
anyway: reading the largest ahead held its raw text beside the first file's while that was checked
(at 50M events that step's memory went from 2.4 to 7.8 GB, near the import's peak).  The others are read
in turn as before.
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
    def first(cls, paths: Sequence[Path], *, encoding: str | None, delimiter: str | None) -> ReadAhead | None:
        """Start reading the first of ``paths``; None if there is none, or it is no file (the import says so)."""
        if not paths or not Path(paths[0]).is_file():
            return None
        return cls(Path(paths[0]), encoding=encoding, delimiter=delimiter)

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
