"""``demo``: a whole headless run on the bundled demo exports."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from prevista.core.cli.common import Output, command
from prevista.core.demo.run import run_demo


def cmd_demo(args: argparse.Namespace, out: Output) -> int:
    report = run_demo(Path(args.project), variant=args.variant, operator=args.operator,
                      passphrase=os.environ.get("PREVISTA_PASSPHRASE"), progress=out.progress(),
                      say=None if out.as_json else print)
    if out.as_json:
        out.emit(report, "")
    return 0


def register(commands: Any) -> None:
    demo = command(commands, "demo", "a whole headless run on bundled demo data", cmd_demo, project_required=False)
    demo.set_defaults(project="prevista-demo")
    demo.add_argument("--variant", choices=("hubspot", "european"), default="hubspot")
