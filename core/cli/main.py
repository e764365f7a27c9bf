"""The ``prevista`` command line: the same services the GUI calls.

Every command takes ``--project DIR`` and ``--json``; each concern's commands live in the module
of the same name.  Failures print one line to stderr and exit non-zero; never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys

from prevista.core.cli import analytics, campaigns, demo, duties, imports, pilot, project, reports
from prevista.core.cli.common import EXIT_FAILED, EXIT_REFUSED, Command, Output
from prevista.core.project.lifecycle import default_operator
from prevista.core.runtime.crash_report import explain_failure
from prevista.privacy.errors import ImportRefusedError
from prevista.privacy.process import harden_process

__all__ = ["EXIT_FAILED", "build_parser", "main"]

EXIT_CLOSED_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a program whose output pipe closed
CONCERNS = (project, imports, analytics, campaigns, pilot, duties, reports, demo)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="prevista", description="Offline customer predictions with privacy built in.",
                                     allow_abbrev=False)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for concern in CONCERNS:
        concern.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    harden_process()
    args = build_parser().parse_args(argv)
    args.operator = args.operator or default_operator()
    out = Output(args.json)
    run: Command = args.run
    try:
        code = run(args, out)
        sys.stdout.flush()  # a closed pipe shows here, where it is handled, not at exit
        return code
    except ImportRefusedError as exc:
        print(f"prevista: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except BrokenPipeError:
        # the reader stopped reading (``prevista status | head -2``): nothing failed, so no message and no crash
        # report; further writes go nowhere, and the exit code is the shell's for a closed pipe
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_CLOSED_PIPE
    except KeyboardInterrupt:
        print("prevista: interrupted; the project keeps its previous state.", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback, no data
        print(f"prevista: {explain_failure(exc)}", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
