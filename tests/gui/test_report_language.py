"""A report saved from the window is in the window's language, its figures the locale's way; the command
line's (core's default) stays English."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from prevista.core.project.lifecycle import open_project
from prevista.core.reports import art30, pilot
from prevista.gui import dialogs
from prevista.gui.screens.reports import ReportsPage
from tests.conftest import PASSPHRASE
from tests.gui.conftest import finish, open_session
from tests.gui.pseudo_locale import CLOSE, OPEN
from tests.gui.test_reports import _configured

HEADING = re.compile(r"<h[12]>(.*?)</h[12]>")


def _saved(qtbot, project: Path, button: str, target: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    page = ReportsPage(open_session(project))
    qtbot.addWidget(page)
    page.format_box.setCurrentIndex(page.format_box.findData("html"))
    monkeypatch.setattr(dialogs, "save_path", lambda *args: target)
    getattr(page, button).click()
    finish(qtbot, page.jobs.job)
    return target.read_text(encoding="utf-8")


@pytest.mark.parametrize("button", ["pilot_button", "art30_button"])
def test_a_report_saved_from_the_window_is_in_its_language(qtbot, trained_project: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch, marked: None,
                                                          button: str) -> None:
    _configured(trained_project)
    shown = _saved(qtbot, trained_project, button, tmp_path / "report.html", monkeypatch)
    headings = HEADING.findall(shown)
    assert len(headings) > 5 and all(h.startswith(OPEN) and h.endswith(CLOSE) for h in headings), headings
    if button == "art30_button":  # the re-identification summary: shares with a decimal comma and a spaced %
        assert re.search(r"\d,\d\u00a0%", shown)


def test_the_command_lines_reports_stay_english(trained_project: Path, marked: None) -> None:
    store = open_project(trained_project, PASSPHRASE)
    for shown in (pilot.render_html(pilot.pilot_report(store)), art30.render_html(art30.record_of_processing(store))):
        assert OPEN not in shown and "\u00a0%" not in shown
    assert "<h2>1. Executive summary</h2>" in pilot.render_html(pilot.pilot_report(store))


def test_the_pdfs_page_line_is_translated_too(trained_project: Path) -> None:
    """The PDF's font has no marks (⟦⟧): a translator that renames the page shows the line went through it."""
    store = open_project(trained_project, PASSPHRASE)
    pdf = pilot.render_pdf(pilot.pilot_report(store), lambda _context, text: text.replace("page", "Seite"))
    assert "— Seite 1 of" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
