"""The training job: features → validated models → scores → segments → forecast, stored encrypted.

One function, ``train``, that the command line and the GUI both run as a job.
Individual scores stay inside the encrypted project; what leaves it (the
summary, the segment table) is aggregated over segments of at least k
customers.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone

import numpy as np
import polars as pl
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

from prevista.core.analytics import labels
from prevista.core.analytics.card import Cutoffs, DataPeriod, Driver, ModelCard
from prevista.core.analytics.drift import DriftReport, assess, reference
from prevista.core.analytics.features import FeatureSet, ProjectData, build_features
from prevista.core.analytics.forecast import TicketForecast, forecast_tickets
from prevista.core.analytics.model_store import FORMAT_VERSION, library_versions, load_models, sealed_models
from prevista.core.analytics.modeling import (
    BOOSTING,
    LOGISTIC,
    BinaryModel,
    Split,
    cross_validated,
    permutation_drivers,
    select_and_fit,
)
from prevista.core.analytics.release import released_board, released_card, released_forecast
from prevista.core.analytics.segments import SegmentBoard, build_segments, customer_value
from prevista.core.project.closure import refuse_if_closed
from prevista.core.project.requirements import MIN_HISTORY_MONTHS, RARE_LABEL_SHARE, RECOMMENDED_CUSTOMERS
from prevista.core.project.settings import ProjectSettings, changed_settings, purpose_record, settings, stored_form
from prevista.core.runtime.jobs import Progress
from prevista.privacy.disclosure import count, covers_k
from prevista.privacy.errors import PrevistaError
from prevista.privacy.processing_log import legal_basis_text
from prevista.privacy.schema import KEY, Action, Meta, Role, Table, TableKind
from prevista.privacy.store import ProjectStore

FEATURE_WINDOW_DAYS = 84  # features look back at least 12 weeks
LEAKY_AUC = 0.9  # a single customer attribute this predictive almost surely records the outcome
MAX_CATEGORY_MODELS = 3
MIN_CATEGORY_POSITIVES = 20
RECURRING_SHARE = 0.6  # bought by more than this share of active customers in any window: a recurring charge
DRIFT_FEATURES = 8


@dataclass(frozen=True)
class TrainOptions:
    operator: str
    horizon_days: int = 90
    purpose: str = ProjectSettings().purpose
    legal_basis: str = ProjectSettings().legal_basis
    random_state: int = 0
    forecast_weeks: int = 8
    min_segment_size: int | None = None  # None: the project's setting; another value becomes the setting


@dataclass(frozen=True)
class TrainResult:
    """What a training run stored, as released: the model card, the segments with the ticket forecast, and
    its log entry."""

    model_card: ModelCard
    segments: SegmentBoard
    log_entry: int


@dataclass(frozen=True)
class Periods:
    """Where training, testing and scoring look: 'time' (two cutoffs) or 'customers' (one cutoff,
    customers split).  Data without history has no periods: a static snapshot."""

    mode: str
    train_cutoff: date
    test_cutoff: date
    score_cutoff: date
    first: date

    def validation_text(self, horizon: int) -> str:
        if self.mode == "time":
            return (f"time-based hold-out: trained on features as of {self.train_cutoff} with outcomes in the "
                    f"{horizon} days after; tested on features as of {self.test_cutoff} with outcomes up to "
                    f"{self.test_cutoff + timedelta(days=horizon)}")
        return (f"hold-out of 30 % of customers at one cutoff ({self.test_cutoff}); the history is too short "
                "for a time-based hold-out")


def plan_periods(data: ProjectData, horizon: int) -> Periods | None:
    """None for a static snapshot (no dated history); refuses a history too short to learn from."""
    end, first = data.end(), data.first()
    if end is None or first is None:
        return None
    test_cutoff = end - timedelta(days=horizon)
    train_cutoff = test_cutoff - timedelta(days=horizon)
    if train_cutoff - timedelta(days=FEATURE_WINDOW_DAYS) >= first:
        return Periods("time", train_cutoff, test_cutoff, end, first)
    if test_cutoff - timedelta(days=FEATURE_WINDOW_DAYS) >= first:
        return Periods("customers", test_cutoff, test_cutoff, end, first)
    raise PrevistaError(
        f"The history ({first} … {end}) is too short to learn from: it needs at least "
        f"{FEATURE_WINDOW_DAYS + horizon} days (12 weeks of behaviour plus the {horizon}-day outcome window).")


def _current(data: ProjectData, truth: labels.ChurnTruth, cutoff: date, horizon: int) -> pl.Series:
    """Customers active before ``cutoff`` who had not churned by it."""
    active = labels.active_at(data, cutoff, horizon).to_frame(KEY)
    gone = truth.frame.filter(pl.col("churn_day") <= cutoff).select(KEY)
    return active.join(gone, on=KEY, how="anti")[KEY]


def _labelled(data: ProjectData, truth: labels.ChurnTruth, cutoff: date, horizon: int) -> tuple[FeatureSet, np.ndarray]:
    keys = _current(data, truth, cutoff, horizon)
    features = build_features(data, cutoff, keys)
    return features, labels.churned_within(truth, keys, cutoff, horizon).to_numpy()


def _single_feature_auc(values: pl.Series, y: np.ndarray) -> float:
    if values.dtype == pl.String:
        frame = pl.DataFrame({"v": values.fill_null("(missing)"), "y": y})
        values = frame.join(frame.group_by("v").agg(pl.col("y").mean().alias("m")), on="v", how="left")["m"]
    filled = values.cast(pl.Float64).fill_null(values.cast(pl.Float64).median() or 0.0).to_numpy()
    if np.unique(filled).size < 2 or not 0 < y.sum() < len(y):
        return 0.5
    return float(roc_auc_score(y, filled))


def leaky_attributes(data: ProjectData, features: FeatureSet, y: np.ndarray) -> dict[str, str]:
    """Customer attributes that alone separate the outcome almost perfectly: they record it."""
    static = set(data.columns(TableKind.CUSTOMERS, Role.NUMBER) + data.columns(TableKind.CUSTOMERS, Role.CATEGORY))
    leaky = {}
    for column in (c for c in features.columns if c in static):
        auc = _single_feature_auc(features.frame[column], y)
        if max(auc, 1 - auc) > LEAKY_AUC:
            leaky[column] = f"alone predicts the outcome with ROC AUC {max(auc, 1 - auc):.2f}: it most likely records it"
    return leaky


def _split(features: FeatureSet, y: np.ndarray, columns: list[str]) -> Split:
    return Split(features.frame.select(KEY, *columns), y)


def _customer_split(split: Split, random_state: int) -> tuple[Split, Split]:
    train_idx, test_idx = train_test_split(np.arange(split.X.height), test_size=0.3, stratify=split.y,
                                           random_state=random_state)
    train_idx, test_idx = np.sort(train_idx), np.sort(test_idx)
    return Split(split.X[train_idx], split.y[train_idx]), Split(split.X[test_idx], split.y[test_idx])


def _drivers(model: BinaryModel, test: Split, descriptions: dict[str, tuple[str, str]], outcome: str,
             random_state: int, k: int) -> list[Driver]:
    """Plain-language global drivers: what the model relies on, and in which direction."""
    result = []
    predictions = model.predict(test.X)
    for column, importance in permutation_drivers(model, test, random_state)[:6]:
        if importance <= 0.001:
            continue
        values = test.X[column]
        if values.dtype == pl.String:
            text = _category_driver(values, predictions, column, outcome, k)
        else:
            ranks = np.argsort(np.argsort(values.fill_null(values.median() or 0.0).to_numpy()))
            sign = np.corrcoef(ranks, np.argsort(np.argsort(predictions)))[0, 1]
            high, low = descriptions.get(column, (f"high {column}", f"low {column}"))
            text = f"{(high if sign > 0 else low)[0].upper()}{(high if sign > 0 else low)[1:]} → higher {outcome} risk"
        result.append(Driver(feature=column, importance=round(importance, 4), text=text))
    return result


def _category_driver(values: pl.Series, predictions: np.ndarray, column: str, outcome: str, k: int) -> str:
    """The riskiest value among those at least k held-out customers share: a rarer value would single them out."""
    frame = pl.DataFrame({"v": values.fill_null("(missing)"), "p": predictions})
    groups = frame.group_by("v").agg(pl.col("p").mean(), pl.len().alias("n")).sort("p", descending=True)
    shared = [value for value, _, customers in groups.iter_rows() if covers_k(customers, k)]
    if len(shared) < 2:
        return f"Which {column} a customer has changes their {outcome} risk"
    return f"Customers with {column} '{shared[0]}' have the highest {outcome} risk"


@dataclass(frozen=True)
class _Fitted:
    """What training learnt, whichever way it was validated, and today's features to score with."""

    churn: BinaryModel
    purchases: dict[str, BinaryModel]
    recurring: list[str]  # purchase categories bought like a subscription, so not predicted
    leaky: dict[str, str]
    label_source: str
    now_fs: FeatureSet


