"""The training job: features → validated models → scores → segments → forecast, stored encrypted.

One function, ``train``, that the command line and the GUI both run as a job.
Individual scores stay inside the encrypted project; what leaves it (the
summary, the segment table) is aggregated over segments of at least k
customers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from functools import partial

import numpy as np
import polars as pl
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

from prevista.core.analytics import btyd, labels
from prevista.core.analytics.card import (
    BOOSTING,
    BTYD,
    CHANCE_DATED,
    CHANCE_SNAPSHOT,
    CUSTOMER_HOLD_OUT,
    FEATURES_AS_OF,
    FEW_CUSTOMERS,
    LEAKY,
    LOGISTIC,
    RARE_CHURN,
    SEASONAL_CHURN,
    SHORT_HISTORY,
    STACKED_AS_OF,
    TIME_HOLD_OUT,
    Cutoffs,
    DataPeriod,
    Driver,
    ModelCard,
)
from prevista.core.analytics.drift import DriftReport, assess, reference
from prevista.core.analytics.exact import exact_mean
from prevista.core.analytics.features import FeatureSet, ProjectData, build_features, described
from prevista.core.analytics.forecast import TicketForecast, forecast_tickets
from prevista.core.analytics.kpi_record import as_stored, recompute
from prevista.core.analytics.model_store import FORMAT_VERSION, library_versions, load_models, sealed_models
from prevista.core.analytics.modeling import (
    MAX_TEST_ROWS,
    MAX_TRAIN_ROWS,
    BinaryModel,
    Split,
    cross_validated,
    metrics,
    permutation_drivers,
    select_and_fit,
    title,
)
from prevista.core.analytics.release import released_board, released_card, released_forecast
from prevista.core.analytics.segments import SegmentBoard, build_segments, check_value_column, customer_value
from prevista.core.project.closure import refuse_if_closed
from prevista.core.project.requirements import MIN_HISTORY_MONTHS, RARE_LABEL_SHARE, RECOMMENDED_CUSTOMERS
from prevista.core.project.settings import ProjectSettings, changed_settings, purpose_record, settings, stored_form
from prevista.core.runtime.jobs import Progress
from prevista.core.runtime.threads import beside, one_native_thread
from prevista.privacy.catalogue import QT_TRANSLATE_NOOP
from prevista.privacy.disclosure import count, covers_k, rate
from prevista.privacy.errors import PrevistaError
from prevista.privacy.processing_log import legal_basis_text
from prevista.privacy.schema import KEY, Action, Meta, Role, Table, TableKind
from prevista.privacy.store import ProjectStore

FEATURE_WINDOW_DAYS = 84  # features look back at least 12 weeks
CHANCE_AUC = 0.5
LEAKY_AUC = 0.9  # a single customer attribute this predictive almost surely records the outcome
MAX_CATEGORY_MODELS = 3
MIN_CATEGORY_POSITIVES = 20
RECURRING_SHARE = 0.6  # bought by more than this share of active customers in any window: a recurring charge
DRIFT_FEATURES = 8
HIGHER_RISK = QT_TRANSLATE_NOOP("Drivers", "{0} → higher {1} risk")
WHICH_CATEGORY = QT_TRANSLATE_NOOP("Drivers", "Which {0} a customer has changes their {1} risk")
HIGHEST_CATEGORY = QT_TRANSLATE_NOOP("Drivers", "Customers with {0} '{1}' have the highest {2} risk")
MAX_STACKED_CUTOFFS = 4  # training cutoffs stacked where the history allows: more rows, a year of seasons
STACK_STEP_DAYS = 91  # stacked cutoffs at least a quarter apart
MIN_OUTCOMES = 5  # of each outcome, in the training and in the test window, to learn and check a model
SEASONAL_RATIO = 1.25  # base rates of the training and test windows further apart than this get a warning
SEASONAL_POINTS = 0.02  # ... and at least this far apart in absolute terms


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

    def stacked_cutoffs(self, horizon: int) -> list[date]:
        """The training cutoff and earlier ones, a season apart, each with 12 weeks of history before it and
        its outcome window ending by the test cutoff."""
        if self.mode != "time":
            return [self.train_cutoff]
        step = timedelta(days=max(horizon, STACK_STEP_DAYS))
        cutoffs = [self.train_cutoff - i * step for i in range(MAX_STACKED_CUTOFFS)]
        return [c for c in cutoffs if c - timedelta(days=FEATURE_WINDOW_DAYS) >= self.first]

    def validation_text(self, horizon: int, stacked: int = 1) -> str:
        if self.mode == "time":
            trained = (FEATURES_AS_OF.format(self.train_cutoff) if stacked == 1
                       else STACKED_AS_OF
                       .format(stacked, self.train_cutoff))
            return TIME_HOLD_OUT.format(
                trained, horizon, self.test_cutoff, self.test_cutoff + timedelta(days=horizon))
        return CUSTOMER_HOLD_OUT.format(self.test_cutoff)


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


@dataclass(frozen=True)
class _Rows:
    """The training rows (from one or several stacked cutoffs) and the test rows, with the cutoff and
    customers each part came from, so every outcome is taken at its own cutoff."""

    train: FeatureSet
    parts: list[tuple[date, pl.Series]]  # in row order
    test: FeatureSet
    test_cutoff: date

    def outcomes(self, label: Callable[[pl.Series, date], pl.Series]) -> tuple[np.ndarray, np.ndarray]:
        y_train = np.concatenate([label(keys, cutoff).to_numpy() for cutoff, keys in self.parts])
        return y_train, label(self.test.frame[KEY], self.test_cutoff).to_numpy()


def _fits(data: ProjectData, random_state: int = 0) -> btyd.Fits | None:
    """The buy-till-you-die fits of one run; None without dated purchases."""
    purchases = labels.purchase_days(data)
    return None if purchases is None else btyd.Fits(purchases, random_state)


def _features_at(data: ProjectData, truth: labels.ChurnTruth, cutoff: date, horizon: int,
                 fits: btyd.Fits | None) -> FeatureSet:
    """The population's features at a cutoff, with the buy-till-you-die view of their purchases up to it."""
    features = build_features(data, cutoff, labels.population(data, truth, cutoff, horizon))
    if fits is None:
        return features
    frame = features.frame.join(btyd.features(fits, cutoff, horizon), on=KEY, how="left", maintain_order="left")
    return FeatureSet(frame, features.numeric + list(btyd.FEATURES), features.categorical, features.cutoff,
                      {**features.descriptions, **btyd.FEATURES})


