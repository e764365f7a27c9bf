"""Project settings: one typed, validated and versioned record, stored in the project, never personal data.

Each setting is declared once, as a field of ``ProjectSettings``: its type and default, its allowed
values and a plain-language label.  Whatever builds a ``ProjectSettings`` (text from the command line's
``--set key=value`` or a GUI form, values read from a project, code) goes through the same check,
``SettingSpec.check``, so no front end can store a value another would refuse, and a value read
from a project is held to the same rule.

Stored under ``Meta.SETTINGS`` as ``{"version": SETTINGS_VERSION, "values": {name: value, ...}}``;
``migrate`` reads every earlier form (see there).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from prevista.privacy.catalogue import QT_TRANSLATE_NOOP
from prevista.privacy.errors import ParameterError, PrevistaError
from prevista.privacy.processing_log import LEGAL_BASES, legal_basis_text
from prevista.privacy.schema import Action, Meta
from prevista.privacy.store import ProjectStore

SETTINGS_VERSION = 1
DEFAULT_PURPOSE = QT_TRANSLATE_NOOP(
    "Settings", "Customer analytics: predicting churn, purchases and support load to offer customers timely help")


def _setting(default: int | str, label: str, *, minimum: int | None = None, choices: tuple[str, ...] = ()) -> Any:
    """A field of ``ProjectSettings`` carrying its rule; the type is the default's."""
    return field(default=default, metadata={"label": label, "minimum": minimum, "choices": choices})


@dataclass(frozen=True)
class ProjectSettings:
    """The project's settings; valid whatever built them (``__post_init__`` checks and types every value)."""

    purpose: str = _setting(DEFAULT_PURPOSE, "Default purpose")
    legal_basis: str = _setting("legitimate-interest", "Default legal basis", choices=tuple(LEGAL_BASES))
    # k protects individuals in segment results; below 5 it would not
    min_segment_size: int = _setting(10, "Smallest segment shown, k", minimum=5)
    model_max_age_days: int = _setting(183, "Days after which retraining is recommended", minimum=30)
    # what support costs a month in whole currency units (staff, tools); 0 = not entered: the cost-per-ticket KPI
    support_cost_per_month: int = _setting(0, "Support cost per month (0 = not entered)", minimum=0)
    # the pilot's own cost (licence, consultant days) counts against what the campaigns returned
    pilot_cost: int = _setting(0, "Cost of the pilot itself (0 = not entered)", minimum=0)
    # what a customer is worth a year, for revenue at risk; empty: found from the data (spend, fee, balance…)
    value_column: str = _setting("", "Customer value column (empty = found in the data)")
    # ISO 4217 code shown with every amount; empty: amounts carry no currency
    currency: str = _setting("", "Currency (for example EUR; empty = none shown)")
    # the record of processing activities (GDPR Art. 30); empty means "not configured yet"
    controller_name: str = _setting("", "Controller, your business")
    controller_contact: str = _setting("", "Controller contact")
    dpo_contact: str = _setting("", "Data protection officer contact")
    recipients: str = _setting(QT_TRANSLATE_NOOP(
        "Settings", "None — processing is local and offline; no data is disclosed to anyone"), "Recipients")
    third_country_transfers: str = _setting(QT_TRANSLATE_NOOP(
        "Settings", "None — the data never leaves this computer"), "Third-country transfers")
    retention_description: str = _setting("", "Retention, in words")
    organisational_measures: str = _setting("", "Organisational measures")

    def __post_init__(self) -> None:
        for spec in SPECS:
            object.__setattr__(self, spec.name, spec.check(getattr(self, spec.name)))

    def as_dict(self) -> dict[str, Any]:
        """Every setting by name, in declaration order: the stored values and the CLI's listing."""
        return asdict(self)


