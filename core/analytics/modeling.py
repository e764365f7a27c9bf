"""Binary models (churn, purchase) validated honestly and calibrated.

A logistic regression is the model to beat; gradient boosting is kept only
when it beats it on held-out data.  The kept model is calibrated on a slice
of the training data it never fitted, and every reported figure comes from
data neither step saw, next to the prior rate and the logistic regression.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import polars as pl
from sklearn.calibration import CalibratedClassifierCV, calibration_curve
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.frozen import FrozenEstimator
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.model_selection import StratifiedKFold, train_test_split
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from prevista.core.analytics.card import Driver, ModelReport, Scores

MAX_TRAIN_ROWS = 250_000  # gradient boosting gains little beyond this; the cap keeps training in seconds
IMPORTANCE_ROWS = 5_000
MIN_GAIN = 0.005  # ROC AUC a complex model must add over the logistic regression to be kept
LOGISTIC = "logistic regression"
BOOSTING = "gradient boosting"


def _preprocessor(numeric: list[str], categorical: list[str]) -> ColumnTransformer:
    parts = [("num", make_pipeline(SimpleImputer(strategy="median", add_indicator=True), StandardScaler()), numeric)]
    if categorical:
        parts.append(("cat", make_pipeline(SimpleImputer(strategy="constant", fill_value="(missing)"),
                                           OneHotEncoder(handle_unknown="ignore", min_frequency=0.01)), categorical))
    return ColumnTransformer(parts)


def candidate_models(numeric: list[str], categorical: list[str], random_state: int) -> dict[str, Pipeline]:
    return {
        LOGISTIC: make_pipeline(_preprocessor(numeric, categorical), LogisticRegression(max_iter=2000, C=1.0)),
        BOOSTING: make_pipeline(
            _preprocessor(numeric, categorical),
            HistGradientBoostingClassifier(max_iter=200, learning_rate=0.08, early_stopping=True,
                                           validation_fraction=0.15, random_state=random_state),
        ),
    }


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


def lift_curve(y: np.ndarray, p: np.ndarray, bins: int = 10) -> list[float]:
    """Outcome rate in each score decile (highest first) over the overall rate: the lift chart."""
    prior = float(y.mean())
    if not prior:
        return []
    order = np.argsort(-p, kind="stable")
    return [round(float(y[part].mean() / prior), 4) for part in np.array_split(order, bins) if len(part)]


@dataclass
class Split:
    """Feature rows and their outcomes."""

    X: pl.DataFrame
    y: np.ndarray

    def sample(self, rows: int, random_state: int) -> "Split":
        if self.X.height <= rows:
            return self
        keep, _ = train_test_split(np.arange(self.X.height), train_size=rows, stratify=self.y, random_state=random_state)
        keep = np.sort(keep)
        return Split(self.X[keep], self.y[keep])


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

    def predict(self, X: pl.DataFrame) -> np.ndarray:
        probabilities: np.ndarray = self.estimator.predict_proba(X.select(self.numeric + self.categorical))
        return probabilities[:, 1]

    def report(self) -> ModelReport:
        return ModelReport(
            target=self.target, model=self.chosen, validation=self.validation, metrics=self.metrics,
            baselines=dict(self.baselines), calibration=tuple(self.calibration), lift=tuple(self.lift),
            counts=dict(self.counts), drivers=tuple(self.drivers), notes=tuple(self.notes),
        )


def _fit_calibrated(pipeline: Pipeline, data: Split, random_state: int) -> Any:
    """Fit on 80 %, calibrate on the other 20 % (isotonic when there is enough of it)."""
    fit_idx, cal_idx = train_test_split(np.arange(data.X.height), test_size=0.2, stratify=data.y,
                                        random_state=random_state)
    pipeline.fit(data.X[np.sort(fit_idx)], data.y[np.sort(fit_idx)])
    method = "isotonic" if len(cal_idx) >= 1000 else "sigmoid"
    # the frozen model is not refitted; cv only decides how the calibration rows are visited
    calibrated = CalibratedClassifierCV(FrozenEstimator(pipeline), method=method, cv=2)
    calibrated.fit(data.X[np.sort(cal_idx)], data.y[np.sort(cal_idx)])
    return calibrated if _keeps_ranking(calibrated) else pipeline


def _keeps_ranking(calibrated: CalibratedClassifierCV) -> bool:
    """Platt scaling fitted on a handful of noisy rows can learn a reversed slope and turn the
    model's ranking upside down; such a calibration is worse than none."""
    return all(getattr(c, "a_", -1.0) < 0 for fold in calibrated.calibrated_classifiers_ for c in fold.calibrators)


def _check_classes(split: Split, what: str) -> None:
    positives = int(split.y.sum())
    if positives < 5 or positives > len(split.y) - 5:
        raise ValueError(f"{what} has {positives} positive and {len(split.y) - positives} negative outcomes; "
                         "at least 5 of each are needed")


