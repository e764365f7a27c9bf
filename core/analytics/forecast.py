"""Weekly support-ticket volume forecast, chosen by a rolling-origin backtest, with bands from its own errors.

A small business plans staff weeks ahead, so the forecast counts tickets per
Monday-start week (a week is complete once the desk's own working days are
over).  Several methods, from the mean of the last weeks to seasonal
exponential smoothing, forecast from past origins and are scored on what
came next; the one that erred least is kept, and its backtest error is the
accuracy the forecast reports, next to the other methods'.  After a sustained
change in volume only the weeks since count.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np
import polars as pl

from prevista.core.analytics.forecasting import backtest
from prevista.core.analytics.forecasting.methods import METHODS, RECENT_MEAN, Method, predict
from prevista.core.analytics.forecasting.weeks import Calendar, calendar, complete_span, weekday_profile
from prevista.core.analytics.stored import json_form
from prevista.core.runtime.jobs import Progress
from prevista.core.runtime.threads import one_native_thread
from prevista.privacy.catalogue import QT_TRANSLATE_NOOP
from prevista.privacy.errors import PrevistaError

MIN_HISTORY_WEEKS = 8  # complete weeks of tickets needed before anything is forecast
WIDE_INTERVAL = 0.95
STARTS = QT_TRANSLATE_NOOP("Forecast", "The forecast starts after the week of {0}, the last complete one: tickets come "
                                       "on {1}, and the data runs to {2}.")
SHORT_HISTORY = QT_TRANSLATE_NOOP("Forecast", "Only {0} complete weeks of history: the methods were tested on "
                                              "forecasts {1} weeks ahead instead of {2}, so the quality figures are "
                                              "rough.")
FEW_ORIGINS = QT_TRANSLATE_NOOP("Forecast", "The methods could be tested from only {0} past point(s) in time; the band "
                                            "rests on few errors and may be too narrow.")
ON_LEVEL = QT_TRANSLATE_NOOP("Forecast", "The band and the error to expect come from the {0} backtest forecasts made "
                                         "since the change in level.")
TOO_SHORT = QT_TRANSLATE_NOOP("Forecast", "The ticket forecast needs at least {0} complete weeks of tickets; the "
                                          "data has {1}.")
NO_SEASON = QT_TRANSLATE_NOOP("Forecast", "Less than two years of history: a yearly season can be followed only "
                                          "roughly, or not at all.")


@dataclass(frozen=True)
class WeekCount:
    week_start: str  # ISO date of the Monday
    tickets: int


@dataclass(frozen=True)
class WeekForecast:
    week_start: str  # ISO date of the Monday
    expected: float
    lower: float  # the interval's bounds
    upper: float
    lower_95: float | None = None  # the 95 % band (forecasts stored before it have none)
    upper_95: float | None = None
    OPTIONAL_KEYS: ClassVar[tuple[str, ...]] = ("lower_95", "upper_95")


@dataclass(frozen=True)
class ForecastMetrics:
    """Backtest figures of :class:`TicketForecast`: the kept method's mean absolute error (``mae``) and the best
    other method's (``baseline_mae``), tickets per week; MAPE over weeks with tickets (None without any);
    the band's realised coverage and mean width; ``expected_mae``, the error to expect in the coming weeks
    (the backtest's errors at today's level).  Forecasts stored before the backtest lack the last four."""

    mae: float
    baseline_mae: float
    mape: float | None
    baseline_mape: float | None
    interval_coverage: float
    coverage_95: float | None = None
    band_width: float | None = None
    expected_mae: float | None = None
    OPTIONAL_KEYS: ClassVar[tuple[str, ...]] = ("coverage_95", "band_width", "expected_mae")


@dataclass(frozen=True)
class TicketForecast:
    """The forecast as the dashboard, the forecast screen and the pilot report show it.

    Stored at training as ``Meta.FORECAST`` and handed over as forecast.json, so ``to_dict`` and
    ``from_dict`` keep its JSON form: ISO dates, null for an undefined MAPE, keys as the store sorts them.
    ``holdout_weeks`` is how far ahead the backtest scored each origin; ``backtest`` each method's error.
    """

    history: tuple[WeekCount, ...]
    forecast: tuple[WeekForecast, ...]
    baseline_name: str
    metrics: ForecastMetrics
    holdout_weeks: int
    interval: float
    model_kept: str
    notes: tuple[str, ...]
    backtest: Mapping[str, float] | None = None  # method → mean absolute error over the origins
    origins: int | None = None
    weekday_profile: tuple[tuple[str, float], ...] | None = None  # share of a week's tickets per working day
    OPTIONAL_KEYS: ClassVar[tuple[str, ...]] = ("backtest", "origins", "weekday_profile")

    @property
    def expected_total(self) -> float:
        return sum(week.expected for week in self.forecast)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TicketForecast:
        profile = data.get("weekday_profile")
        return cls(
            history=tuple(WeekCount(**week) for week in data["history"]),
            forecast=tuple(WeekForecast(**week) for week in data["forecast"]),
            baseline_name=data["baseline_name"], metrics=ForecastMetrics(**data["metrics"]),
            holdout_weeks=data["holdout_weeks"], interval=data["interval"], model_kept=data["model_kept"],
            notes=tuple(data["notes"]), backtest=data.get("backtest"), origins=data.get("origins"),
            weekday_profile=None if profile is None else tuple((day, share) for day, share in profile),
        )

    def to_dict(self) -> dict[str, Any]:
        form: dict[str, Any] = json_form(self)
        return form


@dataclass(frozen=True)
class ForecastResult:
    """Everything the dashboard and the pilot report show about the forecast, with the weeks as frames.

    ``metrics``: ``mae`` is the kept method's backtest error, ``baseline_mae`` the best other method's,
    MAPE a fraction over the weeks that had tickets, ``interval_coverage`` and ``coverage_95`` the shares
    of backtest weeks inside the bands, ``band_width`` the 80 % band's mean width and ``expected_mae`` the
    error to expect at today's level.
    """

    history: pl.DataFrame
    forecast: pl.DataFrame
    baseline_name: str
    metrics: dict[str, float]
    holdout_weeks: int
    interval: float
    model_kept: str
    notes: tuple[str, ...]
    backtest: dict[str, float]
    origins: int
    weekday_profile: tuple[tuple[str, float], ...]

    def published(self) -> TicketForecast:
        """JSON has neither dates nor NaN, so dates become ISO text and NaN None."""
        m = self.metrics
        return TicketForecast(
            history=tuple(WeekCount(**week) for week in _rows(self.history)),
            forecast=tuple(WeekForecast(**week) for week in _rows(self.forecast)),
            baseline_name=self.baseline_name,
            metrics=ForecastMetrics(mae=m["mae"], baseline_mae=m["baseline_mae"],
                                    mape=_defined(m["mape"]), baseline_mape=_defined(m["baseline_mape"]),
                                    interval_coverage=m["interval_coverage"], coverage_95=_defined(m["coverage_95"]),
                                    band_width=_defined(m["band_width"]), expected_mae=_defined(m["expected_mae"])),
            holdout_weeks=self.holdout_weeks, interval=self.interval, model_kept=self.model_kept, notes=self.notes,
            backtest=dict(self.backtest), origins=self.origins, weekday_profile=self.weekday_profile,
        )


def weekly_counts(timestamps: pl.Series, *, until: datetime.date | None = None) -> pl.DataFrame:
    """Tickets per Monday-start week, counting only weeks the data fully covers.

    The data covers the days from the first ticket to ``until`` (default: the last ticket).  A partial week
    at either end would look like a drop in demand, so it is left out; a week counts as complete once the
    business's last working day of it is covered (:mod:`forecasting.weeks`).  A covered week without tickets
    counts as zero.
    """
    _check_timestamps(timestamps, "weekly_counts")
    _check_until(until, "weekly_counts")
    days = _covered_days(timestamps, until)
    return _weeks(days, calendar(days), until)


def _covered_days(timestamps: pl.Series, until: datetime.date | None) -> pl.Series:
    days = _days(timestamps)
    return days if until is None else days.filter(days <= until)


def _weeks(days: pl.Series, working: Calendar, until: datetime.date | None) -> pl.DataFrame:
    empty = pl.DataFrame(schema={"week_start": pl.Date, "tickets": pl.Int64})
    first_day, latest = days.min(), days.max()
    if not isinstance(first_day, datetime.date) or not isinstance(latest, datetime.date):
        return empty
    span = complete_span(first_day, until or latest, working)
    if span is None:
        return empty
    weeks = pl.date_range(span[0], span[1], "1w", eager=True).alias("week_start").to_frame()
    counts = days.dt.truncate("1w").alias("week_start").to_frame().group_by("week_start").len("tickets")
    return weeks.join(counts, on="week_start", how="left", maintain_order="left").select(
        "week_start", pl.col("tickets").fill_null(0).cast(pl.Int64)
    )


def forecast_tickets(timestamps: pl.Series, *, weeks: int = 8, interval: float = 0.8,
                     until: datetime.date | None = None, progress: Progress | None = None) -> ForecastResult:
    """Forecast the next ``weeks`` weeks of tickets, with an ``interval`` band and a 95 % band.

    Quality is measured honestly: every method forecasts from up to 12 past origins, each time knowing only
    the weeks before it, and is scored on the ``weeks`` that followed (fewer when the history is short);
    the kept method is then fitted on the recent history and forecasts from the last complete week.
    """
    _check_params(timestamps, weeks, interval, until)
    progress = progress or Progress()
    progress.report(0.0, "Counting tickets per week")
    days = _covered_days(timestamps, until)
    working = calendar(days)
    history = _weeks(days, working, until)
    if history.height < MIN_HISTORY_WEEKS:
        raise PrevistaError(TOO_SHORT.format(MIN_HISTORY_WEEKS, history.height))
    dates = history["week_start"].to_numpy().astype("datetime64[D]")
    tickets = history["tickets"].to_numpy().astype(float)
    with one_native_thread():
        progress.report(0.1, "Testing each forecasting method on past weeks")
        now = backtest.recent(tickets, dates)
        test = backtest.run(tickets, dates, backtest.horizon_for(weeks, tickets.size), now.shift)
        progress.report(0.8, f"Forecasting the next {weeks} weeks")
        method, expected = _usable(test, now, weeks)
    errors = test.errors(method.name)
    frame = _forecast_frame(history["week_start"][-1], expected, errors, interval)
    others = {name: test.mae(name) for name in test.forecasts if name != method.name}
    baseline = min(others, key=lambda name: others[name]) if others else method.name  # alone: its own reference
    coverage, width = test.coverage(method.name, interval)
    return ForecastResult(
        history=history, forecast=frame, baseline_name=baseline,
        metrics={"mae": test.mae(method.name), "baseline_mae": test.mae(baseline),
                 "mape": _mape(test.actual, test.forecasts[method.name]),
                 "baseline_mape": _mape(test.actual, test.forecasts[baseline]),
                 "interval_coverage": coverage, "coverage_95": test.coverage(method.name, WIDE_INTERVAL)[0],
                 "band_width": width, "expected_mae": _expected_error(test.recent_error(method.name), expected)},
        holdout_weeks=test.horizon, interval=float(interval), model_kept=method.name,
        notes=_notes(history, days, working, test, now, weeks, method),
        backtest={name: test.mae(name) for name in test.forecasts}, origins=len(test.origins),
        weekday_profile=weekday_profile(days.filter(days >= history["week_start"][0]), working),
    )


def _usable(test: backtest.Backtest, now: backtest.Recent, weeks: int) -> tuple[Method, np.ndarray]:
    """The backtest's choice and its forecast, or, where a change in level left too few weeks for it, the best
    method that can still forecast from the weeks since.

    Until enough origins follow a change in level, the backtest judged the methods on forecasts made across
    it.  Its choice (most often smoothing, which learns from the whole history) is then kept as long as its
    forecast stays within the weeks seen since the change: smoothing's trend, read from a few weeks after a
    step, can be the step itself, which ten weeks after a drop from 40 to 10 a week took its forecast to 0.
    Outside them the mean of the last weeks, all since the change, stands on the new level.  On the issue's
    own help-desk log (4,580 tickets, ``tests/bench/bench_forecast.py --real``) always taking that mean after
    a change erred 7.68 over 96 weeks where smoothing erred 7.53."""
    chosen = test.chosen()
    if not now.suits(chosen):
        fitting = [m for m in METHODS if m.name in test.forecasts and now.suits(m)]
        chosen = min(fitting, key=lambda m: test.mae(m.name))
    expected = predict(chosen, *now.of(chosen), weeks)
    if test.across_change and RECENT_MEAN.name in test.forecasts and not _within(expected, now.tickets):
        return RECENT_MEAN, predict(RECENT_MEAN, *now.of(RECENT_MEAN), weeks)
    return chosen, expected


def _within(expected: np.ndarray, since: np.ndarray) -> bool:
    """Whether every forecast week lies inside the range of the weeks seen since the change."""
    return bool(np.all((expected >= since.min()) & (expected <= since.max())))


def _expected_error(scaled_error: float, expected: np.ndarray) -> float:
    """The backtest's recent typical error, rescaled to the level of the coming weeks."""
    return float(scaled_error * np.mean(np.sqrt(np.maximum(expected, 1.0))))


