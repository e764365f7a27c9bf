"""Segment-level results: what the owner sees, aggregated over segments of at least k customers.

Per segment: size, churn risk, expected churners, revenue at risk, purchase
propensity, the buy-till-you-die view (share still active, expected purchases),
share of the ticket forecast, what sets it apart, a recommended proactive
action, and when its customers get in touch and buy (where the exports carry times
of day).  No row here describes fewer than k people.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, ClassVar

import numpy as np
import polars as pl

from prevista.core.analytics.contact_timing import ContactTiming, segment_timings
from prevista.core.analytics.exact import exact_mean, exact_sum
from prevista.core.analytics.features import FeatureSet, ProjectData, described
from prevista.core.analytics.forecast import TicketForecast, forecast_tickets
from prevista.core.analytics.recommendations import recommend
from prevista.core.analytics.segment_names import distinguishing_features
from prevista.core.analytics.stored import json_form
from prevista.core.runtime.jobs import Progress
from prevista.privacy.catalogue import QT_TRANSLATE_NOOP
from prevista.privacy.disclosure import covers_k
from prevista.privacy.errors import PrevistaError
from prevista.privacy.schema import KEY, Meta, Role, TableKind
from prevista.privacy.store import ProjectStore

if TYPE_CHECKING:
    from prevista.core.analytics.clustering import Segmenter

SPEND_52W = QT_TRANSLATE_NOOP("Phrases", "spend of the last 52 weeks")
SEGMENT_FEATURES = ("days_since_purchase", "purchases_52w", "spend_52w", "events_12w", "usage_trend",
                    "features_used_12w", "tickets_per_month", "late_payments_26w", "score_12w", "tenure_days")
_RECURRING = re.compile(r"month|monthly|mrr|fee|subscription|abonament|miesi|měsí|mesic|monat|måned|månad", re.I)
_VALUE = re.compile(r"fee|mrr|arr|revenue|price|subscription|contract|value|charge|balance|spen[dt]|\bltv\b|\bclv\b|abonament|poplat|"
                    r"gebühr|umsatz|opłat|oplat|avgift|gebyr|saldo", re.I)
_NOT_VALUE = re.compile(r"salary|income|gehalt|wynagrodz|mzda|løn|lön|einkommen|dochód|dochod|příjem|prijem", re.I)


@dataclass(frozen=True)
class SegmentRow:
    """One segment as shown: about ``size`` ≥ k customers, with what to do for them."""

    segment: int
    name: str
    size: int
    churn_risk: float  # mean predicted churn risk
    expected_churners: float
    revenue_at_risk: float | None  # None without a value column
    purchase_propensity: float | None  # None without a purchase model
    ticket_share: float | None  # share of the last 12 weeks' tickets; None without tickets
    forecast_tickets: float | None  # that share of the forecast's expected tickets
    sets_apart: tuple[str, ...]
    action: str  # the recommended proactive action
    because: str
    p_alive: float | None = None  # buy-till-you-die: mean probability of being still active; purchase logs only
    expected_purchases: float | None = None  # buy-till-you-die: the segment's expected purchases in the horizon
    evidence: str | None = None  # where the action's promise comes from: measured here, or the rule of thumb
    contact_timing: tuple[ContactTiming, ...] | None = None  # when it gets in touch and buys; None without times of day
    OPTIONAL_KEYS: ClassVar[tuple[str, ...]] = ("p_alive", "expected_purchases", "evidence", "contact_timing")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SegmentRow:
        timing = data.get("contact_timing")
        return cls(**{**data, "sets_apart": tuple(data["sets_apart"]),
                      "contact_timing": None if timing is None else tuple(ContactTiming.from_dict(t) for t in timing)})


@dataclass(frozen=True)
class SegmentBoard:
    """A training's segments with the ticket forecast made beside them.

    Stored as two documents: ``Meta.SEGMENTS`` (:meth:`stored`) and ``Meta.FORECAST`` (the forecast's own
    ``to_dict``), in the JSON form older versions wrote.
    """

    segments: tuple[SegmentRow, ...]
    forecast: TicketForecast | None  # None without dated tickets; ``forecast_note`` says why
    value_source: str | None  # what "revenue at risk" multiplies the churn risk by
    forecast_note: str | None
    silhouette: float

    @classmethod
    def from_stored(cls, segments: Mapping[str, Any], forecast: Mapping[str, Any] | None) -> SegmentBoard:
        return cls(segments=tuple(SegmentRow.from_dict(row) for row in segments["segments"]),
                   forecast=None if forecast is None else TicketForecast.from_dict(forecast),
                   value_source=segments["value_source"], forecast_note=segments["forecast_note"],
                   silhouette=segments["silhouette"])

    def stored(self) -> dict[str, Any]:
        """The ``Meta.SEGMENTS`` document: everything but the forecast, which is stored on its own."""
        form: dict[str, Any] = json_form({"segments": self.segments, "value_source": self.value_source,
                                          "forecast_note": self.forecast_note, "silhouette": self.silhouette})
        return form


@dataclass(frozen=True)
class Dashboard(SegmentBoard):
    """The board as shown to people: re-checked against today's k, named by the model it came from."""

    model_id: str
    retrain_recommended: bool  # data the models learnt from was removed since (opt-out, erasure, retention)

    def to_dict(self) -> dict[str, Any]:
        """The dashboard document as the bundle's segments.json has always written it (model ID first)."""
        forecast = None if self.forecast is None else self.forecast.to_dict()
        return {"model_id": self.model_id, **self.stored(), "forecast": forecast,
                "retrain_recommended": self.retrain_recommended}


