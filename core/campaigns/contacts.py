"""What the CRM says happened to each contact: reached or not, offer accepted or not (an optional file).

Randomisation protects the comparison of everyone assigned (intention to treat); this file only adds the
share actually reached, from which the effect among those reached follows.  It is read strictly: a value
that is neither yes nor no is refused with its file, row and column, and nothing is stored; people who
objected are not stored; control-group members marked as reached are counted and reported, because
contacting them breaks the design, but the file is still taken (the CRM is the record of what happened).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from prevista.core.campaigns.record import CONTACTS_SCHEMA, campaign, contacts, members
from prevista.core.duties.action_list import opted_out_keys
from prevista.core.duties.logged import commit_logged
from prevista.core.ingest.detection import detect_mapping
from prevista.core.ingest.parsing import FALSE_WORDS, TRUE_WORDS
from prevista.core.ingest.readers import read_source
from prevista.core.ingest.readers.raw import RawTable
from prevista.core.project.closure import refuse_if_closed
from prevista.privacy import disclosure
from prevista.privacy.errors import InputError
from prevista.privacy.pseudonym import EncryptedIds
from prevista.privacy.schema import KEY, Action, Table
from prevista.privacy.store import ProjectStore

REACHED = re.compile(r"reach|contacted|answered|erreicht|kontaktiert|dotar|skontaktowan|zastižen|kontaktován|nåd|"
                     r"kontaktad|bereikt|contactado|joint|raggiunt", re.I)
ACCEPTED = re.compile(r"accept|convert|took|angenommen|przyję|przyje|přijat|accepterad|accepteret|geaccepteerd|"
                      r"aceptad|accepté|accettat", re.I)


@dataclass(frozen=True)
class ContactsImported:
    campaign: int
    rows: int
    reached: int  # treated members the CRM reports as reached
    accepted: int | None  # None without an accepted column
    not_members: int  # IDs the file names that are not in the campaign's treated arm
    control_reached: int  # control-group members marked reached: contacted against the design
    id_column: str  # the columns the file was read by, said back: they were chosen by name, not by the user
    reached_column: str
    accepted_column: str | None
    log_entry: int


def _column(raw: RawTable, pattern: re.Pattern[str], what: str, required: bool) -> str | None:
    found = [c for c in raw.frame.columns if pattern.search(c)]
    if not found and required:
        raise InputError(raw.source, f"no column says whether each customer was {what}.",
                         hint="Name it e.g. 'reached' (values yes/no).")
    return found[0] if found else None


def _flags(raw: RawTable, column: str) -> pl.Series:
    """yes/no words of the markets Prevista serves; anything else is refused where it stands."""
    text = raw.frame[column].str.strip_chars().str.to_lowercase()
    parsed = pl.select(pl.when(text.is_in(TRUE_WORDS)).then(True).when(text.is_in(FALSE_WORDS)).then(False)
                       .otherwise(None)).to_series()
    bad = (parsed.is_null() & text.is_not_null() & (text != "")).arg_true()
    if bad.len():
        row = int(bad[0])
        raise InputError(raw.source, "the value is neither yes nor no.", location=raw.locate(row, column),
                         column=column, hint="Use yes/no, true/false or 1/0; nothing was imported.")
    return parsed.fill_null(False)


def _keys(store: ProjectStore, raw: RawTable, column: str) -> pl.Series:
    ids = raw.frame[column].str.strip_chars()
    pairs = EncryptedIds(store.keys.encrypted_ids).encrypt_distinct(ids)
    subjects = store.read_table(Table.SUBJECTS)
    keyed = (ids.to_frame("raw_id").join(pairs, on="raw_id", how="left", maintain_order="left")
             .join(subjects, on="eid", how="left", maintain_order="left"))
    return keyed[KEY]


def import_contacts(store: ProjectStore, campaign_id: int, path: Path, *, operator: str) -> ContactsImported:
    """Replace the campaign's contact outcomes with the file's, in one logged commit."""
    refuse_if_closed(store)
    found = campaign(store, campaign_id)
    raw = read_source(Path(path))
    id_column = detect_mapping(raw).id_column() or raw.frame.columns[0]
    reached_column = _column(raw, REACHED, "reached", required=True)
    assert reached_column is not None
    accepted_column = _column(raw, ACCEPTED, "accepted", required=False)
    frame = pl.DataFrame({KEY: _keys(store, raw, id_column), "reached": _flags(raw, reached_column),
                          "accepted": _flags(raw, accepted_column) if accepted_column else
                          pl.repeat(None, raw.frame.height, dtype=pl.Boolean, eager=True).alias("accepted")})
    arms = members(store, campaign_id)
    objected = opted_out_keys(store)
    treated = frame.join(arms.filter(pl.col("treated")).select(KEY), on=KEY, how="semi")
    treated = treated.filter(~pl.col(KEY).is_in(objected.implode())).unique(KEY, keep="last", maintain_order=True)
    control = frame.join(arms.filter(~pl.col("treated")).select(KEY), on=KEY, how="semi")
    rows = treated.with_columns(pl.lit(campaign_id, pl.UInt32).alias("campaign")).select(list(CONTACTS_SCHEMA))
    kept = contacts(store).filter(pl.col("campaign") != campaign_id)
    result: dict[str, Any] = dict(rows=raw.frame.height, reached=int(rows["reached"].sum()),
                  accepted=int(rows["accepted"].sum()) if accepted_column else None,
                  not_members=raw.frame.height - treated.height - control.height,
                  control_reached=int(control["reached"].sum()))
    entry = commit_logged(store, {
        "action": Action.CAMPAIGN_CONTACTS_IMPORTED, "operator": operator, "purpose": found.purpose,
        "legal_basis": found.legal_basis, "campaign": {"id": campaign_id}, "counts": result,
    }, put={Table.CAMPAIGN_CONTACTS: pl.concat([kept, rows.cast(CONTACTS_SCHEMA)])})  # type: ignore[arg-type]
    # how many answered is a figure about the treated arm, released as such; the file's own rows and the control
    # members it names (a breach of the design the user must see, however few) are about the user's file
    shown = {name: disclosure.count(value) if name in ("reached", "accepted") and value is not None else value
             for name, value in result.items()}
    return ContactsImported(campaign_id, **shown, id_column=id_column, reached_column=reached_column,
                            accepted_column=accepted_column, log_entry=entry)
