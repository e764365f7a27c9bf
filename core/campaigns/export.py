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

from prevista.core.analytics.segments import stored_board
from prevista.core.campaigns.record import campaign, members
from prevista.core.duties.action_list import opted_out_keys
from prevista.core.duties.exports import write_safe_csv
from prevista.core.project.closure import refuse_if_closed
from prevista.core.runtime.outputs import check_outside_projects
from prevista.privacy.errors import PrevistaError
from prevista.privacy.pseudonym import EncryptedIds
from prevista.privacy.schema import KEY, Action, Table
from prevista.privacy.store import ProjectStore

WHAT = "the campaign's contact list"


@dataclass(frozen=True)
class ContactList:
    campaign: int
    people_listed: int
    file: Path
    log_entry: int


def _customer_ids(store: ProjectStore, keys: pl.DataFrame) -> pl.DataFrame:
    subjects = store.read_table(Table.SUBJECTS).join(keys, on=KEY, how="semi")
    ids = EncryptedIds(store.keys.encrypted_ids)
    decrypted = pl.Series("customer_id", [ids.decrypt(e) for e in subjects["eid"].to_list()], pl.String)
    found: pl.DataFrame = subjects.select(KEY).with_columns(decrypted)
    return found


def _reasons(store: ProjectStore) -> pl.DataFrame:
    board = stored_board(store)
    rows = board.segments if board else ()
    return pl.DataFrame({"segment": [r.segment for r in rows], "segment_name": [r.name for r in rows],
                         "reason": [r.because for r in rows]}, schema={"segment": pl.Int64, "segment_name": pl.String,
                                                                       "reason": pl.String})


def export_contact_list(store: ProjectStore, campaign_id: int, out: Path, *, operator: str) -> ContactList:
    """Write the treated members still reachable (no objection, no erasure since the start) to ``out``."""
    refuse_if_closed(store)
    found = campaign(store, campaign_id)
    check_outside_projects(Path(out), WHAT, store.root)
    treated = members(store, campaign_id).filter(pl.col("treated"))
    treated = treated.filter(~pl.col(KEY).is_in(opted_out_keys(store).implode()))
    if treated.is_empty():
        raise PrevistaError(f"Campaign {campaign_id} has nobody left to contact.")
    listed = (treated.sort("churn_risk", descending=True)
              .join(_customer_ids(store, treated.select(KEY)), on=KEY, how="inner", maintain_order="left")
              .join(_reasons(store), on="segment", how="left", maintain_order="left"))
    if store.has_table(Table.IDENTITIES):
        listed = listed.join(store.read_table(Table.IDENTITIES), on=KEY, how="left", maintain_order="left")
    identity = [c for c in listed.columns if c not in (*treated.columns, "customer_id", "segment_name", "reason")]
    listed = listed.select("customer_id", *identity, "segment", "segment_name", pl.col("churn_risk").round(2),
                           "reason", pl.lit(found.action).alias("suggested_action"))
    write_safe_csv(listed, Path(out), WHAT, store.root)
    entry = store.record({
        "action": Action.CAMPAIGN_LIST_EXPORTED, "operator": operator, "purpose": found.purpose,
        "legal_basis": found.legal_basis,
        "data_categories": ["customer IDs (decrypted)"] + (["direct identifiers (identity table)"] if identity else []),
        "campaign": {"id": campaign_id}, "counts": {"people_listed": listed.height},
    })
    return ContactList(campaign_id, listed.height, Path(out), int(entry["seq"]))
