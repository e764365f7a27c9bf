"""Distinct values of a column, the step every pseudonymisation starts from (each ID encrypted once), and
the way back from them to every row.

Through the lazy engine rather than ``Series.unique``: the lazy one spreads the hashing over the cores
and is several times faster on two (ten million customer IDs 1.0 s instead of 1.5–2.2 s; a million
e-mail addresses 0.12 s instead of 0.4 s).
"""

from __future__ import annotations

import polars as pl


SLICE_ROWS = 4_000_000
SLICES_PER_MERGE = 4


def distinct(series: pl.Series) -> pl.Series:
    """The distinct non-null values, in no particular order, under the series' name.

    A long column goes in slices of ``SLICE_ROWS``, and the slices' distinct values join those found so far
    every ``SLICES_PER_MERGE`` slices: the hash tables are a few slices', not the whole column's.  16 million
    deal lines' customer IDs took 0.47 GB above the column at once and 0.18 GB in slices, the peak of a
    four-table import.  Where most values are distinct each slice keeps most of its rows, so the slices'
    values taken all together were nearly the column again: 50M events' IDs (4.7M customers) took 1.46 GB
    above the column that way, the peak of checking them, and 0.85 GB merged every four slices, for 0.5–3 s
    more of 7–9 (this machine's spread).  Merging after every slice took 0.66 GB but nearly twice the time."""
    if series.len() <= SLICE_ROWS:
        return _distinct(series)
    found: list[pl.Series] = []
    for number, start in enumerate(range(0, series.len(), SLICE_ROWS), start=1):
        found.append(_distinct(series.slice(start, SLICE_ROWS)))
        if number % SLICES_PER_MERGE == 0:
            found = [_distinct(pl.concat(found))]
    return _distinct(pl.concat(found)) if len(found) > 1 else found[0]


def _distinct(series: pl.Series) -> pl.Series:
    return series.to_frame().lazy().drop_nulls().unique().collect().to_series()


def translated(column: pl.Series, source: pl.Series, target: pl.Series) -> pl.Series:
    """For each value of ``column``, the ``target`` beside its equal in ``source`` (whose values are distinct);
    null where ``column`` is null or ``source`` lacks the value.  What a left join gives, in the column's order.

    Each value found once per customer is brought back to every row of an export (a customer's key to each of
    25 million events, and to each of the customer's e-mail addresses).  A join on the values themselves copies
    the column's text into its result; this one joins 64-bit hashes of them and puts the targets in place by row
    number: 1.4 s and 0.5 GB above the column instead of 2.4 s and 1.0 GB for 25 million IDs.  A second,
    independent hash of both sides checks every match (a null value, or one the source lacks, has a hash too;
    two of the source's values may share one), and a match it denies sends the column through the plain join:
    a wrong match needs both hashes of two values to collide."""
    hashes = source.to_frame("value").select(_hash(0).alias("hash"), _hash(1).alias("check"))
    if column.dtype == source.dtype:
        rows = (column.to_frame("value").lazy()
                .select(pl.int_range(pl.len(), dtype=pl.UInt32).alias("row"), _hash(0).alias("hash"),
                        _hash(1).alias("check"))
                .join(hashes.lazy().with_row_index("at"), on="hash", how="inner", suffix="_source")
                .select("row", "at", (pl.col("check") == pl.col("check_source")).alias("same"))
                .collect())
        if rows["same"].all():
            nulls = pl.repeat(None, column.len(), dtype=target.dtype, eager=True)
            return nulls.scatter(rows["row"], target.gather(rows["at"])).alias(target.name)
    mapping = pl.DataFrame([source.alias("value"), target.alias("target")])
    joined = column.to_frame("value").join(mapping, on="value", how="left", maintain_order="left")
    return joined["target"].alias(target.name)


def _hash(seed: int) -> pl.Expr:
    """Polars' 64-bit hash of the column ``value`` under ``seed``; a function of its own so that a test can make
    values collide."""
    return pl.col("value").hash(seed=seed)
