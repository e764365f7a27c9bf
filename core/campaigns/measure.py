"""Measuring a campaign: outcomes of both arms since the start, their difference, per campaign and segment.

Measured again at every request from the data as it is now, so a later export sharpens the result and
people who objected since the start are no longer counted.  Every figure describes at least k customers in
each arm and is released at the usual precision; a smaller arm gets a reason instead of a number.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from typing import Any

import polars as pl

from prevista.core.analytics.features import ProjectData
from prevista.core.analytics.stored import json_form
from prevista.core.campaigns.outcomes import dated_window, member_outcomes, snapshot_outcomes
from prevista.core.campaigns.record import Campaign, campaign, contacts, measured, members, with_campaign
from prevista.core.campaigns.uplift import Effect, Outcome, among_reached, effect, released
from prevista.core.duties.logged import commit_logged
from prevista.core.project.settings import settings
from prevista.privacy import disclosure
from prevista.privacy.catalogue import QT_TRANSLATE_NOOP
from prevista.privacy.schema import KEY, Action, TableKind
from prevista.privacy.store import ProjectStore

NO_DATA_SINCE = QT_TRANSLATE_NOOP("Campaigns", "No data after the start ({0}) yet: import the next exports, then "
                                  "measure again.")
NO_EXPORT_SINCE = QT_TRANSLATE_NOOP("Campaigns", "No customers export imported since the start ({0}): a snapshot shows "
                                    "churn only in a later export.")
NO_LABEL = QT_TRANSLATE_NOOP("Campaigns", "The customers export has no churn label to measure churn by.")
FROM_LABEL = QT_TRANSLATE_NOOP("Campaigns", "the churn label in the latest customers export")
FEW_IN_ARM = QT_TRANSLATE_NOOP("Campaigns", "fewer than {0} customers in an arm")
NOTHING_PUBLISHED = QT_TRANSLATE_NOOP("Campaigns", "Fewer than {0} customers in an arm: nothing can be published.")


@dataclass(frozen=True)
class SegmentResult:
    segment: int
    treated: int
    control: int
    effects: tuple[Effect, ...] = ()
    withheld: str | None = None


@dataclass(frozen=True)
class Measurement:
    """The latest result of a campaign, as released; ``withheld`` says why there is no figure yet."""

    campaign: int
    measured: str  # ISO timestamp
    window_start: str | None
    window_end: str | None
    churn_source: str | None
    treated: int
    control: int
    effects: tuple[Effect, ...] = ()
    reached_share: float | None = None
    among_reached: tuple[Effect, ...] = ()
    segments: tuple[SegmentResult, ...] = ()
    withheld: str | None = None

    @property
    def headline(self) -> str:
        return self.withheld or next((e.verdict for e in self.effects if e.outcome == Outcome.CHURN.value), "")

    def to_dict(self) -> dict[str, Any]:
        form: dict[str, Any] = json_form(self)
        return form

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Measurement:
        return cls(**{**data, "effects": _effects(data["effects"]), "among_reached": _effects(data["among_reached"]),
                      "segments": tuple(SegmentResult(**{**s, "effects": _effects(s["effects"])})
                                        for s in data["segments"])})


def _effects(rows: Sequence[Mapping[str, Any]]) -> tuple[Effect, ...]:
    return tuple(Effect(**row) for row in rows)


@dataclass(frozen=True)
class _Arms:
    outcomes: pl.DataFrame = field(repr=False)  # customer_key, treated, segment, one column per outcome

    def counts(self, frame: pl.DataFrame | None = None) -> tuple[int, int]:
        frame = self.outcomes if frame is None else frame
        treated = int(frame["treated"].sum())
        return treated, frame.height - treated

    def effects(self, frame: pl.DataFrame) -> tuple[Effect, ...]:
        treated, control = frame.filter(pl.col("treated")), frame.filter(~pl.col("treated"))
        return tuple(released(effect(outcome, treated[outcome.value].to_numpy(), control[outcome.value].to_numpy()))
                     for outcome in Outcome if outcome.value in frame.columns)


def _outcomes(store: ProjectStore, found: Campaign, people: pl.DataFrame) -> tuple[pl.DataFrame | None, str, str | None,
                                                                                   date | None]:
    """(member outcomes or None, why not / how churn was read, window end)."""
    data = ProjectData.load(store)
    start = date.fromisoformat(found.start)
    if data.has_history:
        window = dated_window(data, start)
        if window is None:
            return None, NO_DATA_SINCE.format(found.start), None, None
        return member_outcomes(data, people[KEY], window), "", window.how, window.end
    imported = store.table_info(TableKind.CUSTOMERS.value).get("updated", "") if store.has_table(
        TableKind.CUSTOMERS.value) else ""
    if imported[:10] <= found.start:
        return None, NO_EXPORT_SINCE.format(found.start), None, None
    frame = snapshot_outcomes(data, people[KEY])
    if frame is None:
        return None, NO_LABEL, None, None
    return frame, "", FROM_LABEL, None


def _segment_results(arms: _Arms, segments: Sequence[int], k: int) -> tuple[SegmentResult, ...]:
    results = []
    for segment in segments:
        frame = arms.outcomes.filter(pl.col("segment") == segment)
        if frame.is_empty():  # all of it was in an earlier campaign, or has objected since
            continue
        treated, control = arms.counts(frame)
        if min(treated, control) < k:
            results.append(SegmentResult(segment, disclosure.count(treated), disclosure.count(control),
                                         withheld=FEW_IN_ARM.format(k)))
        else:
            results.append(SegmentResult(segment, disclosure.count(treated), disclosure.count(control),
                                         arms.effects(frame)))
    return tuple(results)


def _reached(store: ProjectStore, found: Campaign, frame: pl.DataFrame, k: int) -> float | None:
    """Share of the treated whom the CRM reports as reached; None without an outcome file (or < k reached)."""
    reported = contacts(store).filter(pl.col("campaign") == found.id)
    treated = frame.filter(pl.col("treated"))
    if reported.is_empty() or treated.is_empty():
        return None
    reached = int(treated.join(reported.filter(pl.col("reached")), on=KEY, how="semi").height)
    return reached / treated.height if reached >= k else None


def measure(store: ProjectStore, campaign_id: int, now: datetime | None = None) -> Measurement:
    found = campaign(store, campaign_id)
    k = settings(store).min_segment_size
    people = members(store, campaign_id)
    stamp = (now or datetime.now(timezone.utc)).isoformat(timespec="seconds")
    frame, reason, how, end = _outcomes(store, found, people)
    arms = _Arms(people.select(KEY, "treated", "segment") if frame is None else
                 frame.join(people.select(KEY, "treated", "segment"), on=KEY, how="inner", maintain_order="left"))
    treated, control = arms.counts()
    shown = Measurement(campaign_id, stamp, found.start, None if end is None else end.isoformat(), how,
                        disclosure.count(treated), disclosure.count(control))
    if frame is None:
        return replace(shown, withheld=reason)
    if min(treated, control) < max(k, 2):
        return replace(shown, withheld=NOTHING_PUBLISHED.format(k))
    effects = arms.effects(arms.outcomes)
    share = _reached(store, found, arms.outcomes, k)
    reached = () if share is None else tuple(e for e in (among_reached(x, share) for x in effects) if e is not None)
    return replace(shown, effects=effects, reached_share=disclosure.rate(share),
                   among_reached=tuple(released(e) for e in reached), segments=_segment_results(arms, found.segments, k))


@dataclass(frozen=True)
class Measured:
    measurement: Measurement
    log_entry: int


def measure_and_record(store: ProjectStore, campaign_id: int, *, operator: str,
                       now: datetime | None = None) -> Measured:
    """Measure and keep the result with the campaign (the pilot report and the bundle read it), logged."""
    result = measure(store, campaign_id, now)
    found = campaign(store, campaign_id)
    entry = commit_logged(store, {
        "action": Action.CAMPAIGN_MEASURED, "operator": operator, "purpose": found.purpose,
        "legal_basis": found.legal_basis, "campaign": {"id": campaign_id, "window_end": result.window_end},
        "counts": {"treated": result.treated, "control": result.control},
    }, meta=with_campaign(store, measured(found, result.to_dict())))
    return Measured(result, entry)
