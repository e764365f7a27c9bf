"""The reports screen: each report saved as a readable file and logged; the preview and risk shown from core."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialogButtonBox

from prevista.core.project.lifecycle import open_project
from prevista.core.project.settings import settings, update_settings
from prevista.core.reports.pilot import pilot_report
from prevista.core.reports.reidentification import reidentification_risk
from prevista.gui import dialogs
from prevista.gui.screens.reports import RecordSettingsDialog, ReportsPage
from tests.conftest import PASSPHRASE
from tests.gui.conftest import finish, open_session, settle

RECORD = {"controller_name": "Kowalski Sp. z o.o.", "controller_contact": "ul. Długa 1, 80-001 Gdańsk",
          "dpo_contact": "none appointed", "organisational_measures": "two named staff; screen lock after 5 minutes"}


@pytest.fixture(autouse=True)
def _no_unexpected_record_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    """The controller-details dialog is modal: a test that does not expect it fails instead of hanging."""
    def unexpected(_dialog: RecordSettingsDialog) -> int:
        raise AssertionError("unexpected controller-details dialog")
    monkeypatch.setattr(RecordSettingsDialog, "exec", unexpected)


def _configured(project: Path) -> None:
    """The record's controller details as a DPO would have entered them in Settings."""
    update_settings(open_project(project, PASSPHRASE), RECORD, operator="tester")


@pytest.fixture
def page(qtbot, trained_project: Path) -> ReportsPage:
    screen = ReportsPage(open_session(trained_project))
    qtbot.addWidget(screen)
    return screen


def _save(qtbot, page: ReportsPage, monkeypatch: pytest.MonkeyPatch, target: Path, button) -> None:
    monkeypatch.setattr(dialogs, "save_path", lambda *args: target)
    button.click()
    finish(qtbot, page.jobs.job)


@pytest.mark.parametrize(("button", "action"), [("pilot_button", "report-pilot"), ("art30_button", "report-art30")])
def test_saving_a_report_writes_a_pdf_and_logs_it(qtbot, trained_project: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch, button: str, action: str) -> None:
    _configured(trained_project)
    page = ReportsPage(open_session(trained_project))
    qtbot.addWidget(page)
    _save(qtbot, page, monkeypatch, tmp_path / "report", getattr(page, button))
    written = tmp_path / "report.pdf"  # the chosen format adds the missing ending
    assert len(PdfReader(written).pages) >= 1
    assert page.jobs.banner.isVisibleTo(page) and str(written) in page.jobs.banner.text()
    entry = open_project(trained_project, PASSPHRASE).log.entries()[-1]
    assert (entry["action"], entry["details"]["format"]) == (action, "pdf")


