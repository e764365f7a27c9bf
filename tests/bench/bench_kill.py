"""Kill safety: SIGKILL every writing operation before and after each write step and at random moments.

Run by hand:

    .venv/bin/python tests/bench/bench_kill.py [--kills 200] [--jobs 2] [--seed 7] [--ops import training ...]

Each operation gets a kill right before and right after every hook point
(os.open/write/fsync/replace/unlink under the project), then random-moment
kills until it has ``--kills`` in all.  After each kill the project must open,
verify, hold no temp or orphan files, and be exactly the before- or the
after-state.  The harness is tests/faults; CI runs a sample of it
(tests/privacy/test_kill_safety.py).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.faults.harness import kill_series  # noqa: E402
from tests.faults.operations import OPERATIONS  # noqa: E402
from tests.faults.report import in_parallel, report_failures, table  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200, help="kills per operation (at least all hook points)")
    parser.add_argument("--jobs", type=int, default=2, help="operations run side by side")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--ops", nargs="+", choices=list(OPERATIONS), default=list(OPERATIONS))
    args = parser.parse_args()
    started = time.perf_counter()
    tallies = in_parallel(kill_series, [(name, args.kills, args.seed) for name in args.ops], args.jobs)
    rows = [(t.op, t.points, t.runs, t.at_hooks, t.at_random, t.survived, t.outcomes.get("before", 0),
             t.outcomes.get("after", 0), f"{t.seconds:.0f} s") for t in tallies]
    print(table(("operation", "hook points", "kills", "at hooks", "random", "survived", "before", "after", "time"),
                rows))
    print(f"\nwall time {time.perf_counter() - started:.0f} s with {args.jobs} jobs\n")
    for t in tallies:
        print(f"{t.op}: {t.runs} kills ({t.at_hooks} at hook points, {t.at_random} random), {t.survived} survived "
              f"({t.outcomes.get('before', 0)} before / {t.outcomes.get('after', 0)} after)")
    sys.exit(report_failures(tallies))


if __name__ == "__main__":
    main()
