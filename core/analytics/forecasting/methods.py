"""The forecasting methods a backtest chooses among, simplest first.

Each takes the weekly counts (and their Mondays) up to an origin and returns the expected counts of the
weeks after it.  Exponential smoothing comes from statsmodels, the standard implementation with fitted
initial states and damping, rather than a hand-written fit; the Poisson regression on trend and yearly
Fourier terms is Prevista's earlier model, kept as a candidate for strongly seasonal desks.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from prevista.privacy.catalogue import QT_TRANSLATE_NOOP

YEAR_WEEKS = 52
RECENT_WEEKS = 4
LEVEL_WEEKS = 13

Forecaster = Callable[[np.ndarray, np.ndarray, int], np.ndarray]


@dataclass(frozen=True)
class Method:
    name: str
    min_weeks: int  # weeks of history before the origin it needs
    forecast: Forecaster
    adapts: bool = False  # follows a change in level by itself, so it learns from the weeks before it too


def _recent_mean(tickets: np.ndarray, _: np.ndarray, horizon: int) -> np.ndarray:
    return np.full(horizon, tickets[-RECENT_WEEKS:].mean())


def _seasonal_naive(tickets: np.ndarray, _: np.ndarray, horizon: int) -> np.ndarray:
    last_year = tickets[-YEAR_WEEKS:]
    return np.resize(last_year, horizon) if horizon > YEAR_WEEKS else last_year[:horizon].copy()


def _smoothing(tickets: np.ndarray, horizon: int, seasonal: bool) -> np.ndarray:
    from statsmodels.tsa.holtwinters import ExponentialSmoothing  # imported when a forecast is made: it is slow to load

    # a season's 52 starting values fitted by the optimiser take seconds per fit; read off the first two years
    # (the heuristic start, which needs them: a seasonal candidate has them) they take a tenth of that.  Without
    # a season, statsmodels' default grid search for the optimiser's starting point is kept: without it the
    # fit stops in worse optima (backtest errors 1-2 % higher) for about 0.02 s less per fit
    model = ExponentialSmoothing(tickets.astype(float), trend="add", damped_trend=True,
                                 seasonal="add" if seasonal else None, seasonal_periods=YEAR_WEEKS if seasonal else None,
                                 initialization_method="heuristic" if seasonal else "estimated")
    with warnings.catch_warnings():  # convergence chatter on short or flat series; the backtest judges the result
        warnings.simplefilter("ignore")
        forecast = np.asarray(model.fit(use_brute=not seasonal).forecast(horizon), dtype=float)
    return forecast if np.isfinite(forecast).all() else _recent_mean(tickets, tickets, horizon)


def _damped_trend(tickets: np.ndarray, _: np.ndarray, horizon: int) -> np.ndarray:
    return _smoothing(tickets, horizon, seasonal=False)


def _seasonal_smoothing(tickets: np.ndarray, _: np.ndarray, horizon: int) -> np.ndarray:
    return _smoothing(tickets, horizon, seasonal=True)


# --- the Poisson regression on trend and yearly season ---------------------------------------------------


def _features(dates: np.ndarray, origin: np.datetime64, harmonics: int) -> np.ndarray:
    """Trend in years from ``origin`` plus sine/cosine pairs of the time of year, taken at each week's Thursday
    (the day that names the ISO week), so 53-week years do not shift it."""
    years = (dates - origin).astype("timedelta64[D]").astype(float) / 365.25
    thursday = dates + np.timedelta64(3, "D")
    phase = 2 * np.pi * (thursday - thursday.astype("datetime64[Y]")).astype("timedelta64[D]").astype(float) / 365.25
    waves = [f(k * phase) for k in range(1, harmonics + 1) for f in (np.sin, np.cos)]
    return np.column_stack([years, *waves])


class _Poisson:
    """A Poisson regression with an intercept, fitted by statsmodels' IRLS: a few milliseconds on these small
    designs, where scikit-learn's checks alone took a tenth of a second per fit."""

    def __init__(self, X: np.ndarray, y: np.ndarray) -> None:
        from statsmodels.api import GLM, families

        self.params = np.asarray(GLM(y, self._design(X), family=families.Poisson()).fit().params)

    @staticmethod
    def _design(X: np.ndarray) -> np.ndarray:
        return np.column_stack([np.ones(len(X)), X])

    def predict(self, X: np.ndarray) -> np.ndarray:
        return np.asarray(np.exp(self._design(X) @ self.params))


def _fit(dates: np.ndarray, tickets: np.ndarray, harmonics: int) -> _Poisson:
    return _Poisson(_features(dates, dates[-1], harmonics), tickets)


def _harmonics(dates: np.ndarray, tickets: np.ndarray) -> int:
    """Yearly harmonics by a quasi-BIC (deviance scaled by the richest fit's over-dispersion), so a weak or
    absent season costs no noise; a season needs a year to be seen and two to have a finer shape."""
    from sklearn.metrics import mean_poisson_deviance  # loaded when a forecast is made, not with the CLI

    most = 0 if tickets.size < YEAR_WEEKS else 2 if tickets.size < 2 * YEAR_WEEKS else 4
    deviances = [mean_poisson_deviance(tickets, _fit(dates, tickets, k).predict(_features(dates, dates[-1], k)))
                 * tickets.size for k in range(most + 1)]
    scale = max(1.0, deviances[-1] / max(1, tickets.size - 2 * most - 2))
    return int(np.argmin([d / scale + np.log(tickets.size) * (2 * k + 2) for k, d in enumerate(deviances)]))


def _poisson_season(tickets: np.ndarray, dates: np.ndarray, horizon: int) -> np.ndarray:
    """Trend and season from the regression, level from the last quarter's actual tickets: a log-linear trend
    alone would extrapolate the whole history's growth past a ramp-up or a step."""
    if not tickets.any():
        return np.zeros(horizon)
    harmonics = _harmonics(dates, tickets)
    model = _fit(dates, tickets, harmonics)
    future = dates[-1] + np.timedelta64(7, "D") * np.arange(1, horizon + 1)
    fitted = model.predict(_features(dates, dates[-1], harmonics))
    level = tickets[-LEVEL_WEEKS:].sum() / fitted[-LEVEL_WEEKS:].sum()
    return np.asarray(level * model.predict(_features(future, dates[-1], harmonics)))


RECENT_MEAN = Method(QT_TRANSLATE_NOOP("Forecast", "mean of the last 4 weeks"), RECENT_WEEKS, _recent_mean)
SEASONAL_NAIVE = Method(QT_TRANSLATE_NOOP("Forecast", "same week last year"), YEAR_WEEKS, _seasonal_naive)
DAMPED_TREND = Method(QT_TRANSLATE_NOOP("Forecast", "damped-trend exponential smoothing"), 10, _damped_trend,
                      adapts=True)
SEASONAL_SMOOTHING = Method(QT_TRANSLATE_NOOP("Forecast", "seasonal exponential smoothing"), 2 * YEAR_WEEKS,
                            _seasonal_smoothing)
POISSON_SEASON = Method(QT_TRANSLATE_NOOP("Forecast", "Poisson trend and season"), 2 * LEVEL_WEEKS, _poisson_season)
METHODS = (RECENT_MEAN, SEASONAL_NAIVE, DAMPED_TREND, SEASONAL_SMOOTHING, POISSON_SEASON)  # simplest first


def predict(method: Method, tickets: np.ndarray, dates: np.ndarray, horizon: int) -> np.ndarray:
    """The method's forecast, never below zero."""
    return np.clip(method.forecast(tickets, dates, horizon), 0.0, None)
