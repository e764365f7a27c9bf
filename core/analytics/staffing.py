"""Agents needed per week, from the ticket forecast and two figures only the business knows.

A help desk plans people, not tickets: with the handling time of a ticket and the hours an agent spends
on tickets in a week, the forecast's expected tickets and its band become agents needed, per week and
per working day.  The band's top says how many cover a busy week (nine weeks in ten at the 80 % band).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from prevista.core.analytics.forecast import TicketForecast
from prevista.privacy.errors import PrevistaError

MINUTES = (1.0, 480.0)  # handling time a ticket may take
HOURS = (1.0, 60.0)  # ticket hours an agent may work in a week


@dataclass(frozen=True)
class StaffingWeek:
    week_start: str
    agents: float  # for the expected tickets, in full-time agents (fractions: part-timers)
    agents_busy: int  # whole agents for the top of the forecast's band
    hours: float  # ticket hours the expected tickets take


@dataclass(frozen=True)
class Staffing:
    minutes_per_ticket: float
    hours_per_agent: float
    interval: float  # the band the busy-week figure covers
    weeks: tuple[StaffingWeek, ...]
    per_day: tuple[tuple[str, float], ...]  # agents on each working day in an average forecast week

    def text(self) -> str:
        lines = [f"Staffing at {self.minutes_per_ticket:g} minutes a ticket and {self.hours_per_agent:g} ticket hours "
                 f"per agent a week (busy week: the top of the {self.interval:.0%} band):"]
        lines += [f"  week of {w.week_start}: {w.agents:.1f} agents ({w.hours:.0f} hours); busy week {w.agents_busy}"
                  for w in self.weeks]
        if self.per_day:
            lines.append("  per working day, an average week: " + ", ".join(f"{day} {n:.1f}" for day, n in self.per_day))
        return "\n".join(lines)


def staffing(forecast: TicketForecast, minutes_per_ticket: float, hours_per_agent: float) -> Staffing:
    """Agents per week: hours the tickets take over an agent's ticket hours.  Per working day, the weekly
    figure spread by the weekday profile, over the working days an agent covers in a week."""
    _check("minutes per ticket", minutes_per_ticket, MINUTES)
    _check("ticket hours per agent a week", hours_per_agent, HOURS)
    hours_per_ticket = minutes_per_ticket / 60
    weeks = tuple(StaffingWeek(week.week_start, week.expected * hours_per_ticket / hours_per_agent,
                               math.ceil(week.upper * hours_per_ticket / hours_per_agent - 1e-9),
                               week.expected * hours_per_ticket) for week in forecast.forecast)
    profile = forecast.weekday_profile or ()
    average = sum(week.agents for week in weeks) / len(weeks) if weeks else 0.0
    per_day = tuple((day, average * share * len(profile)) for day, share in profile)
    return Staffing(minutes_per_ticket, hours_per_agent, forecast.interval, weeks, per_day)


def _check(name: str, value: float, bounds: tuple[float, float]) -> None:
    low, high = bounds
    if not (isinstance(value, int | float) and low <= value <= high):
        raise PrevistaError(f"The {name} must be between {low:g} and {high:g}; got {value!r}.")