def _rows(data: ProjectData, truth: labels.ChurnTruth, periods: Periods, horizon: int, fits: btyd.Fits | None,
          progress: Progress) -> _Rows:
    """Training rows from the latest training cutoff and earlier ones until they are plenty: a customer
    appears once per cutoff, each time with that cutoff's features.  A customer split tests on the same rows."""
    cutoffs = periods.stacked_cutoffs(horizon)
    progress.report(0.0, f"Computing features as of {cutoffs[0]}")
    parts = [_features_at(data, truth, cutoffs[0], horizon, fits)]
    for cutoff in cutoffs[1:]:
        if sum(fs.frame.height for fs in parts) >= MAX_TRAIN_ROWS:  # more would only be sampled away
            break
        progress.report(len(parts) / (len(cutoffs) + 1), f"Computing features as of {cutoff}")
        parts.append(_features_at(data, truth, cutoff, horizon, fits))
    first = parts[0]
    train = first if len(parts) == 1 else FeatureSet(
        pl.concat([fs.frame.select(first.frame.columns) for fs in parts], how="vertical_relaxed"),
        first.numeric, first.categorical, first.cutoff, first.descriptions)
    origins = [(cutoff, fs.frame[KEY]) for cutoff, fs in zip(cutoffs, parts, strict=False)]
    if periods.mode != "time":
        return _Rows(train, origins, train, periods.test_cutoff)
    progress.report(len(cutoffs) / (len(cutoffs) + 1), f"Computing features as of {periods.test_cutoff} (the test cutoff)")
    return _Rows(train, origins, _features_at(data, truth, periods.test_cutoff, horizon, fits), periods.test_cutoff)


def _splits(rows: _Rows, outcomes: tuple[np.ndarray, np.ndarray], columns: list[str], random_state: int) -> tuple[Split, Split]:
    """Train and test splits: later period, or (one cutoff) held-out customers."""
    train = _split(rows.train, outcomes[0], columns)
    if rows.test is not rows.train:
        return train, _split(rows.test, outcomes[1], columns)
    return _customer_split(train, random_state)


