"""Re-identification for action: the one place identities appear.

A segment (or its top-N customers at risk) becomes a list of people to help,
e.g. "call this week".  The step names its purpose, is logged and excludes
everyone in the opt-out register.  Each person is named by their own customer
ID (turned back from the encrypted ID with the project key), so the list works
in the user's CRM whether or not identities were kept; name and contact details
are added where the identity table exists.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polars as pl

from prevista.core.analytics.release import dashboard
from prevista.core.duties.exports import write_safe_csv
from prevista.core.project.settings import settings
from prevista.core.runtime.outputs import check_outside_projects
from prevista.privacy.errors import ParameterError, PrevistaError
from prevista.privacy.processing_log import legal_basis_text
from prevista.privacy.pseudonym import EncryptedIds
from prevista.privacy.schema import KEY, Action, Meta, Table
from prevista.privacy.store import ProjectStore

WHAT = "the action list"


@dataclass(frozen=True)
class ActionList:
    people_listed: int
    segment: str  # the segment's name
    file: Path
    log_entry: int


def _check(purpose: str, top: int | None) -> None:
    if not purpose.strip():
        raise ParameterError("State the purpose of the action list (e.g. 'offer onboarding help this week').")
    if top is not None and (not isinstance(top, int) or isinstance(top, bool) or top < 1):
        raise ParameterError(f"The 'top' parameter of prepare_action_list must be an int in the range [1, inf) "
                             f"(or none, for the whole segment). Got {top!r} instead.")


def customer_ids(store: ProjectStore, keys: pl.DataFrame) -> pl.DataFrame:
    """The user's own customer ID for each key: what their CRM finds a person by."""
    subjects = store.read_table(Table.SUBJECTS).join(keys, on=KEY, how="semi")
    ids = EncryptedIds(store.keys.encrypted_ids)
    decrypted = pl.Series("customer_id", [ids.decrypt(e) for e in subjects["eid"].to_list()], pl.String)
    found: pl.DataFrame = subjects.select(KEY).with_columns(decrypted)
    return found


def _segment_reasons(store: ProjectStore) -> pl.DataFrame:
    """Per segment as the dashboard shows it: name, why it was flagged and the action (measured evidence applied)."""
    rows = dashboard(store).segments
    return pl.DataFrame({"segment": [r.segment for r in rows], "segment_name": [r.name for r in rows],
                         "reason": [r.because for r in rows], "suggested_action": [r.action for r in rows]},
                        schema={"segment": pl.Int64, "segment_name": pl.String, "reason": pl.String,
                                "suggested_action": pl.String})


def contact_rows(store: ProjectStore, chosen: pl.DataFrame, action: str | None = None) -> tuple[pl.DataFrame, bool]:
    """``chosen`` (key, segment, churn risk) as a list to act on: customer ID, name and contact where kept, segment,
    reason and action (``action`` replaces the segment's own, as a campaign does).  Also: whether identities
    were added."""
    listed = (chosen.join(customer_ids(store, chosen.select(KEY)), on=KEY, how="inner", maintain_order="left")
              .join(_segment_reasons(store), on="segment", how="left", maintain_order="left"))
    if action is not None:
        listed = listed.with_columns(pl.lit(action).alias("suggested_action"))
    known = {*chosen.columns, "customer_id", "segment_name", "reason", "suggested_action"}
    if store.has_table(Table.IDENTITIES):
        listed = listed.join(store.read_table(Table.IDENTITIES), on=KEY, how="left", maintain_order="left")
    identity = [c for c in listed.columns if c not in known]
    return listed.select("customer_id", *identity, "segment", "segment_name", pl.col("churn_risk").round(2),
                         "reason", "suggested_action"), bool(identity)


def action_list_blocker(store: ProjectStore) -> str | None:
    """Why no action list can be made now, asked before the user fills anything in; None when one can."""
    if not store.has_table(Table.SCORES) or store.meta(Meta.SEGMENTS) is None:
        return "No scores yet: train a model first."
    if not dashboard(store).segments:
        return f"No segment has at least {settings(store).min_segment_size} customers."
    return None


def prepare_action_list(store: ProjectStore, *, segment: int, purpose: str, operator: str, out: Path,
                        legal_basis: str = "legitimate-interest", top: int | None = None) -> ActionList:
    """Write the action list for one segment to ``out`` (CSV, formula-safe) and log the step."""
    _check(purpose, top)
    basis = legal_basis_text(legal_basis)  # refused before anyone is named, not after the file is written
    check_outside_projects(Path(out), WHAT, store.root)
    blocker = action_list_blocker(store)
    if blocker:
        raise PrevistaError(blocker)
    segments = {row.segment: row for row in dashboard(store).segments}
    if segment not in segments:
        raise PrevistaError(f"There is no segment {segment} with at least {settings(store).min_segment_size} customers.")
    excluded = opted_out_keys(store)
    chosen = (store.read_table(Table.SCORES).filter((pl.col("segment") == segment) & ~pl.col(KEY).is_in(excluded.implode()))
              .sort("churn_risk", descending=True).select(KEY, "segment", "churn_risk"))
    if top is not None:
        chosen = chosen.head(top)
    listed, identities = contact_rows(store, chosen)
    write_safe_csv(listed, Path(out), WHAT, store.root)
    entry = store.record({
        "action": Action.ACTION_LIST_PREPARED, "operator": operator, "purpose": purpose,
        "legal_basis": basis,
        "data_categories": ["customer IDs (decrypted)"] + (["direct identifiers (identity table)"] if identities else []),
        "counts": {"segment": segment, "segment_size": segments[segment].size, "people_listed": listed.height,
                   "excluded_opt_outs": int(excluded.len())},
    })
    return ActionList(listed.height, segments[segment].name, Path(out), int(entry["seq"]))


def opted_out_keys(store: ProjectStore) -> pl.Series:
    """Keys of people on the opt-out register: never named, never put in a campaign."""
    if not store.has_table(Table.OPTOUTS):
        return pl.Series(KEY, [], pl.UInt32)
    register = store.read_table(Table.OPTOUTS)["eid"]
    return store.read_table(Table.SUBJECTS).filter(pl.col("eid").is_in(register.implode()))[KEY]
