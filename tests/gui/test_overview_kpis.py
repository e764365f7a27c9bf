"""The Overview page's KPI panel: baseline and now from the pilot service, and a baseline taken as a job."""

from __future__ import annotations

from prevista.core.analytics.kpi_record import kpi_view, pilot_kpis
from prevista.core.analytics.kpis import shown
from prevista.core.project.lifecycle import open_project
from prevista.gui import dialogs
from prevista.gui.screens.overview import OverviewPage
from prevista.privacy.schema import Action
from tests.conftest import PASSPHRASE
from tests.gui.conftest import finish, shown_page


def test_take_baseline_now_records_it_and_the_panel_shows_it(qtbot, imported_project, monkeypatch):
    page = shown_page(qtbot, OverviewPage, imported_project)
    finish(qtbot, page.jobs.job)
    assert page.kpis is not None and page.kpis.baseline_taken is None  # imported, never trained
    assert page.kpi_table.rowCount() == len(page.kpis.rows)
    page.baseline_button.click()
    finish(qtbot, page.jobs.job)
    store = open_project(imported_project, PASSPHRASE)
    assert pilot_kpis(store).baseline is not None
    assert store.log.entries()[-1]["action"] == Action.KPI_BASELINE_TAKEN
    expected = kpi_view(store).rows
    churn = next(i for i, row in enumerate(expected) if row.name == "churn_rate")
    assert page.kpi_table.index(churn, 1).data() == shown(expected[churn].measure, expected[churn].baseline) != "—"
    assert page.kpi_table.index(churn, 3).data() == "+0 points"
    assert "Cost per ticket" in page.kpi_missing.text()  # no support cost entered in the demo

    monkeypatch.setattr(dialogs, "confirm", lambda *_args: False)  # a second baseline is asked for, and declined
    page.baseline_button.click()
    assert page.jobs.job is None
    assert len(open_project(imported_project, PASSPHRASE).log.entries()) == len(store.log.entries())
    assert pilot_kpis(open_project(imported_project, PASSPHRASE)).baseline == pilot_kpis(store).baseline
