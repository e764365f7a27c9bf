"""The Privacy screen end to end: widgets driven as a user would, the project checked through core."""

from __future__ import annotations

import csv
import json
import re
import threading
from pathlib import Path

import polars as pl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from prevista.core.demo.run import demo_files
from prevista.core.duties import dsar
from prevista.core.duties.optouts import register_summary
from prevista.core.duties.retention import deadlines, overdue, plan_retention, policies
from prevista.core.project.lifecycle import open_project
from prevista.gui import dialogs
from prevista.gui.screens.privacy import PrivacyPage
from prevista.privacy.store import LOG_NAME
from tests.conftest import PASSPHRASE
from tests.gui.conftest import JOB_TIMEOUT_MS, finish, open_session


def _contacts() -> pl.DataFrame:
    """Demo contacts that did not opt out at import, so the project holds their data."""
    contacts = next(f for f in demo_files("hubspot") if f.name == "contacts.csv")
    return pl.read_csv(contacts, infer_schema_length=0).filter(pl.col("Marketing Opt Out") == "false")


@pytest.fixture
def page(qtbot, trained_project: Path) -> PrivacyPage:
    screen = PrivacyPage(open_session(trained_project))
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    settle(qtbot, screen)
    return screen


def settle(qtbot, page: PrivacyPage) -> None:
    """Wait for every job the page started, follow-ups (plan → execute → re-read) included: follow-ups start
    before control returns to the event loop, so the session is never idle in between."""
    qtbot.waitUntil(lambda: not page.session.busy, timeout=JOB_TIMEOUT_MS)


def answer(monkeypatch: pytest.MonkeyPatch, yes: bool) -> list[str]:
    """Make every confirmation return ``yes``; the questions asked are collected."""
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _parent, _title, text: asked.append(text) or yes)
    return asked


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(dialogs, "save_path", lambda *_args: path)


def click(qtbot, button: QAbstractButton) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def reopened(page: PrivacyPage):
    """A fresh unlock of the project folder: what was committed, not what the session remembers."""
    return open_project(page.session.path, PASSPHRASE)


def log_actions(page: PrivacyPage) -> list[str]:
    return [entry["action"] for entry in reopened(page).log.entries()]


# ----- opt-out register ----------------------------------------------------------------------
def test_objection_by_customer_id_removes_the_customer(qtbot, page, monkeypatch):
    tab = page.optouts
    customer = _contacts()["Record ID"][0]
    before = register_summary(page.session.store)
    asked = answer(monkeypatch, True)
    qtbot.keyClicks(tab.ids, customer)
    click(qtbot, tab.record_button)
    settle(qtbot, page)
    store = reopened(page)
    after = register_summary(store)
    entry = store.log.entries()[-1]
    assert len(asked) == 1
    assert after.customers == before.customers + 1
    assert entry["action"] == "optout-recorded" and entry["source"] == "manual"
    assert entry["counts"]["customers_with_data"] == 1
    assert tab.jobs.banner.text().startswith("Recorded. 1 customers' data removed")
    assert f"Log entry {entry['seq']}." in tab.jobs.banner.text()
    assert f"{after.customers} customers who objected" in tab.summary.text()
    assert tab.ids.toPlainText() == ""
    assert page.log.entries.model.rowCount() == len(store.log.entries())  # the other tabs re-read too


def test_objection_by_email_from_a_file(qtbot, page, monkeypatch, tmp_path):
    email = _contacts()["Email"][1]
    listing = tmp_path / "objections.csv"
    pl.DataFrame({"email": [email]}).write_csv(listing)
    monkeypatch.setattr(dialogs, "open_paths", lambda *_args: [listing])
    answer(monkeypatch, True)
    before = register_summary(page.session.store).customers
    click(qtbot, page.optouts.file_button)
    settle(qtbot, page)
    store = reopened(page)
    entry = store.log.entries()[-1]
    assert register_summary(store).customers == before + 1
    assert entry["action"] == "optout-recorded" and entry["source"] == "file"
    assert entry["counts"]["customers_with_data"] == 1


def test_declined_or_empty_objection_changes_nothing(qtbot, page, monkeypatch):
    tab = page.optouts
    entries = log_actions(page)
    click(qtbot, tab.record_button)
    assert tab.jobs.job is None and "at least one" in tab.jobs.banner.text()
    answer(monkeypatch, False)
    qtbot.keyClicks(tab.ids, _contacts()["Record ID"][0])
    click(qtbot, tab.record_button)
    settle(qtbot, page)
    assert log_actions(page) == entries
    assert tab.jobs.banner.text() == "Nothing was changed."


def test_re_consent_takes_the_customer_off_the_register(qtbot, page, monkeypatch):
    tab = page.optouts
    customer = _contacts()["Record ID"][2]
    before = register_summary(page.session.store).customers
    answer(monkeypatch, True)
    for button in (tab.record_button, tab.withdraw_button):
        qtbot.keyClicks(tab.ids, customer)
        click(qtbot, button)
        settle(qtbot, page)
    store = reopened(page)
    assert register_summary(store).customers == before
    assert store.log.entries()[-1]["action"] == "optout-withdrawn"
    assert tab.jobs.banner.text().startswith("Re-consent recorded for 1 customers")


