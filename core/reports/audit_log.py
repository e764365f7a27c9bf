"""The processing log as a DPO files it: the verdict of checking it, then every entry in full, as a PDF.

A DPO who checked a log on screen needs a record of what was checked and what it held, one that can be
printed, filed and cited; a CSV is a copy to sort, not a record.  The document states the verdict first
(a PDF of a log that failed its check must say so before anything else), then which entries it shows
when the DPO narrowed the view, then each entry with its purpose, legal basis, counts and details in
full: nothing is cut to fit a column.  The log holds no personal data, and neither does this document.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from prevista.core.reports.layout import Document, Fields, Paragraph, Section, Table
from prevista.core.reports.text import log_entries
from prevista.privacy.processing_log import Verification

SourceKind = Literal["log", "package", "bundle"]
SOURCE_NAMES: dict[SourceKind, str] = {"log": "processing log file", "package": "DPO log package",
                                       "bundle": "handover bundle"}
COLUMNS = ("No.", "Time (UTC)", "Action", "Operator", "Purpose and legal basis", "Counts and details")
WIDTHS = (7, 27, 22, 16, 36, 52)  # relative: the free text gets the room


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
                   entry.get("purpose"), entry.get("legal_basis"), entry.get("counts") or {},
                   entry.get("details") or {})

    def summary(self) -> str:
        """Counts and details on one line, for a table cell and a text search."""
        return "; ".join(describe(part) for part in (self.counts, self.details) if part)


def describe(value: object) -> str:
    """Counts and details as words: nested groups in brackets, lists comma-separated, keys without underscores."""
    if isinstance(value, Mapping):
        return ", ".join(f"{_label(key)} ({describe(item)})" if isinstance(item, Mapping)
                         else f"{_label(key)}: {describe(item)}" for key, item in value.items())
    if isinstance(value, list | tuple):
        return ", ".join(describe(item) for item in value)
    return str(value)


def logged_time(time: str) -> str:
    """A logged ISO time as people read it; where it is shown, the heading says UTC, so the offset goes."""
    return time.replace("T", " ").removesuffix("+00:00")


def _label(key: object) -> str:
    return str(key).replace("_", " ")


def logged_fields(step: LoggedStep) -> list[tuple[str, str]]:
    """The entry's counts and details, one label–value pair per logged key: what a table cell cuts off, whole."""
    return [(_label(key), describe(value)) for group in (step.counts, step.details) for key, value in group.items()]


@dataclass(frozen=True)
class LogVerdict:
    """What checking one log file, package or bundle found, with the key it was checked against."""

    source: str  # the file's name as the DPO picked it
    kind: SourceKind
    result: Verification
    against_checkpoint: bool = False  # checked against a checkpoint (or earlier package) the DPO kept

    @property
    def ok(self) -> bool:
        return self.result.ok

    def key_text(self) -> str:
        """Whose word the signatures are: a key file alone proves little, a kept fingerprint pins it."""
        result = self.result
        if not result.signatures_checked:
            return "not checked (no public key): anyone can rebuild a hash chain"
        if result.key_kept:
            return f"signed by the project's key as the DPO kept it (fingerprint {result.key_fingerprint})"
        return (f"signed by the key in the file given (fingerprint {result.key_fingerprint}); compare it with the "
                "fingerprint kept when the project was created, or the key proves nothing")

    def verdict_text(self) -> str:
        if not self.ok:
            return f"FAILED: {self.result.problem}"
        return f"OK: {log_entries(self.result.entries)}, hash chain intact"


def _entry_row(step: LoggedStep) -> list[str]:
    purpose = "\n".join(part for part in (step.purpose, step.legal_basis) if part) or "—"
    return [str(step.seq), logged_time(step.time), step.action or "—", step.operator or "—", purpose,
            step.summary() or "—"]


def document(verdict: LogVerdict, steps: Sequence[LoggedStep], *, of_entries: int | None = None,
             selection: str | None = None, now: datetime | None = None) -> Document:
    """The verdict, which entries are shown (``selection`` says how the DPO narrowed ``of_entries``), and each
    entry whole."""
    generated = (now or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M")
    checked = [("Verdict", verdict.verdict_text()), ("Signatures", verdict.key_text()),
               ("Checked file", f"{verdict.source} ({SOURCE_NAMES[verdict.kind]})"),
               ("Entries in the log", str(verdict.result.entries))]
    if verdict.against_checkpoint and verdict.ok:
        checked.append(("Earlier checkpoint", "the log continues the checkpoint the DPO kept: no entry up to it "
                                              "was removed or changed"))
    if verdict.result.first_bad is not None:
        checked.append(("First bad entry", str(verdict.result.first_bad)))
    total = of_entries if of_entries is not None else len(steps)
    shown = f"{len(steps)} of {log_entries(total)}" + (f", {selection}" if selection else "")
    entries: list[Paragraph | Table] = [Paragraph(f"Shown: {shown}.")]
    if not verdict.ok:
        entries.insert(0, Paragraph("The log did not pass its check: the entries below are as read from the "
                                    "file and cannot be relied on from the first bad entry on."))
    entries.append(Table(COLUMNS, [_entry_row(step) for step in steps], empty="No entries.", widths=WIDTHS))
    return Document("Processing log", f"Generated by Prevista on {generated} UTC. The processing log records who "
                    "processed data, when, for which purpose and on which legal basis, with counts: it contains "
                    "no personal data.",
                    [Section("Verification", [Fields(checked)]), Section("Entries", list(entries))])