def segment_columns(features: FeatureSet) -> list[str]:
    """Recency, frequency, monetary value and engagement where the data has them."""
    chosen = [f for f in SEGMENT_FEATURES if f in features.numeric]
    if len(chosen) >= 3:
        return chosen
    graded = [c for c in features.numeric if features.frame[c].n_unique() > 2]  # yes/no flags split, not describe
    return (graded or features.numeric)[:12]


def rank_value_columns(amounts: list[str]) -> list[str]:
    """The customers' amounts that can stand for what a customer is worth: a fee, charge, balance or revenue first
    (a recurring one before a total, as a year of it is the yearly value); what the customer earns (a salary) is
    not worth to the business and is left out."""
    found = [column for column in amounts if not _NOT_VALUE.search(column)]
    return sorted(found, key=lambda column: (not _VALUE.search(column), not _RECURRING.search(column)))


def value_columns(data: ProjectData) -> list[str]:
    return rank_value_columns([c for c in data.columns(TableKind.CUSTOMERS, Role.NUMBER)
                               if data.meaning(TableKind.CUSTOMERS, c) == "amount"])


def check_value_column(chosen: str, numbers: Sequence[str]) -> None:
    """A value column the user set must be one of the customers' number columns: refused when an import names
    it, and again before training fits any model (not skipped after minutes of work)."""
    if chosen and chosen not in numbers:
        listed = ", ".join(f"'{c}'" for c in numbers) or "none"
        raise PrevistaError(f"The customer value column '{chosen}' is not a number column of the customers table. "
                            f"Its number columns: {listed}.")


def customer_value(data: ProjectData, features: FeatureSet, chosen: str = "") -> tuple[pl.Series | None, str | None]:
    """Yearly value per customer: the column the user chose; else spend of the last 52 weeks; else a fee, charge,
    balance or revenue column of the customers table (a monthly one times 12)."""
    if not chosen and "spend_52w" in features.numeric:
        return features.frame["spend_52w"], SPEND_52W
    candidates = [chosen] if chosen else [c for c in value_columns(data) if _VALUE.search(c)]
    for column in candidates:
        if column in features.frame.columns:
            factor = 12 if _RECURRING.search(column) else 1
            return features.frame[column] * factor, f"'{column}'" + (" × 12" if factor == 12 else "")
    return None, None


def _recent_tickets(data: ProjectData, end: date | None) -> pl.DataFrame | None:
    kind = TableKind.INTERACTIONS
    column = data.event_date(kind)
    if end is None or not column:
        return None
    day = pl.col(column)
    return (data.tables[kind].lazy().filter((day > end - timedelta(days=84)) & (day <= end))
            .group_by(KEY).agg(pl.len().alias("recent_tickets")).collect())


