"""Customer IDs encrypted and e-mail addresses keyed while the rest of the import is still being checked.

Keying the e-mail addresses runs one address at a time and holds the interpreter lock (an HMAC call each):
about 1 s a million addresses on one core.  The IDs are encrypted a block at a time (``privacy.siv``), 0.3 s a
million, mostly in native code.  Each has a thread of its own, started as soon as a file is checked: they
run beside each other and beside the checking of the next file, where polars leaves room on the cores, and
beside the person reading the import's report in the window; the commit then takes what is done and does the
rest.  (On one thread, the addresses of the last file checked waited for its IDs to be compared with those
already encrypted, and the commit waited 0.4 s for them.)  What is computed stays in memory, with the plan:
an import not committed leaves nothing and logs only that it was not confirmed.
"""

from __future__ import annotations

import threading
from concurrent.futures import CancelledError, Future, ThreadPoolExecutor
from typing import TypeVar

import polars as pl

from prevista.core.ingest.staging import StagedTable
from prevista.privacy.lookup import email_tokens
from prevista.privacy.pseudonym import EncryptedIds
from prevista.privacy.store import ProjectStore

BLOCK = 100_000  # IDs encrypted between two looks at whether the plan was given up
T = TypeVar("T")


class PseudonymsAhead:
    """The encrypted IDs and e-mail tokens of a plan's checked tables, each computed on its own thread in the
    order the tables were checked."""

    def __init__(self, store: ProjectStore) -> None:
        self._keys = store.keys
        self._ids = EncryptedIds(store.keys.encrypted_ids)
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="pseudonyms")
        self._keying = ThreadPoolExecutor(1, thread_name_prefix="e-mail tokens")
        self._stop = threading.Event()
        self._known = pl.DataFrame(schema={"raw_id": pl.String, "eid": pl.String})
        self._encrypting: list[Future[None]] = []
        self._tokens: list[tuple[pl.DataFrame, Future[pl.Series]]] = []

    def add(self, table: StagedTable) -> None:
        """Start on a checked table's IDs not seen in an earlier table, and on its e-mail addresses."""
        self._encrypting.append(self._pool.submit(self._encrypt, table.distinct_ids))
        if table.emails.height:
            self._tokens.append((table.emails, self._keying.submit(email_tokens, self._keys.lookup,
                                                                   table.emails["email"])))

    def close(self) -> None:
        """Stop at the next block: the plan was given up (a refused file, a cancel)."""
        self._stop.set()
        for pool in (self._pool, self._keying):
            pool.shutdown(wait=False, cancel_futures=True)

    def serves(self, store: ProjectStore) -> bool:
        return store.keys is self._keys

    def pairs(self, raw_ids: pl.Series) -> pl.DataFrame:
        """``raw_id → eid`` for the distinct ``raw_ids``, sorted by ID, as :meth:`EncryptedIds.encrypt_distinct`
        gives them; what was not computed ahead is encrypted now.  What was computed is handed over, not kept
        with the plan: the rest of the commit (writing the tables, the KPIs) then runs without a second copy
        (about 100 bytes a customer: 0.5 GB at five million)."""
        for future in self._encrypting:
            _finished(future)
        known, self._known = self._known, self._known.clear()
        wanted = raw_ids.drop_nulls().to_frame("raw_id")
        missing = wanted.join(known, on="raw_id", how="anti")["raw_id"]
        if known.height + missing.len() != wanted.height:  # some were computed for IDs the commit does not take
            known = known.join(wanted, on="raw_id", how="semi")
        return pl.concat([known, self._ids.encrypt_distinct(missing)]).sort("raw_id")

    def tokens(self, emails: pl.DataFrame) -> pl.Series | None:
        """The tokens of a checked table's addresses, or None if they were not computed ahead; handed over as
        the encrypted IDs are."""
        for number, (frame, future) in enumerate(self._tokens):
            if frame is emails:
                del self._tokens[number]
                return _finished(future)
        return None

    def _encrypt(self, ids: pl.Series) -> None:
        fresh = ids.filter(~ids.is_in(self._known["raw_id"].implode())) if self._known.height else ids
        parts = [self._known]
        for start in range(0, fresh.len(), BLOCK):
            if self._stop.is_set():
                return
            parts.append(self._ids.encrypt_distinct(fresh.slice(start, BLOCK)))
        self._known = pl.concat(parts)


def _finished(future: Future[T]) -> T | None:
    """What the work gave once it is done; None if it was called off before it began (the commit does it then)."""
    try:
        return future.result()
    except CancelledError:
        return None
