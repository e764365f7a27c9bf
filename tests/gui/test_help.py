"""The in-app help: the guide's steps lead to their screens, the glossary explains every term the screens use,
the column headers of the main screens show those explanations on hover, and the Import page's history undoes
the last import."""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QToolTip

from prevista.core.project.lifecycle import open_project
from prevista.core.runtime.preferences import Preferences
from prevista.core.services.project import ProjectService
from prevista.gui import dialogs, glossary
from prevista.gui.glossary import Term, column_tip
from prevista.gui.help import HelpDialog
from prevista.gui.main_window import MainWindow
from prevista.gui.screens.campaigns import CampaignsPage
from prevista.gui.screens.forecast import ForecastPage
from prevista.gui.screens.import_history import ImportHistoryDialog
from prevista.gui.screens.import_wizard import ImportPage
from prevista.gui.screens.models import ModelsPage
from prevista.gui.screens.segments import SegmentsPage
from prevista.gui.session import Session
from prevista.privacy.kdf import KdfParams
from prevista.privacy.schema import Action, TableKind
from tests.conftest import PASSPHRASE
from tests.gui.conftest import settle, shown_page

GUI = Path(__file__).resolve().parents[2] / "gui"


def test_every_term_has_a_name_and_a_definition() -> None:
    found = {entry.term: entry for entry in glossary.entries()}
    assert set(found) == set(Term), "terms without an entry in glossary.entries()"
    for entry in found.values():
        assert entry.name.strip() and len(entry.text) > 40, entry.term
    assert len({entry.name for entry in found.values()}) == len(found), "two terms share a name"


def test_every_term_a_screen_names_is_defined() -> None:
    """Code paths no test drives still name only terms that exist: an unknown one would fail when hovered."""
    named = {match for path in GUI.rglob("*.py") for match in re.findall(r"\bTerm\.([A-Z0-9_]+)", path.read_text())}
    assert named, "no screen uses the glossary"
    assert named <= set(Term.__members__), f"terms named but not defined: {sorted(named - set(Term.__members__))}"


def _window(qtbot, path: Path | None) -> MainWindow:
    session = Session(Preferences(), kdf=KdfParams.minimum())
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    if path is not None:
        session._adopt(ProjectService(open_project(path, PASSPHRASE), operator=session.operator))
    return window


def test_f1_opens_the_guide_and_each_step_leads_to_its_screen(qtbot, trained_project: Path) -> None:
    window = _window(qtbot, trained_project)
    action = window.help.guide_action
    assert action.shortcut() == QKeySequence("F1")
    action.trigger()
    dialog = window.help.dialog
    assert isinstance(dialog, HelpDialog) and dialog.isVisible()
    assert dialog.tabs.currentWidget() is dialog.guide
    steps = dialog.guide.steps()
    assert [step.page for step in steps[:5]] == ["import", "import", "models", "segments", "campaigns"]
    assert steps[-1].page == "privacy", "the privacy duties are part of the guide"
    for step in steps:
        dialog.guide.buttons[step.title].click()
        assert window.workspace.current() is window.workspace.pages[step.page], step.title
    settle(qtbot, window.session)  # the screens' re-reads, before the window closes


def test_the_guide_without_a_project_says_where_to_begin(qtbot) -> None:
    window = _window(qtbot, None)
    window.help.guide_action.trigger()
    dialog = window.help.dialog
    assert dialog is not None and not dialog.guide.note.isHidden()
    assert not any(button.isEnabled() for button in dialog.guide.buttons.values())


