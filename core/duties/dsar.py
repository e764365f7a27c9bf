"""Data-subject requests: access (GDPR Art. 15) and erasure (Art. 17) for one person.

A person is found through the encrypted ID of the customer ID they give, so
no plaintext index of customers is ever needed.  Both requests are logged with
counts only; the person's data appears in the access result and in the report
file the key holder chooses to write, nowhere else.

An erased person's encrypted ID is kept in two registers: ``optouts``, the
exclusion every import, feature set, score and action list already honours
(erasure includes objecting to further processing), and ``erased``, which
says why it is there, so the record of processing can count erasures apart
and a later re-consent cannot quietly lift an erasure.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import polars as pl

from prevista.core.duties.logged import commit_logged
from prevista.core.duties.retention import policies
from prevista.core.erasure.exclusion import Reason, exclude
from prevista.core.project.settings import purpose_record, settings
from prevista.core.runtime.outputs import check_outside_projects, write_output
from prevista.privacy.errors import PrevistaError
from prevista.privacy.pseudonym import EncryptedIds
from prevista.privacy.schema import KEY, PER_CUSTOMER, Action, Meta, Table
from prevista.privacy.store import ProjectStore

_EID = {"eid": pl.String}
NOT_HELD = "No data is held for this customer ID."
Rows = Sequence[Mapping[str, Any]]  # one table's rows of one person, as the CRM named the columns


@dataclass(frozen=True)
class Processing:
    """What Art. 15(1) asks besides the data: purposes, legal basis, recipients, storage periods."""

    purpose: str
    legal_basis: str
    recipients: str
    third_country_transfers: str
    retention: Mapping[str, str]  # table → "N months: why"
    source: str


@dataclass(frozen=True)
class AccessWritten:
    """What a front end shows of an access request: where the report is and counts, never the person's data."""

    file: Path
    tables: int
    rows: int
    opted_out: bool
    erased: bool


@dataclass(frozen=True)
class AccessReport:
    """Everything held about one person, decrypted: the content of the report the key holder hands over."""

    customer_id: str
    encrypted_id: str
    generated_at: str
    opted_out: bool
    erased: bool
    segments: tuple[str, ...]
    tables: Mapping[str, Rows]  # per-customer table → the person's rows, dates as ISO text
    processing: Processing

    @property
    def rows(self) -> int:
        return sum(len(rows) for rows in self.tables.values())

    def written_to(self, file: Path) -> AccessWritten:
        """Only counts go back to a screen; the person's data stays in the report file."""
        return AccessWritten(Path(file), len(self.tables), self.rows, self.opted_out, self.erased)


@dataclass(frozen=True)
class ErasureSummary:
    """What erasing one person removes, in counts: shown to the operator before and after it (the log keeps
    only that one person was erased)."""

    rows_removed: Mapping[str, int]  # table → rows
    rows_total: int
    encrypted_id_removed: bool


@dataclass(frozen=True)
class ErasureResult(ErasureSummary):
    log_entry: int


def _register(store: ProjectStore, name: str) -> pl.DataFrame:
    return store.read_table(name).select("eid") if store.has_table(name) else pl.DataFrame(schema=_EID)


def _find(store: ProjectStore, customer_id: str) -> tuple[str, int | None]:
    """(encrypted ID, customer key or None when only a register knows them); unknown people are an error."""
    if not customer_id or not customer_id.strip():
        raise PrevistaError("Name the customer ID exactly as it appears in the CRM export.")
    eid = EncryptedIds(store.keys.encrypted_ids).encrypt(customer_id.strip())
    subjects = store.read_table(Table.SUBJECTS) if store.has_table(Table.SUBJECTS) else pl.DataFrame(schema={KEY: pl.UInt32, **_EID})
    found = subjects.filter(pl.col("eid") == eid)
    if found.height:
        return eid, int(found[KEY][0])
    if any(_register(store, name)["eid"].is_in([eid]).any() for name in (Table.OPTOUTS, Table.ERASED)):
        return eid, None
    raise PrevistaError(NOT_HELD)


def _is_in(store: ProjectStore, name: str, eid: str) -> bool:
    return bool(_register(store, name)["eid"].is_in([eid]).any())


# ----- access ---------------------------------------------------------------------------------
def _rows(store: ProjectStore, key: int | None) -> dict[str, Rows]:
    """The person's rows in every per-customer table, dates as ISO text (JSON-safe)."""
    if key is None:
        return {}
    found: dict[str, Rows] = {}
    for name in PER_CUSTOMER:
        if store.has_table(name):
            rows = store.read_table(name).filter(pl.col(KEY) == key).drop(KEY)
            if rows.height:
                found[name] = tuple(json.loads(rows.write_json()))
    return found


def _segment_names(store: ProjectStore, tables: Mapping[str, Rows]) -> tuple[str, ...]:
    segments = {row["segment"]: row.get("name") for row in (store.meta(Meta.SEGMENTS) or {}).get("segments", [])}
    return tuple(segments[row["segment"]] for row in tables.get(Table.SCORES, ()) if row.get("segment") in segments)


def _processing(store: ProjectStore) -> Processing:
    current = settings(store)
    return Processing(**purpose_record(store), recipients=current.recipients,
                      third_country_transfers=current.third_country_transfers,
                      retention={table: f"{p.months} months: {p.basis}" for table, p in policies(store).items()},
                      source="the CRM exports the business imported")


