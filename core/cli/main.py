"""The ``prevista`` command line: the same services the GUI calls.

Every command takes ``--project DIR`` and ``--json``.  Passphrases come from
a prompt, ``PREVISTA_PASSPHRASE`` or ``--passphrase-file`` — never from an
argument, where they would land in shell history and process lists.
Failures print one line to stderr and exit non-zero; never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any, Callable

from prevista.core.demo import run as demo
from prevista.core.ingest.importer import (
    DEFAULT_LEGAL_BASIS,
    DEFAULT_PURPOSE,
    ImportOptions,
    conclude_import,
    plan_import,
)
from prevista.core.ingest.mapping import parse_pairs, parse_role_overrides
from prevista.core.project.lifecycle import (
    change_passphrase,
    create_project,
    default_operator,
    open_project,
    status,
    status_text,
)
from prevista.core.project.settings import check_min_segment_size
from prevista.core.runtime.crash_report import explain_failure
from prevista.core.runtime.jobs import Progress
from prevista.privacy.atomic import atomic_write
from prevista.privacy.errors import ImportRefusedError, PrevistaError
from prevista.privacy.process import harden_process
from prevista.privacy.processing_log import LEGAL_BASES, export_log, verify_log_file
from prevista.privacy.schema import TableKind
from prevista.privacy.store import LOG_KEY_NAME, LOG_NAME, ProjectStore

EXIT_FAILED = 1
EXIT_REFUSED = 2
EXIT_LOG_INVALID = 3

KIND_ALIASES = {
    "customers": TableKind.CUSTOMERS, "contacts": TableKind.CUSTOMERS, "companies": TableKind.CUSTOMERS,
    "accounts": TableKind.CUSTOMERS, "transactions": TableKind.TRANSACTIONS, "orders": TableKind.TRANSACTIONS,
    "invoices": TableKind.TRANSACTIONS, "deals": TableKind.TRANSACTIONS, "interactions": TableKind.INTERACTIONS,
    "tickets": TableKind.INTERACTIONS, "calls": TableKind.INTERACTIONS, "emails": TableKind.INTERACTIONS,
    "usage": TableKind.USAGE, "events": TableKind.USAGE, "logins": TableKind.USAGE,
}


class Output:
    """Human text on stdout, or one JSON document with ``--json``; progress on stderr."""

    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json

    def progress(self) -> Progress:
        if self.as_json or not sys.stderr.isatty():
            return Progress()
        def sink(fraction: float, message: str) -> None:
            sys.stderr.write(f"\r{fraction:4.0%} {message[:70]:<70}")
            sys.stderr.flush()
            if fraction >= 1.0:
                sys.stderr.write("\n")
        return Progress(sink)

    def emit(self, data: dict[str, Any], text: str) -> None:
        print(json.dumps(data, indent=2, ensure_ascii=False, default=str) if self.as_json else text)


# ----- passphrases -----------------------------------------------------------------------
def _secret(file: str | None, env: str, *, label: str, confirm: str | None) -> str:
    """A passphrase from a file, the environment or the terminal — never from an argument."""
    if file:
        try:
            return Path(file).read_text(encoding="utf-8").rstrip("\r\n")
        except OSError:
            raise PrevistaError(f"Cannot read the passphrase file {file}.") from None
    if os.environ.get(env):
        return os.environ[env]
    if not sys.stdin.isatty():
        option = "--new-passphrase-file" if env == "PREVISTA_NEW_PASSPHRASE" else "--passphrase-file"
        raise PrevistaError(f"No {label.lower().removeprefix('project ')}: set {env}, use {option}, or run in a terminal.")
    secret = getpass.getpass(f"{label}: ")
    if confirm and getpass.getpass(f"Repeat the {label.lower()}: ") != secret:
        raise PrevistaError(confirm)
    return secret


def read_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    return _secret(getattr(args, "passphrase_file", None), "PREVISTA_PASSPHRASE", label="Project passphrase",
                   confirm="The two passphrases differ; nothing was created." if confirm else None)


def read_new_passphrase(args: argparse.Namespace) -> str:
    return _secret(args.new_passphrase_file, "PREVISTA_NEW_PASSPHRASE", label="New passphrase",
                   confirm="The two new passphrases differ; the passphrase was not changed.")


def _open(args: argparse.Namespace) -> ProjectStore:
    return open_project(Path(args.project), read_passphrase(args))


# ----- commands ---------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace, out: Output) -> int:
    store = create_project(Path(args.project), read_passphrase(args, confirm=True), operator=args.operator)
    out.emit({"project": str(store.root), "project_id": store.project_id},
             f"Created project {store.root}. Keep the passphrase safe: without it nothing inside can be read.")
    return 0


def import_options(args: argparse.Namespace) -> ImportOptions:
    kind = None
    if args.table:
        try:
            kind = KIND_ALIASES[args.table.lower()]
        except KeyError:
            raise PrevistaError(f"Unknown table kind '{args.table}': use customers, transactions, interactions or usage.") from None
    return ImportOptions(
        operator=args.operator, kind=kind, roles=parse_role_overrides(args.role or []),
        formats=parse_pairs(args.format or [], "--format"),
        allow_special=frozenset(args.allow_special or []), keep_identities=args.keep_identities,
        append=args.append, purpose=args.purpose, legal_basis=args.legal_basis,
        encoding=args.encoding, delimiter=args.delimiter,
    )


def _confirm(question: str) -> bool:
    if not sys.stdin.isatty():
        return False
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


def cmd_import(args: argparse.Namespace, out: Output) -> int:
    store = _open(args)
    progress = out.progress()
    plan = plan_import(store, [Path(f) for f in args.files], import_options(args), progress.slice(0.0, 0.4))
    if not out.as_json:
        print(plan.report.to_text())
    accept = args.yes or (bool(plan.report.warnings) and not plan.refused and _confirm("Import with these warnings?"))
    result = conclude_import(store, plan, accept_warnings=accept, progress=progress.slice(0.4, 1.0))
    data: dict[str, Any] = {"report": plan.report.to_dict(), "imported": result is not None}
    if result is None:
        data["reason"] = "refused" if plan.refused else "warnings not accepted"
        out.emit(data, "Import refused: fix the findings above; nothing was changed." if plan.refused
                 else "Not imported: the warnings were not accepted (re-run with --yes to accept them).")
        return EXIT_REFUSED
    data.update({"tables": result.tables, "customers": result.customers, "new_customers": result.new_customers,
                 "rows_removed_for_opt_out": result.opted_out_removed, "log_entry": result.log_entry["seq"]})
    out.emit(data, f"Imported {result.customers} customers ({result.new_customers} new); stored rows: "
             + ", ".join(f"{k} {v}" for k, v in result.tables.items())
             + f"; {result.opted_out_removed} rows of opted-out customers removed. Log entry {result.log_entry['seq']}.")
    return 0


def cmd_status(args: argparse.Namespace, out: Output) -> int:
    info = status(_open(args))
    out.emit(info, status_text(info))
    return 0 if info["log"]["verified"] else EXIT_LOG_INVALID


def cmd_change_passphrase(args: argparse.Namespace, out: Output) -> int:
    store = _open(args)
    change_passphrase(store, read_new_passphrase(args), operator=args.operator)
    out.emit({"project": str(store.root), "changed": True},
             "Passphrase changed. The data was not re-encrypted: only the master key was re-wrapped.")
    return 0


def _log_paths(args: argparse.Namespace) -> tuple[Path, Path | None]:
    """The log file, and the public key (given, or the project's own file beside the log)."""
    if args.log:
        log_path = Path(args.log)
    elif args.project:
        log_path = Path(args.project) / LOG_NAME
    else:
        raise PrevistaError("Name the log with --log FILE or the project with --project DIR.")
    if not log_path.is_file():
        raise PrevistaError(f"No processing log at {log_path}.")
    key = Path(args.pubkey) if getattr(args, "pubkey", None) else log_path.with_name(LOG_KEY_NAME)
    return log_path, key if key.is_file() else None


def cmd_audit_verify(args: argparse.Namespace, out: Output) -> int:
    log_path, key = _log_paths(args)
    result = verify_log_file(log_path, key)
    problem = result.problem
    checked_pointer = False
    if problem is None and args.project and (args.passphrase_file or os.environ.get("PREVISTA_PASSPHRASE")):
        problem = _open(args).log_problem()
        checked_pointer = True
    data = {"log": str(log_path), "entries": result.entries, "verified": problem is None,
            "signatures_checked": result.signatures_checked, "first_bad_entry": result.first_bad,
            "problem": problem, "checked_against_project": checked_pointer}
    if problem is None:
        text = (f"OK: {result.entries} entries, hash chain intact"
                + (", every entry and the head signed by the project's key" if result.signatures_checked
                   else "; signatures NOT checked (give --pubkey FILE): anyone can rebuild a hash chain")
                + ("; the log ends where the project's last commit says" if checked_pointer else ""))
    else:
        text = f"FAILED: {problem}"
    out.emit(data, text)
    return 0 if problem is None else EXIT_LOG_INVALID


def cmd_audit_export(args: argparse.Namespace, out: Output) -> int:
    log_path, _ = _log_paths(args)
    atomic_write(Path(args.out), export_log(log_path, args.format))
    out.emit({"log": str(log_path), "format": args.format, "file": args.out},
             f"Exported the processing log as {args.format.upper()} to {args.out}.")
    return 0


def cmd_audit_pubkey(args: argparse.Namespace, out: Output) -> int:
    atomic_write(Path(args.out), _open(args).log_public_key_bytes())
    out.emit({"file": args.out}, f"Wrote the log's public key to {args.out}: hand it to the DPO with the log.")
    return 0


def cmd_train(args: argparse.Namespace, out: Output) -> int:
    from prevista.core.analytics.training import TrainOptions, train
    from prevista.core.cli.text import training_text

    if args.min_segment_size is not None:
        check_min_segment_size(args.min_segment_size, "prevista train")
    options = TrainOptions(operator=args.operator, horizon_days=args.horizon, purpose=args.purpose,
                           legal_basis=args.legal_basis, forecast_weeks=args.weeks,
                           min_segment_size=args.min_segment_size)
    result = train(_open(args), options, out.progress())
    out.emit(result, training_text(result["model_card"], result["segments"]))
    return 0


def cmd_segments(args: argparse.Namespace, out: Output) -> int:
    from prevista.core.analytics.segments import dashboard
    from prevista.core.cli.text import segments_text

    segments = dashboard(_open(args))
    out.emit(segments, segments_text(segments))
    return 0


def cmd_forecast(args: argparse.Namespace, out: Output) -> int:
    from prevista.core.analytics.training import forecast_support
    from prevista.core.cli.text import forecast_text

    result = forecast_support(_open(args), weeks=args.weeks, operator=args.operator)
    out.emit(result, forecast_text(result))
    return 0


def cmd_drift(args: argparse.Namespace, out: Output) -> int:
    from prevista.core.analytics.training import check_drift
    from prevista.core.cli.text import drift_text

    result = check_drift(_open(args), operator=args.operator)
    out.emit(result, drift_text(result))
    return 0


def _optout_requests(args: argparse.Namespace):
    from prevista.core.duties.optouts import Requests, requests_from_file

    from_file = requests_from_file(Path(args.file)) if args.file else None
    return Requests(ids=tuple(args.id or ()) + (from_file.ids if from_file else ()),
                    emails=tuple(args.email or ()) + (from_file.emails if from_file else ()))


def cmd_optout(args: argparse.Namespace, out: Output) -> int:
    from prevista.core.duties.optouts import record_optouts, register_summary, withdraw_optouts

    store = _open(args)
    if args.optout_command == "list":
        summary = register_summary(store)
        out.emit(summary, f"Opt-out register: {summary['customers']} customers, "
                          f"{summary['emails_not_yet_known']} e-mail addresses not yet matched to a customer.")
        return 0
    requests = _optout_requests(args)
    if args.optout_command == "add":
        result = record_optouts(store, requests, operator=args.operator, source="file" if args.file else "manual")
        out.emit(result, f"Recorded. {result['customers_with_data']} customers' data removed "
                         f"({result['rows_removed']} rows); {result['emails_not_yet_known']} e-mail addresses will be "
                         f"excluded when they appear; register holds {result['register_size']}. "
                         f"Log entry {result['log_entry']}.")
    else:
        result = withdraw_optouts(store, requests, operator=args.operator)
        out.emit(result, f"Re-consent recorded for {result['withdrawn']} customers; their data returns with the next "
                         f"import. Log entry {result['log_entry']}.")
    return 0


def cmd_action_list(args: argparse.Namespace, out: Output) -> int:
    from prevista.core.duties.action_list import prepare_action_list

    result = prepare_action_list(_open(args), segment=args.segment, purpose=args.purpose, operator=args.operator,
                                 out=Path(args.out), legal_basis=args.legal_basis, top=args.top)
    out.emit(result, f"Wrote {result['people_listed']} people of segment '{result['segment']}' to {result['file']} "
                     f"(opt-outs excluded; log entry {result['log_entry']}). The file holds personal data: "
                     "delete it when the action is done.")
    return 0


def cmd_settings(args: argparse.Namespace, out: Output) -> int:
    from prevista.core.project.settings import settings, update_settings

    store = _open(args)
    current = update_settings(store, parse_pairs(args.set, "--set"), operator=args.operator) if args.set else settings(store)
    out.emit(current, "\n".join(f"{key:<26} {value}" for key, value in current.items()))
    return 0


def cmd_report(args: argparse.Namespace, out: Output) -> int:
    from prevista.core.reports import art30, pilot
    from prevista.core.reports.reidentification import reidentification_risk

    store = _open(args)
    if args.report_command == "reid":
        risk = reidentification_risk(store)
        out.emit(risk, risk["summary"] + "".join(f"\n  - {s}" for s in risk["suggestions"]))
        return 0
    gather, write, name = {"art30": (art30.record_of_processing, art30.write_record, "record of processing activities"),
                           "pilot": (pilot.pilot_report, pilot.write_report, "pilot report")}[args.report_command]
    record = gather(store)
    if args.format == "json" or not args.out:
        out.emit(record, json.dumps(record, indent=2, ensure_ascii=False, default=str))
        return 0
    write(store, record, Path(args.out), args.format, operator=args.operator)
    out.emit({"file": args.out, "format": args.format}, f"Wrote the {name} to {args.out}.")
    return 0


def cmd_retention(args: argparse.Namespace, out: Output) -> int:
    from prevista.core.duties.retention import deadlines, execute_retention, plan_retention, set_policy

    store = _open(args)
    if args.retention_command == "set":
        result = set_policy(store, args.table, args.months, args.basis, operator=args.operator)
        out.emit(result, f"Retention for {args.table}: {args.months} months ({args.basis}).")
        return 0
    if args.retention_command == "show":
        view = deadlines(store)
        out.emit(view, json.dumps(view, indent=2, ensure_ascii=False, default=str))
        return 0
    plan = plan_retention(store)
    summary = plan.summary()
    if args.retention_command == "plan" or plan.empty:
        out.emit({"dry_run": True, **summary}, "Dry run — nothing deleted:\n" + json.dumps(summary, indent=2))
        return 0
    if not args.yes and not _confirm(f"Delete for good: {json.dumps(summary['rows_removed'])}?"):
        out.emit({"deleted": False, **summary}, "Nothing deleted (confirm with --yes).")
        return EXIT_REFUSED
    result = execute_retention(store, plan, operator=args.operator)
    out.emit(result, "Cleanup done; the replaced files' keys are destroyed:\n" + json.dumps(result, indent=2, default=str))
    return 0


def cmd_dsar(args: argparse.Namespace, out: Output) -> int:
    from prevista.core.duties.dsar import access_request, erasure_request

    store = _open(args)
    if args.dsar_command == "access":
        path = Path(args.out)
        access_request(store, args.customer_id, operator=args.operator, out=path)
        out.emit({"file": str(path)}, f"Wrote everything held about this person to {path}. The file is readable "
                                      "personal data: hand it over securely and delete your copy.")
        return 0
    if not args.yes and not _confirm("Erase this person's data everywhere, for good?"):
        out.emit({"erased": False}, "Nothing erased (confirm with --yes).")
        return EXIT_REFUSED
    result = erasure_request(store, args.customer_id, operator=args.operator)
    out.emit(result, "Erased everywhere; future imports will leave this person out:\n" + json.dumps(result, indent=2, default=str))
    return 0


def cmd_handover(args: argparse.Namespace, out: Output) -> int:
    from prevista.core.duties.handover import write_bundle

    result = write_bundle(_open(args), Path(args.out), operator=args.operator)
    out.emit(result, f"Wrote the handover bundle to {result['file']} ({len(result['files'])} files, no personal data; "
                     f"log entry {result['log_entry']}). The client may keep it after the pilot is closed.")
    return 0


def cmd_close_pilot(args: argparse.Namespace, out: Output) -> int:
    from prevista.core.duties.handover import check_bundle, close_pilot

    store = _open(args)
    check_bundle(store, Path(args.bundle))
    if not args.yes and not _confirm("Erase ALL data of this pilot for good, keeping only the processing log "
                                     "and the handover bundle?"):
        out.emit({"closed": False}, "Nothing erased (confirm with --yes).")
        return EXIT_REFUSED
    result = close_pilot(store, Path(args.bundle), operator=args.operator)
    out.emit(result, f"Pilot closed: {result['rows_erased']} rows in {len(result['tables'])} tables and the models "
                     "erased, their keys destroyed. The project keeps only its processing log "
                     f"(log entry {result['log_entry']}).")
    return 0


def cmd_demo(args: argparse.Namespace, out: Output) -> int:
    report = demo.run_demo(Path(args.project), variant=args.variant, operator=args.operator,
                           passphrase=os.environ.get("PREVISTA_PASSPHRASE"), progress=out.progress(),
                           say=None if out.as_json else print)
    if out.as_json:
        out.emit(report, "")
    return 0


# ----- parser ----------------------------------------------------------------------------
def _common(parser: argparse.ArgumentParser, *, project_required: bool = True) -> None:
    parser.add_argument("--project", required=project_required, metavar="DIR", help="project folder")
    parser.add_argument("--json", action="store_true", help="machine-readable output on stdout")
    parser.add_argument("--passphrase-file", metavar="FILE", help="read the passphrase from FILE")
    parser.add_argument("--operator", default=None, help="name recorded in the processing log")


def _command(group: Any, name: str, help: str, run: Callable[[argparse.Namespace, Output], int], *,
             project_required: bool = True) -> argparse.ArgumentParser:
    """A subcommand with the options every command shares."""
    parser = group.add_parser(name, allow_abbrev=False, help=help)
    _common(parser, project_required=project_required)
    parser.set_defaults(run=run)
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="prevista", description="Offline customer predictions with privacy built in.",
                                     allow_abbrev=False)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    _command(commands, "init", "create a new encrypted project", cmd_init)

    imp = _command(commands, "import", "import CRM exports (CSV, XLSX, JSON)", cmd_import)
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--table", metavar="KIND", help="customers | transactions | interactions | usage (default: detected)")
    imp.add_argument("--yes", action="store_true", help="accept the detected mapping and any warnings (never a refusal)")
    imp.add_argument("--role", action="append", metavar="COLUMN=ROLE", help="override a column's role (repeatable)")
    imp.add_argument("--format", action="append", metavar="COLUMN=FORMAT",
                     help="set a column's date pattern (e.g. %%m/%%d/%%Y) or number format (e.g. decimal-comma)")
    imp.add_argument("--allow-special", action="append", metavar="COLUMN",
                     help="import an Art. 9 special-category column; records that explicit consent exists")
    imp.add_argument("--keep-identities", action="store_true",
                     help="keep direct identifiers in the separately keyed identity table (default: dropped)")
    imp.add_argument("--append", action="store_true", help="add to stored tables instead of replacing them")
    imp.add_argument("--purpose", default=DEFAULT_PURPOSE, help="purpose recorded in the processing log")
    imp.add_argument("--legal-basis", default=DEFAULT_LEGAL_BASIS, choices=sorted(LEGAL_BASES))
    imp.add_argument("--encoding", help="text encoding of CSV files (default: detected)")
    imp.add_argument("--delimiter", help="CSV delimiter (default: detected)")

    _command(commands, "status", "what the project holds", cmd_status)

    change = _command(commands, "change-passphrase", "set a new passphrase (re-wraps the key; data is not re-encrypted)", cmd_change_passphrase)
    change.add_argument("--new-passphrase-file", metavar="FILE", help="read the new passphrase from FILE")

    audit = commands.add_parser("audit", allow_abbrev=False, help="processing-log checks")
    audit_commands = audit.add_subparsers(dest="audit_command", required=True, metavar="SUBCOMMAND")
    verify = _command(audit_commands, "verify", "verify the processing log's hash chain", cmd_audit_verify, project_required=False)
    verify.add_argument("--log", metavar="FILE", help="a processing-log file (no passphrase needed)")
    verify.add_argument("--pubkey", metavar="FILE", help="the project's log public key (default: beside the log)")
    export = _command(audit_commands, "export", "export the processing log as CSV or JSON", cmd_audit_export, project_required=False)
    export.add_argument("--log", metavar="FILE", help="a processing-log file (no passphrase needed)")
    export.add_argument("--format", choices=("csv", "json"), default="csv")
    export.add_argument("--out", required=True, metavar="FILE")
    pub = _command(audit_commands, "pubkey", "write the log's public key for a DPO", cmd_audit_pubkey)
    pub.add_argument("--out", required=True, metavar="FILE")

    tr = _command(commands, "train", "train churn and purchase models, segments, forecast", cmd_train)
    tr.add_argument("--horizon", type=int, default=90, metavar="DAYS", help="outcome window (default 90 days)")
    tr.add_argument("--min-segment-size", type=int, metavar="K", help="smallest segment shown (default: setting, 10)")
    tr.add_argument("--weeks", type=int, default=8, choices=range(4, 13), metavar="4-12",
                    help="weeks of ticket forecast (default 8)")
    tr.add_argument("--purpose", default=DEFAULT_PURPOSE, help="purpose recorded in the processing log")
    tr.add_argument("--legal-basis", default=DEFAULT_LEGAL_BASIS, choices=sorted(LEGAL_BASES))

    _command(commands, "segments", "segment-level results of the last training", cmd_segments)

    fc = _command(commands, "forecast", "weekly support-ticket forecast", cmd_forecast)
    fc.add_argument("--weeks", type=int, default=8, choices=range(4, 13), metavar="4-12",
                    help="weeks ahead (default 8)")

    _command(commands, "drift", "has the data drifted since training?", cmd_drift)

    opt = commands.add_parser("optout", allow_abbrev=False, help="the opt-out register (right to object)")
    opt_commands = opt.add_subparsers(dest="optout_command", required=True, metavar="SUBCOMMAND")
    for name, text in (("add", "record objections: removes the people's data everywhere"),
                       ("remove", "re-consent: forget objections"), ("list", "how many objections are recorded")):
        sub = _command(opt_commands, name, text, cmd_optout)
        if name != "list":
            sub.add_argument("--id", action="append", metavar="CUSTOMER_ID", help="a customer ID as in the CRM")
            sub.add_argument("--email", action="append", metavar="ADDRESS", help="an e-mail address")
            sub.add_argument("--file", metavar="FILE", help="a CSV/XLSX/JSON list of IDs or e-mail addresses")

    act = _command(commands, "action-list", "name the customers of one segment for a proactive action (logged)", cmd_action_list)
    act.add_argument("--segment", type=int, required=True, help="segment number from 'prevista segments'")
    act.add_argument("--purpose", required=True, help="why these people are contacted (recorded)")
    act.add_argument("--legal-basis", default=DEFAULT_LEGAL_BASIS, choices=sorted(LEGAL_BASES))
    act.add_argument("--top", type=int, help="only the N customers at highest risk")
    act.add_argument("--out", required=True, metavar="FILE", help="CSV file to write")

    st_ = _command(commands, "settings", "show or change project settings", cmd_settings)
    st_.add_argument("--set", action="append", metavar="KEY=VALUE", help="e.g. controller_name='Kowalski Sp. z o.o.'")

    rep = commands.add_parser("report", allow_abbrev=False, help="reports for the DPO and the client")
    rep_commands = rep.add_subparsers(dest="report_command", required=True, metavar="REPORT")
    for name, text in (("art30", "record of processing activities (GDPR Art. 30)"),
                       ("pilot", "pilot report for the client: key figures, model quality, segments, privacy")):
        sub = _command(rep_commands, name, text, cmd_report)
        sub.add_argument("--format", choices=("pdf", "html", "json"), default="pdf")
        sub.add_argument("--out", metavar="FILE", help="file to write (PDF or HTML)")
    _command(rep_commands, "reid", "re-identification risk of the stored tables", cmd_report)

    ret = commands.add_parser("retention", allow_abbrev=False, help="retention policies, deadlines and cleanup")
    ret_commands = ret.add_subparsers(dest="retention_command", required=True, metavar="SUBCOMMAND")
    for name, text in (("show", "what expires when"), ("plan", "dry run: what a cleanup would delete"),
                       ("run", "delete expired data for good"), ("set", "set a table's retention period")):
        sub = _command(ret_commands, name, text, cmd_retention)
        if name == "run":
            sub.add_argument("--yes", action="store_true", help="do not ask before deleting")
        if name == "set":
            sub.add_argument("--table", required=True, choices=[k.value for k in TableKind])
            sub.add_argument("--months", type=int, required=True)
            sub.add_argument("--basis", required=True, help="why this period (recorded), e.g. 'bookkeeping law'")

    dsar = commands.add_parser("dsar", allow_abbrev=False, help="data-subject requests: access and erasure")
    dsar_commands = dsar.add_subparsers(dest="dsar_command", required=True, metavar="REQUEST")
    for name, text in (("access", "export everything held about one person"), ("erase", "erase one person everywhere")):
        sub = _command(dsar_commands, name, text, cmd_dsar)
        sub.add_argument("customer_id", help="the person's customer ID as in the CRM")
        if name == "access":
            sub.add_argument("--out", required=True, metavar="FILE", help="HTML file for the person (outside the project)")
        else:
            sub.add_argument("--yes", action="store_true", help="do not ask before erasing")

    hand = _command(commands, "handover", "write the handover bundle: results and reports without personal data",
                    cmd_handover)
    hand.add_argument("--out", required=True, metavar="FILE", help="ZIP file to write (outside the project)")
    close = _command(commands, "close-pilot", "erase all data, keeping only the processing log (needs the bundle)",
                     cmd_close_pilot)
    close.add_argument("--bundle", required=True, metavar="FILE", help="the handover bundle written for this project")
    close.add_argument("--yes", action="store_true", help="do not ask before erasing")

    dem = _command(commands, "demo", "a whole headless run on bundled demo data", cmd_demo, project_required=False)
    dem.set_defaults(project="prevista-demo")
    dem.add_argument("--variant", choices=("hubspot", "european"), default="hubspot")
    return parser


def main(argv: list[str] | None = None) -> int:
    harden_process()
    args = build_parser().parse_args(argv)
    args.operator = args.operator or default_operator()
    out = Output(args.json)
    run: Callable[[argparse.Namespace, Output], int] = args.run
    try:
        return run(args, out)
    except ImportRefusedError as exc:
        print(f"prevista: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print("prevista: interrupted; the project keeps its previous state.", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback, no data
        print(f"prevista: {explain_failure(exc)}", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
