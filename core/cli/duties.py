"""``optout``, ``action-list``, ``retention``, ``dsar``, ``handover`` and ``close-pilot``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from prevista.core.cli.common import EXIT_REFUSED, Output, command, confirm, group, open_service
from prevista.core.duties.retention import DEFAULT_POLICIES, CleanupSummary, Deadlines, RetentionPlan, RetentionPolicy
from prevista.core.ingest.importer import DEFAULT_LEGAL_BASIS
from prevista.core.services.duties import optout_requests
from prevista.privacy.errors import ParameterError, PrevistaError
from prevista.privacy.processing_log import LEGAL_BASES

STDIN = "-"
VISIBLE = ("an argument is visible to other users of this computer (process list) and stays in shell history: "
           f"give {STDIN} to read from standard input instead")


# ----- IDs and addresses, kept out of the process list ---------------------------------------
def _lines(source: str) -> tuple[str, ...]:
    """One value per line of a file, or of standard input for ``-``; blank lines are skipped."""
    try:
        text = sys.stdin.read() if source == STDIN else Path(source).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        raise PrevistaError(f"Cannot read {source} (one value per line, UTF-8).") from None
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _values(given: Sequence[str] | None, files: Sequence[str] | None) -> tuple[str, ...]:
    """Values from arguments (``-`` reads standard input) and from files of one value per line."""
    return (*(v for value in given or () for v in (_lines(STDIN) if value == STDIN else (value,))),
            *(v for file in files or () for v in _lines(file)))


def _one_stdin_reader(*options: Sequence[str | None] | None) -> None:
    """Standard input can be read once: refused before anything is read when two options ask for it."""
    if sum(list(option or ()).count(STDIN) for option in options) > 1:
        raise ParameterError(f"Only one option can read standard input ({STDIN}).")


def cmd_optout(args: argparse.Namespace, out: Output) -> int:
    duties = open_service(args).duties
    if args.optout_command == "list":
        summary = duties.optout_register()
        out.emit(summary, f"Opt-out register: {summary.customers} customers, "
                          f"{summary.emails_not_yet_known} e-mail addresses not yet matched to a customer.")
        return 0
    _one_stdin_reader(args.id, args.email, args.ids_file, args.emails_file)
    requests = optout_requests(_values(args.id, args.ids_file), _values(args.email, args.emails_file),
                               [Path(args.file)] if args.file else (), out.progress())
    if args.optout_command == "add":
        listed = args.file or args.ids_file or args.emails_file
        recorded = duties.record_optouts(requests, source="file" if listed else "manual", progress=out.progress())
        out.emit(recorded, f"Recorded. {recorded.customers_with_data} customers' data removed "
                           f"({recorded.rows_removed} rows); {recorded.emails_not_yet_known} e-mail addresses will be "
                           f"excluded when they appear; register holds {recorded.register_size}. "
                           f"Log entry {recorded.log_entry}.")
    else:
        withdrawn = duties.withdraw_optouts(requests, out.progress())
        out.emit(withdrawn, f"Re-consent recorded for {withdrawn.withdrawn} customers; their data returns with the "
                            f"next import. Log entry {withdrawn.log_entry}.")
    return 0


def cmd_action_list(args: argparse.Namespace, out: Output) -> int:
    result = open_service(args).duties.prepare_action_list(segment=args.segment, purpose=args.purpose, out=Path(args.out),
                                                           legal_basis=args.legal_basis, top=args.top,
                                                           progress=out.progress())
    out.emit(result, f"Wrote {result.people_listed} people of segment '{result.segment}' to {result.file} "
                     f"(opt-outs excluded; log entry {result.log_entry}). The file holds personal data: "
                     "delete it when the action is done.")
    return 0


def _deadlines_text(view: Deadlines) -> str:
    """One line per table: every unit held falls in exactly one of expired, next 12 months, later, undated."""
    if not view.tables:
        return f"Retention deadlines as of {view.today}: the project holds no data."
    lines = [f"Retention deadlines as of {view.today}:",
             (f"  {'table':<17} {'limit':>8} {'held':>9} {'expired':>9} {'next 12 mo.':>11} {'later':>9} "
              f"{'undated':>9}  counted in")]
    for name, table in view.tables.items():
        lines.append(f"  {name:<17} {table.months:>5} mo {table.held:>9} {table.expired:>9} "
                     f"{sum(table.upcoming.values()):>11} {table.later:>9} {table.undated:>9}  {table.unit}")
        if table.upcoming:
            lines.append("      expiring: " + ", ".join(f"{month}: {count}" for month, count in table.upcoming.items()))
        lines.append(f"      why this period: {table.basis}")
    if any(table.undated for table in view.tables.values()):
        lines.append("Undated rows and customers stay: nothing says they expired.")
    return "\n".join(lines)


def _removed_text(summary: CleanupSummary) -> list[str]:
    removed = [f"  {name:<17} {rows:>9} rows" for name, rows in summary.rows_removed.items() if rows]
    limits = ", ".join(f"{name} {months} months" for name, months in summary.months.items())
    return [*(removed or ["  no rows"]),
            f"  customers past the customers limit: {summary.customers_expired}",
            f"  encrypted IDs no longer needed: {summary.subjects_dropped}",
            f"  limits applied: {limits}"]


def _plan_text(plan: RetentionPlan) -> str:
    if plan.empty:
        return f"Dry run — nothing deleted. Nothing has passed its retention limit on {plan.summary.today}."
    return "\n".join([f"Dry run — nothing deleted. A cleanup on {plan.summary.today} would delete:",
                      *_removed_text(plan.summary), "Run 'prevista retention run' to delete it."])


def cmd_retention(args: argparse.Namespace, out: Output) -> int:
    duties = open_service(args).duties
    if args.retention_command == "set":
        (policy,) = duties.set_retention({args.table: RetentionPolicy(args.months, args.basis)}, out.progress())
        out.emit(policy, f"Retention for {policy.table}: {policy.months} months ({policy.basis}).")
        return 0
    if args.retention_command == "show":
        view, _due = duties.retention_deadlines(progress=out.progress())
        out.emit(view, _deadlines_text(view))
        return 0
    plan = duties.plan_retention(progress=out.progress())
    summary = asdict(plan.summary)
    if args.retention_command == "plan" or plan.empty:
        out.emit({"dry_run": True, **summary}, _plan_text(plan))
        return 0
    removed = ", ".join(f"{name} {rows} rows" for name, rows in plan.summary.rows_removed.items() if rows)
    if not args.yes and not confirm(f"Delete for good: {removed}?"):
        out.emit({"deleted": False, **summary}, "Nothing deleted (confirm with --yes).")
        return EXIT_REFUSED
    result = duties.execute_retention(plan, out.progress())
    out.emit(result, "\n".join(["Cleanup done; the replaced files' keys are destroyed. Deleted:",
                                *_removed_text(result), f"Log entry {result.log_entry}."]))
    return 0


def _customer_id(args: argparse.Namespace) -> str:
    """The one person a request is about: the argument, standard input (``-``) or the file's one line."""
    _one_stdin_reader([args.customer_id], [args.id_file])
    found = _values([args.customer_id] if args.customer_id else (), [args.id_file] if args.id_file else ())
    if len(found) != 1:
        raise ParameterError("Name exactly one person: a customer ID, - to read it from standard input, "
                             "or --id-file FILE.")
    return found[0]