# ----- retention -----------------------------------------------------------------------------
def test_retention_policy_dry_run_and_cleanup(qtbot, page, monkeypatch):
    tab = page.retention
    store = page.session.store
    assert tab.model.rowCount() == len(deadlines(store).tables)
    assert tab.status.text().startswith("Cleanup overdue") == overdue(store).due

    tab.months["usage"].setValue(1)
    click(qtbot, tab.save_button)
    settle(qtbot, page)
    assert policies(reopened(page))["usage"].months == 1
    assert log_actions(page)[-1] == "retention-policy-set"

    planned = plan_retention(store).summary.rows_removed
    assert planned["usage"] > 0
    usage_rows, entries = store.table_info("usage")["rows"], log_actions(page)
    click(qtbot, tab.dry_run_button)
    settle(qtbot, page)
    assert tab.jobs.banner.text().startswith("Dry run — nothing deleted.")
    assert f"Usage: {planned['usage']} rows" in tab.jobs.banner.text()

    asked = answer(monkeypatch, False)
    click(qtbot, tab.cleanup_button)
    settle(qtbot, page)
    assert len(asked) == 1 and f"Usage: {planned['usage']} rows" in asked[0]
    assert reopened(page).table_info("usage")["rows"] == usage_rows
    assert log_actions(page) == entries

    answer(monkeypatch, True)
    click(qtbot, tab.cleanup_button)
    settle(qtbot, page)
    after = reopened(page)
    assert after.table_info("usage")["rows"] == usage_rows - planned["usage"]
    assert after.log.entries()[-1]["action"] == "retention-cleanup"
    assert tab.jobs.banner.text().startswith("Cleanup done")
    assert not overdue(after).due and tab.status.text().startswith("Nothing is past its retention limit")


# ----- data-subject requests -----------------------------------------------------------------
def test_access_report_is_written_outside_the_project_only(qtbot, page, monkeypatch, tmp_path):
    tab = page.requests
    customer = _contacts()["Record ID"][3]
    save_to(monkeypatch, page.session.path / "report.html")
    entries = log_actions(page)
    qtbot.keyClicks(tab.customer_id, customer)
    click(qtbot, tab.access_button)
    settle(qtbot, page)
    assert not (page.session.path / "report.html").exists()
    assert "outside the project folder" in tab.jobs.banner.text()
    assert log_actions(page) == entries  # nothing handed over, nothing logged

    report = tmp_path / "report.html"
    save_to(monkeypatch, report)
    click(qtbot, tab.access_button)
    settle(qtbot, page)
    entry = reopened(page).log.entries()[-1]
    assert entry["action"] == "dsar-access" and entry["counts"] == {"people": 1}  # the amount is the person's
    assert "Data held about you" in report.read_text(encoding="utf-8")
    shown = re.search(r"\((\d+) records in (\d+) tables\)", tab.jobs.banner.text())
    assert shown and int(shown[1]) > 0 and int(shown[2]) > 0
    assert str(report) in tab.jobs.banner.text()
    assert tab.customer_id.text() == ""


def test_erasure_after_confirmation_leaves_nothing_held(qtbot, page, monkeypatch, tmp_path):
    tab = page.requests
    customer = _contacts()["Record ID"][4]
    entries = log_actions(page)
    answer(monkeypatch, False)
    qtbot.keyClicks(tab.customer_id, customer)
    click(qtbot, tab.erase_button)
    settle(qtbot, page)
    assert log_actions(page) == entries

    asked = answer(monkeypatch, True)
    click(qtbot, tab.erase_button)
    settle(qtbot, page)
    entry = reopened(page).log.entries()[-1]
    assert entry["action"] == "dsar-erasure" and entry["counts"]["people"] == 1 and "rows_total" not in entry["counts"]
    planned = re.search(r"(\d+) rows", asked[0])
    assert planned and int(planned[1]) > 0
    assert tab.jobs.banner.text().startswith(f"Erased everywhere: {planned[1]} rows deleted")

    save_to(monkeypatch, tmp_path / "after.html")
    qtbot.keyClicks(tab.customer_id, customer)
    click(qtbot, tab.access_button)
    settle(qtbot, page)
    assert tab.jobs.banner.text().startswith("No data is held about this person: they were erased")
    held = dsar.access_request(reopened(page), customer, operator="tester")
    assert held.erased and held.tables == {}


def test_unknown_customer_is_not_held(qtbot, page, monkeypatch, tmp_path):
    tab = page.requests
    save_to(monkeypatch, tmp_path / "nobody.html")
    qtbot.keyClicks(tab.customer_id, "no-such-customer")
    click(qtbot, tab.access_button)
    settle(qtbot, page)
    assert tab.jobs.banner.text() == dsar.NOT_HELD
    assert not (tmp_path / "nobody.html").exists()