def _train_churn(data: ProjectData, periods: Periods, truth: labels.ChurnTruth, horizon: int,
                 random_state: int, k: int, progress: Progress) -> tuple[BinaryModel, FeatureSet, FeatureSet, dict[str, str]]:
    progress.report(0.0, "Computing features at the training and test cutoffs")
    train_fs, y_train = _labelled(data, truth, periods.train_cutoff, horizon)
    leaky = leaky_attributes(data, train_fs, y_train)
    numeric = [c for c in train_fs.numeric if c not in leaky]
    categorical = [c for c in train_fs.categorical if c not in leaky]
    train = _split(train_fs, y_train, numeric + categorical)
    test_fs = train_fs
    if periods.mode == "time":
        test_fs, y_test = _labelled(data, truth, periods.test_cutoff, horizon)
        test = _split(test_fs, y_test, numeric + categorical)
    else:
        train, test = _customer_split(train, random_state)
    progress.report(0.4, "Training and validating the churn model")
    model = select_and_fit("churn", train, test, numeric, categorical, periods.validation_text(horizon), random_state)
    progress.report(0.85, "Explaining the churn model")
    model.drivers = _drivers(model, test, train_fs.descriptions, "churn", random_state, k)
    return model, train_fs, test_fs, leaky


def _fit_history(data: ProjectData, periods: Periods, horizon: int, random_state: int, k: int,
                 progress: Progress) -> _Fitted:
    """Churn and purchase models learnt from dated history, validated on a later period (or on held-out customers)."""
    truth = labels.churn_truth(data, horizon, periods.score_cutoff)
    churn, train_fs, test_fs, leaky = _train_churn(data, periods, truth, horizon, random_state, k,
                                                   progress.slice(0.1, 0.45))
    progress.report(0.45, "Training purchase-propensity models")
    purchases, recurring = _train_purchases(data, periods, (train_fs, test_fs), (churn.numeric, churn.categorical),
                                            horizon, random_state)
    progress.report(0.6, "Computing today's features")
    now_fs = build_features(data, periods.score_cutoff, _current(data, truth, periods.score_cutoff, horizon))
    return _Fitted(churn, purchases, recurring, leaky, truth.source, now_fs)


