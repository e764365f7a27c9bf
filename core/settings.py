"""Project settings: a small typed schema with defaults, stored in the project, never personal data."""

from __future__ import annotations

from typing import Any

from privacy.errors import ParameterError
from privacy.processing_log import legal_basis_text
from privacy.store import ProjectStore

DEFAULTS: dict[str, Any] = {
    "min_segment_size": 10,
    "model_max_age_days": 183,
    "purpose": "Customer analytics: predicting churn, purchases and support load to offer customers timely help",
    "legal_basis": "legitimate-interest",
}
MIN_SEGMENT_SIZE_FLOOR = 5


def check_min_segment_size(value: int, owner: str = "settings") -> int:
    """k protects individuals in segment results; below 5 it would not."""
    if not isinstance(value, int) or isinstance(value, bool) or value < MIN_SEGMENT_SIZE_FLOOR:
        raise ParameterError(f"The 'min_segment_size' parameter of {owner} must be an int in the range "
                         f"[{MIN_SEGMENT_SIZE_FLOOR}, inf). Got {value!r} instead.")
    return value


def settings(store: ProjectStore) -> dict[str, Any]:
    return {**DEFAULTS, **store.meta("settings", {})}


def purpose_record(store: ProjectStore) -> dict[str, str]:
    """The project's default purpose and legal basis, as every log entry states them."""
    current = settings(store)
    return {"purpose": current["purpose"], "legal_basis": legal_basis_text(current["legal_basis"])}


def min_segment_size(store: ProjectStore) -> int:
    return check_min_segment_size(int(settings(store)["min_segment_size"]))
