"""Ticket features count and average each customer's tickets in windows before a cutoff, counted at each
customer key's place in an array (issue 18), so they are checked here against counts made one customer and one
ticket at a time: tickets on both sides of every window's edge, still open, closed after the cutoff, without a
score, of customers whose start is a creation date or their first event, and rows of no customer."""

from __future__ import annotations

import statistics
from datetime import date, timedelta

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from prevista.core.analytics import per_key as module
from prevista.core.analytics.features import ProjectData, build_features
from prevista.privacy.schema import KEY, Role, TableKind

CUTOFF = date(2026, 4, 3)
SCHEMA = {
    TableKind.INTERACTIONS.value: {"created": {"role": Role.DATE.value, "meaning": "created"},
                                   "closed": {"role": Role.DATE.value, "meaning": "closed"},
                                   "score": {"role": Role.NUMBER.value, "meaning": "score"}},
    TableKind.CUSTOMERS.value: {"since": {"role": Role.DATE.value, "meaning": "created"}},
}
# days before the cutoff, crowded around the windows' edges (28, 84, 112, 364) and after the cutoff
DAYS_AGO = st.sampled_from([-5, -1, 0, 1, 27, 28, 29, 83, 84, 85, 111, 112, 113, 363, 364, 365, 500])
# customer (or none), created, closed (or still open), score (or none)
TICKETS = st.lists(st.tuples(st.one_of(st.none(), st.integers(1, 5)), DAYS_AGO, st.one_of(st.none(), DAYS_AGO),
                             st.one_of(st.none(), st.sampled_from([1, 3, 5]))), min_size=1, max_size=40)
# customers 1-3 have a creation date in the customers table (some 90 days before a ticket: the early window's
# edge); the others start at their first ticket
SINCE = st.lists(st.sampled_from([-2, 10, 89, 90, 119, 174, 400, 600]), min_size=3, max_size=3)

Ticket = tuple[int | None, int, int | None, int | None]


def _mean(values: list[float]) -> float | None:
    return statistics.fmean(values) if values else None


def _expected(tickets: list[Ticket], key: int, since: int | None) -> dict[str, float | None]:
    known = [t for t in tickets if t[0] == key]  # a customer's start is the first ticket, also after the cutoff
    mine = [t for t in known if t[1] >= 0]
    start = since if since is not None else max(t[1] for t in known)

    def count(newest: int, oldest: int) -> int:
        return sum(1 for t in mine if newest <= t[1] < oldest)

    def score(newest: int, oldest: int) -> float | None:
        return _mean([float(t[3]) for t in mine if newest <= t[1] < oldest and t[3] is not None])

    resolved = [float(t[1] - t[2]) for t in mine if t[1] < 84 and t[2] is not None and t[2] >= 0]
    recent, before = score(0, 84), score(84, 364)
    return {"tickets_4w": count(0, 28), "tickets_per_month": count(0, 364) / 12,
            "ticket_trend": (count(0, 28) / 4 + 0.25) / (count(28, 112) / 12 + 0.25),
            "early_tickets": sum(1 for t in mine if start - 90 <= t[1] <= start),
            "open_tickets": sum(1 for t in mine if t[2] is None or t[2] < 0),
            "resolution_days": _mean(resolved), "score_12w": recent,
            "score_trend": None if recent is None or before is None else recent - before}


@settings(max_examples=150, deadline=None)
@given(TICKETS, SINCE, st.integers(1, 8))
def test_ticket_features_are_the_tickets_in_each_window(tickets: list[Ticket], since: list[int], slice_rows: int) -> None:
    """Also with the tickets counted a few rows at a time (``slice_rows``), as a long log's are."""
    def day(ago: int | None) -> date | None:
        return None if ago is None else CUTOFF - timedelta(days=ago)

    table = pl.DataFrame({KEY: [t[0] for t in tickets], "created": [day(t[1]) for t in tickets],
                          "closed": [day(t[2]) for t in tickets], "score": [t[3] for t in tickets]},
                         schema={KEY: pl.UInt32, "created": pl.Date, "closed": pl.Date, "score": pl.Int64})
    customers = pl.DataFrame({KEY: [1, 2, 3], "since": [day(ago) for ago in since]},
                             schema={KEY: pl.UInt32, "since": pl.Date})
    keys = pl.Series(KEY, range(1, 7), dtype=pl.UInt32)  # 6 has no ticket
    data = ProjectData({TableKind.INTERACTIONS: table, TableKind.CUSTOMERS: customers}, SCHEMA)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(module, "SLICE_ROWS", slice_rows)
        features = build_features(data, CUTOFF, keys).frame
    assert features[KEY].to_list() == list(range(1, 7))
    for row in features.iter_rows(named=True):
        if not any(t[0] == row[KEY] and t[1] >= 0 for t in tickets):  # no ticket by the cutoff: none counted
            assert row["tickets_4w"] == 0 and row["early_tickets"] == 0 and row["ticket_trend"] == 1.0
            assert row["resolution_days"] is None and row["score_12w"] is None
            continue
        for name, value in _expected(tickets, row[KEY], since[row[KEY] - 1] if row[KEY] <= 3 else None).items():
            if value is None:
                assert row[name] is None, (row[KEY], name, row[name])
            else:
                assert row[name] is not None and abs(row[name] - value) < 1e-9, (row[KEY], name, row[name], value)