@dataclass(frozen=True)
class SettingSpec:
    """One setting's rule, read from its field: what the check enforces and what a form needs to offer it."""

    name: str
    label: str
    kind: type  # int or str
    minimum: int | None  # int settings: the smallest allowed value (there is no largest)
    choices: tuple[str, ...]  # str settings limited to these values; empty: any text

    @property
    def allowed(self) -> str:
        """The allowed values, worded the scikit-learn way like every ParameterError."""
        if self.kind is int:
            return f"an int in the range [{self.minimum}, inf)"
        return f"one of {', '.join(self.choices)}" if self.choices else "a text"

    def check(self, value: object, subject: str | None = None) -> int | str:
        """``value`` as this setting's type, from text (forms, the command line) or a typed value (the
        project, code); refused, naming the label and key and the allowed values, when it is not one."""
        typed = self._typed(value)
        if typed is None or not self._admits(typed):
            raise ParameterError(f"{subject or f'{self.label} (setting {self.name!r})'} must be {self.allowed}. "
                                 f"Got {value!r} instead.")
        return typed

    def _typed(self, value: object) -> int | str | None:
        if self.kind is not int:
            return value if isinstance(value, str) else None
        if isinstance(value, str):
            try:
                return int(value)
            except ValueError:
                return None
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    def _admits(self, value: int | str) -> bool:
        if isinstance(value, int):
            return self.minimum is None or value >= self.minimum
        return not self.choices or value in self.choices


SPECS: tuple[SettingSpec, ...] = tuple(SettingSpec(name=f.name, kind=type(f.default), **f.metadata)
                                       for f in fields(ProjectSettings))
_BY_NAME = {spec.name: spec for spec in SPECS}


def check_min_segment_size(value: int, owner: str) -> int:
    """k given as a parameter rather than a setting (``prevista train --min-segment-size``), checked by the
    setting's own rule before a project is opened and hours of work start."""
    return int(_BY_NAME["min_segment_size"].check(value, f"The 'min_segment_size' parameter of {owner}"))


def migrate(stored: Mapping[str, Any]) -> dict[str, Any]:
    """Settings as stored by any release, as this release's values by name.

    Version 0 is the unversioned form earlier releases wrote: a flat dict of the settings set so far,
    under the names version 1 still uses; absent names take their defaults.  The values are checked
    when the settings are built from them: one this release refuses is reported, never replaced by
    its default.
    Names this release does not know (no release wrote any: changes to unknown names were always
    refused) are ignored rather than blocking the project, and dropped at the next settings change.
    A newer version is refused: its values may mean what this release cannot know.
    """
    version = stored.get("version", 0)
    if version > SETTINGS_VERSION:
        raise PrevistaError(f"This project's settings were written by a newer Prevista (settings version {version}; "
                            f"this one reads up to {SETTINGS_VERSION}): open it with that release.")
    values = stored["values"] if version else stored
    return {name: value for name, value in values.items() if name in _BY_NAME}


def stored_form(current: ProjectSettings) -> dict[str, Any]:
    """What ``Meta.SETTINGS`` holds: every value, so a later release's new defaults cannot silently change the
    purpose this project's log states, and the version, so that release knows how to read them."""
    return {"version": SETTINGS_VERSION, "values": current.as_dict()}


def settings(store: ProjectStore) -> ProjectSettings:
    """Read through ``migrate`` and nothing written: an old project keeps its stored form until a change."""
    return ProjectSettings(**migrate(store.meta(Meta.SETTINGS, {})))


def changed_settings(before: ProjectSettings, after: ProjectSettings) -> list[str]:
    """The names whose value differs, as a log entry records them."""
    return [spec.name for spec in SPECS if getattr(before, spec.name) != getattr(after, spec.name)]


def purpose_record(store: ProjectStore) -> dict[str, str]:
    """The project's default purpose and legal basis, as every log entry states them."""
    current = settings(store)
    return {"purpose": current.purpose, "legal_basis": legal_basis_text(current.legal_basis)}


def update_settings(store: ProjectStore, changes: Mapping[str, str], *, operator: str) -> ProjectSettings:
    """Check and store setting changes in one logged commit (settings never hold personal data).

    The changes apply to the stored values rather than to ``settings(store)``, so a change can also
    repair a stored value this release refuses."""
    unknown = sorted(set(changes) - set(_BY_NAME))
    if unknown:
        raise ParameterError(f"Unknown setting(s): {', '.join(unknown)}. Known: {', '.join(sorted(_BY_NAME))}.")
    updated = ProjectSettings(**{**migrate(store.meta(Meta.SETTINGS, {})), **changes})
    store.commit(meta={Meta.SETTINGS: stored_form(updated)},
                 log_record={"action": Action.SETTINGS_CHANGED, "operator": operator, "details": {"keys": sorted(changes)}})
    return updated
