"""Whether a pilot has been closed, asked by every step that would put personal data back into the project.

Closing a pilot (``core.handover.bundle.close_pilot``) erases every table and keeps
only the processing log, so the folder still opens and its log still
verifies.  From then on the project must stay empty: an import, a training or
a new opt-out entry would bring personal data back into a folder the client
has been told holds none.  This module depends on the store alone, so the
importer, the trainer and the opt-out register can all ask it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from prevista.privacy.errors import PrevistaError
from prevista.privacy.schema import Action, Meta
from prevista.privacy.store import ProjectStore


@dataclass(frozen=True)
class Closure:
    """What a closed pilot says about itself on every screen: when, what was erased, what is left.

    The counts come from the log entry that recorded the closing, so they are what the DPO reads too."""

    closed_at: str  # ISO time, UTC
    bundle_sha256: str  # the handover bundle the closing was made against
    rows_erased: int
    tables: Mapping[str, int] = field(default_factory=dict)  # table → rows erased
    models: int = 0  # stored models erased
    log_entries: int = 0  # what is left: the processing log, still verifiable

    @property
    def day(self) -> str:
        return self.closed_at[:10]


def closed_on(store: ProjectStore) -> str | None:
    """The day (YYYY-MM-DD) the pilot was closed, or ``None`` while it is open."""
    closed = store.meta(Meta.CLOSED)
    return closed["closed_at"][:10] if closed else None


def refuse_if_closed(store: ProjectStore) -> None:
    """Stop a step that would hold data again; the message says why and what to do instead."""
    day = closed_on(store)
    if day is not None:
        raise PrevistaError(f"This pilot was closed on {day}: all its data was erased and nothing can be imported, "
                            "trained or recorded in it any more. Create a new project for a new pilot.")


def closure(store: ProjectStore) -> Closure | None:
    """The closed pilot's account of itself, ``None`` while it is open.  A log that does not verify gives no
    counts (they would vouch for nothing); the day and the bundle still come from the project itself."""
    closed = store.meta(Meta.CLOSED)
    if not closed:
        return None
    verified = store.log.verify()
    entries = store.log.entries() if verified.ok else []
    record: dict[str, Any] = next((e for e in reversed(entries) if e.get("action") == Action.PILOT_CLOSED), {})
    counts: dict[str, Any] = record.get("counts", {})
    return Closure(str(closed["closed_at"]), str(closed.get("bundle_sha256", "")), int(counts.get("rows_erased", 0)),
                   {str(name): int(rows) for name, rows in counts.get("tables", {}).items()},
                   len(counts.get("blobs", {})), verified.entries)
