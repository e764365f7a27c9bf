"""Group sums that do not depend on the order polars' threads add in: the same rows in any order give the same
bits, the exactly rounded sum's value, and NaN and infinities still show."""

from __future__ import annotations

import math
import random

import numpy as np
import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from prevista.core.analytics.exact import exact_sum

money = st.decimals(min_value=-10**7, max_value=10**7, places=2, allow_nan=False).map(float)
wild = st.floats(allow_nan=True, allow_infinity=True) | st.floats(min_value=-1e-9, max_value=1e-9)
rows = st.lists(st.tuples(st.integers(0, 4), money | wild | st.none()), min_size=1, max_size=300)


def _sums(frame: pl.DataFrame) -> pl.DataFrame:
    return frame.lazy().group_by("k").agg(exact_sum(pl.col("v")).alias("sum")).sort("k").collect()


@settings(max_examples=150, deadline=None)
@given(rows, st.randoms(use_true_random=False))
def test_any_order_of_the_rows_gives_the_same_sums(drawn: list[tuple[int, float | None]], rng: random.Random) -> None:
    frame = pl.DataFrame(drawn, schema={"k": pl.Int64, "v": pl.Float64}, orient="row")
    shuffled = frame.sample(fraction=1.0, shuffle=True, seed=rng.randrange(2**32))
    first = _sums(frame)
    assert first.equals(_sums(pl.concat([shuffled.slice(0, 7), shuffled.slice(7)], rechunk=False)), null_equal=True)
    for key, total in first.iter_rows():
        values = [v for k, v in drawn if k == key and v is not None]
        if any(math.isnan(v) for v in values) or {math.inf, -math.inf} <= set(values):
            assert math.isnan(total)
        elif math.inf in values or -math.inf in values:
            assert total == (math.inf if math.inf in values else -math.inf)
        elif all(abs(v) < 1e20 for v in values):
            assert total == pytest.approx(math.fsum(values), rel=1e-12, abs=1e-9)


def test_a_groups_sum_is_the_same_however_polars_threads_add() -> None:
    """Without it, the same frame summed ten times by polars gave sums differing in their last bits."""
    rng = np.random.default_rng(0)
    frame = pl.DataFrame({"k": rng.integers(0, 3000, 400_000), "v": np.round(rng.lognormal(3, 1, 400_000), 2)})
    runs = [_sums(frame) for _ in range(10)]
    assert all(run.equals(runs[0]) for run in runs)
