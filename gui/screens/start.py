"""The first screen: recent projects, new project, open project, and unlocking (also after auto-lock)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from prevista.core.demo.run import DEMO_PASSPHRASE, run_demo
from prevista.core.project.passphrase import strength
from prevista.gui import dialogs
from prevista.gui.jobs import Job
from prevista.gui.screens.verify_log import VerifyLogPanel
from prevista.gui.session import Session
from prevista.gui.widgets import Banner, JobPanel
from prevista.privacy.store import ProjectStore


def _passphrase_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class UnlockPanel(QWidget):
    """Passphrase for one project; reused by auto-lock, so it says why it is shown."""

    back = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.job: Job | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.passphrase = _passphrase_field(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.unlock)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.clicked.connect(self.back)
        self.banner = Banner()
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        layout.addStretch()
        self._path: Path | None = None

    def show_for(self, path: Path, *, locked: bool = False) -> None:
        self._path = Path(path)
        text = (self.tr("Locked after a period without activity. Type the passphrase of {0} to continue.")
                if locked else self.tr("Type the passphrase of {0}."))
        self.heading.setText(text.format(self._path))
        self.passphrase.clear()
        self.banner.clear_message()
        self.passphrase.setFocus()

    def unlock(self) -> None:
        if self._path is None or self.job is not None:
            return
        if not ProjectStore.is_project(self._path):
            self.banner.error(self.tr("{0} is not a Prevista project (or it was moved).").format(self._path))
            return
        self.unlock_button.setEnabled(False)
        self.banner.info(self.tr("Unlocking…"))
        self.job = self.session.open(self._path, self.passphrase.text())
        self.job.failed.connect(self.banner.error)
        self.job.finished.connect(self._done)

    def _done(self) -> None:
        self.job = None
        self.passphrase.clear()
        self.unlock_button.setEnabled(True)


class CreatePanel(QWidget):
    """A new project: folder, passphrase twice, and a strength meter that explains itself."""

    back = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.job: Job | None = None
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Project folder"))
        browse = QPushButton(self.tr("B&rowse…"))
        browse.clicked.connect(self._browse)
        self.passphrase = _passphrase_field(self.tr("Passphrase"))
        self.repeat = _passphrase_field(self.tr("Repeat passphrase"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.passphrase.textChanged.connect(self._judge)
        self.repeat.textChanged.connect(self._judge)
        self.create_button = QPushButton(self.tr("&Create project"))
        self.create_button.clicked.connect(self.create)
        back = QPushButton(self.tr("&Back"))
        back.clicked.connect(self.back)
        self.banner = Banner()
        intro = QLabel(self.tr("Everything in the project folder is encrypted with a key protected by this "
                               "passphrase. Without it nobody — including us — can read the data. Keep it safe."))
        intro.setWordWrap(True)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder)
        folder_row.addWidget(browse)
        form = QFormLayout()
        folder_label = QLabel(self.tr("Project &folder:"))  # the field is a layout: the label needs its buddy set
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Repeat it:"), self.repeat)
        form.addRow(self.tr("Strength:"), self.meter)
        form.addRow("", self.verdict)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(back)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        layout.addStretch()
        self._judge()

    def reset(self) -> None:
        for field in (self.folder, self.passphrase, self.repeat):
            field.clear()
        self.banner.clear_message()
        self.folder.setFocus()

    def _browse(self) -> None:
        parent = dialogs.folder(self, self.tr("Where should the project folder be created?"))
        if parent is not None:
            self.folder.setText(str(parent / "prevista-project"))

    def _judge(self) -> None:
        judged = strength(self.passphrase.text())
        self.meter.setValue(judged.score)
        verdicts = [self.tr("very weak"), self.tr("weak"), self.tr("fair"), self.tr("strong"), self.tr("very strong")]
        text = self.tr("Strength: {0}.").format(verdicts[judged.score])
        if not judged.acceptable:
            text += " " + self.tr("Too easy to guess: use at least four ordinary words, or 12+ mixed characters.")
        elif self.repeat.text() and self.repeat.text() != self.passphrase.text():
            text += " " + self.tr("The two passphrases differ.")
        self.verdict.setText(text)
        self.create_button.setEnabled(judged.acceptable and self.repeat.text() == self.passphrase.text()
                                      and self.job is None)

    def create(self) -> None:
        if not self.folder.text().strip():
            self.banner.error(self.tr("Choose the project folder first."))
            return
        self.banner.info(self.tr("Creating the project and deriving its key…"))
        self.job = self.session.create(Path(self.folder.text().strip()), self.passphrase.text())
        self.create_button.setEnabled(False)
        self.job.failed.connect(self.banner.error)
        self.job.finished.connect(self._done)

    def _done(self) -> None:
        self.job = None
        self._judge()


class StartPage(QWidget):
    """Home (recent projects, the ways in, and the DPO's log check without a passphrase), create, unlock, verify."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent projects"))
        self.recent.itemActivated.connect(lambda item: self.show_unlock(Path(item.data(Qt.ItemDataRole.UserRole))))
        new_button = QPushButton(self.tr("&New project…"))
        new_button.clicked.connect(self.show_create)
        open_button = QPushButton(self.tr("&Open project…"))
        open_button.clicked.connect(self.open_folder)
        self.demo_button = QPushButton(self.tr("Try the &demo"))
        self.demo_button.setToolTip(self.tr("Creates a demo project from the bundled fictional CRM exports, "
                                            "imports and trains it, then opens it."))
        self.demo_button.clicked.connect(self.open_demo)
        self.verify_button = QPushButton(self.tr("&Verify a processing log…"))
        self.verify_button.setToolTip(self.tr("For the data-protection officer: check a project's processing log and "
                                              "read its entries without the project's passphrase."))
        self.verify_button.clicked.connect(self.show_verify)
        self.jobs = JobPanel(session)
        self.jobs.guard(self.demo_button)
        title = QLabel(self.tr("Prevista"))
        title.setStyleSheet("font-size: 20pt; font-weight: 600;")
        tagline = QLabel(self.tr("Predict churn, purchases and support load from your own CRM exports — "
                                 "offline, with every customer pseudonymized."))
        tagline.setWordWrap(True)
        recent_label = QLabel(self.tr("&Recent projects:"))
        recent_label.setBuddy(self.recent)
        buttons = QHBoxLayout()
        buttons.addWidget(new_button)
        buttons.addWidget(open_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch()
        buttons.addWidget(self.verify_button)
        home = QWidget()
        home_layout = QVBoxLayout(home)
        home_layout.addWidget(title)
        home_layout.addWidget(tagline)
        home_layout.addLayout(buttons)
        home_layout.addWidget(self.jobs)
        home_layout.addWidget(recent_label)
        home_layout.addWidget(self.recent)
        self.unlock_panel = UnlockPanel(session)
        self.unlock_panel.back.connect(self.show_home)
        self.create_panel = CreatePanel(session)
        self.create_panel.back.connect(self.show_home)
        self.verify_panel = VerifyLogPanel(session)
        self.verify_panel.back.connect(self.show_home)
        self.panels = QStackedWidget()
        for panel in (home, self.unlock_panel, self.create_panel, self.verify_panel):
            self.panels.addWidget(panel)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addWidget(self.panels)
        self.show_home()

    def show_home(self) -> None:
        self.recent.clear()
        for path in self.session.prefs.recent:
            item = QListWidgetItem(path)
            item.setData(Qt.ItemDataRole.UserRole, path)
            if not ProjectStore.is_project(Path(path)):
                item.setText(self.tr("{0} (not found)").format(path))
            self.recent.addItem(item)
        if self.recent.count():
            self.recent.setCurrentRow(0)
        self.panels.setCurrentIndex(0)
        self.recent.setFocus()

    def show_create(self) -> None:
        self.create_panel.reset()
        self.panels.setCurrentWidget(self.create_panel)

    def show_verify(self) -> None:
        self.verify_panel.reset()
        self.panels.setCurrentWidget(self.verify_panel)

    def show_unlock(self, path: Path, *, locked: bool = False) -> None:
        self.panels.setCurrentWidget(self.unlock_panel)
        self.unlock_panel.show_for(path, locked=locked)

    def open_folder(self) -> None:
        path = dialogs.folder(self, self.tr("Open a Prevista project folder"))
        if path is None:
            return
        if not ProjectStore.is_project(path):
            self.jobs.banner.error(self.tr("{0} is not a Prevista project folder.").format(path))
            return
        self.show_unlock(path)

    def open_demo(self) -> None:
        """The bundled demo, built by the same service as ``prevista demo``, in a folder beside the user's files."""
        path = demo_folder()
        operator = self.session.operator
        self.jobs.run(self.tr("Building the demo project"),
                      lambda progress: run_demo(path, operator=operator, progress=progress),
                      lambda _report: self._unlock_demo(path))

    def _unlock_demo(self, path: Path) -> None:
        banner = self.jobs.banner
        banner.info(self.tr("Demo project created in {0}; its passphrase is \"{1}\".").format(path, DEMO_PASSPHRASE))
        self.session.open(path, DEMO_PASSPHRASE).failed.connect(banner.error)


def demo_folder() -> Path:
    """PREVISTA_DEMO_DIR, else ``prevista-demo`` in the home folder (replaced only if it is a demo project)."""
    return Path(os.environ.get("PREVISTA_DEMO_DIR") or Path.home() / "prevista-demo")
