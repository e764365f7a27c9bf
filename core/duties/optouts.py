"""The opt-out register (right to object, GDPR Art. 21), honoured from the moment it is recorded.

Recording an objection removes the person's rows from every stored table and
score at once, keeps their encrypted ID (or, for an e-mail address not yet
known, its keyed hash) in the register so no later import brings them back,
refreshes the segment counts, and marks the model trained with their data as
due for retraining.  Re-consent removes the register entry; their data comes
back only with the next import.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from prevista.core.duties.logged import commit_logged
from prevista.core.erasure.exclusion import Reason, exclude
from prevista.core.ingest.detection import detect_mapping
from prevista.core.ingest.readers import read_source
from prevista.core.project.closure import refuse_if_closed
from prevista.core.project.settings import purpose_record
from prevista.privacy.errors import ParameterError
from prevista.privacy.lookup import email_token, normalise_email
from prevista.privacy.pseudonym import EncryptedIds
from prevista.privacy.schema import KEY, Action, Table
from prevista.privacy.store import ProjectStore

Schema = Mapping[str, pl.DataType | type[pl.DataType]]  # of the empty stand-in for a table not written yet
_EIDS: Schema = {"eid": pl.String}
_TOKENS: Schema = {"token": pl.String}
_SUBJECTS: Schema = {KEY: pl.UInt32, "eid": pl.String}
_EMAIL_INDEX: Schema = {KEY: pl.UInt32, "token": pl.String}


@dataclass(frozen=True)
class Requests:
    """Who objects: customer IDs as in the CRM, and/or e-mail addresses."""

    ids: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.ids and not self.emails:
            raise ParameterError("Name at least one customer ID or e-mail address.")

    @property
    def size(self) -> int:
        return len(self.ids) + len(self.emails)


@dataclass(frozen=True)
class RegisterSummary:
    """The register in counts only: it is never listed person by person."""

    customers: int  # objections of people the project knows (erasures not included)
    erased: int
    emails_not_yet_known: int


@dataclass(frozen=True)
class OptOutsRecorded:
    customers_with_data: int
    rows_removed: int
    emails_not_yet_known: int
    register_size: int
    log_entry: int


@dataclass(frozen=True)
class ReConsent:
    withdrawn: int
    register_size: int
    log_entry: int


def _table(store: ProjectStore, name: str, schema: Schema) -> pl.DataFrame:
    return store.read_table(name) if store.has_table(name) else pl.DataFrame(schema=schema)


def _tokens(store: ProjectStore, requests: Requests) -> pl.DataFrame:
    return pl.DataFrame({"token": [email_token(store.keys.lookup, e) for e in requests.emails]}, schema=_TOKENS)


def _encrypted(store: ProjectStore, ids: list[str]) -> pl.DataFrame:
    """Encrypted IDs of customer IDs normalised as the import normalises them (surrounding spaces dropped)."""
    return EncryptedIds(store.keys.encrypted_ids).encrypt_distinct(
        pl.Series([i.strip() for i in ids], dtype=pl.String)).select("eid")


def _emails_as_ids(store: ProjectStore, requests: Requests, subjects: pl.DataFrame) -> pl.DataFrame:
    """(eid, token) of addresses that are themselves a known customer ID (an export keyed by e-mail), as
    written or normalised: projects imported before such IDs were indexed as addresses are found too."""
    spellings = [(spelling, email) for email in requests.emails for spelling in {email.strip(), normalise_email(email)}]
    if not spellings:
        return pl.DataFrame(schema={"eid": pl.String, "token": pl.String})
    eids = _encrypted(store, [spelling for spelling, _ in spellings])["eid"]
    pairs = pl.DataFrame({"eid": eids, "token": [email_token(store.keys.lookup, e) for _, e in spellings]})
    return pairs.join(subjects, on="eid", how="semi")


def _resolve(store: ProjectStore, requests: Requests) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(encrypted IDs of the people named, e-mail tokens that matched nobody yet)."""
    eids = _encrypted(store, list(requests.ids))
    tokens = _tokens(store, requests)
    index = _table(store, Table.EMAIL_INDEX, _EMAIL_INDEX)
    subjects = _table(store, Table.SUBJECTS, _SUBJECTS)
    by_email = tokens.join(index, on="token").join(subjects, on=KEY).select("eid")
    as_ids = _emails_as_ids(store, requests, subjects)
    unmatched = tokens.join(index, on="token", how="anti").join(as_ids, on="token", how="anti")
    return pl.concat([eids, by_email, as_ids.select("eid")]).unique(), unmatched


