"""How many threads a job's work gets: one native (OpenMP/BLAS) thread for work made of many short
numerical steps, and one Python thread per usable core for long loops that release the interpreter
lock (scoring, a file's columns at import).

KMeans and the silhouette, and the optimiser behind each exponential-smoothing fit, run many short
parallel regions; on a 2-core laptop their spinning threads fight polars' pool and each other:
measured 11 s instead of 0.3 s for the segment-count search on 20,000 rows, and 7.5 s instead of
1.5 s for one ticket forecast on a busy machine.  One thread loses little even on an idle machine.
"""

from __future__ import annotations

import os

from threadpoolctl import threadpool_limits


def one_native_thread() -> threadpool_limits:
    return threadpool_limits(limits=1)


def cores() -> int:
    """The cores this process may run on (a container or ``taskset`` may allow fewer than the machine has)."""
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity else os.cpu_count() or 1
