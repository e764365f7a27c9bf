"""``import``: read CRM exports, show the data-quality report, and commit what the user accepts."""

from __future__ import annotations

import argparse
from contextlib import nullcontext
from dataclasses import asdict
from pathlib import Path
from typing import Any

from prevista.core.cli.common import EXIT_FAILED, EXIT_REFUSED, Output, command, confirm, open_service
from prevista.core.cli.project import created
from prevista.core.ingest.importer import DEFAULT_LEGAL_BASIS, DEFAULT_PURPOSE, ImportOptions, ImportResult
from prevista.core.ingest.mapping import parse_pairs, parse_role_overrides
from prevista.core.ingest.readers.ahead import ReadAhead
from prevista.core.reports.text import training_text
from prevista.core.runtime.jobs import Progress
from prevista.core.services.analytics import TRAINING, TrainRequest
from prevista.core.services.project import ProjectService
from prevista.privacy.errors import PrevistaError
from prevista.privacy.processing_log import LEGAL_BASES
from prevista.privacy.schema import TableKind

KIND_ALIASES = {
    "customers": TableKind.CUSTOMERS, "contacts": TableKind.CUSTOMERS, "companies": TableKind.CUSTOMERS,
    "accounts": TableKind.CUSTOMERS, "transactions": TableKind.TRANSACTIONS, "orders": TableKind.TRANSACTIONS,
    "invoices": TableKind.TRANSACTIONS, "deals": TableKind.TRANSACTIONS, "interactions": TableKind.INTERACTIONS,
    "tickets": TableKind.INTERACTIONS, "calls": TableKind.INTERACTIONS, "emails": TableKind.INTERACTIONS,
    "usage": TableKind.USAGE, "events": TableKind.USAGE, "logins": TableKind.USAGE,
}


def import_options(args: argparse.Namespace) -> ImportOptions:
    kind = None
    if args.table:
        try:
            kind = KIND_ALIASES[args.table.lower()]
        except KeyError:
            raise PrevistaError(f"Unknown table kind '{args.table}': use customers, transactions, interactions or usage.") from None
    return ImportOptions(
        kind=kind, roles=parse_role_overrides(args.role or []),
        formats=parse_pairs(args.format or [], "--format"),
        allow_special=frozenset(args.allow_special or []), keep_identities=args.keep_identities,
        append=args.append, purpose=args.purpose, legal_basis=args.legal_basis,
        encoding=args.encoding, delimiter=args.delimiter, skip_rows_without_id=args.skip_rows_without_id,
        value_column=args.value_column, currency=args.currency,
    )


HISTORY, UNDO = "history", "undo"  # words in place of the files: ``prevista import history`` (a file so named: ./undo)


def cmd_history(args: argparse.Namespace, out: Output) -> int:
    records = open_service(args).imports.history()
    lines = [f"#{r.log_entry} {r.time} ({r.mode}): " + ", ".join(
        f"{f['kind']} {f['format']} {f['rows']} rows, sha256 {f['sha256']}…" for f in r.files)
        + (f" — undone (log entry {r.undone_by})" if r.undone_by else "") for r in records]
    out.emit([asdict(r) for r in records], "\n".join(lines) if lines else "No imports yet.")
    return 0


def cmd_undo(args: argparse.Namespace, out: Output) -> int:
    imports = open_service(args).imports
    plan = imports.plan_undo()
    restored = ", ".join(f"{name} ({rows} rows)" for name, rows in plan.restored.items()) or "none"
    text = (f"Undo import #{plan.import_entry} of {plan.import_time}: restores {restored}; removes "
            f"{', '.join(plan.removed) or 'no table'} and the {plan.new_customers} customers it added. "
            "Opt-outs and erasures recorded since stay applied."
            + (" The models were trained on this data and will be marked for retraining." if plan.model_stale else ""))
    if not plan.possible:
        out.emit({"undone": False, "blocked": list(plan.blocked)}, "Cannot undo: " + "; ".join(plan.blocked) + ".")
        return EXIT_REFUSED
    if not out.as_json:
        print(text)
    if not args.yes and not confirm("Undo this import?"):
        out.emit({"undone": False}, "Nothing changed (confirm with --yes).")
        return EXIT_REFUSED
    result = imports.undo(plan)
    out.emit(result, f"Import #{result.import_entry} undone. Log entry {result.log_entry}.")
    return 0


def cmd_import(args: argparse.Namespace, out: Output) -> int:
    if args.files in ([HISTORY], [UNDO]):
        if args.new or args.train:
            raise PrevistaError(f"'prevista import {args.files[0]}' takes neither --new nor --train.")
        return cmd_history(args, out) if args.files == [HISTORY] else cmd_undo(args, out)
    options, paths = import_options(args), [Path(f) for f in args.files]
    ahead = ReadAhead.first(paths, encoding=options.encoding, delimiter=options.delimiter)  # while the key is derived
    try:
        service = open_service(args, create=args.new, preload=(TRAINING,) if args.train else ())
    except BaseException:
        if ahead is not None:
            ahead.wait()  # a wrong passphrase: the read is let go, not left running
        raise
    progress, imported = out.progress(), 0.5 if args.train else 1.0  # the share of the bar the import takes
    with service.store.keeping_written() if args.train else nullcontext():  # training reads what the import wrote
        code, data, text = _imported(args, service, options, paths, ahead, out, progress.slice(0.0, imported))
        if code or not args.train:
            out.emit(data, text)
            return code
        return _train_after(service, data, text, out, progress.slice(imported, 1.0))


