"""A campaign as the project keeps it: its design in the metadata, its members in a per-customer table.

The design (segments, action, purpose, legal basis, start, control share, seed) is what the processing log,
the Art. 30 record and the pilot report quote; the members table is per customer, so an objection, an
erasure or a retention cleanup takes a person out of both arms like out of every other table.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, ClassVar

import polars as pl

from prevista.core.analytics.stored import json_form
from prevista.privacy import disclosure
from prevista.privacy.errors import PrevistaError
from prevista.privacy.schema import KEY, Meta, Table
from prevista.privacy.store import ProjectStore

MEMBERS_SCHEMA = {KEY: pl.UInt32, "campaign": pl.UInt32, "treated": pl.Boolean, "segment": pl.Int64,
                  "risk_band": pl.UInt8, "churn_risk": pl.Float64}
CONTACTS_SCHEMA = {KEY: pl.UInt32, "campaign": pl.UInt32, "reached": pl.Boolean, "accepted": pl.Boolean}


@dataclass(frozen=True)
class Campaign:
    """One campaign's design and counts at the start; ``measurement`` is the latest released result."""

    id: int
    name: str
    action: str
    purpose: str
    legal_basis: str  # the recorded wording
    segments: tuple[int, ...]
    start: str  # ISO date: outcomes count from the day after
    created: str  # ISO timestamp
    control_share: float
    seed: int
    treated: int  # members at the start, per arm
    control: int
    base_rate: float  # the members' mean predicted churn risk at the start
    smallest_effect: float  # the change in churn rate the campaign can detect (rate points)
    cost_per_contact: float | None = None
    measurement: Mapping[str, Any] | None = None
    OPTIONAL_KEYS: ClassVar[tuple[str, ...]] = ("cost_per_contact", "measurement")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Campaign:
        return cls(**{**data, "segments": tuple(data["segments"])})

    def to_dict(self) -> dict[str, Any]:
        form: dict[str, Any] = json_form(self)
        return form


def campaigns(store: ProjectStore) -> tuple[Campaign, ...]:
    return tuple(Campaign.from_dict(c) for c in (store.meta(Meta.CAMPAIGNS) or {}).get("campaigns", []))


def released(found: Campaign) -> Campaign:
    """As front ends, reports and the bundle show it: arm sizes to fives, rates to whole percent (the stored
    measurement is released already)."""
    return replace(found, treated=disclosure.count(found.treated), control=disclosure.count(found.control),
                   base_rate=disclosure.rate(found.base_rate), smallest_effect=disclosure.rate(found.smallest_effect))


def campaign(store: ProjectStore, campaign_id: int) -> Campaign:
    for found in campaigns(store):
        if found.id == campaign_id:
            return found
    raise PrevistaError(f"There is no campaign {campaign_id}; 'prevista campaign list' shows the campaigns.")


def with_campaign(store: ProjectStore, changed: Campaign) -> dict[str, Any]:
    """The campaigns metadata with ``changed`` added or replacing the one of its id."""
    kept = [c.to_dict() for c in campaigns(store) if c.id != changed.id]
    return {Meta.CAMPAIGNS: {"campaigns": sorted([*kept, changed.to_dict()], key=lambda c: c["id"])}}


def measured(found: Campaign, measurement: Mapping[str, Any]) -> Campaign:
    return replace(found, measurement=dict(measurement))


def members(store: ProjectStore, campaign_id: int | None = None) -> pl.DataFrame:
    """The members of one campaign (all campaigns when None), as they are now: people who objected or were
    erased since the start are gone from the table."""
    table = (store.read_table(Table.CAMPAIGN_MEMBERS) if store.has_table(Table.CAMPAIGN_MEMBERS)
             else pl.DataFrame(schema=MEMBERS_SCHEMA))
    return table if campaign_id is None else table.filter(pl.col("campaign") == campaign_id)


def contacts(store: ProjectStore) -> pl.DataFrame:
    return (store.read_table(Table.CAMPAIGN_CONTACTS) if store.has_table(Table.CAMPAIGN_CONTACTS)
            else pl.DataFrame(schema=CONTACTS_SCHEMA))
