"""Behavioural segments with a data-chosen count, plain-language names and a size floor.

Results are shown per segment, never per customer, so a segment must be large
enough that it cannot single anyone out: segments below ``min_size`` are
merged into their nearest neighbour rather than shown.  Names come from what
sets a segment apart from everyone else, in the business's own words, so the
owner can act on them without reading a table of numbers.

Clustering runs in a standardised space (median-imputed, skewed counts and
amounts log-compressed) so that one large spender or a column measured in
cents does not decide the segments on its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial

import numpy as np
import polars as pl
from sklearn.base import BaseEstimator
from sklearn.cluster import KMeans
from sklearn.utils.validation import check_is_fitted

from prevista.core.analytics.segment_names import names
from prevista.core.runtime.threads import in_blocks, one_native_thread, side_by_side
from prevista.privacy.errors import PrevistaError

MIN_SEGMENT_SIZE = 5  # the product never offers anonymity groups smaller than this
MIN_SAMPLE_SIZE = 100  # fewer rows cannot tell one k from the next
MAX_SEED = 2**32 - 1  # what KMeans accepts as a random_state
ROWS_PER_CLUSTER = 10  # below this many rows per cluster, clusters describe noise
LOG_SKEWNESS = 1.0  # conventional bound for "highly skewed"
N_INIT = 3  # k-means++ restarts per candidate k: cheap on the sample, guards against a bad start
SILHOUETTE_ROWS = 10_000  # rows the silhouette is measured on: within ±0.004 of 20,000 rows' at a quarter of the cost
DISTANCE_BLOCK = 1 << 24  # float32 cells per block of the silhouette distance matrix (64 MB)


class Segmenter(BaseEstimator):  # type: ignore[misc]  # scikit-learn ships no type hints
    """KMeans segments whose count is chosen by silhouette and whose sizes respect ``min_size``.

    ``profiles_`` live in the clustering space: per feature, the segment's mean
    z-score against all customers after imputation and (for skewed non-negative
    columns, listed in ``log_transformed_``) log compression, so one extreme
    spender moves a profile no more than it moved the clustering.
    """

    def __init__(
        self,
        *,
        k_range: tuple[int, int] = (3, 8),
        min_size: int = 10,
        sample_size: int = 20_000,
        random_state: int = 0,
    ) -> None:
        self.k_range = k_range
        self.min_size = min_size
        self.sample_size = sample_size
        self.random_state = random_state

    def fit(self, features: pl.DataFrame, descriptions: dict[str, tuple[str, str]]) -> Segmenter:
        """Learn segments from one row per customer; ``descriptions`` give (high, low) phrases per column."""
        self._validate_params()
        columns = self._usable_columns(features)
        self.feature_names_in_ = np.array(columns, dtype=object)
        self.n_features_in_ = len(columns)
        self._learn_scaling(features)
        points = self._scaled(features)
        sample_rows = self._sample_rows(len(points))
        sample = points[sample_rows]
        with one_native_thread():
            k, init = self._choose_k(sample, len(points))
            segments = self._cluster(points, k, init)
            self._describe(points, segments, descriptions)
            self.silhouette_ = self._final_silhouette(sample, segments[sample_rows], k)
        return self

    def predict(self, features: pl.DataFrame) -> np.ndarray:
        """Segment id per row, after the merges made in ``fit``, so new customers never land in a hidden segment."""
        check_is_fitted(self)
        _numeric_columns(features, self.feature_names_in_)
        points = self._scaled(features)
        with one_native_thread():
            segments: np.ndarray = self.cluster_segments_[self.kmeans_.predict(points)]
        return segments

    def _validate_params(self) -> None:
        low_high = self.k_range
        if not (
            isinstance(low_high, (tuple, list))
            and len(low_high) == 2
            and all(_is_int(k) for k in low_high)
            and 2 <= low_high[0] <= low_high[1]
        ):
            raise _invalid("k_range", "a tuple of two ints (low, high) with 2 <= low <= high", low_high)
        for name, low, high in (
            ("min_size", MIN_SEGMENT_SIZE, None),
            ("sample_size", MIN_SAMPLE_SIZE, None),
            ("random_state", 0, MAX_SEED),
        ):
            value = getattr(self, name)
            if not (_is_int(value) and low <= value and (high is None or value <= high)):
                bounds = f"[{low}, inf)" if high is None else f"[{low}, {high}]"
                raise _invalid(name, f"an int in the range {bounds}", value)

    def _usable_columns(self, features: pl.DataFrame) -> list[str]:
        columns = _numeric_columns(features, features.columns)
        if not columns:
            raise PrevistaError("Segmentation needs at least one numeric feature column.")
        if features.height < self.min_size:
            raise PrevistaError(
                f"Segmentation needs at least {self.min_size} customers so that no segment can single anyone out; "
                f"the data has {features.height}."
            )
        return columns

    def _learn_scaling(self, features: pl.DataFrame) -> None:
        """Imputation, log compression and standardisation, all learned here so ``predict`` applies the same."""
        columns = list(self.feature_names_in_)
        raw = [_cleaned(c) for c in columns]
        medians = _aggregate(features, raw, pl.Expr.median)
        skews = _aggregate(features, raw, pl.Expr.skew)
        minima = _aggregate(features, raw, pl.Expr.min)
        self.medians_ = np.array([0.0 if m is None else m for m in medians])
        self.log_transformed_ = [
            c for c, skew, low in zip(columns, skews, minima)
            if low is not None and low >= 0 and skew is not None and skew > LOG_SKEWNESS
        ]
        prepared = self._prepared()
        spreads = np.subtract(np.array(_aggregate(features, prepared, pl.Expr.max), dtype=float),
                              np.array(_aggregate(features, prepared, pl.Expr.min), dtype=float))
        self.mean_ = np.array(_aggregate(features, prepared, pl.Expr.mean))
        std = np.array(_aggregate(features, prepared, lambda e: e.std(ddof=0)))
        self.scale_ = np.where(spreads > 0, std, 1.0)

    def _prepared(self) -> list[pl.Expr]:
        logged = set(self.log_transformed_)
        prepared = []
        for column, median in zip(self.feature_names_in_, self.medians_):
            value = _cleaned(column).fill_null(float(median))
            # clipped: a column that was never negative in fit must not yield NaN in predict
            prepared.append(value.clip(lower_bound=0.0).log1p() if column in logged else value)
        return prepared

    def _scaled(self, features: pl.DataFrame) -> np.ndarray:
        """float32: half the memory at a million customers; z-scores need no more precision."""
        scaled = [
            ((value - mean) / scale).cast(pl.Float32).alias(column)
            for value, mean, scale, column in zip(self._prepared(), self.mean_, self.scale_, self.feature_names_in_)
        ]
        return features.select(scaled).to_numpy(order="c")

    def _sample_rows(self, n_rows: int) -> np.ndarray:
        if n_rows <= self.sample_size:
            return np.arange(n_rows)
        return np.sort(np.random.default_rng(self.random_state).choice(n_rows, self.sample_size, replace=False))

    def _candidate_ks(self, sample: np.ndarray, n_rows: int) -> range:
        """The k range, reduced so each cluster can have enough rows and can reach ``min_size``."""
        distinct = len(np.unique(sample, axis=0))
        high = min(self.k_range[1], len(sample) // ROWS_PER_CLUSTER, n_rows // self.min_size, distinct)
        return range(min(self.k_range[0], high), high + 1) if high >= 2 else range(0)

    def _choose_k(self, sample: np.ndarray, n_rows: int) -> tuple[int, np.ndarray | str]:
        """The best k by silhouette on the sample, and its centres to start the full fit from.  The candidates are
        fitted side by side (the same fits as one after another)."""
        ks = self._candidate_ks(sample, n_rows)
        fitted = side_by_side([partial(KMeans(n_clusters=k, n_init=N_INIT, algorithm="lloyd",
                                              random_state=self.random_state).fit, sample) for k in ks])
        candidates: dict[int, KMeans] = dict(zip(ks, fitted))
        scored = self._silhouette_rows(len(sample))
        self.k_scores_ = dict(zip(candidates, _silhouettes(sample[scored], [model.labels_[scored]
                                                                            for model in candidates.values()])))
        if not candidates:
            return 1, "k-means++"
        k = max(self.k_scores_, key=self.k_scores_.__getitem__)
        return k, candidates[k].cluster_centers_

    def _cluster(self, points: np.ndarray, k: int, init: np.ndarray | str) -> np.ndarray:
        """Segment per row: every row to its nearest centre, then small clusters merged away."""
        self.kmeans_ = KMeans(n_clusters=k, init=init, n_init=1, algorithm="lloyd", random_state=self.random_state).fit(points)
        clusters = self.kmeans_.predict(points)
        self.cluster_segments_ = _merge_small(self.kmeans_.cluster_centers_, np.bincount(clusters, minlength=k), self.min_size)
        segments: np.ndarray = self.cluster_segments_[clusters]
        return segments

    def _describe(self, points: np.ndarray, segments: np.ndarray, descriptions: dict[str, tuple[str, str]]) -> None:
        self.n_segments_ = int(segments.max()) + 1
        sizes = np.bincount(segments, minlength=self.n_segments_)
        sums = np.stack([np.bincount(segments, weights=column, minlength=self.n_segments_) for column in points.T], axis=1)
        self.sizes_ = sizes.tolist()
        self.profiles_ = [
            {str(feature): float(z) for feature, z in zip(self.feature_names_in_, row)}
            for row in sums / sizes[:, None]
        ]
        self.names_ = names(self.profiles_, descriptions)

    def _final_silhouette(self, sample: np.ndarray, sample_segments: np.ndarray, k: int) -> float:
        """The chosen k's score, unless merging changed the segments; a single segment scores 0."""
        if self.n_segments_ == k:
            return self.k_scores_.get(k, 0.0)
        if self.n_segments_ < 2:
            return 0.0
        scored = self._silhouette_rows(len(sample))
        return _silhouettes(sample[scored], [sample_segments[scored]])[0]

    def _silhouette_rows(self, n_rows: int) -> np.ndarray:
        """A random subset of the sample (its rows are in table order, which may follow sign-up time): the
        pairwise distances cost the square of the rows, 1.0 s for 20,000 of them."""
        if n_rows <= SILHOUETTE_ROWS:
            return np.arange(n_rows)
        return np.sort(np.random.default_rng(self.random_state).choice(n_rows, SILHOUETTE_ROWS, replace=False))


