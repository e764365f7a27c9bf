"""Behavioural segmentation: planted groups are found and named, and no segment is ever too small."""

from __future__ import annotations

import re

import numpy as np
import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sklearn.metrics import silhouette_score

from prevista.core.analytics.clustering import Segmenter, _silhouettes
from prevista.core.analytics.segment_names import distinguishing_features, names
from prevista.privacy.errors import PrevistaError

DESCRIPTIONS = {
    "logins_trend": ("usage rising", "usage falling"),
    "tickets_per_month": ("many support tickets", "few support tickets"),
    "monetary_12m": ("high spend", "low spend"),
}
PLANTED = {"steady": 160, "big spenders": 120, "support heavy": 100, "fading": 80}


def planted_customers(seed: int = 7) -> tuple[pl.DataFrame, np.ndarray]:
    """Four well-separated groups, each set apart by one behaviour, plus an uninformative column."""
    rng = np.random.default_rng(seed)
    group = np.repeat(np.arange(len(PLANTED)), list(PLANTED.values()))
    frame = pl.DataFrame({
        "monetary_12m": rng.lognormal(np.where(group == 1, 8.0, 4.0), 0.3),
        "tickets_per_month": rng.poisson(np.where(group == 2, 12.0, 0.3)),
        "logins_trend": rng.normal(np.where(group == 3, -0.6, 0.0), 0.08),
        "tenure_months": rng.normal(24, 6, len(group)),
    })
    return frame, group


@pytest.fixture(scope="module")
def planted() -> tuple[Segmenter, pl.DataFrame, np.ndarray]:
    frame, group = planted_customers()
    return Segmenter().fit(frame, DESCRIPTIONS), frame, group


def test_the_planted_groups_are_found(planted) -> None:
    segmenter, frame, group = planted
    assert segmenter.n_segments_ == 4
    assert max(segmenter.k_scores_, key=segmenter.k_scores_.get) == 4
    segments = segmenter.predict(frame)
    majority = [np.bincount(segments[group == g]).argmax() for g in range(len(PLANTED))]
    assert sorted(majority) == [0, 1, 2, 3]
    purity = np.mean(segments == np.array(majority)[group])
    assert purity > 0.97
    assert segmenter.sizes_ == sorted(segmenter.sizes_, reverse=True)


def test_names_say_what_sets_each_planted_group_apart(planted) -> None:
    segmenter, frame, group = planted
    segments = segmenter.predict(frame)
    name_of = {label: segmenter.names_[np.bincount(segments[group == g]).argmax()] for g, label in enumerate(PLANTED)}
    assert name_of["big spenders"].startswith("High spend")
    assert name_of["support heavy"].startswith("Many support tickets")
    assert name_of["fading"].startswith("Usage falling")
    assert len(set(segmenter.names_)) == 4


def test_profiles_are_z_scores_against_all_customers(planted) -> None:
    segmenter, _, _ = planted
    sizes = np.array(segmenter.sizes_)
    for feature in ("monetary_12m", "tickets_per_month", "logins_trend", "tenure_months"):
        means = np.array([profile[feature] for profile in segmenter.profiles_])
        assert abs(means @ sizes / sizes.sum()) < 1e-4  # size-weighted, the segments average to everyone


def test_skewed_non_negative_columns_are_log_compressed(planted) -> None:
    segmenter, _, _ = planted
    assert "monetary_12m" in segmenter.log_transformed_
    assert "tickets_per_month" in segmenter.log_transformed_
    assert "logins_trend" not in segmenter.log_transformed_  # has negative values
    assert "tenure_months" not in segmenter.log_transformed_  # not skewed


