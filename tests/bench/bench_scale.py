"""Scale series: how time and peak memory grow with the number of events.

Run by hand (not part of the test suite), on a quiet machine with room on disk (50M events is a 2.3 GB CSV):

    .venv/bin/python tests/bench/bench_scale.py [--events 10000000 25000000 50000000] [--per-customer 10]

Each size runs ``prevista init``, ``import`` and ``train`` on files from ``bench_pipeline``'s generator,
every stage in its own process, and prints wall seconds and peak RSS per stage, so that growth is visible:
a store that streamed would show a flat import RSS while the events grow.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_pipeline import REPO, generate, prevista  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, nargs="+", default=[10_000_000, 25_000_000, 50_000_000])
    parser.add_argument("--per-customer", type=int, default=10, help="events per customer (sets the customer count)")
    parser.add_argument("--data", type=Path, default=REPO / "bench-data")
    args = parser.parse_args()
    args.data.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    print(f"{'events':>12} {'customers':>10} {'CSV MB':>7} | {'import s':>8} {'RSS MB':>7} | {'train s':>8} "
          f"{'RSS MB':>7}", flush=True)
    for events in args.events:
        customers = events // args.per_customer
        files = generate(args.data, customers, events)
        size = sum(f.stat().st_size for f in files) / 1e6
        with tempfile.TemporaryDirectory(dir=args.data) as scratch:
            run = prevista(files, Path(scratch), env)
        stages, peaks = run["stages"], run["peaks"]
        print(f"{events:>12,} {customers:>10,} {size:>7,.0f} | {stages['import']:>8.1f} {peaks['import']:>7,.0f} | "  # type: ignore[index]
              f"{stages['train']:>8.1f} {peaks['train']:>7,.0f}", flush=True)  # type: ignore[index]


if __name__ == "__main__":
    main()
