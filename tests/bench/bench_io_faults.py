"""I/O faults: a full disk or an I/O error at every write step of every writing operation.

Run by hand:

    .venv/bin/python tests/bench/bench_io_faults.py [--jobs 2] [--all-modes] [--ops import erasure ...]

By default ENOSPC is sticky (the disk stays full: that step and every later
one fail) and EIO strikes once; ``--all-modes`` tries both errors both ways.
A fault before the commit point must raise a clear StorageError with the
previous state intact (store object and a fresh open) and a retry must
succeed; a fault after it must let the operation complete.  The harness is
tests/faults; CI runs a sample (tests/privacy/test_io_faults.py).
"""

from __future__ import annotations

import argparse
import errno
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.faults.harness import fault_series  # noqa: E402
from tests.faults.operations import OPERATIONS  # noqa: E402
from tests.faults.report import in_parallel, report_failures, table  # noqa: E402

DEFAULT_MODES = ((errno.ENOSPC, True), (errno.EIO, False))
ALL_MODES = ((errno.ENOSPC, True), (errno.ENOSPC, False), (errno.EIO, True), (errno.EIO, False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--all-modes", action="store_true")
    parser.add_argument("--ops", nargs="+", choices=list(OPERATIONS), default=list(OPERATIONS))
    args = parser.parse_args()
    modes = ALL_MODES if args.all_modes else DEFAULT_MODES
    calls = [(name, number, sticky) for name in args.ops for number, sticky in modes]
    started = time.perf_counter()
    tallies = in_parallel(fault_series, calls, args.jobs)
    rows = [(t.op, t.points, errno.errorcode[number] + (" (stays)" if sticky else " (once)"), t.runs, t.survived,
             t.outcomes.get("refused", 0), t.outcomes.get("completed", 0), f"{t.seconds:.0f} s")
            for t, (_, number, sticky) in zip(tallies, calls)]
    print(table(("operation", "fault points", "error", "tried", "survived", "refused", "completed", "time"), rows))
    print(f"\nwall time {time.perf_counter() - started:.0f} s with {args.jobs} jobs\n")
    tried, survived = sum(t.runs for t in tallies), sum(t.survived for t in tallies)
    names = sorted({errno.errorcode[number] for _, number, _ in calls})
    points = sum(t.points for t, (_, number, sticky) in zip(tallies, calls) if (number, sticky) == modes[0])
    verdict = "all with a clear message" if survived == tried else f"{tried - survived} FAILED"
    print(f"I/O faults: {points} points x {{{', '.join(names)}}} tried ({tried} runs), {survived} survived, {verdict}")
    for message in sorted({m for t in tallies for m in t.messages}):
        print("message:", message)
    sys.exit(report_failures(tallies))


if __name__ == "__main__":
    main()
