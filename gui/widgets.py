"""Small widgets every screen uses: the job bar and the message banner."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from gui.jobs import Job


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
    """Progress, the current step and a Cancel button for one running job at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._job: Job | None = None
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.label = QLabel()
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 2)
        layout.addWidget(self.label, 3)
        layout.addWidget(self.cancel_button)
        self.hide()

    def attach(self, job: Job) -> Job:
        self._job = job
        self.bar.setValue(0)
        self.label.setText(job.title)
        self.cancel_button.setEnabled(True)
        job.progressed.connect(self._progress)
        job.finished.connect(self._finished)
        self.show()
        return job

    def _progress(self, fraction: float, message: str) -> None:
        self.bar.setValue(int(fraction * 1000))
        if message:
            self.label.setText(message)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))

    def _finished(self) -> None:
        self._job = None
        self.hide()

    @property
    def running(self) -> bool:
        return self._job is not None
