"""Small widgets every screen uses: the message banner, the job bar, the job panel and plain-text labels."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from prevista.core.runtime.jobs import Progress
from prevista.gui import dialogs
from prevista.gui.core_text import said
from prevista.gui.jobs import Job
from prevista.gui.session import Session
from prevista.privacy.processing_log import LEGAL_BASES

Work = Callable[[Progress], Any]


class LegalBasisChoice(QComboBox):
    """The GDPR legal bases as the log records them; the item data is the key core validates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for key, text in LEGAL_BASES.items():
            self.addItem(said("LegalBasis", text), key)

    def select(self, key: str) -> None:
        self.setCurrentIndex(max(0, self.findData(key)))


def labelled(text: str, widget: QWidget) -> QHBoxLayout:
    """A label whose mnemonic focuses ``widget``, then the widget taking the remaining width."""
    label = QLabel(text)
    label.setBuddy(widget)
    row = QHBoxLayout()
    row.addWidget(label)
    row.addWidget(widget, 1)
    return row


def scrolling_page(page: QWidget, content: QWidget, footer: QWidget) -> None:
    """Lay ``page`` out as scrolling ``content`` above a fixed ``footer`` (the job panel stays in view)."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(content)
    outer = QVBoxLayout(page)
    outer.addWidget(scroll)
    outer.addWidget(footer)


def empty_state(text: QLabel, button: QPushButton) -> QWidget:
    """A page with nothing to show yet: what is missing, and the one button that leads to it."""
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.addWidget(text)
    buttons = QHBoxLayout()
    buttons.addWidget(button)
    buttons.addStretch()
    layout.addLayout(buttons)
    layout.addStretch()
    return widget


def plain_label() -> QLabel:
    """A wrapping label for texts that derive from the data (column names inside drivers and segment names):
    shown as plain text, never interpreted as markup."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def bullets(lines: Sequence[str]) -> str:
    return "\n".join(f"• {line}" for line in lines)


class Banner(QLabel):
    """Inline messages instead of modal boxes: they never block, and a screen reader reads them."""

    STYLES = {"error": "#b00020", "warning": "#8a5a00", "info": "palette(text)", "ok": "#1b7f3b"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("Message"))
        self.hide()

    def show_message(self, text: str, kind: str = "info") -> None:
        self.setStyleSheet(f"QLabel {{ color: {self.STYLES[kind]}; padding: 4px; }}")
        self.setText(text)
        self.show()

    def error(self, text: str) -> None:
        self.show_message(text, "error")

    def info(self, text: str) -> None:
        self.show_message(text, "info")

    def ok(self, text: str) -> None:
        self.show_message(text, "ok")

    def clear_message(self) -> None:
        self.clear()
        self.hide()


class JobBar(QWidget):
    """Progress, the current stage, the time it has taken and a Cancel button for one running job at a time.

    The clock ticks on its own, so a long single step never looks hung; after Cancel the bar says
    "Cancelling…" until the job has really stopped (or that it is too late, while it saves its result)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._job: Job | None = None
        self._stopping = False
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.label = QLabel()
        self.elapsed = QLabel()
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 2)
        layout.addWidget(self.label, 3)
        layout.addWidget(self.elapsed)
        layout.addWidget(self.cancel_button)
        self.hide()

    def attach(self, job: Job) -> Job:
        self._job = job
        self._stopping = False
        self.bar.setValue(0)
        self.label.setText(job.title)
        self.cancel_button.setEnabled(True)
        job.progressed.connect(self._progress)
        job.finished.connect(self._finished)
        self._tick()
        self._clock.start()
        self.show()
        return job

    def _progress(self, fraction: float, message: str) -> None:
        self.bar.setValue(int(fraction * 1000))
        if message and not self._stopping:
            self.label.setText(message)

    def _tick(self) -> None:
        seconds = int(self._job.elapsed) if self._job is not None else 0
        self.elapsed.setText(f"{seconds // 60}:{seconds % 60:02d}")

    def cancel(self) -> None:
        if self._job is not None and not self._stopping:
            self._stopping = True
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…") if self._job.cancel()
                               else self.tr("Saving the result; too late to cancel…"))

    def _finished(self) -> None:
        self._job = None
        self._clock.stop()
        self.hide()

    @property
    def running(self) -> bool:
        return self._job is not None


class JobPanel(QWidget):
    """A screen's message banner and job bar, and the one way its work starts.

    Buttons registered with :meth:`guard` stay disabled while any job of the
    session runs, so two changes never race on the same project.  ``job`` is
    the job started here that is still running (``None`` when idle).  A job's
    result is handed on once the job has finished, so a follow-up job (plan,
    ask, then execute) gets the job bar to itself; ``changed`` fires after a
    job that changed the project succeeded, so the page can re-read everything.
    A job started on the open project hands nothing on if an auto-lock dropped
    the project meanwhile (the lock waits for the job); one started with no
    project open (the start screen's demo) always does.
    """

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.job: Job | None = None
        self.banner = Banner()
        self.bar = JobBar()
        self._guarded: list[QWidget] = []
        self._pending: Callable[[], None] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.banner)
        session.busy_changed.connect(self._enable)

    def guard(self, *widgets: QWidget) -> None:
        """Register the controls that start work, so they wait while the session is busy."""
        self._guarded.extend(widgets)
        self._enable(self.session.busy)

    def _enable(self, busy: bool) -> None:
        for widget in self._guarded:
            widget.setEnabled(not busy)

    def run(self, title: str, work: Work, succeeded: Callable[[Any], None], *, changes_data: bool = False,
            failed: Callable[[str], None] | None = None, keep_message: bool = False) -> Job:
        """Start ``work`` off the UI thread; its outcome lands in ``succeeded``, the banner or ``failed``.

        ``keep_message`` is for background re-reads, which must not wipe the
        sentence the user's own action just produced.
        """
        if not keep_message:
            self.banner.clear_message()
        on_project = self.session.is_open
        job = self.bar.attach(self.session.run(title, work, changes_data=changes_data))
        self.job = job
        results: list[Any] = []
        job.succeeded.connect(results.append)
        job.failed.connect(failed or self.banner.error)
        job.cancelled.connect(self.banner.info)
        job.finished.connect(lambda: self._finished(results, succeeded, changes_data, on_project))
        return job

    def _finished(self, results: list[Any], succeeded: Callable[[Any], None], changes_data: bool,
                  on_project: bool) -> None:
        if not isValid(self):  # its screen was dropped with its project while the job ran
            return
        self.job = None
        if results and (self.session.is_open or not on_project):
            succeeded(results[0])
            if changes_data:
                self.changed.emit()
        if self.job is None and self._pending is not None:
            pending, self._pending = self._pending, None
            pending()

    def when_idle(self, action: Callable[[], None]) -> None:
        """Run ``action`` (a re-read) now, or once the panel's job is done, so it never overlaps the change it
        follows; a re-read that runs supersedes one still waiting."""
        if self.job is None:
            self._pending = None
            action()
        else:
            self._pending = action

    def confirmed(self, title: str, question: str, work: Work, succeeded: Callable[[Any], None]) -> Job | None:
        """Ask before a change that cannot be undone (No is the default); start it only after a yes."""
        if not dialogs.confirm(self, title, question):
            self.banner.info(self.tr("Nothing was changed."))
            return None
        return self.run(title, work, succeeded, changes_data=True)