def test_a_tiny_cluster_is_merged_and_new_customers_follow_the_merge() -> None:
    rng = np.random.default_rng(3)
    centres = np.array([[0.0, 0.0], [8.0, 0.0], [0.0, 8.0], [60.0, 60.0]])
    sizes = [120, 120, 120, 6]
    points = np.concatenate([rng.normal(c, 1.0, (n, 2)) for c, n in zip(centres, sizes)])
    frame = pl.DataFrame({"x": points[:, 0] - 30, "y": points[:, 1] - 30})
    segmenter = Segmenter(k_range=(4, 4), min_size=10).fit(frame, {})
    assert list(segmenter.k_scores_) == [4]
    assert segmenter.n_segments_ == 3
    assert min(segmenter.sizes_) >= 10
    newcomers = pl.DataFrame({"x": [30.0, 31.0], "y": [30.0, 29.0]})
    assert set(segmenter.predict(newcomers)) < set(range(3))
    assert np.array_equal(np.bincount(segmenter.predict(frame), minlength=3), segmenter.sizes_)


KINDS = ("normal", "skewed", "counts", "constant", "all missing", "rare outliers", "few levels")


def column(kind: str, n_rows: int, rng: np.random.Generator, missing: float) -> pl.Series:
    values = {
        "normal": lambda: rng.normal(0, 1, n_rows),
        "skewed": lambda: rng.lognormal(3, 1.5, n_rows),
        "counts": lambda: rng.poisson(2, n_rows).astype(float),
        "constant": lambda: np.full(n_rows, 3.5),
        "all missing": lambda: np.full(n_rows, np.nan),
        "rare outliers": lambda: np.where(rng.random(n_rows) < 0.02, 1e4, rng.normal(0, 1, n_rows)),
        "few levels": lambda: rng.choice([0.0, 1.0, 50.0], n_rows, p=[0.6, 0.37, 0.03]),
    }[kind]()
    values[rng.random(n_rows) < missing] = np.nan
    series = pl.Series(values).fill_nan(None)
    return series.cast(pl.Int64) if kind == "counts" else series


@st.composite
def customer_tables(draw: st.DrawFn) -> pl.DataFrame:
    n_rows = draw(st.integers(5, 300))
    kinds = draw(st.lists(st.sampled_from(KINDS), min_size=1, max_size=5))
    missing = draw(st.sampled_from([0.0, 0.1, 0.6]))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    return pl.DataFrame({f"{kind} {i}": column(kind, n_rows, rng, missing) for i, kind in enumerate(kinds)})


@pytest.mark.filterwarnings("error")
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    frame=customer_tables(),
    min_size=st.integers(5, 60),
    k_low=st.integers(2, 5),
    k_extra=st.integers(0, 4),
    sample_size=st.sampled_from([100, 20_000]),
)
def test_no_segment_is_ever_below_min_size(frame, min_size, k_low, k_extra, sample_size) -> None:
    segmenter = Segmenter(k_range=(k_low, k_low + k_extra), min_size=min_size, sample_size=sample_size)
    if frame.height < min_size:
        with pytest.raises(PrevistaError):
            segmenter.fit(frame, DESCRIPTIONS)
        return
    segmenter.fit(frame, DESCRIPTIONS)
    predicted = np.bincount(segmenter.predict(frame), minlength=segmenter.n_segments_)
    assert min(segmenter.sizes_) >= min_size
    assert min(predicted) >= min_size
    assert predicted.tolist() == segmenter.sizes_
    assert len(segmenter.names_) == len(set(segmenter.names_)) == segmenter.n_segments_
    assert len(segmenter.profiles_) == segmenter.n_segments_
    assert max(segmenter.k_scores_, default=0) <= max(frame.height // 10, frame.height // min_size)
    assert -1.0 <= segmenter.silhouette_ <= 1.0


INT_FROM_5 = "an int in the range [5, inf)"
K_RANGE = "a tuple of two ints (low, high) with 2 <= low <= high"


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("min_size", 3, INT_FROM_5),
        ("min_size", 10.0, INT_FROM_5),
        ("k_range", (1, 8), K_RANGE),
        ("k_range", (6, 4), K_RANGE),
        ("sample_size", 50, "an int in the range [100, inf)"),
        ("random_state", -1, "an int in the range [0, 4294967295]"),
    ],
)
def test_invalid_parameters_are_refused(name: str, value: object, expected: str) -> None:
    frame, _ = planted_customers()
    message = f"The '{name}' parameter of Segmenter must be {expected}. Got {value!r} instead."
    with pytest.raises(ValueError, match=re.escape(message)):
        Segmenter(**{name: value}).fit(frame, DESCRIPTIONS)


