"""Tamper detection, dense: every bit of the small files, one bit of every byte of the sealed ones, and the rest.

Run by hand:

    .venv/bin/python tests/bench/bench_tamper.py [--workers 2] [--sample]

Each case damages a pristine copy of a small trained project, then opens it,
reads every table and blob and verifies the log through the public path.  The
table shows per category how many cases were tried, how many were detected,
which message class each produced, and any case that read back unchanged
content (benign, with the reason) or was missed or crashed.  ``--sample``
runs the CI sample instead.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.tamper.cases import CATEGORIES, all_cases
from tests.tamper.project import Snapshot, build, copy_project
from tests.tamper.sweep import Tally, run

MESSAGE_CLASSES = ("wrong passphrase", "damaged header", "damaged data", "not a project", "log problem")


def _worker(args: tuple[Snapshot, Snapshot, bool, int, int, str]) -> Tally:
    snap, other, full, index, workers, folder = args
    root = Path(folder) / f"worker{index}"
    copy_project(snap.files, root)
    cases = (case for number, case in enumerate(all_cases(snap, other, full=full)) if number % workers == index)
    return run(root, snap, cases)


def _print(tally: Tally, seconds: float) -> None:
    print(f"{'category':<17}{'tried':>8}{'detected':>10}  message classes")
    for category in CATEGORIES:
        classes = tally.classes[category]
        shown = ", ".join(f"{name} {classes[name]}" for name in sorted(classes, key=lambda c: -classes[c]))
        print(f"{category:<17}{tally.tried[category]:>8}{tally.detected(category):>10}  {shown}")
    print(f"{'all':<17}{tally.total:>8}{tally.detected():>10}  ({seconds:.0f} s)")
    for label, why in tally.benign.items():
        print(f"benign: {label}: {why}")
    print("distinct message texts: " + ", ".join(f"{c} {len(tally.messages[c])}" for c in MESSAGE_CLASSES))
    overlap = [m for m in tally.messages["wrong passphrase"] if "damaged" in m] + [
        m for c in ("damaged header", "damaged data", "log problem") for m in tally.messages[c] if "passphrase" in m]
    silent = sum(c["SILENT CHANGE"] for c in tally.classes.values())
    crashes = sum(n for c in tally.classes.values() for name, n in c.items() if name.startswith("CRASH"))
    print(f"missed or wrongly classed: {len(tally.failures)}; silent changes {silent}; crashes {crashes}; "
          f"messages mixing passphrase and damage: {len(overlap)}")
    for failure in tally.failures[:30]:
        print("  FAIL", *failure)
    flips, cuts = tally.tried["bit flip"], tally.tried["truncation"]
    swaps = tally.tried["chunk swap"] + tally.tried["file swap"]
    print(f"\ntamper: {tally.total} cases tried (bit flips {flips}, truncations {cuts}, swaps {swaps}, "
          f"log forgeries {tally.tried['log forgery']}, wrong passphrases {tally.tried['wrong passphrase']}), "
          f"{tally.detected()} detected, {len(tally.benign)} benign; {silent} silent changes, {crashes} crashes")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--sample", action="store_true", help="the CI sample instead of the dense sweep")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        snap = build(Path(folder) / "a")
        other = build(Path(folder) / "b", train_models=False)
        print("project files: " + ", ".join(f"{name} {len(data)} B" for name, data in snap.files.items()))
        started = time.perf_counter()
        jobs = [(snap, other, not options.sample, i, options.workers, folder) for i in range(options.workers)]
        with multiprocessing.get_context("fork").Pool(options.workers) as pool:
            tally = Tally()
            for part in pool.map(_worker, jobs):
                tally.merge(part)
        _print(tally, time.perf_counter() - started)


if __name__ == "__main__":
    main()
