"""The import wizard takes a help desk's ticket log without a customer column, saying what it is for."""

from __future__ import annotations

from pathlib import Path

import pytest

from prevista.gui.screens.import_wizard import COMMIT, DONE, REPORT, ImportPage
from prevista.privacy.schema import KEY, TableKind
from tests.core.test_ticket_log_without_customers import help_desk_log
from tests.gui.test_import_wizard import _choose, _import, _next, page  # noqa: F401 - page is a fixture


def test_a_ticket_log_without_customers_goes_through_with_a_note(qtbot, page: ImportPage,  # noqa: F811
                                                                 monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    log = help_desk_log(tmp_path / "helpdesk.csv")
    _choose(page, monkeypatch, [log])
    _next(qtbot, page)
    assert "No column names the customer" in page.mapping.summary.text()
    assert page.mapping.stored_as("Ticket number") == "dropped"
    _next(qtbot, page)
    assert page.steps.currentIndex() == REPORT and page.report.ready()
    assert "Import refused" not in page.report.verdict.text() and not page.report.confirm.isVisible()
    assert "no customer column" in page.report.findings.text()
    assert "feed the support-load forecast" in page.report.findings.text()
    _next(qtbot, page)
    assert page.steps.currentIndex() == COMMIT
    _import(qtbot, page)
    stored = page.session.store.read_table(TableKind.INTERACTIONS)
    assert page.steps.currentIndex() == DONE
    assert f"{stored.height} tickets name no customer" in page.done.result.text()
    assert stored[KEY].null_count() == stored.height
    assert page.session.store.log.entries()[-1]["counts"]["tickets_without_customer"] == stored.height