def _fit_static(data: ProjectData, random_state: int, k: int) -> _Fitted:
    """A churn model learnt from a snapshot's label by cross-validation; no history, so no purchase model."""
    found = labels.static_labels(data)
    if found is None:
        raise PrevistaError("There is no history and no churn label: map a churn/status column as 'label', "
                            "or import transactions, tickets or usage events with dates.")
    keys, churned, label = found
    features = build_features(data, None, keys)
    y = churned.to_numpy().astype(int)
    leaky = leaky_attributes(data, features, y)
    numeric = [c for c in features.numeric if c not in leaky]
    categorical = [c for c in features.categorical if c not in leaky]
    split = _split(features, y, numeric + categorical)
    model = cross_validated("churn", split, numeric, categorical, random_state)
    _, holdout = _customer_split(split, random_state)
    model.drivers = _drivers(model, holdout, features.descriptions, "churn", random_state, k)
    return _Fitted(model, {}, [], leaky, f"the churn label '{label}' (a static snapshot)",
                   build_features(data, None, keys.filter(~churned)))


def purchase_targets(data: ProjectData, keys: pl.Series, cutoff: date, horizon: int) -> tuple[dict[str, list[str] | None], list[str]]:
    """What to predict: a purchase outside recurring charges, and the frequent one-off categories.

    A category nearly every active customer buys in any window (a subscription
    fee) carries no propensity to learn; it is named and left out.
    """
    if labels.purchase_category_column(data) is None:
        return {"purchase": None}, []
    rates = labels.category_rates(data, keys, cutoff, horizon)
    recurring = [c for c, rate in rates.items() if rate > RECURRING_SHARE]
    one_off = [c for c in rates if c not in recurring]
    targets: dict[str, list[str] | None] = {"purchase": one_off or None}
    targets.update({f"purchase: {c}": [c] for c in one_off[:MAX_CATEGORY_MODELS]})
    return targets, recurring