def _imported(args: argparse.Namespace, service: ProjectService, options: ImportOptions, paths: list[Path],
              ahead: ReadAhead | None, out: Output, progress: Progress) -> tuple[int, dict[str, Any], str]:
    """Plan, report, confirm and commit: the exit code, the data and the closing line.  The plan holds every
    file's staged rows, so it goes when this returns, before any training (3.7 GB at four tables' peak)."""
    project, intro = created(service) if args.new else ({}, "")
    plan = service.imports.plan(paths, options, progress.slice(0.0, 0.4), ahead)
    if not out.as_json:
        print("\n\n".join(filter(None, (intro, plan.report.to_text()))))
    accept = args.yes or (bool(plan.report.warnings) and not plan.refused and confirm("Import with these warnings?"))
    result = service.imports.commit(plan, accept_warnings=accept, progress=progress.slice(0.4, 1.0))
    data: dict[str, Any] = {**({"project": project} if project else {}), "report": plan.report.to_dict(),
                            "imported": result is not None}
    if result is None:
        data["reason"] = "refused" if plan.refused else "warnings not accepted"
        return EXIT_REFUSED, data, (
            "Import refused: fix the findings above; nothing was changed." if plan.refused
            else "Not imported: the warnings were not accepted (re-run with --yes to accept them).")
    data.update({"tables": result.tables, "customers": result.customers, "new_customers": result.new_customers,
                 "rows_removed_for_opt_out": result.opted_out_removed, "log_entry": result.log_entry,
                 "rows_without_id_left_out": result.rows_without_id_left_out})
    return 0, data, _imported_text(result)


def _imported_text(result: ImportResult) -> str:
    left_out = (f"; {result.rows_without_id_left_out} rows without a customer ID left out"
                if result.rows_without_id_left_out else "")
    return (f"Imported {result.customers} customers ({result.new_customers} new); stored rows: "
            + ", ".join(f"{k} {v}" for k, v in result.tables.items())
            + f"; {result.opted_out_removed} rows of opted-out customers removed{left_out}. "
            f"Log entry {result.log_entry}.")


def _train_after(service: ProjectService, data: dict[str, Any], text: str, out: Output, progress: Progress) -> int:
    """``--train``: the same run as ``prevista train`` with its defaults, in this process with the key already
    derived.  The import is said to be done before training starts, so that a training that fails or is
    interrupted is not taken for a failed import; one that cannot run is reported with it."""
    if not out.as_json:
        print(text + "\n")
    try:
        trained = service.analytics.train(TrainRequest(), progress)
    except PrevistaError as exc:
        data["training_error"] = str(exc)
        out.emit(data, f"Not trained (the import is kept): {exc}")
        return EXIT_FAILED
    data["training"] = trained
    out.emit(data, training_text(trained.model_card, trained.segments))
    return 0


def register(commands: Any) -> None:
    imp = command(commands, "import", "import CRM exports (CSV, XLSX, JSON)", cmd_import)
    imp.add_argument("files", nargs="+", metavar="FILE",
                     help="exports to import; or 'history' (the imports so far) or 'undo' (undo the last import)")
    imp.add_argument("--new", action="store_true",
                     help="create the project first, as 'prevista init' does (the passphrase is asked twice)")
    imp.add_argument("--train", action="store_true",
                     help="after the import, train as 'prevista train' does with its defaults, without unlocking again")
    imp.add_argument("--table", metavar="KIND", help="customers | transactions | interactions | usage (default: detected)")
    imp.add_argument("--yes", action="store_true", help="accept the detected mapping and any warnings (never a refusal); "
                                                        "with 'undo': do not ask")
    imp.add_argument("--role", action="append", metavar="COLUMN=ROLE", help="override a column's role (repeatable)")
    imp.add_argument("--format", action="append", metavar="COLUMN=FORMAT",
                     help="set a column's date pattern (e.g. %%m/%%d/%%Y) or number format (e.g. decimal-comma)")
    imp.add_argument("--allow-special", action="append", metavar="COLUMN",
                     help="import an Art. 9 special-category column; records that explicit consent exists")
    imp.add_argument("--keep-identities", action="store_true",
                     help="keep direct identifiers in the separately keyed identity table (default: dropped)")
    imp.add_argument("--append", action="store_true", help="add to stored tables instead of replacing them")
    imp.add_argument("--skip-rows-without-id", action="store_true",
                     help="leave out rows with no customer ID (guest orders) instead of refusing the file; "
                          "they are counted in the report and the processing log")
    imp.add_argument("--purpose", default=DEFAULT_PURPOSE, help="purpose recorded in the processing log")
    imp.add_argument("--legal-basis", default=DEFAULT_LEGAL_BASIS, choices=sorted(LEGAL_BASES))
    imp.add_argument("--encoding", help="text encoding of CSV files (default: detected)")
    imp.add_argument("--value-column", metavar="COLUMN",
                     help="the customers' amount revenue at risk uses: a fee, charge, balance or order value "
                          "(saved as the project's setting; default: found in the data)")
    imp.add_argument("--currency", metavar="CODE", help="the currency amounts are in, e.g. EUR (saved as a setting)")
    imp.add_argument("--delimiter", help="CSV delimiter (default: detected); 'whitespace' for columns separated by runs of spaces")
