"""The import wizard: files → preview and roles → quality report → purpose → one logged commit."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from prevista.core.demo.run import demo_files
from prevista.core.project.lifecycle import create_project
from prevista.core.reports.status import project_status
from prevista.gui import dialogs
from prevista.gui.screens.import_wizard import COMMIT, DONE, FILES, MAPPING, REPORT, ImportPage
from prevista.privacy.kdf import KdfParams
from prevista.privacy.processing_log import LEGAL_BASES
from prevista.privacy.schema import Role, Table
from tests.conftest import PASSPHRASE
from tests.gui.conftest import finish, shown_page

CONTACTS = demo_files("hubspot")[0]


@pytest.fixture
def page(qtbot, tmp_path: Path) -> ImportPage:
    """The wizard over a fresh, empty project."""
    path = tmp_path / "fresh"
    create_project(path, PASSPHRASE, operator="t", kdf=KdfParams.minimum())
    return shown_page(qtbot, ImportPage, path)


def _choose(page: ImportPage, monkeypatch: pytest.MonkeyPatch, paths: list[Path]) -> None:
    monkeypatch.setattr(dialogs, "open_paths", lambda *_args: paths)
    page.files.add_button.click()


def _next(qtbot, page: ImportPage) -> None:
    """Press Next and wait for the planning job it may start."""
    page.next_button.click()
    if page.jobs.job is not None:
        finish(qtbot, page.jobs.job)


def _to_commit_step(qtbot, page: ImportPage) -> None:
    """From the mapping step through the report (confirming its warnings) to the last step."""
    _next(qtbot, page)
    assert page.steps.currentIndex() == REPORT
    if page.report.confirm.isVisible():
        assert not page.next_button.isEnabled()
        page.report.confirm.setChecked(True)
    _next(qtbot, page)
    assert page.steps.currentIndex() == COMMIT


def _import(qtbot, page: ImportPage) -> None:
    page.commit.import_button.click()
    finish(qtbot, page.jobs.job)


def test_demo_import_end_to_end(qtbot, page, monkeypatch):
    _choose(page, monkeypatch, demo_files("hubspot"))
    assert page.files.list.count() == 4
    _next(qtbot, page)
    assert page.steps.currentIndex() == MAPPING
    assert page.mapping.file_choice.count() == 4 and page.mapping.file_choice.currentText() == "contacts.csv"
    assert page.mapping.preview.rowCount() == 20 and "Email" in page.mapping.preview.frame.columns
    assert "customers" in page.mapping.summary.text() and "HubSpot" in page.mapping.summary.text()
    assert page.mapping.role_combo("Email").currentData() == Role.IDENTIFIER.value
    page.mapping.keep_identities.setChecked(True)  # the plan is made again with the identity table on
    finish(qtbot, page.jobs.job)
    assert page.plan.options.keep_identities
    _to_commit_step(qtbot, page)
    assert "500 customers" in page.report.findings.text()
    page.commit.purpose.setText("Churn prevention pilot")
    page.commit.legal_basis.setCurrentIndex(page.commit.legal_basis.findData("contract"))
    page.commit.value.setCurrentIndex(page.commit.value.findData("Monthly Fee"))  # offered: the customers' amounts
    page.commit.currency.setText("usd")
    _import(qtbot, page)
    assert page.steps.currentIndex() == DONE and "Imported 500 customers" in page.done.result.text()
    store = page.session.store
    chosen = page.session.service.settings()
    assert (chosen.value_column, chosen.currency) == ("Monthly Fee", "USD")
    info = project_status(store)
    assert info.customers == 500
    assert set(info.tables) == {"customers", "transactions", "interactions", "usage"}
    assert store.has_table(Table.IDENTITIES)
    entry = store.log.entries()[-1]
    assert entry["action"] == "import" and entry["purpose"] == "Churn prevention pilot"
    assert entry["legal_basis"] == LEGAL_BASES["contract"] and entry["mode"] == "replace"
    assert entry["warnings_accepted"] == ["few-customers"]


def test_a_role_set_to_ignore_is_not_stored(qtbot, page, monkeypatch):
    _choose(page, monkeypatch, [CONTACTS])
    _next(qtbot, page)
    combo = page.mapping.role_combo("Plan")
    assert combo.currentData() == Role.CATEGORY.value
    combo.setCurrentIndex(combo.findData(Role.IGNORE.value))
    finish(qtbot, page.jobs.job)
    assert page.plan.options.roles == {"Plan": Role.IGNORE}
    assert page.mapping.role_combo("Plan") is combo and combo.currentData() == Role.IGNORE.value
    assert page.mapping.stored_as("Plan") == "dropped"
    _to_commit_step(qtbot, page)
    page.commit.append.setChecked(True)
    _import(qtbot, page)
    columns = page.session.store.table_info("customers")["columns"]
    assert "Plan" not in columns and "Seats" in columns
    assert not page.session.store.has_table(Table.IDENTITIES)
    assert page.session.store.log.entries()[-1]["mode"] == "append"


def test_too_few_customers_is_refused_and_nothing_is_imported(qtbot, page, monkeypatch, tmp_path):
    small = tmp_path / "small.csv"
    small.write_text("Customer ID,Name,Plan\n1,Ann,Pro\n2,Bob,Basic\n3,Cy,Pro\n", encoding="utf-8")
    _choose(page, monkeypatch, [small])
    _next(qtbot, page)
    _next(qtbot, page)
    assert page.steps.currentIndex() == REPORT
    assert "only 3 customers" in page.report.findings.text()
    assert "Import refused" in page.report.verdict.text() and page.report.verdict.isVisible()
    assert not page.report.confirm.isVisible()
    assert not page.next_button.isEnabled() and not page.commit.import_button.isEnabled()
    store = page.session.store
    assert project_status(store).tables == {}
    assert all(entry["action"] != "import" for entry in store.log.entries())


def test_special_category_needs_consent_or_ignore(qtbot, page, monkeypatch, tmp_path):
    rows = "\n".join(f"{n},{'yes' if n % 2 else 'no'},{'Pro' if n % 3 else 'Basic'}" for n in range(60))
    export = tmp_path / "members.csv"
    export.write_text(f"Customer ID,Religion,Plan\n{rows}\n", encoding="utf-8")
    _choose(page, monkeypatch, [export])
    _next(qtbot, page)
    _next(qtbot, page)
    assert "special-category" in page.report.findings.text() and not page.next_button.isEnabled()
    shown = page.report.findings.text() + page.report.verdict.text()  # what to do, in the wizard's own words
    assert "Explicit consent recorded" in shown and "Ignore (not imported)" in shown and "--" not in shown
    page.back_button.click()
    page.mapping.consent_box("Religion").setChecked(True)
    finish(qtbot, page.jobs.job)
    assert page.plan.options.allow_special == frozenset({"Religion"})
    _to_commit_step(qtbot, page)
    _import(qtbot, page)
    entry = page.session.store.log.entries()[-1]
    assert entry["special_categories_with_explicit_consent"] == ["religion or belief"]


def test_unreadable_file_shows_cores_message(qtbot, page, monkeypatch, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    _choose(page, monkeypatch, [empty])
    _next(qtbot, page)
    assert page.steps.currentIndex() == FILES
    assert "empty.csv: the file is empty" in page.jobs.banner.text() and page.jobs.banner.isVisible()
    assert page.next_button.isEnabled() and page.plan is None


def test_cancelled_import_changes_nothing(qtbot, page, monkeypatch):
    _choose(page, monkeypatch, demo_files("hubspot"))
    _next(qtbot, page)
    _to_commit_step(qtbot, page)
    entries = len(page.session.store.log.entries())
    page.commit.import_button.click()
    messages: list[str] = []
    page.jobs.job.cancelled.connect(messages.append)
    page.jobs.bar.cancel_button.click()
    finish(qtbot, page.jobs.job)
    assert messages and page.jobs.banner.text() == messages[0]
    store = page.session.store
    assert project_status(store).tables == {} and len(store.log.entries()) == entries
    assert page.steps.currentIndex() == COMMIT and page.commit.import_button.isEnabled()


def test_dropped_files_join_the_list(qtbot, page, tmp_path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(CONTACTS)), QUrl.fromLocalFile(str(tmp_path))])
    event = QDropEvent(QPointF(QPoint(5, 5)), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    page.dropEvent(event)
    assert page.files.paths() == [CONTACTS] and page.next_button.isEnabled()


def test_guest_rows_are_left_out_after_one_confirmation(qtbot, page, monkeypatch, tmp_path):
    from tests.core.test_order_lines import online_retail_frame

    frame = online_retail_frame(customers=120)
    guests = frame.filter(frame["CustomerID"] == "").height
    export = tmp_path / "online_retail.csv"
    frame.write_csv(export)
    _choose(page, monkeypatch, [export])
    _next(qtbot, page)
    _next(qtbot, page)
    assert page.steps.currentIndex() == REPORT and "Import refused" in page.report.verdict.text()
    assert page.report.leave_out.isVisible() and not page.report.leave_out.isChecked()
    assert str(guests) in page.report.leave_out.text() and not page.next_button.isEnabled()
    page.report.leave_out.setChecked(True)  # the one confirmation: the plan is made again without those rows
    finish(qtbot, page.jobs.job)
    assert page.plan.options.skip_rows_without_id and not page.plan.refused
    assert page.report.leave_out.isVisible() and page.report.leave_out.isChecked()
    assert "left out as you chose" in page.report.findings.text()
    assert "cancellation or return lines" in page.report.findings.text()
    if page.report.confirm.isVisible():
        page.report.confirm.setChecked(True)
    _next(qtbot, page)
    assert page.steps.currentIndex() == COMMIT
    _import(qtbot, page)
    assert page.steps.currentIndex() == DONE and f"{guests} rows without a customer ID" in page.done.result.text()
    assert page.session.store.log.entries()[-1]["counts"]["rows_without_id_left_out"] == guests
