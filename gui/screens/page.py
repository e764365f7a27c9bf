"""What every screen is: a widget over the session that re-reads the project when asked."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from prevista.gui.session import Session


class Page(QWidget):
    """Screens show; core decides.  ``refresh`` re-reads what the screen shows from the open project."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Called when the page is shown and after any job changed the project."""
