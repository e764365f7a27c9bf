"""Tickets per Monday-start week, with a week counted only once the business's own working days are over.

A desk that never works on Sundays has finished its week on Friday or Saturday: waiting for a Sunday
ticket would drop its most recent week from every forecast.  Which days are working days is learnt
from the history: a weekday that holds a fair share of the tickets.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import polars as pl

from prevista.privacy.catalogue import QT_TRANSLATE_NOOP

DAY_NAMES = (QT_TRANSLATE_NOOP("Phrases", "Monday"), QT_TRANSLATE_NOOP("Phrases", "Tuesday"),
             QT_TRANSLATE_NOOP("Phrases", "Wednesday"), QT_TRANSLATE_NOOP("Phrases", "Thursday"),
             QT_TRANSLATE_NOOP("Phrases", "Friday"), QT_TRANSLATE_NOOP("Phrases", "Saturday"),
             QT_TRANSLATE_NOOP("Phrases", "Sunday"))  # phrases: a sentence naming working days has them translated
DAY_RANGE = QT_TRANSLATE_NOOP("Phrases", "{0}–{1}")  # "Monday–Friday"
MIN_TICKETS_FOR_DAYS = 100  # fewer tickets cannot tell a closed day from a quiet one: every day counts
WORKING_SHARE = 0.25  # a working day holds at least a quarter of an average day's share of tickets


@dataclass(frozen=True)
class Calendar:
    """The weekdays the business works (0 = Monday), learnt from its tickets."""

    working: tuple[int, ...]

    @property
    def last(self) -> int:
        return max(self.working)

    @property
    def first(self) -> int:
        return min(self.working)

    def text(self) -> str:
        days = self.working
        if len(days) > 2 and days == tuple(range(days[0], days[-1] + 1)):
            return DAY_RANGE.format(DAY_NAMES[days[0]], DAY_NAMES[days[-1]])
        return ", ".join(DAY_NAMES[day] for day in days)


def calendar(days: pl.Series) -> Calendar:
    """Working days from the share of tickets per weekday; every day where the log is too small to tell."""
    if days.len() < MIN_TICKETS_FOR_DAYS:
        return Calendar(tuple(range(7)))
    shares = days.dt.weekday().value_counts(name="n").with_columns(pl.col("n") / days.len())
    working = sorted(int(day) - 1 for day, share in shares.iter_rows() if share >= WORKING_SHARE / 7)
    return Calendar(tuple(working))


def weekday_profile(days: pl.Series, working: Calendar) -> tuple[tuple[str, float], ...]:
    """Share of a week's tickets on each working day: what staffing per day follows from a weekly forecast."""
    counts = days.dt.weekday().value_counts(name="n")
    by_day = {int(day) - 1: int(n) for day, n in counts.iter_rows()}
    total = sum(by_day.get(day, 0) for day in working.working) or 1
    return tuple((DAY_NAMES[day], by_day.get(day, 0) / total) for day in working.working)


def complete_span(first_day: datetime.date, until: datetime.date, working: Calendar) -> tuple[datetime.date, datetime.date] | None:
    """The first and last Monday of the weeks the data fully covers: a week counts once its last working
    day is inside the data, and the first week only if the data starts by its first working day."""
    monday = first_day - datetime.timedelta(days=first_day.weekday())
    first = monday if first_day.weekday() <= working.first else monday + datetime.timedelta(weeks=1)
    last = until - datetime.timedelta(days=until.weekday())
    if until.weekday() < working.last:
        last -= datetime.timedelta(weeks=1)
    return (first, last) if first <= last else None
