"""The record of processing activities (GDPR Art. 30(1)) a DPO files and hands to a supervisory authority.

Everything comes from what the project already holds: the settings (controller,
recipients, retention, measures), the stored schema and table sizes, and the
verified processing log (purposes, legal bases, opt-outs, retention runs,
erasures, trainings).  Only counts, dates, column names and model IDs appear:
never a customer, an encrypted ID or a value of one person.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from prevista.core.duties.retention import policies
from prevista.core.ingest.importer import DATA_CATEGORIES
from prevista.core.ingest.mapping import StoredColumn, StoredSchema
from prevista.core.project.settings import ProjectSettings, purpose_record, settings
from prevista.core.reports import html, pdf
from prevista.core.reports.layout import (
    Block,
    Bullets,
    Document,
    Fields,
    Paragraph,
    Section,
    Table,
)
from prevista.core.reports.output import write_document
from prevista.core.reports.reidentification import ReidentificationRisk, reidentification_risk
from prevista.privacy.disclosure import count
from prevista.privacy.schema import Action, Meta, TableKind
from prevista.privacy.schema import Table as StoredTable
from prevista.privacy.store import ProjectStore

TITLE = "Record of processing activities (GDPR Art. 30)"
HEADINGS = {
    "controller": "1. Controller and data protection officer",
    "purposes": "2. Purposes of the processing and legal bases",
    "subjects": "3. Categories of data subjects",
    "data": "4. Categories of personal data",
    "recipients": "5. Recipients and transfers to third countries",
    "retention": "6. Retention periods",
    "measures": "7. Technical and organisational measures",
    "counts": "8. Data held",
    "optouts": "9. Opt-outs honoured",
    "retention_runs": "10. Retention runs and erasures",
    "models": "11. Models trained",
    "risk": "12. Re-identification risk",
    "log": "13. Processing log",
}
NOT_CONFIGURED = "not configured (project setting '{key}')"
# the settings the record prints as they are (Art. 30(1)(a), (d), (e), (g)); empty ones print NOT_CONFIGURED
RECORD_SETTINGS = ("controller_name", "controller_contact", "dpo_contact", "recipients", "third_country_transfers",
                   "organisational_measures")
DATA_SUBJECTS = "Customers and contacts of the controller (persons in the imported CRM exports)"
RETENTION_RUNS = (Action.RETENTION_CLEANUP,)
ERASURES = (Action.DSAR_ERASURE, Action.PILOT_CLOSED)  # closing a pilot erases everyone
PER_PERSON = (Action.DSAR_ACCESS, Action.DSAR_ERASURE, Action.OPTOUT_RECORDED)  # steps about one or a few people
OPTOUT_CHANGES = (Action.OPTOUT_RECORDED, Action.OPTOUT_WITHDRAWN)
RETENTION_INTRO = ("Limits per table, enforced by Prevista's retention cleanup (expired rows are deleted and "
                   "the replaced files crypto-shredded):")
TABLE_CATEGORIES = {kind.value: text for kind, text in DATA_CATEGORIES.items()}


LogEntry = dict[str, Any]  # one processing-log entry as the log stores it (free-form JSON)


@dataclass(frozen=True)
class Controller:
    name: str
    contact: str
    dpo_contact: str


@dataclass(frozen=True)
class PurposeUse:
    """A purpose and legal basis, and the logged steps that stated them (none for the configured default)."""

    purpose: str
    legal_basis: str
    steps: int
    first: str
    last: str


@dataclass(frozen=True)
class RetentionLimits:
    description: str
    policies: tuple[str, ...]


@dataclass(frozen=True)
class Measures:
    technical: tuple[str, ...]
    organisational: str


@dataclass(frozen=True)
class DataHeld:
    data_subjects: int
    opt_out_register: int
    identity_table: bool
    tables: Mapping[str, int]


@dataclass(frozen=True)
class LoggedEvent:
    """A logged step as the record lists it: when, what, and its numeric counts as readable lines."""

    time: str
    action: str
    counts: tuple[str, ...]


@dataclass(frozen=True)
class OptOutHistory:
    register_size: int
    recorded: int
    withdrawn: int
    rows_removed_at_import: int
    events: tuple[LoggedEvent, ...]


@dataclass(frozen=True)
class ModelTrained:
    time: str
    model_id: str
    model: str
    customers_scored: int


@dataclass(frozen=True)
class LogSummary:
    entries: int
    verified: bool
    problem: str | None
    first_bad_entry: int | None
    signatures_checked: bool
    first: str
    last: str
    key_fingerprint: str  # of the project's log key, from the sealed manifest: what the DPO keeps


@dataclass(frozen=True)
class SpecialCategoryColumn:
    """A stored column that looked like Art. 9 data (by name or values) and was imported with explicit consent."""

    table: str
    column: str
    category: str


@dataclass(frozen=True)
class Art30Record:
    """All Art. 30(1) items plus what was actually done; field names are the keys of ``report art30 --json``."""

    title: str
    generated: str
    project_id: str
    controller: Controller
    purposes: tuple[PurposeUse, ...]
    data_subjects: str
    data_categories: tuple[str, ...]
    special_categories: tuple[str, ...]
    special_category_columns: tuple[SpecialCategoryColumn, ...]
    stored_columns: Mapping[str, tuple[str, ...]]
    recipients: str
    third_country_transfers: str
    retention: RetentionLimits
    measures: Measures
    counts: DataHeld
    opt_outs: OptOutHistory
    retention_runs: tuple[LoggedEvent, ...]
    erasures: tuple[LoggedEvent, ...]
    models: tuple[ModelTrained, ...]
    reidentification: ReidentificationRisk
    log: LogSummary


# ----- gathering ---------------------------------------------------------------------
def _configured(value: str, key: str) -> str:
    return value.strip() or NOT_CONFIGURED.format(key=key)


def missing_settings(current: ProjectSettings) -> tuple[str, ...]:
    """The settings the record would print as "not configured": asked for before it is written."""
    return tuple(name for name in RECORD_SETTINGS if not str(getattr(current, name)).strip())


def _when(entry: LogEntry) -> str:
    return str(entry.get("time", ""))[:16].replace("T", " ") + " UTC"


def _numbers(counts: Any, prefix: str = "") -> list[str]:
    """Numeric leaves of a log entry's counts, flattened; anything else (text, lists) is left out."""
    if isinstance(counts, dict):
        return [n for k, v in counts.items() for n in _numbers(v, f"{prefix}{k.replace('_', ' ')} ")]
    if isinstance(counts, (int, float)) and not isinstance(counts, bool):
        return [f"{prefix.strip()}: {counts}"]
    return []


