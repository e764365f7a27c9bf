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
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from functools import partial
from typing import TypeVar

import numpy as np
from threadpoolctl import threadpool_limits


def one_native_thread() -> threadpool_limits:
    return threadpool_limits(limits=1)


def cores() -> int:
    """The cores this process may run on (a container or ``taskset`` may allow fewer than the machine has)."""
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity else os.cpu_count() or 1


_worker = threading.local()  # marks side_by_side's own threads
T = TypeVar("T")


def _start_worker() -> None:
    """A worker's own work stays on it, and its native libraries get one thread: a limit set on one thread does
    not hold on another (OpenMP keeps it per thread), so each worker sets it once, for its life."""
    _worker.busy = True
    threadpool_limits(limits=1, user_api="openmp")


def side_by_side(tasks: Sequence[Callable[[], T]]) -> list[T]:
    """Independent tasks on a thread per core, taken in turn (a core busy with something else simply takes fewer
    of them), their results in order.  Worth it for work that spends its time in native loops releasing the
    interpreter lock: two boosting folds of 50,000 rows, six k-means candidates on 20,000 rows and the
    silhouettes' distance blocks take 1.4–1.75× less time (``tests/bench/bench_side_by_side.py``).  On one core,
    or inside a task, the tasks run one after another, the same tasks, so the results are the same.
    An exception in one task is raised once the others have finished."""
    if len(tasks) < 2 or cores() < 2 or getattr(_worker, "busy", False):
        return [task() for task in tasks]
    with ThreadPoolExecutor(min(cores(), len(tasks)), thread_name_prefix="side", initializer=_start_worker) as pool:
        return list(pool.map(lambda task: task(), tasks))


def in_blocks(rows: int, work: Callable[[slice], np.ndarray], block: int) -> np.ndarray:
    """``work`` on consecutive blocks of ``rows`` rows, side by side, concatenated (scoring rows, ranking them,
    the silhouette's distances)."""
    starts = range(0, max(rows, 1), block)
    return np.concatenate(side_by_side([partial(work, slice(start, min(start + block, rows))) for start in starts]))


@contextmanager
def beside(work: Callable[[threading.Event], None] | None) -> Iterator[None]:
    """``work`` on a thread of its own while the body runs, for work the body will ask for later and that
    leaves a core idle meanwhile (the buy-till-you-die fits, single-threaded, beside the features of four tables,
    which keep 1.2 cores busy).  When the body ends, however it ends, ``work`` is told to stop (the event is
    set) and waited for, so nothing of a cancelled job runs on.  Without ``work``, on one core, or inside a
    task of :func:`side_by_side`, nothing runs beside: the body computes what it asks for itself."""
    stop = threading.Event()
    if work is None or cores() < 2 or getattr(_worker, "busy", False):
        yield
        return
    with ThreadPoolExecutor(1, thread_name_prefix="beside", initializer=_start_worker) as pool:
        pool.submit(work, stop)
        try:
            yield
        finally:
            stop.set()

