"""``report art30|pilot|reid``: the DPO's record, the client's pilot report, the re-identification risk."""

from __future__ import annotations

import argparse
import json
import shlex
from dataclasses import asdict
from pathlib import Path
from typing import Any

from prevista.core.cli.common import Output, command, group, open_service
from prevista.core.services.reports import Report

TITLES = {Report.ART30: "record of processing activities", Report.PILOT: "pilot report"}


def cmd_report(args: argparse.Namespace, out: Output) -> int:
    reports = open_service(args).reports
    if args.report_command == "reid":
        risk = reports.reidentification_risk(out.progress())
        out.emit(risk, risk.summary + "".join(f"\n  - {s}" for s in risk.suggestions))
        return 0
    report = Report(args.report_command)
    if args.format == "json" or not args.out:
        content = reports.gather(report, out.progress())
        out.emit(content, json.dumps(asdict(content), indent=2, ensure_ascii=False, default=str))
        return 0
    missing = reports.missing_settings(report)
    reports.write(report, Path(args.out), args.format, out.progress())
    out.emit({"file": args.out, "format": args.format, "missing_settings": list(missing)},
             f"Wrote the {TITLES[report]} to {args.out}." + _missing_text(missing, args.project))
    return 0


def _missing_text(missing: tuple[str, ...], project: str) -> str:
    """Which settings the record printed as "not configured", and the command that sets them."""
    if not missing:
        return ""
    sets = " ".join(f"--set {name}='…'" for name in missing)
    return (f"\nIt says \"not configured\" for: {', '.join(missing)}. Set them, then write it again:\n"
            f"  prevista settings --project {shlex.quote(project)} {sets}")


def register(commands: Any) -> None:
    reports = group(commands, "report", "reports for the DPO and the client", "report_command", "REPORT")
    for name, text in ((Report.ART30, "record of processing activities (GDPR Art. 30)"),
                       (Report.PILOT, "pilot report for the client: key figures, model quality, segments, privacy")):
        sub = command(reports, name, text, cmd_report)
        sub.add_argument("--format", choices=("pdf", "html", "json"), default="pdf")
        sub.add_argument("--out", metavar="FILE", help="file to write (PDF or HTML)")
    command(reports, "reid", "re-identification risk of the stored tables", cmd_report)