def _window(cutoff: date, horizon: int) -> str:
    return f"in the {horizon} days after {cutoff}"


def _require_outcomes(y: np.ndarray, truth: labels.ChurnTruth, window: str, test: bool) -> None:
    """Refuse, in plain words, outcomes a churn model cannot be learnt from or checked on."""
    churned, stayed = int(y.sum()), int(len(y) - y.sum())
    if churned >= MIN_OUTCOMES and stayed >= MIN_OUTCOMES:
        return
    advice = ("Try a shorter horizon, or import a longer history, or a churn label or cancellation dates."
              if not truth.dated else "Try a longer horizon, or import a longer history.")
    stop = "stopped being active" if not truth.dated else "churned"
    where = "the test window" if test else "the training window"
    if churned == 0 and not test:
        raise PrevistaError(f"No customer in this history {stop} {window} (churn here means {truth.source}); "
                            f"churn cannot be learned from it. {advice}")
    if churned < MIN_OUTCOMES:
        raise PrevistaError(f"Only {churned} customers {stop} {window} ({where}): at least {MIN_OUTCOMES} are "
                            f"needed to {'check' if test else 'learn'} a churn model. {advice}")
    raise PrevistaError(f"Almost every customer {stop} {window} ({where}: {stayed} stayed active): a model "
                        f"cannot tell who stays. Try a {'longer' if not truth.dated else 'shorter'} horizon, "
                        "or check that the whole history was imported.")


def _single_feature_auc(values: pl.Series, y: np.ndarray) -> float:
    if values.dtype == pl.String:
        frame = pl.DataFrame({"v": values.fill_null("(missing)"), "y": y})
        means = frame.group_by("v").agg(pl.col("y").mean().alias("m"))
        values = frame.join(means, on="v", how="left", maintain_order="left")["m"]
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
            leaky[column] = LEAKY.format(max(auc, 1 - auc))
    return leaky


def _split(features: FeatureSet, y: np.ndarray, columns: list[str]) -> Split:
    return Split(features.frame.select(KEY, *columns), y)


def _customer_split(split: Split, random_state: int) -> tuple[Split, Split]:
    train_idx, test_idx = train_test_split(np.arange(split.X.height), test_size=0.3, stratify=split.y,
                                           random_state=random_state)
    train_idx, test_idx = np.sort(train_idx), np.sort(test_idx)
    return Split(split.X[train_idx], split.y[train_idx]), Split(split.X[test_idx], split.y[test_idx])


def _drivers(model: BinaryModel, test: Split, descriptions: dict[str, tuple[str, str]], outcome: str,
             random_state: int, k: int, progress: Progress) -> list[Driver]:
    """Plain-language global drivers: what the model relies on, and in which direction."""
    progress.report(0.0, f"{title(model.target)}: measuring what the model relies on")
    result = []
    test = test.sample(MAX_TEST_ROWS, random_state)  # the rows the model was measured on (select_and_fit)
    predictions = model.predict(test.X)
    for column, importance in permutation_drivers(model, test, random_state, progress=progress)[:6]:
        if importance <= 0.001:
            continue
        values = test.X[column]
        if values.dtype == pl.String:
            text = _category_driver(values, predictions, column, outcome, k)
        else:
            ranks = np.argsort(np.argsort(values.fill_null(values.median() or 0.0).to_numpy()))
            sign = np.corrcoef(ranks, np.argsort(np.argsort(predictions)))[0, 1]
            phrase = descriptions.get(column, described(column))[0 if sign > 0 else 1]
            text = HIGHER_RISK.format(phrase[:1].upper() + phrase[1:], outcome)
        result.append(Driver(feature=column, importance=round(importance, 4), text=text))
    return result


def _category_driver(values: pl.Series, predictions: np.ndarray, column: str, outcome: str, k: int) -> str:
    """The riskiest value among those at least k held-out customers share: a rarer value would single them out."""
    frame = pl.DataFrame({"v": values.fill_null("(missing)"), "p": predictions})
    groups = (frame.group_by("v").agg(exact_mean(pl.col("p")), pl.len().alias("n"))  # the same each run, ties by name
              .sort(["p", "v"], descending=[True, False]))
    shared = [value for value, _, customers in groups.iter_rows() if covers_k(customers, k)]
    if len(shared) < 2:
        return WHICH_CATEGORY.format(column, outcome)
    return HIGHEST_CATEGORY.format(column, shared[0], outcome)


