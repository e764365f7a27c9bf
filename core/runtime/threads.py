"""One native (OpenMP/BLAS) thread for work made of many short numerical steps.

KMeans and the silhouette, and the optimiser behind each exponential-smoothing fit, run many short
parallel regions; on a 2-core laptop their spinning threads fight polars' pool and each other:
measured 11 s instead of 0.3 s for the segment-count search on 20,000 rows, and 7.5 s instead of
1.5 s for one ticket forecast on a busy machine.  One thread loses little even on an idle machine.
One long prediction is the exception: a single parallel loop over many rows, which an idle second core
halves (:func:`threads_for_prediction`).
"""

from __future__ import annotations

import os

from threadpoolctl import threadpool_limits

LONG_PREDICTION_ROWS = 200_000  # below this a prediction takes well under a second on one core


def one_native_thread() -> threadpool_limits:
    return threadpool_limits(limits=1)


def threads_for_prediction(rows: int) -> threadpool_limits:
    """Every idle core for one long prediction (scoring a million customers is one parallel loop of seconds,
    not many short ones, so the threads do not fight), and one core when the machine is busy with other
    work: the last minute's load average says which, as ``make -l`` decides."""
    if rows < LONG_PREDICTION_ROWS:
        return one_native_thread()
    cores = os.cpu_count() or 1
    others = max(0.0, os.getloadavg()[0] - 1)  # the load this job's own running thread does not explain
    return threadpool_limits(limits=max(1, min(cores, round(cores - others))))