def _invalid(name: str, expected: str, value: object) -> ValueError:
    return ValueError(f"The '{name}' parameter of Segmenter must be {expected}. Got {value!r} instead.")


def _is_int(value: object) -> bool:
    return isinstance(value, (int, np.integer)) and not isinstance(value, bool)


def _numeric_columns(features: pl.DataFrame, columns: Iterable[str]) -> list[str]:
    missing = [str(c) for c in columns if c not in features.schema]
    if missing:
        raise ValueError(f"The features lack the column(s) the segmenter was fitted on: {', '.join(missing)}.")
    other = [str(c) for c in columns if not features.schema[c].is_numeric()]
    if other:
        raise TypeError(f"Segmentation features must be numeric; these are not: {', '.join(other)}.")
    return [str(c) for c in columns]


def _cleaned(column: str) -> pl.Expr:
    """NaN and infinities count as missing: they would otherwise poison medians and means."""
    value = pl.col(column).cast(pl.Float64)
    return pl.when(value.is_finite()).then(value)


def _aggregate(frame: pl.DataFrame, expressions: list[pl.Expr], how: Callable[[pl.Expr], pl.Expr]) -> list[float | None]:
    return list(frame.select([how(e).alias(str(i)) for i, e in enumerate(expressions)]).row(0))


