"""Model selection and calibration guards that the end-to-end tests cannot force."""

from __future__ import annotations

import numpy as np
import polars as pl
import pytest

from prevista.core.analytics import modeling
from prevista.core.analytics.modeling import (
    BOOSTING,
    LOGISTIC,
    Split,
    _bootstrap,
    _platt,
    _Ranked,
    _resample_weights,
    metrics,
    select_and_fit,
    stratified_rows,
)


def test_a_calibration_that_would_reverse_the_ranking_is_refused() -> None:
    rng = np.random.default_rng(0)
    log_odds = rng.normal(size=400)
    y = (log_odds + rng.normal(scale=0.5, size=400) > 0).astype(int)
    assert _platt(log_odds, y) is not None and _platt(log_odds, 1 - y) is None


@pytest.mark.parametrize("digits", [2, None])  # rounded: many tied scores; not: none
def test_bootstrap_measures_with_unit_weights_are_the_reported_measures(digits: int | None) -> None:
    """The fast weighted measures the intervals come from compute exactly what metrics() reports, with and
    without tied scores."""
    rng = np.random.default_rng(3)
    y = rng.integers(0, 2, 700)
    p = rng.random(700) * 0.7 + 0.25 * y
    p = np.round(p, digits) if digits else p
    point = metrics(y, p)
    assert np.allclose(_Ranked.of(y, p).measures(np.ones(700)),
                       [point.roc_auc, point.pr_auc, point.brier, point.lift_top_decile])


def test_each_model_is_measured_on_the_same_resamples_side_by_side() -> None:
    """The models are measured on threads of their own: each keeps its own measures, on the resamples every
    model shares (the pairing the contest's comparison rests on)."""
    rng = np.random.default_rng(5)
    y = rng.integers(0, 2, 900)
    predictions = {"good": rng.random(900) + y, "poor": rng.random(900) + 0.2 * y, "tied": np.round(rng.random(900), 1)}
    measured = _bootstrap(y, predictions, random_state=4)
    weights = _resample_weights(900, len(measured["good"]), 4)
    for name, p in predictions.items():
        ranked = _Ranked.of(y, p)
        assert np.array_equal(measured[name], np.array([ranked.measures(counted) for counted in weights]))
    assert (measured["good"][:, 0] > measured["poor"][:, 0]).all()


def test_calibration_keeps_every_distinct_score_and_the_ranking() -> None:
    """An isotonic step on a small slice tied thousands of scores; the cross-fitted sigmoid ties none."""
    rng = np.random.default_rng(2)
    n = 6000
    frame = pl.DataFrame({"a": rng.normal(size=n), "b": rng.exponential(size=n), "c": rng.normal(size=n)})
    signal = frame["a"].to_numpy() + np.log1p(frame["b"].to_numpy()) * frame["c"].to_numpy()
    y = (signal + rng.normal(size=n) > 1).astype(int)
    train, test = Split(frame[:4000], y[:4000]), Split(frame[4000:], y[4000:])
    model = select_and_fit("churn", train, test, ["a", "b", "c"], [], "test split")
    p = model.predict(test.X)
    assert len(np.unique(p)) > 0.95 * len(p)
    averaged = np.mean([m.predict_proba(test.X)[:, 1] for m in model.estimator.models], axis=0)
    assert abs(metrics(test.y, p).roc_auc - metrics(test.y, averaged).roc_auc) < 0.002
    assert model.metrics.roc_auc == metrics(test.y, p).roc_auc  # the ranking that is scored is the one reported


def test_the_simple_model_is_kept_when_boosting_does_not_beat_it() -> None:
    rng = np.random.default_rng(1)
    x = rng.normal(size=4000)
    frame = pl.DataFrame({"x": x, "noise": rng.normal(size=4000)})
    y = (x + rng.normal(scale=1.0, size=4000) > 1).astype(int)  # a linear signal: nothing for trees to add
    train, test = Split(frame[:2000], y[:2000]), Split(frame[2000:], y[2000:])
    model = select_and_fit("churn", train, test, ["x", "noise"], [], "test split")
    assert model.chosen == LOGISTIC and BOOSTING in model.baselines
    assert any("beyond the noise" in note for note in model.notes)
    assert model.metrics.roc_auc > model.baselines["prior rate"].roc_auc + 0.2
    assert metrics(test.y, np.full(len(test.y), test.y.mean())).roc_auc == 0.5
    low, high = model.metrics.intervals["roc_auc"]
    assert low < model.metrics.roc_auc < high and high - low < 0.08