def _forecast_frame(last_week: datetime.date, expected: np.ndarray, errors: np.ndarray, interval: float) -> pl.DataFrame:
    lower, upper = backtest.band(expected, errors, interval)
    lower_95, upper_95 = backtest.band(expected, errors, WIDE_INTERVAL)
    return pl.DataFrame({
        "week_start": pl.date_range(last_week + datetime.timedelta(weeks=1),
                                    last_week + datetime.timedelta(weeks=expected.size), "1w", eager=True),
        "expected": expected, "lower": lower, "upper": upper, "lower_95": lower_95, "upper_95": upper_95,
    }, schema={"week_start": pl.Date, "expected": pl.Float64, "lower": pl.Float64, "upper": pl.Float64,
               "lower_95": pl.Float64, "upper_95": pl.Float64})


def _mape(actual: np.ndarray, expected: np.ndarray) -> float:
    """Over weeks with tickets only: a zero week has no percentage error."""
    busy = actual > 0
    return float(np.mean(np.abs(actual[busy] - expected[busy]) / actual[busy])) if busy.any() else math.nan


def _notes(history: pl.DataFrame, days: pl.Series, working: Calendar, test: backtest.Backtest,
           now: backtest.Recent, weeks: int, method: Method) -> tuple[str, ...]:
    last_week: datetime.date = history["week_start"][-1]
    last_day: datetime.date = days.max()  # type: ignore[assignment]  # a Date series' maximum is a date
    notes = [STARTS.format(last_week, working.text(), last_day)]
    if now.shift is not None:
        notes.append(now.shift.text(now.tickets.size, whole_history=now.of(method)[0].size > now.tickets.size))
    if test.horizon < weeks:
        notes.append(SHORT_HISTORY.format(history.height, test.horizon, weeks))
    if len(test.origins) < 4:
        notes.append(FEW_ORIGINS.format(len(test.origins)))
    if (on_level := test.level_origins(method.name)) is not None:
        notes.append(ON_LEVEL.format(on_level))
    if history.height < 2 * 52:
        notes.append(NO_SEASON)
    return tuple(notes)


