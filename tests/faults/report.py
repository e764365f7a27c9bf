"""What the two fault benchmarks share: running series in parallel processes and printing a table."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Callable, Sequence


def in_parallel(function: Callable[..., Any], calls: Sequence[tuple[Any, ...]], jobs: int) -> list[Any]:
    """``function(*args)`` for each call, ``jobs`` at a time in fresh (spawned) interpreters, in order."""
    if jobs <= 1:
        return [function(*args) for args in calls]
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        return list(pool.map(function, *zip(*calls)))


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A plain-text table, numbers right-aligned, for pasting into notes."""
    cells = [[str(h) for h in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for number, row in enumerate(cells):
        lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))))
        if number == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def report_failures(tallies: Sequence[Any]) -> int:
    """Print every failed run of every series; the exit status a benchmark ends with."""
    failures = [f"{t.op}: {failure}" for t in tallies for failure in t.failures]
    for failure in failures:
        print("FAILED", failure)
    return 1 if failures else 0
