"""The pilot's KPI record: a baseline taken once, and a recompute at every import and training.

Stored under ``Meta.PILOT_KPIS`` as ``{"baseline": snapshot | None, "history": [snapshot, ...]}`` (see
:class:`prevista.core.analytics.kpis.KpiSnapshot`; ISO dates), at full precision like the model card: what
people see goes through :func:`prevista.core.analytics.release.released_kpis` against today's k.

The baseline is what the pilot is judged against, so it is never replaced silently: it is taken on request
(logged as ``Action.KPI_BASELINE_TAKEN``; replacing one must be asked for) or, when none exists, at the first
training, named in that training's log entry.  Recomputes ride on the import's or training's own commit, so
the record can never say something the tables it was computed from do not.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any
from weakref import WeakKeyDictionary

from prevista.core.analytics.features import ProjectData
from prevista.core.analytics.kpis import KpiSnapshot, KpiTrend, compute_kpis, trend
from prevista.core.analytics.release import released_kpis
from prevista.core.project.closure import refuse_if_closed
from prevista.core.project.settings import settings
from prevista.privacy.errors import PrevistaError
from prevista.privacy.schema import Action, Meta
from prevista.privacy.store import ProjectStore


@dataclass(frozen=True)
class PilotKpis:
    baseline: KpiSnapshot | None = None
    history: tuple[KpiSnapshot, ...] = ()

    @property
    def latest(self) -> KpiSnapshot | None:
        return self.history[-1] if self.history else self.baseline

    def to_dict(self) -> dict[str, Any]:
        return {"baseline": self.baseline.to_dict() if self.baseline else None,
                "history": [snapshot.to_dict() for snapshot in self.history]}

    @classmethod
    def from_dict(cls, stored: Mapping[str, Any]) -> PilotKpis:
        baseline = stored.get("baseline")
        return cls(KpiSnapshot.from_dict(baseline) if baseline else None,
                   tuple(KpiSnapshot.from_dict(s) for s in stored.get("history", [])))


def pilot_kpis(store: ProjectStore) -> PilotKpis:
    return PilotKpis.from_dict(store.meta(Meta.PILOT_KPIS) or {})  # None once a closed pilot cleared it


def current_kpis(store: ProjectStore, data: ProjectData, now: datetime | None = None) -> KpiSnapshot:
    return compute_kpis(data, support_cost_per_month=settings(store).support_cost_per_month,
                        taken=now or datetime.now(UTC))


@dataclass(frozen=True)
class Recompute:
    """What a commit adds for the KPIs: its ``meta`` entry, and whether it takes the baseline (for its log entry)."""

    meta: dict[str, Any] = field(default_factory=dict)
    baseline_taken: bool = False
    snapshot: KpiSnapshot | None = None

    @property
    def log_details(self) -> dict[str, str]:
        return {"pilot_kpis": "recomputed, baseline taken" if self.baseline_taken else "recomputed"}


def recompute(store: ProjectStore, data: ProjectData, *, take_missing_baseline: bool,
              now: datetime | None = None, known: KpiSnapshot | None = None) -> Recompute:
    """The KPI record with a recompute from ``data`` (the tables the commit writes) appended; with
    ``take_missing_baseline`` (the first training) it also becomes the baseline if there is none yet.  ``known``:
    the KPIs of these very tables, computed before (:func:`as_stored`), taken now."""
    record = pilot_kpis(store)
    taken = now or datetime.now(UTC)
    snapshot = (replace(known, taken=taken.isoformat(timespec="seconds")) if known is not None
                else current_kpis(store, data, taken))
    taking = take_missing_baseline and record.baseline is None
    updated = PilotKpis(snapshot if taking else record.baseline, (*record.history, snapshot))
    return Recompute({Meta.PILOT_KPIS: updated.to_dict()}, taking, snapshot)


# the last KPIs an import committed, by project, with the state of the project they were computed from
_COMMITTED: WeakKeyDictionary[ProjectStore, tuple[str, KpiSnapshot]] = WeakKeyDictionary()


def _state(store: ProjectStore) -> str:
    """What a project's KPIs are computed from: its tables' sealed files (new ones at every write), the schema
    and the setting they read; and the log's head, which any commit moves."""
    return json.dumps([store.log_pointer, {name: store.table_files(name) for name in store.table_names()},
                       store.meta(Meta.SCHEMA), settings(store).support_cost_per_month], sort_keys=True, default=str)


def remember(store: ProjectStore, committed: Recompute) -> None:
    """Keep the KPIs a commit has just stored with the tables they were computed from: a training of those very
    tables in this process (``prevista import --train``) takes them instead of computing them again (1.1–1.9 s
    for four tables of 32M rows)."""
    if committed.snapshot is not None:
        _COMMITTED[store] = (_state(store), committed.snapshot)


def as_stored(store: ProjectStore) -> KpiSnapshot | None:
    """The KPIs :func:`remember` kept, while the project is still as they were computed from."""
    kept = _COMMITTED.get(store)
    return kept[1] if kept is not None and kept[0] == _state(store) else None


def take_baseline(store: ProjectStore, *, operator: str, replace: bool = False,
                  now: datetime | None = None) -> KpiSnapshot:
    """Take the baseline from the data as it is now, in one logged commit; an existing one is replaced only
    when asked (its date and the new one's are both logged)."""
    refuse_if_closed(store)
    record = pilot_kpis(store)
    if record.baseline is not None and not replace:
        raise PrevistaError(f"A KPI baseline was already taken on {record.baseline.taken[:10]} (data up to "
                            f"{record.baseline.as_of or 'a snapshot without dates'}); the pilot is measured against it. "
                            "Replace it only on purpose: prevista kpis --baseline --replace-baseline.")
    snapshot = current_kpis(store, ProjectData.load(store), now)
    updated = PilotKpis(snapshot, (*record.history, snapshot))
    measured = sorted(name for name, kpi in snapshot.kpis.items() if kpi.value is not None)
    store.commit(meta={Meta.PILOT_KPIS: updated.to_dict()},
                 log_record={"action": Action.KPI_BASELINE_TAKEN, "operator": operator,
                             "details": {"data_up_to": snapshot.as_of, "kpis_measured": measured,
                                         "replaced_baseline_of": record.baseline.taken if record.baseline else None}})
    return snapshot


@dataclass(frozen=True)
class KpiView:
    """The KPIs as shown: the baseline's and the latest recompute's dates, and each KPI then, now and the change."""

    baseline_taken: str | None
    baseline_as_of: str | None
    now_taken: str
    now_as_of: str | None
    now_recorded: bool  # False: computed for this view, not yet recorded by an import or training
    recomputes: int
    rows: tuple[KpiTrend, ...] = ()


def kpi_view(store: ProjectStore, data: ProjectData | None = None) -> KpiView:
    """Released against today's k; with no recompute recorded yet (a project from before KPIs existed), the
    figures of the data as it is now, marked as not recorded."""
    record = pilot_kpis(store)
    k = settings(store).min_segment_size
    latest = record.latest
    recorded = latest is not None
    if latest is None:
        latest = current_kpis(store, data or ProjectData.load(store))
    baseline = released_kpis(record.baseline, k) if record.baseline else None
    return KpiView(record.baseline.taken if record.baseline else None,
                   record.baseline.as_of if record.baseline else None,
                   latest.taken, latest.as_of, recorded, len(record.history),
                   trend(baseline, released_kpis(latest, k)))
