"""The ticket forecast must beat its baseline when there is a season to find, and admit it when not.

Synthetic weekly counts with a known yearly wave, trend and Poisson noise are
spread into ticket timestamps, so the tests exercise the same path as a CRM
export: timestamps in, complete weeks, hold-out, forecast and band out.
"""

from __future__ import annotations

import datetime
import json

import numpy as np
import polars as pl
import pytest

from prevista.core.analytics.forecast import NAIVE, SEASONAL_NAIVE, forecast_tickets, weekly_counts
from prevista.privacy.errors import PrevistaError
from tests.paths import REPO

START = datetime.date(2023, 1, 2)  # a Monday
WEEK_SECONDS = 7 * 24 * 3600
SEEDS = range(10)


def season_trend(weeks: int, *, level: float = 60.0) -> np.ndarray:
    """Expected tickets: a yearly wave peaking around New Year on a 15 %/year growth."""
    years = np.arange(weeks) / 52.18
    return level * np.exp(0.4 * np.cos(2 * np.pi * years) + 0.15 * years)


def ticket_times(counts: np.ndarray, rng: np.random.Generator) -> pl.Series:
    """One timestamp per ticket, anywhere in its week; the first at Monday 00:00, so week one is complete."""
    week = np.repeat(np.arange(counts.size), counts)
    seconds = week * WEEK_SECONDS + rng.integers(0, WEEK_SECONDS, week.size)
    seconds[0] = 0
    start = np.datetime64(START, "ms")
    return pl.Series("Create Date", start + np.sort(seconds).astype("timedelta64[s]").astype("timedelta64[ms]"))


def week_end(weeks: int) -> datetime.date:
    """The Sunday that closes week number ``weeks`` (1-based) of the synthetic data."""
    return START + datetime.timedelta(weeks=weeks, days=-1)


def simulate(seed: int, weeks: int, future: int, mean=season_trend) -> tuple[pl.Series, np.ndarray]:
    rng = np.random.default_rng(seed)
    counts = rng.poisson(mean(weeks + future))
    return ticket_times(counts, rng), counts


# --- complete weeks ---------------------------------------------------------------


def test_only_complete_weeks_count_and_empty_weeks_are_zero():
    days = [datetime.date(2025, 1, 1),  # Wednesday: the week of 30 Dec is not fully covered
            datetime.date(2025, 1, 6), datetime.date(2025, 1, 12), None,
            datetime.date(2025, 1, 21),  # nothing in the week of 13 Jan
            datetime.date(2025, 1, 29)]  # Wednesday: the week of 27 Jan is partial
    tickets = pl.Series(days, dtype=pl.Date)

    counts = weekly_counts(tickets)

    assert counts.schema == pl.Schema({"week_start": pl.Date, "tickets": pl.Int64})
    assert counts.rows() == [(datetime.date(2025, 1, 6), 2), (datetime.date(2025, 1, 13), 0),
                             (datetime.date(2025, 1, 20), 1)]
    closed = weekly_counts(tickets, until=datetime.date(2025, 2, 2))
    assert closed.rows()[-1] == (datetime.date(2025, 1, 27), 1)


def test_datetimes_count_like_dates_and_until_cuts_later_tickets():
    times, counts = simulate(1, 20, 3)

    history = weekly_counts(times, until=week_end(20))

    assert history["tickets"].to_list() == counts[:20].tolist()
    assert history.equals(weekly_counts(times.dt.date(), until=week_end(20)))
    partial = weekly_counts(times, until=week_end(20) + datetime.timedelta(days=3))
    assert partial.height == 20


# --- honest model -------------------------------------------------------------------------


def test_seasonal_model_beats_seasonal_naive_and_band_covers_its_share():
    results, future_hits = [], []
    for seed in SEEDS:
        times, counts = simulate(seed, 156, 12)
        result = forecast_tickets(times, weeks=12, until=week_end(156), random_state=seed)
        lower, upper = result.forecast["lower"].to_numpy(), result.forecast["upper"].to_numpy()
        future_hits.append((counts[156:] >= lower) & (counts[156:] <= upper))
        results.append(result)

    assert all(r.baseline_name == SEASONAL_NAIVE and r.holdout_weeks == 12 for r in results)
    assert sum(r.model_kept == "seasonal model" for r in results) >= 9  # noise may hand the baseline one draw
    assert np.mean([r.metrics["mae"] for r in results]) < 0.7 * np.mean([r.metrics["baseline_mae"] for r in results])
    assert 0.65 <= np.mean([r.metrics["interval_coverage"] for r in results]) <= 0.95
    assert 0.65 <= np.mean(future_hits) <= 0.95