def _train_purchases(data: ProjectData, periods: Periods, features: tuple[FeatureSet, FeatureSet],
                     columns: tuple[list[str], list[str]], horizon: int,
                     random_state: int) -> tuple[dict[str, BinaryModel], list[str]]:
    """Purchase propensity within the horizon, overall and per one-off category, on the churn model's
    populations and features."""
    if TableKind.TRANSACTIONS not in data.tables or not data.event_date(TableKind.TRANSACTIONS):
        return {}, []
    numeric, categorical = columns
    train_fs, test_fs = features
    targets, recurring = purchase_targets(data, train_fs.frame[KEY], periods.train_cutoff, horizon)
    models = {}
    for name, categories in targets.items():
        y_train = labels.purchased_within(data, train_fs.frame[KEY], periods.train_cutoff, horizon, categories).to_numpy()
        y_test = labels.purchased_within(data, test_fs.frame[KEY], periods.test_cutoff, horizon, categories).to_numpy()
        train, test = _split(train_fs, y_train, numeric + categorical), _split(test_fs, y_test, numeric + categorical)
        if periods.mode != "time":
            train, test = _customer_split(train, random_state)
        if y_train.mean() > RECURRING_SHARE or min(train.y.sum(), test.y.sum(), len(train.y) - train.y.sum()) < MIN_CATEGORY_POSITIVES:
            continue
        candidates = (LOGISTIC,) if categories is not None and len(categories) == 1 else (LOGISTIC, BOOSTING)
        models[name] = select_and_fit(name, train, test, numeric, categorical, periods.validation_text(horizon),
                                      random_state, candidates)
    return models, recurring


def _warnings(periods: Periods | None, customers: int, model: BinaryModel) -> tuple[str, ...]:
    warnings = []
    if periods is not None and (periods.score_cutoff - periods.first).days < MIN_HISTORY_MONTHS * 30.44:
        warnings.append(f"history covers less than {MIN_HISTORY_MONTHS} months: seasonal effects and slow churn are not learnt")
    if customers < RECOMMENDED_CUSTOMERS:
        warnings.append(f"only about {count(customers)} current customers: expect wide uncertainty in every figure")
    positives = model.counts.get("train_positives", model.counts.get("positives", 0))
    rows = model.counts.get("train_rows", model.counts.get("rows", 1))
    if positives / max(rows, 1) < RARE_LABEL_SHARE:
        warnings.append(f"churn is rare in the training data (about {count(positives)} of {count(rows)}): "
                        "the model has little to learn from")
    return tuple(warnings)


