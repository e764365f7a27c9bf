"""Training, segments, the ticket forecast and drift, with their parameters checked in one place.

The ranges live here and nowhere else: the CLI's choices and the GUI's spin boxes read them, so
the two front ends cannot accept different values, and a value from any caller is checked before
hours of work start.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING

from prevista.core.analytics.card import ModelCard
from prevista.core.analytics.drift import DriftReport
from prevista.core.analytics.forecast import TicketForecast
from prevista.core.analytics.release import dashboard, published_card, released_board
from prevista.core.analytics.segments import Dashboard, SegmentBoard, stored_board
from prevista.core.analytics.staffing import Staffing, staffing
from prevista.core.project.settings import check_min_segment_size, settings
from prevista.core.runtime.jobs import Progress, step
from prevista.core.services.context import ConcernService
from prevista.privacy.errors import ParameterError, PrevistaError
from prevista.privacy.processing_log import legal_basis_text
from prevista.privacy.schema import Meta

if TYPE_CHECKING:
    from prevista.core.analytics.training import TrainResult

HORIZON_DAYS = range(30, 366)  # the outcome window: a month to a year
DEFAULT_HORIZON_DAYS = 90
FORECAST_WEEKS = range(4, 13)  # how far ahead the ticket forecast looks
DEFAULT_FORECAST_WEEKS = 8


TRAINING = "prevista.core.analytics.training"  # what a command that trains, scores or forecasts can preload


def _training() -> ModuleType:
    """The training module, loaded by the commands that train or score: it brings scikit-learn and scipy
    (about two seconds), which reading a project, importing or showing results never needs."""
    from prevista.core.analytics import training

    return training


def _in_range(name: str, value: int, allowed: range) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value not in allowed:
        raise ParameterError(f"The '{name}' parameter must be a whole number from {allowed.start} to "
                             f"{allowed.stop - 1}. Got {value!r} instead.")
    return value


@dataclass(frozen=True)
class TrainRequest:
    """What the user chose for a training run; checked on construction."""

    horizon_days: int = DEFAULT_HORIZON_DAYS
    forecast_weeks: int = DEFAULT_FORECAST_WEEKS
    min_segment_size: int | None = None  # None: the project's setting
    purpose: str | None = None  # None: the project's default purpose and legal basis
    legal_basis: str | None = None

    def __post_init__(self) -> None:
        _in_range("horizon_days", self.horizon_days, HORIZON_DAYS)
        _in_range("forecast_weeks", self.forecast_weeks, FORECAST_WEEKS)
        if self.min_segment_size is not None:
            check_min_segment_size(self.min_segment_size, "training")
        if self.purpose is not None and not self.purpose.strip():
            raise ParameterError("A training run needs a purpose: say why the data is analysed.")
        if self.legal_basis is not None:
            legal_basis_text(self.legal_basis)


class AnalyticsService(ConcernService):
    def train(self, request: TrainRequest, progress: Progress | None = None) -> TrainResult:
        """Train, validate, score, segment and forecast in one logged commit."""
        current = settings(self._store)
        training = _training()
        options = training.TrainOptions(operator=self._operator, horizon_days=request.horizon_days,
                               forecast_weeks=request.forecast_weeks, min_segment_size=request.min_segment_size,
                               purpose=request.purpose or current.purpose,
                               legal_basis=request.legal_basis or current.legal_basis)
        result: TrainResult = training.train(self._store, options, progress)
        return result

    def model_card(self) -> ModelCard | None:
        """The last training's card as released (figures only, nothing unpickled); None before the first training."""
        try:
            return published_card(self._store)
        except PrevistaError:
            return None

    def stored_board(self) -> SegmentBoard | None:
        """The segments and forecast training stored, as released against today's k; None untrained."""
        board = stored_board(self._store)
        return None if board is None else released_board(board, settings(self._store).min_segment_size,
                                                         self._store.meta(Meta.CAMPAIGNS))

    def segments(self, progress: Progress | None = None) -> Dashboard:
        """The last training's segments, re-checked against today's k."""
        with step(progress, "Reading the segments"):
            return dashboard(self._store)

    def forecast(self, weeks: int = DEFAULT_FORECAST_WEEKS, progress: Progress | None = None) -> TicketForecast:
        """A fresh weekly ticket forecast from the stored interactions; logged."""
        _in_range("weeks", weeks, FORECAST_WEEKS)
        with step(progress, "Forecasting support tickets") as forecasting:
            forecast: TicketForecast = _training().forecast_support(self._store, weeks=weeks, operator=self._operator,
                                                                     progress=forecasting)
            return forecast

    @staticmethod
    def staffing(forecast: TicketForecast, minutes_per_ticket: float, hours_per_agent: float) -> Staffing:
        """Agents needed per week for a forecast, at the user's handling time and ticket hours per agent:
        arithmetic on the released forecast, which holds nobody's data, so nothing is logged."""
        return staffing(forecast, minutes_per_ticket, hours_per_agent)

    def drift(self, progress: Progress | None = None) -> DriftReport:
        """Has the population moved away from the training data? Logged."""
        with step(progress, "Checking drift"):
            report: DriftReport = _training().check_drift(self._store, operator=self._operator)
            return report