def test_forecast_rows_follow_the_history():
    times, _ = simulate(3, 80, 0)

    result = forecast_tickets(times, weeks=6, interval=0.9, until=week_end(80))

    forecast = result.forecast
    assert result.history.height == 80
    assert forecast.schema == pl.Schema({"week_start": pl.Date, "expected": pl.Float64,
                                         "lower": pl.Float64, "upper": pl.Float64})
    assert forecast["week_start"].to_list() == [week_end(80) + datetime.timedelta(days=1 + 7 * i) for i in range(6)]
    assert (forecast["lower"] <= forecast["expected"]).all() and (forecast["expected"] <= forecast["upper"]).all()
    assert (forecast["lower"] >= 0).all()
    assert any("single year" in note for note in result.notes)
    as_json = json.loads(json.dumps(result.published().to_dict()))
    assert as_json["forecast"][0]["week_start"] == forecast["week_start"][0].isoformat()
    assert as_json["interval"] == 0.9


def test_same_random_state_gives_the_same_band():
    times, _ = simulate(4, 60, 0)

    first, again = (forecast_tickets(times, until=week_end(60), random_state=7) for _ in range(2))

    assert first.forecast.equals(again.forecast)


def test_without_a_season_the_baseline_may_win_and_is_then_the_forecast():
    times, counts = simulate(2, 30, 0, mean=lambda weeks: np.full(weeks, 20.0))

    result = forecast_tickets(times, until=week_end(30))

    assert result.baseline_name == NAIVE
    assert result.model_kept == "baseline"
    assert result.metrics["mae"] >= result.metrics["baseline_mae"]
    assert result.forecast["expected"].to_list() == pytest.approx([counts[26:30].mean()] * 8)
    assert any("did not beat" in note for note in result.notes)
    assert any("yearly seasonality cannot be estimated" in note for note in result.notes)


@pytest.mark.parametrize("seed", SEEDS)
def test_model_is_kept_only_when_it_wins(seed):
    times, _ = simulate(seed, 70, 0, mean=lambda weeks: np.full(weeks, 20.0))

    result = forecast_tickets(times, until=week_end(70))

    wins = result.metrics["mae"] < result.metrics["baseline_mae"]
    assert result.model_kept == ("seasonal model" if wins else "baseline")


# --- short history and bad parameters ----------------------------------------------------


def test_short_history_is_refused_with_a_reason():
    times, _ = simulate(5, 7, 1)

    with pytest.raises(PrevistaError, match="needs at least 8 complete weeks of tickets; the data has 7"):
        forecast_tickets(times, until=week_end(7) + datetime.timedelta(days=2))


def test_short_history_shortens_the_holdout_and_says_so():
    times, _ = simulate(5, 10, 0)

    result = forecast_tickets(times, weeks=8, until=week_end(10))

    assert result.holdout_weeks == 5
    assert result.forecast.height == 8
    assert any("tested on the last 5 weeks instead of 8" in note for note in result.notes)


@pytest.mark.parametrize(("params", "message"), [
    ({"weeks": 3}, "The 'weeks' parameter of forecast_tickets must be an int in the range [4, 12]. Got 3 instead."),
    ({"weeks": 8.0}, "The 'weeks' parameter"),
    ({"interval": 1.0}, "The 'interval' parameter of forecast_tickets must be a float in the range (0.0, 1.0)."),
    ({"random_state": -1}, "The 'random_state' parameter"),
    ({"until": "2025-01-01"}, "The 'until' parameter"),
])
def test_parameter_errors_name_the_parameter(params, message):
    times, _ = simulate(6, 20, 0)

    with pytest.raises(ValueError) as error:
        forecast_tickets(times, **params)

    assert str(error.value).startswith(message)


def test_timestamps_must_be_dates():
    with pytest.raises(ValueError, match="'timestamps' parameter of weekly_counts must be a polars Series"):
        weekly_counts(pl.Series(["2025-01-06"]))


# --- demo export ------------------------------------------------------------------------------


def test_demo_export_forecast():
    path = REPO / "assets" / "demo" / "hubspot" / "tickets.csv"
    created = pl.read_csv(path, columns=["Create Date"]).get_column("Create Date").str.to_datetime("%Y-%m-%d %H:%M:%S")

    result = forecast_tickets(created)

    forecast = result.forecast
    assert forecast.height == 8
    assert result.history["week_start"].max() == datetime.date(2026, 9, 21)  # the week of 28 Sep is partial
    assert (forecast["lower"] <= forecast["expected"]).all() and (forecast["expected"] <= forecast["upper"]).all()
    print(f"\ndemo: kept {result.model_kept}; metrics {result.metrics}; notes {result.notes}")