def _wanted_settings(current: ProjectSettings, options: TrainOptions) -> ProjectSettings:
    """The settings this run applies.  Its k cuts the segments it stores, which the dashboard, the reports
    and retention re-check against the setting, so a k given for the run becomes the setting: checked like
    any other (``replace`` builds a checked ``ProjectSettings``) before the work starts, and named in the
    run's log entry."""
    if options.min_segment_size is None:
        return current
    return replace(current, min_segment_size=options.min_segment_size)


def train(store: ProjectStore, options: TrainOptions, progress: Progress | None = None,
          now: datetime | None = None) -> TrainResult:
    """Train, validate, score, segment and forecast; commit everything in one step with its log entry."""
    refuse_if_closed(store)
    progress = progress or Progress()
    now = now or datetime.now(timezone.utc)
    legal_basis_text(options.legal_basis)
    current = settings(store)
    wanted = _wanted_settings(current, options)
    horizon = options.horizon_days
    progress.report(0.02, "Loading the project's tables")
    data = ProjectData.load(store)
    if not data.tables:
        raise PrevistaError("The project holds no data yet: import a CRM export first.")
    periods = plan_periods(data, horizon)
    progress.report(0.1, "Computing features and training the churn model")
    k = wanted.min_segment_size
    fitted = (_fit_static(data, options.random_state, k) if periods is None
              else _fit_history(data, periods, horizon, options.random_state, k, progress))
    churn, purchases, now_fs = fitted.churn, fitted.purchases, fitted.now_fs
    progress.report(0.65, "Scoring current customers")
    scores = now_fs.frame.select(KEY).with_columns(pl.Series("churn_risk", churn.predict(now_fs.frame)))
    if "purchase" in purchases:
        scores = scores.with_columns(pl.Series("purchase_propensity", purchases["purchase"].predict(now_fs.frame)))
    progress.report(0.7, "Finding behavioural segments")
    value, value_source = customer_value(data, now_fs)
    if value is not None:
        scores = scores.with_columns(value.fill_null(0).cast(pl.Float64).alias("value"))
    segments, assignment = build_segments(data, now_fs, scores, k,
                                          periods.score_cutoff if periods else None, options.forecast_weeks,
                                          options.random_state, value_source)
    scores = scores.with_columns(pl.Series("segment", assignment, dtype=pl.Int32))
    progress.report(0.9, "Saving models and scores")
    payload, model_id = sealed_models(store, {"churn": churn, **purchases})
    card = _card(periods, horizon, fitted, scores, now, segments, model_id, k)
    changed = changed_settings(current, wanted)
    forecast = segments.forecast.to_dict() if segments.forecast else None
    entry = store.commit(
        put={Table.SCORES: scores, Table.MODELS: payload},
        meta={Meta.MODEL_CARD: card.to_dict(), Meta.SEGMENTS: segments.stored(), Meta.FORECAST: forecast,
              **({Meta.SETTINGS: stored_form(wanted)} if changed else {})},
        log_record={
            "action": Action.TRAIN, "operator": options.operator, "purpose": options.purpose,
            "legal_basis": legal_basis_text(options.legal_basis),
            "data_categories": sorted(k.value for k in data.tables),
            "counts": {"customers_scored": scores.height, **churn.counts, "segments": len(segments.segments)},
            "model_id": model_id,
            "details": {"validation": card.validation_mode, "model": churn.chosen, "horizon_days": horizon,
                        **({"settings_changed": changed} if changed else {})},
        },
    )
    assert entry is not None, "a commit with a log record returns its entry"
    progress.finished("Training finished")
    return TrainResult(released_card(card, k), released_board(segments, k), int(entry["seq"]))


