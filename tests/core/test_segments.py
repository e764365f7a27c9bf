"""Segment-level results: no row about fewer than k customers, whatever the data."""

from __future__ import annotations

import numpy as np
import polars as pl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prevista.core.analytics.features import DESCRIPTIONS, FeatureSet, ProjectData
from prevista.core.analytics.recommendations import recommend
from prevista.core.analytics.segments import build_segments, enforce_min_size
from prevista.privacy.schema import KEY

COLUMNS = ["spend_52w", "events_12w", "usage_trend", "tickets_per_month", "tenure_days"]


@st.composite
def populations(draw):
    rows = draw(st.integers(min_value=5, max_value=400))
    k = draw(st.integers(min_value=5, max_value=max(5, rows)))
    seed = draw(st.integers(min_value=0, max_value=2**16))
    rng = np.random.default_rng(seed)
    columns = {}
    for name in COLUMNS:
        values = rng.choice([rng.exponential(50, rows), rng.normal(0, 1, rows), np.full(rows, 3.0)])
        values[rng.random(rows) < draw(st.floats(0, 0.5))] = np.nan
        columns[name] = values
    frame = pl.DataFrame({KEY: np.arange(rows, dtype=np.uint32), **columns}).fill_nan(None)
    scores = frame.select(KEY).with_columns(pl.Series("churn_risk", rng.random(rows)))
    return FeatureSet(frame, COLUMNS, [], None, {c: DESCRIPTIONS[c] for c in COLUMNS}), scores, k


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(populations())
def test_no_segment_row_below_k(population) -> None:
    features, scores, k = population
    if features.frame.height < k:
        return
    result, assignment = build_segments(ProjectData({}, {}), features, scores, k, None, 8, 0)
    rows = result["segments"]
    assert rows and all(row["size"] >= k for row in rows)
    assert np.bincount(assignment).min() >= k
    assert sum(row["size"] for row in rows) == features.frame.height


def test_the_last_guard_suppresses_small_rows() -> None:
    rows = [{"size": 12}, {"size": 4}, {"size": 10}]
    assert enforce_min_size(rows, 10) == [{"size": 12}, {"size": 10}]


def test_actions_are_help_and_offers_are_not_made_to_leaving_customers() -> None:
    action, because = recommend({"usage_trend": -1.2}, churn_ratio=1.5, value_z=None)
    assert "check-in" in action and "usage fell" in because
    growing = {"usage_growth_8w": 1.0}
    assert "plan or add-ons" in recommend(growing, churn_ratio=0.8, value_z=None)[0]
    assert "plan or add-ons" not in recommend(growing, churn_ratio=1.5, value_z=None)[0]
