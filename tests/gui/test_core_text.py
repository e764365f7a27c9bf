"""Core's sentences reach the screen in the chosen language: segment names and traits, actions, reasons,
drivers, legal bases, the default purpose, and the numbers inside them in the language's own form."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from prevista.core.ingest.importer import TOO_FEW
from prevista.core.ingest import parsing
from prevista.core.ingest.addresses import LINKED
from prevista.core.ingest.staging import AMBIGUOUS, LINE_VALUE_NOTE, ORDER_AMOUNT, ORDER_AMOUNT_ONCE, SEVERAL_CURRENCIES
from prevista.gui import i18n
from prevista.gui.core_text import phrase, said, segment_name
from prevista.gui.screens.models import ModelsPage
from prevista.gui.screens.segments import SegmentsPage
from prevista.gui.widgets import LegalBasisChoice
from prevista.privacy.processing_log import LEGAL_BASES
from tests.gui.conftest import shown_page


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    locale = QLocale()
    installed = i18n.install(qapp, "de")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_the_segment_dashboard_speaks_german(qtbot, trained_project: Path, german: None) -> None:
    page = shown_page(qtbot, SegmentsPage, trained_project)
    row = page.selected_segment()
    assert row is not None
    action = QCoreApplication.translate("Actions", row.action)
    assert action != row.action and action in page.action.text() and row.action not in page.action.text()
    assert row.because not in page.action.text()
    shown_names = [page.table.index(r, 1).data() for r in range(page.table.rowCount())]
    assert not set(shown_names) & {segment.name for segment in page.data.segments}  # no English name left
    traits = [t for segment in page.data.segments for t in segment.sets_apart]
    assert all(phrase(t) != t for t in traits if not t[:1].isupper())
    assert "→" in page.detail_drivers.text() and "higher churn risk" not in page.detail_drivers.text()


def test_models_legal_bases_and_numbers_follow_the_language(qtbot, trained_project: Path, german: None) -> None:
    page = shown_page(qtbot, ModelsPage, trained_project)
    assert "higher churn risk" not in page.drivers.text()
    choice = LegalBasisChoice()
    qtbot.addWidget(choice)
    assert [choice.itemText(i) for i in range(choice.count())] != list(LEGAL_BASES.values())
    assert "DSGVO" in choice.itemText(0)
    reason = said("Reasons", "their churn risk is 1.5 times the average; they stand out by heavy usage, high Seats")
    assert "1,5" in reason and "heavy usage" not in reason and "Seats" in reason  # German decimal comma
    assert segment_name("Heavy usage · many features in use (2)").endswith(" (2)")
    assert said("Kpis", "Churn rate") == "Abwanderungsrate"  # the Overview's pilot KPIs
    finding = said("Findings", TOO_FEW.format(3, 50, 500))  # the import report's findings, numbers kept
    assert finding != TOO_FEW.format(3, 50, 500) and all(n in finding for n in ("3", "50", "500"))


@pytest.mark.parametrize("sentence", [LINE_VALUE_NOTE.format("'Menge' × 'Preis'"), ORDER_AMOUNT.format(12, "'Menge' × 'Preis'"),
                                      ORDER_AMOUNT_ONCE.format(12), SEVERAL_CURRENCIES.format(3, "Betrag"),
                                      LINKED.format(12, 15, 3)])
def test_what_an_order_line_is_worth_is_said_in_german(german: None, sentence: str) -> None:
    """The import report's sentences about line values, order totals, currencies and addresses linked, with their columns and
    counts kept as they are."""
    shown = said("Findings", sentence)
    assert shown != sentence
    kept = [part for part in ("'Menge' × 'Preis'", "12", "3", "Betrag") if part in sentence]
    assert kept and all(part in shown for part in kept)


@pytest.mark.parametrize("fmt", parsing.NUMBER_DATES)
def test_a_date_read_from_numbers_is_named_in_german(german: None, fmt: str) -> None:
    """The warning that a column of numbers was read as dates names the reading in the window's language."""
    sentence = AMBIGUOUS["date"].format(parsing.describe_format(fmt))
    shown = said("Findings", sentence)
    assert parsing.describe_format(fmt) not in shown and parsing.describe_format(fmt).split("(")[1] in shown
