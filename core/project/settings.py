"""Project settings: a small typed schema with defaults, stored in the project, never personal data."""

from __future__ import annotations

from typing import Any

from prevista.privacy.errors import ParameterError
from prevista.privacy.processing_log import legal_basis_text
from prevista.privacy.schema import Action, Meta
from prevista.privacy.store import ProjectStore

DEFAULTS: dict[str, Any] = {
    "min_segment_size": 10,
    "model_max_age_days": 183,
    "purpose": "Customer analytics: predicting churn, purchases and support load to offer customers timely help",
    "legal_basis": "legitimate-interest",
    # the record of processing activities (GDPR Art. 30); empty means "not configured yet"
    "controller_name": "",
    "controller_contact": "",
    "dpo_contact": "",
    "recipients": "None — processing is local and offline; no data is disclosed to anyone",
    "third_country_transfers": "None — the data never leaves this computer",
    "retention_description": "",
    "organisational_measures": "",
}
MIN_SEGMENT_SIZE_FLOOR = 5


def check_min_segment_size(value: int, owner: str = "settings") -> int:
    """k protects individuals in segment results; below 5 it would not."""
    if not isinstance(value, int) or isinstance(value, bool) or value < MIN_SEGMENT_SIZE_FLOOR:
        raise ParameterError(f"The 'min_segment_size' parameter of {owner} must be an int in the range "
                         f"[{MIN_SEGMENT_SIZE_FLOOR}, inf). Got {value!r} instead.")
    return value


def settings(store: ProjectStore) -> dict[str, Any]:
    return {**DEFAULTS, **store.meta(Meta.SETTINGS, {})}


def purpose_record(store: ProjectStore) -> dict[str, str]:
    """The project's default purpose and legal basis, as every log entry states them."""
    current = settings(store)
    return {"purpose": current["purpose"], "legal_basis": legal_basis_text(current["legal_basis"])}


def min_segment_size(store: ProjectStore) -> int:
    return check_min_segment_size(int(settings(store)["min_segment_size"]))


def _typed(key: str, value: str) -> Any:
    """Settings arrive as text (command line, forms); each key has one type and range."""
    if key in ("min_segment_size", "model_max_age_days"):
        try:
            number = int(value)
        except ValueError:
            raise ParameterError(f"The '{key}' setting must be a whole number. Got {value!r} instead.") from None
        if key == "min_segment_size":
            return check_min_segment_size(number)
        if number < 30:
            raise ParameterError(f"The 'model_max_age_days' setting must be an int in the range [30, inf). Got {number} instead.")
        return number
    if key == "legal_basis":
        legal_basis_text(value)
    return value


def update_settings(store: ProjectStore, changes: dict[str, str], *, operator: str) -> dict[str, Any]:
    """Validate and store setting changes in one logged commit (settings never hold personal data)."""
    unknown = sorted(set(changes) - set(DEFAULTS))
    if unknown:
        raise ParameterError(f"Unknown setting(s): {', '.join(unknown)}. Known: {', '.join(sorted(DEFAULTS))}.")
    typed = {key: _typed(key, value) for key, value in changes.items()}
    store.commit(meta={Meta.SETTINGS: {**store.meta(Meta.SETTINGS, {}), **typed}},
                 log_record={"action": Action.SETTINGS_CHANGED, "operator": operator, "details": {"keys": sorted(typed)}})
    return settings(store)