def access_request(store: ProjectStore, customer_id: str, *, operator: str,
                   now: datetime | None = None, out: Path | None = None) -> AccessReport:
    """Everything held about one person, decrypted, for the key holder to hand over; logged as counts.

    With ``out`` the report is written there first and logged only once it exists."""
    if out is not None:
        check_outside_projects(Path(out), "the access report", store.root)
    eid, key = _find(store, customer_id)
    tables = _rows(store, key)
    report = AccessReport(
        customer_id=customer_id.strip(), encrypted_id=eid,
        generated_at=(now or datetime.now(timezone.utc)).isoformat(timespec="seconds"),
        opted_out=_is_in(store, Table.OPTOUTS, eid), erased=_is_in(store, Table.ERASED, eid),
        segments=_segment_names(store, tables), tables=tables, processing=_processing(store),
    )
    if out is not None:
        write_access_report(report, Path(out))
    store.record({"action": Action.DSAR_ACCESS, "operator": operator, **purpose_record(store),
                  "counts": {"people": 1}})  # how much one person has is their data: it stays out of the log
    return report


def _html_table(name: str, rows: Rows) -> str:
    columns = list(dict.fromkeys(c for row in rows for c in row))
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{html.escape('' if row.get(c) is None else str(row.get(c)))}</td>"
                                    for c in columns) + "</tr>" for row in rows)
    return f"<h2>{html.escape(name)} ({len(rows)})</h2><table><tr>{head}</tr>{body}</table>"


def _facts(report: AccessReport) -> dict[str, Any]:
    """The page's heading table: who, when, the register, the segment and how the data is processed."""
    processing = {name: value for name, value in asdict(report.processing).items() if name != "retention"}
    return {"Customer ID": report.customer_id, "Report prepared": report.generated_at,
            "On the opt-out register": "yes" if report.opted_out else "no",
            "Segment": ", ".join(report.segments) or "none",
            **{k.replace("_", " ").capitalize(): v for k, v in processing.items()}}


def access_report_html(report: AccessReport) -> str:
    """A self-contained page (no scripts, no external resources) any browser opens and prints."""
    items = "".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(str(v))}</td></tr>"
                    for k, v in _facts(report).items())
    retention = "".join(f"<li>{html.escape(t)}: {html.escape(text)}</li>"
                        for t, text in report.processing.retention.items())
    tables = "".join(_html_table(name, rows) for name, rows in report.tables.items()) or "<p>No records.</p>"
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Data held about you</title>"
            "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:1.5em}"
            "th,td{border:1px solid #bbb;padding:.25em .5em;text-align:left;font-size:.9em}</style></head><body>"
            f"<h1>Data held about you</h1><table>{items}</table><h2>How long it is kept</h2><ul>{retention}</ul>"
            f"{tables}</body></html>")


def write_access_report(report: AccessReport, path: Path) -> Path:
    """The one deliberate plaintext export: refused inside a project folder, where nothing may be readable."""
    return write_output(Path(path), access_report_html(report).encode("utf-8"), "the access report")


# ----- erasure --------------------------------------------------------------------------------
@dataclass(frozen=True)
class ErasurePlan:
    """What erasing one person would remove; counts only in what it shows."""

    summary: ErasureSummary
    log_seq: int  # the project state the plan was made for
    put: Mapping[str, pl.DataFrame] = field(repr=False, default_factory=dict)
    meta: Mapping[str, Any] = field(repr=False, default_factory=dict)  # the card marked, segments, forecast


def _with(register: pl.DataFrame, eid: str) -> pl.DataFrame:
    return pl.concat([register, pl.DataFrame({"eid": [eid]})]).unique(maintain_order=True)


def plan_erasure(store: ProjectStore, customer_id: str) -> ErasurePlan:
    """Work out the erasure without writing: their rows everywhere, their subject entry, the suppression."""
    eid, key = _find(store, customer_id)
    keys = pl.Series(KEY, [] if key is None else [key], pl.UInt32)
    exclusion = exclude(store, keys, Reason.ERASURE)
    put, rows = dict(exclusion.put), dict(exclusion.rows_removed)
    if key is not None:
        put[Table.SUBJECTS] = store.read_table(Table.SUBJECTS).filter(pl.col(KEY) != key)
    put[Table.OPTOUTS] = _with(_register(store, Table.OPTOUTS), eid)
    put[Table.ERASED] = _with(_register(store, Table.ERASED), eid)
    summary = ErasureSummary(rows, sum(rows.values()), encrypted_id_removed=key is not None)
    return ErasurePlan(summary, int(store.log_pointer["seq"]), put, exclusion.meta)


def execute_erasure(store: ProjectStore, plan: ErasurePlan, *, operator: str) -> ErasureResult:
    """Erase in one commit (the store shreds the replaced files), mark the model, log the counts."""
    if plan.log_seq != store.log_pointer["seq"]:
        raise PrevistaError("The project changed since this erasure was planned; plan it again.")
    summary = asdict(plan.summary)
    entry = commit_logged(store, {  # one person's row counts would describe them: the log has people only
        "action": Action.DSAR_ERASURE, "operator": operator, **purpose_record(store),
        "counts": {"people": 1, "erased_register_size": plan.put[Table.ERASED].height},
    }, put=plan.put, meta=plan.meta)
    return ErasureResult(**summary, log_entry=entry)


def erasure_request(store: ProjectStore, customer_id: str, *, operator: str) -> ErasureResult:
    """Plan and execute in one call, for callers that have already confirmed with the user."""
    return execute_erasure(store, plan_erasure(store, customer_id), operator=operator)