@dataclass(frozen=True)
class _Fitted:
    """What training learnt, whichever way it was validated, and today's features to score with."""

    churn: BinaryModel
    purchases: dict[str, BinaryModel]
    recurring: list[str]  # purchase categories bought like a subscription, so not predicted
    leaky: dict[str, str]
    label_source: str
    now_fs: FeatureSet
    warnings: tuple[str, ...] = ()
    buy_till_you_die: btyd.View | None = None  # fitted on the purchases up to the scoring cutoff


def _train_churn(data: ProjectData, truth: labels.ChurnTruth, rows: _Rows, periods: Periods, horizon: int,
                 random_state: int, k: int, progress: Progress) -> tuple[BinaryModel, dict[str, str], Split, str | None]:
    """The churn model, what was left out as leaky, its test split, and a warning where the churn rate of the
    training windows and the test window differ (seasonality, or a changing shop)."""
    progress.report(0.0, "Computing outcomes at the training and test cutoffs")
    y_train, y_test = rows.outcomes(lambda keys, cutoff: labels.churned_within(data, truth, keys, cutoff, horizon))
    _require_outcomes(y_train, truth, _window(periods.train_cutoff, horizon), test=False)
    leaky = leaky_attributes(data, rows.train, y_train)
    numeric = [c for c in rows.train.numeric if c not in leaky]
    categorical = [c for c in rows.train.categorical if c not in leaky]
    train, test = _splits(rows, (y_train, y_test), numeric + categorical, random_state)
    _require_outcomes(train.y, truth, _window(periods.train_cutoff, horizon), test=False)
    _require_outcomes(test.y, truth, _window(periods.test_cutoff, horizon), test=True)
    model = select_and_fit("churn", train, test, numeric, categorical,
                           periods.validation_text(horizon, len(rows.parts)), random_state,
                           progress=progress.slice(0.1, 0.75))
    model.drivers = _drivers(model, test, rows.train.descriptions, "churn", random_state, k,
                             progress.slice(0.75, 1.0))
    return model, leaky, test, _seasonal(float(train.y.mean()), float(test.y.mean()))


def _seasonal(train_rate: float, test_rate: float) -> str | None:
    low, high = sorted((train_rate, test_rate))
    if high - low < SEASONAL_POINTS or high < low * SEASONAL_RATIO:
        return None
    return SEASONAL_CHURN.format(rate(train_rate), rate(test_rate))


def _fit_history(data: ProjectData, periods: Periods, horizon: int, random_state: int, k: int,
                 progress: Progress) -> _Fitted:
    """Churn and purchase models learnt from dated history, validated on a later period (or on held-out customers).

    The buy-till-you-die figures are computed on a thread beside the run, from the first training cutoff to
    today's seasons, in the order the run asks for them: each is a single-threaded fit, and the features
    beside them kept 1.2 of two cores busy.  Four tables' training, alternating: 34.7 / 35.4 s → 33.8 / 33.0 s
    (the fits' 2.6 s on the run's own thread → 0.5 s), peak 2.76–2.78 → 2.80–2.84 GB."""
    truth = labels.churn_truth(data, horizon)
    progress.report(0.1, "Summarising each customer's purchases")
    fits = _fits(data, random_state)
    cutoffs = [periods.stacked_cutoffs(horizon)[0], periods.test_cutoff, periods.score_cutoff]
    with beside(partial(fits.ahead, cutoffs, cutoffs[1:], horizon) if fits is not None else None):
        return _fitted_history(data, truth, periods, horizon, random_state, k, fits, progress)


