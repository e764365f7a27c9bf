"""Drift: has the population moved away from what the model was trained on?

The model card keeps, for the main features and for the churn score, the
inner decile edges and shares seen at training time: never the lowest or highest
value (one customer's), and fewer bands where a decile would hold fewer than k.  The
population stability index compares today's shares with them; above 0.25 is
the usual "significant shift" line, 0.1–0.25 "moderate".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

import numpy as np

from prevista.core.analytics.card import DriftReference, ModelCard
from prevista.core.analytics.model_store import model_age_days
from prevista.privacy.catalogue import QT_TRANSLATE_NOOP
from prevista.privacy.disclosure import bands

SIGNIFICANT = 0.25
MODERATE = 0.10
DEFAULT_MAX_AGE_DAYS = 183  # retrain every 3–6 months
SHIFTED = QT_TRANSLATE_NOOP("Models", "'{0}' shifted (PSI {1:.2f})")
OLD = QT_TRANSLATE_NOOP("Models", "the model is {0:.0f} days old (retrain at least every {1} days)")
OPTED_OUT = QT_TRANSLATE_NOOP("Models", "customers whose data trained the model have since opted out")
ERASED = QT_TRANSLATE_NOOP("Models", "customers whose data trained the model have since been erased on request")
RETENTION = QT_TRANSLATE_NOOP("Models", "a retention cleanup has deleted data the model was trained on")


@dataclass(frozen=True)
class DriftReport:
    """The drift check's verdict: PSI per tracked feature and for the score, and whether (and why) to retrain."""

    psi: Mapping[str, float]
    moderate: tuple[str, ...]  # features with a moderate shift, below the retraining line
    model_age_days: float
    retrain_recommended: bool
    reasons: tuple[str, ...]


def reference(values: np.ndarray, k: int) -> DriftReference:
    """Inner quantile edges (deciles where each holds k customers) and the share of values between them."""
    clean = values[~np.isnan(values)]
    count = bands(len(clean), k)
    inner = np.unique(np.quantile(clean, np.linspace(0, 1, count + 1)[1:-1])) if count > 1 else np.array([])
    return DriftReference(tuple(inner.tolist()), tuple(_shares(clean, inner).tolist()))


def _shares(values: np.ndarray, inner: np.ndarray) -> np.ndarray:
    counts = np.bincount(np.searchsorted(inner, values, side="right"), minlength=len(inner) + 1)
    shares: np.ndarray = counts / max(counts.sum(), 1)
    return shares


def psi(ref: DriftReference, values: np.ndarray) -> float:
    """Population stability index of ``values`` against a stored reference."""
    clean = values[~np.isnan(values)]
    expected = np.asarray(ref.shares)
    actual = _shares(clean, np.asarray(ref.inner))
    expected, actual = np.clip(expected, 1e-4, None), np.clip(actual, 1e-4, None)
    return float(np.sum((actual - expected) * np.log(actual / expected)))


def assess(card: ModelCard, current: Mapping[str, np.ndarray], *, now: datetime | None = None,
           max_age_days: int = DEFAULT_MAX_AGE_DAYS) -> DriftReport:
    """PSI per tracked feature and for the score, plus whether (and why) to retrain."""
    values = {name: psi(ref, current[name]) for name, ref in card.drift_reference.items() if name in current}
    reasons = [SHIFTED.format(name, value) for name, value in values.items() if value >= SIGNIFICANT]
    age = model_age_days(card, now)
    if age > max_age_days:
        reasons.append(OLD.format(age, max_age_days))
    if card.opt_outs_since_training:
        reasons.append(OPTED_OUT)
    if card.erasures_since_training:
        reasons.append(ERASED)
    if card.retention_since_training:
        reasons.append(RETENTION)
    return DriftReport(
        psi={name: round(value, 4) for name, value in values.items()},
        moderate=tuple(name for name, value in values.items() if MODERATE <= value < SIGNIFICANT),
        model_age_days=round(age, 1),
        retrain_recommended=bool(reasons),
        reasons=tuple(reasons),
    )