# ----- processing log ------------------------------------------------------------------------
def test_log_viewer_lists_and_filters_every_entry(qtbot, page):
    tab = page.log.entries
    entries = page.session.store.log.entries()
    assert tab.model.rowCount() == len(entries)

    qtbot.keyClicks(tab.filter, "TRAIN")
    searched = ("action", "operator", "purpose")
    matching = [e for e in entries if any("train" in (e.get(k) or "").lower() for k in searched)]
    assert 0 < tab.model.rowCount() == len(matching) < len(entries)
    tab.filter.clear()

    tab.action.setCurrentIndex(tab.action.findData("import"))
    assert tab.model.rowCount() == sum(e["action"] == "import" for e in entries)
    assert f"Showing {tab.model.rowCount()} of {len(entries)} entries." == tab.shown.text()
    tab.action.setCurrentIndex(0)
    assert tab.model.rowCount() == len(entries)


def test_verify_says_ok_then_failed_after_tampering(qtbot, page):
    tab = page.log
    click(qtbot, tab.verify_button)
    settle(qtbot, page)
    assert tab.jobs.banner.text().startswith(f"OK: {len(page.session.store.log.entries())} entries")

    log = page.session.path / LOG_NAME
    data = bytearray(log.read_bytes())
    second_line = data.index(b"\n") + 1
    position = data.index(b'"operator":"tester"', second_line) + len(b'"operator":"t')
    data[position] ^= 0x20  # one letter's case: the text still parses, the hash no longer matches
    log.write_bytes(bytes(data))
    click(qtbot, tab.verify_button)
    settle(qtbot, page)
    assert tab.jobs.banner.text().startswith("FAILED: entry 1 was altered")


def test_a_rolled_back_log_is_named_and_its_loss_can_be_recorded(qtbot, page, monkeypatch):
    tab, service = page.log, page.session.service
    log = page.session.path / LOG_NAME
    older = log.read_bytes()
    service.update_settings({"controller_name": "Shop Ltd"})
    log.write_bytes(older)  # an older, intact copy over the live log: the last entry is gone
    tab.refresh()
    assert tab.accept_button.isVisibleTo(tab) and "does not match the project's record" in tab.jobs.banner.text()
    monkeypatch.setattr(dialogs, "confirm", lambda *_args: True)
    click(qtbot, tab.accept_button)
    settle(qtbot, page)
    assert "The loss is recorded" in tab.jobs.banner.text() and not tab.accept_button.isVisibleTo(tab)
    assert service.log_problem() is None and service.store.log.entries()[-1]["action"] == "log-loss-accepted"


def test_export_log_as_csv_and_json_and_the_public_key(qtbot, page, monkeypatch, tmp_path):
    tab = page.log
    entries = page.session.store.log.entries()
    save_to(monkeypatch, tmp_path / "log.csv")
    click(qtbot, tab.export_button)
    settle(qtbot, page)
    with (tmp_path / "log.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [int(row["seq"]) for row in rows] == [e["seq"] for e in entries]
    assert "as CSV" in tab.jobs.banner.text()

    save_to(monkeypatch, tmp_path / "log.json")
    click(qtbot, tab.export_button)
    settle(qtbot, page)
    assert len(json.loads((tmp_path / "log.json").read_text(encoding="utf-8"))["entries"]) == len(entries)

    save_to(monkeypatch, tmp_path / "log.pub")
    click(qtbot, tab.key_button)
    settle(qtbot, page)
    assert (tmp_path / "log.pub").read_bytes() == page.session.store.log_public_key_bytes()


# ----- keyboard access -----------------------------------------------------------------------
def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text)
    return found.group(1).lower() if found else None


def test_every_action_has_a_mnemonic_and_none_collide(page):
    tab_keys = [_mnemonic(page.tabs.tabText(i)) for i in range(page.tabs.count())]
    assert None not in tab_keys
    for tab in (page.optouts, page.retention, page.requests, page.log):
        buttons = [b.text() for b in tab.findChildren(QAbstractButton) if b.text()]
        labels = [label.text() for label in tab.findChildren(QLabel) if label.buddy() is not None]
        keys = [_mnemonic(text) for text in buttons + labels]
        assert None not in keys, (buttons, labels)
        assert len(keys + tab_keys) == len(set(keys + tab_keys)), keys


def test_actions_wait_while_any_job_of_the_session_runs(qtbot, page):
    release = threading.Event()
    job = page.session.run("elsewhere", lambda _progress: release.wait(30))
    buttons = [page.optouts.record_button, page.retention.cleanup_button, page.requests.erase_button,
               page.log.verify_button]
    assert not any(button.isEnabled() for button in buttons)
    release.set()
    finish(qtbot, job)
    assert all(button.isEnabled() for button in buttons)
