"""How fast each way of writing a date or an amount is read, against polars reading the plainest one.

Run by hand (not part of the test suite), on a quiet machine:

    .venv/bin/python tests/bench/bench_parsing.py [--cells 10000000]

An export's dates and amounts are written in many ways, and one of them can cost ten times another: a
month name ('14-Jul-25') once took 12 s per 10M cells, where 'YYYY-MM-DD' takes 0.2 s.  For every date
format the import detects and every number format, with and without a currency, this prints the seconds
Prevista's parser takes for the column (cells as an export holds them: dates repeat, date-times rarely) and
the ratio to polars' own ``str.to_date`` of ISO dates in the same run, so a slow class shows up before a
user's export finds it.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import polars as pl

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from prevista.core.ingest import parsing  # noqa: E402

# how a format's example is written by strftime: the parser's own codes that strftime spells otherwise
WRITTEN = {"%.f": ".%3f", "%z": "+0200"}
AMOUNTS = {"decimal-point": ("{:.2f}", ""), "decimal-comma": ("{:.2f}", ","), "thousands-comma": ("{:,.2f}", ""),
           "thousands-dot": ("{:,.2f}", "swap"), "integer": ("{:.0f}", "")}


def seconds(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cells", type=int, default=10_000_000)
    cells = parser.parse_args().cells
    rng = np.random.default_rng(0)
    moments = pl.Series((np.datetime64("2023-01-01T00:00:00") + rng.integers(0, 3 * 365 * 86_400_000, cells)
                         .astype("timedelta64[ms]")).astype("datetime64[us]"))
    iso = moments.dt.strftime("%Y-%m-%d")
    reference = seconds(lambda: iso.str.to_date("%Y-%m-%d"))
    print(f"reference: polars str.to_date of {cells:,} ISO dates {reference:.2f} s")
    for fmt in parsing.DATE_FORMATS:
        written = moments.dt.strftime(fmt.replace("%.f", WRITTEN["%.f"]).replace("%z", WRITTEN["%z"]))
        taken = seconds(lambda: parsing.parse_column(written, "date", fmt))
        print(f"  date {fmt:<24} {written[0]:<28} {taken:6.2f} s  {taken / reference:5.1f}×")
    values = np.round(rng.lognormal(3.5, 1.5, cells), 2)
    for name, (pattern, marks) in AMOUNTS.items():
        text = pl.Series([pattern.format(v) for v in values[:100_000]])
        text = text.str.replace(".", ",", literal=True) if marks == "," else text
        if marks == "swap":
            text = text.str.replace_all(",", "_", literal=True).str.replace(".", ",", literal=True).str.replace_all(
                "_", ".", literal=True)
        column = pl.concat([text] * (cells // len(text)))
        for shown, cell in (("", column), (" €", column + " €"), ("$", "$" + column)):
            taken = seconds(lambda cell=cell: parsing.parse_column(cell, "number", name))
            print(f"  number {name + shown:<22} {cell[1]:<28} {taken:6.2f} s  {taken / reference:5.1f}×")


if __name__ == "__main__":
    main()
