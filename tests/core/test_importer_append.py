"""Appending an export keeps each distinct row as often as the stored table or the new files hold it, whichever
is more: an overlapping re-export adds nothing, while identical rows of one export (two tickets of one day and
category) stay.  Appending ten million events took 28 s until the rule was computed from the repeated rows alone
(issue 18), so it is held here to a count made row by row, on tables with repeats, missing values, NaN and
columns that only one side has."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import replace
from pathlib import Path

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from prevista.core.ingest.importer import ImportOptions, _combine, run_import
from prevista.privacy.schema import TableKind
from prevista.privacy.store import ProjectStore
from tests.core.conftest import orders_frame, write_csv

COLUMNS = {"k": pl.UInt32, "x": pl.Float64, "s": pl.String}
CELLS = {"k": st.sampled_from([1, 2, None]), "x": st.sampled_from([0.5, 2.0, math.nan, None]),
         "s": st.sampled_from(["a", "", None])}


def _tables(draw: st.DrawFn) -> pl.DataFrame:
    names = draw(st.lists(st.sampled_from(list(COLUMNS)), min_size=1, max_size=3, unique=True))
    rows = draw(st.lists(st.tuples(*(CELLS[name] for name in names)), max_size=10))
    return pl.DataFrame(rows, schema={name: COLUMNS[name] for name in names}, orient="row")


tables = st.composite(_tables)


def _key(row: tuple[object, ...]) -> tuple[object, ...]:
    """A row as the comparison sees it: a missing value equals a missing value, NaN equals NaN."""
    return tuple("NaN" if isinstance(value, float) and math.isnan(value) else value for value in row)


def _expected(existing: pl.DataFrame, new: pl.DataFrame) -> list[tuple[object, ...]]:
    """The stored rows in order, then each new row beyond as many identical ones as were stored, in order."""
    columns = list(dict.fromkeys([*existing.columns, *new.columns]))
    stored = [tuple(row.get(c) for c in columns) for row in existing.iter_rows(named=True)]
    held = Counter(_key(row) for row in stored)
    seen: Counter[tuple[object, ...]] = Counter()
    kept = list(stored)
    for row in (tuple(r.get(c) for c in columns) for r in new.iter_rows(named=True)):
        seen[_key(row)] += 1
        if seen[_key(row)] > held[_key(row)]:
            kept.append(row)
    return [_key(row) for row in kept]


@settings(max_examples=200, deadline=None)
@given(tables(), tables())
def test_appending_keeps_each_row_as_often_as_either_side_holds_it(existing: pl.DataFrame, new: pl.DataFrame) -> None:
    combined = _combine(existing, [new], append=True)
    columns = list(dict.fromkeys([*existing.columns, *new.columns]))
    assert combined.columns == columns
    assert [_key(row) for row in combined.iter_rows()] == _expected(existing, new)


def test_an_overlapping_reexport_adds_only_its_new_and_repeated_lines(store: ProjectStore, options: ImportOptions,
                                                                      tmp_path: Path) -> None:
    orders = orders_frame()
    first = write_csv(orders.head(60), tmp_path / "week1.csv")
    repeated = orders.slice(50, 1)  # a line the second export holds twice, the first once
    second = write_csv(pl.concat([orders.slice(40, 40), repeated]), tmp_path / "week2.csv")
    run_import(store, [first], options, accept_warnings=True)
    _, result = run_import(store, [second], replace(options, append=True), accept_warnings=True)
    assert result is not None
    assert store.read_table("transactions").height == 80 + 1  # lines 0-79 once, and line 50 twice


def _events(customers: list[str], kinds: list[str]) -> pl.DataFrame:
    rows = [(customer, f"2024-0{1 + i % 9}-1{i % 10} 08:00:00", kinds[i % len(kinds)], float(i))
            for i, customer in enumerate(customers * len(kinds))]
    return pl.DataFrame(rows, schema=["customer_id", "timestamp", "event_type", "amount"], orient="row")


def test_category_columns_are_stored_as_their_text_however_the_files_are_combined(
        store: ProjectStore, options: ImportOptions, tmp_path: Path) -> None:
    """An import holds a category of few values as a list (an Enum); two files of one kind, each with its own
    list, and an append to the stored text must still combine, and what is stored must be the text as read."""
    week1 = _events([f"C{i}" for i in range(60)], ["login", "page_view"])
    week1_b = _events([f"C{i}" for i in range(40, 90)], ["support chat", "login"])
    week2 = _events([f"C{i}" for i in range(70, 120)], ["purchase", "login", None])  # type: ignore[list-item]
    files = [write_csv(frame, tmp_path / f"{name}.csv") for name, frame in (("a", week1), ("b", week1_b), ("c", week2))]
    for step, append in (([files[0]], False), (files[1:], True)):
        plan, result = run_import(store, step, replace(options, kind=TableKind.USAGE, append=append),
                                  accept_warnings=True)
        assert result is not None, [finding.text() for finding in plan.report.refusals]
        stored = store.read_table("usage")
        assert stored.schema["event_type"] == pl.String
        assert store.table_info("usage")["columns"]["event_type"] == "String"
    expected = Counter(pl.concat([week1, week1_b, week2])["event_type"].to_list())
    assert Counter(stored["event_type"].to_list()) == expected
