"""Binary models (churn, purchase) validated honestly, calibrated without losing their ranking.

A logistic regression on rank-transformed inputs is the model to beat; a regularised gradient boosting
is kept only when it beats it beyond the noise of the held-out data (a paired bootstrap of the
held-out customers).  Each model is cross-fitted: it is fitted on k folds and a Platt (sigmoid)
calibration is learnt from the fold models' out-of-fold scores; a dated history then scores with the
fold models averaged on the log-odds scale, a snapshot with one model refitted on all rows.  Every training row serves both fitting and calibration, and the calibration is strictly
monotone, so the ranking that is scored is the ranking that was measured (an isotonic step on a 20 %
slice collapsed thousands of distinct scores into a few hundred ties and cost ROC AUC).  Every measure
comes with a 95 % bootstrap interval.  With few positives only a strongly regularised logistic regression
is fitted, and drivers are kept only when their interval excludes zero.
"""

from __future__ import annotations

import itertools
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import numpy as np
import polars as pl
from scipy.special import expit, logit
from sklearn.calibration import calibration_curve
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from prevista.core.analytics import boosted
from prevista.core.analytics.card import (
    BOOSTING,
    CROSS_VALIDATION,
    FEW_POSITIVES_NOTE,
    INTERVAL_NOTE,
    LOGISTIC,
    MEASURED_ON_SAMPLE,
    MEASURES,
    PRIOR,
    SAMPLED,
    SIMPLER_KEPT,
    Driver,
    ModelReport,
    Scores,
)
from prevista.core.analytics.encoding import CategoryCodes
from prevista.core.analytics.ranks import BlockRanks
from prevista.core.runtime.jobs import Progress
from prevista.core.runtime.threads import in_blocks, side_by_side

MAX_TRAIN_ROWS = 100_000  # gradient boosting gains little beyond this (stacked cutoffs are sampled down to it); the cap keeps training in seconds
MAX_TEST_ROWS = 100_000  # held-out rows measured: the AUC's interval is then about ±0.005; more rows only cost scoring time
IMPORTANCE_ROWS = 5_000
FEW_POSITIVES = 50  # at or below this many outcomes, a model contest and a tree model are noise
BOOTSTRAP_RESAMPLES = 200
BOOTSTRAP_WORK = 4_000_000  # held-out rows × resamples: beyond it, fewer resamples (at least MIN_RESAMPLES)
MIN_RESAMPLES = 50
CONFIDENCE = 0.95
CHOICE_CONFIDENCE = 0.90  # boosting is kept when its paired AUC gain is above zero in 95 % of resamples (one-sided)
LARGE_FIT_ROWS = 50_000  # beyond this, two folds hold plenty of rows each and keep training time as before
BEST_TREES_ROWS = 20_000  # a boosting fit on more rows keeps its trees up to the best of 3,000+ validation rows' scores
DRIVER_RESAMPLES = 50
REFIT_RESAMPLES = 50
BOOSTING_STEP = 20  # the fewest boosting iterations fitted between two cancellation points
STEP_SECONDS = 0.5  # later steps grow to about this long: each restart re-bins and re-predicts (9 restarts tripled a fit)
SCORING_ROWS = 100_000  # rows scored between two cancellation points
BLOCK_ROWS = 50_000  # rows a scoring thread takes at a time: a few hundred trees over them take about 0.1 s
LOG_ODDS_BOUND = float(logit(1 - 1e-6))
DRIVER_BATCH_ROWS = 100_000  # rows of shuffled copies predicted in one call when measuring drivers


