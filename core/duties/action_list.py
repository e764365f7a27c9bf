"""Re-identification for action: the one place identities appear.

A segment (or its top-N customers at risk) becomes a list of people to help,
e.g. "call this week".  The step names its purpose, is logged, excludes
everyone in the opt-out register, and needs the identity table, which exists
only when the import kept identities under their own key.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polars as pl

from prevista.core.duties.exports import write_safe_csv
from prevista.core.project.settings import settings
from prevista.core.runtime.outputs import check_outside_projects
from prevista.privacy.errors import ParameterError, PrevistaError
from prevista.privacy.processing_log import legal_basis_text
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


def prepare_action_list(store: ProjectStore, *, segment: int, purpose: str, operator: str, out: Path,
                        legal_basis: str = "legitimate-interest", top: int | None = None) -> ActionList:
    """Write the action list for one segment to ``out`` (CSV, formula-safe) and log the step."""
    _check(purpose, top)
    basis = legal_basis_text(legal_basis)  # refused before anyone is named, not after the file is written
    check_outside_projects(Path(out), WHAT, store.root)
    if not store.has_table(Table.IDENTITIES):
        raise PrevistaError("This project keeps no identities, so nobody can be named: re-import the customers "
                            "with --keep-identities to prepare action lists.")
    if not store.has_table(Table.SCORES):
        raise PrevistaError("No scores yet: run 'prevista train' first.")
    segments = {row["segment"]: row for row in (store.meta(Meta.SEGMENTS) or {}).get("segments", [])}
    if segment not in segments:
        raise PrevistaError(f"There is no segment {segment} with at least {settings(store).min_segment_size} customers.")
    excluded = opted_out_keys(store)
    chosen = (store.read_table(Table.SCORES).filter((pl.col("segment") == segment) & ~pl.col(KEY).is_in(excluded.implode()))
              .sort("churn_risk", descending=True))
    if top is not None:
        chosen = chosen.head(top)
    listed = (chosen.join(store.read_table(Table.IDENTITIES), on=KEY, how="inner", maintain_order="left")
              .with_columns(pl.col("churn_risk").round(3)).drop(KEY, "segment", "value", strict=False))
    write_safe_csv(listed, Path(out), WHAT, store.root)
    entry = store.record({
        "action": Action.ACTION_LIST_PREPARED, "operator": operator, "purpose": purpose,
        "legal_basis": basis, "data_categories": ["direct identifiers (identity table)"],
        "counts": {"segment": segment, "segment_size": segments[segment]["size"], "people_listed": listed.height,
                   "excluded_opt_outs": int(excluded.len())},
    })
    return ActionList(listed.height, segments[segment]["name"], Path(out), int(entry["seq"]))


def opted_out_keys(store: ProjectStore) -> pl.Series:
    """Keys of people on the opt-out register: never named, never put in a campaign."""
    if not store.has_table(Table.OPTOUTS):
        return pl.Series(KEY, [], pl.UInt32)
    register = store.read_table(Table.OPTOUTS)["eid"]
    return store.read_table(Table.SUBJECTS).filter(pl.col("eid").is_in(register.implode()))[KEY]