# --- inputs ------------------------------------------------------------------------------


def _days(timestamps: pl.Series) -> pl.Series:
    """Calendar days of the tickets; a time zone-aware timestamp keeps its local day."""
    days = timestamps.drop_nulls()
    return days.dt.date() if days.dtype != pl.Date else days


def _defined(value: float) -> float | None:
    return None if math.isnan(value) else value


def _rows(frame: pl.DataFrame) -> list[dict[str, Any]]:
    return frame.with_columns(pl.col("week_start").dt.to_string("%Y-%m-%d")).to_dicts()


def _check_timestamps(timestamps: Any, caller: str) -> None:
    if not (isinstance(timestamps, pl.Series) and (timestamps.dtype == pl.Date or timestamps.dtype == pl.Datetime)):
        got = timestamps.dtype if isinstance(timestamps, pl.Series) else type(timestamps).__name__
        raise ValueError(f"The 'timestamps' parameter of {caller} must be a polars Series of pl.Date or "
                         f"pl.Datetime. Got {got} instead.")


def _check_until(until: Any, caller: str) -> None:
    if until is not None and (not isinstance(until, datetime.date) or isinstance(until, datetime.datetime)):
        raise ValueError(f"The 'until' parameter of {caller} must be None or a datetime.date. Got {until!r} instead.")


def _is_int(value: Any) -> bool:
    return isinstance(value, (int, np.integer)) and not isinstance(value, bool)


def _check_params(timestamps: Any, weeks: Any, interval: Any, until: Any) -> None:
    """Parameter errors read the same way everywhere in Prevista."""
    _check_timestamps(timestamps, "forecast_tickets")
    _check_until(until, "forecast_tickets")
    problems = [
        ("weeks", not (_is_int(weeks) and 4 <= weeks <= 12), "an int in the range [4, 12]", weeks),
        ("interval", not (isinstance(interval, (float, np.floating)) and 0 < interval < 1),
         "a float in the range (0.0, 1.0)", interval),
    ]
    for name, bad, expected, got in problems:
        if bad:
            raise ValueError(f"The '{name}' parameter of forecast_tickets must be {expected}. Got {got!r} instead.")