def select_and_fit(target: str, train: Split, test: Split, numeric: list[str], categorical: list[str],
                   validation: str, random_state: int = 0, candidates: tuple[str, ...] = (LOGISTIC, BOOSTING)) -> BinaryModel:
    """Compare on ``test``, keep the simplest model that is not beaten, calibrate, report."""
    _check_classes(train, "the training data")
    _check_classes(test, "the hold-out data")
    notes = []
    if train.X.height > MAX_TRAIN_ROWS:
        notes.append(f"trained on a stratified sample of {MAX_TRAIN_ROWS:,} of {train.X.height:,} rows")
    fitting = train.sample(MAX_TRAIN_ROWS, random_state)
    columns = numeric + categorical
    Xf, Xt = fitting.X.select(columns), test.X.select(columns)
    fitted = {name: _fit_calibrated(model, Split(Xf, fitting.y), random_state)
              for name, model in candidate_models(numeric, categorical, random_state).items() if name in candidates}
    scores = {name: metrics(test.y, model.predict_proba(Xt)[:, 1]) for name, model in fitted.items()}
    beats = BOOSTING in scores and scores[BOOSTING].roc_auc > scores[LOGISTIC].roc_auc + MIN_GAIN
    chosen = BOOSTING if beats else LOGISTIC
    if chosen == LOGISTIC and BOOSTING in scores:
        notes.append("gradient boosting did not beat the logistic regression on held-out data, so the simpler model is kept")
    if not isinstance(fitted[chosen], CalibratedClassifierCV):
        notes.append("probabilities are uncalibrated: the calibration slice was too small to calibrate reliably")
    p = fitted[chosen].predict_proba(Xt)[:, 1]
    frac, mean = calibration_curve(test.y, p, n_bins=10, strategy="quantile")
    prior = float(fitting.y.mean())
    return BinaryModel(
        target=target, estimator=fitted[chosen], numeric=numeric, categorical=categorical, chosen=chosen,
        validation=validation, metrics=scores[chosen],
        baselines={"prior rate": metrics(test.y, np.full(len(test.y), prior)), LOGISTIC: scores[LOGISTIC],
                   **({BOOSTING: scores[BOOSTING]} if chosen == LOGISTIC and BOOSTING in scores else {})},
        calibration=[(round(float(m), 4), round(float(f), 4)) for m, f in zip(mean, frac, strict=True)],
        lift=lift_curve(test.y, p),
        counts={"train_rows": train.X.height, "test_rows": test.X.height,
                "train_positives": int(train.y.sum()), "test_positives": int(test.y.sum())},
        notes=notes,
    )


def cross_validated(target: str, data: Split, numeric: list[str], categorical: list[str],
                    random_state: int = 0, folds: int = 5) -> BinaryModel:
    """For a static snapshot: pick the model on stratified folds, then fit it on all rows."""
    _check_classes(data, "the data")
    sample = data.sample(MAX_TRAIN_ROWS, random_state)
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=random_state)
    out_of_fold = {LOGISTIC: np.zeros(sample.X.height), BOOSTING: np.zeros(sample.X.height)}
    columns = numeric + categorical
    X = sample.X.select(columns)
    for train_idx, test_idx in splitter.split(np.zeros(sample.X.height), sample.y):
        for name, model in candidate_models(numeric, categorical, random_state).items():
            fitted = _fit_calibrated(model, Split(X[train_idx], sample.y[train_idx]), random_state)
            out_of_fold[name][test_idx] = fitted.predict_proba(X[test_idx])[:, 1]
    scores = {name: metrics(sample.y, p) for name, p in out_of_fold.items()}
    chosen = BOOSTING if scores[BOOSTING].roc_auc > scores[LOGISTIC].roc_auc + MIN_GAIN else LOGISTIC
    final = _fit_calibrated(candidate_models(numeric, categorical, random_state)[chosen], Split(X, sample.y), random_state)
    frac, mean = calibration_curve(sample.y, out_of_fold[chosen], n_bins=10, strategy="quantile")
    prior = float(sample.y.mean())
    notes = [] if chosen == BOOSTING else [
        "gradient boosting did not beat the logistic regression on held-out folds, so the simpler model is kept"]
    return BinaryModel(
        target=target, estimator=final, numeric=numeric, categorical=categorical, chosen=chosen,
        validation=f"stratified {folds}-fold cross-validation (a static snapshot has no history for a time-based hold-out)",
        metrics=scores[chosen],
        baselines={"prior rate": metrics(sample.y, np.full(len(sample.y), prior)), LOGISTIC: scores[LOGISTIC],
                   **({BOOSTING: scores[BOOSTING]} if chosen == LOGISTIC else {})},
        calibration=[(round(float(m), 4), round(float(f), 4)) for m, f in zip(mean, frac, strict=True)],
        lift=lift_curve(sample.y, out_of_fold[chosen]),
        counts={"rows": data.X.height, "positives": int(data.y.sum())},
        notes=notes,
    )


def permutation_drivers(model: BinaryModel, data: Split, random_state: int = 0, repeats: int = 2) -> list[tuple[str, float]]:
    """Drop in held-out ROC AUC when one input column is shuffled: what the model really relies on.

    (scikit-learn's permutation_importance selects columns positionally, which
    the column-name-based pipelines here cannot take from a polars frame.)
    """
    sample = data.sample(IMPORTANCE_ROWS, random_state)
    rng = np.random.default_rng(random_state)
    base = roc_auc_score(sample.y, model.predict(sample.X))
    drops = []
    for column in model.numeric + model.categorical:
        losses = []
        for _ in range(repeats):
            shuffled = sample.X.with_columns(pl.Series(column, sample.X[column].to_numpy()[rng.permutation(sample.X.height)],
                                                       dtype=sample.X[column].dtype))
            losses.append(base - roc_auc_score(sample.y, model.predict(shuffled)))
        drops.append((column, float(np.mean(losses))))
    return sorted(drops, key=lambda item: -item[1])
