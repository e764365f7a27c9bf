"""Scoring on bins must give scikit-learn's own sums, on the inputs where binning could differ."""

import numpy as np
import polars as pl
import pytest

from prevista.core.analytics import boosted, modeling


def _rows(rng: np.random.Generator, rows: int, plans: list[str]) -> pl.DataFrame:
    amount = rng.lognormal(3, 1, size=rows)
    amount[rng.random(rows) < 0.1] = np.nan
    return pl.DataFrame({"amount": amount, "visits": rng.poisson(4, size=rows).astype(float),
                         "plan": rng.choice(plans, size=rows), "region": rng.choice(["north", "south"], size=rows)}
                        ).with_columns(
        pl.when(pl.int_range(pl.len()) % 17 == 0).then(None).otherwise(pl.col("plan")).alias("plan"))


@pytest.mark.parametrize("seed, block, categorical", [(0, 300, ["plan"]), (1, 50_000, ["region", "plan"]),
                                                     (2, 7, ["plan"]), (3, 300, [])])
def test_binned_scores_equal_scikit_learns_on_unseen_and_missing_values(seed: int, block: int, categorical: list[str],
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """In blocks shared by threads (300 and 7 rows) as in one pass, the same sums as scikit-learn's own, with
    one category column, two, or none (then scikit-learn's model has no encoder of its own)."""
    monkeypatch.setattr(modeling, "BLOCK_ROWS", block)
    rng = np.random.default_rng(seed)
    train = _rows(rng, 3000, ["basic", "pro", "team"])
    y = ((train["visits"].to_numpy() > 4) ^ (rng.random(3000) < 0.2)).astype(int)
    model = modeling.boosting_model(["amount", "visits"], categorical, seed).fit(train, y)
    scored = _rows(rng, 2000, ["basic", "pro", "team", "enterprise"])  # a plan the model never saw
    scored = scored.with_columns(pl.col("amount") * pl.Series(np.where(rng.random(2000) < 0.2, 1e4, 1.0)),  # beyond range
                                 pl.when(pl.int_range(pl.len()) % 5 == 0).then(pl.col("visits") + 0.5)
                                 .otherwise(pl.col("visits")).alias("visits"))  # between the training values
    inputs = model[:-1].transform(scored)
    expected = model[-1].decision_function(inputs)
    assert np.array_equal(boosted.log_odds(model[-1], inputs), expected)
    assert np.allclose(modeling.CrossFitted([model], 1.0, 0.0).predict_proba(scored)[:, 1],
                       model.predict_proba(scored)[:, 1], rtol=0, atol=1e-12)


@pytest.mark.parametrize("block", [7, 300])
def test_a_logistic_model_scored_in_blocks_gives_its_own_probabilities(block: int,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The rank transform, the imputer and the one-hot columns act row by row, so blocks on threads change
    nothing, also for rows with missing values and a plan the model never saw."""
    monkeypatch.setattr(modeling, "BLOCK_ROWS", block)
    rng = np.random.default_rng(3)
    train = _rows(rng, 3000, ["basic", "pro", "team"])
    y = ((train["visits"].to_numpy() > 4) ^ (rng.random(3000) < 0.2)).astype(int)
    model = modeling.logistic_model(["amount", "visits"], ["plan"], train.height).fit(train, y)
    scored = _rows(rng, 2000, ["basic", "pro", "team", "enterprise"])
    assert np.allclose(modeling.CrossFitted([model], 1.0, 0.0).predict_proba(scored)[:, 1],
                       model.predict_proba(scored)[:, 1], rtol=0, atol=1e-12)


def test_scoring_in_blocks_gives_the_scores_of_one_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(5)
    train = _rows(rng, 2000, ["basic", "pro"])
    y = (train["visits"].to_numpy() + rng.normal(size=2000) > 4).astype(int)
    fitted = modeling.boosting_model(["amount", "visits"], ["plan"], 0).fit(train, y)
    model = modeling.BinaryModel("churn", modeling.CrossFitted([fitted], 1.2, -0.1), ["amount", "visits"], ["plan"],
                                 modeling.BOOSTING, "", modeling.metrics(y, y * 0.5 + 0.25), {}, [], {})
    whole = model.predict(train)
    monkeypatch.setattr(modeling, "SCORING_ROWS", 333)
    assert np.array_equal(model.predict(train), whole) and len(whole) == train.height


def test_a_category_column_anywhere_is_encoded_where_scikit_learn_puts_it() -> None:
    """scikit-learn's encoder moves category columns first; the model pipelines give them first anyway, so a
    model fitted on its own, with its category column last and a code it never saw, checks the move."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    rng = np.random.default_rng(4)
    X = np.column_stack([rng.normal(size=3000), rng.poisson(3, 3000), rng.integers(0, 4, 3000)]).astype(float)
    y = ((X[:, 2] == 1) ^ (X[:, 0] > 0.5)).astype(int)
    model = HistGradientBoostingClassifier(categorical_features=[2], max_iter=30, random_state=0).fit(X, y)
    scored = X.copy()
    scored[::7, 2], scored[::11, 2] = 5.0, np.nan
    assert np.array_equal(boosted.log_odds(model, scored), model.decision_function(scored))
