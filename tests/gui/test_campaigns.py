"""Campaigns in the GUI: started from a segment through the dialog, listed, measured, and the contact list
written without a single member of the control group; nothing of one project stays on screen in the next."""

from __future__ import annotations

import shutil
from pathlib import Path

import polars as pl
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from prevista.core.campaigns.record import members
from prevista.core.campaigns.start import CampaignRequest
from prevista.core.project.lifecycle import open_project
from prevista.core.services.project import ProjectService
from prevista.gui import dialogs
from prevista.gui.screens.campaigns import CampaignsPage
from prevista.gui.screens.segments import SegmentsPage
from prevista.gui.session import Session
from prevista.privacy.errors import PrevistaError
from prevista.privacy.pseudonym import EncryptedIds
from prevista.privacy.schema import KEY, Table
from tests.conftest import PASSPHRASE
from tests.gui.conftest import finish, open_session, settle

PURPOSE = "call customers at risk to offer help"


def _customer_ids(session: Session, keys: pl.Series) -> set[str]:
    """The customers' own IDs, as the contact list spells them (decrypted here with the project's key)."""
    store = session.store
    subjects = store.read_table(Table.SUBJECTS).filter(pl.col(KEY).is_in(keys.implode()))
    ids = EncryptedIds(store.keys.encrypted_ids)
    return {ids.decrypt(eid) for eid in subjects["eid"].to_list()}


def _start_through_dialog(qtbot, page: SegmentsPage, *, share: int, start: QDate | None = None,
                          also: int | None = None, cost: str = "") -> None:
    """Fill the Start campaign dialog for the selected segment (and the ``also``-th other one) and plan."""
    page.action_button.click()
    dialog = page.campaign.dialog
    assert dialog is not None and dialog.action.text() == page.selected_segment().action  # prefilled
    dialog.purpose.setText(PURPOSE)
    dialog.control_share.setValue(share)
    dialog.cost.setText(cost)
    if start is not None:
        dialog.start.setDate(start)
    if also is not None:
        item = next(dialog.segments.item(i) for i in range(dialog.segments.count())
                    if dialog.segments.item(i).checkState() != Qt.CheckState.Checked)
        item.setCheckState(Qt.CheckState.Checked)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: page.campaign.dialog is None)


def test_start_list_measure_export_and_switch_project(qtbot, trained_project: Path, tmp_path: Path, monkeypatch):
    other = Path(shutil.copytree(trained_project, tmp_path / "other"))  # the same project, without the campaign
    session = open_session(trained_project)
    segments = SegmentsPage(session)
    qtbot.addWidget(segments)
    segments.show()
    segments.refresh()
    segments.view.selectRow(0)
    chosen = segments.selected_segment()
    questions: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _parent, _title, text: questions.append(text) or True)
    out = tmp_path / "contacts.csv"
    monkeypatch.setattr(dialogs, "save_path", lambda *_args: out)

    _start_through_dialog(qtbot, segments, share=30)
    qtbot.waitUntil(lambda: out.exists() and not session.busy, timeout=120_000)

    store = session.store
    actions = [e["action"] for e in store.log.entries()]
    assert actions[-2:] == ["campaign-started", "campaign-list-exported"]
    started = store.log.entries()[-2]
    assert started["purpose"] == PURPOSE and started["campaign"]["segments"] == [chosen.segment]
    assert len(questions) == 2 and "held back at random" in questions[0] and "It can detect" in questions[0]
    assert "control group is never in it" in questions[1]
    people = members(store, 1)
    control = people.filter(~pl.col("treated"))
    assert abs(control.height / people.height - 0.3) < 0.05, "the control share chosen in the dialog"
    listed = set(pl.read_csv(out, infer_schema=False)["customer_id"].to_list())
    assert listed == _customer_ids(session, people.filter(pl.col("treated"))[KEY])
    assert not listed & _customer_ids(session, control[KEY]), "a held-back customer is in the contact list"
    assert "control group is not in it" in segments.jobs.banner.text()

    page = CampaignsPage(session)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.table.rowCount() == 1 and not page.empty.isVisible()
    row = page.table.frame.row(0, named=True)
    assert row["name"] == chosen.name and row["result"] == "not measured yet"
    assert row["control"] % 5 == 0, "counts are released to fives"
    settle(qtbot, session)  # the preview of a campaign never measured (recorded nowhere)
    assert store.log.entries()[-1]["action"] == "campaign-list-exported"
    assert page.reason.isVisibleTo(page) and "No data after the start" in page.reason.text()

    page.measure_button.click()
    finish(qtbot, page.jobs.job)
    assert store.log.entries()[-1]["action"] == "campaign-measured"
    assert "No data after the start" in page.reason.text() and "(recorded)" in page.head.text()
    assert "No data after the start" in page.table.frame["result"][0]
    assert "never exported" in page.export_note.text()

    again = tmp_path / "again.csv"
    monkeypatch.setattr(dialogs, "save_path", lambda *_args: again)
    page.export_button.click()
    finish(qtbot, page.jobs.job)
    assert set(pl.read_csv(again, infer_schema=False)["customer_id"].to_list()) == listed

    session.close()
    assert page.table.rowCount() == 0 and not page.detail.isEnabled() and page.reason.text() == ""
    session._adopt(ProjectService(open_project(other, PASSPHRASE), operator=session.operator))
    page.refresh()
    assert page.table.rowCount() == 0 and page.empty.isVisible() and not page.content.isVisible()


