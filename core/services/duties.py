"""The GDPR duties behind one object: opt-outs, action lists, retention, access and erasure, handover.

Destructive steps come as plan, then execute: the front end shows the plan (counts only), asks,
and executes exactly what it showed; a plan refuses to run if the project changed meanwhile.
Parameters are checked by the core step each method runs (one place for CLI and GUI alike), and
every result is a frozen dataclass the front ends read by attribute.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path

from prevista.core.duties.action_list import ActionList, prepare_action_list
from prevista.core.duties.dsar import (
    AccessWritten,
    ErasurePlan,
    ErasureResult,
    access_request,
    execute_erasure,
    plan_erasure,
)
from prevista.core.duties.optouts import (
    OptOutsRecorded,
    ReConsent,
    RegisterSummary,
    Requests,
    record_optouts,
    register_summary,
    requests_from_file,
    withdraw_optouts,
)
from prevista.core.duties.retention import (
    CleanupResult,
    Deadlines,
    PolicySet,
    RetentionDue,
    RetentionPlan,
    RetentionPolicy,
    check_policy,
    deadlines,
    due_in,
    execute_retention,
    plan_retention,
    policies,
    set_policy,
)
from prevista.core.handover.bundle import HandoverBundle, PilotClosed, check_ready_to_close, close_pilot, write_bundle
from prevista.core.runtime.jobs import Progress, step
from prevista.core.services.context import ConcernService


def optout_requests(ids: Sequence[str] = (), emails: Sequence[str] = (), files: Sequence[Path] = (),
                    progress: Progress | None = None) -> Requests:
    """One request from IDs, addresses and any number of list files, recorded (and logged) in one step;
    refused when it names nobody."""
    from_files: list[Requests] = []
    with step(progress, "Reading the opt-out lists") as reading:
        for done, path in enumerate(files):
            reading.report(done / len(files), f"Reading {Path(path).name}")
            from_files.append(requests_from_file(Path(path)))
    return Requests(ids=(*ids, *(i for r in from_files for i in r.ids)),
                    emails=(*emails, *(e for r in from_files for e in r.emails)))


class DutiesService(ConcernService):
    # ----- opt-outs (right to object) ---------------------------------------------------------
    def optout_register(self) -> RegisterSummary:
        return register_summary(self._store)

    def record_optouts(self, requests: Requests, *, source: str = "manual",
                       progress: Progress | None = None) -> OptOutsRecorded:
        """Removes the people's data everywhere at once and keeps them out of later imports."""
        with step(progress, "Recording the objections"):
            return record_optouts(self._store, requests, operator=self._operator, source=source)

    def withdraw_optouts(self, requests: Requests, progress: Progress | None = None) -> ReConsent:
        with step(progress, "Recording the re-consent"):
            return withdraw_optouts(self._store, requests, operator=self._operator)

    # ----- action lists -----------------------------------------------------------------------
    def prepare_action_list(self, *, segment: int, purpose: str, out: Path, legal_basis: str = "legitimate-interest",
                            top: int | None = None, progress: Progress | None = None) -> ActionList:
        with step(progress, "Preparing the action list"):
            return prepare_action_list(self._store, segment=segment, purpose=purpose, operator=self._operator,
                                       out=Path(out), legal_basis=legal_basis, top=top)

    # ----- retention --------------------------------------------------------------------------
    def retention_policies(self) -> Mapping[str, RetentionPolicy]:
        return policies(self._store)

    def set_retention(self, changes: Mapping[str, RetentionPolicy],
                      progress: Progress | None = None) -> tuple[PolicySet, ...]:
        """One table's limit, or several from one form: all are checked before the first is saved, and each
        change is logged on its own, with the period it replaces."""
        for table, policy in changes.items():
            check_policy(table, policy.months, policy.basis)
        with step(progress, "Saving the retention policies"):
            return tuple(set_policy(self._store, table, policy.months, policy.basis, operator=self._operator)
                         for table, policy in changes.items())

    def retention_deadlines(self, now: datetime | None = None,
                            progress: Progress | None = None) -> tuple[Deadlines, RetentionDue]:
        """The deadline view and its "cleanup due" summary from one scan of the tables."""
        with step(progress, "Reading retention deadlines"):
            view = deadlines(self._store, now)
            return view, due_in(view)

    def plan_retention(self, now: datetime | None = None, progress: Progress | None = None) -> RetentionPlan:
        with step(progress, "Working out what has expired"):
            return plan_retention(self._store, now)

    def execute_retention(self, plan: RetentionPlan, progress: Progress | None = None) -> CleanupResult:
        with step(progress, "Deleting expired data"):
            return execute_retention(self._store, plan, operator=self._operator)

    # ----- data-subject requests --------------------------------------------------------------
    def access_request(self, customer_id: str, out: Path, progress: Progress | None = None) -> AccessWritten:
        """Writes the report for the person to ``out``; only counts come back (the data stays in the file)."""
        with step(progress, "Collecting this person's data"):
            report = access_request(self._store, customer_id, operator=self._operator, out=Path(out))
            return report.written_to(Path(out))

    def plan_erasure(self, customer_id: str, progress: Progress | None = None) -> ErasurePlan:
        with step(progress, "Finding this person's data"):
            return plan_erasure(self._store, customer_id)

    def execute_erasure(self, plan: ErasurePlan, progress: Progress | None = None) -> ErasureResult:
        with step(progress, "Erasing"):
            return execute_erasure(self._store, plan, operator=self._operator)

    # ----- end of a pilot ---------------------------------------------------------------------
    def write_handover(self, out: Path, progress: Progress | None = None) -> HandoverBundle:
        with step(progress, "Writing the handover bundle"):
            return write_bundle(self._store, Path(out), operator=self._operator)

    def check_handover(self, bundle: Path) -> str:
        """Refuses a missing, foreign, altered or outdated bundle, or a folder holding files Prevista did not
        write, before anything is erased."""
        return check_ready_to_close(self._store, Path(bundle))

    def close_pilot(self, bundle: Path, progress: Progress | None = None) -> PilotClosed:
        with step(progress, "Closing the pilot"):
            return close_pilot(self._store, Path(bundle), operator=self._operator)
