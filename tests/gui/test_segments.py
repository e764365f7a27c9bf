"""The segments dashboard: core's segments (never below k), drill-in, and the logged action-list step."""

from __future__ import annotations

import polars as pl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from prevista.core.analytics.release import dashboard
from prevista.core.demo.run import demo_files
from prevista.core.duties.optouts import Requests
from prevista.core.project.settings import settings
from prevista.gui import dialogs
from prevista.gui.screens.segments import SegmentsPage
from prevista.privacy.schema import Table
from tests.gui.conftest import finish, shown_page


def _ok(page: SegmentsPage):
    return page.action_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _ask_for_list(page: SegmentsPage, purpose: str, out) -> None:
    page.action_button.click()
    page.action_dialog.purpose.setText(purpose)
    page.action_dialog.path.setText(str(out))
    _ok(page).click()


def test_dashboard_shows_cores_segments_and_drills_in(qtbot, trained_project):
    page = shown_page(qtbot, SegmentsPage, trained_project)
    store = page.session.store
    rows = dashboard(store).segments
    k = settings(store).min_segment_size
    assert page.table.rowCount() == len(rows)
    assert all(size >= k for size in page.table.frame["size"])
    for row_number in range(page.table.rowCount()):
        page.view.selectRow(row_number)
        segment = page.table.frame["segment"][row_number]
        expected = next(row for row in rows if row.segment == segment)
        assert expected.action in page.action.text()
        assert expected.name in page.detail_name.text()
    assert page.chart_view.chart().series()
    page.view.sortByColumn(page.table.frame.columns.index("churn_risk"), Qt.SortOrder.DescendingOrder)
    page.view.selectRow(0)
    riskiest = max(rows, key=lambda row: row.churn_risk)
    assert page.selected_segment().segment == riskiest.segment
    assert riskiest.action in page.action.text()


def test_after_an_opt_out_the_segments_say_retrain(qtbot, trained_project):
    page = shown_page(qtbot, SegmentsPage, trained_project)
    assert not page.retrain.isVisibleTo(page)
    contacts = pl.read_csv(demo_files("hubspot")[0], infer_schema=False)
    someone = contacts.filter(pl.col("Marketing Opt Out") == "false")["Record ID"][0]
    page.session.service.duties.record_optouts(Requests(ids=(someone,)))
    page.refresh()
    assert page.retrain.isVisibleTo(page) and "Retrain recommended" in page.retrain.text()


def test_without_a_model_it_points_to_training(qtbot, imported_project):
    page = shown_page(qtbot, SegmentsPage, imported_project)
    assert page.empty.isVisible() and not page.content.isVisible()
    with qtbot.waitSignal(page.navigate) as signal:
        page.go_button.click()
    assert signal.args == ["models"]


def test_action_list_needs_a_purpose_then_writes_and_logs(qtbot, trained_project, tmp_path, monkeypatch):
    page = shown_page(qtbot, SegmentsPage, trained_project)
    store = page.session.store
    out = tmp_path / "call-list.csv"
    monkeypatch.setattr(dialogs, "save_path", lambda *args: out)
    page.view.selectRow(0)
    segment = page.selected_segment()
    entries = len(store.log.entries())
    page.action_button.click()
    dialog = page.action_dialog
    dialog.browse_button.click()
    assert dialog.path.text() == str(out)
    _ok(page).click()  # no purpose: refused, nothing starts
    assert dialog.isVisible() and dialog.message.isVisible()
    assert page.jobs.job is None and not out.exists() and len(store.log.entries()) == entries
    dialog.purpose.setText("offer onboarding help this week")
    dialog.top.setValue(5)
    _ok(page).click()
    assert page.jobs.job is not None
    finish(qtbot, page.jobs.job)
    entry = store.log.entries()[-1]
    assert entry["action"] == "action-list-prepared"
    assert entry["purpose"] == "offer onboarding help this week"
    assert entry["counts"]["segment"] == segment.segment
    assert pl.read_csv(out).height == entry["counts"]["people_listed"] <= 5
    assert str(out) in page.jobs.banner.text() and "personal data" in page.jobs.banner.text()


def test_without_identities_core_refusal_is_shown(qtbot, trained_project, tmp_path):
    page = shown_page(qtbot, SegmentsPage, trained_project)
    store = page.session.store
    store.commit(delete=[Table.IDENTITIES], log_record={"action": "test-drop-identities", "operator": "tester"})
    failures = []
    out = tmp_path / "never.csv"
    _ask_for_list(page, "offer onboarding help this week", out)
    page.jobs.job.failed.connect(failures.append)
    finish(qtbot, page.jobs.job)
    assert failures and page.jobs.banner.text() == failures[0]
    assert not out.exists()
