"""The record of processing activities (GDPR Art. 30(1)) a DPO files and hands to a supervisory authority.

Everything comes from what the project already holds: the settings (controller,
recipients, retention, measures), the stored schema and table sizes, and the
verified processing log (purposes, legal bases, opt-outs, retention runs,
erasures, trainings).  Only counts, dates, column names and model IDs appear:
never a customer, an encrypted ID or a value of one person.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from prevista.core.duties.retention import policies
from prevista.core.ingest.importer import DATA_CATEGORIES
from prevista.core.project.settings import purpose_record, settings
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
from prevista.core.reports.reidentification import reidentification_risk
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
DATA_SUBJECTS = "Customers and contacts of the controller (persons in the imported CRM exports)"
RETENTION_RUNS = (Action.RETENTION_CLEANUP,)
ERASURES = (Action.DSAR_ERASURE, Action.PILOT_CLOSED)  # closing a pilot erases everyone
OPTOUT_CHANGES = (Action.OPTOUT_RECORDED, Action.OPTOUT_WITHDRAWN)
RETENTION_INTRO = ("Limits per table, enforced by Prevista's retention cleanup (expired rows are deleted and "
                   "the replaced files crypto-shredded):")
TABLE_CATEGORIES = {kind.value: text for kind, text in DATA_CATEGORIES.items()}


# ----- gathering ---------------------------------------------------------------------
def _configured(current: dict[str, Any], key: str) -> str:
    return str(current.get(key) or "").strip() or NOT_CONFIGURED.format(key=key)


def _when(entry: dict[str, Any]) -> str:
    return str(entry.get("time", ""))[:16].replace("T", " ") + " UTC"


def _numbers(counts: Any, prefix: str = "") -> list[str]:
    """Numeric leaves of a log entry's counts, flattened; anything else (text, lists) is left out."""
    if isinstance(counts, dict):
        return [n for k, v in counts.items() for n in _numbers(v, f"{prefix}{k.replace('_', ' ')} ")]
    if isinstance(counts, (int, float)) and not isinstance(counts, bool):
        return [f"{prefix.strip()}: {counts}"]
    return []


def _event(entry: dict[str, Any]) -> dict[str, Any]:
    return {"time": _when(entry), "action": entry.get("action", ""), "counts": _numbers(entry.get("counts", {}))}


def _purposes(entries: list[dict[str, Any]], current: dict[str, str]) -> list[dict[str, Any]]:
    grouped: dict[tuple[str, str], dict[str, Any]] = {}
    for entry in (e for e in entries if e.get("purpose")):
        key = (entry["purpose"], entry.get("legal_basis", ""))
        row = grouped.setdefault(key, {"purpose": key[0], "legal_basis": key[1], "steps": 0, "first": _when(entry)})
        row["steps"] += 1
        row["last"] = _when(entry)
    key = (current["purpose"], current["legal_basis"])
    grouped.setdefault(key, {"purpose": key[0], "legal_basis": key[1], "steps": 0, "first": "", "last": ""})
    return list(grouped.values())


def _data_categories(entries: list[dict[str, Any]]) -> list[str]:
    seen: dict[str, None] = {}
    for entry in entries:
        for category in entry.get("data_categories") or []:
            seen.setdefault(TABLE_CATEGORIES.get(category, category))
    return list(seen)


def _stored_columns(schema: dict[str, dict[str, dict]]) -> dict[str, list[str]]:
    """Column names and what they are used as: a DPO checks that no direct identifier is among them."""
    return {table: [f"{column} ({spec.get('role')}{', ' + spec['meaning'] if spec.get('meaning') else ''})"
                    for column, spec in columns.items()]
            for table, columns in sorted(schema.items())}


