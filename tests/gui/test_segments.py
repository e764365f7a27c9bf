"""The segments dashboard: core's segments (never below k), drill-in, and starting a campaign from it."""

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
    return page.campaign.dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


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


def test_campaign_needs_segment_and_purpose_and_a_no_records_nothing(qtbot, trained_project, monkeypatch):
    page = shown_page(qtbot, SegmentsPage, trained_project)
    store = page.session.store
    entries = len(store.log.entries())
    page.view.selectRow(0)
    page.action_button.click()
    dialog = page.campaign.dialog
    _ok(page).click()  # no purpose: refused, nothing starts
    assert dialog.isVisible() and "purpose" in dialog.message.text() and page.jobs.job is None
    dialog.purpose.setText("call customers at risk to offer help")
    for row in range(dialog.segments.count()):
        dialog.segments.item(row).setCheckState(Qt.CheckState.Unchecked)
    _ok(page).click()  # no segment: refused
    assert dialog.isVisible() and "segment" in dialog.message.text() and page.jobs.job is None
    dialog.segments.item(0).setCheckState(Qt.CheckState.Checked)
    questions = []
    monkeypatch.setattr(dialogs, "confirm", lambda _parent, _title, text: questions.append(text) and False)
    _ok(page).click()
    assert page.jobs.job is not None
    finish(qtbot, page.jobs.job)
    assert questions and "held back at random" in questions[0]
    assert "not started" in page.jobs.banner.text()
    assert len(store.log.entries()) == entries and page.session.service.campaigns.list() == ()


def test_without_scores_core_refusal_is_shown(qtbot, trained_project):
    page = shown_page(qtbot, SegmentsPage, trained_project)
    store = page.session.store
    store.commit(delete=[Table.SCORES], log_record={"action": "test-drop-scores", "operator": "tester"})
    failures = []
    page.action_button.click()
    page.campaign.dialog.purpose.setText("call customers at risk to offer help")
    _ok(page).click()
    page.jobs.job.failed.connect(failures.append)
    finish(qtbot, page.jobs.job)
    assert failures and page.jobs.banner.text() == failures[0] and "train" in failures[0]
    assert page.session.service.campaigns.list() == ()
