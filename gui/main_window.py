"""The window: the start screen until a project is unlocked, then the workspace with its screens."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from prevista.gui import dialogs, table_actions
from prevista.gui.help import HelpActions
from prevista.gui.screens.campaigns import CampaignsPage
from prevista.gui.screens.forecast import ForecastPage
from prevista.gui.screens.import_wizard import ImportPage
from prevista.gui.screens.models import ModelsPage
from prevista.gui.screens.overview import OverviewPage
from prevista.gui.screens.page import Page
from prevista.gui.screens.privacy import PrivacyPage
from prevista.gui.screens.reports import ReportsPage
from prevista.gui.screens.segments import SegmentsPage
from prevista.gui.screens.settings import SettingsPage
from prevista.gui.screens.start import StartPage
from prevista.gui.session import Session
from prevista.privacy.schema import Meta

PAGES: tuple[tuple[str, type[Page]], ...] = (
    ("overview", OverviewPage), ("import", ImportPage), ("models", ModelsPage), ("segments", SegmentsPage),
    ("campaigns", CampaignsPage), ("forecast", ForecastPage), ("privacy", PrivacyPage), ("reports", ReportsPage),
    ("settings", SettingsPage),
)


class Workspace(QWidget):
    """Navigation list on the left, one screen at a time on the right; Ctrl+1… jumps to a screen.

    The screens are built afresh for every project and dropped when it is locked or closed.  That one
    rule owns all per-project state: no message, selection, scroll position or figure of one project
    can show up in the next, and a locked window holds no customer figures in hidden widgets.
    """

    lock_minutes_changed = Signal(int)  # relayed from whichever Settings screen is current

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Screens"))
        self.nav.setMaximumWidth(220)  # narrowed to its longest title once the titles are in
        self.stack = QStackedWidget()
        self.pages: dict[str, Page] = {}
        self._build_pages()
        for page in self.pages.values():
            self.nav.addItem(page.title())
        self.nav.setMaximumWidth(min(220, self.nav.sizeHintForColumn(0) + 4 * self.nav.frameWidth() + 16))
        self.nav.currentRowChanged.connect(self._select)
        self._stale: set[str] = set()
        session.changed.connect(self._project_changed)
        session.locked.connect(self._build_pages)
        session.closed.connect(self._build_pages)
        layout = QHBoxLayout(self)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)

    def _build_pages(self) -> None:
        """Replace every screen by a new one that has seen no project yet."""
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages = {name: cls(self.session) for name, cls in PAGES}
        for page in self.pages.values():
            self.stack.addWidget(page)
            if hasattr(page, "navigate"):
                page.navigate.connect(self.show_page)
            if hasattr(page, "lock_minutes_changed"):
                page.lock_minutes_changed.connect(self.lock_minutes_changed)
            table_actions.install(page)

    def show_page(self, name: str) -> None:
        self.nav.setCurrentRow(list(self.pages).index(name))

    def current(self) -> Page:
        return self.stack.currentWidget()  # type: ignore[return-value]

    def _select(self, row: int) -> None:
        if row < 0:
            return
        name = list(self.pages)[row]
        self.stack.setCurrentIndex(row)
        self._stale.discard(name)
        self.pages[name].refresh()

    def _project_changed(self) -> None:
        """Refresh what is visible now; the others when they are next shown."""
        current = list(self.pages)[self.stack.currentIndex()]
        self._stale = set(self.pages) - {current}
        self.pages[current].refresh()

    def start(self) -> None:
        """A trained project opens on its segment dashboard; otherwise on the overview."""
        self._build_pages()
        self._stale = set(self.pages)
        trained = self.session.store.meta(Meta.MODEL_CARD) is not None
        self.show_page("segments" if trained else "overview")
        self._select(self.nav.currentRow())
        if trained:
            self.pages["overview"].refresh()  # its retention notice is shown in the status bar too


class MainWindow(QMainWindow):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setWindowTitle(self.tr("Prevista"))
        self.start = StartPage(session)
        self.workspace = Workspace(session)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start)
        self.stack.addWidget(self.workspace)
        self.setCentralWidget(self.stack)
        self.project_label = QLabel()
        self.statusBar().addPermanentWidget(self.project_label)
        self._menus()
        session.opened.connect(self._opened)
        session.locked.connect(self._locked)
        session.closed.connect(self._closed)
        self._closed()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(1200, 800)

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        actions = (
            (self.tr("&New project…"), QKeySequence.StandardKey.New, self._new),
            (self.tr("&Open project…"), QKeySequence.StandardKey.Open, self._open),
            (self.tr("&Verify a processing log…"), QKeySequence(), self._verify),
            (self.tr("&Lock"), QKeySequence("Ctrl+L"), self.session.lock),
            (self.tr("&Close project"), QKeySequence.StandardKey.Close, self.session.close),
            (self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close),
        )
        self.project_actions: list[QAction] = []
        for text, shortcut, slot in actions:
            action = file_menu.addAction(text)
            action.setShortcut(shortcut)
            action.triggered.connect(slot)
            if slot in (self.session.lock, self.session.close):
                self.project_actions.append(action)
        go = self.menuBar().addMenu(self.tr("&Go"))
        for index, page in enumerate(self.workspace.pages.values(), start=1):
            action = go.addAction(page.title())
            action.setShortcut(QKeySequence(f"Ctrl+{index}"))
            action.triggered.connect(lambda _checked=False, row=index - 1: self.workspace.nav.setCurrentRow(row))
            self.project_actions.append(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help = HelpActions(help_menu, self.workspace, self.session)  # Guide (F1) and Glossary
        help_menu.addAction(self.tr("&About Prevista"), self._about)

    def _new(self) -> None:
        if self.session.is_open:
            self.session.close()
        self.start.show_create()

    def _open(self) -> None:
        if self.session.is_open:
            self.session.close()
        self.start.open_folder()

    def _verify(self) -> None:
        """The DPO's way in: no project and no passphrase, so an open project is closed first."""
        if self.session.is_open:
            self.session.close()
        self.start.show_verify()

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Prevista"),
                          self.tr("Prevista predicts churn, purchases and support load from your own CRM exports, "
                                  "entirely offline. Customer identities are replaced by encrypted IDs before "
                                  "anything is stored; every processing step is written to a signed log."))

    def _enable_project_actions(self, enabled: bool) -> None:
        for action in self.project_actions:
            action.setEnabled(enabled)

    def _opened(self) -> None:
        self.project_label.setText(str(self.session.path))
        self.workspace.start()  # before it is shown: showing the old screens would start their re-reads
        self.stack.setCurrentWidget(self.workspace)
        self._enable_project_actions(True)
        self.workspace.nav.setFocus()

    def _locked(self) -> None:
        self._enable_project_actions(False)
        self.stack.setCurrentWidget(self.start)
        self.start.show_unlock(self.session.path, locked=True)

    def _closed(self) -> None:
        self.project_label.clear()
        self._enable_project_actions(False)
        self.stack.setCurrentWidget(self.start)
        self.start.show_home()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Quitting mid-job would be safe (every commit is atomic) but the work would be lost: ask."""
        if self.session.busy and not dialogs.confirm(
                self, self.tr("Quit Prevista?"),
                self.tr("A job is still running. Quit anyway? The project keeps its previous state.")):
            event.ignore()
            return
        event.accept()