def cmd_dsar(args: argparse.Namespace, out: Output) -> int:
    customer_id = _customer_id(args)
    duties = open_service(args).duties
    if args.dsar_command == "access":
        path = Path(args.out)
        duties.access_request(customer_id, path, out.progress())
        out.emit({"file": str(path)}, f"Wrote everything held about this person to {path}. The file is readable "
                                      "personal data: hand it over securely and delete your copy.")
        return 0
    plan = duties.plan_erasure(customer_id, out.progress())
    if not args.yes and not confirm("Erase this person's data everywhere, for good?"):
        out.emit({"erased": False}, "Nothing erased (confirm with --yes).")
        return EXIT_REFUSED
    result = duties.execute_erasure(plan, out.progress())
    out.emit(result, "Erased everywhere; future imports will leave this person out:\n"
                     + json.dumps(asdict(result), indent=2))
    return 0


def cmd_handover(args: argparse.Namespace, out: Output) -> int:
    result = open_service(args).duties.write_handover(Path(args.out), out.progress())
    out.emit(result, f"Wrote the handover bundle to {result.file} ({len(result.files)} files, no personal data; "
                     f"log entry {result.log_entry}). The client may keep it after the pilot is closed.")
    return 0


def cmd_close_pilot(args: argparse.Namespace, out: Output) -> int:
    duties = open_service(args).duties
    duties.check_handover(Path(args.bundle))
    if not args.yes and not confirm("Erase ALL data of this pilot for good, keeping only the processing log "
                                    "and the handover bundle?"):
        out.emit({"closed": False}, "Nothing erased (confirm with --yes).")
        return EXIT_REFUSED
    result = duties.close_pilot(Path(args.bundle), out.progress())
    out.emit(result, f"Pilot closed: {result.rows_erased} rows in {len(result.tables)} tables and the models "
                     "erased, their keys destroyed. The project keeps only its processing log "
                     f"(log entry {result.log_entry}).")
    return 0


