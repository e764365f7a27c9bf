"""Import fuzz, the long run: the CI properties of ``tests/core/test_import_fuzz.py`` with many more examples.

Run by hand (not part of the test suite):

    .venv/bin/python tests/bench/bench_fuzz_import.py [--examples 20000] [--minutes 0]

Runs the strategies and the property of the CI test in batches of fresh
random examples until ``--examples`` have been tried (or, with ``--minutes``,
until the time is up), then prints examples tried and failures; each failure
is shown shrunk, as hypothesis reports it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import traceback
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from hypothesis import HealthCheck, given, settings

from tests.core.test_import_fuzz import FILES, check_import_file, csv_files
from tests.corpus.harness import fresh_project

BATCH = 1000


def run_batch(strategy: object, project: tuple[object, Path], tried: list[int], size: int) -> str | None:
    """One hypothesis run of ``size`` examples; the failure report, if any."""

    @settings(max_examples=size, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(strategy)
    def run(file: tuple[str, bytes]) -> None:
        tried[0] += 1
        check_import_file(*project, *file)

    try:
        run()
    except Exception:  # noqa: BLE001 - a failing example is the finding to report
        return traceback.format_exc(limit=-6)
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=20_000)
    parser.add_argument("--minutes", type=float, default=0.0, help="run for this long instead of --examples")
    args = parser.parse_args()
    strategies = {"any file": FILES, "nasty csv": csv_files().map(lambda data: ("nasty.csv", data))}
    with tempfile.TemporaryDirectory(prefix="prevista-fuzz-") as folder:
        project = (fresh_project(Path(folder) / "project"), Path(folder))
        started = time.perf_counter()
        tried, failures, batches = [0], [], 0
        while True:
            elapsed = time.perf_counter() - started
            if (args.minutes and elapsed >= args.minutes * 60) or (not args.minutes and tried[0] >= args.examples):
                break
            name = list(strategies)[batches % len(strategies)]
            size = BATCH if args.minutes else min(BATCH, args.examples - tried[0])
            report = run_batch(strategies[name], project, tried, size)
            batches += 1
            if report:
                failures.append(report)
                print(f"FAILURE ({name}):\n{report}", flush=True)
            print(f"{tried[0]} examples, {len(failures)} failures, {elapsed:.0f} s", flush=True)
        seconds = time.perf_counter() - started
    print()
    print(f"{tried[0]} examples, {len(failures)} failures ({seconds:.0f} s, {tried[0] / seconds:.0f} examples/s)")


if __name__ == "__main__":
    main()