def test_min_size_below_five_reads_like_scikit_learn() -> None:
    frame, _ = planted_customers()
    message = "The 'min_size' parameter of Segmenter must be an int in the range [5, inf). Got 3 instead."
    with pytest.raises(ValueError, match=re.escape(message)):
        Segmenter(min_size=3).fit(frame, DESCRIPTIONS)


def test_too_few_customers_are_refused() -> None:
    frame = pl.DataFrame({"monetary_12m": [10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0]})
    with pytest.raises(PrevistaError, match="at least 10 customers"):
        Segmenter(min_size=10).fit(frame, DESCRIPTIONS)


def test_features_must_be_numeric_and_complete() -> None:
    frame, _ = planted_customers()
    with pytest.raises(TypeError, match="plan"):
        Segmenter().fit(frame.with_columns(plan=pl.lit("Pro")), DESCRIPTIONS)
    segmenter = Segmenter().fit(frame, DESCRIPTIONS)
    with pytest.raises(ValueError, match="logins_trend"):
        segmenter.predict(frame.drop("logins_trend"))


def test_new_customers_with_gaps_and_odd_values_are_still_assigned(planted) -> None:
    segmenter, _, _ = planted
    newcomers = pl.DataFrame({
        "monetary_12m": [None, float("nan"), -5.0, float("inf")],
        "tickets_per_month": [1, None, 0, 3],
        "logins_trend": [0.0, -0.7, None, 0.1],
        "tenure_months": [12.0, 30.0, 40.0, None],
    })
    assert set(segmenter.predict(newcomers)) <= set(range(segmenter.n_segments_))


def test_same_random_state_same_segments() -> None:
    frame, _ = planted_customers()
    frame = pl.concat([frame] * 8).with_columns(pl.col("tenure_months").shuffle(seed=1))
    first, second = (Segmenter(sample_size=500, random_state=5).fit(frame, DESCRIPTIONS) for _ in range(2))
    assert first.k_scores_ == second.k_scores_
    assert first.names_ == second.names_
    assert first.sizes_ == second.sizes_
    assert first.profiles_ == second.profiles_
    assert np.array_equal(first.predict(frame), second.predict(frame))


def test_silhouette_matches_scikit_learn() -> None:
    rng = np.random.default_rng(0)
    points = rng.normal(size=(300, 3))
    labelings = [rng.integers(0, 3, 300), np.where(np.arange(300) == 0, 4, rng.integers(0, 4, 300))]  # 4: a singleton
    expected = [silhouette_score(points, labels) for labels in labelings]
    assert _silhouettes(points, labelings) == pytest.approx(expected, abs=1e-5)


def test_distinguishing_features_rank_by_size_and_skip_noise() -> None:
    profile = {"a": 0.05, "b": -2.0, "c": 1.0, "d": 0.5}
    assert distinguishing_features(profile, top=2) == [("b", -2.0), ("c", 1.0)]
    assert distinguishing_features(profile, top=10) == [("b", -2.0), ("c", 1.0), ("d", 0.5)]


def test_names_use_a_third_feature_then_a_number_to_stay_unique() -> None:
    rising = {"monetary_12m": 2.0, "tickets_per_month": 0.4, "logins_trend": 0.3}
    falling = {**rising, "logins_trend": -0.3}
    assert names([rising, falling, rising], DESCRIPTIONS) == [
        "High spend · many support tickets · usage rising",
        "High spend · many support tickets · usage falling",
        "High spend · many support tickets · usage rising (2)",
    ]


def test_names_fall_back_to_column_names_and_plain_words() -> None:
    profiles = [{"tenure_months": -1.5, "monetary_12m": -1.0}, {"tenure_months": 0.02, "monetary_12m": 0.05}]
    assert names(profiles, DESCRIPTIONS) == ["Low tenure_months · low spend", "Typical customers"]
    assert names([{"monetary_12m": 0.0}], DESCRIPTIONS) == ["All customers"]
