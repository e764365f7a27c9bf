"""The Overview's checklist: each step ticked from the project, the next one highlighted, each leading to its screen."""

from __future__ import annotations

from pathlib import Path

from prevista.core.analytics.release import dashboard
from prevista.core.project.lifecycle import create_project, open_project
from prevista.core.reports.checklist import Step
from prevista.gui.screens.overview import OverviewPage
from prevista.privacy.kdf import KdfParams
from tests.conftest import PASSPHRASE
from tests.gui.conftest import settle, shown_page


def _page(qtbot, path: Path) -> OverviewPage:
    page = shown_page(qtbot, OverviewPage, path)
    settle(qtbot, page.session)
    return page


def _ticks(page: OverviewPage) -> dict[Step, str]:
    return {step: row.tick.text() for step, row in page.steps.items()}


def _goes_to(qtbot, page: OverviewPage, step: Step) -> str:
    with qtbot.waitSignal(page.navigate) as went:
        page.steps[step].button.click()
    return went.args[0]


def test_a_new_project_points_at_the_import(qtbot, tmp_path: Path) -> None:
    create_project(tmp_path / "new", PASSPHRASE, operator="tester", kdf=KdfParams.minimum())
    page = _page(qtbot, tmp_path / "new")
    assert page.checklist_box.isVisibleTo(page) and not page.closed_box.isVisibleTo(page)
    assert _ticks(page) == {Step.IMPORT: "➜", Step.REVIEW: "○", Step.TRAIN: "○", Step.SEGMENTS: "○", Step.ACT: "○"}
    row = page.steps[Step.IMPORT]
    assert row.title.font().bold() and row.button.isDefault()
    assert not any(r.title.font().bold() for step, r in page.steps.items() if step is not Step.IMPORT)
    assert [_goes_to(qtbot, page, step) for step in Step] == ["import", "import", "models", "segments", "campaigns"]


def test_an_imported_project_points_at_training(qtbot, imported_project: Path) -> None:
    page = _page(qtbot, imported_project)
    assert _ticks(page) == {Step.IMPORT: "✓", Step.REVIEW: "✓", Step.TRAIN: "➜", Step.SEGMENTS: "○", Step.ACT: "○"}
    assert page.steps[Step.IMPORT].detail.text() == "Customers imported: 500"
    assert page.steps[Step.TRAIN].button.isDefault()


def test_a_trained_project_points_at_acting_and_an_action_list_completes_it(qtbot, trained_project: Path,
                                                                            tmp_path: Path) -> None:
    page = _page(qtbot, trained_project)
    assert _ticks(page) == {Step.IMPORT: "✓", Step.REVIEW: "✓", Step.TRAIN: "✓", Step.SEGMENTS: "✓", Step.ACT: "➜"}
    segments = dashboard(open_project(trained_project, PASSPHRASE)).segments
    assert page.steps[Step.SEGMENTS].detail.text() == f"Segments: {len(segments)}"
    page.session.service.duties.prepare_action_list(segment=segments[0].segment, purpose="retention call",
                                                    out=tmp_path / "list.csv")
    page.refresh()
    settle(qtbot, page.session)
    assert set(_ticks(page).values()) == {"✓"} and not any(r.button.isDefault() for r in page.steps.values())
