"""Sustained changes in weekly volume: a reorganisation, a new product, a channel closed.

After such a change the weeks before it describe another business: a forecast that averages over them,
or copies last year's week, misses the new level by the size of the change.  A change is taken as real
only when it is large and stands far outside week-to-week noise, on counts square-rooted so that busy
and quiet weeks weigh alike.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import numpy as np

from prevista.privacy.catalogue import QT_TRANSLATE_NOOP

DROPPED = QT_TRANSLATE_NOOP("Forecast", "Volume dropped by about {0:.0%} from the week of {1} (about {2:.0f} tickets a "
                                        "week before, {3:.0f} since); the forecast uses the {4} weeks since.")
ROSE = QT_TRANSLATE_NOOP("Forecast", "Volume rose by about {0:.0%} from the week of {1} (about {2:.0f} tickets a week "
                                     "before, {3:.0f} since); the forecast uses the {4} weeks since.")
DROPPED_FOLLOWED = QT_TRANSLATE_NOOP(
    "Forecast", "Volume dropped by about {0:.0%} from the week of {1} (about {2:.0f} tickets a week before, {3:.0f} "
                "since); the forecast follows the new level, weighing the {4} weeks since the most.")
ROSE_FOLLOWED = QT_TRANSLATE_NOOP(
    "Forecast", "Volume rose by about {0:.0%} from the week of {1} (about {2:.0f} tickets a week before, {3:.0f} "
                "since); the forecast follows the new level, weighing the {4} weeks since the most.")
MIN_AFTER = 6  # weeks after a change before it can be told from a bad month
# A month at a quarter of the old level is no bad month: waiting six weeks for it left the forecast made four
# weeks after the generated level-shift log's drop (tests/bench/bench_forecast.py) erring 6.4 tickets a week
# where the mean of those four weeks erred 2.9 (seeds 15-20; 2.7 with this), and its 96-week MAE averaged 5.84
# over seeds 15-24, 5.45 with this (the mean of the last 4 weeks: 5.66); no other log's figures moved.  Halved
# or doubled, four weeks long, and the latest week not back at the old level: a slow month, or three weeks
# closed and one open again, stays short of it.
FRESH_AFTER = 4
FRESH_CHANGE = 0.5
MIN_BEFORE = 8
BEFORE_WEEKS = 26  # the level a change is measured against: the half year before it
MIN_CHANGE = 0.3  # relative change in the weekly level
YEAR_WEEKS = 52
MIN_SCORE = 6.0  # standard errors between the two levels (square-root scale): many weeks are tried


@dataclass(frozen=True)
class Shift:
    """The week the level changed, and the weekly level before and after it."""

    index: int
    week_start: datetime.date
    before: float
    after: float

    @property
    def change(self) -> float:
        return self.after / self.before - 1 if self.before else float("inf")

    def text(self, weeks_since: int, *, whole_history: bool = False) -> str:
        """What the change was and what the forecast made of it.  ``whole_history``: the forecast learnt from the
        weeks before the change too (smoothing, which follows a change by itself), so it does not only use the
        weeks since."""
        if whole_history:
            sentence = DROPPED_FOLLOWED if self.after < self.before else ROSE_FOLLOWED
        else:
            sentence = DROPPED if self.after < self.before else ROSE
        return sentence.format(abs(self.change), self.week_start, self.before, self.after, weeks_since)


def _score(roots: np.ndarray, split: int) -> float:
    before, after = roots[max(0, split - BEFORE_WEEKS):split], roots[split:]
    spread = np.sqrt((before.var(ddof=1) * (before.size - 1) + after.var(ddof=1) * (after.size - 1))
                     / (before.size + after.size - 2))
    spread = max(float(spread), 0.5)  # Poisson counts vary by at least 1/2 on the square-root scale
    return float(abs(after.mean() - before.mean()) / (spread * np.sqrt(1 / before.size + 1 / after.size)))


def latest_shift(tickets: np.ndarray, weeks: np.ndarray) -> Shift | None:
    """The most recent sustained change in level, searched again after each one found, so a drop followed by
    a partial recovery ends at the recovery.  ``weeks``: each count's Monday."""
    found, start = None, 0
    while True:
        shift = _strongest(tickets, weeks, start)
        if shift is None:
            return found
        found, start = shift, shift.index


def _strongest(tickets: np.ndarray, weeks: np.ndarray, start: int) -> Shift | None:
    roots = np.sqrt(tickets)
    best: Shift | None = None
    best_score = MIN_SCORE
    for split in range(start + MIN_BEFORE, tickets.size - FRESH_AFTER + 1):
        before = tickets[max(start, split - BEFORE_WEEKS):split].mean()
        after = tickets[split:].mean()
        fresh = tickets.size - split < MIN_AFTER
        least = FRESH_CHANGE if fresh else MIN_CHANGE
        if (abs(after - before) < least * max(before, after) or _seasonal(tickets, split, start, after > before)
                or fresh and not _still_off(tickets[-1], before, after > before)):
            continue
        score = _score(roots[start:], split - start)
        if score > best_score:
            best_score = score
            best = Shift(split, _date(weeks[split]), float(before), float(after))
    return best


def _still_off(latest: float, before: float, rose: bool) -> bool:
    """Whether the latest week is still off the old level, on the side the change went: a change of a few weeks
    whose latest week is back where it was is a closure or a bad spell, however large its mean."""
    return (latest > before) == rose and abs(latest - before) >= MIN_CHANGE * max(latest, before)


def _seasonal(tickets: np.ndarray, split: int, start: int, rose: bool) -> bool:
    """Whether the same weeks a year earlier (since the last change) explain the change: a busy season is no
    change of level.  Where two years since the last change could show a season, a change that has no year
    before it to be checked against counts as seasonal."""
    if split - YEAR_WEEKS < start:
        return tickets.size - start >= 2 * YEAR_WEEKS
    a_year_before = float(tickets[split - YEAR_WEEKS:tickets.size - YEAR_WEEKS].mean())
    after = float(tickets[split:].mean())
    change = after - a_year_before
    return abs(change) < MIN_CHANGE * max(after, a_year_before) or (change > 0) != rose


def _date(value: np.datetime64 | datetime.date) -> datetime.date:
    if isinstance(value, datetime.date):
        return value
    day: datetime.date = value.astype("datetime64[D]").item()
    return day