def test_boosting_is_kept_when_it_wins_beyond_the_noise() -> None:
    rng = np.random.default_rng(4)
    n = 8000
    frame = pl.DataFrame({"x": rng.normal(size=n), "z": rng.normal(size=n)})
    x, z = frame["x"].to_numpy(), frame["z"].to_numpy()
    y = ((x * z > 0.3) ^ (rng.random(n) < 0.1)).astype(int)  # an interaction a linear model cannot see
    train, test = Split(frame[:5000], y[:5000]), Split(frame[5000:], y[5000:])
    model = select_and_fit("churn", train, test, ["x", "z"], [], "test split")
    assert model.chosen == BOOSTING
    assert model.metrics.roc_auc > model.baselines[LOGISTIC].roc_auc + 0.2


@pytest.mark.parametrize("positives, rows", [(6_000, 10_000), (1, 500), (99_999, 500), (3, 5)])
def test_a_sample_keeps_each_outcome_in_its_share(positives: int, rows: int) -> None:
    """Stratified without replacement, both outcomes present, the same draw for the same seed."""
    y = np.zeros(100_000, dtype=int)
    y[np.random.default_rng(1).choice(y.size, positives, replace=False)] = 1
    keep = stratified_rows(y, rows, 7)
    assert keep.size == rows and np.unique(keep).size == rows and np.all(np.diff(keep) > 0)
    assert 0 < y[keep].sum() < rows
    assert abs(y[keep].sum() - rows * positives / y.size) <= 1
    assert np.array_equal(keep, stratified_rows(y, rows, 7))
    assert not np.array_equal(keep, stratified_rows(y, rows, 8))


def test_a_large_fit_keeps_the_trees_up_to_its_best_validation_score(monkeypatch: pytest.MonkeyPatch) -> None:
    """The trees early stopping grows past the best validation score go (a fit is "large" from 5,000 rows here,
    so the test is quick); those kept are the first trees of scikit-learn's own fit, scoring as they did."""
    monkeypatch.setattr(modeling, "BEST_TREES_ROWS", 5000)
    rng = np.random.default_rng(5)
    frame = pl.DataFrame({"a": rng.normal(size=6000), "b": rng.normal(size=6000)})
    y = (frame["a"].to_numpy() + rng.normal(scale=2.0, size=6000) > 0).astype(int)
    plain = modeling.boosting_model(["a", "b"], [], 0, 6000).fit(frame, y)
    kept = modeling.fit(modeling.boosting_model(["a", "b"], [], 0, 6000), frame, y)
    best = int(np.argmax(plain[-1].validation_score_))
    assert 0 < best < plain[-1].n_iter_ and kept[-1].n_iter_ == best
    inputs = plain[:-1].transform(frame)
    staged = list(plain[-1].staged_decision_function(inputs))
    assert np.allclose(kept[-1].decision_function(inputs), staged[best - 1])


@pytest.mark.parametrize("categorical", [["plan"], []])
def test_drivers_scored_from_a_boostings_bins_are_those_of_its_shuffled_rows(categorical: list[str],
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The shuffled copies scored from the rows' bins give the drivers, to the last bit, that scoring each copy
    through the whole model gives: two fold models, a category column (missing cells, a plan never seen), or none."""
    rng = np.random.default_rng(11)
    rows = 3000
    frame = pl.DataFrame({"visits": rng.poisson(4, rows).astype(float), "spend": rng.lognormal(3, 1, rows),
                          "plan": rng.choice(["basic", "pro", "team"], rows)}).with_columns(
        pl.when(pl.int_range(pl.len()) % 13 == 0).then(None).otherwise(pl.col("plan")).alias("plan"))
    y = ((frame["visits"].to_numpy() > 4) ^ (frame["plan"] == "pro").fill_null(False).to_numpy() ^ (rng.random(rows) < 0.15)).astype(int)
    numeric = ["visits", "spend"]
    folds = [modeling.boosting_model(numeric, categorical, seed).fit(frame[part], y[part])
             for seed, part in enumerate([slice(0, 1500), slice(1500, rows)])]
    model = modeling.BinaryModel("churn", modeling.CrossFitted(folds, 1.3, -0.2), numeric, categorical,
                                 BOOSTING, "", metrics(y, y * 0.5 + 0.25), {}, [], {})
    held = frame.with_columns(pl.when(pl.int_range(pl.len()) % 17 == 0).then(pl.lit("enterprise"))
                              .otherwise(pl.col("plan")).alias("plan"))
    assert modeling._Binned.of(model, held) is not None
    binned = modeling.permutation_drivers(model, Split(held, y), random_state=3)
    monkeypatch.setattr(modeling._Binned, "of", classmethod(lambda cls, model, X: None))
    assert binned == modeling.permutation_drivers(model, Split(held, y), random_state=3)
    assert {column for column, _ in binned} == set(numeric + categorical)
