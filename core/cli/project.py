"""``init``, ``status``, ``change-passphrase``, ``settings`` and the DPO's ``audit`` commands."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from prevista.core.cli.common import (
    EXIT_LOG_INVALID,
    Output,
    command,
    group,
    open_service,
    read_new_passphrase,
    read_passphrase,
)
from prevista.core.ingest.mapping import parse_pairs
from prevista.core.reports.text import status_text
from prevista.core.services.audit import LogFiles, export_log_file, log_files, verify_log
from prevista.core.services.project import ProjectService


def cmd_init(args: argparse.Namespace, out: Output) -> int:
    service = ProjectService.create(Path(args.project), read_passphrase(args, confirm=True), operator=args.operator,
                                    progress=out.progress())
    out.emit({"project": str(service.root), "project_id": service.store.project_id},
             f"Created project {service.root}. Keep the passphrase safe: without it nothing inside can be read.")
    return 0


def cmd_status(args: argparse.Namespace, out: Output) -> int:
    info = open_service(args).status()
    out.emit(info, status_text(info))
    return 0 if info.log.verified else EXIT_LOG_INVALID


def cmd_change_passphrase(args: argparse.Namespace, out: Output) -> int:
    service = open_service(args)
    service.change_passphrase(read_new_passphrase(args))
    out.emit({"project": str(service.root), "changed": True},
             "Passphrase changed. The data was not re-encrypted: only the master key was re-wrapped.")
    return 0


def cmd_settings(args: argparse.Namespace, out: Output) -> int:
    service = open_service(args)
    current = (service.update_settings(parse_pairs(args.set, "--set")) if args.set else service.settings()).as_dict()
    out.emit(current, "\n".join(f"{key:<26} {value}" for key, value in current.items()))
    return 0


def _log_files(args: argparse.Namespace) -> LogFiles:
    return log_files(Path(args.log) if args.log else None, Path(args.project) if args.project else None,
                     Path(args.pubkey) if getattr(args, "pubkey", None) else None)


def cmd_audit_verify(args: argparse.Namespace, out: Output) -> int:
    files = _log_files(args)
    result = verify_log(files)
    problem = result.problem
    checked_pointer = False
    if problem is None and args.project and (args.passphrase_file or os.environ.get("PREVISTA_PASSPHRASE")):
        problem = open_service(args).log_problem()
        checked_pointer = True
    data = {"log": str(files.log), "entries": result.entries, "verified": problem is None,
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
    files = _log_files(args)
    export_log_file(files, args.format, Path(args.out))
    out.emit({"log": str(files.log), "format": args.format, "file": args.out},
             f"Exported the processing log as {args.format.upper()} to {args.out}.")
    return 0


def cmd_audit_pubkey(args: argparse.Namespace, out: Output) -> int:
    open_service(args).export_log_public_key(Path(args.out))
    out.emit({"file": args.out}, f"Wrote the log's public key to {args.out}: hand it to the DPO with the log.")
    return 0


def register(commands: Any) -> None:
    command(commands, "init", "create a new encrypted project", cmd_init)
    command(commands, "status", "what the project holds", cmd_status)
    change = command(commands, "change-passphrase", "set a new passphrase (re-wraps the key; data is not re-encrypted)",
                     cmd_change_passphrase)
    change.add_argument("--new-passphrase-file", metavar="FILE", help="read the new passphrase from FILE")
    settings = command(commands, "settings", "show or change project settings", cmd_settings)
    settings.add_argument("--set", action="append", metavar="KEY=VALUE", help="e.g. controller_name='Kowalski Sp. z o.o.'")

    audit = group(commands, "audit", "processing-log checks", "audit_command", "SUBCOMMAND")
    verify = command(audit, "verify", "verify the processing log's hash chain", cmd_audit_verify, project_required=False)
    verify.add_argument("--log", metavar="FILE", help="a processing-log file (no passphrase needed)")
    verify.add_argument("--pubkey", metavar="FILE", help="the project's log public key (default: beside the log)")
    export = command(audit, "export", "export the processing log as CSV or JSON", cmd_audit_export, project_required=False)
    export.add_argument("--log", metavar="FILE", help="a processing-log file (no passphrase needed)")
    export.add_argument("--format", choices=("csv", "json"), default="csv")
    export.add_argument("--out", required=True, metavar="FILE")
    pub = command(audit, "pubkey", "write the log's public key for a DPO", cmd_audit_pubkey)
    pub.add_argument("--out", required=True, metavar="FILE")