def resamples(rows: int) -> int:
    """Bootstrap resamples for ``rows`` held-out rows.  Each resample costs a pass over every row; with
    100,000 held-out rows 200 of them took 2.5 s, while the intervals there are a few thousandths wide
    and 50 resamples place them as well as the figures are rounded."""
    return max(MIN_RESAMPLES, min(BOOTSTRAP_RESAMPLES, BOOTSTRAP_WORK // max(rows, 1)))


def interval_note(rows: int) -> str:
    return INTERVAL_NOTE.format(resamples(rows))


def _logistic_preprocessor(numeric: list[str], categorical: list[str], rows: int) -> ColumnTransformer:
    """Ranks mapped to a normal scale: counts and amounts are heavy-tailed, and a few large values would
    otherwise decide a linear model's slope.

    The ranks are learnt from the values present (the map leaves a missing value missing), and a missing value
    then takes the middle of the scale, where the median maps, with an indicator beside it.  Imputing the median
    first cost a median per column in every fold, through numpy's masked arrays, and a rank map for each
    indicator: a third and a sixth of a logistic fold (50,000 rows × 33 feature-like columns: 0.66 → 0.32 s)."""
    ranks = BlockRanks(n_quantiles=max(10, min(1000, rows // 2)), output_distribution="normal", subsample=100_000)
    parts: list[tuple[str, Any, list[str]]] = [
        ("num", make_pipeline(ranks, SimpleImputer(strategy="constant", fill_value=0.0, add_indicator=True),
                              StandardScaler()), numeric)]
    if categorical:
        parts.append(("cat", make_pipeline(CategoryCodes(), SimpleImputer(strategy="constant", fill_value=-1),
                                           OneHotEncoder(handle_unknown="ignore", min_frequency=0.01)), categorical))
    return ColumnTransformer(parts)


def _boosting_preprocessor(numeric: list[str], categorical: list[str]) -> ColumnTransformer:
    """Categories first, as codes the trees split natively; numbers as they are (trees need no scaling and
    learn from missing values themselves)."""
    return ColumnTransformer([("cat", CategoryCodes(), categorical), ("num", "passthrough", numeric)])


def logistic_model(numeric: list[str], categorical: list[str], rows: int, strength: float = 1.0) -> Pipeline:
    """``strength`` is the inverse regularisation (scikit-learn's C): smaller shrinks harder."""
    return make_pipeline(_logistic_preprocessor(numeric, categorical, rows),
                         LogisticRegression(max_iter=2000, C=strength))


def boosting_model(numeric: list[str], categorical: list[str], random_state: int, rows: int = 1000) -> Pipeline:
    """Shallow trees, large leaves, L2 on leaf values and column subsampling, stopped on an inner split:
    the regularised default that holds up on snapshots of a few thousand customers as on large logs.

    Beyond LARGE_FIT_ROWS rows the trees take bigger steps: half as many trees to fit and to score every
    customer with.  Measured (``tests/bench/bench_quality.py`` and the 1M-customer pipeline, 2026-12-05): at
    100,000 rows held-out ROC AUC 0.8513 → 0.8509 (its interval ±0.0023), 429 → 156 trees, training 15.2 →
    12.7 s; on 10,000 and 2,000 customers the bigger steps cost 0.003 and 0.012, so small data keeps 0.1."""
    return make_pipeline(
        _boosting_preprocessor(numeric, categorical),
        HistGradientBoostingClassifier(learning_rate=0.2 if rows > LARGE_FIT_ROWS else 0.1, max_iter=500, max_leaf_nodes=8, min_samples_leaf=50,
                                       l2_regularization=3.0, max_features=0.7, early_stopping=True,
                                       validation_fraction=0.15, n_iter_no_change=20,
                                       categorical_features=list(range(len(categorical))) or None,
                                       random_state=random_state),
    )


def candidate_models(numeric: list[str], categorical: list[str], random_state: int,
                     rows: int = 1000) -> dict[str, Callable[[], Pipeline]]:
    """Fresh, unfitted candidates by name (a factory each: cross-fitting needs one per fold)."""
    return {LOGISTIC: lambda: logistic_model(numeric, categorical, rows),
            BOOSTING: lambda: boosting_model(numeric, categorical, random_state, rows)}


def metrics(y: np.ndarray, p: np.ndarray) -> Scores:
    """ROC AUC, PR AUC, Brier score and lift in the top decile."""
    order = np.argsort(-p, kind="stable")
    top = order[: max(1, len(p) // 10)]
    prior = float(y.mean())
    return Scores(
        roc_auc=float(roc_auc_score(y, p)) if 0 < y.sum() < len(y) else float("nan"),
        pr_auc=float(average_precision_score(y, p)) if y.sum() else float("nan"),
        brier=float(brier_score_loss(y, p)),
        lift_top_decile=float(y[top].mean() / prior) if prior else float("nan"),
    )


@dataclass(frozen=True)
class _Ranked:
    """Scores sorted once, so each bootstrap resample's four measures cost a few weighted sums."""

    order: np.ndarray  # row positions, highest score first
    y: np.ndarray  # outcomes in that order
    group: np.ndarray | None  # tie group of each row (tied scores count half, as in roc_auc_score); None: no ties
    squared: np.ndarray  # each row's squared error, the Brier score's term
    top: int

    @classmethod
    def of(cls, y: np.ndarray, p: np.ndarray) -> _Ranked:
        order = np.argsort(-p, kind="stable")
        ranked, outcomes = p[order], y[order].astype(float)
        tied = ranked[1:] == ranked[:-1]
        group = np.concatenate([[0], np.cumsum(~tied)]).astype(np.intp) if tied.any() else None
        return cls(order, outcomes, group, (ranked - outcomes) ** 2, max(1, len(p) // 10))

    def measures(self, counted: np.ndarray) -> np.ndarray:
        """The four measures of :func:`metrics`, with each row counted ``counted`` times (rows as given).  Rows
        are summed per tie group only where scores tie: a fold-averaged model's scores rarely do, and the two
        weighted ``bincount`` passes were a third of each resample (three models' 50 resamples of 100,000
        rows: 0.86–0.97 s → 0.55–0.57 s)."""
        weights = counted[self.order]
        pos = weights * self.y
        neg = weights - pos
        if self.group is not None:
            pos, neg = np.bincount(self.group, pos), np.bincount(self.group, neg)
        positives, negatives, total = pos.sum(), neg.sum(), weights.sum()
        if not positives or not negatives:
            return np.full(4, np.nan)
        below = negatives - np.cumsum(neg)
        auc = float(np.dot(pos, below + 0.5 * neg) / (positives * negatives))
        hits, seen = np.cumsum(pos), np.cumsum(pos + neg)
        precision = np.divide(hits, seen, out=np.zeros_like(hits), where=seen > 0)
        top = weights[: self.top]
        top_rate = float(np.dot(top, self.y[: self.top]) / top.sum()) if top.sum() else np.nan
        return np.array([auc, float(np.dot(pos, precision) / positives), float(np.dot(weights, self.squared) / total),
                         top_rate / (positives / total)])


def _resample_weights(rows: int, resamples: int, random_state: int) -> np.ndarray:
    rng = np.random.default_rng(random_state)
    return np.stack([np.bincount(rng.integers(0, rows, rows), minlength=rows) for _ in range(resamples)]).astype(float)


def _bootstrap(y: np.ndarray, predictions: dict[str, np.ndarray], random_state: int,
               progress: Progress | None = None) -> dict[str, np.ndarray]:
    """Per model, the four measures on each resample of the held-out rows; the same resamples for every model,
    so differences between models are paired."""
    progress = progress or Progress()
    weights = _resample_weights(len(y), resamples(len(y)), random_state)

    def measured(p: np.ndarray) -> np.ndarray:
        ranked, measures = _Ranked.of(y, p), []
        for counted in weights:
            progress.check_cancelled()
            measures.append(ranked.measures(counted))
        return np.array(measures)
    # a model a thread: their sums release the interpreter lock (3 models, 100,000 rows: 0.38–0.41 → 0.28–0.30 s)
    return dict(zip(predictions, side_by_side([partial(measured, p) for p in predictions.values()]), strict=True))


def _range(values: np.ndarray) -> tuple[float, float, float] | None:
    """(low, middle, high) of the non-missing values: the central 95 % and the median."""
    values = values[~np.isnan(values)]
    if not len(values):
        return None
    tail = (1 - CONFIDENCE) / 2 * 100
    low, middle, high = np.percentile(values, [tail, 50, 100 - tail])
    return float(low), float(middle), float(high)


BOUNDED = {"roc_auc", "pr_auc", "brier"}  # measures that live between 0 and 1


def with_intervals(point: Scores, resampled: np.ndarray, refitted: np.ndarray | None = None) -> Scores:
    """Each measure's 95 % range over resamples of the held-out rows.  With ``refitted`` (measures of models
    refitted on resamples, :func:`_refit_spread`) the range also holds the model's own variation: the two
    are independent sources of noise, so their half-widths add in quadrature."""
    bounds = {}
    for column, measure in enumerate(MEASURES):
        held = _range(resampled[:, column])
        if held is None:
            continue
        value = getattr(point, measure)
        low, high = held[0], held[2]
        model = None if refitted is None or not len(refitted) else _range(refitted[:, column])
        if model is not None and not math.isnan(value):
            low = value - math.hypot(value - low, model[1] - model[0])
            high = value + math.hypot(high - value, model[2] - model[1])
        low, high = max(low, 0.0), min(high, 1.0) if measure in BOUNDED else high
        bounds[measure] = (low, high)
    return Scores(point.roc_auc, point.pr_auc, point.brier, point.lift_top_decile, intervals=bounds)


def _refit_spread(make: Callable[[], Pipeline], data: Split, random_state: int, progress: Progress) -> np.ndarray:
    """The four measures of models refitted on bootstrap resamples, each scored on the rows its resample
    left out.  With a few dozen outcomes the model itself changes from sample to sample, which a
    resample of fixed held-out scores does not show; this spread does (it is cheap for a linear model)."""
    rng = np.random.default_rng(random_state)
    rows = data.X.height
    spread = []
    for _ in range(REFIT_RESAMPLES):
        progress.check_cancelled()
        chosen = rng.integers(0, rows, rows)
        left_out = np.setdiff1d(np.arange(rows), chosen)
        fit_y, out_y = data.y[chosen], data.y[left_out]
        if min(fit_y.sum(), len(fit_y) - fit_y.sum()) < 2 or not 0 < out_y.sum() < len(out_y):
            continue
        p = make().fit(data.X[chosen], fit_y).predict_proba(data.X[left_out])[:, 1]
        spread.append(_Ranked.of(out_y, p).measures(np.ones(len(out_y))))
    return np.array(spread).reshape(-1, len(MEASURES))


def measured(y: np.ndarray, predictions: dict[str, np.ndarray], random_state: int = 0) -> dict[str, Scores]:
    """Each model's measures with their 95 % intervals, on the same resamples (for references beside a card)."""
    resampled = _bootstrap(y, predictions, random_state)
    return {name: with_intervals(metrics(y, p), resampled[name]) for name, p in predictions.items()}


def _wins_beyond_noise(resampled: dict[str, np.ndarray]) -> bool:
    """The complex model's ROC AUC gain over the simple one, resample by resample: kept only when the gain
    stays above zero in all but the lowest (1 - CHOICE_CONFIDENCE) / 2 of the resamples."""
    gain = resampled[BOOSTING][:, 0] - resampled[LOGISTIC][:, 0]
    gain = gain[~np.isnan(gain)]
    return bool(len(gain)) and float(np.percentile(gain, (1 - CHOICE_CONFIDENCE) / 2 * 100)) > 0


def lift_curve(y: np.ndarray, p: np.ndarray, bins: int = 10) -> list[float]:
    """Outcome rate in each score decile (highest first) over the overall rate: the lift chart."""
    prior = float(y.mean())
    if not prior:
        return []
    order = np.argsort(-p, kind="stable")
    return [round(float(y[part].mean() / prior), 4) for part in np.array_split(order, bins) if len(part)]


def stratified_rows(y: np.ndarray, rows: int, random_state: int) -> np.ndarray:
    """``rows`` of the row numbers, sorted, each outcome in its share and present at least once, drawn without
    replacement: what scikit-learn's stratified split draws, without its sort of every row (740,000 rows:
    0.17 s → 0.01 s, paid at every sample of a training)."""
    rng = np.random.default_rng(random_state)
    positive = np.asarray(y).astype(bool)
    ones, zeros = np.flatnonzero(positive), np.flatnonzero(~positive)
    share = round(rows * len(ones) / len(positive))
    take = min(max(share, min(1, len(ones))), len(ones), rows - min(1, len(zeros)))
    return np.sort(np.concatenate([rng.choice(ones, take, replace=False), rng.choice(zeros, rows - take, replace=False)]))


@dataclass
class Split:
    """Feature rows and their outcomes."""

    X: pl.DataFrame
    y: np.ndarray

    def sample(self, rows: int, random_state: int) -> Split:
        if self.X.height <= rows:
            return self
        keep = stratified_rows(self.y, rows, random_state)
        return Split(self.X[keep], self.y[keep])


def _log_odds(model: Any, X: pl.DataFrame) -> np.ndarray:
    """Log-odds bounded at probabilities of one in a million either way, so one extreme fold model cannot
    outvote the others in the average.

    Scored in blocks of rows on a thread per core: the trees' walk, the binning and the logistic model's
    rank transform (``np.interp`` per column) release the interpreter lock, and blocks also fit the cache
    (the rank transform of 400,000 rows × 35 columns: 4.7 s in one pass, 2.0 s in blocks on two threads).
    One boosting fold model over 659,000 customers, idle: one thread 2.9 s, blocks 1.5 s; with a busy
    process on the other core 2.7 s and 2.2–2.3 s (an even split waited for the busy core: 3.4–3.5 s)."""
    return _bounded(in_blocks(X.height, lambda rows: _raw_log_odds(model, X[rows]), BLOCK_ROWS))


def _bounded(raw: np.ndarray) -> np.ndarray:
    return np.asarray(np.clip(raw, -LOG_ODDS_BOUND, LOG_ODDS_BOUND))


def _raw_log_odds(model: Any, X: pl.DataFrame) -> np.ndarray:
    estimator = model[-1]
    if isinstance(estimator, HistGradientBoostingClassifier):
        return boosted.log_odds(estimator, model[:-1].transform(X))
    return np.asarray(logit(model.predict_proba(X)[:, 1]))


@dataclass
class CrossFitted:
    """Fold models averaged on the log-odds scale, then a sigmoid learnt from their out-of-fold log-odds.

    ``slope`` is positive (a reversed calibration is refused in :func:`_platt`), so the calibrated
    probabilities rank customers exactly as the averaged fold models do."""

    models: list[Any]
    slope: float
    intercept: float

    def predict_proba(self, X: pl.DataFrame) -> np.ndarray:
        p = self.calibrated([_log_odds(model, X) for model in self.models])
        return np.column_stack([1 - p, p])

    def calibrated(self, log_odds: list[np.ndarray]) -> np.ndarray:
        """The probabilities from each fold model's bounded log-odds of the same rows."""
        return np.asarray(expit(self.slope * np.mean(log_odds, axis=0) + self.intercept))


def _platt(log_odds: np.ndarray, y: np.ndarray) -> tuple[float, float] | None:
    """Sigmoid calibration of out-of-fold log-odds; None when noisy rows would reverse the ranking."""
    fitted = LogisticRegression(C=1e4, max_iter=1000).fit(log_odds.reshape(-1, 1), y)
    slope, intercept = float(fitted.coef_[0, 0]), float(fitted.intercept_[0])
    return (slope, intercept) if slope > 0 else None


def _folds(y: np.ndarray, wanted: int) -> int:
    smaller = int(min(y.sum(), len(y) - y.sum()))
    return max(2, min(wanted, smaller))


def fit(model: Pipeline, X: pl.DataFrame, y: np.ndarray, progress: Progress | None = None) -> Pipeline:
    """``model.fit``, with gradient boosting grown some trees at a time (warm start) and a cancellation point
    between: one boosting fit takes seconds on a busy laptop, and Cancel must not wait for it.  Warm start
    keeps the first fit's inner split, binning and column-sampling stream, and the early-stopping rule is
    checked at each step's end as it would be after that iteration, so the trees are those of one fit.
    Steps are sized by time (about STEP_SECONDS each), since every restart costs a re-binning and a
    re-prediction: fixed 20-tree steps made a 0.6 s fit take 1.9 s."""
    estimator = model[-1]
    if not isinstance(estimator, HistGradientBoostingClassifier):
        return model.fit(X, y)
    progress = progress or Progress()
    inputs = model[:-1].fit_transform(X, y)
    total, grown, step = estimator.max_iter, 0, BOOSTING_STEP
    try:
        while grown < total:
            progress.report(grown / total)
            started, end = time.perf_counter(), min(grown + step, total)
            estimator.set_params(warm_start=True, max_iter=end).fit(inputs, y)
            if estimator.n_iter_ < end or _stopped_early(estimator):
                break
            step = max(BOOSTING_STEP, int(STEP_SECONDS * (end - grown) / max(time.perf_counter() - started, 1e-3)))
            grown = end
    finally:
        estimator.set_params(warm_start=False, max_iter=total)
    _keep_best_trees(estimator, len(y))
    return model


def _keep_best_trees(estimator: HistGradientBoostingClassifier, rows: int) -> None:
    """On a fit of ``BEST_TREES_ROWS`` rows or more, only the trees up to the best validation score are kept.
    Early stopping grows ``n_iter_no_change`` trees past it to see that none improves; they add noise and a
    fifth of every scoring's time (a million customers go through each tree: 203 trees became 163, scoring
    1.9 s became 1.6 s, the held-out AUC the same to 0.001).  On a small fit the validation rows are few and
    their best score partly chance (4,000 rows' scores tied more), so all trees stay."""
    if not estimator.do_early_stopping_ or rows < BEST_TREES_ROWS:
        return
    best = max(1, int(np.argmax(estimator.validation_score_)))  # entry 0 is the score before any tree
    if best < len(estimator._predictors):
        estimator._predictors = estimator._predictors[:best]
        estimator.train_score_ = estimator.train_score_[: best + 1]
        estimator.validation_score_ = estimator.validation_score_[: best + 1]


def _stopped_early(estimator: HistGradientBoostingClassifier) -> bool:
    """scikit-learn's early-stopping rule (``_should_stop``) on the validation scores so far: a warm-started
    fit only checks it after each new iteration, so a stop due exactly at a step's end must be seen here."""
    if not estimator.do_early_stopping_:
        return False
    scores = list(estimator.validation_score_)
    reference = estimator.n_iter_no_change + 1
    return len(scores) >= reference and not any(
        score > scores[-reference] + estimator.tol for score in scores[-reference + 1:])


def _fold_models(make: Callable[[], Pipeline], data: Split, folds: int, random_state: int,
                 progress: Progress, label: str) -> tuple[list[Any], np.ndarray]:
    """The fitted fold models and every row's log-odds from the model that did not see it.  The folds are fitted
    side by side, each on its own thread with one native thread (the same models as one after another); each
    is counted as it starts ("fold 2 of 3": the second to start, whichever thread won) and reports nothing while
    it grows, so the bar only moves forward."""
    splitter = StratifiedKFold(n_splits=_folds(data.y, folds), shuffle=True, random_state=random_state)
    count = splitter.get_n_splits()
    started = itertools.count()
    starting = threading.Lock()

    def fold(fit_rows: np.ndarray, held_rows: np.ndarray) -> tuple[Any, np.ndarray]:
        with starting:
            number = next(started)
            progress.part(number, count).report(0.0, f"{label}, fold {number + 1} of {count}")
        model = fit(make(), data.X[fit_rows], data.y[fit_rows], progress.quiet())
        return model, _log_odds(model, data.X[held_rows])

    splits = list(splitter.split(np.zeros(data.X.height), data.y))
    fitted = side_by_side([partial(fold, *rows) for rows in splits])
    out_of_fold = np.zeros(data.X.height)
    for (_, held_rows), (_, log_odds) in zip(splits, fitted):
        out_of_fold[held_rows] = log_odds
    return [model for model, _ in fitted], out_of_fold


def _calibrated(models: list[Any], out_of_fold: np.ndarray, y: np.ndarray) -> tuple[CrossFitted, bool]:
    """The cross-fitted model and whether its calibration held (else the plain average, slope 1)."""
    platt = _platt(out_of_fold, y)
    slope, intercept = platt if platt is not None else (1.0, 0.0)
    return CrossFitted(models, slope, intercept), platt is not None


@dataclass
class BinaryModel:
    """A fitted, calibrated model plus everything the report and the model card need."""

    target: str
    estimator: Any
    numeric: list[str]
    categorical: list[str]
    chosen: str
    validation: str
    metrics: Scores
    baselines: dict[str, Scores]
    calibration: list[tuple[float, float]]
    counts: dict[str, int]
    lift: list[float] = field(default_factory=list)
    drivers: list[Driver] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    few_positives: bool = False  # drivers then need an interval that excludes zero (models pickled before: False)

    def predict(self, X: pl.DataFrame, progress: Progress | None = None) -> np.ndarray:
        """Probabilities, a block of rows at a time with a cancellation point between blocks: a million
        customers take seconds."""
        progress = progress or Progress()
        columns = X.select(self.numeric + self.categorical)
        blocks = []
        for start in range(0, max(columns.height, 1), SCORING_ROWS):
            progress.report(start / max(columns.height, 1))
            blocks.append(self.estimator.predict_proba(columns.slice(start, SCORING_ROWS))[:, 1])
        return np.concatenate(blocks)

    def report(self) -> ModelReport:
        return ModelReport(
            target=self.target, model=self.chosen, validation=self.validation, metrics=self.metrics,
            baselines=dict(self.baselines), calibration=tuple(self.calibration), lift=tuple(self.lift),
            counts=dict(self.counts), drivers=tuple(self.drivers), notes=tuple(self.notes),
        )


def _check_classes(split: Split, what: str) -> None:
    positives = int(split.y.sum())
    if positives < 5 or positives > len(split.y) - 5:
        raise ValueError(f"{what} has {positives} positive and {len(split.y) - positives} negative outcomes; "
                         "at least 5 of each are needed")


def _few(y: np.ndarray) -> bool:
    return int(min(y.sum(), len(y) - y.sum())) <= FEW_POSITIVES


def _few_note(y: np.ndarray) -> str:
    return FEW_POSITIVES_NOTE.format(int(min(y.sum(), len(y) - y.sum())), FEW_POSITIVES)


def _contestants(y: np.ndarray, candidates: tuple[str, ...], numeric: list[str], categorical: list[str],
                 random_state: int) -> dict[str, Callable[[], Pipeline]]:
    if _few(y):
        return {LOGISTIC: lambda: logistic_model(numeric, categorical, len(y), strength=0.1)}
    made = candidate_models(numeric, categorical, random_state, len(y))
    return {name: make for name, make in made.items() if name in candidates}


@dataclass(frozen=True)
class _Contest:
    """Candidates' held-out predictions, measured with intervals, and the one kept."""

    chosen: str
    scores: dict[str, Scores]
    prior: Scores
    notes: list[str]


def _contest(y: np.ndarray, predictions: dict[str, np.ndarray], prior_rate: float, random_state: int,
             refits: dict[str, np.ndarray] | None, progress: Progress) -> _Contest:
    """``refits``: per model, measures of refitted models (:func:`_refit_spread`) the intervals must also hold."""
    constant = np.full(len(y), prior_rate)
    resampled = _bootstrap(y, {**predictions, PRIOR: constant}, random_state, progress)
    extra = refits or {}
    scores = {name: with_intervals(metrics(y, p), resampled[name], extra.get(name)) for name, p in predictions.items()}
    prior = with_intervals(metrics(y, constant), resampled[PRIOR])
    notes = [interval_note(len(y)) + ("; with few outcomes they also allow for how much the model itself changes when "
                              "refitted on resamples of the customers" if extra else "")]
    chosen = LOGISTIC
    if BOOSTING in predictions:
        if _wins_beyond_noise(resampled):
            chosen = BOOSTING
        else:
            notes.append(SIMPLER_KEPT)
    return _Contest(chosen, scores, prior, notes)


def _model(target: str, estimator: Any, columns: tuple[list[str], list[str]], validation: str, contest: _Contest,
           held_out: tuple[np.ndarray, np.ndarray], counts: dict[str, int], notes: list[str], few: bool) -> BinaryModel:
    """The kept model with its report: its measures, the prior rate, the logistic regression and (when it
    lost) the boosting it was compared with."""
    y, p = held_out
    chosen, scores = contest.chosen, contest.scores
    frac, mean = calibration_curve(y, p, n_bins=10, strategy="quantile")
    others = {name: value for name, value in scores.items() if name != chosen}
    return BinaryModel(
        target=target, estimator=estimator, numeric=columns[0], categorical=columns[1], chosen=chosen,
        validation=validation, metrics=scores[chosen],
        baselines={PRIOR: contest.prior, **({LOGISTIC: scores[LOGISTIC]} if LOGISTIC in scores else {}),
                   **others},
        calibration=[(round(float(m), 4), round(float(f), 4)) for m, f in zip(mean, frac, strict=True)],
        lift=lift_curve(y, p), counts=counts, notes=notes + contest.notes, few_positives=few,
    )


def title(target: str) -> str:
    """A model's target as the start of a progress message: "Churn", "Purchase – Books"."""
    return target[:1].upper() + target[1:].replace(": ", " – ")


def _cross_fit(contestants: dict[str, Callable[[], Pipeline]], data: Split, folds: int, random_state: int,
               progress: Progress, target: str) -> dict[str, tuple[CrossFitted, bool, np.ndarray]]:
    """Each contestant's cross-fitted model, whether its calibration held, and its out-of-fold log-odds; each
    fold of each model announced, so a long contest shows where it is ("Churn: gradient boosting, fold 2 of 3")."""
    fitted = {}
    for number, (name, make) in enumerate(contestants.items()):
        models, out_of_fold = _fold_models(make, data, folds, random_state, progress.part(number, len(contestants)),
                                           f"{title(target)}: {name}")
        model, held = _calibrated(models, out_of_fold, data.y)
        fitted[name] = (model, held, out_of_fold)
    return fitted


def _spreads(contestants: dict[str, Callable[[], Pipeline]], data: Split, random_state: int, progress: Progress,
             target: str) -> dict[str, np.ndarray]:
    """:func:`_refit_spread` of each contestant, announced (with few outcomes, the refits are the long part)."""
    spreads = {}
    for number, (name, make) in enumerate(contestants.items()):
        step = progress.part(number, len(contestants))
        step.report(0.0, f"{title(target)}: {name}, refitted on resamples to measure its spread")
        spreads[name] = _refit_spread(make, data, random_state, step)
    return spreads


def select_and_fit(target: str, train: Split, test: Split, numeric: list[str], categorical: list[str],
                   validation: str, random_state: int = 0, candidates: tuple[str, ...] = (LOGISTIC, BOOSTING),
                   progress: Progress | None = None) -> BinaryModel:
    """Cross-fit each candidate on ``train``, measure it on ``test`` (the ranking that is scored), keep the
    simplest model that is not beaten beyond the noise."""
    progress = progress or Progress()
    _check_classes(train, "the training data")
    _check_classes(test, "the hold-out data")
    notes = []
    if train.X.height > MAX_TRAIN_ROWS:
        notes.append(SAMPLED
                     .format(MAX_TRAIN_ROWS, train.X.height))
    fitting = train.sample(MAX_TRAIN_ROWS, random_state)
    if test.X.height > MAX_TEST_ROWS:
        notes.append(MEASURED_ON_SAMPLE.format(MAX_TEST_ROWS, test.X.height))
        test = test.sample(MAX_TEST_ROWS, random_state)
    columns = numeric + categorical
    data, Xt = Split(fitting.X.select(columns), fitting.y), test.X.select(columns)
    few = _few(fitting.y)
    folds = 2 if data.X.height > LARGE_FIT_ROWS else 3
    contestants = _contestants(fitting.y, candidates, numeric, categorical, random_state)
    crossed = _cross_fit(contestants, data, folds, random_state, progress.slice(0.0, 0.75), target)
    fitted = {name: model for name, (model, _, _) in crossed.items()}
    notes += [f"the {name}'s probabilities are uncalibrated: its calibration would have reversed the ranking"
              for name, (_, held, _) in crossed.items() if not held]
    progress.report(0.75, f"{title(target)}: measuring the models on held-out customers")
    predictions = {name: model.predict_proba(Xt)[:, 1] for name, model in fitted.items()}
    refits = _spreads(contestants, data, random_state, progress.slice(0.8, 0.95), target) if few else None
    progress.report(0.95, f"{title(target)}: comparing the models")
    contest = _contest(test.y, predictions, float(fitting.y.mean()), random_state, refits, progress)
    counts = {"train_rows": train.X.height, "test_rows": test.X.height,
              "train_positives": int(train.y.sum()), "test_positives": int(test.y.sum())}
    return _model(target, fitted[contest.chosen], (numeric, categorical), validation, contest,
                  (test.y, predictions[contest.chosen]), counts, notes + ([_few_note(fitting.y)] if few else []), few)


def cross_validated(target: str, data: Split, numeric: list[str], categorical: list[str],
                    random_state: int = 0, folds: int = 5, progress: Progress | None = None) -> BinaryModel:
    """For a static snapshot: every customer is measured by the fold model that did not see them; the kept
    model is refitted on all of them and calibrated on the fold models' out-of-fold scores."""
    progress = progress or Progress()
    _check_classes(data, "the data")
    sample = data.sample(MAX_TRAIN_ROWS, random_state)
    columns = numeric + categorical
    cases = Split(sample.X.select(columns), sample.y)
    few = _few(sample.y)
    contestants = _contestants(sample.y, (LOGISTIC, BOOSTING), numeric, categorical, random_state)
    crossed = _cross_fit(contestants, cases, folds, random_state, progress.slice(0.0, 0.7), target)
    fitted = {name: model for name, (model, _, _) in crossed.items()}
    predictions = {name: expit(model.slope * out_of_fold + model.intercept)
                   for name, (model, _, out_of_fold) in crossed.items()}
    refits = _spreads(contestants, cases, random_state, progress.slice(0.7, 0.85), target) if few else None
    progress.report(0.85, f"{title(target)}: comparing the models")
    contest = _contest(cases.y, predictions, float(sample.y.mean()), random_state, refits, progress)
    kept = fitted[contest.chosen]
    # one model refitted on every row scores as fast as before; the sigmoid learnt from the fold models'
    # out-of-fold scores calibrates it (as scikit-learn's CalibratedClassifierCV with ensemble=False)
    refit = progress.slice(0.9, 1.0)
    refit.report(0.0, f"{title(target)}: {contest.chosen}, refitted on all customers")
    final = CrossFitted([fit(contestants[contest.chosen](), cases.X, cases.y, refit)], kept.slope, kept.intercept)
    validation = CROSS_VALIDATION.format(_folds(cases.y, folds))
    return _model(target, final, (numeric, categorical), validation, contest,
                  (cases.y, predictions[contest.chosen]), {"rows": data.X.height, "positives": int(data.y.sum())},
                  [_few_note(sample.y)] if few else [], few)


def _permuted(X: pl.DataFrame, column: str, rng: np.random.Generator) -> pl.DataFrame:
    return _reordered(X, column, rng.permutation(X.height))


def _auc(y: np.ndarray, p: np.ndarray) -> float:
    return float(roc_auc_score(y, p)) if 0 < y.sum() < len(y) else float("nan")


def permutation_drivers(model: BinaryModel, data: Split, random_state: int = 0, repeats: int = 2,
                        progress: Progress | None = None) -> list[tuple[str, float]]:
    """Drop in held-out ROC AUC when one input column is shuffled: what the model really relies on.

    With few positives each column's drop is measured on bootstrap resamples of the rows, and a column
    is named only when the lower end of its 95 % interval is above zero: with a few dozen outcomes a
    driver seen once can reverse on more data.
    (scikit-learn's permutation_importance selects columns positionally, which
    the column-name-based pipelines here cannot take from a polars frame.)
    """
    progress = progress or Progress()
    sample = data.sample(IMPORTANCE_ROWS, random_state)
    rng = np.random.default_rng(random_state)
    if model.few_positives:
        return _resampled_drivers(model, sample, rng, progress)
    base = roc_auc_score(sample.y, model.predict(sample.X))
    shuffled = [column for column in model.numeric + model.categorical for _ in range(repeats)]
    orders = [rng.permutation(sample.X.height) for _ in shuffled]
    binned = _Binned.of(model, sample.X)
    # shuffled copies predicted together, enough rows for a block per core: a model's per-call cost is paid a
    # few times, not per column, and a cancel waits for one batch (a few tenths of a second), not for all
    batch = max(1, DRIVER_BATCH_ROWS // max(sample.X.height, 1))
    parts = []
    for start in range(0, len(shuffled), batch):
        progress.report(start / len(shuffled))
        copies = list(zip(shuffled[start:start + batch], orders[start:start + batch], strict=True))
        parts.append(binned.predict(copies) if binned is not None
                     else model.predict(pl.concat([_reordered(sample.X, column, order) for column, order in copies])))
    scores = np.concatenate(parts)
    losses: dict[str, list[float]] = {}
    for part, column in zip(np.split(scores, len(shuffled)), shuffled, strict=True):
        losses.setdefault(column, []).append(base - roc_auc_score(sample.y, part))
    return sorted(((column, float(np.mean(lost))) for column, lost in losses.items()), key=lambda item: -item[1])


@dataclass
class _Binned:
    """A cross-fitted boosting's bins for some rows, per fold model, and where each input column is among them.

    Preprocessing and binning act on each cell alone, so a column's cells shuffled among the rows, then binned, are
    its bins shuffled the same way: the drivers' shuffled copies are scored from the rows' bins, without
    preprocessing and binning every copy again (a third of scoring a boosting's rows), to the same probabilities."""

    model: CrossFitted
    bins: list[np.ndarray]
    places: list[dict[str, int]]

    @classmethod
    def of(cls, model: BinaryModel, X: pl.DataFrame) -> _Binned | None:
        """None unless every fold model is a gradient boosting."""
        estimator = model.estimator
        if not isinstance(estimator, CrossFitted) or not all(
                isinstance(fitted[-1], HistGradientBoostingClassifier) for fitted in estimator.models):
            return None
        rows = X.select(model.numeric + model.categorical)
        bins, places = [], []
        for fitted in estimator.models:
            given = [column for name, _, columns in fitted[0].transformers_ if name != "remainder"
                     for column in columns]
            where = boosted.bin_places(fitted[-1])
            bins.append(boosted.binned(fitted[-1], fitted[:-1].transform(rows)))
            places.append({column: int(where[number]) for number, column in enumerate(given)})
        return cls(estimator, bins, places)

    def predict(self, copies: list[tuple[str, np.ndarray]]) -> np.ndarray:
        """The probabilities of the rows with one column's cells put in ``order``, for each (column, order), one
        copy after another: what ``BinaryModel.predict`` gives for those copies."""
        log_odds = []
        for fitted, bins, places in zip(self.model.models, self.bins, self.places, strict=True):
            stacked = np.concatenate([_shuffled(bins, places[column], order) for column, order in copies])
            log_odds.append(_bounded(in_blocks(len(stacked), lambda rows: boosted.tree_sums(fitted[-1], stacked[rows]),
                                               BLOCK_ROWS)))
        return self.model.calibrated(log_odds)


def _shuffled(bins: np.ndarray, column: int, order: np.ndarray) -> np.ndarray:
    copy = bins.copy()
    copy[:, column] = bins[order, column]
    return copy


def _reordered(X: pl.DataFrame, column: str, order: np.ndarray) -> pl.DataFrame:
    return X.with_columns(pl.Series(column, X[column].to_numpy()[order], dtype=X[column].dtype))


def _resampled_drivers(model: BinaryModel, sample: Split, rng: np.random.Generator,
                       progress: Progress) -> list[tuple[str, float]]:
    rows = [rng.integers(0, sample.X.height, sample.X.height) for _ in range(DRIVER_RESAMPLES)]
    base = [_auc(sample.y[idx], model.predict(sample.X[idx])) for idx in rows]
    kept = []
    columns = model.numeric + model.categorical
    for number, column in enumerate(columns):
        progress.report(number / len(columns))
        drops = np.array([auc - _auc(sample.y[idx], model.predict(_permuted(sample.X[idx], column, rng)))
                          for idx, auc in zip(rows, base, strict=True)])
        drops = drops[~np.isnan(drops)]
        if len(drops) and float(np.percentile(drops, (1 - CONFIDENCE) / 2 * 100)) > 0:
            kept.append((column, float(np.mean(drops))))
    return sorted(kept, key=lambda item: -item[1])
