"""The first steps of a pilot, each ticked from what the project holds and what its log records.

A new user's Overview needs a next step; a returning one needs to see how far
the pilot got.  Every tick comes from the project itself (tables, the stored
model and segments, the log's entries), never from which screens were opened,
so the list reads the same on any computer and after any restart.  Counts only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from prevista.privacy.schema import Action, Meta, Table, TableKind
from prevista.privacy.store import ProjectStore

IMPORT_ATTEMPTS = (Action.IMPORT, Action.IMPORT_REFUSED, Action.IMPORT_NOT_CONFIRMED)


class Step(StrEnum):
    IMPORT = "import"  # customer data imported
    REVIEW = "review"  # the import report confirmed: the last import attempt went through
    TRAIN = "train"  # models trained
    SEGMENTS = "segments"  # segments built (at least one of at least k customers)
    ACT = "act"  # a campaign started or an action list prepared


@dataclass(frozen=True)
class ChecklistStep:
    step: Step
    done: bool
    count: int = 0  # the step's figure: customers, warnings confirmed, segments, campaigns and action lists
    problem: str = ""  # the last import attempt's outcome when it did not go through ("import-refused", …)


@dataclass(frozen=True)
class Checklist:
    steps: tuple[ChecklistStep, ...]

    @property
    def next(self) -> Step | None:
        """The first step not done yet (earlier steps first: each needs the one before)."""
        return next((s.step for s in self.steps if not s.done), None)


def _review(entries: Sequence[dict[str, Any]]) -> ChecklistStep:
    """Done when the last import attempt was committed; its confirmed warnings are the figure."""
    last = next((e for e in reversed(entries) if e.get("action") in IMPORT_ATTEMPTS), None)
    if last is None:
        return ChecklistStep(Step.REVIEW, False)
    if last["action"] != Action.IMPORT:
        return ChecklistStep(Step.REVIEW, False, problem=str(last["action"]))
    return ChecklistStep(Step.REVIEW, True, len(last.get("warnings_accepted", ())))


def checklist(store: ProjectStore) -> Checklist:
    """The five steps from import to action; a log that does not verify ticks nothing it alone would vouch for."""
    entries = store.log.entries() if store.log.verify().ok else []
    customers = int(store.table_info(Table.SUBJECTS)["rows"]) if store.has_table(Table.SUBJECTS) else 0
    imported = any(store.has_table(kind.value) and store.table_info(kind.value)["rows"] for kind in TableKind)
    segments = len((store.meta(Meta.SEGMENTS) or {}).get("segments", ()))
    acted = sum(e.get("action") in (Action.CAMPAIGN_STARTED, Action.ACTION_LIST_PREPARED) for e in entries)
    return Checklist((
        ChecklistStep(Step.IMPORT, imported, customers),
        _review(entries) if imported else ChecklistStep(Step.REVIEW, False),
        ChecklistStep(Step.TRAIN, store.meta(Meta.MODEL_CARD) is not None),
        ChecklistStep(Step.SEGMENTS, segments > 0, segments),
        ChecklistStep(Step.ACT, acted > 0, acted),
    ))