def test_html_is_written_when_chosen(qtbot, page: ReportsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page.format_box.setCurrentIndex(page.format_box.findData("html"))
    _save(qtbot, page, monkeypatch, tmp_path / "pilot.html", page.pilot_button)
    assert (tmp_path / "pilot.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_cancelling_the_dialog_starts_nothing(page: ReportsPage, monkeypatch: pytest.MonkeyPatch) -> None:
    page.session.service.update_settings(RECORD)
    monkeypatch.setattr(dialogs, "save_path", lambda *args: None)
    page.art30_button.click()
    assert page.jobs.job is None


def test_preview_and_risk_show_core_figures(qtbot, page: ReportsPage) -> None:
    page.refresh()
    finish(qtbot, page.jobs.job)
    store = page.session.store
    report, risk = pilot_report(store), reidentification_risk(store)
    assert report.churn and report.churn.totals and report.model and report.segments
    assert page.kpis["customers"].text().startswith(str(report.churn.totals.customers))
    assert f"{report.model.metrics.roc_auc:.3f}" in page.kpis["quality"].text()
    assert str(len(report.segments.rows)) in page.kpis["segments"].text()
    assert page.risk_summary.text() == risk.summary
    assert all(s in page.risk_suggestions.text() for s in risk.suggestions)
    assert page.pilot_button.isEnabled() and page.preview_note.text() == ""


def test_untrained_project_says_so(qtbot, imported_project: Path) -> None:
    page = ReportsPage(open_session(imported_project))
    qtbot.addWidget(page)
    page.refresh()
    finish(qtbot, page.jobs.job)
    assert "No model trained yet" in page.preview_note.text()
    assert page.kpis["quality"].text() == "—"


def test_handover_bundle_then_closing_the_pilot(qtbot, page: ReportsPage, trained_project: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    page.close_button.click()  # no bundle saved yet: nothing is asked, nothing starts
    assert page.jobs.job is None and "Save a handover bundle first" in page.jobs.banner.text()
    _save(qtbot, page, monkeypatch, tmp_path / "handover", page.bundle_button)
    bundle = tmp_path / "handover.zip"
    assert bundle.is_file() and str(bundle) in page.jobs.banner.text()
    questions: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _parent, _title, text: questions.append(text) or False)
    stray = trained_project / "call-list.csv"
    stray.write_text("Surname,churn_risk\n", encoding="utf-8")
    page.close_button.click()  # a file Prevista did not write is named before anything is asked
    assert not questions and page.jobs.job is None and "call-list.csv" in page.jobs.banner.text()
    stray.unlink()
    page.close_button.click()
    assert page.jobs.job is None and "Nothing was changed" in page.jobs.banner.text()
    assert open_project(trained_project, PASSPHRASE).table_names()
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    page.close_button.click()
    finish(qtbot, page.jobs.job)
    assert "ALL data" in questions[0] and str(bundle) in questions[0]
    assert "The pilot is closed" in page.jobs.banner.text()
    assert page.closed_note.isVisibleTo(page) and "This pilot was closed on" in page.closed_note.text()
    store = open_project(trained_project, PASSPHRASE)
    assert store.table_names() == []
    assert [e["action"] for e in store.log.entries()][-2:] == ["handover-bundle", "pilot-closed"]


def test_art30_asks_for_the_missing_controller_details_saves_them_logged_then_writes(
        qtbot, page: ReportsPage, trained_project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[str, ...]] = []

    def answer(dialog: RecordSettingsDialog) -> int:
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        asked.append(tuple(dialog.fields))
        assert not save.isEnabled()  # every detail is needed: an empty one would print "not configured"
        for name, field in dialog.fields.items():
            field.setText(RECORD[name])
        assert save.isEnabled()
        return 1
    monkeypatch.setattr(RecordSettingsDialog, "exec", answer)
    page.format_box.setCurrentIndex(page.format_box.findData("html"))
    monkeypatch.setattr(dialogs, "save_path", lambda *args: tmp_path / "record.html")
    before = len(open_project(trained_project, PASSPHRASE).log.entries())
    page.art30_button.click()
    settle(qtbot, page.session)
    assert asked == [tuple(RECORD)]
    store = open_project(trained_project, PASSPHRASE)
    entries = store.log.entries()[before:]
    assert [e["action"] for e in entries] == ["settings-changed", "report-art30"]
    assert entries[0]["details"]["keys"] == sorted(RECORD)
    assert settings(store).controller_name == RECORD["controller_name"]
    html = (tmp_path / "record.html").read_text(encoding="utf-8")
    assert "not configured" not in html and "Kowalski" in html
    page.art30_button.click()  # now complete: nothing is asked again
    settle(qtbot, page.session)
    assert len(asked) == 1


def test_declining_the_controller_details_writes_and_logs_nothing(page: ReportsPage, trained_project: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(RecordSettingsDialog, "exec", lambda _dialog: 0)
    before = open_project(trained_project, PASSPHRASE).log.entries()
    page.art30_button.click()  # save_path is not patched: asking where to save would fail the test
    assert page.jobs.job is None and "not saved" in page.jobs.banner.text()
    assert open_project(trained_project, PASSPHRASE).log.entries() == before