def register(commands: Any) -> None:
    optout = group(commands, "optout", "the opt-out register (right to object)", "optout_command", "SUBCOMMAND")
    for name, text in (("add", "record objections: removes the people's data everywhere"),
                       ("remove", "re-consent: forget objections"), ("list", "how many objections are recorded")):
        sub = command(optout, name, text, cmd_optout)
        if name != "list":
            sub.add_argument("--id", action="append", metavar="CUSTOMER_ID",
                             help=f"a customer ID as in the CRM ({STDIN}: one per line from standard input); {VISIBLE}")
            sub.add_argument("--email", action="append", metavar="ADDRESS",
                             help=f"an e-mail address ({STDIN}: one per line from standard input); {VISIBLE}")
            sub.add_argument("--ids-file", action="append", metavar="FILE",
                             help=f"customer IDs, one per line ({STDIN}: standard input)")
            sub.add_argument("--emails-file", action="append", metavar="FILE",
                             help=f"e-mail addresses, one per line ({STDIN}: standard input)")
            sub.add_argument("--file", metavar="FILE", help="a CSV/XLSX/JSON list of IDs or e-mail addresses")

    act = command(commands, "action-list", "name the customers of one segment for a proactive action (logged)",
                  cmd_action_list)
    act.add_argument("--segment", type=int, required=True, help="segment number from 'prevista segments'")
    act.add_argument("--purpose", required=True, help="why these people are contacted (recorded)")
    act.add_argument("--legal-basis", default=DEFAULT_LEGAL_BASIS, choices=sorted(LEGAL_BASES))
    act.add_argument("--top", type=int, help="only the N customers at highest risk")
    act.add_argument("--out", required=True, metavar="FILE", help="CSV file to write")

    retention = group(commands, "retention", "retention policies, deadlines and cleanup", "retention_command", "SUBCOMMAND")
    for name, text in (("show", "what expires when"), ("plan", "dry run: what a cleanup would delete"),
                       ("run", "delete expired data for good"), ("set", "set a table's retention period")):
        sub = command(retention, name, text, cmd_retention)
        if name == "run":
            sub.add_argument("--yes", action="store_true", help="do not ask before deleting")
        if name == "set":
            sub.add_argument("--table", required=True, help=f"one of: {', '.join(DEFAULT_POLICIES)}")
            sub.add_argument("--months", type=int, required=True)
            sub.add_argument("--basis", required=True, help="why this period (recorded), e.g. 'bookkeeping law'")

    dsar = group(commands, "dsar", "data-subject requests: access and erasure", "dsar_command", "REQUEST")
    for name, text in (("access", "export everything held about one person"), ("erase", "erase one person everywhere")):
        sub = command(dsar, name, text, cmd_dsar)
        sub.add_argument("customer_id", nargs="?",
                         help=f"the person's customer ID as in the CRM ({STDIN}: read it from standard input); {VISIBLE}")
        sub.add_argument("--id-file", metavar="FILE", help="a file holding the customer ID (one line)")
        if name == "access":
            sub.add_argument("--out", required=True, metavar="FILE", help="HTML file for the person (outside the project)")
        else:
            sub.add_argument("--yes", action="store_true", help="do not ask before erasing")

    hand = command(commands, "handover", "write the handover bundle: results and reports without personal data",
                   cmd_handover)
    hand.add_argument("--out", required=True, metavar="FILE", help="ZIP file to write (outside the project)")
    close = command(commands, "close-pilot", "erase all data, keeping only the processing log (needs the bundle)",
                    cmd_close_pilot)
    close.add_argument("--bundle", required=True, metavar="FILE", help="the handover bundle written for this project")
    close.add_argument("--yes", action="store_true", help="do not ask before erasing")