def _forecast(data: ProjectData, end: date | None, weeks: int) -> tuple[TicketForecast | None, str | None]:
    kind = TableKind.INTERACTIONS
    column = data.event_date(kind)
    if end is None or not column:
        return None, None
    tickets = data.tables[kind][column]
    last = tickets.max()
    # a help desk's log (no customers) may run past the customer data: its newest weeks are the forecast's start
    until = max(end, last.date() if isinstance(last, datetime) else last) if isinstance(last, date) else end
    try:
        result = forecast_tickets(tickets, weeks=weeks, until=until)
    except PrevistaError as exc:
        return None, str(exc)
    return result.published(), None


def _phrases(profile: dict[str, float], descriptions: dict[str, tuple[str, str]]) -> tuple[str, ...]:
    result = []
    for feature, z in distinguishing_features(profile, top=3):
        high, low = descriptions.get(feature, described(feature))
        result.append(high if z > 0 else low)
    return tuple(result)


def build_segments(data: ProjectData, features: FeatureSet, scores: pl.DataFrame, k: int, end: date | None,
                   forecast_weeks: int, random_state: int, value_source: str | None = None,
                   progress: Progress | None = None) -> tuple[SegmentBoard, np.ndarray]:
    """Fit segments on current customers and aggregate everything per segment.

    ``scores`` holds churn risk, purchase propensity where trained, and the
    customer's yearly ``value`` where known (see :func:`customer_value`).
    """
    from prevista.core.analytics.clustering import Segmenter  # scikit-learn loads only where segments are made

    progress = progress or Progress()
    progress.report(0.0, "Segments: grouping customers by behaviour")
    columns = segment_columns(features)
    segmenter = Segmenter(min_size=k, random_state=random_state).fit(
        features.frame.select(columns), {c: features.descriptions[c] for c in columns if c in features.descriptions})
    assignment = segmenter.predict(features.frame.select(columns))
    frame = scores.with_columns(pl.Series("segment", assignment))
    progress.report(0.6, "Segments: forecasting their support tickets")
    recent = _recent_tickets(data, end)
    if recent is not None:
        frame = frame.join(recent, on=KEY, how="left", maintain_order="left").with_columns(pl.col("recent_tickets").fill_null(0))
    forecast, forecast_note = _forecast(data, end, forecast_weeks)
    # shares of every recent ticket, those of no customer (a help desk's log) and of former customers included,
    # so that a segment's share of the forecast counts only what its customers bring
    all_recent = None if recent is None else int(recent["recent_tickets"].sum())
    progress.report(0.8, "Segments: figures, actions and contact timing per segment")
    rows = _aggregate(frame, segmenter, features.descriptions, forecast, all_recent, k)
    timings = segment_timings(data, frame, k)
    rows = tuple(replace(row, contact_timing=timings.get(row.segment)) for row in rows)
    board = SegmentBoard(segments=rows, forecast=forecast, value_source=value_source, forecast_note=forecast_note,
                         silhouette=segmenter.silhouette_)
    return board, assignment


def _score_aggregates(scores: pl.DataFrame) -> list[pl.Expr]:
    """Per segment, from the per-customer scores that exist: the figures a segment row carries, summed exactly
    (:mod:`exact`), so that they are the same in every run whatever order polars' threads add them in."""
    aggs = [pl.len().alias("size"), exact_mean(pl.col("churn_risk")).alias("churn_risk"),
            exact_sum(pl.col("churn_risk")).alias("expected_churners")]
    if "value" in scores.columns:
        aggs.append(exact_sum(pl.col("churn_risk") * pl.col("value")).alias("revenue_at_risk"))
    if "purchase_propensity" in scores.columns:
        aggs.append(exact_mean(pl.col("purchase_propensity")).alias("purchase_propensity"))
    if "p_alive" in scores.columns:
        aggs += [exact_mean(pl.col("p_alive")).alias("p_alive"),
                 exact_sum(pl.col("expected_purchases")).alias("expected_purchases")]
    return aggs


def _btyd_fields(row: Mapping[str, Any]) -> tuple[float | None, float | None]:
    """A segment's share still active and expected purchases, where the scores hold the buy-till-you-die view."""
    if row.get("p_alive") is None:
        return None, None
    return round(row["p_alive"], 4), round(row["expected_purchases"], 1)


