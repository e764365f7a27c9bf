"""Files handed to people outside Prevista: CSV that a spreadsheet cannot turn into code."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import polars as pl

from prevista.core.runtime.outputs import write_output
from prevista.privacy.errors import ParameterError

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> str:
    """A cell a spreadsheet would evaluate as a formula is prefixed with an apostrophe (OWASP CSV injection)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def safe_csv(frame: pl.DataFrame) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([neutralise(c) for c in frame.columns])
    for row in frame.iter_rows():
        writer.writerow([neutralise(v) for v in row])
    return buffer.getvalue().encode("utf-8-sig")


def write_safe_csv(frame: pl.DataFrame, path: Path, what: str, project: Path | None = None) -> Path:
    """Refused inside a project folder (see core/runtime/outputs.py)."""
    return write_output(Path(path), safe_csv(frame), what, project)


def safe_xlsx(frame: pl.DataFrame) -> bytes:
    """The same table as a workbook: numbers stay numbers, text that looks like a formula stays text."""
    text = [c for c, dtype in frame.schema.items() if dtype == pl.String]
    cells = frame.with_columns(pl.col(c).map_elements(neutralise, return_dtype=pl.String) for c in text)
    buffer = io.BytesIO()
    cells.rename({c: neutralise(c) for c in cells.columns}).write_excel(buffer, autofit=True)
    return buffer.getvalue()


def spreadsheet(frame: pl.DataFrame, path: Path) -> bytes:
    """CSV or Excel by the file's suffix: the user picks the format by the name they give."""
    suffix = Path(path).suffix.lower()
    if suffix == ".xlsx":
        return safe_xlsx(frame)
    if suffix in (".csv", ".txt", ""):
        return safe_csv(frame)
    raise ParameterError(f"'{Path(path).name}': tables are written as .csv or .xlsx, not {suffix}.")
