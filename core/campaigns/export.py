"""The treated arm as a list the user acts on: the one step of a campaign that names people.

It carries what a CRM import needs to find each person (their own customer ID, turned back from the
encrypted ID with the project's key, and the name and e-mail where identities are kept) and what to do
(segment, reason, suggested action).  The control group is never exported: a list of who not to contact
is still a list of people, and nobody needs it to act.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polars as pl

from prevista.core.campaigns.record import campaign, members
from prevista.core.duties.action_list import contact_rows, opted_out_keys
from prevista.core.duties.exports import write_safe_csv
from prevista.core.project.closure import refuse_if_closed
from prevista.core.runtime.outputs import check_outside_projects
from prevista.privacy.errors import PrevistaError
from prevista.privacy.schema import KEY, Action
from prevista.privacy.store import ProjectStore

WHAT = "the campaign's contact list"


@dataclass(frozen=True)
class ContactList:
    campaign: int
    people_listed: int
    file: Path
    log_entry: int


def export_contact_list(store: ProjectStore, campaign_id: int, out: Path, *, operator: str) -> ContactList:
    """Write the treated members still reachable (no objection, no erasure since the start) to ``out``."""
    refuse_if_closed(store)
    found = campaign(store, campaign_id)
    check_outside_projects(Path(out), WHAT, store.root)
    treated = members(store, campaign_id).filter(pl.col("treated"))
    treated = treated.filter(~pl.col(KEY).is_in(opted_out_keys(store).implode()))
    if treated.is_empty():
        raise PrevistaError(f"Campaign {campaign_id} has nobody left to contact.")
    listed, identities = contact_rows(store, treated.sort("churn_risk", descending=True)
                                      .select(KEY, "segment", "churn_risk"), found.action)
    write_safe_csv(listed, Path(out), WHAT, store.root)
    entry = store.record({
        "action": Action.CAMPAIGN_LIST_EXPORTED, "operator": operator, "purpose": found.purpose,
        "legal_basis": found.legal_basis,
        "data_categories": ["customer IDs (decrypted)"] + (["direct identifiers (identity table)"] if identities else []),
        "campaign": {"id": campaign_id}, "counts": {"people_listed": listed.height},
    })
    return ContactList(campaign_id, listed.height, Path(out), int(entry["seq"]))
