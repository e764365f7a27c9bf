"""Reports for the DPO and the client: gathered, then written, in one call per report.

Gathering and writing used to be composed by each front end; here a report is one use case,
so the file is written first and the log entry follows only once it exists (core/reports/output.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import polars as pl

from prevista.core.analytics.release import dashboard
from prevista.core.project.settings import settings
from prevista.core.reports import art30, pilot
from prevista.core.reports.art30 import Art30Record
from prevista.core.reports.language import Translate, english
from prevista.core.reports.output import FORMATS
from prevista.core.reports.pilot import PilotReport
from prevista.core.reports.reidentification import ReidentificationRisk, reidentification_risk
from prevista.core.reports.tables import export_image, export_table, segment_table
from prevista.core.runtime.jobs import Progress, step
from prevista.core.services.context import ConcernService
from prevista.privacy.errors import ParameterError, PrevistaError


class Report(StrEnum):
    ART30 = "art30"  # record of processing activities (GDPR Art. 30)
    PILOT = "pilot"  # the pilot report for the client


GATHERING = {Report.ART30: "Reading the processing log", Report.PILOT: "Summing up the pilot's figures"}


@dataclass(frozen=True)
class PilotPreview:
    """What the reports screen shows before anything is saved: the pilot report's figures and the risk."""

    report: PilotReport
    risk: ReidentificationRisk


class ReportService(ConcernService):
    def gather(self, report: Report, progress: Progress | None = None) -> Art30Record | PilotReport:
        """The report's content (aggregates only), for showing on screen or as JSON."""
        report = Report(report)
        (progress or Progress()).report(0.0, GATHERING[report])
        return art30.record_of_processing(self._store) if report is Report.ART30 else pilot.pilot_report(self._store)

    def missing_settings(self, report: Report) -> tuple[str, ...]:
        """The project settings the report would print as "not configured" (only the Art. 30 record has any)."""
        return art30.missing_settings(settings(self._store)) if Report(report) is Report.ART30 else ()

    def write(self, report: Report, path: Path, fmt: str, progress: Progress | None = None,
              translate: Translate = english) -> Path:
        """Gather and write the report as PDF or HTML, in the reader's language through ``translate``; logged once
        the file exists."""
        if fmt not in FORMATS:
            raise ParameterError(f"A report is written as {' or '.join(FORMATS)}, not {fmt!r}.")
        progress = progress or Progress()
        content = self.gather(report, progress.slice(0.0, 0.6))
        progress.report(0.6, "Writing the file")
        if isinstance(content, Art30Record):
            return art30.write_record(self._store, content, Path(path), fmt, operator=self._operator,
                                      translate=translate)
        return pilot.write_report(self._store, content, Path(path), fmt, operator=self._operator, translate=translate)

    def export_segments(self, path: Path) -> Path:
        """The released segment board, actions included, as CSV or Excel."""
        board = dashboard(self._store)
        if not board.segments:
            raise PrevistaError("No segment has at least k customers, so there is nothing to export.")
        return export_table(self._store, segment_table(board), Path(path), what="the segment table",
                            operator=self._operator)

    def export_table(self, frame: pl.DataFrame, path: Path, what: str) -> Path:
        """A table a screen shows (its figures already released) as CSV or Excel, logged."""
        return export_table(self._store, frame, Path(path), what=what, operator=self._operator)

    def export_image(self, png: bytes, path: Path, what: str) -> Path:
        """A chart a screen shows, as PNG, logged."""
        return export_image(self._store, png, Path(path), what=what, operator=self._operator)

    def reidentification_risk(self, progress: Progress | None = None) -> ReidentificationRisk:
        with step(progress, "Measuring the re-identification risk"):
            return reidentification_risk(self._store)

    def pilot_preview(self, progress: Progress | None = None) -> PilotPreview:
        """The pilot report's figures and the re-identification risk, read in one job."""
        progress = progress or Progress()
        progress.report(0.0, GATHERING[Report.PILOT])
        report = pilot.pilot_report(self._store)
        return PilotPreview(report, self.reidentification_risk(progress.slice(0.7, 1.0)))
