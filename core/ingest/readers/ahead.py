"""Reading an export while the project's key is derived.

Unlocking a project derives its key with Argon2id, about a second of native code that lets other
threads run; reading a large export is as long again, and needs no key.  The command line starts
reading the first file before it unlocks, so the two overlap.  The first in reading order, because it is
read first anyway: reading any other ahead held its raw text beside the first file's while that was checked
(at 50M events that step's memory went from 2.4 to 7.8 GB, near the import's peak).  The others are read
in turn as before.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from prevista.core.ingest.readers import read_source
from prevista.core.ingest.readers.raw import RawTable


def reading_order(paths: Sequence[Path]) -> list[int]:
    """The order in which an import reads its files (indices into ``paths``): what is not a file first, since
    it fails at once, then the largest first.  A file's raw text is held while it is checked, beside the
    checked tables of the files read before it; read first, the largest has none beside it.  Four exports of
    32M rows, the 1.6 GB one last as given: 4.23 GB while it was checked; read first, 3.07 GB."""
    sizes = [Path(path).stat().st_size if Path(path).is_file() else -1 for path in paths]
    return sorted(range(len(paths)), key=lambda index: (sizes[index] >= 0, -sizes[index]))


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
        """Start reading the first of ``paths`` in reading order; None if there is none, or it is no file (the
        import says so)."""
        first = Path(paths[reading_order(paths)[0]]) if paths else None
        if first is None or not first.is_file():
            return None
        return cls(first, encoding=encoding, delimiter=delimiter)

    def _read(self) -> None:
        try:
            self._table = read_source(self.path, encoding=self._options[0], delimiter=self._options[1], defer=True)
        except BaseException as error:  # noqa: BLE001 — handed to whoever takes the table, where it is handled
            self._error = error

    def wait(self) -> None:
        self._thread.join()

    def take(self, path: Path, *, encoding: str | None, delimiter: str | None) -> RawTable:
        """The table of ``path``: the one read ahead if it is that file, read with the same options, else read now.
        Taken once: the table is let go here, so the caller's is the only reference."""
        if self._taken or Path(path) != self.path or (encoding, delimiter) != self._options:
            return read_source(Path(path), encoding=encoding, delimiter=delimiter, defer=True)
        self.wait()
        table, error = self._table, self._error
        self._table, self._error, self._taken = None, None, True
        if error is not None:
            raise error
        assert table is not None, "a read that raised nothing returned a table"
        return table