def test_glossary_search_matches_names_and_explanations(qtbot) -> None:
    window = _window(qtbot, None)
    window.help.glossary_action.trigger()
    page = window.help.dialog.glossary
    assert window.help.dialog.tabs.currentWidget() is page
    page.search.setText("at risk")
    assert {Term.REVENUE_AT_RISK} <= set(page.visible_terms())
    assert Term.FINGERPRINT not in page.visible_terms()
    page.search.setText("PASSPHRASE")  # only in explanations, and in another case
    assert Term.ENCRYPTED_ID in page.visible_terms() and Term.PROCESSING_LOG in page.visible_terms()
    shown = glossary.Term(page.terms.currentItem().data(Qt.ItemDataRole.UserRole))
    assert shown in page.visible_terms() and page.text.text() == glossary.definition(shown)
    page.search.setText("no such word anywhere")
    assert page.visible_terms() == [] and not page.nothing.isHidden() and page.text.text() == ""
    page.select(Term.UPLIFT)
    assert page.text.text() == glossary.definition(Term.UPLIFT)


def _hover_tip(view, section: int) -> str:
    """Rest the pointer on a header section, as Qt does before showing a tooltip."""
    header = view.horizontalHeader()
    view.resizeColumnsToContents()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    position = QPoint(x, header.height() // 2)
    QToolTip.hideText()
    QApplication.sendEvent(header.viewport(), QHelpEvent(QEvent.Type.ToolTip, position,
                                                         header.viewport().mapToGlobal(position)))
    return QToolTip.text()


def test_main_screens_explain_their_column_headers(qtbot, trained_project: Path) -> None:
    segments = shown_page(qtbot, SegmentsPage, trained_project)
    columns = segments.table.frame.columns
    risk = columns.index("revenue_at_risk")
    assert column_tip(segments.view, risk) == glossary.definition(Term.REVENUE_AT_RISK)
    assert column_tip(segments.view, columns.index("churn_risk")) == glossary.definition(Term.CHURN_RISK)
    assert column_tip(segments.view, columns.index("segment")) is None  # the number needs no explanation
    assert _hover_tip(segments.view, risk) == glossary.definition(Term.REVENUE_AT_RISK)

    models = shown_page(qtbot, ModelsPage, trained_project)
    measures = models.metrics.frame.columns
    assert column_tip(models.metrics_view, measures.index("roc_auc")) == glossary.definition(Term.AUC)
    assert column_tip(models.metrics_view, measures.index("roc_auc_range")) == glossary.definition(Term.RANGE_95)
    assert models.lift_view.toolTip() == glossary.definition(Term.LIFT)

    forecast = shown_page(qtbot, ForecastPage, trained_project)
    assert "Backtest" in forecast.notes.toolTip() and "Coverage" in forecast.notes.toolTip()
    campaigns = shown_page(qtbot, CampaignsPage, trained_project)
    campaigns.effects.set_frame(pl.DataFrame({"outcome": ["churn"], "treated": ["10 %"], "control": ["12 %"],
                                              "difference": ["-2 pp"], "interval": ["-5 to 1 pp"]}))
    assert column_tip(campaigns.effects_view, 2) == glossary.definition(Term.CONTROL_GROUP)
    assert column_tip(campaigns.effects_view, 3) == glossary.definition(Term.UPLIFT)


def test_import_history_shows_the_import_and_undoes_it(qtbot, imported_project: Path, monkeypatch) -> None:
    page = shown_page(qtbot, ImportPage, imported_project)
    page.history_button.click()
    dialog = page.findChild(ImportHistoryDialog)
    assert dialog is not None and dialog.isVisible()
    settle(qtbot, page.session)
    qtbot.waitUntil(lambda: dialog.table.frame.height == 1)
    frame = dialog.table.frame
    assert frame["state"].to_list() == ["in effect"] and "hubspot" not in frame["files"][0].lower()
    assert dialog.undo_button.isEnabled()
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _parent, _title, text: asked.append(text) or True)
    dialog.undo_button.click()
    settle(qtbot, page.session)
    qtbot.waitUntil(lambda: dialog.table.frame.height == 1 and dialog.table.frame["state"][0] != "in effect")
    assert asked and "removed" in asked[0] and "Opt-outs" in asked[0]
    entries = page.session.store.log.entries()
    assert entries[-1]["action"] == Action.IMPORT_UNDONE
    assert not dialog.undo_button.isEnabled(), "a second undo offered"
    assert not page.session.store.has_table(TableKind.CUSTOMERS)