def _retention(store: ProjectStore, current: dict[str, Any]) -> dict[str, Any]:
    """The limits the cleanup enforces (defaults included: a table nobody configured still has one)."""
    text = str(current.get("retention_description") or "").strip()
    return {"description": text or RETENTION_INTRO,
            "policies": [f"{table}: {p['months']} months — {p['basis']}" for table, p in policies(store).items()]}


def _technical_measures(store: ProjectStore, k: int) -> list[str]:
    kdf = ProjectStore.read_header(store.root)["kdf"]
    identities = ("kept only in a separately keyed identity table, for the logged action-list step"
                  if store.has_table(StoredTable.IDENTITIES) else "dropped at import and not stored")
    return [
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
        "Special categories of data (Art. 9) are refused at import unless explicit consent is recorded.",
    ]


def _rows(store: ProjectStore, name: str) -> int:
    return int(store.table_info(name).get("rows", 0)) if store.has_table(name) else 0


def _counts(store: ProjectStore) -> dict[str, Any]:
    return {"data_subjects": _rows(store, StoredTable.SUBJECTS), "opt_out_register": _rows(store, StoredTable.OPTOUTS),
            "identity_table": store.has_table(StoredTable.IDENTITIES),
            "tables": {kind.value: _rows(store, kind.value) for kind in TableKind if store.has_table(kind.value)}}


def _matching(entries: list[dict[str, Any]], actions: tuple[Action, ...]) -> list[dict[str, Any]]:
    return [_event(e) for e in entries if e.get("action") in actions]


def _optouts(entries: list[dict[str, Any]], register: int) -> dict[str, Any]:
    events = _matching(entries, OPTOUT_CHANGES)
    removed_at_import = sum(int(e.get("counts", {}).get("rows_removed_for_opt_out", 0))
                            for e in entries if e.get("action") == Action.IMPORT)
    return {"register_size": register, "recorded": sum(e["action"] == Action.OPTOUT_RECORDED for e in events),
            "withdrawn": sum(e["action"] == Action.OPTOUT_WITHDRAWN for e in events),
            "rows_removed_at_import": removed_at_import, "events": events}


def _models(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"time": _when(e), "model_id": e.get("model_id", ""), "model": e.get("details", {}).get("model", ""),
             "customers_scored": e.get("counts", {}).get("customers_scored", 0)}
            for e in entries if e.get("action") == Action.TRAIN]


