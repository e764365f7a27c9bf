"""What the window hands on in its language beyond its own screens: the DPO's log PDF, a saved page's declared
language, and where an import finding's rows are.

Each runs with the marking translator (tests/gui/pseudo_locale.py) and a French locale installed: a word that
skipped the catalogues, or a number written the English way, stands outside the marks.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from prevista.core.ingest.quality import Finding
from prevista.core.reports import html
from prevista.core.reports.audit_log import LogVerdict, document
from prevista.core.reports.language import translated
from prevista.gui.report_language import IN_WINDOW_LANGUAGE
from prevista.gui.screens.import_steps import _located
from prevista.privacy.processing_log import Verification
from tests.gui.pseudo_locale import Marking, offending

FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[None]:
    translator, before = Marking(), QLocale()
    qapp.installTranslator(translator)
    QLocale.setDefault(FRENCH)
    try:
        yield
    finally:
        qapp.removeTranslator(translator)
        QLocale.setDefault(before)


def _texts(made: html.Document) -> list[str]:
    texts = [made.title, made.subtitle]
    for section in made.sections:
        texts.append(section.heading)
        for block in section.blocks:
            texts += [text for pair in getattr(block, "rows", []) for text in pair]
            texts += [*getattr(block, "header", []), getattr(block, "text", "")]
    return [text for text in texts if text]


@pytest.mark.usefixtures("pseudo")
def test_log_pdf_and_its_page_language_follow_the_window() -> None:
    verdict = LogVerdict("processing-log.jsonl", "log", Verification(entries=1250, signatures_checked=True,
                                                                     key_fingerprint="ab12", key_kept=True))
    made = document(verdict, (), of_entries=1250, now=datetime(2026, 12, 4, 8, 30, tzinfo=UTC))
    shown = translated(made, IN_WINDOW_LANGUAGE)
    data = {"processing", "log", "jsonl", "ab12"}  # the file's name and the key's fingerprint are the DPO's own
    assert [(text, part) for text in _texts(shown) for part in offending(text, data)] == []
    assert '<html lang="fr">' in html.render(shown)
    assert '<html lang="en">' in html.render(made)  # the command line's English page says so


@pytest.mark.usefixtures("pseudo")
def test_finding_rows_are_located_in_the_window_language() -> None:
    finding = Finding("warning", "code", "message", locations=("line 7", "record 1204", "Sheet1!row 9"),
                      count=1250)
    assert finding.located() == " (line 7, record 1204, Sheet1!row 9 and 1247 more)"  # the command line's words
    located = _located(finding)
    assert offending(located, {"sheet1"}) == [] and "1247" in located
