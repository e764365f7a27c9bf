"""Scoring a fitted gradient boosting on the bins it was trained on.

scikit-learn's ``predict`` walks each tree on float64 inputs.  The same trees walked on the one-byte bins
the model was trained on give the same sums (each split's threshold is a bin edge) and read an eighth of
the memory: 2.8 s instead of 4.6 s for 659,000 customers and 252 trees.  Everything here runs on the
calling thread; ``modeling`` scores blocks of rows on a thread per core (``runtime.threads.in_blocks``).

This reads scikit-learn internals (the category encoder's seen values, the bin mapper, the per-tree
predictors); ``tests/core/test_boosted.py`` checks the sums against ``decision_function`` with missing values,
unseen categories and values beyond the training range, so a release that changes them fails there, not in a
customer's scores.
"""

from __future__ import annotations

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier


def log_odds(estimator: HistGradientBoostingClassifier, X: np.ndarray) -> np.ndarray:
    """The model's raw score (its log-odds, what ``decision_function`` returns) for preprocessed rows ``X``."""
    return tree_sums(estimator, binned(estimator, X))


def binned(estimator: HistGradientBoostingClassifier, X: np.ndarray) -> np.ndarray:
    """Preprocessed rows ``X`` as the one-byte bins the trees split on."""
    return np.asarray(estimator._bin_mapper.transform(_encoded(estimator, X)))


def bin_places(estimator: HistGradientBoostingClassifier) -> np.ndarray:
    """For each column of the preprocessed rows, the column of the bins it becomes."""
    return np.argsort(_order(estimator))


def _order(estimator: HistGradientBoostingClassifier) -> np.ndarray:
    """The preprocessed columns in the order of the bins: scikit-learn's encoder puts the category columns first."""
    if estimator._preprocessor is None:
        return np.arange(estimator.n_features_in_)
    categorical = estimator.is_categorical_
    return np.concatenate([np.flatnonzero(categorical), np.flatnonzero(~categorical)])


def _encoded(estimator: HistGradientBoostingClassifier, X: np.ndarray) -> np.ndarray:
    """What the model's own ``_preprocess_X`` makes of ``X``: its category columns first, each value as its place
    among the values seen in fitting (missing where unseen or missing), then its number columns as they are.
    scikit-learn does it through a column transformer and an ordinal encoder that check, split and stack the
    columns again: 1.0 s for 787,000 customers × 35 columns, this 0.5 s with the binning."""
    if estimator._preprocessor is None:
        return np.asarray(estimator._preprocess_X(X, reset=False))
    seen = estimator._preprocessor.named_transformers_["encoder"].categories_
    encoded = np.empty(X.shape, dtype=np.float64, order="F")
    for place, column in enumerate(_order(estimator)):
        encoded[:, place] = X[:, column] if place >= len(seen) else _places(X[:, column], seen[place])
    return encoded


def _places(values: np.ndarray, seen: np.ndarray) -> np.ndarray:
    """Each value's place in the sorted ``seen`` (a missing value, sorted last, matches nothing), NaN if absent."""
    places = np.minimum(np.searchsorted(seen, values), len(seen) - 1)
    return np.where(seen[places] == values, places, np.nan)


def tree_sums(estimator: HistGradientBoostingClassifier, binned: np.ndarray) -> np.ndarray:
    """The trees' sum for binned rows (the tree walk releases the interpreter lock)."""
    raw = np.zeros((binned.shape[0], 1), dtype=estimator._baseline_prediction.dtype, order="F")
    raw += estimator._baseline_prediction
    estimator._predict_iterations(binned, estimator._predictors, raw, is_binned=True, n_threads=1)
    return raw[:, 0]
