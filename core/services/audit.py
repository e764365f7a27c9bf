"""The processing log as a DPO meets it: verify and export a log file without the data passphrase.

These need no open project, only the log (and, to check signatures, the project's public key),
so an auditor who may not see the data can still check that nobody tampered with the log.  The
open project's service (services/project.py) reads and exports its own log through the same functions.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from prevista.privacy.atomic import atomic_write
from prevista.privacy.errors import PrevistaError
from prevista.privacy.processing_log import Verification, export_log, verify_log_file
from prevista.privacy.store import LOG_KEY_NAME, LOG_NAME


@dataclass(frozen=True)
class LogFiles:
    log: Path
    public_key: Path | None  # None: signatures cannot be checked


@dataclass(frozen=True)
class LoggedStep:
    """One processing-log entry as a reader sees it; counts and details stay as logged, because what they
    hold depends on the action (rows per table, a model's name, a file's format…)."""

    seq: int
    time: str
    action: str | None
    operator: str | None
    purpose: str | None
    legal_basis: str | None
    counts: Mapping[str, object]
    details: Mapping[str, object]

    @classmethod
    def from_entry(cls, entry: Mapping[str, Any]) -> LoggedStep:
        return cls(int(entry["seq"]), str(entry["time"]), entry.get("action"), entry.get("operator"),
                   entry.get("purpose"), entry.get("legal_basis"), entry.get("counts") or {}, entry.get("details") or {})


def log_files(log: Path | None = None, project: Path | None = None, public_key: Path | None = None) -> LogFiles:
    """The log file (given, or the project's), and its public key (given, or the file beside the log)."""
    if log is not None:
        log_path = Path(log)
    elif project is not None:
        log_path = Path(project) / LOG_NAME
    else:
        raise PrevistaError("Name the log with --log FILE or the project with --project DIR.")
    if not log_path.is_file():
        raise PrevistaError(f"No processing log at {log_path}.")
    key = Path(public_key) if public_key else log_path.with_name(LOG_KEY_NAME)
    return LogFiles(log_path, key if key.is_file() else None)


def verify_log(files: LogFiles) -> Verification:
    return verify_log_file(files.log, files.public_key)


def export_log_file(files: LogFiles, fmt: Literal["csv", "json"], out: Path) -> Path:
    """One export for both front ends: the CLI's ``audit export`` and the GUI's log tab."""
    atomic_write(Path(out), export_log(files.log, fmt))
    return Path(out)


def write_public_key(key: bytes, out: Path) -> Path:
    """The log's public key as a file a DPO checks the signatures with; written whole or not at all."""
    atomic_write(Path(out), key)
    return Path(out)
