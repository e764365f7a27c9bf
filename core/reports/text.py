"""Plain-text summaries of training, segments, forecast and drift for the command line.

Only aggregated figures appear here: segment rows (each about at least k
customers), model metrics, weekly ticket totals.
"""

from __future__ import annotations

from prevista.core.analytics.card import BuyTillYouDie, ModelCard, ModelReport, Scores
from prevista.core.analytics.drift import DriftReport
from prevista.core.analytics.forecast import TicketForecast
from prevista.core.analytics.segments import Dashboard, SegmentBoard
from prevista.core.reports.status import ProjectStatus
from prevista.privacy.catalogue import QT_TRANSLATE_NOOP

ONE_ENTRY = QT_TRANSLATE_NOOP("Reports", "{0} entry")
ENTRIES = QT_TRANSLATE_NOOP("Reports", "{0} entries")


def log_entries(count: int) -> str:
    """"1 entry", "3 entries": a DPO reads these lines aloud."""
    return (ONE_ENTRY if count == 1 else ENTRIES).format(count)


def _metric_line(metrics: Scores) -> str:
    """Each measure with its 95 % interval in brackets where the card has one."""
    return (f"ROC AUC {metrics.text('roc_auc')}, PR AUC {metrics.text('pr_auc')}, Brier {metrics.text('brier')}, "
            f"top-decile lift {metrics.text('lift_top_decile', 1, '×')}")


def model_text(report: ModelReport, title: str) -> list[str]:
    lines = [f"{title}: {report.model}", f"  validation: {report.validation}",
             f"  held-out: {_metric_line(report.metrics)}"]
    lines += [f"  baseline {name}: {_metric_line(values)}" for name, values in report.baselines.items()]
    lines += [f"  note: {note}" for note in report.notes]
    if report.drivers:
        lines.append("  what drives it:")
        lines += [f"    - {driver.text}" for driver in report.drivers]
    return lines


def training_text(card: ModelCard, segments: SegmentBoard) -> str:
    lines = [f"Model {card.model_id} trained {card.trained_at}; outcome: {card.outcome_text}"]
    lines += model_text(card.churn, "Churn risk")
    for name, report in card.purchase.items():
        lines.append(f"Purchase propensity ({name}): {report.model}, held-out ROC AUC {report.metrics.text('roc_auc')} "
                     f"(prior rate {report.baselines['prior rate'].roc_auc:.2f}, logistic "
                     f"{report.baselines['logistic regression'].text('roc_auc')})")
    if card.buy_till_you_die:
        lines += buy_till_you_die_text(card.buy_till_you_die)
    if card.recurring_purchases:
        lines.append(f"Recurring charges, not predicted as purchases: {', '.join(card.recurring_purchases)}")
    for column, reason in card.excluded_features.items():
        lines.append(f"Excluded '{column}': {reason}")
    lines.append(segments_text(segments))
    lines += [f"Warning: {w}" for w in card.warnings]
    return "\n".join(lines)


def buy_till_you_die_text(view: BuyTillYouDie) -> list[str]:
    """The BG/NBD view in words: the shop's expected repeat purchases, and how its forecast fared on the hold-out."""
    lines = [f"Buy-till-you-die ({view.model}): about {view.expected_repeat_purchases:,.0f} repeat purchases expected "
             f"in the next {view.days} days, about {view.per_week:,.0f} per week"]
    if view.season is not None:
        lines.append(f"  adjusted ×{view.season:.2f} for the season and the shop's trend: in the same {view.days} days a "
                     "year earlier, that many times the purchases the model then expected came")
    if view.holdout_forecast is not None and view.holdout_actual:
        lines.append(f"  on the last {view.days} days it never saw it expected {view.holdout_forecast:,.0f} and there "
                     f"were {view.holdout_actual:,.0f} ({view.holdout_forecast / view.holdout_actual - 1:+.0%})")
    return lines


def _money(value: float | None) -> str:
    return "—" if value is None else f"{value:,.0f}"


RETRAIN = ("RETRAIN RECOMMENDED: the models were trained on data that includes people since excluded "
           "(opt-out, erasure or retention cleanup) — run 'prevista train'")