def record_optouts(store: ProjectStore, requests: Requests, *, operator: str,
                   source: str = "manual") -> OptOutsRecorded:
    """Record objections and apply them everywhere, in one atomic, logged step."""
    refuse_if_closed(store)
    eids, unmatched = _resolve(store, requests)
    register = pl.concat([_table(store, Table.OPTOUTS, _EIDS).select("eid"), eids]).unique(maintain_order=True)
    subjects = _table(store, Table.SUBJECTS, _SUBJECTS)
    keys = subjects.filter(pl.col("eid").is_in(eids["eid"].implode()))[KEY]
    exclusion = exclude(store, keys, Reason.OPT_OUT)
    put = {**exclusion.put, Table.OPTOUTS: register}
    if unmatched.height:
        put[Table.OPTOUT_EMAILS] = pl.concat([_table(store, Table.OPTOUT_EMAILS, _TOKENS), unmatched]).unique()
    counts = {"customers_with_data": exclusion.people_with_data, "rows_removed": sum(exclusion.rows_removed.values()),
              "emails_not_yet_known": unmatched.height, "register_size": register.height}
    logged = {name: value for name, value in counts.items() if name != "rows_removed"}  # rows describe the people
    entry = commit_logged(store, {
        "action": Action.OPTOUT_RECORDED, "operator": operator, **purpose_record(store), "source": source,
        "counts": {"requests": requests.size, **logged},
    }, put=put, meta=exclusion.meta)
    return OptOutsRecorded(**counts, log_entry=entry)


def withdraw_optouts(store: ProjectStore, requests: Requests, *, operator: str) -> ReConsent:
    """Re-consent: the register forgets the objection; data returns only with the next import."""
    eids, _ = _resolve(store, requests)
    register = _table(store, Table.OPTOUTS, _EIDS)
    erased = _table(store, Table.ERASED, _EIDS)["eid"]  # an erasure is not undone by re-consent
    kept = register.filter(~pl.col("eid").is_in(eids["eid"].implode()) | pl.col("eid").is_in(erased.implode()))
    put: dict[str, pl.DataFrame] = {Table.OPTOUTS: kept}
    if store.has_table(Table.OPTOUT_EMAILS):
        put[Table.OPTOUT_EMAILS] = store.read_table(Table.OPTOUT_EMAILS).join(_tokens(store, requests), on="token",
                                                                              how="anti")
    withdrawn = register.height - kept.height
    entry = commit_logged(store, {
        "action": Action.OPTOUT_WITHDRAWN, "operator": operator, **purpose_record(store),
        "counts": {"requests": requests.size, "withdrawn": withdrawn, "register_size": kept.height},
    }, put=put)
    return ReConsent(withdrawn, kept.height, entry)


def register_summary(store: ProjectStore) -> RegisterSummary:
    """Counts only: the register is never listed person by person."""
    erased = _table(store, Table.ERASED, _EIDS).height
    return RegisterSummary(customers=_table(store, Table.OPTOUTS, _EIDS).height - erased, erased=erased,
                           emails_not_yet_known=_table(store, Table.OPTOUT_EMAILS, _TOKENS).height)


def requests_from_file(path: Path) -> Requests:
    """IDs or e-mail addresses from a CSV/XLSX/JSON list: the column of e-mails if there is one,
    else the customer-ID column, else the first column."""
    frame = read_source(path).frame
    for column in frame.columns:
        values = frame[column].drop_nulls().str.strip_chars()
        if len(values) and 2 * int(values.str.contains("@").sum()) > len(values):  # mostly addresses
            return Requests(emails=tuple(values.to_list()))
    mapping = detect_mapping(read_source(path))
    column = mapping.id_column() or frame.columns[0]
    return Requests(ids=tuple(frame[column].drop_nulls().str.strip_chars().to_list()))
