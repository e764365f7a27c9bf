"""Writing a report: one atomic file, then one log entry saying who produced which report, in what format."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from prevista.core.reports import html, pdf
from prevista.core.reports.layout import Document
from prevista.core.runtime.outputs import write_output
from prevista.privacy.store import ProjectStore

FORMATS = ("pdf", "html")


def render(document: Document, fmt: str) -> bytes:
    return pdf.render(document) if fmt == "pdf" else html.render(document).encode("utf-8")


def write_document(store: ProjectStore, document: Document, path: Path, fmt: str, log_record: dict[str, Any]) -> Path:
    """The file first (never inside a project folder), the log entry after: a log entry for a file that was
    never written would mislead a DPO."""
    write_output(Path(path), render(document, fmt), "the report", store.root)
    store.record({**log_record, "details": {**log_record.get("details", {}), "format": fmt}})
    return path