def _fitted_history(data: ProjectData, truth: labels.ChurnTruth, periods: Periods, horizon: int, random_state: int,
                    k: int, fits: btyd.Fits | None, progress: Progress) -> _Fitted:
    rows = _rows(data, truth, periods, horizon, fits, progress.slice(0.11, 0.15))
    churn, leaky, churn_test, seasonal = _train_churn(data, truth, rows, periods, horizon, random_state, k,
                                                      progress.slice(0.15, 0.35))
    progress.report(0.35, "Training purchase-propensity models")
    purchases, recurring = _train_purchases(data, periods, rows, (churn.numeric, churn.categorical),
                                            horizon, random_state, progress.slice(0.35, 0.55))
    view = None if fits is None else _buy_till_you_die(fits, periods, horizon, churn, churn_test,
                                                       progress.slice(0.55, 0.6))
    del rows, churn_test  # every training and test row's features (0.4 GB at four tables) go before today's come
    progress.report(0.6, "Computing today's features")
    now_fs = _features_at(data, truth, periods.score_cutoff, horizon, fits)
    return _Fitted(churn, purchases, recurring, leaky, truth.source, now_fs,
                   (seasonal,) if seasonal else (), view)


def _buy_till_you_die(fits: btyd.Fits, periods: Periods, horizon: int, churn: BinaryModel, test: Split,
                      progress: Progress) -> btyd.View | None:
    """BG/NBD beside the classifier: fitted at the test cutoff, it is a reference the churn model must beat
    and its total forecast is checked against what happened; fitted at the end, it scores today."""
    progress.report(0.0, f"Fitting the buy-till-you-die model as of {periods.test_cutoff} (the test cutoff)")
    summary, before = fits.at(periods.test_cutoff)
    progress.report(0.3, f"Fitting the buy-till-you-die model as of {periods.score_cutoff}")
    _, now = fits.at(periods.score_cutoff)
    expected = []
    for number, cutoff in enumerate((periods.test_cutoff, periods.score_cutoff)):
        progress.report(0.6 + 0.2 * number, f"Buy-till-you-die: expected purchases per customer as of {cutoff}")
        expected.append(fits.customers(cutoff, horizon)["expected_purchases"])
    if before is None or now is None or any(values.null_count() for values in expected):
        return None  # too few repeat buyers, or no fit that forecasts: the classifier stands alone
    weeks = horizon / btyd.DAYS_PER_WEEK
    quiet = pl.DataFrame({KEY: summary.keys, "p": before.p_no_purchase(summary, weeks)})
    scored = test.X.select(KEY).join(quiet, on=KEY, how="left", maintain_order="left")["p"]
    if scored.null_count() == 0:
        churn.baselines[BTYD] = metrics(test.y, scored.to_numpy())
    # each total is adjusted by the season as known at its own cutoff, so the hold-out checks what today does
    forecast = float(fits.customers(periods.test_cutoff, horizon)["expected_purchases"].sum())
    forecast *= fits.season(periods.test_cutoff, horizon) or 1.0
    season = fits.season(periods.score_cutoff, horizon)
    today = fits.customers(periods.score_cutoff, horizon)
    if season is not None:
        today = today.with_columns(pl.col("expected_purchases") * season)
    return btyd.View(now, today, horizon, holdout_forecast=forecast,
                     holdout_actual=fits.occasions.repeats(periods.test_cutoff, horizon), season=season)


def _fit_static(data: ProjectData, random_state: int, k: int, progress: Progress) -> _Fitted:
    """A churn model learnt from a snapshot's label by cross-validation; no history, so no purchase model."""
    found = labels.static_labels(data)
    if found is None:
        raise PrevistaError("There is no history and no churn label: map a churn/status column as 'label', "
                            "or import transactions, tickets or usage events with dates.")
    keys, churned, label = found
    features = build_features(data, None, keys)
    y = churned.to_numpy().astype(int)
    if min(y.sum(), len(y) - y.sum()) < MIN_OUTCOMES:
        raise PrevistaError(f"The label '{label}' marks {int(y.sum())} customers as churned and {int(len(y) - y.sum())} "
                            f"as staying: at least {MIN_OUTCOMES} of each are needed to learn churn. Check that the "
                            "right column is mapped as the label, or import more customers.")
    leaky = leaky_attributes(data, features, y)
    numeric = [c for c in features.numeric if c not in leaky]
    categorical = [c for c in features.categorical if c not in leaky]
    split = _split(features, y, numeric + categorical)
    model = cross_validated("churn", split, numeric, categorical, random_state, progress=progress.slice(0.0, 0.85))
    _, holdout = _customer_split(split, random_state)
    model.drivers = _drivers(model, holdout, features.descriptions, "churn", random_state, k,
                             progress.slice(0.85, 0.95))
    progress.report(0.95, "Computing today's features")
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


