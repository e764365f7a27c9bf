"""The pilot's KPIs for every front end: baseline, latest recompute and the change since the baseline."""

from __future__ import annotations

from prevista.core.analytics.kpi_record import KpiView, kpi_view, take_baseline
from prevista.core.runtime.jobs import Progress, step
from prevista.core.services.context import ConcernService


class PilotService(ConcernService):
    def kpis(self, progress: Progress | None = None) -> KpiView:
        """Released against today's k; reads the record, or computes the figures when none is recorded yet."""
        with step(progress, "Reading the pilot KPIs"):
            return kpi_view(self._store)

    def take_baseline(self, replace: bool = False, progress: Progress | None = None) -> KpiView:
        """Takes the baseline from the data as it is now (logged); an existing one only with ``replace``."""
        with step(progress, "Taking the KPI baseline"):
            take_baseline(self._store, operator=self._operator, replace=replace)
            return kpi_view(self._store)
