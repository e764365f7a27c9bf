"""Independent fits one after another against side by side (``runtime.threads.side_by_side``), same run.

Run by hand on a quiet machine:

    .venv/bin/python tests/bench/bench_side_by_side.py [--rows 100000] [--rounds 2]

Two gradient-boosting folds as training fits them (one native thread each, the model stack's own settings),
the six k-means candidates of the segment-count search, and the silhouettes that choose among them (their
distance blocks, with the cores taken as one, then as they are); each pair of timings is interleaved, and
the results are compared, since the threads must change the time and never the result.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from functools import partial

import numpy as np
import polars as pl
from sklearn.cluster import KMeans

from prevista.core.analytics.modeling import boosting_model, fit
from prevista.core.analytics import clustering
from prevista.core.runtime import threads
from prevista.core.runtime.threads import one_native_thread, side_by_side


def _timed(make: Callable[[], list[Callable[[], object]]], together: bool) -> tuple[float, list[object]]:
    tasks = make()  # fresh models: a fitted one would be warm-started
    started = time.perf_counter()
    with one_native_thread():
        done = side_by_side(tasks) if together else [task() for task in tasks]
    return time.perf_counter() - started, done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    columns = [f"x{i}" for i in range(35)]
    X = pl.DataFrame(rng.normal(size=(args.rows, len(columns))), schema=columns)
    y = (X["x0"].to_numpy() + rng.normal(size=args.rows) > 0).astype(int)
    sample = rng.normal(size=(20_000, 20)).astype(np.float32)

    def folds() -> list[Callable[[], object]]:
        return [partial(fit, boosting_model(columns, [], 0, args.rows // 2), X[i::2], y[i::2]) for i in range(2)]

    def candidates() -> list[Callable[[], object]]:
        return [partial(KMeans(n_clusters=k, n_init=3, algorithm="lloyd", random_state=0).fit, sample)
                for k in range(3, 9)]

    for round_ in range(1, args.rounds + 1):
        for name, make in (("two boosting folds", folds), ("six k-means candidates", candidates)):
            alone, first = _timed(make, together=False)
            together, second = _timed(make, together=True)
            same = all(np.array_equal(_fingerprint(a), _fingerprint(b)) for a, b in zip(first, second))
            print(f"round {round_}: {name}: one after another {alone:.2f} s, side by side {together:.2f} s "
                  f"({alone / together:.2f}×), same models: {same}")
        labelings = [np.random.default_rng(k).integers(0, k, 10_000) for k in range(3, 9)]
        timed = {}
        for cores in (1, threads.cores()):
            real, threads.cores = threads.cores, lambda cores=cores: cores
            started = time.perf_counter()
            with one_native_thread():
                scores = clustering._silhouettes(sample[:10_000], labelings)
            timed[cores] = (time.perf_counter() - started, scores)
            threads.cores = real
        (alone, first), (together, second) = timed[1], timed[threads.cores()]
        print(f"round {round_}: silhouettes of six labelings: one core {alone:.2f} s, a thread per core "
              f"{together:.2f} s ({alone / together:.2f}×), same scores: {first == second}")


def _fingerprint(model: object) -> np.ndarray:
    if isinstance(model, KMeans):
        return np.asarray(model.cluster_centers_)
    estimator = model[-1]  # type: ignore[index]
    return np.array([estimator.n_iter_, *estimator.validation_score_])


if __name__ == "__main__":
    main()