def _train_purchases(data: ProjectData, periods: Periods, rows: _Rows,
                     columns: tuple[list[str], list[str]], horizon: int,
                     random_state: int, progress: Progress) -> tuple[dict[str, BinaryModel], list[str]]:
    """Purchase propensity within the horizon, overall and per one-off category, on the churn model's
    populations and features."""
    if TableKind.TRANSACTIONS not in data.tables or not data.event_date(TableKind.TRANSACTIONS):
        return {}, []
    numeric, categorical = columns
    targets, recurring = purchase_targets(data, rows.parts[0][1], periods.train_cutoff, horizon)
    models = {}
    for number, (name, categories) in enumerate(targets.items()):
        step = progress.part(number, len(targets))
        step.report(0.0, f"{title(name)}: computing outcomes")
        outcomes = rows.outcomes(partial(labels.purchased_within, data, horizon_days=horizon, categories=categories))
        y_train = outcomes[0]
        if min(y_train.sum(), len(y_train) - y_train.sum()) < MIN_OUTCOMES:
            continue
        train, test = _splits(rows, outcomes, numeric + categorical, random_state)
        if y_train.mean() > RECURRING_SHARE or min(train.y.sum(), test.y.sum(), len(train.y) - train.y.sum(),
                                                  len(test.y) - test.y.sum()) < MIN_CATEGORY_POSITIVES:
            continue
        candidates = (LOGISTIC,) if categories is not None and len(categories) == 1 else (LOGISTIC, BOOSTING)
        models[name] = select_and_fit(name, train, test, numeric, categorical,
                                      periods.validation_text(horizon, len(rows.parts)), random_state, candidates,
                                      step.slice(0.05, 1.0))
    return models, recurring


def _warnings(periods: Periods | None, customers: int, model: BinaryModel) -> tuple[str, ...]:
    warnings = []
    if periods is not None and (periods.score_cutoff - periods.first).days < MIN_HISTORY_MONTHS * 30.44:
        warnings.append(SHORT_HISTORY.format(MIN_HISTORY_MONTHS))
    if customers < RECOMMENDED_CUSTOMERS:
        warnings.append(FEW_CUSTOMERS.format(count(customers)))
    low, _ = (model.metrics.intervals or {}).get("roc_auc", (model.metrics.roc_auc, model.metrics.roc_auc))
    if low <= CHANCE_AUC:
        chance = CHANCE_DATED if periods is not None else CHANCE_SNAPSHOT
        warnings.append(chance.format(model.metrics.text("roc_auc")))
    positives = model.counts.get("train_positives", model.counts.get("positives", 0))
    rows = model.counts.get("train_rows", model.counts.get("rows", 1))
    if positives / max(rows, 1) < RARE_LABEL_SHARE:
        warnings.append(RARE_CHURN.format(count(positives), count(rows)))
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
    """Train, validate, score, segment and forecast; commit everything in one step with its log entry.

    Numeric libraries get one thread (core/runtime/threads.py): on a busy 2-core laptop their spinning
    threads made one logistic-regression fit take 3.9 s instead of 0.4 s and one boosting fit 5.2 s instead
    of 0.6 s, which is what left the progress bar and Cancel waiting."""
    with one_native_thread():
        return _train(store, options, progress or Progress(), now)