def segments_text(segments: SegmentBoard) -> str:
    rows = segments.segments
    lines = [RETRAIN] if isinstance(segments, Dashboard) and segments.retrain_recommended else []
    lines += [f"Segments ({len(rows)}; none smaller than the minimum size):",
             f"  {'no.':>3} {'segment':<40} {'size':>7} {'churn':>6} {'exp. churners':>13} {'revenue at risk':>15} "
             f"{'purchase':>8} {'tickets':>7}"]
    for row in rows:
        purchase = "—" if row.purchase_propensity is None else f"{row.purchase_propensity:.0%}"
        tickets = "—" if row.forecast_tickets is None else f"{row.forecast_tickets:.0f}"
        lines.append(f"  {row.segment:>3} {row.name[:40]:<40} {row.size:>7} {row.churn_risk:>6.0%} {row.expected_churners:>13.1f} "
                     f"{_money(row.revenue_at_risk):>15} {purchase:>8} {tickets:>7}")
        lines.append(f"      sets apart: {', '.join(row.sets_apart)}")
        if row.p_alive is not None:
            lines.append(f"      buy-till-you-die: {row.p_alive:.0%} still active, about "
                         f"{_money(row.expected_purchases)} purchases expected")
        lines.append(f"      suggested: {row.action} (because {row.because})")
        if row.evidence:
            lines.append(f"      evidence: {row.evidence}")
        lines += [f"      {timing.text()}" for timing in row.contact_timing or ()]
    if segments.value_source:
        lines.append(f"  revenue at risk = churn risk × {segments.value_source}")
    if segments.forecast:
        lines.append(forecast_text(segments.forecast))
    elif segments.forecast_note:
        lines.append(f"Ticket forecast not available: {segments.forecast_note}")
    return "\n".join(lines)


def forecast_text(forecast: TicketForecast) -> str:
    weeks = forecast.forecast
    metrics = forecast.metrics
    lines = [f"Support tickets, next {len(weeks)} weeks: about {forecast.expected_total:.0f} expected "
             f"({forecast.model_kept}; {forecast.holdout_weeks} weeks ahead from past points in time it was off by "
             f"{metrics.mae:.1f} a week on average vs {metrics.baseline_mae:.1f} for the {forecast.baseline_name})"]
    if metrics.expected_mae is not None and metrics.band_width is not None:
        lines.append(f"  expect it to be off by about {metrics.expected_mae:.1f} tickets a week; the "
                     f"{forecast.interval:.0%} band held {metrics.interval_coverage:.0%} of past weeks "
                     f"(95 % band: {metrics.coverage_95:.0%}), about {metrics.band_width:.0f} tickets wide")
    if forecast.backtest:
        lines.append("  backtest error per method (tickets a week): " + "; ".join(
            f"{name} {error:.1f}" for name, error in sorted(forecast.backtest.items(), key=lambda item: item[1])))
    if forecast.weekday_profile:
        lines.append("  share of a week's tickets per working day: " + ", ".join(
            f"{day} {share:.0%}" for day, share in forecast.weekday_profile))
    lines += [f"  week of {w.week_start}: {w.expected:.0f} ({w.lower:.0f}–{w.upper:.0f}"
              + (f"; 95 %: {w.lower_95:.0f}–{w.upper_95:.0f})" if w.lower_95 is not None and w.upper_95 is not None
                 else ")") for w in weeks]
    lines += [f"  note: {note}" for note in forecast.notes]
    return "\n".join(lines)


def drift_text(result: DriftReport) -> str:
    lines = [("Retrain recommended: " + "; ".join(result.reasons)) if result.retrain_recommended
             else "No retraining needed: the population looks like the training data."]
    lines += [f"  PSI {name}: {value:.3f}" for name, value in result.psi.items()]
    lines.append(f"  model age: {result.model_age_days:.0f} days")
    return "\n".join(lines)


def status_text(info: ProjectStatus) -> str:
    lines = [f"Project {info.project}",
             *([f"  PILOT CLOSED on {info.closed}: all data erased; only the processing log remains"]
               if info.closed else []),
             f"  customers (encrypted IDs): {info.customers}   opt-out register: {info.opted_out}"]
    if not info.tables and not info.closed:
        lines.append("  no data imported yet")
    for name, table in sorted(info.tables.items()):
        lines.append(f"  {name:<13} {table.rows:>10} rows  columns: {', '.join(table.columns)}")
    lines.append(f"  saved column mappings: {info.saved_mappings}   last import: {info.last_import or '—'}")
    state = "verified" if info.log.verified else f"DOES NOT VERIFY: {info.log.problem}"
    lines.append(f"  processing log: {log_entries(info.log.entries)}, {state}")
    if info.retention.due:
        expired = ", ".join(f"{table} {rows} rows" for table, rows in sorted(info.retention.expired.items()))
        lines.append(f"  RETENTION CLEANUP DUE: {expired} past their deadline — run 'prevista retention plan', then 'run'")
    if info.retrain_recommended:
        lines.append(f"  {RETRAIN}")
    return "\n".join(lines)
