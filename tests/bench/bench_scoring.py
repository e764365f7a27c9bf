"""Scoring a gradient boosting on bins: one thread, OpenMP's even split, and the block pool, idle and with
the other core busy.

Run by hand (not part of the test suite), on a quiet machine:

    .venv/bin/python tests/bench/bench_scoring.py [--rows 650000]

A boosting model of Prevista's own configuration (``modeling.boosting_model``) is fitted on 50,000
generated rows, then scores ``--rows`` rows three ways on the same bins: one thread, scikit-learn's OpenMP
loop over two threads (an even split), and blocks taken in turn by a thread per core
(``runtime.threads.in_blocks``, as ``modeling`` scores).  The three are then timed again while a busy process occupies one core, as a laptop's browser or
virus scan would.  All three give identical sums (checked each time).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from prevista.core.analytics import boosted, modeling  # noqa: E402
from prevista.core.runtime.threads import cores, in_blocks  # noqa: E402


def _rows(rng: np.random.Generator, rows: int) -> pl.DataFrame:
    return pl.DataFrame({f"x{i}": rng.gamma(1 + i % 3, 2.0, size=rows) for i in range(8)}
                        | {"plan": rng.choice(["basic", "pro", "team", "trial"], size=rows)})


def _timed(score: Callable[[], np.ndarray]) -> tuple[float, np.ndarray]:
    started = time.perf_counter()
    result = score()
    return time.perf_counter() - started, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=650_000)
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    train = _rows(rng, 50_000)
    signal = train["x0"].to_numpy() - train["x3"].to_numpy() + (train["plan"] == "trial").to_numpy() * 2
    y = (signal + rng.normal(size=train.height) > 0).astype(int)
    numeric = [c for c in train.columns if c != "plan"]
    model = modeling.boosting_model(numeric, ["plan"], 0).fit(train, y)
    estimator = model[-1]
    inputs = model[:-1].transform(_rows(rng, args.rows))
    binned = estimator._bin_mapper.transform(estimator._preprocess_X(inputs, reset=False))
    print(f"{estimator.n_iter_} trees, {args.rows:,} rows, {cores()} cores", flush=True)

    def even_split() -> np.ndarray:
        raw = np.zeros((len(binned), 1), order="F") + estimator._baseline_prediction
        estimator._predict_iterations(binned, estimator._predictors, raw, is_binned=True, n_threads=cores())
        return raw[:, 0]

    ways = {"one thread": lambda: boosted.tree_sums(estimator, binned), "even split": even_split,
            "blocks": lambda: in_blocks(len(binned), lambda rows: boosted.tree_sums(estimator, binned[rows]),
                                        modeling.BLOCK_ROWS)}
    for label, busy in (("idle", False), ("one core busy", True)):
        burner = subprocess.Popen([sys.executable, "-c", "while True: pass"]) if busy else None
        try:
            time.sleep(0.5 if busy else 0.0)
            timings = {name: _timed(score) for name, score in ways.items()}
        finally:
            if burner is not None:
                burner.kill()
        first = next(iter(timings.values()))[1]
        assert all(np.array_equal(first, result) for _, result in timings.values()), "the three ways differ"
        print(f"{label:<14} " + "   ".join(f"{name} {seconds:5.2f} s" for name, (seconds, _) in timings.items()),
              flush=True)


if __name__ == "__main__":
    main()