def _train(store: ProjectStore, options: TrainOptions, progress: Progress, now: datetime | None) -> TrainResult:
    refuse_if_closed(store)
    now = now or datetime.now(timezone.utc)
    legal_basis_text(options.legal_basis)
    current = settings(store)
    wanted = _wanted_settings(current, options)
    horizon = options.horizon_days
    progress.report(0.02, "Loading the project's tables")
    data, kpis_known = ProjectData.load(store), as_stored(store)
    if not data.tables:
        raise PrevistaError("The project holds no data yet: import a CRM export first.")
    check_value_column(current.value_column, data.columns(TableKind.CUSTOMERS, Role.NUMBER))
    periods = plan_periods(data, horizon)
    progress.report(0.1, "Computing features and training the churn model")
    k = wanted.min_segment_size
    fitted = (_fit_static(data, options.random_state, k, progress.slice(0.1, 0.65)) if periods is None
              else _fit_history(data, periods, horizon, options.random_state, k, progress))
    churn, purchases, now_fs = fitted.churn, fitted.purchases, fitted.now_fs
    progress.report(0.65, "Scoring current customers: churn risk")
    scores = now_fs.frame.select(KEY).with_columns(
        pl.Series("churn_risk", churn.predict(now_fs.frame, progress.slice(0.65, 0.67))))
    if "purchase" in purchases:
        progress.report(0.67, "Scoring current customers: purchase propensity")
        scores = scores.with_columns(pl.Series("purchase_propensity",
                                               purchases["purchase"].predict(now_fs.frame, progress.slice(0.67, 0.7))))
    if fitted.buy_till_you_die is not None:
        scores = scores.join(fitted.buy_till_you_die.customers, on=KEY, how="left", maintain_order="left")
    progress.report(0.7, "Segments: each customer's value")
    value, value_source = customer_value(data, now_fs, current.value_column)
    if value is not None:
        scores = scores.with_columns(value.fill_null(0).cast(pl.Float64).alias("value"))
    segments, assignment = build_segments(data, now_fs, scores, k,
                                          periods.score_cutoff if periods else None, options.forecast_weeks,
                                          options.random_state, value_source, progress.slice(0.72, 0.85))
    scores = scores.with_columns(pl.Series("segment", assignment, dtype=pl.Int32))
    progress.report(0.85, "Sealing the models")
    payload, model_id = sealed_models(store, {"churn": churn, **purchases})
    card = _card(periods, horizon, fitted, scores, now, segments, model_id, k)
    changed = changed_settings(current, wanted)
    forecast = segments.forecast.to_dict() if segments.forecast else None
    progress.report(0.9, "Updating the pilot's figures")
    kpis = recompute(store, data, take_missing_baseline=True, now=now, known=kpis_known)
    progress.report(0.95, "Saving models and scores")
    with progress.committing():
        entry = store.commit(
            put={Table.SCORES: scores, Table.MODELS: payload},
            meta={Meta.MODEL_CARD: card.to_dict(), Meta.SEGMENTS: segments.stored(), Meta.FORECAST: forecast,
                  **({Meta.SETTINGS: stored_form(wanted)} if changed else {}), **kpis.meta},
            log_record={
                "action": Action.TRAIN, "operator": options.operator, "purpose": options.purpose,
                "legal_basis": legal_basis_text(options.legal_basis),
                "data_categories": sorted(k.value for k in data.tables),
                "counts": {"customers_scored": scores.height, **churn.counts, "segments": len(segments.segments)},
                "model_id": model_id,
                "details": {"validation": card.validation_mode, "model": churn.chosen, "horizon_days": horizon,
                            **({"settings_changed": changed} if changed else {}), **kpis.log_details},
            },
        )
    assert entry is not None, "a commit with a log record returns its entry"
    progress.finished("Training finished")
    return TrainResult(released_card(card, k), released_board(segments, k, store.meta(Meta.CAMPAIGNS)), int(entry["seq"]))


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
        warnings=_warnings(periods, scores.height, churn) + fitted.warnings,
        drift_reference=drift_reference,
        recurring_purchases=tuple(fitted.recurring),
        model_id=model_id,
        format=FORMAT_VERSION,
        libraries=library_versions(),
        buy_till_you_die=None if fitted.buy_till_you_die is None else fitted.buy_till_you_die.card(),
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
    return _features_at(data, labels.churn_truth(data, card.horizon_days), end, card.horizon_days, _fits(data))


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


def forecast_support(store: ProjectStore, *, weeks: int, operator: str, progress: Progress | None = None) -> TicketForecast:
    """A fresh weekly ticket forecast from the stored interactions; logged."""

    data = ProjectData.load(store)
    column = data.event_date(TableKind.INTERACTIONS)
    if column is None:
        raise PrevistaError("No support interactions with dates in this project: import tickets to forecast them.")
    result = released_forecast(forecast_tickets(data.tables[TableKind.INTERACTIONS][column], weeks=weeks,
                                                progress=progress).published())
    store.record({"action": Action.FORECAST, "operator": operator, **purpose_record(store),
                  "data_categories": ["support interactions"], "counts": {"weeks": weeks,
                  "history_weeks": len(result.history)}})
    return result
