"""The pilot's first steps are ticked from the project's own state: tables, the stored model, the log."""

from __future__ import annotations

from prevista.core.analytics.training import TrainOptions, train
from prevista.core.demo.run import demo_files
from prevista.core.ingest.importer import ImportOptions, run_import
from prevista.core.reports.checklist import Step, checklist
from prevista.privacy.store import ProjectStore

OPTIONS = ImportOptions(operator="t", keep_identities=True)


def _done(store: ProjectStore) -> dict[Step, bool]:
    return {item.step: item.done for item in checklist(store).steps}


def test_each_step_ticks_from_the_project_and_an_unconfirmed_import_reopens_the_review(store: ProjectStore) -> None:
    assert not any(_done(store).values()) and checklist(store).next is Step.IMPORT
    plan, result = run_import(store, demo_files("hubspot"), OPTIONS, accept_warnings=False)
    assert plan.report.warnings and result is None  # the demo's warnings need a yes: nothing is imported yet
    assert checklist(store).next is Step.IMPORT
    run_import(store, demo_files("hubspot"), OPTIONS, accept_warnings=True)
    steps = {item.step: item for item in checklist(store).steps}
    assert steps[Step.IMPORT].done and steps[Step.IMPORT].count == 500
    assert steps[Step.REVIEW].done and steps[Step.REVIEW].count == len(plan.report.warnings)
    assert checklist(store).next is Step.TRAIN
    run_import(store, demo_files("hubspot"), OPTIONS, accept_warnings=False)  # a later export, its report not confirmed
    review = next(item for item in checklist(store).steps if item.step is Step.REVIEW)
    assert not review.done and review.problem == "import-not-confirmed" and checklist(store).next is Step.REVIEW
    run_import(store, demo_files("hubspot"), OPTIONS, accept_warnings=True)
    train(store, TrainOptions(operator="t"))
    assert _done(store) == {Step.IMPORT: True, Step.REVIEW: True, Step.TRAIN: True, Step.SEGMENTS: True,
                            Step.ACT: False}
    assert checklist(store).next is Step.ACT
