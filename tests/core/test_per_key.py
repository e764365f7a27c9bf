"""Per-key figures are taken a slice of rows at a time (``per_key.SLICE_ROWS``); each is checked here against
what polars computes over the whole frame at once, with slices as small as one row and rows of no customer."""

from __future__ import annotations

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from prevista.core.analytics import per_key
from prevista.privacy.schema import KEY

ROWS = st.lists(st.tuples(st.one_of(st.none(), st.integers(0, 12)), st.integers(0, 9)), max_size=60)


@settings(max_examples=200, deadline=None)
@given(ROWS, st.integers(0, 9), st.integers(1, 7))
def test_the_keys_where_a_condition_holds_are_polars_distinct_keys_of_those_rows(
        rows: list[tuple[int | None, int]], threshold: int, slice_rows: int) -> None:
    frame = pl.DataFrame(rows, schema={KEY: pl.UInt32, "day": pl.Int64}, orient="row")
    condition = pl.col("day") >= threshold
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(per_key, "SLICE_ROWS", slice_rows)
        found = per_key.keys_where(frame, condition)
    expected = frame.filter(condition)[KEY].drop_nulls().unique().sort()
    assert found.dtype == pl.UInt32 and found.to_list() == expected.to_list()