def _aggregate(frame: pl.DataFrame, segmenter: Segmenter, descriptions: dict[str, tuple[str, str]],
               forecast: TicketForecast | None, all_recent: int | None, k: int) -> tuple[SegmentRow, ...]:
    overall_risk = float(frame.select(pl.col("churn_risk").mean()).item())
    aggs = _score_aggregates(frame)
    if "value" in frame.columns:
        aggs.append(exact_mean(pl.col("value")).alias("value"))
    if "recent_tickets" in frame.columns:
        aggs.append((pl.col("recent_tickets").sum() / max(all_recent or 0, 1)).alias("ticket_share"))
    table = frame.group_by("segment").agg(aggs).sort("segment")
    value_mean, value_std = (frame["value"].mean(), frame["value"].std()) if "value" in frame.columns else (None, None)
    expected_total = forecast.expected_total if forecast else None
    rows = []
    for row in table.iter_rows(named=True):
        profile = segmenter.profiles_[row["segment"]]
        p_alive, expected_purchases = _btyd_fields(row)
        value_z = (row["value"] - value_mean) / value_std if value_std else None
        sets_apart = _phrases(profile, descriptions)
        action, because = recommend(profile, row["churn_risk"] / overall_risk if overall_risk else 1.0, value_z,
                                    sets_apart)
        rows.append(SegmentRow(
            segment=row["segment"], name=segmenter.names_[row["segment"]], size=row["size"],
            churn_risk=round(row["churn_risk"], 4), expected_churners=round(row["expected_churners"], 1),
            revenue_at_risk=round(row["revenue_at_risk"], 2) if "revenue_at_risk" in row else None,
            purchase_propensity=round(row["purchase_propensity"], 4) if "purchase_propensity" in row else None,
            ticket_share=round(row["ticket_share"], 4) if "ticket_share" in row else None,
            forecast_tickets=round(row["ticket_share"] * expected_total, 1)
            if expected_total is not None and "ticket_share" in row else None,
            sets_apart=sets_apart, action=action, because=because, p_alive=p_alive,
            expected_purchases=expected_purchases,
        ))
    return enforce_min_size(rows, k)


def enforce_min_size(rows: Sequence[SegmentRow], k: int) -> tuple[SegmentRow, ...]:
    """A segment that falls below k is not kept (what leaves the core is checked again, see ``release``)."""
    return tuple(row for row in rows if covers_k(row.size, k))


def refresh_segments(board: SegmentBoard, scores: pl.DataFrame, k: int) -> SegmentBoard:
    """Recount each segment from the scores that remain (after an opt-out or erasure): sizes, risks
    and values change, names and actions stay, a segment that lost someone loses its contact timing, and a
    segment that fell below k disappears."""
    counts = {row["segment"]: row for row in scores.group_by("segment").agg(_score_aggregates(scores)).iter_rows(named=True)}
    rows = []
    for row in board.segments:
        fresh = counts.get(row.segment)
        if fresh is None:
            continue
        p_alive, expected_purchases = _btyd_fields(fresh) if "p_alive" in fresh else (row.p_alive, row.expected_purchases)
        rows.append(replace(
            row, size=fresh["size"], churn_risk=round(fresh["churn_risk"], 4),
            expected_churners=round(fresh["expected_churners"], 1),
            revenue_at_risk=round(fresh["revenue_at_risk"], 2) if "revenue_at_risk" in fresh else row.revenue_at_risk,
            purchase_propensity=round(fresh["purchase_propensity"], 4) if "purchase_propensity" in fresh
            else row.purchase_propensity, p_alive=p_alive, expected_purchases=expected_purchases,
            # the timing counted the contacts of whoever left, and scores cannot recount it: it goes until retraining
            contact_timing=row.contact_timing if fresh["size"] == row.size else None))
    return replace(board, segments=enforce_min_size(rows, k))


def stored_board(store: ProjectStore) -> SegmentBoard | None:
    """The last training's segments and forecast as stored (not re-checked against today's k); None untrained."""
    segments = store.meta(Meta.SEGMENTS)
    return None if segments is None else SegmentBoard.from_stored(segments, store.meta(Meta.FORECAST))
