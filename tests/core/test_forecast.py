"""The ticket forecast is chosen by backtest, follows seasons and level shifts, and reports bands and errors
that hold on the weeks that follow.

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

from prevista.core.analytics.forecast import TicketForecast, forecast_tickets, weekly_counts
from prevista.core.analytics.forecasting.backtest import NEAR_TIE
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


# --- working days -----------------------------------------------------------------------------


def weekday_times(counts: np.ndarray, working: int, rng: np.random.Generator) -> pl.Series:
    """Tickets of each week spread over its first ``working`` days (5: Monday–Friday), during office hours."""
    week = np.repeat(np.arange(counts.size), counts)
    seconds = week * WEEK_SECONDS + rng.integers(0, working, week.size) * 86_400 + rng.integers(8, 17, week.size) * 3600
    start = np.datetime64(START, "ms")
    return pl.Series("Created", start + np.sort(seconds).astype("timedelta64[s]").astype("timedelta64[ms]"))


@pytest.mark.parametrize("working", [5, 6])
def test_a_week_is_complete_once_the_desks_working_days_are_over(working):
    rng = np.random.default_rng(working)
    times = weekday_times(rng.poisson(np.full(40, 30.0)), working, rng)
    last_day = week_end(40) - datetime.timedelta(days=7 - working)  # Friday or Saturday of the last week

    finished = forecast_tickets(times.filter(times.dt.date() <= last_day))
    unfinished = forecast_tickets(times.filter(times.dt.date() < last_day))

    assert finished.history["week_start"][-1] == START + datetime.timedelta(weeks=39)
    assert unfinished.history["week_start"][-1] == START + datetime.timedelta(weeks=38)
    assert finished.forecast["week_start"][0] == START + datetime.timedelta(weeks=40)
    days = "Monday–Friday" if working == 5 else "Monday–Saturday"
    assert any(f"after the week of {START + datetime.timedelta(weeks=39)}" in note and days in note
               for note in finished.notes)
    profile = dict(finished.weekday_profile)
    assert list(profile) == ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][:working]
    assert sum(profile.values()) == pytest.approx(1.0) and all(0.1 < share < 0.3 for share in profile.values())


# --- model choice by backtest, bands and reported accuracy ------------------------------------------------------


def future_mae(counts: np.ndarray, expected: np.ndarray) -> float:
    return float(np.mean(np.abs(counts - expected)))


def test_a_seasonal_desk_gets_a_seasonal_method_calibrated_bands_and_an_honest_error():
    kept, hits, hits_95, reported, realised, flat, backtests, recent = [], [], [], [], [], [], [], []
    for seed in range(12):
        times, counts = simulate(seed, 156, 8)
        result = forecast_tickets(times, weeks=8, until=week_end(156))
        future, frame = counts[156:], result.forecast
        hits.append((future >= frame["lower"].to_numpy()) & (future <= frame["upper"].to_numpy()))
        hits_95.append((future >= frame["lower_95"].to_numpy()) & (future <= frame["upper_95"].to_numpy()))
        reported.append(result.metrics["expected_mae"])
        realised.append(future_mae(future, frame["expected"].to_numpy()))
        flat.append(future_mae(future, np.full(8, counts[152:156].mean())))
        kept.append(result.model_kept)
        backtests.append(result.metrics["mae"])
        recent.append(result.backtest["mean of the last 4 weeks"])
        assert result.metrics["mae"] <= min(result.backtest.values()) * (1 + NEAR_TIE) + 1e-9  # least error, or near-tie
        assert result.origins == 12 and result.holdout_weeks == 8
    assert sum("season" in name for name in kept) >= 10
    assert np.mean(realised) < np.mean(flat)  # the season is followed, not flattened ...
    assert np.mean(backtests) < 0.7 * np.mean(recent)  # ... which, over a whole year of origins, matters a lot
    assert 0.7 <= np.mean(hits) <= 0.95 and np.mean(hits_95) >= 0.85
    assert np.mean(reported) == pytest.approx(np.mean(realised), rel=0.25)


def test_a_level_shift_is_followed_and_named():
    rng = np.random.default_rng(11)
    rate = np.r_[np.full(120, 40.0), np.full(30, 10.0)]
    counts = rng.poisson(rate)
    times = ticket_times(counts, rng)

    result = forecast_tickets(times, until=week_end(150))

    expected = result.forecast["expected"].to_numpy()
    assert np.all((expected > 6) & (expected < 15)), expected
    assert (result.forecast["upper"] < 25).all()  # a band for the new level, not for both
    # its accuracy is that of forecasts made at the new level (Poisson noise at 10 a week: about 2.5 tickets),
    # not of those made across the drop
    assert result.origins < 12 and result.metrics["mae"] < 4 and result.metrics["expected_mae"] < 4
    assert "damped-trend exponential smoothing" in result.backtest  # not shut out by the first weeks after it
    shift = next(note for note in result.notes if note.startswith("Volume dropped"))
    assert f"week of {START + datetime.timedelta(weeks=120)}" in shift and "the 30 weeks since" in shift


@pytest.mark.parametrize("seed", range(4))
def test_forecasts_made_before_a_change_in_level_do_not_size_the_band(seed):
    """Twenty weeks after a drop two origins of the backtest follow it, too few to judge the methods on alone:
    the others, made before it or across it, still choose the method, but their errors (the drop itself)
    do not set the band or the error to expect at the new level."""
    rng = np.random.default_rng(seed)
    counts = rng.poisson(np.r_[np.full(120, 40.0), np.full(28, 10.0)])

    result = forecast_tickets(ticket_times(counts[:140], rng), until=week_end(140))

    assert result.metrics["mae"] > 8  # the backtest's own error: forecasts made across the drop count there
    frame = result.forecast
    assert (frame["upper"] <= 18).all() and (frame["upper_95"] <= 22).all(), frame
    assert result.metrics["expected_mae"] < 4.5  # Poisson noise at 10 a week: about 2.5 tickets (6-7 before)
    assert any(note.startswith("The band and the error to expect come from the") for note in result.notes)
    future = counts[140:148]
    assert np.mean(np.abs(future - frame["expected"].to_numpy())) < 5


def test_the_error_to_expect_follows_the_desks_recent_noise():
    """A desk at a steady 30 a week whose weeks swung widely until five months ago and have kept to Poisson
    noise since: the error it reports comes mostly from its recent origins, not a year of them alike (which
    reported twice the error that came, over these twelve logs)."""
    reported, realised = [], []
    for seed in range(12):
        rng = np.random.default_rng(seed)
        swinging = rng.negative_binomial(3, 3 / 33, 120)  # mean 30, standard deviation about 18
        counts = np.r_[swinging, rng.poisson(30.0, 28)]

        result = forecast_tickets(ticket_times(counts[:140], rng), until=week_end(140))

        reported.append(result.metrics["expected_mae"])
        realised.append(future_mae(counts[140:148], result.forecast["expected"].to_numpy()))
    assert np.mean(reported) < 1.7 * np.mean(realised), (reported, realised)


def test_a_busy_season_is_no_level_shift():
    times, _ = simulate(3, 156, 0)

    result = forecast_tickets(times, until=week_end(156))

    assert not any(note.startswith("Volume") for note in result.notes)


def test_without_a_pattern_smoothing_is_kept_unless_a_plain_mean_is_clearly_better():
    kept = []
    for seed in range(6):
        times, counts = simulate(seed, 80, 0, mean=lambda weeks: np.full(weeks, 20.0))

        result = forecast_tickets(times, until=week_end(80))

        errors, smoothing = result.backtest, "damped-trend exponential smoothing"
        assert result.model_kept in ("mean of the last 4 weeks", smoothing)
        if result.model_kept == smoothing:
            assert errors[smoothing] <= min(errors.values()) * (1 + NEAR_TIE) + 1e-9
        else:
            assert errors[smoothing] > errors[result.model_kept] * (1 + NEAR_TIE)
            assert result.forecast["expected"].to_list() == pytest.approx([counts[76:80].mean()] * 8)
        kept.append(result.model_kept)
    assert kept.count("damped-trend exponential smoothing") >= 3  # noise alone rarely beats it by the margin


def test_bands_are_whole_tickets_that_hold_the_expected_count():
    for seed, mean in ((0, 2.5), (1, 3.7), (2, 40.0)):
        times, _ = simulate(seed, 80, 0, mean=lambda weeks, level=mean: np.full(weeks, level))

        forecast = forecast_tickets(times, until=week_end(80)).forecast

        for bound in ("lower", "upper", "lower_95", "upper_95"):
            assert (forecast[bound] % 1 == 0).all(), (mean, bound, forecast[bound].to_list())
        assert (forecast["lower"] <= forecast["expected"]).all() and (forecast["expected"] <= forecast["upper"]).all()
        assert (forecast["lower"] < forecast["upper"]).all()


def test_the_forecast_round_trips_through_its_stored_form_and_reads_older_ones():
    times, _ = simulate(3, 80, 0)

    published = forecast_tickets(times, weeks=6, interval=0.9, until=week_end(80)).published()

    form = json.loads(json.dumps(published.to_dict()))
    assert TicketForecast.from_dict(form) == published
    assert form["interval"] == 0.9 and form["forecast"][0]["lower_95"] <= form["forecast"][0]["lower"]
    older = {**form, "metrics": {k: v for k, v in form["metrics"].items()
                                 if k not in ("coverage_95", "band_width", "expected_mae")},
             "forecast": [{k: v for k, v in week.items() if not k.endswith("_95")} for week in form["forecast"]]}
    for key in ("backtest", "origins", "weekday_profile"):
        older.pop(key)
    assert TicketForecast.from_dict(older).to_dict() == older


def test_forecast_rows_follow_the_history():
    times, _ = simulate(3, 80, 0)

    result = forecast_tickets(times, weeks=6, interval=0.9, until=week_end(80))

    forecast = result.forecast
    assert result.history.height == 80
    assert forecast["week_start"].to_list() == [week_end(80) + datetime.timedelta(days=1 + 7 * i) for i in range(6)]
    assert (forecast["lower"] <= forecast["expected"]).all() and (forecast["expected"] <= forecast["upper"]).all()
    assert (forecast["lower_95"] <= forecast["lower"]).all() and (forecast["upper"] <= forecast["upper_95"]).all()
    assert (forecast["lower_95"] >= 0).all()


# --- short history and bad parameters ----------------------------------------------------


def test_short_history_is_refused_with_a_reason():
    times, _ = simulate(5, 7, 1)

    with pytest.raises(PrevistaError, match="needs at least 8 complete weeks of tickets; the data has 7"):
        forecast_tickets(times, until=week_end(7) + datetime.timedelta(days=2))


def test_short_history_shortens_the_backtest_and_says_so():
    times, _ = simulate(5, 10, 0)

    result = forecast_tickets(times, weeks=8, until=week_end(10))

    assert result.holdout_weeks == 4
    assert result.forecast.height == 8
    assert any("tested on forecasts 4 weeks ahead instead of 8" in note for note in result.notes)


@pytest.mark.parametrize(("params", "message"), [
    ({"weeks": 3}, "The 'weeks' parameter of forecast_tickets must be an int in the range [4, 12]. Got 3 instead."),
    ({"weeks": 8.0}, "The 'weeks' parameter"),
    ({"interval": 1.0}, "The 'interval' parameter of forecast_tickets must be a float in the range (0.0, 1.0)."),
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


def test_right_after_a_level_shift_the_forecast_stays_on_the_new_level():
    """Ten weeks after a drop, too few origins follow it to judge the methods on the new level alone.  Smoothing
    stays the choice where its forecast keeps to the weeks since the drop; where it read the drop as a trend
    (down to 0 tickets on some of these logs), the mean of the last weeks, all since the drop, replaces it."""
    kept = []
    for seed in range(8):
        rng = np.random.default_rng(seed)
        counts = rng.poisson(np.r_[np.full(110, 40.0), np.full(10, 10.0)])

        result = forecast_tickets(ticket_times(counts, rng), until=week_end(120))

        expected = result.forecast["expected"].to_numpy()
        since = counts[110:120]
        assert np.all((expected >= since.min()) & (expected <= since.max())), (seed, result.model_kept, expected)
        if result.model_kept == "mean of the last 4 weeks":
            assert expected.tolist() == pytest.approx([counts[116:120].mean()] * 8)
        # smoothing learnt from the weeks before the drop too, and the note does not say otherwise
        said = "follows the new level, weighing the 10 weeks since" if result.model_kept.endswith("smoothing") else (
            "uses the 10 weeks since")
        assert any(note.startswith("Volume dropped") and said in note for note in result.notes), result.notes
        kept.append(result.model_kept)
    assert "damped-trend exponential smoothing" in kept and "mean of the last 4 weeks" in kept


@pytest.mark.parametrize(("before", "after"), [(40.0, 10.0), (10.0, 30.0)])
def test_a_large_change_is_followed_from_its_fourth_week(before, after):
    """Four weeks after volume fell to a quarter or tripled, the forecast is on the new level and says so; at six
    weeks a change is told from a bad month, but at a quarter of the old level four weeks are no bad month (the
    forecast stayed near the old level, erring two to three times as much as the mean of those weeks)."""
    for seed in range(6):
        rng = np.random.default_rng(seed)
        counts = rng.poisson(np.r_[np.full(110, before), np.full(4, after)])

        result = forecast_tickets(ticket_times(counts, rng), until=week_end(114))

        since = counts[110:]
        expected = result.forecast["expected"].to_numpy()
        assert np.all((expected >= since.min()) & (expected <= since.max())), (seed, result.model_kept, expected)
        changed = "Volume dropped" if after < before else "Volume rose"
        assert any(note.startswith(changed) and "the 4 weeks since" in note for note in result.notes), result.notes


@pytest.mark.parametrize("dip", [np.full(4, 25.0), np.r_[40.0, 1.0, 1.0, 40.0], np.r_[1.0, 1.0, 1.0, 40.0]])
def test_a_bad_month_or_a_closed_fortnight_is_no_change_in_level(dip):
    """A month at -40 % (a change of level once it lasts six weeks), a fortnight closed, or three weeks closed and
    the desk open again (a month at a quarter of the level, but not the level it is at) are no change yet."""
    for seed in range(6):
        rng = np.random.default_rng(seed)
        counts = rng.poisson(np.r_[np.full(110, 40.0), dip])

        result = forecast_tickets(ticket_times(counts, rng), until=week_end(114))

        assert not any(note.startswith("Volume") for note in result.notes), (seed, result.notes)


def test_a_real_help_desk_log_after_its_reorganisation():
    """The issue's own kind of log (tests/data/helpdesk): ten weeks after volume fell by about four fifths, a
    Monday-to-Friday desk cut on a Friday gets a forecast from that very week, on the new level, saying why."""
    log = pl.read_csv(REPO / "tests" / "data" / "helpdesk" / "helpdesk_cases.csv", try_parse_dates=True)["created"]
    friday = datetime.date(2012, 10, 26)

    result = forecast_tickets(log.filter(log <= friday), until=friday)

    weekly = log.dt.truncate("1w").value_counts().sort("created")
    since = weekly.filter((pl.col("created") >= datetime.date(2012, 8, 13)) & (pl.col("created") <= friday))["count"]
    expected = result.forecast["expected"].to_numpy()
    assert result.forecast["week_start"][0] == datetime.date(2012, 10, 29)
    assert np.all((expected >= since.min()) & (expected <= since.max())), (result.model_kept, expected, since.to_list())
    dropped = [note for note in result.notes if note.startswith("Volume dropped")]
    assert any("week of 2012-08-13" in note for note in dropped), result.notes
    assert dict(result.weekday_profile).keys() == {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