def _card(periods: Periods | None, horizon: int, fitted: _Fitted, scores: pl.DataFrame, now: datetime,
          segments: SegmentBoard, model_id: str, k: int) -> ModelCard:
    churn, now_fs = fitted.churn, fitted.now_fs
    tracked = [d.feature for d in churn.drivers if d.feature in now_fs.numeric][:DRIFT_FEATURES]
    drift_reference = {f: reference(now_fs.frame[f].cast(pl.Float64).to_numpy(), k) for f in tracked}
    drift_reference["churn_risk"] = reference(scores["churn_risk"].to_numpy(), k)
    return ModelCard(
        trained_at=now.isoformat(timespec="seconds"),
        validation_mode=periods.mode if periods else "static",
        data_period=DataPeriod(first=str(periods.first) if periods else None,
                               end=str(periods.score_cutoff) if periods else None),
        cutoffs=Cutoffs(train=str(periods.train_cutoff if periods else None),
                        test=str(periods.test_cutoff if periods else None),
                        score=str(periods.score_cutoff if periods else None)),
        horizon_days=horizon,
        label_source=fitted.label_source,
        features=tuple(churn.numeric + churn.categorical),
        excluded_features=fitted.leaky,
        churn=churn.report(),
        purchase={name: model.report() for name, model in fitted.purchases.items()},
        customers_scored=scores.height,
        segments=len(segments.segments),
        warnings=_warnings(periods, scores.height, churn),
        drift_reference=drift_reference,
        recurring_purchases=tuple(fitted.recurring),
        model_id=model_id,
        format=FORMAT_VERSION,
        libraries=library_versions(),
    )


def scoring_features(data: ProjectData, card: ModelCard) -> FeatureSet:
    """Features of today's customers, computed the way the model was trained."""
    if card.validation_mode == "static":
        found = labels.static_labels(data)
        if found is None:
            raise PrevistaError("The churn label the model was trained on is no longer in the data; retrain.")
        keys, churned, _ = found
        return build_features(data, None, keys.filter(~churned))
    end = data.end()
    if end is None:
        raise PrevistaError("The dated history the model was trained on is no longer in the data; retrain.")
    truth = labels.churn_truth(data, card.horizon_days, end)
    return build_features(data, end, _current(data, truth, end, card.horizon_days))


def check_drift(store: ProjectStore, *, operator: str, now: datetime | None = None) -> DriftReport:
    """PSI of the main features and of the score against the training snapshot; logged."""

    models, card = load_models(store)
    features = scoring_features(ProjectData.load(store), card)
    current = {name: features.frame[name].cast(pl.Float64).to_numpy()
               for name in card.drift_reference if name in features.frame.columns}
    current["churn_risk"] = models["churn"].predict(features.frame)
    result = assess(card, current, now=now, max_age_days=settings(store).model_max_age_days)
    store.record({"action": Action.DRIFT_CHECK, "operator": operator, **purpose_record(store), "model_id": card.model_id,
                  "counts": {"customers": features.frame.height},
                  "details": {"retrain_recommended": result.retrain_recommended}})
    return result


def forecast_support(store: ProjectStore, *, weeks: int, operator: str) -> TicketForecast:
    """A fresh weekly ticket forecast from the stored interactions; logged."""

    data = ProjectData.load(store)
    column = data.event_date(TableKind.INTERACTIONS)
    if column is None:
        raise PrevistaError("No support interactions with dates in this project: import tickets to forecast them.")
    result = released_forecast(forecast_tickets(data.tables[TableKind.INTERACTIONS][column], weeks=weeks).published())
    store.record({"action": Action.FORECAST, "operator": operator, **purpose_record(store),
                  "data_categories": ["support interactions"], "counts": {"weeks": weeks,
                  "history_weeks": len(result.history)}})
    return result
