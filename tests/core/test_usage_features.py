"""Usage features count each customer's events in windows before a cutoff.  Training only reads the last
112 days of events for the counts (issue 18), so the counts are checked here against a count made one
customer and one event at a time, on logs whose events fall on both sides of every window's edges."""

from __future__ import annotations

from datetime import date, timedelta

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from prevista.core.analytics import per_key as module
from prevista.core.analytics.features import ProjectData, build_features
from prevista.privacy.schema import KEY, Role, TableKind

CUTOFF = date(2026, 4, 3)
SCHEMA = {TableKind.USAGE.value: {"at": {"role": Role.DATE.value, "meaning": "event"},
                                  "type": {"role": Role.CATEGORY.value, "meaning": "event_type"},
                                  "feature": {"role": Role.CATEGORY.value, "meaning": "feature"}}}
# days before the cutoff, crowded around the windows' edges (28, 56, 84, 112) and after the cutoff
DAYS_AGO = st.sampled_from([-3, -1, 0, 1, 27, 28, 29, 55, 56, 57, 83, 84, 85, 111, 112, 113, 200, 400])
# customers 1-6, or None: a row of no customer
EVENTS = st.lists(st.tuples(st.one_of(st.integers(1, 6), st.none()), DAYS_AGO,
                            st.sampled_from(["Login", "view", "sign in", None]), st.sampled_from(["a", "b", None])),
                  min_size=1, max_size=40)


Event = tuple[int | None, int, str | None, str | None]  # customer, days before the cutoff, type, feature


def _expected(events: list[Event], key: int) -> dict[str, float] | None:
    mine = [(ago, kind, feature) for customer, ago, kind, feature in events if customer == key and ago >= 0]
    if not mine:
        return None

    def count(newest: int, oldest: int, logins: bool = False) -> int:
        return sum(1 for ago, kind, _ in mine if newest <= ago < oldest
                   and (not logins or (kind is not None and kind.lower() in ("login", "sign in"))))

    def trend(recent: int, weeks: int, earlier: int, earlier_weeks: int) -> float:
        return (recent / weeks + 0.25) / (earlier / earlier_weeks + 0.25)

    return {"events_4w": count(0, 28), "events_12w": count(0, 84), "logins_4w": count(0, 28, True),
            "features_used_12w": len({f for ago, _, f in mine if 0 <= ago < 84 and f is not None}),
            "days_since_event": float(min(ago for ago, _, _ in mine)),
            "usage_trend": trend(count(0, 28), 4, count(28, 112), 12),
            "usage_growth_8w": trend(count(0, 56), 8, count(56, 112), 8),
            "login_trend": trend(count(0, 28, True), 4, count(28, 112, True), 12)}


@settings(max_examples=150, deadline=None)
@given(EVENTS, st.integers(1, 8))
def test_usage_counts_are_the_events_in_each_window(events: list[Event], slice_rows: int) -> None:
    """Also with the events' keys and days copied out a few rows at a time (``slice_rows``), as a long log's are."""
    usage = pl.DataFrame({KEY: [e[0] for e in events], "at": [CUTOFF - timedelta(days=e[1]) for e in events],
                          "type": [e[2] for e in events], "feature": [e[3] for e in events]},
                         schema={KEY: pl.UInt32, "at": pl.Date, "type": pl.String, "feature": pl.String})
    keys = pl.Series(KEY, range(1, 7), dtype=pl.UInt32)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(module, "SLICE_ROWS", slice_rows)
        features = build_features(ProjectData({TableKind.USAGE: usage}, SCHEMA), CUTOFF, keys).frame
    for row in features.iter_rows(named=True):
        expected = _expected(events, row[KEY])
        if expected is None:  # no event by the cutoff: counts of nothing, the longest silence, no change
            assert row["events_12w"] == 0 and row["usage_trend"] == 1.0
            continue
        for name, value in expected.items():
            assert abs(row[name] - value) < 1e-9, (row[KEY], name, row[name], value)


ACTIVITY = st.lists(st.tuples(st.sampled_from([TableKind.USAGE, TableKind.INTERACTIONS]),
                              st.one_of(st.none(), st.integers(1, 40)), st.one_of(st.none(), st.integers(-800, 800))),
                    max_size=60)


@settings(max_examples=150, deadline=None)
@given(ACTIVITY, st.integers(1, 8))
def test_each_customers_first_and_last_day_are_their_earliest_and_latest_events(
        events: list[tuple[TableKind, int | None, int | None]], slice_rows: int) -> None:
    """When customers began and were last seen, found at each key's place in an array (copied out
    ``slice_rows`` rows at a time), against each customer's events one at a time: keys with gaps, rows of no
    customer or no date, two event tables."""
    schema = {TableKind.USAGE.value: {"at": {"role": Role.DATE.value, "meaning": "event"}},
              TableKind.INTERACTIONS.value: {"at": {"role": Role.DATE.value, "meaning": "created"}}}
    def table(kind: TableKind) -> pl.DataFrame:
        mine = [(key, ago) for of, key, ago in events if of is kind]
        return pl.DataFrame({KEY: [key for key, _ in mine],
                             "at": [None if ago is None else CUTOFF + timedelta(days=ago) for _, ago in mine]},
                            schema={KEY: pl.UInt32, "at": pl.Date})

    tables = {kind: table(kind) for kind in (TableKind.USAGE, TableKind.INTERACTIONS)}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(module, "SLICE_ROWS", slice_rows)
        seen = ProjectData(tables, schema).seen()
    days: dict[int, list[date]] = {}
    for _, key, ago in events:
        if key is not None and ago is not None:
            days.setdefault(key, []).append(CUTOFF + timedelta(days=ago))
    assert seen.schema == pl.Schema({KEY: pl.UInt32, "first_seen": pl.Date, "last_seen": pl.Date})
    assert {row[KEY]: (row["first_seen"], row["last_seen"]) for row in seen.iter_rows(named=True)} == {
        key: (min(found), max(found)) for key, found in days.items()}
    assert seen.height == len(days)
