"""Unlock time: Argon2id at the project default and at neighbouring costs, and a real project unlock.

Run by hand, with nothing else busy:

    .venv/bin/python tests/bench/bench_kdf.py [--repeat 5]

The table shows what each neighbouring choice would cost here; lanes change
the wall time, not the memory and passes a guess costs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from prevista.privacy.kdf import KdfParams, derive_kek  # noqa: E402
from prevista.privacy.store import ProjectStore  # noqa: E402

PASSPHRASE = "benchmark passphrase"
CANDIDATES = ((256, 6, 1), (256, 6, 2), (256, 3, 4), (256, 6, 4), (256, 8, 4), (512, 4, 4), (1024, 2, 4))


def _median_seconds(run, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    default = KdfParams()
    salt = os.urandom(16)
    print(f"default: m={default.memory_kib // 1024} MiB, t={default.iterations}, p={default.lanes}")
    for memory_mib, iterations, lanes in CANDIDATES:
        params = KdfParams(memory_kib=memory_mib * 1024, iterations=iterations, lanes=lanes)
        seconds = _median_seconds(lambda: derive_kek(PASSPHRASE, salt, params), args.repeat)
        mark = "  <- default" if params == default else ""
        print(f"  Argon2id m={memory_mib:>4} MiB t={iterations} p={lanes}: {seconds:.2f} s{mark}")
    with tempfile.TemporaryDirectory() as tmp:
        ProjectStore.create(Path(tmp) / "p", PASSPHRASE)
        seconds = _median_seconds(lambda: ProjectStore.open(Path(tmp) / "p", PASSPHRASE), args.repeat)
    print(f"unlocking a project with the default (ProjectStore.open): {seconds:.2f} s (median of {args.repeat})")


if __name__ == "__main__":
    main()