def test_a_measured_campaign_shows_each_outcome_per_arm_per_segment_and_among_those_reached(
        qtbot, trained_project: Path, tmp_path: Path, monkeypatch):
    """Started (after the fact) before the end of the demo's data, so there are outcomes to compare; then the
    CRM's record of who was reached adds the effect among those reached."""
    session = open_session(trained_project)
    segments = SegmentsPage(session)
    qtbot.addWidget(segments)
    segments.refresh()
    segments.view.selectRow(1)
    answers = iter([True, False])  # start it; do not save the list now
    monkeypatch.setattr(dialogs, "confirm", lambda *_args: next(answers))
    _start_through_dialog(qtbot, segments, share=50, start=QDate(2026, 6, 1), also=1, cost="3")
    settle(qtbot, session)
    assert session.store.log.entries()[-1]["action"] == "campaign-started"

    page = CampaignsPage(session)
    qtbot.addWidget(page)
    page.refresh()
    settle(qtbot, session)
    page.measure_button.click()
    finish(qtbot, page.jobs.job)
    shown = page.shown
    assert shown is not None and not shown.withheld and shown.effects
    assert page.effects.rowCount() == len(shown.effects) and page.results.isVisibleTo(page)
    assert page.effects.frame["outcome"].to_list()[0] == "Churn"
    assert all(e.verdict in page.verdicts.text() for e in shown.effects)
    table = page.segment_table.frame
    assert table.height == len(shown.segments) == 2 and table.columns[3:] == [e.outcome for e in shown.effects]
    for row, result in zip(table.iter_rows(named=True), shown.segments, strict=True):
        assert row["segment"].startswith(f"#{result.segment} ") and row["treated"] == str(result.treated)
        churn = next((e for e in result.effects if e.outcome == "churn"), None)
        points = [f"{round(value * 100):+d}" for value in (churn.difference, churn.low, churn.high)] if churn else []
        assert row["churn"] == (result.withheld or "{} points ({} to {} points)".format(*points))
    for index in range(page.outcome.count()):
        page.outcome.setCurrentIndex(index)
        effect = shown.effects[index]
        bars = page.chart_view.chart().series()[0].barSets()[0]
        scale = 100 if effect.outcome in ("churn", "purchase") else 1
        assert bars.count() == 2 and abs(bars.at(0) - effect.treated * scale) < 0.01 * max(1.0, bars.at(0))
        assert page.chart_view.chart().title().startswith(page.outcome.currentText())  # short: a laptop shows it
        assert "interval" in page.chart_view.accessibleDescription()  # the verdict, with its interval
    # ROI from the measured spend against 3 per contact; nobody is known to be reached yet
    result = session.service.campaigns.campaign_return(page.selected_campaign(), shown)
    assert result.cost == 3 * page.selected_campaign().treated
    assert page.reached.text().startswith("Return on investment: " if result.roi is not None else result.note)
    assert "Among those reached" not in page.reached.text()

    people = members(session.store, 1)
    treated = sorted(_customer_ids(session, people.filter(pl.col("treated"))[KEY]))
    held_back = sorted(_customer_ids(session, people.filter(~pl.col("treated"))[KEY]))
    outcomes = tmp_path / "call-outcomes.csv"
    pl.DataFrame({"customer_id": treated + held_back[:1],
                  "reached": ["yes" if i % 4 else "no" for i in range(len(treated))] + ["yes"]}).write_csv(outcomes)
    monkeypatch.setattr(dialogs, "open_paths", lambda *_args: [outcomes])
    page.contacts_button.click()
    finish(qtbot, page.jobs.job)
    entry = session.store.log.entries()[-1]
    assert entry["action"] == "campaign-contacts-imported" and entry["counts"]["control_reached"] == 1
    assert "control group" in page.jobs.banner.text() and "Measure now" in page.jobs.banner.text()
    page.measure_button.click()
    finish(qtbot, page.jobs.job)
    assert page.shown.reached_share is not None and abs(page.shown.reached_share - 0.75) < 0.02
    assert f"Among those reached ({page.shown.reached_share:.0%} of the treated):" in page.reached.text()
    assert all(e.verdict in page.reached.text() for e in page.shown.among_reached)


def test_a_segment_already_in_a_running_campaign_is_not_started_again(qtbot, trained_project: Path, monkeypatch):
    session = open_session(trained_project)
    segments = SegmentsPage(session)
    qtbot.addWidget(segments)
    segments.refresh()
    segments.view.selectRow(0)
    questions: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _parent, _title, text: questions.append(text) or "Start" in text)
    _start_through_dialog(qtbot, segments, share=20)
    settle(qtbot, session)
    assert len(questions) == 2 and len(session.service.campaigns.list()) == 1  # started; the list not saved
    entries = len(session.store.log.entries())
    _start_through_dialog(qtbot, segments, share=20)
    settle(qtbot, session)
    assert len(questions) == 2, "nothing to confirm: everyone is in the running campaign"
    assert "left out" in segments.jobs.banner.text() and "not started" in segments.jobs.banner.text()
    assert len(session.service.campaigns.list()) == 1 and len(session.store.log.entries()) == entries
    empty = session.service.campaigns.plan(CampaignRequest(segments=(segments.selected_segment().segment,),
                                                           purpose=PURPOSE))
    with pytest.raises(PrevistaError, match="Nobody"):  # core refuses it too, whoever asks
        session.service.campaigns.start(empty)