def _silhouettes(points: np.ndarray, labelings: list[np.ndarray]) -> list[float]:
    """Mean silhouette of several labelings of the same points.

    The cost is the pairwise distance matrix, which all labelings share, so it
    is built once, block by block to bound memory, and in float32 because the
    pass is memory-bound and the extra precision would not change which k wins.
    Matches ``sklearn.metrics.silhouette_score`` (singletons score 0) to float32 precision.
    """
    if not labelings:
        return []
    points = np.ascontiguousarray(points, dtype=np.float32)
    n_points = len(points)
    widths = [int(labels.max()) + 1 for labels in labelings]
    offsets = np.cumsum([0, *widths])
    one_hot = np.zeros((n_points, offsets[-1]), dtype=np.float32)
    for labels, offset in zip(labelings, offsets):
        one_hot[np.arange(n_points), offset + labels] = 1.0
    counts = one_hot.sum(axis=0)
    squared = np.einsum("ij,ij->i", points, points)
    minus_two = -2.0 * points

    def block_totals(rows: slice) -> np.ndarray:
        distances = points[rows] @ minus_two.T
        distances += squared
        distances += squared[rows, None]
        np.maximum(distances, 0.0, out=distances)
        np.sqrt(distances, out=distances)
        distances[np.arange(len(distances)), np.arange(rows.start, rows.stop)] = 0.0
        sums = distances @ one_hot
        return np.array([[_silhouette_sum(sums[:, offsets[i]:offsets[i + 1]], counts[offsets[i]:offsets[i + 1]],
                                          labels[rows]) for i, labels in enumerate(labelings)]])

    # the same blocks whatever the cores (the products release the interpreter lock), added up in order
    totals = in_blocks(n_points, block_totals, max(1, DISTANCE_BLOCK // n_points)).sum(axis=0)
    return [float(total / n_points) for total in totals]


def _silhouette_sum(sums: np.ndarray, counts: np.ndarray, own: np.ndarray) -> float:
    """Sum of silhouettes of a block of points, given their distance sums to every cluster."""
    rows = np.arange(len(own))
    own_count = counts[own]
    intra = sums[rows, own] / np.maximum(own_count - 1, 1)
    to_others = np.divide(sums, counts, out=np.full_like(sums, np.inf), where=counts > 0)
    to_others[rows, own] = np.inf
    inter = to_others.min(axis=1)
    spread = np.maximum(intra, inter)
    defined = (own_count > 1) & np.isfinite(inter) & (spread > 0)
    scores = np.divide(inter - intra, spread, out=np.zeros_like(intra), where=defined)
    return float(scores.sum(dtype=np.float64))


def _merge_small(centres: np.ndarray, counts: np.ndarray, min_size: int) -> np.ndarray:
    """Segment id per cluster: the smallest segment under ``min_size`` joins the nearest one, until none
    is left; ids then run by size, largest first.  Needs ``counts.sum() >= min_size``."""
    centres = centres.astype(np.float64)
    counts = counts.astype(np.int64)
    owner = np.arange(len(counts))
    alive = list(range(len(counts)))
    while small := [c for c in alive if counts[c] < min_size]:
        source = min(small, key=lambda c: (counts[c], c))
        others = np.array([c for c in alive if c != source])
        target = int(others[np.argmin(np.linalg.norm(centres[others] - centres[source], axis=1))])
        total = counts[source] + counts[target]
        if total:
            centres[target] = (counts[source] * centres[source] + counts[target] * centres[target]) / total
        counts[target] = total
        owner[owner == source] = target
        alive.remove(source)
    rank = {c: i for i, c in enumerate(sorted(alive, key=lambda c: (-counts[c], c)))}
    return np.array([rank[int(c)] for c in owner], dtype=np.int64)
