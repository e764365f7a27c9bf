"""Help without a manual: the guide (the flow in five steps and the privacy duties, each leading to its screen)
and the glossary (every term the screens use, searchable), in one dialog opened from the Help menu.

The dialog is not modal: a user can read a step, go to its screen, and keep the guide open beside the window.
Its buttons lead to screens only while a project is open; before that the guide says where to begin.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from prevista.gui import glossary
from prevista.gui.session import Session
from prevista.gui.widgets import plain_label


class Navigator(Protocol):
    """What the guide needs of the workspace: going to a screen by its name."""

    def show_page(self, name: str) -> None: ...


@dataclass(frozen=True)
class Step:
    title: str
    text: str
    page: str  # the workspace's page name the step's button leads to
    button: str


class GuideTab(QWidget):
    """The steps, each with its explanation and the button that leads to its screen."""

    navigate = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = plain_label()
        self.buttons: dict[str, QPushButton] = {}
        content = QWidget()
        column = QVBoxLayout(content)
        intro = plain_label()
        intro.setText(self.tr("Prevista turns your CRM exports into segments you can act on, entirely on this "
                              "computer. These are the steps, in order:"))
        column.addWidget(intro)
        column.addWidget(self.note)
        for step in self.steps():
            column.addWidget(self._step_box(step))
        column.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def steps(self) -> list[Step]:
        """The flow a new user follows, then the duties that come with keeping customer data."""
        return [
            Step(self.tr("1. Import your CRM exports"), self.tr(
                "Export customers, orders or invoices, and support tickets from your CRM as CSV or Excel files and "
                "import them. Customer numbers are replaced by encrypted IDs before anything is stored; names and "
                "contact details are dropped unless you choose to keep them."), "import", self.tr("Go to &Import")),
            Step(self.tr("2. Check the data"), self.tr(
                "Before anything is stored, the import shows what it found: which column means what, and problems "
                "such as too few customers or too short a history. Correct a column's meaning there, or fix the "
                "export and import it again."), "import", self.tr("Go to the &quality check")),
            Step(self.tr("3. Train the models"), self.tr(
                "Training learns from your history who is likely to leave and who is likely to buy, and measures "
                "itself on customers it never saw, beside simple baselines. The Models page says how good the "
                "result is in plain words."), "models", self.tr("Go to &Models")),
            Step(self.tr("4. Look at the segments and act"), self.tr(
                "Customers are grouped into segments, each with its churn risk, revenue at risk and a suggested "
                "action. Start a campaign for a segment: a random part of it is held back, so that the effect can "
                "be measured later."), "segments", self.tr("Go to &Segments")),
            Step(self.tr("5. Measure and report"), self.tr(
                "After the campaign, import who was reached and measure: the difference between treated and "
                "held-back customers shows what the action changed. The reports sum up the pilot and the processing "
                "for your records."), "campaigns", self.tr("Go to &Campaigns")),
            Step(self.tr("Your privacy duties"), self.tr(
                "Record objections (opt-outs) and requests for access or erasure as they arrive, and delete data "
                "past its retention deadline when the Privacy screen says a cleanup is due. Every step is written "
                "to the signed processing log your data protection officer can check."), "privacy",
                 self.tr("Go to &Privacy")),
        ]

    def _step_box(self, step: Step) -> QGroupBox:
        box = QGroupBox(step.title)
        text = plain_label()
        text.setText(step.text)
        button = QPushButton(step.button)
        button.clicked.connect(lambda _checked=False, page=step.page: self.navigate.emit(page))
        self.buttons[step.title] = button
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(button)
        layout = QVBoxLayout(box)
        layout.addWidget(text)
        layout.addLayout(row)
        return box

    def set_project_open(self, is_open: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(is_open)
        self.note.setVisible(not is_open)
        self.note.setText(self.tr("Create or open a project first (File menu, or the start screen): the buttons "
                                  "below then lead to each step's screen."))


class GlossaryTab(QWidget):
    """Every term, searchable by its name or its explanation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = glossary.entries()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the glossary"))
        self.search.setAccessibleName(self.tr("Search the glossary"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.terms = QListWidget()
        self.terms.setAccessibleName(self.tr("Terms"))
        self.terms.currentItemChanged.connect(self._show)
        for entry in sorted(self.entries, key=lambda e: e.name.casefold()):
            item = QListWidgetItem(entry.name)
            item.setData(Qt.ItemDataRole.UserRole, entry.term.value)
            self.terms.addItem(item)
        self.name = plain_label()
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        self.text = plain_label()
        self.nothing = QLabel(self.tr("No term matches."))
        self.nothing.hide()
        detail = QVBoxLayout()
        detail.addWidget(self.name)
        detail.addWidget(self.text)
        detail.addStretch()
        columns = QHBoxLayout()
        columns.addWidget(self.terms, 2)
        columns.addLayout(detail, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.nothing)
        layout.addLayout(columns, 1)
        self.terms.setCurrentRow(0)

    def _entry(self, item: QListWidgetItem) -> glossary.Entry:
        return glossary.entry(glossary.Term(item.data(Qt.ItemDataRole.UserRole)))

    def _filter(self, text: str) -> None:
        """Match names and explanations, so "risk" finds churn risk and revenue at risk alike."""
        wanted = text.strip().casefold()
        first = None
        for row in range(self.terms.count()):
            item = self.terms.item(row)
            entry = self._entry(item)
            hidden = bool(wanted) and wanted not in entry.name.casefold() and wanted not in entry.text.casefold()
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        self.nothing.setVisible(first is None)
        current = self.terms.currentItem()
        if current is None or current.isHidden():
            self.terms.setCurrentItem(first)

    def _show(self, item: QListWidgetItem | None) -> None:
        entry = self._entry(item) if item is not None and not item.isHidden() else None
        self.name.setText(entry.name if entry else "")
        self.text.setText(entry.text if entry else "")

    def visible_terms(self) -> list[glossary.Term]:
        return [glossary.Term(self.terms.item(row).data(Qt.ItemDataRole.UserRole))
                for row in range(self.terms.count()) if not self.terms.item(row).isHidden()]

    def select(self, term: glossary.Term) -> None:
        self.search.clear()
        for row in range(self.terms.count()):
            if self.terms.item(row).data(Qt.ItemDataRole.UserRole) == term.value:
                self.terms.setCurrentRow(row)


class HelpDialog(QDialog):
    GUIDE, GLOSSARY = 0, 1

    def __init__(self, navigator: Navigator, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Prevista help"))
        self.navigator = navigator
        self.session = session
        self.guide = GuideTab()
        self.guide.navigate.connect(self._go)
        self.glossary = GlossaryTab()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.guide, self.tr("&Guide"))
        self.tabs.addTab(self.glossary, self.tr("G&lossary"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        self.resize(640, 560)
        for signal in (session.opened, session.locked, session.closed):
            signal.connect(self._project_state)
        self._project_state()

    def _project_state(self) -> None:
        self.guide.set_project_open(self.session.is_open)

    def _go(self, page: str) -> None:
        if self.session.is_open:
            self.navigator.show_page(page)

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self.show()
        self.raise_()
        self.activateWindow()


class HelpActions(QObject):
    """The Help menu's Guide (F1) and Glossary entries, and the one help dialog they share."""

    def __init__(self, menu: QMenu, navigator: Navigator, session: Session) -> None:
        super().__init__(menu)
        self.navigator = navigator
        self.session = session
        self.dialog: HelpDialog | None = None
        self.guide_action = menu.addAction(self.tr("&Guide"))
        self.guide_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.guide_action.triggered.connect(lambda: self.open(HelpDialog.GUIDE))
        self.glossary_action = menu.addAction(self.tr("G&lossary"))
        self.glossary_action.triggered.connect(lambda: self.open(HelpDialog.GLOSSARY))

    def open(self, tab: int) -> HelpDialog:
        if self.dialog is None:
            window = self.navigator.window() if isinstance(self.navigator, QWidget) else None
            self.dialog = HelpDialog(self.navigator, self.session, window)
        self.dialog.show_tab(tab)
        return self.dialog
