"""``init``, ``status``, ``change-passphrase``, ``settings`` and the DPO's ``audit`` commands."""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from prevista.core.cli.common import (
    EXIT_LOG_INVALID,
    Output,
    command,
    confirm,
    group,
    open_service,
    read_new_passphrase,
    read_passphrase,
)
from prevista.core.ingest.mapping import parse_pairs
from prevista.core.reports.text import log_entries, status_text
from prevista.core.services.audit import (
    LogFiles,
    export_log_file,
    inspect_log,
    log_files,
    package_key,
    verify_log,
    write_checkpoint,
    write_log_package,
    write_log_pdf,
)
from prevista.core.services.project import ProjectService
from prevista.privacy.processing_log import Verification

LOG_HELP = "a processing-log file, DPO log package or handover bundle (no passphrase needed)"
KeySource = Literal["kept fingerprint", "project", "key file only"]  # what the signing key was checked against
UNKEPT_KEY = ("the key was taken from {key}, so it is only as trustworthy as that file: whoever could replace the "
              "log could replace the key too and re-sign the log under it. Give --fingerprint HEX (printed by "
              "'prevista init') or --checkpoint FILE that you kept apart from this computer")


def cmd_init(args: argparse.Namespace, out: Output) -> int:
    out.emit(*created(open_service(args, create=True, progress=out.progress())))
    return 0


def created(service: ProjectService) -> tuple[dict[str, str], str]:
    """What a new project's owner must be told, as data and as text: the log key's fingerprint to keep apart."""
    fingerprint = service.log_key_fingerprint()
    return ({"project": str(service.root), "project_id": service.store.project_id, "log_key_fingerprint": fingerprint},
            f"Created project {service.root}. Keep the passphrase safe: without it nothing inside can be read.\n"
            f"Processing-log key fingerprint: {fingerprint}\n"
            "Give this fingerprint to your DPO to keep apart from this computer: 'prevista audit verify "
            "--fingerprint' then proves the log was signed by this project's key and not re-signed.")


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


@dataclass(frozen=True)
class _Check:
    """``audit verify`` in full: the file checks, and the project's own record when the passphrase is at hand."""

    files: LogFiles
    result: Verification
    problem: str | None
    checked_pointer: bool

    def key_source(self) -> KeySource | None:
        """What the signing key was checked against; only a kept one (or the sealed project) makes it the project's."""
        if not self.result.signatures_checked:
            return None
        if self.result.key_kept:
            return "kept fingerprint"
        return "project" if self.checked_pointer else "key file only"

    def unkept_warning(self) -> str:
        key = self.files.public_key.name if self.files.public_key else "the key file"
        return UNKEPT_KEY.format(key=key)


def _check(args: argparse.Namespace) -> _Check:
    files = _log_files(args)
    result = verify_log(files, fingerprint=args.fingerprint, checkpoint=Path(args.checkpoint) if args.checkpoint else None)
    problem = result.problem
    checked_pointer = False
    if problem is None and args.project and (args.passphrase_file or os.environ.get("PREVISTA_PASSPHRASE")):
        problem = open_service(args).log_problem()
        checked_pointer = True
    return _Check(files, result, problem, checked_pointer)


def _ok_text(check: _Check, checkpoint: str | None) -> str:
    result, source = check.result, check.key_source()
    text = f"OK: {log_entries(result.entries)}, hash chain intact"
    if source is None:
        return text + "; signatures NOT checked (give --pubkey FILE): anyone can rebuild a hash chain"
    if source == "key file only":
        text += f", every entry and the head signed by the key with fingerprint {result.key_fingerprint}; "
        return text + check.unkept_warning()
    text += (", every entry and the head signed by the project's key (fingerprint "
             f"{result.key_fingerprint}, {'as you kept it' if result.key_kept else 'as the sealed project holds it'})")
    if checkpoint is not None:
        text += f"; the log continues your checkpoint {checkpoint}"
    return text + ("; the log ends where the project's last commit says" if check.checked_pointer else "")


def cmd_audit_verify(args: argparse.Namespace, out: Output) -> int:
    check = _check(args)
    result, problem = check.result, check.problem
    data = {"log": str(check.files.given), "entries": result.entries, "verified": problem is None,
            "signatures_checked": result.signatures_checked, "first_bad_entry": result.first_bad,
            "problem": problem, "checked_against_project": check.checked_pointer,
            "key_fingerprint": result.key_fingerprint, "key_checked_against": check.key_source(),
            "checkpoint": args.checkpoint}
    text = _ok_text(check, args.checkpoint) if problem is None else f"FAILED: {problem}"
    out.emit(data, text)
    return 0 if problem is None else EXIT_LOG_INVALID


def cmd_audit_checkpoint(args: argparse.Namespace, out: Output) -> int:
    """No passphrase needed; the log is checked as ``audit verify`` would (with any fingerprint or older
    checkpoint given) before its signed head is written out, so a checkpoint never vouches for a bad log."""
    check = _check(args)
    if check.problem is not None:
        out.emit({"written": False, "problem": check.problem}, f"FAILED, no checkpoint written: {check.problem}")
        return EXIT_LOG_INVALID
    made = write_checkpoint(check.files, Path(args.out))
    text = (f"Wrote a checkpoint of {log_entries(made.entries)} (key fingerprint {made.key}) to {args.out}. "
            "Keep it apart from this computer: 'prevista audit verify --checkpoint FILE' then catches a log that "
            "was cut short, rolled back or re-signed since.")
    if check.key_source() == "key file only":
        text += " Note: " + check.unkept_warning() + "."
    out.emit({"written": True, "file": args.out, "entries": made.entries, "hash": made.hash,
              "key_fingerprint": made.key}, text)
    return 0


