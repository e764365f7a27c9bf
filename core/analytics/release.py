"""The analytics results as they leave the core: every group of at least k customers, every figure released
at the precision of :mod:`prevista.privacy.disclosure`.

Training stores its results at full precision (the drift check, the next opt-out's recount and the
forecast need them); the screens, the command line, the reports and the bundle only ever see what these
functions return.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any, overload

from prevista.core.analytics.card import BuyTillYouDie, ModelCard, ModelReport, Scores
from prevista.core.analytics.contact_timing import released as timing_released
from prevista.core.analytics.evidence import with_evidence
from prevista.core.analytics.forecast import TicketForecast, WeekCount
from prevista.core.analytics.kpis import BY_NAME as KPI_SPECS
from prevista.core.analytics.kpis import Kpi, KpiSnapshot, Measure
from prevista.core.analytics.model_store import model_card
from prevista.core.analytics.segments import Dashboard, SegmentBoard, SegmentRow, stored_board
from prevista.core.project.settings import settings
from prevista.privacy import disclosure
from prevista.privacy.errors import PrevistaError
from prevista.privacy.schema import Meta
from prevista.privacy.store import ProjectStore

WITHHELD_BANDS = "the held-out customers are too few for bands of at least k customers each, so this chart is withheld"


def released_rows(rows: Sequence[SegmentRow], k: int, tickets_expected: float | None = None) -> tuple[SegmentRow, ...]:
    """Segments of at least k customers, sizes to fives, rates to whole percent, money to three digits;
    a segment's share of ``tickets_expected`` (the released forecast's total) follows from its released share."""
    return tuple(_row(row, tickets_expected, k) for row in rows if disclosure.covers_k(row.size, k))


def _row(row: SegmentRow, tickets_expected: float | None, k: int) -> SegmentRow:
    size, risk, share = disclosure.count(row.size), disclosure.rate(row.churn_risk), disclosure.rate(row.ticket_share)
    return replace(row, size=size, churn_risk=risk, expected_churners=disclosure.derived(size, risk),
                   revenue_at_risk=disclosure.money(row.revenue_at_risk),
                   purchase_propensity=disclosure.rate(row.purchase_propensity), ticket_share=share,
                   p_alive=disclosure.rate(row.p_alive), expected_purchases=disclosure.money(row.expected_purchases),
                   forecast_tickets=None if tickets_expected is None or share is None or row.forecast_tickets is None
                   else disclosure.derived(tickets_expected, share),
                   contact_timing=timing_released(row.contact_timing, k))


@overload
def released_forecast(forecast: TicketForecast) -> TicketForecast: ...
@overload
def released_forecast(forecast: None) -> None: ...
def released_forecast(forecast: TicketForecast | None) -> TicketForecast | None:
    """Weekly ticket counts to fives and expectations to whole tickets: a before-and-after pair cannot show
    one person's tickets."""
    if forecast is None:
        return None
    history = tuple(WeekCount(week.week_start, disclosure.count(week.tickets)) for week in forecast.history)
    weeks = tuple(replace(week, expected=float(round(week.expected)), lower=float(round(week.lower)),
                          upper=float(round(week.upper)), lower_95=_whole(week.lower_95), upper_95=_whole(week.upper_95))
                  for week in forecast.forecast)
    profile = None if forecast.weekday_profile is None else tuple(
        (day, disclosure.rate(share)) for day, share in forecast.weekday_profile)
    backtest = None if forecast.backtest is None else {
        name: disclosure.measure(error) for name, error in forecast.backtest.items()}
    return replace(forecast, history=history, forecast=weeks, weekday_profile=profile, backtest=backtest)


def _whole(tickets: float | None) -> float | None:
    return None if tickets is None else float(round(tickets))


def released_board(board: SegmentBoard, k: int, campaigns: Mapping[str, Any] | None = None) -> SegmentBoard:
    """``campaigns``: the stored campaign results, which say where each recommended action's promise comes from."""
    forecast = released_forecast(board.forecast)
    total = None if forecast is None else forecast.expected_total
    rows = with_evidence(released_rows(board.segments, k, total), campaigns)
    return replace(board, segments=rows, forecast=forecast)


def released_kpis(snapshot: KpiSnapshot, k: int) -> KpiSnapshot:
    """Each pilot KPI resting on at least k customers, its customers to fives and its value at its measure's
    precision (rates to whole percent, amounts and means to three digits); the others withheld, saying why."""
    return replace(snapshot, kpis={name: _kpi(name, kpi, k) for name, kpi in snapshot.kpis.items()})


