"""What every command shares: output (text or JSON), passphrases, opening the project, confirmation.

Passphrases come from a prompt, ``PREVISTA_PASSPHRASE`` or ``--passphrase-file`` — never from an
argument, where they would land in shell history and process lists.
"""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import json
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from prevista.core.runtime.jobs import Progress
from prevista.core.runtime.preload import loading
from prevista.core.services.project import ProjectService
from prevista.privacy.errors import PrevistaError

EXIT_FAILED = 1
EXIT_REFUSED = 2
EXIT_LOG_INVALID = 3


def _plain(data: Any) -> Any:
    """Dataclasses become JSON objects with the same field names, also as the values of a mapping."""
    if dataclasses.is_dataclass(data) and not isinstance(data, type):
        return dataclasses.asdict(data)
    if isinstance(data, Mapping):
        return {key: _plain(value) for key, value in data.items()}
    return data


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

    def emit(self, data: Any, text: str) -> None:
        print(json.dumps(_plain(data), indent=2, ensure_ascii=False, default=str) if self.as_json else text)


Command = Callable[[argparse.Namespace, Output], int]


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


def open_service(args: argparse.Namespace, *, preload: tuple[str, ...] = (), create: bool = False,
                 progress: Progress | None = None) -> ProjectService:
    """The unlocked project, or with ``create`` a new one (its passphrase asked twice); ``preload`` names
    modules the command will need, loaded while the key is derived."""
    passphrase = read_passphrase(args, confirm=create)
    with loading(*preload):
        if create:
            return ProjectService.create(Path(args.project), passphrase, operator=args.operator, progress=progress)
        return ProjectService.open(Path(args.project), passphrase, operator=args.operator, progress=progress)


def confirm(question: str) -> bool:
    if not sys.stdin.isatty():
        return False
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


# ----- parser pieces ---------------------------------------------------------------------
def _common(parser: argparse.ArgumentParser, *, project_required: bool = True) -> None:
    parser.add_argument("--project", required=project_required, metavar="DIR", help="project folder")
    parser.add_argument("--json", action="store_true", help="machine-readable output on stdout")
    parser.add_argument("--passphrase-file", metavar="FILE", help="read the passphrase from FILE")
    parser.add_argument("--operator", default=None, help="name recorded in the processing log")


def command(group: Any, name: str, help: str, run: Command, *, project_required: bool = True) -> argparse.ArgumentParser:
    """A subcommand with the options every command shares."""
    parser: argparse.ArgumentParser = group.add_parser(name, allow_abbrev=False, help=help)
    _common(parser, project_required=project_required)
    parser.set_defaults(run=run)
    return parser


def group(commands: Any, name: str, help: str, dest: str, metavar: str) -> Any:
    """A command with subcommands (``prevista optout add`` …)."""
    parser = commands.add_parser(name, allow_abbrev=False, help=help)
    return parser.add_subparsers(dest=dest, required=True, metavar=metavar)