def cmd_audit_accept_log_loss(args: argparse.Namespace, out: Output) -> int:
    service = open_service(args)
    problem = service.log_problem()
    if problem is None:
        out.emit({"accepted": False, "problem": None}, "The processing log matches the project's record: nothing to accept.")
        return 0
    if not args.yes and not confirm(f"The log does not match the project's record ({problem}). Record the loss "
                                    "in the log for good and allow writes again?"):
        out.emit({"accepted": False, "problem": problem}, "Nothing recorded (confirm with --yes).")
        return EXIT_LOG_INVALID
    step = service.accept_log_loss()
    out.emit({"accepted": True, "problem": problem, "entry": step.seq},
             f"Recorded the loss as log entry {step.seq}. Tell your DPO: a checkpoint made before now will no "
             "longer match, and a new one should be made ('prevista audit checkpoint').")
    return 0


def _export_files(args: argparse.Namespace, files: LogFiles) -> str:
    """Writes the export of a log given as files (no project unlocked) and says what was written."""
    out = Path(args.out)
    if args.format == "package":
        package = write_log_package(files.log, package_key(files), out)
        return f"Wrote the DPO log package ({log_entries(package.entries)}, key and checkpoint) to {out}."
    if args.format == "pdf":
        kept = Path(args.checkpoint) if args.checkpoint else None
        inspection = inspect_log(files, fingerprint=args.fingerprint, checkpoint=kept)
        write_log_pdf(inspection, out)
        return f"Wrote the processing log as PDF to {out} ({inspection.verdict.verdict_text()})."
    export_log_file(files, args.format, out)
    return (f"Exported a readable copy of the processing log as {args.format.upper()} to {out}. It cannot be "
            "verified: for the DPO, export the package ('--format package').")


def cmd_audit_export(args: argparse.Namespace, out: Output) -> int:
    """A package from an open project is written with the sealed key and logged; from a log file it is not."""
    if args.format == "package" and not args.log:
        package = open_service(args).export_log_package(Path(args.out))
        out.emit({"format": args.format, "file": args.out, "entries": package.entries, "sha256": package.sha256},
                 f"Wrote the DPO log package ({log_entries(package.entries)}, key and checkpoint) to {args.out}; "
                 "the export is recorded in the project's log.")
        return 0
    files = _log_files(args)
    text = _export_files(args, files)
    out.emit({"log": str(files.given), "format": args.format, "file": args.out}, text)
    return 0


def cmd_audit_pubkey(args: argparse.Namespace, out: Output) -> int:
    open_service(args).export_log_public_key(Path(args.out))
    out.emit({"file": args.out}, f"Wrote the log's public key to {args.out}: hand it to the DPO with the log.")
    return 0


def _kept_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--fingerprint", metavar="HEX", help="the log key fingerprint you kept (from 'prevista init')")
    parser.add_argument("--checkpoint", metavar="FILE",
                        help="a checkpoint you kept ('prevista audit checkpoint'), or an earlier DPO log package")


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
    verify.add_argument("--log", metavar="FILE", help=LOG_HELP)
    verify.add_argument("--pubkey", metavar="FILE", help="the project's log public key (default: beside the log)")
    _kept_options(verify)
    checkpoint = command(audit, "checkpoint", "write a signed checkpoint of the log for the DPO to keep (no passphrase)",
                         cmd_audit_checkpoint, project_required=False)
    checkpoint.add_argument("--log", metavar="FILE", help=LOG_HELP)
    checkpoint.add_argument("--pubkey", metavar="FILE", help="the project's log public key (default: beside the log)")
    _kept_options(checkpoint)
    checkpoint.add_argument("--out", required=True, metavar="FILE")
    accept = command(audit, "accept-log-loss", "record in the log that it no longer matches the project's record "
                     "(last resort when no good copy exists)", cmd_audit_accept_log_loss)
    accept.add_argument("--yes", action="store_true", help="do not ask before recording the loss")
    export = command(audit, "export", "export the processing log: a package for the DPO to verify (log, key and "
                     "checkpoint), a PDF to file, or CSV/JSON readable copies (not verifiable)", cmd_audit_export,
                     project_required=False)
    export.add_argument("--log", metavar="FILE", help=LOG_HELP)
    export.add_argument("--pubkey", metavar="FILE", help="the project's log public key (default: beside the log)")
    _kept_options(export)
    export.add_argument("--format", choices=("package", "pdf", "csv", "json"), default="csv",
                        help="package: one ZIP file 'audit verify' takes; pdf: the verdict and every entry; "
                             "csv, json: readable copies (default csv)")
    export.add_argument("--out", required=True, metavar="FILE")
    pub = command(audit, "pubkey", "write the log's public key for a DPO", cmd_audit_pubkey)
    pub.add_argument("--out", required=True, metavar="FILE")
