"""The pilot report a consultant hands the client at the end of an on-site pilot.

It gathers what the project already knows — the model card, the segment
dashboard, the ticket forecast, the opt-out register, the retention deadlines
and the verified processing log — into headline figures, model quality next
to the baselines, segment findings with recommended actions, and a privacy
summary.  Like the Art. 30 record it holds aggregates only: totals over at
least k customers, segment rows (each about at least k customers) and model
metrics; never a customer, an encrypted ID or a value of one person.

A project without a trained model still gets a report (data held, opt-outs,
retention, log), with each prediction section saying that no model has been
trained yet, so a consultant can show progress early in a pilot.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import polars as pl

from prevista.core.analytics.card import DataPeriod, ModelCard, ModelReport, Scores
from prevista.core.analytics.forecast import WeekForecast
from prevista.core.analytics.kpi_record import KpiView, kpi_view
from prevista.core.analytics.kpis import shown
from prevista.core.analytics.release import dashboard, published_card
from prevista.core.analytics.segments import Dashboard, SegmentRow
from prevista.core.duties.optouts import RegisterSummary, register_summary
from prevista.core.duties.retention import RetentionDue
from prevista.core.project.settings import purpose_record, settings
from prevista.core.reports import html, pdf
from prevista.core.reports.art30 import _configured
from prevista.core.reports.campaigns import CampaignSummary, campaign_summary, detail_blocks, executive_blocks
from prevista.core.reports.language import Translate, english, translated
from prevista.core.reports.layout import Block, Bullets, Document, Fields, Paragraph, Section, Table
from prevista.core.reports.output import write_document
from prevista.core.reports.status import LogStatus, ProjectStatus, project_status
from prevista.privacy import disclosure
from prevista.privacy.catalogue import QT_TRANSLATE_NOOP
from prevista.privacy.errors import PrevistaError
from prevista.privacy.schema import Action
from prevista.privacy.schema import Table as StoredTable
from prevista.privacy.store import ProjectStore

TITLE = QT_TRANSLATE_NOOP("Reports", "Pilot report: customer predictions")
HEADINGS = {
    "summary": QT_TRANSLATE_NOOP("Reports", "1. Executive summary"),
    "kpis": QT_TRANSLATE_NOOP("Reports", "2. Key figures"),
    "pilot_kpis": QT_TRANSLATE_NOOP("Reports", "3. KPIs since the baseline"),
    "campaigns": QT_TRANSLATE_NOOP("Reports", "4. Campaigns: what acting changed, and what it returned"),
    "model": QT_TRANSLATE_NOOP("Reports", "5. Model quality"),
    "segments": QT_TRANSLATE_NOOP("Reports", "6. Segment findings"),
    "forecast": QT_TRANSLATE_NOOP("Reports", "7. Support-ticket forecast"),
    "privacy": QT_TRANSLATE_NOOP("Reports", "8. Privacy and data protection"),
}
NO_MODEL = QT_TRANSLATE_NOOP("Reports", "No model trained yet: train the models first (prevista train, or the "
                             "Models screen), then produce this report again.")
NO_FORECAST = QT_TRANSLATE_NOOP("Reports", "No dated support tickets were imported, so there is no ticket forecast.")
# the fields of a model's Scores (core/analytics/card.py), in the order the quality table lists them
METRICS = {"roc_auc": QT_TRANSLATE_NOOP("Reports", "ROC AUC (0.5 = chance)"), "pr_auc": "PR AUC",
           "brier": QT_TRANSLATE_NOOP("Reports", "Brier score (lower is better)"),
           "lift_top_decile": QT_TRANSLATE_NOOP("Reports", "Top-decile lift (×)")}
AGGREGATES_ONLY = QT_TRANSLATE_NOOP("Reports", "Aggregates only: this report contains no customer ID, encrypted ID, "
                                    "name, contact detail or value of any single customer.")
SUBTITLE = QT_TRANSLATE_NOOP("Reports", "Prepared with Prevista for {0} on {1} UTC. {2}")
UP_TO_DATE = QT_TRANSLATE_NOOP("Reports", "up to date: no data is held past its retention limit")
CLEANUP_DUE = QT_TRANSLATE_NOOP("Reports", "cleanup due — past their limit: {0} (run the retention cleanup)")
OPT_OUTS = QT_TRANSLATE_NOOP("Reports", "{0} customers in the opt-out register, excluded from every analysis; {1} "
                             "erased on request; {2} e-mail addresses excluded as soon as they appear")
PERIOD = QT_TRANSLATE_NOOP("Reports", "{0} – {1}")
CALIBRATION = QT_TRANSLATE_NOOP("Reports", "Calibration: over {0} equal-sized risk bands of held-out customers, "
                                "predicted and observed churn differ by {1:.1f} percentage points on average (at most "
                                "{2:.1f}); in the highest-risk band {3} was predicted and {4} observed.")
SEEN_WITHIN = QT_TRANSLATE_NOOP("Reports", "{0} of {1} customers within {2} days")
SEEN_LABEL = QT_TRANSLATE_NOOP("Reports", "{0} of {1} customers marked as churned by the label")
WITH_DETAIL = QT_TRANSLATE_NOOP("Reports", "{0} ({1})")
WITHHELD = QT_TRANSLATE_NOOP("Reports", "withheld: fewer scored customers than the minimum segment size")
SCORED = QT_TRANSLATE_NOOP("Reports", "{0} current customers scored")
PREDICTED_WITHIN = QT_TRANSLATE_NOOP("Reports", "Predicted churn, next {0} days")
PREDICTED_LABEL = QT_TRANSLATE_NOOP("Reports", "Predicted churn (as the label defines it)")
EXPECTED = QT_TRANSLATE_NOOP("Reports", "{0} — about {1:.0f} expected churners")
VALUE_AT_RISK = QT_TRANSLATE_NOOP("Reports", "{0} (churn risk × {1})")
SEGMENTS_INTRO = QT_TRANSLATE_NOOP("Reports", "{0} segments of at least k = {1} customers; {2} of {3} customers "
                                   "analysed fall in a listed segment (smaller groups are not shown).")
REVENUE_IS = QT_TRANSLATE_NOOP("Reports", "Revenue at risk = churn risk × {0}.")
FINDING = QT_TRANSLATE_NOOP("Reports", "{0}: {1}. Recommended: {2} (because {3}).")
EVIDENCE = QT_TRANSLATE_NOOP("Reports", "Evidence: {0}")
FORECAST = QT_TRANSLATE_NOOP("Reports", "About {0:.0f} support tickets expected over the next {1} weeks ({2}). "
                             "Forecasting {3} weeks ahead from past points in time, it was off by {4:.1f} tickets a "
                             "week on average, against {5:.1f} for the best other method ({6}).")
LOG_VERIFIED = QT_TRANSLATE_NOOP("Reports", "verified: {0} entries, hash chain and signatures intact")
LOG_VERIFIED_ONE = QT_TRANSLATE_NOOP("Reports", "verified: 1 entry, hash chain and signatures intact")
LOG_FAILED = QT_TRANSLATE_NOOP("Reports", "DOES NOT VERIFY: {0}")


@dataclass(frozen=True)
class PilotData:
    """What the project holds: rows per imported table, the opt-out register, whether cleanup is due."""

    tables: Mapping[str, int]
    opt_outs: RegisterSummary
    retention: RetentionDue


@dataclass(frozen=True)
class ScoreTotals:
    """Over every scored customer, not only those in a listed segment."""

    customers: int
    predicted_rate: float
    expected_churners: float
    revenue_at_risk: float | None  # None: no customer value was found in the data


@dataclass(frozen=True)
class ObservedChurn:
    churned: int
    customers: int
    rate: float | None


@dataclass(frozen=True)
class ChurnKpis:
    totals: ScoreTotals | None  # None: fewer scored customers than k, so the totals are withheld
    data_period: DataPeriod
    horizon_days: int | None  # None: a static snapshot's label, which has no time window
    observed: ObservedChurn
    value_source: str | None


@dataclass(frozen=True)
class Band:
    predicted: float
    observed: float


@dataclass(frozen=True)
class Calibration:
    """How far predicted risk is from the churn later observed, over equal-sized risk bands."""

    bands: int
    mean_gap: float
    largest_gap: float
    top_band: Band


@dataclass(frozen=True)
class PurchaseModel:
    target: str
    model: str
    metrics: Scores  # the table shows its ROC AUC with the interval
    baselines: Mapping[str, Scores]


@dataclass(frozen=True)
class ModelQuality:
    model_id: str
    trained_at: str
    model: str
    validation: str
    label_source: str
    horizon_days: int | None  # None: a static snapshot's label, which has no time window
    metrics: Scores
    baselines: Mapping[str, Scores]  # the prior rate first, then the simple model, then the others
    calibration: Calibration | None
    drivers: tuple[str, ...]
    purchase: tuple[PurchaseModel, ...]
    notes: tuple[str, ...]
    drift_reference: str
    retrain_by: str
    max_age_days: int


@dataclass(frozen=True)
class SegmentFinding:
    """One segment of at least k customers, with what sets it apart and the action recommended (the
    dashboard's row without the ticket figures, which the forecast section covers)."""

    segment: int
    name: str
    size: int
    churn_risk: float
    expected_churners: float
    revenue_at_risk: float | None
    purchase_propensity: float | None
    sets_apart: tuple[str, ...]
    action: str
    because: str
    contact_timing: tuple[str, ...] = ()  # when it gets in touch and buys, as sentences; empty without times of day
    evidence: str | None = None  # measured in this business, or the rule of thumb


@dataclass(frozen=True)
class SegmentFindings:
    k: int
    value_source: str | None
    rows: tuple[SegmentFinding, ...]


@dataclass(frozen=True)
class ForecastSummary:
    """The weekly ticket forecast; without dated tickets only ``note`` says why there is none."""

    weeks: tuple[WeekForecast, ...]
    total: float | None = None
    model: str | None = None
    interval: float | None = None
    holdout_weeks: int | None = None
    mae: float | None = None
    baseline_mae: float | None = None
    baseline_name: str | None = None
    notes: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class PilotPrivacy:
    log: LogStatus
    k: int
    identity_table: bool
    purpose: str
    legal_basis: str


@dataclass(frozen=True)
class PilotReport:
    """Everything the pilot report shows; field names are the keys of ``report pilot --json``.

    The prediction sections are None while no model has been trained."""

    title: str
    generated: str
    project_id: str
    client: str
    data: PilotData
    churn: ChurnKpis | None
    model: ModelQuality | None
    segments: SegmentFindings | None
    forecast: ForecastSummary | None
    privacy: PilotPrivacy
    pilot_kpis: KpiView | None = None  # None only in a report built by hand
    campaigns: CampaignSummary | None = None  # None only in a report built by hand


# ----- gathering ---------------------------------------------------------------------
def _trained_card(store: ProjectStore) -> ModelCard | None:
    try:
        return published_card(store)
    except PrevistaError:
        return None


def _score_totals(store: ProjectStore, k: int) -> ScoreTotals | None:
    """Totals over every scored customer, not only those in a listed segment; withheld below k customers."""
    if not store.has_table(StoredTable.SCORES):
        return None
    scores = store.read_table(StoredTable.SCORES)
    if not disclosure.covers_k(scores.height, k):
        return None
    revenue = (pl.col("churn_risk") * pl.col("value")).sum() if "value" in scores.columns else pl.lit(None)
    row = scores.select(pl.len().alias("customers"), pl.col("churn_risk").mean().alias("predicted_rate"),
                        revenue.alias("revenue_at_risk")).row(0, named=True)
    customers, rate = disclosure.count(row["customers"]), disclosure.rate(row["predicted_rate"])
    return ScoreTotals(customers, rate, disclosure.derived(customers, rate), disclosure.money(row["revenue_at_risk"]))


def _observed(counts: Mapping[str, int]) -> ObservedChurn:
    """Churn actually seen among the held-out customers (time-based) or all labelled ones (snapshot), from the
    card's released counts."""
    churned = counts.get("test_positives", counts.get("positives", 0))
    customers = counts.get("test_rows", counts.get("rows", 0))
    return ObservedChurn(churned, customers, disclosure.rate(churned / customers) if customers else None)


def _churn(store: ProjectStore, card: ModelCard, board: Dashboard, k: int) -> ChurnKpis:
    return ChurnKpis(_score_totals(store, k), card.data_period, card.outcome_horizon, _observed(card.churn.counts),
                     board.value_source)


def _calibration(bins: Sequence[tuple[float, float]]) -> Calibration | None:
    """How far predicted risk is from the churn later observed, over equal-sized risk bands of held-out customers."""
    if not bins:
        return None
    gaps = [abs(predicted - observed) for predicted, observed in bins]
    return Calibration(len(bins), sum(gaps) / len(gaps), max(gaps), Band(*bins[-1]))


def _baselines(report: ModelReport) -> dict[str, Scores]:
    """The prior rate first, then the simple model, then anything else that was tried."""
    order = sorted(report.baselines, key=lambda name: (name != "prior rate", name != "logistic regression", name))
    return {name: report.baselines[name] for name in order}


def _purchase(name: str, report: ModelReport) -> PurchaseModel:
    return PurchaseModel(name, report.model, report.metrics, _baselines(report))


def _notes(card: ModelCard) -> tuple[str, ...]:
    notes = [*card.warnings, *card.churn.notes]
    notes += [f"'{column}' was left out of the model: {reason}" for column, reason in card.excluded_features.items()]
    if card.data_removed_since_training:
        notes.append("Data the model was trained on has since been removed (opt-out, erasure or retention cleanup): "
                     "retrain before relying on these figures.")
    return tuple(notes)


def _drift_reference(card: ModelCard) -> str:
    """The day whose customers the drift check compares today's against (the last data day at training)."""
    score_day = card.cutoffs.score
    return score_day if score_day and score_day != "None" else card.trained_at[:10]


def _model(card: ModelCard, max_age_days: int) -> ModelQuality:
    churn = card.churn
    retrain_by = datetime.fromisoformat(card.trained_at) + timedelta(days=max_age_days)
    return ModelQuality(
        model_id=card.model_id, trained_at=card.trained_at, model=churn.model, validation=churn.validation,
        label_source=card.label_source, horizon_days=card.outcome_horizon, metrics=churn.metrics,
        baselines=_baselines(churn), calibration=_calibration(churn.calibration),
        drivers=tuple(driver.text for driver in churn.drivers),
        purchase=tuple(_purchase(name, report) for name, report in card.purchase.items()),
        notes=_notes(card), drift_reference=_drift_reference(card),
        retrain_by=retrain_by.date().isoformat(), max_age_days=max_age_days,
    )


def _finding(row: SegmentRow) -> SegmentFinding:
    return SegmentFinding(row.segment, row.name, row.size, row.churn_risk, row.expected_churners,
                          row.revenue_at_risk, row.purchase_propensity, row.sets_apart, row.action, row.because,
                          tuple(timing.text() for timing in row.contact_timing or ()), row.evidence)


def _segments(board: Dashboard, k: int) -> SegmentFindings:
    return SegmentFindings(k, board.value_source, tuple(_finding(row) for row in board.segments))


def _forecast(board: Dashboard) -> ForecastSummary:
    forecast = board.forecast
    if forecast is None:
        return ForecastSummary(weeks=(), note=board.forecast_note or NO_FORECAST)
    return ForecastSummary(weeks=forecast.forecast, total=forecast.expected_total, model=forecast.model_kept,
                           interval=forecast.interval, holdout_weeks=forecast.holdout_weeks,
                           mae=forecast.metrics.mae, baseline_mae=forecast.metrics.baseline_mae,
                           baseline_name=forecast.baseline_name, notes=forecast.notes)


def _privacy(store: ProjectStore, info: ProjectStatus, k: int) -> PilotPrivacy:
    purpose = purpose_record(store)
    return PilotPrivacy(info.log, k, store.has_table(StoredTable.IDENTITIES), purpose["purpose"],
                        purpose["legal_basis"])


def _data(store: ProjectStore, info: ProjectStatus) -> PilotData:
    """What the project holds, every count released to fives."""
    register = register_summary(store)
    return PilotData({name: disclosure.count(table.rows) for name, table in sorted(info.tables.items())},
                     RegisterSummary(*(disclosure.count(n) for n in (register.customers, register.erased,
                                                                      register.emails_not_yet_known))),
                     replace(info.retention, expired={table: disclosure.count(rows)
                                                      for table, rows in info.retention.expired.items()}))


def pilot_report(store: ProjectStore) -> PilotReport:
    """Everything the pilot report shows, from what the project already knows."""
    current = settings(store)
    k = current.min_segment_size
    info = project_status(store)
    card = _trained_card(store)
    board = dashboard(store) if card else None
    return PilotReport(
        title=TITLE,
        generated=datetime.now(UTC).isoformat(timespec="seconds"),
        project_id=store.project_id,
        client=_configured(current.controller_name, "controller_name"),
        data=_data(store, info),
        churn=_churn(store, card, board, k) if card and board else None,
        model=_model(card, current.model_max_age_days) if card else None,
        segments=_segments(board, k) if board else None,
        forecast=_forecast(board) if board else None,
        privacy=_privacy(store, info, k),
        pilot_kpis=kpi_view(store),
        campaigns=campaign_summary(store),
    )


# ----- layout ------------------------------------------------------------------------
def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"


def _money(value: float | None) -> str:
    return "—" if value is None else f"{value:,.0f}"


def _retention_text(retention: RetentionDue) -> str:
    if not retention.due:
        return UP_TO_DATE
    return CLEANUP_DUE.format(", ".join(f"{table} {count}" for table, count in retention.expired.items()))


def _optout_text(opt_outs: RegisterSummary) -> str:
    return OPT_OUTS.format(opt_outs.customers, opt_outs.erased, opt_outs.emails_not_yet_known)


def _churn_rows(churn: ChurnKpis) -> list[tuple[str, str]]:
    totals, observed, days = churn.totals, churn.observed, churn.horizon_days
    period = churn.data_period
    seen = (SEEN_WITHIN.format(observed.churned, observed.customers, days) if days else
            SEEN_LABEL.format(observed.churned, observed.customers))
    rows = [(QT_TRANSLATE_NOOP("Reports", "Data period"), PERIOD.format(period.first or "—", period.end or "—")),
            (QT_TRANSLATE_NOOP("Reports", "Churn observed on held-out data"), WITH_DETAIL.format(_pct(observed.rate),
                                                                                               seen))]
    analysed = QT_TRANSLATE_NOOP("Reports", "Customers analysed")
    if totals is None:
        return [(analysed, WITHHELD), *rows]
    revenue = _money(totals.revenue_at_risk)
    return [(analysed, SCORED.format(totals.customers)), *rows,
            (PREDICTED_WITHIN.format(days) if days else PREDICTED_LABEL,
             EXPECTED.format(_pct(totals.predicted_rate), totals.expected_churners)),
            (QT_TRANSLATE_NOOP("Reports", "Revenue at risk"),
             VALUE_AT_RISK.format(revenue, churn.value_source) if churn.value_source else revenue)]


def _kpi_blocks(report: PilotReport) -> list[Block]:
    data, churn = report.data, report.churn
    rows = [(QT_TRANSLATE_NOOP("Reports", "Client (controller)"), report.client),
            *(_churn_rows(churn) if churn else []),
            (QT_TRANSLATE_NOOP("Reports", "Opt-outs honoured"), _optout_text(data.opt_outs)),
            (QT_TRANSLATE_NOOP("Reports", "Retention"), _retention_text(data.retention))]
    tables = Table([QT_TRANSLATE_NOOP("Reports", "Table"), QT_TRANSLATE_NOOP("Reports", "Rows")],
                   [[name, str(count)] for name, count in data.tables.items()],
                   QT_TRANSLATE_NOOP("Reports", "No data imported yet."))
    return [Fields(rows), tables, *([] if churn else [Paragraph(NO_MODEL)])]


def _pilot_kpi_blocks(report: PilotReport) -> list[Block]:
    """Baseline, now and change per KPI, and in words what each rests on or why it is missing."""
    view = report.pilot_kpis
    if view is None:
        return [Paragraph(QT_TRANSLATE_NOOP("Reports", "The KPIs were not gathered for this report."))]
    baseline = (f"The baseline was taken on {view.baseline_taken[:10]}, from data up to {view.baseline_as_of or '—'}."
                if view.baseline_taken else "No baseline has been taken yet: it is taken at the first training, or "
                "on request (prevista kpis --baseline, or Take baseline now on the Overview screen).")
    now = f"Now: data up to {view.now_as_of or '—'}, recomputed at every import and training."
    table = Table(["KPI", QT_TRANSLATE_NOOP("Reports", "Baseline"), QT_TRANSLATE_NOOP("Reports", "Now"),
                   QT_TRANSLATE_NOOP("Reports", "Change"), QT_TRANSLATE_NOOP("Reports", "Customers")],
                  [[row.label + (f" ({row.unit})" if row.unit else ""), shown(row.measure, row.baseline),
                    shown(row.measure, row.now), shown(row.measure, row.change, change=True),
                    str(row.customers) if row.now is not None else "—"] for row in view.rows],
                  QT_TRANSLATE_NOOP("Reports", "No KPI computed."))
    notes = [f"{row.label}: {row.basis}." for row in view.rows if row.now is not None and row.basis]
    missing = [f"{row.label}: {row.reason}." for row in view.rows if row.reason]
    blocks: list[Block] = [Paragraph(f"{baseline} {now}"), table]
    if notes:
        blocks += [Paragraph(QT_TRANSLATE_NOOP("Reports", "How each figure is computed:")), Bullets(notes)]
    if missing:
        blocks += [Paragraph(QT_TRANSLATE_NOOP("Reports", "Not shown, and why:")), Bullets(missing)]
    return blocks


def _calibration_text(calibration: Calibration | None) -> str:
    if calibration is None:
        return QT_TRANSLATE_NOOP("Reports", "Calibration: not measured.")
    top, mean_gap, largest_gap = calibration.top_band, calibration.mean_gap, calibration.largest_gap
    return CALIBRATION.format(calibration.bands, mean_gap * 100, largest_gap * 100, _pct(top.predicted),
                              _pct(top.observed))


def _metrics_table(model: ModelQuality) -> Table:
    """The kept model's own figures first; a baseline of the same name would repeat them."""
    columns = {f"{model.model} (kept)": model.metrics,
               **{name: scores for name, scores in model.baselines.items() if name != model.model}}
    rows = [[label, *(scores.text(measure) for scores in columns.values())] for measure, label in METRICS.items()]
    return Table([QT_TRANSLATE_NOOP("Reports", "Held-out measure"), *columns], rows)


def _purchase_table(model: ModelQuality) -> Table:
    rows = [[p.target, p.model, p.metrics.text("roc_auc"),
             "; ".join(f"{name} {scores.text('roc_auc')}" for name, scores in p.baselines.items())] for p in model.purchase]
    return Table([QT_TRANSLATE_NOOP("Reports", "Purchase propensity"), QT_TRANSLATE_NOOP("Reports", "Model kept"),
                  "ROC AUC", QT_TRANSLATE_NOOP("Reports", "Baselines (ROC AUC)")], rows,
                 QT_TRANSLATE_NOOP("Reports", "No purchase-propensity model (no dated purchases to learn from)."))


def _retrain_text(model: ModelQuality) -> str:
    return QT_TRANSLATE_NOOP("Reports", "{0} (every {1} days), or earlier when the drift check reports a shift").format(
        model.retrain_by, model.max_age_days)


def _model_blocks(report: PilotReport) -> list[Block]:
    model = report.model
    if model is None:
        return [Paragraph(NO_MODEL)]
    return [
        Fields([(QT_TRANSLATE_NOOP("Reports", "Churn model kept"), model.model),
                (QT_TRANSLATE_NOOP("Reports", "Model ID"), model.model_id),
                (QT_TRANSLATE_NOOP("Reports", "Trained"), model.trained_at[:16].replace("T", " ") + " UTC"),
                (QT_TRANSLATE_NOOP("Reports", "Outcome"),
                 QT_TRANSLATE_NOOP("Reports", "churn within {0} days, from {1}").format(
                     model.horizon_days, model.label_source) if model.horizon_days
                 else QT_TRANSLATE_NOOP("Reports", "churn as marked by {0}; the label has no time window").format(
                     model.label_source)),
                (QT_TRANSLATE_NOOP("Reports", "Validation"), model.validation)]),
        Paragraph(QT_TRANSLATE_NOOP("Reports", "Quality on held-out customers the model never saw, next to the "
                                    "baselines it had to beat (in brackets: the range that holds the measure in 95 % "
                                    "of resamples of those customers):")),
        _metrics_table(model), Paragraph(_calibration_text(model.calibration)),
        Paragraph(QT_TRANSLATE_NOOP("Reports", "What drives churn risk:")),
        Bullets(model.drivers or (QT_TRANSLATE_NOOP("Reports", "No single driver stands out."),)),
        _purchase_table(model),
        Paragraph(QT_TRANSLATE_NOOP("Reports", "Warnings and notes:")),
        Bullets(model.notes or (QT_TRANSLATE_NOOP("Reports", "None."),)),
        Fields([(QT_TRANSLATE_NOOP("Reports", "Drift reference"),
                 QT_TRANSLATE_NOOP("Reports", "customers as of {0}").format(model.drift_reference)),
                (QT_TRANSLATE_NOOP("Reports", "Retrain by"), _retrain_text(model))]),
    ]


def _segment_blocks(report: PilotReport) -> list[Block]:
    segments, churn = report.segments, report.churn
    if segments is None:
        return [Paragraph(NO_MODEL)]
    rows = segments.rows
    listed = sum(row.size for row in rows)
    analysed = churn.totals.customers if churn and churn.totals else listed
    intro = [Paragraph(SEGMENTS_INTRO.format(len(rows), segments.k, listed, analysed))]
    if segments.value_source:
        intro.append(Paragraph(REVENUE_IS.format(segments.value_source)))
    table = Table([QT_TRANSLATE_NOOP("Reports", "Segment"), QT_TRANSLATE_NOOP("Reports", "Customers"),
                   QT_TRANSLATE_NOOP("Reports", "Churn risk"), QT_TRANSLATE_NOOP("Reports", "Expected churners"),
                   QT_TRANSLATE_NOOP("Reports", "Revenue at risk"),
                   QT_TRANSLATE_NOOP("Reports", "Purchase propensity")],
                  [[row.name, str(row.size), _pct(row.churn_risk), f"{row.expected_churners:.1f}",
                    _money(row.revenue_at_risk), _pct(row.purchase_propensity)] for row in rows],
                  QT_TRANSLATE_NOOP("Reports", "No segment reaches the minimum size."))
    blocks: list[Block] = [*intro, table]
    if rows:
        blocks.append(Paragraph(QT_TRANSLATE_NOOP("Reports", "What sets each segment apart, and what to do:")))
    for row in rows:  # a finding, its evidence and its timing each their own sentence, so each is translated whole
        told = [*([EVIDENCE.format(row.evidence)] if row.evidence else []), *(f"{t}." for t in row.contact_timing)]
        blocks += [Paragraph(FINDING.format(row.name, ", ".join(row.sets_apart), row.action, row.because)),
                   *([Bullets(told)] if told else [])]
    return blocks


def _forecast_summary(forecast: ForecastSummary) -> str:
    return FORECAST.format(forecast.total, len(forecast.weeks), forecast.model, forecast.holdout_weeks, forecast.mae,
                           forecast.baseline_mae, forecast.baseline_name)


def _forecast_blocks(report: PilotReport) -> list[Block]:
    forecast = report.forecast
    if forecast is None:
        return [Paragraph(NO_MODEL)]
    if not forecast.weeks:
        return [Paragraph(forecast.note or NO_FORECAST)]
    weeks = [[week.week_start, f"{week.expected:.0f}", f"{week.lower:.0f}–{week.upper:.0f}"]
             for week in forecast.weeks]
    notes = [Bullets(forecast.notes)] if forecast.notes else []
    return [Paragraph(_forecast_summary(forecast)),
            Table([QT_TRANSLATE_NOOP("Reports", "Week of"), QT_TRANSLATE_NOOP("Reports", "Expected tickets"),
                   QT_TRANSLATE_NOOP("Reports", "Range ({0:.0%})").format(forecast.interval)], weeks), *notes]


def _privacy_blocks(report: PilotReport) -> list[Block]:
    privacy = report.privacy
    log = privacy.log
    state = (LOG_FAILED.format(log.problem) if not log.verified else
             LOG_VERIFIED_ONE if log.entries == 1 else LOG_VERIFIED.format(log.entries))
    identities = (QT_TRANSLATE_NOOP("Reports", "kept only in a separately keyed identity table, never used for "
                                    "analysis")
                  if privacy.identity_table else QT_TRANSLATE_NOOP("Reports", "dropped at import and not stored"))
    return [Fields([(QT_TRANSLATE_NOOP("Reports", "Processing log"), state),
                    (QT_TRANSLATE_NOOP("Reports", "Purpose"), privacy.purpose),
                    (QT_TRANSLATE_NOOP("Reports", "Legal basis"), privacy.legal_basis),
                    (QT_TRANSLATE_NOOP("Reports", "Minimum segment size"), QT_TRANSLATE_NOOP(
                        "Reports", "{0} customers: no figure in this report describes fewer").format(privacy.k)),
                    (QT_TRANSLATE_NOOP("Reports", "Direct identifiers"), identities)]),
            Bullets([AGGREGATES_ONLY,
                     QT_TRANSLATE_NOOP("Reports", "All processing ran offline on this computer; no data was uploaded "
                                       "or shared."),
                     QT_TRANSLATE_NOOP("Reports", "Customer IDs were replaced by encrypted IDs at import; opted-out "
                                       "customers were removed."),
                     QT_TRANSLATE_NOOP("Reports", "Predictions are meant to offer customers help; a person decides on "
                                       "every action.")])]


def document(report: PilotReport) -> Document:
    """One layout for both formats, so the HTML and the PDF always carry the same sections."""
    summary = report.campaigns or CampaignSummary((), None)
    blocks = {"summary": executive_blocks(summary), "campaigns": detail_blocks(summary),
              "kpis": _kpi_blocks(report), "pilot_kpis": _pilot_kpi_blocks(report), "model": _model_blocks(report),
              "segments": _segment_blocks(report),
              "forecast": _forecast_blocks(report), "privacy": _privacy_blocks(report)}
    generated = report.generated[:16].replace("T", " ")
    return Document(report.title, SUBTITLE.format(report.client, generated, AGGREGATES_ONLY),
                    [Section(HEADINGS[key], blocks[key]) for key in HEADINGS])


def render_html(report: PilotReport, translate: Translate = english) -> str:
    return html.render(translated(document(report), translate))


def render_pdf(report: PilotReport, translate: Translate = english) -> bytes:
    return pdf.render(translated(document(report), translate))


def write_report(store: ProjectStore, report: PilotReport, path: Path, fmt: str, *, operator: str,
                 translate: Translate = english) -> Path:
    """Write the report as PDF or HTML (in the reader's language through ``translate``) and log it, naming the
    model whose figures were handed to the client."""
    model_id = report.model.model_id if report.model else None
    return write_document(store, translated(document(report), translate), path, fmt,
                          {"action": Action.REPORT_PILOT, "operator": operator, "model_id": model_id})