def _event(entry: LogEntry) -> LoggedEvent:
    """Logs from before version 1.3 counted one person's rows per table at an access, erasure or opt-out;
    those counts describe the person and are left out of the record."""
    counts = entry.get("counts", {})
    if entry.get("action") in PER_PERSON and isinstance(counts, dict):
        counts = {name: value for name, value in counts.items() if not name.startswith(("rows", "tables"))}
    return LoggedEvent(_when(entry), str(entry.get("action", "")), tuple(_numbers(counts)))


def _purposes(entries: list[LogEntry], current: dict[str, str]) -> tuple[PurposeUse, ...]:
    """Every purpose and legal basis the log states, in order of first use; the configured default last if unused."""
    grouped: dict[tuple[str, str], list[LogEntry]] = {}
    for entry in (e for e in entries if e.get("purpose")):
        grouped.setdefault((entry["purpose"], entry.get("legal_basis", "")), []).append(entry)
    uses = [PurposeUse(purpose, basis, len(steps), _when(steps[0]), _when(steps[-1]))
            for (purpose, basis), steps in grouped.items()]
    default = (current["purpose"], current["legal_basis"])
    return (*uses, *([] if default in grouped else [PurposeUse(*default, steps=0, first="", last="")]))


def _data_categories(entries: list[LogEntry]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for entry in entries:
        for category in entry.get("data_categories") or []:
            seen.setdefault(TABLE_CATEGORIES.get(category, category))
    return tuple(seen)


def _column_use(column: str, spec: StoredColumn) -> str:
    meaning = spec.get("meaning")
    return f"{column} ({spec.get('role')}{', ' + meaning if meaning else ''})"


def _stored_columns(schema: StoredSchema) -> dict[str, tuple[str, ...]]:
    """Column names and what they are used as: a DPO checks that no direct identifier is among them."""
    return {table: tuple(_column_use(column, spec) for column, spec in columns.items())
            for table, columns in sorted(schema.items())}


def _special_columns(schema: StoredSchema) -> tuple[SpecialCategoryColumn, ...]:
    """Art. 9 columns held now, per table: the schema keeps each stored column's detected category."""
    return tuple(SpecialCategoryColumn(table, column, category)
                 for table, columns in sorted(schema.items()) for column, spec in columns.items()
                 if (category := spec.get("special_category")))


def _special_categories(entries: list[LogEntry], columns: tuple[SpecialCategoryColumn, ...]) -> tuple[str, ...]:
    """Categories ever imported with consent (the log) and those held now (the schema, for older logs)."""
    logged = {c for e in entries for c in e.get("special_categories_with_explicit_consent") or []}
    return tuple(sorted(logged | {c.category for c in columns}))


def _retention(store: ProjectStore, description: str) -> RetentionLimits:
    """The limits the cleanup enforces (defaults included: a table nobody configured still has one)."""
    return RetentionLimits(description.strip() or RETENTION_INTRO,
                           tuple(f"{table}: {p.months} months — {p.basis}" for table, p in policies(store).items()))


def _technical_measures(store: ProjectStore, k: int) -> tuple[str, ...]:
    kdf = ProjectStore.read_header(store.root)["kdf"]
    identities = ("kept only in a separately keyed identity table, for the logged action-list step"
                  if store.has_table(StoredTable.IDENTITIES) else "dropped at import and not stored")
    return (
        "Offline processing: Prevista makes no network connections; data, models and reports stay on this computer.",
        (f"Encryption at rest: the passphrase is stretched with Argon2id ({kdf['memory_kib'] // 1024} MiB, "
         f"{kdf['iterations']} iterations, parallelism {kdf['lanes']}) into a key that wraps the project master key; "
         "every table file is sealed with AES-256-GCM under its own random data key."),
        ("Pseudonymization: customer IDs are replaced by encrypted IDs (deterministic AES-SIV under a project "
         "subkey), reversible only with the key; analysis tables hold a numeric key only."),
        f"Direct identifiers (names, e-mail addresses, phone numbers, postal addresses): {identities}.",
        "Crypto-shredding: replaced or deleted table files lose their data keys, so copies left on disk are unreadable.",
        ("Tamper-evident processing log: hash-chained entries signed with Ed25519 and a signed head; a DPO verifies "
         "it with the public key alone, without the data passphrase."),
        "Opt-out register (right to object, Art. 21): honoured at every import, training, scoring and export.",
        (f"Minimum segment size k = {k}: results are shown per segment; smaller segments are merged or suppressed; "
         "individuals appear only through a logged, purpose-bound action list that excludes opt-outs."),
        ("Special categories of data (Art. 9), recognised by column name in six languages and by values (religions, "
         "diagnoses, parties, ethnicities, halal/kosher), are refused at import unless explicit consent is recorded."),
    )


def _rows(store: ProjectStore, name: str) -> int:
    return int(store.table_info(name).get("rows", 0)) if store.has_table(name) else 0


def _counts(store: ProjectStore) -> DataHeld:
    """Released to fives: two records around one erasure must not give that person's rows per table."""
    return DataHeld(count(_rows(store, StoredTable.SUBJECTS)), count(_rows(store, StoredTable.OPTOUTS)),
                    store.has_table(StoredTable.IDENTITIES),
                    {kind.value: count(_rows(store, kind.value)) for kind in TableKind if store.has_table(kind.value)})


def _matching(entries: list[LogEntry], actions: tuple[Action, ...]) -> tuple[LoggedEvent, ...]:
    return tuple(_event(e) for e in entries if e.get("action") in actions)


def _optouts(entries: list[LogEntry], register: int) -> OptOutHistory:
    events = _matching(entries, OPTOUT_CHANGES)
    removed_at_import = sum(int(e.get("counts", {}).get("rows_removed_for_opt_out", 0))
                            for e in entries if e.get("action") == Action.IMPORT)
    return OptOutHistory(count(register), sum(e.action == Action.OPTOUT_RECORDED for e in events),
                         sum(e.action == Action.OPTOUT_WITHDRAWN for e in events), count(removed_at_import), events)


def _models(entries: list[LogEntry]) -> tuple[ModelTrained, ...]:
    return tuple(ModelTrained(_when(e), str(e.get("model_id", "")), str(e.get("details", {}).get("model", "")),
                              count(int(e.get("counts", {}).get("customers_scored", 0))))
                 for e in entries if e.get("action") == Action.TRAIN)


def _log(store: ProjectStore) -> tuple[LogSummary, list[LogEntry]]:
    """A log that does not verify cannot vouch for anything, so its entries are not used at all."""
    result = store.log.verify()
    entries = store.log.entries() if result.ok else []
    summary = LogSummary(result.entries, result.ok, result.problem, result.first_bad, result.signatures_checked,
                         _when(entries[0]) if entries else "", _when(entries[-1]) if entries else "",
                         store.log_key_fingerprint())
    return summary, entries


def record_of_processing(store: ProjectStore) -> Art30Record:
    """All Art. 30(1) items plus what was actually done, gathered from the settings, the tables and the log."""
    current = settings(store)
    log, entries = _log(store)
    risk = reidentification_risk(store)
    schema: StoredSchema = store.meta(Meta.SCHEMA, {})
    special_columns = _special_columns(schema)
    return Art30Record(
        title=TITLE,
        generated=datetime.now(UTC).isoformat(timespec="seconds"),
        project_id=store.project_id,
        controller=Controller(_configured(current.controller_name, "controller_name"),
                              _configured(current.controller_contact, "controller_contact"),
                              _configured(current.dpo_contact, "dpo_contact")),
        purposes=_purposes(entries, purpose_record(store)),
        data_subjects=DATA_SUBJECTS,
        data_categories=_data_categories(entries),
        special_categories=_special_categories(entries, special_columns),
        special_category_columns=special_columns,
        stored_columns=_stored_columns(schema),
        recipients=_configured(current.recipients, "recipients"),
        third_country_transfers=_configured(current.third_country_transfers, "third_country_transfers"),
        retention=_retention(store, current.retention_description),
        measures=Measures(_technical_measures(store, risk.k),
                          _configured(current.organisational_measures, "organisational_measures")),
        counts=_counts(store),
        opt_outs=_optouts(entries, _rows(store, StoredTable.OPTOUTS)),
        retention_runs=_matching(entries, RETENTION_RUNS),
        erasures=_matching(entries, ERASURES),
        models=_models(entries),
        reidentification=risk,
        log=log,
    )


# ----- layout ------------------------------------------------------------------------
def _events_table(events: tuple[LoggedEvent, ...], empty: str) -> Table:
    return Table(["When", "Action", "Counts"], [[e.time, e.action, "; ".join(e.counts)] for e in events], empty)


def _controller(record: Art30Record) -> list[Block]:
    c = record.controller
    return [Fields([("Controller", c.name), ("Contact", c.contact), ("Data protection officer", c.dpo_contact),
                    ("Project", record.project_id)])]


def _purpose_blocks(record: Art30Record) -> list[Block]:
    rows = [[p.purpose, p.legal_basis, str(p.steps), f"{p.first} – {p.last}" if p.steps else "—"]
            for p in record.purposes]
    return [Table(["Purpose", "Legal basis", "Logged steps", "Period"], rows)]


def _data_blocks(record: Art30Record) -> list[Block]:
    special = record.special_categories
    columns = [[table, ", ".join(cols)] for table, cols in record.stored_columns.items()]
    return [Bullets(record.data_categories or ("No data imported yet.",)),
            Paragraph("Special categories (Art. 9) processed with explicit consent: "
                      + (", ".join(special) if special else "none.")),
            Table(["Table", "Column", "Special category (Art. 9)"],
                  [[c.table, c.column, c.category] for c in record.special_category_columns],
                  "No special-category column is stored."),
            Paragraph("Columns stored for analysis (after pseudonymization):"),
            Table(["Table", "Columns (use, meaning)"], columns, "No tables stored.")]


def _retention_blocks(record: Art30Record) -> list[Block]:
    retention = record.retention
    limits = [Bullets(retention.policies)] if retention.policies else []
    return [Paragraph(retention.description), *limits]


def _counts_blocks(record: Art30Record) -> list[Block]:
    counts = record.counts
    rows = [("Data subjects (encrypted IDs)", str(counts.data_subjects)),
            ("Opt-out register", str(counts.opt_out_register)),
            ("Identity table", "kept under a separate key" if counts.identity_table else "not kept")]
    rows += [(f"Rows in '{table}'", str(n)) for table, n in counts.tables.items()]
    return [Fields(rows)]


def _optout_blocks(record: Art30Record) -> list[Block]:
    o = record.opt_outs
    return [Fields([("Customers in the opt-out register", str(o.register_size)),
                    ("Opt-out recordings", str(o.recorded)), ("Re-consents (withdrawn opt-outs)", str(o.withdrawn)),
                    ("Rows of opted-out customers removed at import", str(o.rows_removed_at_import))]),
            _events_table(o.events, "No opt-outs recorded after import.")]


def _retention_run_blocks(record: Art30Record) -> list[Block]:
    runs, erasures = record.retention_runs, record.erasures
    return [Paragraph(f"Retention runs carried out: {len(runs)}."),
            _events_table(runs, "No retention cleanup has been run."),
            Paragraph(f"Erasures carried out (Art. 17): {len(erasures)}."),
            _events_table(erasures, "No erasure has been carried out.")]


def _model_blocks(record: Art30Record) -> list[Block]:
    rows = [[m.time, m.model_id, m.model, str(m.customers_scored)] for m in record.models]
    return [Table(["When", "Model ID", "Model", "Customers scored"], rows, "No model has been trained.")]


def _share(value: float) -> str:
    return f"{value:.3f} ({value:.1%})"


def _risk_blocks(record: Art30Record) -> list[Block]:
    r = record.reidentification
    blocks: list[Block] = [Paragraph(r.summary), Fields([
        ("Records (customer table)", str(r.records)),
        ("Quasi-identifiers", ", ".join(r.quasi_identifiers) or "none"),
        ("Minimum class size k", str(r.k)),
        ("Equivalence classes", f"{r.equivalence_classes} (smallest: {r.smallest_class})"),
        ("Unique records", f"{r.unique_records} ({r.unique_share:.1%})"),
        ("Records in classes below k", f"{r.below_k_records} ({r.below_k_share:.1%})"),
        ("Prosecutor risk, highest", _share(r.prosecutor_risk.max)),
        ("Prosecutor risk, average", _share(r.prosecutor_risk.average)),
        ("Journalist risk, highest / average",
         f"{_share(r.journalist_risk.max)} / {_share(r.journalist_risk.average)}"),
        ("Marketer risk", _share(r.marketer_risk.value)),
        ("Risk level", r.level),
    ]), Paragraph(r.journalist_risk.note + " " + r.marketer_risk.note)]
    if r.columns:
        blocks.append(Table(["Column dropped", "Unique without it", "Below k without it"],
                            [[c.column, f"{c.unique_share_without:.1%}", f"{c.below_k_share_without:.1%}"]
                             for c in r.columns]))
    if r.suggestions:
        blocks += [Paragraph("Suggestions to lower the risk:"), Bullets(r.suggestions)]
    return blocks


def _log_blocks(record: Art30Record) -> list[Block]:
    log = record.log
    state = ("verified (hash chain, signatures and signed head)" if log.verified
             else f"DOES NOT VERIFY — entry {log.first_bad_entry}: {log.problem}. "
                  "The activity sections above are left empty because the log cannot vouch for them.")
    return [Fields([("Entries", str(log.entries)), ("State", state),
                    ("Period", f"{log.first} – {log.last}" if log.first else "—"),
                    ("Log key fingerprint (SHA-256)", log.key_fingerprint)]),
            Paragraph("A DPO can check the log without the data passphrase, against the fingerprint kept on file "
                      "(not the key file beside the log, which anyone could replace): prevista audit verify --log "
                      "processing-log.jsonl --pubkey processing-log.pub --fingerprint " + log.key_fingerprint)]


def document(record: Art30Record) -> Document:
    """One layout for both formats, so the HTML and the PDF always carry the same sections."""
    blocks: dict[str, list[Block]] = {
        "controller": _controller(record),
        "purposes": _purpose_blocks(record),
        "subjects": [Paragraph(record.data_subjects + ".")],
        "data": _data_blocks(record),
        "recipients": [Fields([("Recipients", record.recipients),
                               ("Transfers to third countries", record.third_country_transfers)])],
        "retention": _retention_blocks(record),
        "measures": [Paragraph("Technical measures built into Prevista:"), Bullets(record.measures.technical),
                     Paragraph("Organisational measures of the controller: " + record.measures.organisational)],
        "counts": _counts_blocks(record),
        "optouts": _optout_blocks(record),
        "retention_runs": _retention_run_blocks(record),
        "models": _model_blocks(record),
        "risk": _risk_blocks(record),
        "log": _log_blocks(record),
    }
    generated = record.generated[:16].replace("T", " ")
    return Document(record.title, f"Generated by Prevista on {generated} UTC. Aggregates only: "
                    "this record contains no personal data.",
                    [Section(HEADINGS[key], blocks[key]) for key in HEADINGS])


def render_html(record: Art30Record) -> str:
    return html.render(document(record))


def render_pdf(record: Art30Record) -> bytes:
    return pdf.render(document(record))


def write_record(store: ProjectStore, record: Art30Record, path: Path, fmt: str, *, operator: str) -> Path:
    """Write the record as PDF or HTML and log that it was produced (a DPO asks who printed what, when)."""
    return write_document(store, document(record), path, fmt, {"action": Action.REPORT_ART30, "operator": operator})
