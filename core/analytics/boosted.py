"""Scoring a fitted gradient boosting on the bins it was trained on, on every core.

scikit-learn's ``predict`` walks each tree on float64 inputs.  The same trees walked on the one-byte bins
the model was trained on give the same sums (each split's threshold is a bin edge) and read an eighth of
the memory: 2.8 s instead of 4.6 s for 659,000 customers and 252 trees.

Prediction is also one long loop over rows, which a second core speeds up 1.9× even where the many short
parallel regions of a fit only fight each other (core/runtime/threads.py).  The rows are cut into blocks
that one thread per core takes in turn, rather than split evenly by OpenMP: a core busy with something
else then simply takes fewer blocks.  One fold model over 659,000 customers: idle, one thread 2.9 s, an
even OpenMP split 1.6 s, the blocks 1.5 s; with a busy process on the other core, 2.7 s, 3.4–3.5 s (slower
than one thread: it waits for the busy core's half) and 2.2–2.3 s.  Together, scoring 659,000 customers
with two fold models took 8.4 s before and about 3 s now.

This reads scikit-learn internals (the bin mapper, the per-tree predictors); ``tests/core/test_boosted.py``
checks the sums against ``decision_function`` with missing values, unseen categories and values beyond
the training range, so a release that changes them fails there, not in a customer's scores.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier

from prevista.core.runtime.threads import cores

BLOCK_ROWS = 50_000  # rows a thread takes at a time: a few hundred trees over them take about 0.1 s


def log_odds(estimator: HistGradientBoostingClassifier, X: np.ndarray) -> np.ndarray:
    """The model's raw score (its log-odds, what ``decision_function`` returns) for preprocessed rows ``X``."""
    return tree_sums(estimator, estimator._bin_mapper.transform(estimator._preprocess_X(X, reset=False)))


def tree_sums(estimator: HistGradientBoostingClassifier, binned: np.ndarray) -> np.ndarray:
    """The trees' sum for binned rows, in blocks taken in turn by a thread per core."""
    blocks = [slice(start, start + BLOCK_ROWS) for start in range(0, len(binned), BLOCK_ROWS)]
    if len(blocks) < 2 or cores() < 2:
        return _summed(estimator, binned)
    with ThreadPoolExecutor(min(cores(), len(blocks)), thread_name_prefix="scoring") as pool:
        return np.concatenate(list(pool.map(lambda rows: _summed(estimator, binned[rows]), blocks)))


def _summed(estimator: HistGradientBoostingClassifier, binned: np.ndarray) -> np.ndarray:
    """The trees' sum for binned rows, on the calling thread (the tree walk releases the interpreter lock)."""
    raw = np.zeros((binned.shape[0], 1), dtype=estimator._baseline_prediction.dtype, order="F")
    raw += estimator._baseline_prediction
    estimator._predict_iterations(binned, estimator._predictors, raw, is_binned=True, n_threads=1)
    return raw[:, 0]