def _kpi(name: str, kpi: Kpi, k: int) -> Kpi:
    if kpi.value is None:
        return replace(kpi, customers=0)
    if not disclosure.covers_k(kpi.customers, k):
        return Kpi(None, 0, kpi.basis, f"withheld: it rests on fewer than k = {k} customers")
    spec = KPI_SPECS.get(name)
    value = disclosure.rate(kpi.value) if spec and spec.measure is Measure.RATE else disclosure.money(kpi.value)
    return replace(kpi, value=value, customers=disclosure.count(kpi.customers))


def _scores(scores: Scores) -> Scores:
    """Measures and their intervals at the same three decimals."""
    intervals = None if scores.intervals is None else {
        name: (disclosure.measure(low), disclosure.measure(high)) for name, (low, high) in scores.intervals.items()}
    return Scores(roc_auc=disclosure.measure(scores.roc_auc), pr_auc=disclosure.measure(scores.pr_auc),
                  brier=disclosure.measure(scores.brier), lift_top_decile=disclosure.measure(scores.lift_top_decile),
                  intervals=intervals)


def _evaluated(counts: Mapping[str, int]) -> int:
    """How many customers the report's held-out figures were measured on."""
    return counts.get("test_rows", counts.get("rows", 0))


def _report(report: ModelReport, k: int) -> ModelReport:
    """Calibration and lift bands are published only where each band holds at least k held-out customers."""
    evaluated = _evaluated(report.counts)
    calibration = tuple((disclosure.rate(p), disclosure.rate(o)) for p, o in report.calibration
                        ) if disclosure.covers_k(evaluated // max(len(report.calibration), 1), k) else ()
    lift = report.lift
    if lift is not None:
        lift = tuple(round(value, 2) for value in lift) if disclosure.covers_k(evaluated // max(len(lift), 1), k) else ()
    notes = report.notes if (calibration or not report.calibration) else (*report.notes, WITHHELD_BANDS)
    return replace(report, metrics=_scores(report.metrics),
                   baselines={name: _scores(scores) for name, scores in report.baselines.items()},
                   calibration=calibration,
                   lift=lift, counts={name: disclosure.count(value) for name, value in report.counts.items()},
                   notes=notes)


def released_card(card: ModelCard, k: int) -> ModelCard:
    """The card without anything about fewer than k customers, counts to fives, measures to three decimals.

    The drift reference stays inside: it serves only the next drift check, and an older card's reference
    holds the lowest and highest value of single customers."""
    return replace(card, churn=_report(card.churn, k),
                   purchase={name: _report(report, k) for name, report in card.purchase.items()},
                   customers_scored=disclosure.count(card.customers_scored), drift_reference={},
                   buy_till_you_die=_buy_till_you_die(card.buy_till_you_die))


def _buy_till_you_die(view: BuyTillYouDie | None) -> BuyTillYouDie | None:
    """Shop-wide expectations to three significant digits, customers to fives, parameters as measures."""
    if view is None:
        return None
    return replace(view, parameters={name: disclosure.measure(value) for name, value in view.parameters.items()},
                   customers=disclosure.count(view.customers),
                   expected_repeat_purchases=disclosure.money(view.expected_repeat_purchases),
                   per_week=disclosure.money(view.per_week), holdout_forecast=disclosure.money(view.holdout_forecast),
                   holdout_actual=disclosure.money(view.holdout_actual),
                   season=disclosure.rate(view.season))


def published_card(store: ProjectStore) -> ModelCard:
    """The last training's card as shown to people, against today's k."""
    return released_card(model_card(store), settings(store).min_segment_size)


def dashboard(store: ProjectStore) -> Dashboard:
    """The last training's segments as shown to people: against today's k, with the forecast."""
    card = model_card(store)
    board = stored_board(store)
    if board is None:
        raise PrevistaError("The model card has no segments beside it; retrain the model.")
    shown = released_board(board, settings(store).min_segment_size, store.meta(Meta.CAMPAIGNS))
    return Dashboard(segments=shown.segments, forecast=shown.forecast, value_source=board.value_source,
                     forecast_note=board.forecast_note, silhouette=board.silhouette, model_id=card.model_id,
                     retrain_recommended=card.data_removed_since_training)
