"""What every screen says once its pilot is closed: when, that the data is gone, and what is left.

Closing erases every table and model and keeps only the processing log, so a
screen that imports, trains or shows results has nothing to work on.  Each
such screen shows this banner and hides or disables its work, instead of
looking like a new, empty project that invites an import the core would
refuse.  The day is a quick read of the project's metadata, so the check
runs on every refresh.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from prevista.gui.session import Session
from prevista.gui.widgets import Banner


def closed_day(session: Session) -> str | None:
    """The day the open project's pilot was closed; None while it is open (or no project is open)."""
    return session.service.closed_on() if session.is_open else None


class ClosedPilotBanner(Banner):
    """The closed-pilot sentence, with what this screen in particular can no longer do."""

    def __init__(self, gone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Pilot closed"))
        self._gone = gone

    def update_for(self, session: Session) -> bool:
        """Show or clear the sentence; True when the pilot is closed (the screen then stands down its work)."""
        day = closed_day(session)
        if day is None:
            self.clear_message()
            return False
        self.show_message(self.tr("This pilot was closed on {0}: all its data was erased for good. {1} What "
                                  "remains is the processing log (Privacy → Processing log) and the Art. 30 "
                                  "record (Reports).").format(day, self._gone), "info")
        return True
