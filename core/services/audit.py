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

from prevista.core.runtime.outputs import write_output
from prevista.privacy.errors import PrevistaError
from prevista.privacy.processing_log import Checkpoint, Verification, export_log, make_checkpoint, verify_log_file
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


def read_checkpoint(path: Path) -> Checkpoint:
    try:
        return Checkpoint.from_json(Path(path).read_bytes())
    except FileNotFoundError:
        raise PrevistaError(f"No checkpoint file at {path}.") from None


def verify_log(files: LogFiles, *, fingerprint: str | None = None, checkpoint: Path | None = None) -> Verification:
    """With a fingerprint or checkpoint the DPO kept, the key beside the log is checked too, not trusted."""
    kept = read_checkpoint(checkpoint) if checkpoint is not None else None
    return verify_log_file(files.log, files.public_key, fingerprint=fingerprint, checkpoint=kept)


def write_checkpoint(files: LogFiles, out: Path) -> Checkpoint:
    """The log's signed head and key fingerprint as a file the DPO keeps.  No passphrase: the head signature
    already is the project key's word on the log's length and last hash; check the log first."""
    if files.public_key is None:
        raise PrevistaError("A checkpoint needs the log's public key (give --pubkey FILE).")
    checkpoint = make_checkpoint(files.log, files.public_key)
    write_output(Path(out), checkpoint.to_json(), "the checkpoint")
    return checkpoint


def export_log_file(files: LogFiles, fmt: Literal["csv", "json"], out: Path) -> Path:
    """One export for both front ends: the CLI's ``audit export`` and the GUI's log tab."""
    return write_output(Path(out), export_log(files.log, fmt), "the log export")


def write_public_key(key: bytes, out: Path) -> Path:
    """The log's public key as a file a DPO checks the signatures with; written whole or not at all, and never
    over the copy inside a project folder."""
    return write_output(Path(out), key, "the public key")
