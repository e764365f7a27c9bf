"""The opt-out register (right to object, GDPR Art. 21), honoured from the moment it is recorded.

Recording an objection removes the person's rows from every stored table and
score at once, keeps their encrypted ID (or, for an e-mail address not yet
known, its keyed hash) in the register so no later import brings them back,
refreshes the segment counts, and marks the model trained with their data as
due for retraining.  Re-consent removes the register entry; their data comes
back only with the next import.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from prevista.core.duties.retention import model_meta_after_removal, without_customers
from prevista.core.ingest.detection import detect_mapping
from prevista.core.ingest.readers import read_source
from prevista.core.project.closure import refuse_if_closed
from prevista.core.project.settings import purpose_record
from prevista.privacy.errors import PrevistaError
from prevista.privacy.lookup import email_token
from prevista.privacy.pseudonym import EncryptedIds
from prevista.privacy.schema import KEY, PER_CUSTOMER, Action, Meta, Table
from prevista.privacy.store import ProjectStore


@dataclass(frozen=True)
class Requests:
    """Who objects: customer IDs as in the CRM, and/or e-mail addresses."""

    ids: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.ids and not self.emails:
            raise PrevistaError("Name at least one customer ID or e-mail address.")


def _table(store: ProjectStore, name: str, schema: dict[str, pl.DataType]) -> pl.DataFrame:
    return store.read_table(name) if store.has_table(name) else pl.DataFrame(schema=schema)


def _resolve(store: ProjectStore, requests: Requests) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(encrypted IDs of the people named, e-mail tokens that matched nobody yet)."""
    eids = EncryptedIds(store.keys.encrypted_ids).encrypt_distinct(pl.Series([i.strip() for i in requests.ids],
                                                                             dtype=pl.String)).select("eid")
    tokens = pl.DataFrame({"token": [email_token(store.keys.lookup, e) for e in requests.emails]},
                          schema={"token": pl.String})
    index = _table(store, Table.EMAIL_INDEX, {KEY: pl.UInt32, "token": pl.String})
    subjects = _table(store, Table.SUBJECTS, {KEY: pl.UInt32, "eid": pl.String})
    by_email = tokens.join(index, on="token").join(subjects, on=KEY).select("eid")
    unmatched = tokens.join(index, on="token", how="anti")
    return pl.concat([eids, by_email]).unique(), unmatched


def record_optouts(store: ProjectStore, requests: Requests, *, operator: str, source: str = "manual") -> dict[str, Any]:
    """Record objections and apply them everywhere, in one atomic, logged step."""
    refuse_if_closed(store)
    eids, unmatched = _resolve(store, requests)
    register = pl.concat([_table(store, Table.OPTOUTS, {"eid": pl.String}).select("eid"), eids]).unique(maintain_order=True)
    subjects = _table(store, Table.SUBJECTS, {KEY: pl.UInt32, "eid": pl.String})
    keys = subjects.filter(pl.col("eid").is_in(eids["eid"].implode()))[KEY]
    put = without_customers(store, keys)
    customers_with_data = int(keys.len())
    put[Table.OPTOUTS] = register
    if unmatched.height:
        put[Table.OPTOUT_EMAILS] = pl.concat([_table(store, Table.OPTOUT_EMAILS, {"token": pl.String}), unmatched]).unique()
    rows_removed = sum(store.table_info(n)["rows"] - f.height for n, f in put.items() if n in PER_CUSTOMER)
    card = store.meta(Meta.MODEL_CARD) or {}
    meta = model_meta_after_removal(store, put, "opt_outs_since_training",
                                    card.get("opt_outs_since_training", 0) + customers_with_data) if customers_with_data else {}
    entry = store.commit(put=put, meta=meta, log_record={
        "action": Action.OPTOUT_RECORDED, "operator": operator, **purpose_record(store), "source": source,
        "counts": {"requests": len(requests.ids) + len(requests.emails), "customers_with_data": customers_with_data,
                   "rows_removed": rows_removed, "emails_not_yet_known": unmatched.height,
                   "register_size": register.height},
    })
    return {"customers_with_data": customers_with_data, "rows_removed": rows_removed,
            "emails_not_yet_known": unmatched.height, "register_size": register.height, "log_entry": entry["seq"]}


def withdraw_optouts(store: ProjectStore, requests: Requests, *, operator: str) -> dict[str, Any]:
    """Re-consent: the register forgets the objection; data returns only with the next import."""
    eids, _ = _resolve(store, requests)
    register = _table(store, Table.OPTOUTS, {"eid": pl.String})
    erased = _table(store, Table.ERASED, {"eid": pl.String})["eid"]  # an erasure is not undone by re-consent
    kept = register.filter(~pl.col("eid").is_in(eids["eid"].implode()) | pl.col("eid").is_in(erased.implode()))
    put = {Table.OPTOUTS: kept}
    tokens = pl.DataFrame({"token": [email_token(store.keys.lookup, e) for e in requests.emails]},
                          schema={"token": pl.String})
    if store.has_table(Table.OPTOUT_EMAILS):
        put[Table.OPTOUT_EMAILS] = store.read_table(Table.OPTOUT_EMAILS).join(tokens, on="token", how="anti")
    withdrawn = register.height - kept.height
    entry = store.commit(put=put, log_record={
        "action": Action.OPTOUT_WITHDRAWN, "operator": operator, **purpose_record(store),
        "counts": {"requests": len(requests.ids) + len(requests.emails), "withdrawn": withdrawn,
                   "register_size": kept.height},
    })
    return {"withdrawn": withdrawn, "register_size": kept.height, "log_entry": entry["seq"]}


def register_summary(store: ProjectStore) -> dict[str, int]:
    """Counts only: the register is never listed person by person."""
    erased = _table(store, Table.ERASED, {"eid": pl.String}).height
    return {"customers": _table(store, Table.OPTOUTS, {"eid": pl.String}).height - erased, "erased": erased,
            "emails_not_yet_known": _table(store, Table.OPTOUT_EMAILS, {"token": pl.String}).height}


def requests_from_file(path: Path) -> Requests:
    """IDs or e-mail addresses from a CSV/XLSX/JSON list: the column of e-mails if there is one,
    else the customer-ID column, else the first column."""
    frame = read_source(path).frame
    for column in frame.columns:
        values = frame[column].drop_nulls().str.strip_chars()
        if len(values) and values.str.contains("@").mean() > 0.5:
            return Requests(emails=tuple(values.to_list()))
    mapping = detect_mapping(read_source(path))
    column = mapping.id_column() or frame.columns[0]
    return Requests(ids=tuple(frame[column].drop_nulls().str.strip_chars().to_list()))
