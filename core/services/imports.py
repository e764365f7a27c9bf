"""Importing CRM exports: plan (read, detect, check, report), then commit what the user confirmed.

The two steps are separate because a person reads the data-quality report in between; the plan
holds everything the commit needs, so nothing is read twice and nothing is half-applied.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import polars as pl

from prevista.core.ingest.importer import ImportOptions, ImportPlan, ImportResult, conclude_import, plan_import
from prevista.core.ingest.readers import read_source
from prevista.core.ingest.readers.ahead import ReadAhead
from prevista.core.ingest.undo import ImportRecord, UndoPlan, UndoResult, execute_undo, history, plan_undo
from prevista.core.runtime.jobs import Progress
from prevista.core.services.context import ConcernService


class ImportService(ConcernService):
    def plan(self, paths: Sequence[Path], options: ImportOptions, progress: Progress | None = None,
             ahead: ReadAhead | None = None) -> ImportPlan:
        """Read and check the files; nothing is stored yet.  ``ahead``: one of them already being read."""
        return plan_import(self._store, [Path(p) for p in paths], options, progress, ahead)

    def preview(self, path: Path, rows: int) -> pl.DataFrame:
        """The first rows of one export as read, for a person to check the columns against the mapping."""
        return read_source(Path(path)).frame.head(rows)

    def commit(self, plan: ImportPlan, *, accept_warnings: bool, progress: Progress | None = None) -> ImportResult | None:
        """Pseudonymize and store the plan in one commit, or log why not (refused, warnings not accepted).

        The log names the project's operator, whatever the plan's options say: the one who commits is the
        one who imports, and a front end cannot record someone else (the plan's own options are left as the
        front end made them, so it can still tell whether its plan is current)."""
        signed = replace(plan, options=replace(plan.options, operator=self._operator))
        return conclude_import(self._store, signed, accept_warnings=accept_warnings, progress=progress)

    def history(self) -> list[ImportRecord]:
        """Every import that took effect, newest first, as the processing log records it."""
        return history(self._store)

    def plan_undo(self) -> UndoPlan:
        """What undoing the last import would restore and remove; nothing is changed."""
        return plan_undo(self._store)

    def undo(self, plan: UndoPlan) -> UndoResult:
        """Put the data back as before the last import, in one logged commit; objections stay applied."""
        return execute_undo(self._store, plan, operator=self._operator)
