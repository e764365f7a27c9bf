"""Ranks in blocks on threads must be the ranks of one pass: each row is mapped on its own."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.preprocessing import QuantileTransformer

from prevista.core.analytics import ranks


@pytest.mark.parametrize("block", [7, 250, 10_000])
def test_ranks_in_blocks_are_the_ranks_of_one_pass(block: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ranks, "BLOCK_ROWS", block)
    rng = np.random.default_rng(block)
    train = rng.lognormal(size=(1200, 3))
    train[::13, 1] = np.nan
    scored = np.vstack([train, rng.lognormal(4, 2, size=(500, 3))])  # values beyond the training range too
    settings = {"n_quantiles": 100, "output_distribution": "normal", "subsample": 1000, "random_state": 0}
    blocked, plain = ranks.BlockRanks(**settings), QuantileTransformer(**settings)
    assert np.array_equal(blocked.fit_transform(train), plain.fit_transform(train), equal_nan=True)
    assert np.array_equal(blocked.transform(scored), plain.transform(scored), equal_nan=True)


_COLUMN = st.sampled_from(["count", "days", "weeks", "zeros", "constant", "distinct"])


def _column(kind: str, rng: np.random.Generator, rows: int) -> np.ndarray:
    values = {"count": lambda: rng.poisson(rng.gamma(0.3, 2.0, rows)).astype(float),
              "days": lambda: np.round(rng.uniform(-5, 400, rows)),
              "weeks": lambda: np.round(rng.uniform(-20, 30, rows)) * rng.choice([1.0, -1.0], rows),
              "zeros": lambda: rng.gamma(1.0, 30.0, rows) * (rng.random(rows) < 0.4),
              "constant": lambda: np.full(rows, 3.0),
              "distinct": lambda: rng.normal(0, 1, rows)}[kind]()
    values[rng.random(rows) < 0.05] = np.nan
    return values


@settings(max_examples=40, deadline=None)
@given(st.lists(_COLUMN, min_size=1, max_size=6), st.integers(0, 2**32 - 1), st.sampled_from([10, 100, 600]))
def test_columns_that_repeat_their_values_map_as_scikit_learn_maps_them(kinds: list[str], seed: int,
                                                                        quantiles: int) -> None:
    """A column whose quantiles tie is mapped on its distinct values: counts, whole days, weeks either side of
    zero (a whole number in a short range is looked up in a table, -0.0 among them), the zeros of those who
    bought nothing, a constant, missing cells among them, and values beyond what the fit saw."""
    rng = np.random.default_rng(seed)
    train = np.column_stack([_column(kind, rng, 600) for kind in kinds])
    scored = np.column_stack([_column(kind, rng, 900) * rng.choice([1.0, 3.0], 900) for kind in kinds])
    settings_ = {"n_quantiles": quantiles, "output_distribution": "normal", "subsample": 1000, "random_state": 0}
    blocked, plain = ranks.BlockRanks(**settings_), QuantileTransformer(**settings_)
    assert np.array_equal(blocked.fit_transform(train), plain.fit_transform(train), equal_nan=True)
    assert np.array_equal(blocked.transform(scored), plain.transform(scored), equal_nan=True)
