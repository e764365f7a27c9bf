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
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from threadpoolctl import threadpool_limits


def one_native_thread() -> threadpool_limits:
    return threadpool_limits(limits=1)


def cores() -> int:
    """The cores this process may run on (a container or ``taskset`` may allow fewer than the machine has)."""
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity else os.cpu_count() or 1


_worker = threading.local()  # marks in_blocks' own threads


def _mark_worker() -> None:
    _worker.busy = True


def in_blocks(rows: int, work: Callable[[slice], np.ndarray], block: int) -> np.ndarray:
    """``work`` on consecutive blocks of ``rows`` rows, concatenated: blocks taken in turn by a thread per core
    rather than split evenly, so a core busy with something else simply takes fewer of them.  Worth it for
    work that spends its time in native loops releasing the interpreter lock (scoring rows)."""
    blocks = [slice(start, start + block) for start in range(0, rows, block)]
    if len(blocks) < 2 or cores() < 2 or getattr(_worker, "busy", False):  # a block's own work stays on its thread
        return work(slice(0, rows))
    with ThreadPoolExecutor(min(cores(), len(blocks)), thread_name_prefix="blocks", initializer=_mark_worker) as pool:
        return np.concatenate(list(pool.map(work, blocks)))
