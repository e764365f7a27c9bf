"""A duty changes the project in one commit that carries its log record; every result quotes that entry's number.

The number is what a user reads back to a DPO ("log entry 42"), so each duty returns it; the store's
``commit`` returns no entry when it writes no log record, which a duty never does.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import polars as pl

from prevista.privacy.store import ProjectStore


def commit_logged(store: ProjectStore, log_record: Mapping[str, Any], *,
                  put: Mapping[str, pl.DataFrame | bytes] | None = None, meta: Mapping[str, Any] | None = None,
                  delete: Sequence[str] = ()) -> int:
    """Commit all-or-nothing and return the number of the log entry that records it."""
    entry = store.commit(put=put, meta=meta, delete=list(delete), log_record=log_record)
    assert entry is not None, "a commit with a log record returns its entry"
    return int(entry["seq"])

