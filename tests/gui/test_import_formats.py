"""The import wizard's format choice: how a date or number column is written, chosen like a role."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import polars as pl
import pytest
from PySide6.QtCore import QLocale

from prevista.core.ingest.mapping import shape_key
from prevista.core.project.lifecycle import create_project
from prevista.gui import dialogs
from prevista.gui.screens.import_wizard import DONE, ImportPage
from prevista.privacy.kdf import KdfParams
from prevista.privacy.schema import Meta, TableKind
from tests.conftest import PASSPHRASE
from tests.gui.conftest import finish, shown_page
from tests.gui.pseudo_locale import unmarked

MONTH_FIRST = "%m/%d/%Y"
HEADER = ["Customer ID", "Signup", "Plan"]


def _export(path: Path, last_signup: str | None = None) -> Path:
    """A semicolon-separated export (so core guesses day-first) of 60 customers whose signups read either way (01/02/2024: 1 February or 2 January), never both ways round;
    ``last_signup`` replaces the last customer's, after the rows the preview shows."""
    signups = [f"{1 + n % 12:02d}/{1 + (n + 1) % 12:02d}/2024" for n in range(60)]
    if last_signup is not None:
        signups[-1] = last_signup
    rows = "\n".join(f"C{n};{signup};{'Pro' if n % 3 else 'Basic'}" for n, signup in enumerate(signups))
    path.write_text(";".join(HEADER) + "\n" + rows + "\n", encoding="utf-8")
    return path


@pytest.fixture
def page(qtbot, tmp_path: Path) -> Iterator[ImportPage]:
    """The wizard over a fresh project, in a British window (the examples spell out the month)."""
    locale = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    path = tmp_path / "fresh"
    create_project(path, PASSPHRASE, operator="t", kdf=KdfParams.minimum())
    yield shown_page(qtbot, ImportPage, path)
    QLocale.setDefault(locale)


def _plan(qtbot, page: ImportPage, monkeypatch: pytest.MonkeyPatch, export: Path) -> None:
    monkeypatch.setattr(dialogs, "open_paths", lambda *_args: [export])
    page.files.add_button.click()
    page.next_button.click()
    finish(qtbot, page.jobs.job)


def _choose_format(qtbot, page: ImportPage, column: str, fmt: str) -> None:
    combo = page.mapping.format_combo(column)
    combo.setCurrentIndex(combo.findData(fmt))
    finish(qtbot, page.jobs.job)


def _ambiguous(page: ImportPage) -> list[str]:
    return [f.column or "" for f in page.plan.report.warnings if f.code == "ambiguous-format"]


def test_choosing_month_first_reads_the_dates_that_way(qtbot, page, monkeypatch, tmp_path):
    _plan(qtbot, page, monkeypatch, _export(tmp_path / "members.csv"))
    combo = page.mapping.format_combo("Signup")
    assert combo.isVisible() and not page.mapping.format_combo("Plan").isVisible()
    assert _ambiguous(page) == ["Signup"] and combo.currentData() == "%d/%m/%Y"  # the semicolons' European guess
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert set(offered[:2]) == {"%d/%m/%Y", MONTH_FIRST} and len(offered) > 20  # the two that read every value first
    assert "1 February 2024" in combo.currentText() and "2 January 2024" in combo.itemText(offered.index(MONTH_FIRST))
    assert "→" in combo.itemText(combo.findData("%Y-%m-%d")) and "%" not in combo.currentText()
    _choose_format(qtbot, page, "Signup", MONTH_FIRST)
    assert page.plan.options.formats == {"Signup": MONTH_FIRST} and _ambiguous(page) == []
    assert page.mapping.format_combo("Signup").currentData() == MONTH_FIRST
    page.next_button.click()
    if page.report.confirm.isVisible():
        page.report.confirm.setChecked(True)
    page.next_button.click()
    page.commit.purpose.setText("Format test")
    page.commit.import_button.click()
    finish(qtbot, page.jobs.job)
    assert page.steps.currentIndex() == DONE
    store = page.session.store
    signups = set(store.read_table(TableKind.CUSTOMERS)["Signup"].cast(pl.Date).to_list())
    assert date(2024, 1, 2) in signups and date(2024, 2, 1) not in signups  # 01/02/2024 read month-first
    saved = store.meta(Meta.MAPPINGS, {})[shape_key(HEADER)]
    signup = next(c for c in saved["columns"] if c["column"] == "Signup")
    assert signup["fmt"] == MONTH_FIRST and not signup["ambiguous"]  # the next import of this layout asks nothing
    entry = store.log.entries()[-1]
    assert entry["action"] == "import" and "ambiguous-format" not in entry["warnings_accepted"]


def test_a_format_that_cannot_read_a_value_is_refused_with_its_row(qtbot, page, monkeypatch, tmp_path):
    _plan(qtbot, page, monkeypatch, _export(tmp_path / "members.csv", last_signup="25/12/2024"))
    assert _ambiguous(page) == [] and page.mapping.format_combo("Signup").currentData() == "%d/%m/%Y"
    _choose_format(qtbot, page, "Signup", MONTH_FIRST)  # the preview's 20 rows read month-first too
    refused = [f for f in page.plan.report.refusals if f.code == "unparseable"]
    assert [f.column for f in refused] == ["Signup"] and refused[0].count == 1
    page.next_button.click()
    shown = page.report.findings.text()
    assert "Signup" in shown and "61" in shown and "MM/DD/YYYY" in shown and "%" not in shown
    assert not page.next_button.isEnabled() and not page.commit.import_button.isEnabled()


def test_the_columns_step_says_where_its_roles_came_from_in_the_window_language(qtbot, page, monkeypatch, tmp_path,
                                                                               marked):
    """The summary above the preview names the CRM template and the mapping's source in words, and the data's
    dates and counts the locale's way: core's identifiers ("generic", "detected") never show."""
    _plan(qtbot, page, monkeypatch, _export(tmp_path / "members.csv"))
    _choose_format(qtbot, page, "Signup", MONTH_FIRST)
    summary = page.mapping.summary.text()
    assert "⟦generic⟧" in summary and "⟦detected⟧" in summary and "changed by you⟧" in summary, summary
    assert not re.search(r"\d{4}-\d{2}-\d{2}", summary), summary  # human dates, not ISO
    assert not [part for part in unmarked(summary) if re.search(r"[A-Za-z]{3,}", part.replace("members.csv", ""))]
