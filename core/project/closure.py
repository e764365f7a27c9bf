"""Whether a pilot has been closed, asked by every step that would put personal data back into the project.

Closing a pilot (``core.handover.bundle.close_pilot``) erases every table and keeps
only the processing log, so the folder still opens and its log still
verifies.  From then on the project must stay empty: an import, a training or
a new opt-out entry would bring personal data back into a folder the client
has been told holds none.  This module depends on the store alone, so the
importer, the trainer and the opt-out register can all ask it.
"""

from __future__ import annotations

from prevista.privacy.errors import PrevistaError
from prevista.privacy.schema import Meta
from prevista.privacy.store import ProjectStore


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