def _log(store: ProjectStore) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A log that does not verify cannot vouch for anything, so its entries are not used at all."""
    result = store.log.verify()
    entries = store.log.entries() if result.ok else []
    summary = {"entries": result.entries, "verified": result.ok, "problem": result.problem,
               "first_bad_entry": result.first_bad, "signatures_checked": result.signatures_checked,
               "first": _when(entries[0]) if entries else "", "last": _when(entries[-1]) if entries else ""}
    return summary, entries


def record_of_processing(store: ProjectStore) -> dict[str, Any]:
    """All Art. 30(1) items plus what was actually done, as plain data (the CLI's --json prints it as is)."""
    current = settings(store)
    log, entries = _log(store)
    risk = reidentification_risk(store)
    return {
        "title": TITLE,
        "generated": datetime.now(UTC).isoformat(timespec="seconds"),
        "project_id": store.project_id,
        "controller": {"name": _configured(current, "controller_name"),
                       "contact": _configured(current, "controller_contact"),
                       "dpo_contact": _configured(current, "dpo_contact")},
        "purposes": _purposes(entries, purpose_record(store)),
        "data_subjects": DATA_SUBJECTS,
        "data_categories": _data_categories(entries),
        "special_categories": sorted({c for e in entries for c in e.get("special_categories_with_explicit_consent") or []}),
        "stored_columns": _stored_columns(store.meta(Meta.SCHEMA, {})),
        "recipients": _configured(current, "recipients"),
        "third_country_transfers": _configured(current, "third_country_transfers"),
        "retention": _retention(store, current),
        "measures": {"technical": _technical_measures(store, risk["k"]),
                     "organisational": _configured(current, "organisational_measures")},
        "counts": _counts(store),
        "opt_outs": _optouts(entries, _rows(store, StoredTable.OPTOUTS)),
        "retention_runs": _matching(entries, RETENTION_RUNS),
        "erasures": _matching(entries, ERASURES),
        "models": _models(entries),
        "reidentification": risk,
        "log": log,
    }


# ----- layout ------------------------------------------------------------------------
def _events_table(events: list[dict[str, Any]], empty: str) -> Table:
    return Table(["When", "Action", "Counts"], [[e["time"], e["action"], "; ".join(e["counts"])] for e in events],
                 empty)


def _controller(record: dict[str, Any]) -> list[Block]:
    c = record["controller"]
    return [Fields([("Controller", c["name"]), ("Contact", c["contact"]),
                    ("Data protection officer", c["dpo_contact"]), ("Project", record["project_id"])])]


def _purpose_blocks(record: dict[str, Any]) -> list[Block]:
    rows = [[p["purpose"], p["legal_basis"], str(p["steps"]), f"{p['first']} – {p['last']}" if p["steps"] else "—"]
            for p in record["purposes"]]
    return [Table(["Purpose", "Legal basis", "Logged steps", "Period"], rows)]


def _data_blocks(record: dict[str, Any]) -> list[Block]:
    special = record["special_categories"]
    columns = [[table, ", ".join(cols)] for table, cols in record["stored_columns"].items()]
    return [Bullets(record["data_categories"] or ["No data imported yet."]),
            Paragraph("Special categories (Art. 9) processed with explicit consent: "
                      + (", ".join(special) if special else "none.")),
            Paragraph("Columns stored for analysis (after pseudonymization):"),
            Table(["Table", "Columns (use, meaning)"], columns, "No tables stored.")]


def _retention_blocks(record: dict[str, Any]) -> list[Block]:
    retention = record["retention"]
    policies = [Bullets(retention["policies"])] if retention["policies"] else []
    return [Paragraph(retention["description"]), *policies]


def _counts_blocks(record: dict[str, Any]) -> list[Block]:
    counts = record["counts"]
    rows = [("Data subjects (encrypted IDs)", str(counts["data_subjects"])),
            ("Opt-out register", str(counts["opt_out_register"])),
            ("Identity table", "kept under a separate key" if counts["identity_table"] else "not kept")]
    rows += [(f"Rows in '{table}'", str(n)) for table, n in counts["tables"].items()]
    return [Fields(rows)]


def _optout_blocks(record: dict[str, Any]) -> list[Block]:
    o = record["opt_outs"]
    return [Fields([("Customers in the opt-out register", str(o["register_size"])),
                    ("Opt-out recordings", str(o["recorded"])), ("Re-consents (withdrawn opt-outs)", str(o["withdrawn"])),
                    ("Rows of opted-out customers removed at import", str(o["rows_removed_at_import"]))]),
            _events_table(o["events"], "No opt-outs recorded after import.")]


def _retention_run_blocks(record: dict[str, Any]) -> list[Block]:
    runs, erasures = record["retention_runs"], record["erasures"]
    return [Paragraph(f"Retention runs carried out: {len(runs)}."),
            _events_table(runs, "No retention cleanup has been run."),
            Paragraph(f"Erasures carried out (Art. 17): {len(erasures)}."),
            _events_table(erasures, "No erasure has been carried out.")]


def _model_blocks(record: dict[str, Any]) -> list[Block]:
    rows = [[m["time"], m["model_id"], m["model"], str(m["customers_scored"])] for m in record["models"]]
    return [Table(["When", "Model ID", "Model", "Customers scored"], rows, "No model has been trained.")]


def _share(value: float) -> str:
    return f"{value:.3f} ({value:.1%})"


def _risk_blocks(record: dict[str, Any]) -> list[Block]:
    r = record["reidentification"]
    blocks: list[Block] = [Paragraph(r["summary"]), Fields([
        ("Records (customer table)", str(r["records"])),
        ("Quasi-identifiers", ", ".join(r["quasi_identifiers"]) or "none"),
        ("Minimum class size k", str(r["k"])),
        ("Equivalence classes", f"{r['equivalence_classes']} (smallest: {r['smallest_class']})"),
        ("Unique records", f"{r['unique_records']} ({r['unique_share']:.1%})"),
        ("Records in classes below k", f"{r['below_k_records']} ({r['below_k_share']:.1%})"),
        ("Prosecutor risk, highest", _share(r["prosecutor_risk"]["max"])),
        ("Prosecutor risk, average", _share(r["prosecutor_risk"]["average"])),
        ("Journalist risk, highest / average",
         f"{_share(r['journalist_risk']['max'])} / {_share(r['journalist_risk']['average'])}"),
        ("Marketer risk", _share(r["marketer_risk"]["value"])),
        ("Risk level", r["level"]),
    ]), Paragraph(r["journalist_risk"]["note"] + " " + r["marketer_risk"]["note"])]
    if r["columns"]:
        blocks.append(Table(["Column dropped", "Unique without it", "Below k without it"],
                            [[c["column"], f"{c['unique_share_without']:.1%}", f"{c['below_k_share_without']:.1%}"]
                             for c in r["columns"]]))
    if r["suggestions"]:
        blocks += [Paragraph("Suggestions to lower the risk:"), Bullets(r["suggestions"])]
    return blocks


def _log_blocks(record: dict[str, Any]) -> list[Block]:
    log = record["log"]
    state = ("verified (hash chain, signatures and signed head)" if log["verified"]
             else f"DOES NOT VERIFY — entry {log['first_bad_entry']}: {log['problem']}. "
                  "The activity sections above are left empty because the log cannot vouch for them.")
    return [Fields([("Entries", str(log["entries"])), ("State", state),
                    ("Period", f"{log['first']} – {log['last']}" if log["first"] else "—")]),
            Paragraph("A DPO can check the log without the data passphrase: "
                      "prevista audit verify --log processing-log.jsonl --pubkey processing-log.pub")]


def document(record: dict[str, Any]) -> Document:
    """One layout for both formats, so the HTML and the PDF always carry the same sections."""
    blocks = {
        "controller": _controller(record),
        "purposes": _purpose_blocks(record),
        "subjects": [Paragraph(record["data_subjects"] + ".")],
        "data": _data_blocks(record),
        "recipients": [Fields([("Recipients", record["recipients"]),
                               ("Transfers to third countries", record["third_country_transfers"])])],
        "retention": _retention_blocks(record),
        "measures": [Paragraph("Technical measures built into Prevista:"), Bullets(record["measures"]["technical"]),
                     Paragraph("Organisational measures of the controller: " + record["measures"]["organisational"])],
        "counts": _counts_blocks(record),
        "optouts": _optout_blocks(record),
        "retention_runs": _retention_run_blocks(record),
        "models": _model_blocks(record),
        "risk": _risk_blocks(record),
        "log": _log_blocks(record),
    }
    generated = record["generated"][:16].replace("T", " ")
    return Document(record["title"], f"Generated by Prevista on {generated} UTC. Aggregates only: "
                    "this record contains no personal data.",
                    [Section(HEADINGS[key], blocks[key]) for key in HEADINGS])


def render_html(record: dict[str, Any]) -> str:
    return html.render(document(record))


def render_pdf(record: dict[str, Any]) -> bytes:
    return pdf.render(document(record))


def write_record(store: ProjectStore, record: dict[str, Any], path: Path, fmt: str, *, operator: str) -> Path:
    """Write the record as PDF or HTML and log that it was produced (a DPO asks who printed what, when)."""
    return write_document(store, document(record), path, fmt, {"action": Action.REPORT_ART30, "operator": operator})
