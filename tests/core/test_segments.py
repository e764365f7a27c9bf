"""Segment-level results: no row about fewer than k customers, whatever the data."""

from __future__ import annotations

import json

import numpy as np
import polars as pl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prevista.core.analytics.features import DESCRIPTIONS, FeatureSet, ProjectData
from prevista.core.analytics.recommendations import recommend
from prevista.core.analytics.segments import (SegmentBoard, SegmentRow, _score_aggregates, build_segments,
                                               enforce_min_size)
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
    rows = result.segments
    assert rows and all(row.size >= k for row in rows)
    assert np.bincount(assignment).min() >= k
    assert sum(row.size for row in rows) == features.frame.height


def _row(segment: int, size: int) -> SegmentRow:
    return SegmentRow(segment=segment, name=f"segment {segment}", size=size, churn_risk=0.1, expected_churners=1.0,
                      revenue_at_risk=None, purchase_propensity=None, ticket_share=None, forecast_tickets=None,
                      sets_apart=("heavy usage",), action="Keep in touch", because="nothing stands out")


def test_the_last_guard_suppresses_small_rows() -> None:
    rows = [_row(0, 12), _row(1, 4), _row(2, 10)]
    assert enforce_min_size(rows, 10) == (rows[0], rows[2])


def test_stored_segments_and_forecast_read_typed_and_write_back_unchanged() -> None:
    segments = {"forecast_note": None, "segments": [
        {"action": "Keep in touch with regular, useful updates", "because": "nothing stands out", "churn_risk": 0.0812,
         "expected_churners": 11.4, "forecast_tickets": 20.3, "name": "Heavy usage", "purchase_propensity": None,
         "revenue_at_risk": 1520.5, "segment": 0, "sets_apart": ["heavy usage", "long-standing customers"], "size": 140,
         "ticket_share": 0.4121}], "silhouette": 0.31, "value_source": "spend of the last 52 weeks"}
    forecast = {"baseline_name": "naive (mean of the last 4 weeks)",
                "forecast": [{"expected": 12.5, "lower": 8.0, "upper": 17.0, "week_start": "2025-12-08"}],
                "history": [{"tickets": 11, "week_start": "2025-12-01"}], "holdout_weeks": 4, "interval": 0.8,
                "metrics": {"baseline_mae": 2.1, "baseline_mape": None, "interval_coverage": 0.75, "mae": 1.9,
                            "mape": None}, "model_kept": "seasonal model", "notes": []}
    board = SegmentBoard.from_stored(segments, forecast)
    assert board.segments[0].sets_apart == ("heavy usage", "long-standing customers")
    assert board.forecast is not None and board.forecast.expected_total == 12.5
    assert json.dumps(board.stored()) == json.dumps(segments)
    assert json.dumps(board.forecast.to_dict()) == json.dumps(forecast)


def test_actions_are_help_and_offers_are_not_made_to_leaving_customers() -> None:
    action, because = recommend({"usage_trend": -1.2}, churn_ratio=1.5, value_z=None)
    assert "check-in" in action and "usage fell" in because
    growing = {"usage_growth_8w": 1.0}
    assert "plan or add-ons" in recommend(growing, churn_ratio=0.8, value_z=None)[0]
    assert "plan or add-ons" not in recommend(growing, churn_ratio=1.5, value_z=None)[0]


def test_segment_figures_are_the_same_in_every_run() -> None:
    """polars' threads add a group's floats in an order of their own: a segment's figures (risk, expected
    churners, revenue at risk, the buy-till-you-die view) are summed exactly, so that one set of scores gives
    one set of figures, in whatever order the customers come."""
    rng = np.random.default_rng(5)
    rows = 300_000
    scores = pl.DataFrame({KEY: np.arange(rows, dtype=np.uint32), "segment": rng.integers(0, 4, rows),
                           "churn_risk": rng.random(rows), "value": rng.exponential(300.0, rows),
                           "purchase_propensity": rng.random(rows), "p_alive": rng.random(rows),
                           "expected_purchases": rng.exponential(2.0, rows)})
    figures = set()
    for seed in range(8):
        shuffled = scores.sample(fraction=1.0, shuffle=True, seed=seed)
        table = shuffled.group_by("segment").agg(_score_aggregates(shuffled)).sort("segment")
        figures.add(tuple(table.rows()))
    assert len(figures) == 1
