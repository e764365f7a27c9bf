"""Purchase, spend and payment features count and sum each customer's transaction lines in windows before a
cutoff.  The windowed sums are taken with a condition per row rather than a filter inside each customer's
group, which was twice as slow (issue 18), so they are checked here against sums made one customer and one
line at a time, on lines that fall on both sides of every window's edges, with cancellations, lines that sell
nothing, missing amounts and invoices paid before, on and after the cutoff."""

from __future__ import annotations

import statistics
from datetime import date, timedelta

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from prevista.core.analytics import per_key as module
from prevista.core.analytics.features import DAYS_CAP, LINE_TYPE, LineType, ProjectData, build_features
from prevista.privacy.schema import KEY, Role, TableKind

CUTOFF = date(2026, 4, 3)
SCHEMA = {TableKind.TRANSACTIONS.value: {
    "closed": {"role": Role.DATE.value, "meaning": "closed"},
    "amount": {"role": Role.NUMBER.value, "meaning": "amount"},
    "due": {"role": Role.DATE.value, "meaning": "due"},
    "paid": {"role": Role.DATE.value, "meaning": "paid"},
    LINE_TYPE: {"role": Role.CATEGORY.value, "meaning": LINE_TYPE},
}}
# days before the cutoff, crowded around the windows' edges (28, 84, 112, 168, 182, 364) and after the cutoff
DAYS_AGO = st.sampled_from([-3, 0, 1, 27, 28, 29, 83, 84, 85, 111, 112, 113, 167, 168, 169, 181, 182, 183,
                            363, 364, 365, 800])
LINES = st.lists(st.tuples(st.integers(1, 5), DAYS_AGO, st.sampled_from([12.5, 40.0, 99.0, -20.0, None]),
                           st.sampled_from([LineType.PRODUCT.value, LineType.CANCELLATION.value,
                                            LineType.NON_PRODUCT.value, None]),
                           st.one_of(st.none(), DAYS_AGO), st.one_of(st.none(), DAYS_AGO)),
                 min_size=1, max_size=40)
Line = tuple[int, int, float | None, str | None, int | None, int | None]


def _value(line: Line) -> float | None:
    """What a line adds to spend: a cancellation always subtracts, a line that sells nothing adds nothing."""
    amount, kind = line[2], line[3] or LineType.PRODUCT.value
    if kind == LineType.NON_PRODUCT.value:
        return 0.0
    if amount is None:
        return None
    return -abs(amount) if kind == LineType.CANCELLATION.value else amount


def _bought(line: Line) -> bool:
    return (line[3] or LineType.PRODUCT.value) == LineType.PRODUCT.value


def _expected(lines: list[Line], key: int, median: float) -> dict[str, float]:
    mine = [line for line in lines if line[0] == key and line[1] >= 0]

    def purchases(newest: int, oldest: int, small: bool = False) -> int:
        return sum(1 for line in mine if _bought(line) and newest <= line[1] < oldest
                   and (not small or ((value := _value(line)) is not None and value <= median)))

    def spend(newest: int, oldest: int) -> float:
        return max(0.0, sum(value for line in mine if newest <= line[1] < oldest and (value := _value(line)) is not None))

    bought_ago = [line[1] for line in mine if _bought(line)]
    return {"purchases_12w": purchases(0, 84), "purchases_52w": purchases(0, 364),
            "spend_12w": spend(0, 84), "spend_52w": spend(0, 364), "small_orders_12w": purchases(0, 84, True),
            "days_since_purchase": float(min(min(bought_ago), DAYS_CAP)) if bought_ago else float(DAYS_CAP),
            "spend_trend": (spend(0, 28) / 4 + 1.0) / (spend(28, 112) / 12 + 1.0),
            "small_order_trend": (purchases(0, 84, True) / 12 + 0.25) / (purchases(84, 168, True) / 12 + 0.25)}


def _payments(lines: list[Line], key: int) -> dict[str, float | None]:
    """Invoices due before the cutoff; one paid after it was still unpaid then."""
    due = [(line[4], line[5] if line[5] is not None and line[5] >= 0 else None)
           for line in lines if line[0] == key and line[4] is not None and line[4] > 0]
    window = [(owed, paid) for owed, paid in due if owed < 182]
    delays = [max(0, owed - (paid if paid is not None else 0)) for owed, paid in window]
    return {"late_payments_26w": sum(1 for owed, paid in window if paid is None or paid < owed),
            "payment_delay_days": statistics.fmean(delays) if delays else None,
            "overdue_invoices": sum(1 for _, paid in due if paid is None)}


def _day(ago: int | None) -> date | None:
    return None if ago is None else CUTOFF - timedelta(days=ago)


@settings(max_examples=150, deadline=None)
@given(LINES, st.integers(1, 8))
def test_transaction_features_are_the_lines_in_each_window(lines: list[Line], slice_rows: int) -> None:
    """Also with the lines counted a few rows at a time (``slice_rows``), as a long table's are."""
    table = pl.DataFrame(
        {KEY: [line[0] for line in lines], "closed": [_day(line[1]) for line in lines],
         "amount": [line[2] for line in lines], LINE_TYPE: [line[3] for line in lines],
         "due": [_day(line[4]) for line in lines], "paid": [_day(line[5]) for line in lines]},
        schema={KEY: pl.UInt32, "closed": pl.Date, "amount": pl.Float64, LINE_TYPE: pl.String, "due": pl.Date,
                "paid": pl.Date})
    keys = pl.Series(KEY, range(1, 6), dtype=pl.UInt32)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(module, "SLICE_ROWS", slice_rows)
        features = build_features(ProjectData({TableKind.TRANSACTIONS: table}, SCHEMA), CUTOFF, keys).frame
    values = [value for line in lines if line[1] >= 0 and _bought(line) and (value := _value(line)) is not None]
    median = statistics.median(values) if values else float("nan")
    for row in features.iter_rows(named=True):
        if not any(line[0] == row[KEY] and line[1] >= 0 for line in lines):  # no line by the cutoff: nothing bought
            assert row["purchases_52w"] == 0 and row["days_since_purchase"] == DAYS_CAP
            continue
        for name, value in {**_expected(lines, row[KEY], median), **_payments(lines, row[KEY])}.items():
            if value is None:
                assert row[name] is None, (row[KEY], name, row[name])
            else:
                assert abs(row[name] - value) < 1e-9, (row[KEY], name, row[name], value)
