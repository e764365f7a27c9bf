"""Weekly support-ticket volume forecast, judged against a baseline it must beat.

A small business plans staff weeks ahead, so the forecast counts tickets per
Monday-start week.  The model is a Poisson regression on a log-linear trend and
yearly Fourier terms, anchored to the last quarter's actual level; it is kept
only when it beats a naive baseline on the most recent weeks, which it never
saw.  Otherwise the forecast *is* the baseline, and the result says so.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import polars as pl
from sklearn.linear_model import PoissonRegressor
from sklearn.metrics import mean_poisson_deviance
from sklearn.utils import check_random_state

from prevista.core.analytics.stored import json_form
from prevista.privacy.errors import PrevistaError

MIN_HISTORY_WEEKS = 8  # complete weeks of tickets needed before anything is forecast
YEAR_WEEKS = 52
TWO_YEARS_WEEKS = 104
LEVEL_WEEKS = 13
NAIVE_WEEKS = 4
DRAWS = 4000
REPLAYS = 8
SEASONAL_NAIVE = "seasonal naive (same week last year)"
NAIVE = "naive (mean of the last 4 weeks)"
SEASONAL_MODEL = "seasonal model"
BASELINE = "baseline"


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


@dataclass(frozen=True)
class ForecastMetrics:
    """The hold-out figures of :class:`ForecastResult`; a MAPE is None where no hold-out week had tickets."""

    mae: float
    baseline_mae: float
    mape: float | None
    baseline_mape: float | None
    interval_coverage: float


@dataclass(frozen=True)
class TicketForecast:
    """The forecast as the dashboard, the forecast screen and the pilot report show it.

    Stored at training as ``Meta.FORECAST`` and handed over as forecast.json, so ``to_dict`` and
    ``from_dict`` keep its JSON form: ISO dates, null for an undefined MAPE, keys as the store sorts them.
    """

    history: tuple[WeekCount, ...]
    forecast: tuple[WeekForecast, ...]
    baseline_name: str
    metrics: ForecastMetrics
    holdout_weeks: int
    interval: float
    model_kept: str
    notes: tuple[str, ...]

    @property
    def expected_total(self) -> float:
        return sum(week.expected for week in self.forecast)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TicketForecast:
        return cls(
            history=tuple(WeekCount(**week) for week in data["history"]),
            forecast=tuple(WeekForecast(**week) for week in data["forecast"]),
            baseline_name=data["baseline_name"], metrics=ForecastMetrics(**data["metrics"]),
            holdout_weeks=data["holdout_weeks"], interval=data["interval"], model_kept=data["model_kept"],
            notes=tuple(data["notes"]),
        )

    def to_dict(self) -> dict[str, Any]:
        form: dict[str, Any] = json_form(self)
        return form


@dataclass(frozen=True)
class ForecastResult:
    """Everything the dashboard and the pilot report show about the forecast, with the weeks as frames.

    ``metrics`` come from the hold-out of the last ``holdout_weeks`` complete
    weeks: ``mae`` is the seasonal model's, ``baseline_mae`` the baseline's,
    MAPE is a fraction over the weeks that had tickets, and
    ``interval_coverage`` is the share of hold-out weeks inside the interval of
    the method that was kept.
    """

    history: pl.DataFrame
    forecast: pl.DataFrame
    baseline_name: str
    metrics: dict[str, float]
    holdout_weeks: int
    interval: float
    model_kept: str
    notes: tuple[str, ...]

    def published(self) -> TicketForecast:
        """JSON has neither dates nor NaN, so dates become ISO text and NaN None."""
        return TicketForecast(
            history=tuple(WeekCount(**week) for week in _rows(self.history)),
            forecast=tuple(WeekForecast(**week) for week in _rows(self.forecast)),
            baseline_name=self.baseline_name,
            metrics=ForecastMetrics(mae=self.metrics["mae"], baseline_mae=self.metrics["baseline_mae"],
                                    mape=_defined(self.metrics["mape"]),
                                    baseline_mape=_defined(self.metrics["baseline_mape"]),
                                    interval_coverage=self.metrics["interval_coverage"]),
            holdout_weeks=self.holdout_weeks,
            interval=self.interval,
            model_kept=self.model_kept,
            notes=self.notes,
        )


@dataclass(frozen=True)
class _Prediction:
    expected: np.ndarray
    dispersion: float  # variance / mean of the method's own errors, at least 1 (Poisson)


def weekly_counts(timestamps: pl.Series, *, until: datetime.date | None = None) -> pl.DataFrame:
    """Tickets per Monday-start week, counting only weeks the data fully covers.

    The data covers the days from the first ticket to ``until`` (default: the
    last ticket).  A partial week at either end would look like a drop in
    demand, so it is left out; a covered week without tickets counts as zero.
    """
    _check_timestamps(timestamps, "weekly_counts")
    _check_until(until, "weekly_counts")
    days = _days(timestamps)
    latest = days.max()
    until = latest if until is None and isinstance(latest, datetime.date) else until
    empty = pl.DataFrame(schema={"week_start": pl.Date, "tickets": pl.Int64})
    if until is None:
        return empty
    days = days.filter(days <= until)
    if days.is_empty():
        return empty
    first_day = days.min()
    assert isinstance(first_day, datetime.date), "a non-empty date column has a first day"
    first = first_day + datetime.timedelta(days=(7 - first_day.weekday()) % 7)
    last = until - datetime.timedelta(days=(until.weekday() + 1) % 7 + 6)  # starts the last week ending by until
    if first > last:
        return empty
    weeks = pl.date_range(first, last, "1w", eager=True).alias("week_start").to_frame()
    counts = days.dt.truncate("1w").alias("week_start").to_frame().group_by("week_start").len("tickets")
    return weeks.join(counts, on="week_start", how="left", maintain_order="left").select(
        "week_start", pl.col("tickets").fill_null(0).cast(pl.Int64)
    )


def forecast_tickets(
    timestamps: pl.Series,
    *,
    weeks: int = 8,
    interval: float = 0.8,
    until: datetime.date | None = None,
    random_state: int = 0,
) -> ForecastResult:
    """Forecast the next ``weeks`` weeks of tickets, with an ``interval`` band.

    Quality is measured honestly: the seasonal model and the baseline are both
    fitted without the last ``weeks`` complete weeks (fewer when the history
    is short, so that half of it is left to learn from) and scored on them;
    the winner is refitted on all history.  ``random_state`` seeds the
    simulation behind the band, so the same data always gives the same band.
    """
    _check_params(timestamps, weeks, interval, until, random_state)
    history = weekly_counts(timestamps, until=until)
    if history.height < MIN_HISTORY_WEEKS:
        raise PrevistaError(
            f"The ticket forecast needs at least {MIN_HISTORY_WEEKS} complete weeks of tickets; "
            f"the data has {history.height}."
        )
    dates = history["week_start"].to_numpy()
    tickets = history["tickets"].to_numpy().astype(float)
    holdout = min(weeks, history.height // 2)
    max_harmonics = _max_harmonics(history.height - holdout)
    seasonal_baseline = history.height >= YEAR_WEEKS + weeks
    baseline = _seasonal_naive if seasonal_baseline else _naive
    rng = check_random_state(random_state)

    keep_model, metrics = _holdout(dates, tickets, holdout, max_harmonics, baseline, interval, rng)
    harmonics = _harmonics(dates, tickets, max_harmonics)
    final = _seasonal_model(dates, tickets, weeks, harmonics) if keep_model else baseline(tickets, weeks)
    baseline_name = SEASONAL_NAIVE if seasonal_baseline else NAIVE
    return ForecastResult(
        history=history,
        forecast=_forecast_frame(history["week_start"][-1], final, interval, rng),
        baseline_name=baseline_name,
        metrics=metrics,
        holdout_weeks=holdout,
        interval=float(interval),
        model_kept=SEASONAL_MODEL if keep_model else BASELINE,
        notes=_notes(history.height, weeks, holdout, max_harmonics, harmonics, keep_model, baseline_name),
    )


def _holdout(dates: np.ndarray, tickets: np.ndarray, holdout: int, max_harmonics: int,
             baseline: Callable[[np.ndarray, int], _Prediction], interval: float,
             rng: np.random.RandomState) -> tuple[bool, dict[str, float]]:
    """Whether the model beats the baseline on the last ``holdout`` weeks, and by how much.

    The band is scored for the method that wins, since that is the band the
    user will see; a tie goes to the baseline, the simpler of the two.
    """
    fit_dates, fit_tickets, actual = dates[:-holdout], tickets[:-holdout], tickets[-holdout:]
    model = _seasonal_model(fit_dates, fit_tickets, holdout, _harmonics(fit_dates, fit_tickets, max_harmonics))
    simple = baseline(fit_tickets, holdout)
    keep_model = _mae(actual, model.expected) < _mae(actual, simple.expected)
    lower, upper = _band(model if keep_model else simple, interval, rng)
    return keep_model, {
        "mae": _mae(actual, model.expected),
        "baseline_mae": _mae(actual, simple.expected),
        "mape": _mape(actual, model.expected),
        "baseline_mape": _mape(actual, simple.expected),
        "interval_coverage": float(np.mean((actual >= lower) & (actual <= upper))),
    }


def _forecast_frame(last_week: datetime.date, prediction: _Prediction, interval: float,
                    rng: np.random.RandomState) -> pl.DataFrame:
    horizon = prediction.expected.size
    lower, upper = _band(prediction, interval, rng)
    return pl.DataFrame({
        "week_start": pl.date_range(last_week + datetime.timedelta(weeks=1),
                                    last_week + datetime.timedelta(weeks=horizon), "1w", eager=True),
        "expected": prediction.expected,
        "lower": lower,
        "upper": upper,
    }, schema={"week_start": pl.Date, "expected": pl.Float64, "lower": pl.Float64, "upper": pl.Float64})


# --- the seasonal model --------------------------------------------------------


def _max_harmonics(fit_weeks: int) -> int:
    """A yearly wave needs a year to be seen; its finer shape needs a second year to be trusted."""
    if fit_weeks < YEAR_WEEKS:
        return 0
    return 2 if fit_weeks < TWO_YEARS_WEEKS else 4


def _features(dates: np.ndarray, origin: np.datetime64, harmonics: int) -> np.ndarray:
    """Trend in years from ``origin`` plus sine/cosine pairs of the time of year.

    The time of year is taken at each week's Thursday (the day that names the
    ISO week), as a fraction of the year, so 53-week years do not shift it.
    """
    years = (dates - origin).astype("timedelta64[D]").astype(float) / 365.25
    thursday = dates + np.timedelta64(3, "D")
    phase = 2 * np.pi * (thursday - thursday.astype("datetime64[Y]")).astype("timedelta64[D]").astype(float) / 365.25
    waves = [f(k * phase) for k in range(1, harmonics + 1) for f in (np.sin, np.cos)]
    return np.column_stack([years, *waves])


def _fit(dates: np.ndarray, tickets: np.ndarray, harmonics: int) -> PoissonRegressor:
    # newton-cholesky converges in a few steps on these tiny, well-conditioned designs; lbfgs is ~20x slower.
    return PoissonRegressor(alpha=1e-6, solver="newton-cholesky", max_iter=100).fit(
        _features(dates, dates[-1], harmonics), tickets)


def _harmonics(dates: np.ndarray, tickets: np.ndarray, max_harmonics: int) -> int:
    """The number of yearly harmonics by BIC, so a weak or absent season costs no noise.

    The over-dispersion of the richest fit scales the deviance (a quasi-BIC),
    otherwise busy weeks with extra-Poisson noise would buy spurious wiggles.
    """
    deviances = [
        mean_poisson_deviance(tickets, _fit(dates, tickets, k).predict(_features(dates, dates[-1], k))) * tickets.size
        for k in range(max_harmonics + 1)
    ]
    scale = max(1.0, deviances[-1] / max(1, tickets.size - 2 * max_harmonics - 2))
    return int(np.argmin([d / scale + np.log(tickets.size) * (2 * k + 2) for k, d in enumerate(deviances)]))


def _seasonal_model(dates: np.ndarray, tickets: np.ndarray, horizon: int, harmonics: int) -> _Prediction:
    """The forecast, with a dispersion from replaying the model at earlier origins.

    In-sample residuals flatter a model: they miss the error of extrapolating
    its trend and of a season shape that changes.  Refitting at up to
    ``REPLAYS`` past origins and scoring the weeks that followed measures that
    error the way the user will meet it.
    """
    expected, fitted = _extrapolate(dates, tickets, horizon, harmonics)
    first = max(YEAR_WEEKS if harmonics else 0, tickets.size // 2)
    origins = range(tickets.size - horizon, first - 1, -horizon)[:REPLAYS]
    in_sample = _dispersion(tickets, fitted, tickets.size - 2 * harmonics - 2)
    if not origins:
        return _Prediction(expected, in_sample)
    actual = np.concatenate([tickets[o:o + horizon] for o in origins])
    replayed = np.concatenate([_extrapolate(dates[:o], tickets[:o], horizon, harmonics)[0] for o in origins])
    out_of_sample = _dispersion(actual, replayed, actual.size)
    return _Prediction(expected, max(in_sample, out_of_sample))


def _extrapolate(dates: np.ndarray, tickets: np.ndarray, horizon: int, harmonics: int) -> tuple[np.ndarray, np.ndarray]:
    """Trend and season from the regression, level from the last quarter's actual tickets.

    A log-linear trend extrapolates the whole history's growth, which misleads
    after a ramp-up or a step change; scaling the forecast by actual/fitted
    tickets of the last 13 weeks keeps it on today's level.  Returns the
    forecast and the in-sample fit.
    """
    model = _fit(dates, tickets, harmonics)
    future = dates[-1] + np.timedelta64(7, "D") * np.arange(1, horizon + 1)
    fitted = model.predict(_features(dates, dates[-1], harmonics))
    level = tickets[-LEVEL_WEEKS:].sum() / fitted[-LEVEL_WEEKS:].sum()
    return level * model.predict(_features(future, dates[-1], harmonics)), fitted


# --- baselines -------------------------------------------------------------------


def _seasonal_naive(tickets: np.ndarray, horizon: int) -> _Prediction:
    """Same week last year; its errors over the history give its own dispersion."""
    last_year = tickets[:-YEAR_WEEKS]
    return _Prediction(tickets[-YEAR_WEEKS:][:horizon].copy(),
                       _dispersion(tickets[YEAR_WEEKS:], last_year, last_year.size))


def _naive(tickets: np.ndarray, horizon: int) -> _Prediction:
    """Mean of the last 4 weeks, with a dispersion from replaying it at every past origin.

    Replaying all horizons up to ``horizon`` matters: a flat forecast drifts
    further from a trending series the further ahead it looks.
    """
    sums = np.concatenate([[0.0], np.cumsum(tickets)])
    means = (sums[NAIVE_WEEKS:] - sums[:-NAIVE_WEEKS]) / NAIVE_WEEKS  # means[o - 4] forecasts weeks o, o+1, …
    origin, ahead = np.meshgrid(np.arange(NAIVE_WEEKS, tickets.size), np.arange(horizon), indexing="ij")
    seen = origin + ahead < tickets.size
    actual = tickets[(origin + ahead)[seen]]
    return _Prediction(np.full(horizon, means[-1]), _dispersion(actual, means[origin[seen] - NAIVE_WEEKS], actual.size))


# --- quality and interval ----------------------------------------------------------


def _dispersion(actual: np.ndarray, expected: np.ndarray, dof: int) -> float:
    """Pearson variance-to-mean ratio; never below 1, since counts are at least Poisson-noisy."""
    seen = expected > 0
    if dof < 1 or not seen.any():
        return 1.0
    return max(1.0, float(np.sum((actual[seen] - expected[seen]) ** 2 / expected[seen])) / dof)


def _band(prediction: _Prediction, interval: float, rng: np.random.RandomState) -> tuple[np.ndarray, np.ndarray]:
    """Quantiles of simulated gamma-Poisson counts with variance dispersion * mean.

    Simulation instead of mean ± z·sd keeps the band skewed and non-negative for
    the few-tickets-a-week businesses this is for.  The band always contains
    the expected value, which a very small mean's upper quantile (0) would not.
    """
    expected, phi = prediction.expected, prediction.dispersion
    size = (DRAWS, expected.size)
    rate = rng.gamma(expected / (phi - 1), phi - 1, size) if phi > 1 else np.broadcast_to(expected, size)
    lower, upper = np.quantile(rng.poisson(rate), [(1 - interval) / 2, (1 + interval) / 2], axis=0)
    return np.minimum(lower, expected), np.maximum(upper, expected)


def _mae(actual: np.ndarray, expected: np.ndarray) -> float:
    return float(np.mean(np.abs(actual - expected)))


def _mape(actual: np.ndarray, expected: np.ndarray) -> float:
    """Over weeks with tickets only: a zero week has no percentage error."""
    busy = actual > 0
    return float(np.mean(np.abs(actual[busy] - expected[busy]) / actual[busy])) if busy.any() else math.nan


def _notes(history_weeks: int, weeks: int, holdout: int, max_harmonics: int, harmonics: int,
           keep_model: bool, baseline_name: str) -> tuple[str, ...]:
    notes = []
    if holdout < weeks:
        notes.append(f"Only {history_weeks} complete weeks of history: the model was tested on the last "
                     f"{holdout} weeks instead of {weeks}, so the quality figures are rough.")
    if max_harmonics == 0:
        notes.append(f"Less than a year of history before the {holdout} test weeks ({history_weeks} weeks in "
                     "all): yearly seasonality cannot be estimated, so the model follows trend and recent level "
                     "only.")
    elif max_harmonics < 4:
        notes.append("The yearly pattern rests on a single year of history; seasonal businesses need two years "
                     "for a reliable one.")
    if max_harmonics and not harmonics:
        notes.append("No clear yearly pattern stands out from the week-to-week noise, so the model follows trend "
                     "and recent level only.")
    if not keep_model:
        notes.append(f"The seasonal model did not beat the {baseline_name} baseline on the last {holdout} weeks, "
                     "so the forecast is the baseline.")
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


def _check_params(timestamps: Any, weeks: Any, interval: Any, until: Any, random_state: Any) -> None:
    """Parameter errors read the same way everywhere in Prevista."""
    _check_timestamps(timestamps, "forecast_tickets")
    _check_until(until, "forecast_tickets")
    problems = [
        ("weeks", not (_is_int(weeks) and 4 <= weeks <= 12), "an int in the range [4, 12]", weeks),
        ("interval", not (isinstance(interval, (float, np.floating)) and 0 < interval < 1),
         "a float in the range (0.0, 1.0)", interval),
        ("random_state", not (_is_int(random_state) and 0 <= random_state < 2**32),
         "an int in the range [0, 4294967295]", random_state),
    ]
    for name, bad, expected, got in problems:
        if bad:
            raise ValueError(f"The '{name}' parameter of forecast_tickets must be {expected}. Got {got!r} instead.")
