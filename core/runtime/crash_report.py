"""Crash reports: what support needs to find a bug, and nothing a customer could be recognised by.

When something fails that is not one of Prevista's own, explained errors, a
small text file goes into ``<config folder>/crash-reports/`` for the user to
send to support.  It holds the app version, the platform, the exception's
type and the stack as ``file:line in function`` frames.  It leaves out the
exception's message and notes, local variables and argument values: a foreign
library's message can quote the cell it choked on.  Source files are named
relative to the import folder they came from, so the user name in a home
folder path stays out too; no frame names a user's data file, because data
files are read, never run.  Only the newest ``KEEP`` reports are kept.
"""

from __future__ import annotations

import platform
import sys
import traceback
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

from prevista.core.runtime.jobs import failure_text
from prevista.core.runtime.preferences import config_dir
from prevista.privacy.atomic import atomic_write
from prevista.privacy.errors import PrevistaError

REPORTS_DIR = "crash-reports"
PREFIX = "crash-"
KEEP = 20
MAX_CHAIN = 5  # causes and contexts followed; a cycle or a long chain must not loop or bloat the report


def reports_dir() -> Path:
    return config_dir() / REPORTS_DIR


def _version() -> str:
    try:
        return metadata.version("prevista")
    except metadata.PackageNotFoundError:  # a frozen build without package metadata
        return "unknown"


def _source_name(filename: str) -> str:
    """The file relative to the longest ``sys.path`` folder holding it (``core/cli.py``), else its bare name."""
    path = Path(filename)
    roots = sorted((Path(p) for p in sys.path if p), key=lambda p: len(p.parts), reverse=True)
    for root in roots:
        if path.is_absolute() and path.is_relative_to(root):
            return path.relative_to(root).as_posix()
    return path.name


def _frames(exc: BaseException) -> list[str]:
    stack = traceback.StackSummary.extract(traceback.walk_tb(exc.__traceback__), lookup_lines=False)
    return [f"  {_source_name(frame.filename)}:{frame.lineno} in {frame.name}" for frame in stack]


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception, then what caused it or was being handled when it happened, as Python prints them."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and len(chain) < MAX_CHAIN and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    return chain


def report_text(exc: BaseException, now: datetime) -> str:
    """The report's content: types and frames only, never the message or any value."""
    lines = [
        "Prevista crash report",
        f"time: {now.isoformat(timespec='seconds')}",
        f"version: {_version()}",
        f"python: {platform.python_implementation()} {platform.python_version()}",
        f"platform: {platform.system()} {platform.release()} {platform.machine()}",
        "",
        "The exception's message and all values were left out on purpose: they can quote customer data.",
    ]
    for number, link in enumerate(_chain(exc)):
        kind = type(link)
        role = "exception" if number == 0 else "while handling or caused by"
        lines += ["", f"{role}: {kind.__module__}.{kind.__qualname__}", "stack (most recent call last):", *_frames(link)]
    return "\n".join(lines) + "\n"


def write_crash_report(exc: BaseException, *, now: datetime | None = None) -> Path | None:
    """Save a report for ``exc`` and keep only the newest ``KEEP``; ``None`` when that fails for any reason
    (a read-only folder, no memory left): a crash report must never replace the failure it reports, and an
    exception escaping here would print the original one, message and all."""
    moment = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    folder = reports_dir()
    path = folder / f"{PREFIX}{moment:%Y%m%dT%H%M%S.%fZ}.txt"
    try:
        text = report_text(exc, moment)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        atomic_write(path, text.encode("utf-8"))
        for old in sorted(folder.glob(f"{PREFIX}*.txt"))[:-KEEP]:
            old.unlink(missing_ok=True)
    except Exception:  # noqa: BLE001 - see the docstring
        return None
    return path


def explain_failure(exc: BaseException) -> str:
    """:func:`core.runtime.jobs.failure_text`, and for a failure that is not one of ours, where its crash report went."""
    text = failure_text(exc)
    if isinstance(exc, PrevistaError):
        return text
    path = write_crash_report(exc)
    if path is None:
        return text
    return f"{text} A crash report (no customer data) was saved to {path}; attach it when you report this."
