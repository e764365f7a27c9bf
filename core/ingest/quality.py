"""The data-quality report shown before anything is committed.

It is both a structured object (for the GUI and ``--json``) and printable
text.  Findings are *refusals* (the import cannot go ahead until the file or
the mapping changes) or *warnings* (the user may accept them, ``--yes`` on the
command line).  Findings name rows and columns, never cell values.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

import polars as pl

from prevista.core.ingest.readers.raw import RawTable
from prevista.privacy.catalogue import QT_TRANSLATE_NOOP

AND_MORE = QT_TRANSLATE_NOOP("Findings", "{0} and {1} more")  # the rows a finding lists, and how many it does not

REFUSAL = "refusal"
WARNING = "warning"
INFO = "info"

MAX_LOCATIONS = 5
FORMULAS = QT_TRANSLATE_NOOP(
    "Findings",
    "cells start with =, +, - or @, which a spreadsheet would run as a formula; they are imported as plain text "
    "and exports mark them as text. Check the file if you did not expect formulas")


@dataclass(frozen=True)
class Remedy:
    """What the user can change to resolve a finding, said by each front end in its own terms (an option on the
    command line, a choice in the import wizard), so that neither quotes the other's syntax."""

    kind: str  # "role" | "format" | "allow-special" | "skip-rows-without-id"
    column: str | None = None  # None: the user picks the column
    value: str | None = None  # the role to give, for "role"

    def cli(self) -> str:
        column = self.column or "COLUMN"
        return {"role": f"--role '{column}={self.value or 'ROLE'}'", "format": f"--format '{column}=FORMAT'",
                "allow-special": f"--allow-special '{column}'",
                "skip-rows-without-id": "--skip-rows-without-id"}[self.kind]


@dataclass(frozen=True)
class Finding:
    severity: str
    code: str
    message: str
    file: str | None = None
    column: str | None = None
    locations: tuple[str, ...] = ()
    count: int | None = None
    remedies: tuple[Remedy, ...] = ()

    def where(self) -> str:
        return ", ".join(p for p in (self.file, f"column '{self.column}'" if self.column else None) if p)

    def located(self) -> str:
        """The first rows it concerns, and how many more."""
        if not self.locations:
            return ""
        listed, more = ", ".join(self.locations), self.unlisted()
        return " (" + (AND_MORE.format(listed, more) if more > 0 else listed) + ")"

    def unlisted(self) -> int:
        """How many rows it concerns beyond the locations listed."""
        return (self.count or len(self.locations)) - len(self.locations)

    def text(self) -> str:
        """The command line's form: the remedies as its options."""
        where = self.where()
        options = f" [{'; '.join(r.cli() for r in self.remedies)}]" if self.remedies else ""
        return f"{where + ': ' if where else ''}{self.message}{self.located()}{options}"


def locations_of(
    rows: list[int], locate: Callable[[int, str | None], str], column: str | None = None
) -> tuple[str, ...]:
    """The first few human locators for 0-based rows."""
    return tuple(locate(row, column) for row in rows[:MAX_LOCATIONS])


# What a spreadsheet would run as a formula (OWASP "CSV injection"); a signed plain number is not one.
_FORMULA_FIRST = ["=", "+", "-", "@", "\t", "\r"]
_STARTS_LIKE_FORMULA = r"^ *[=+\-@\t\r]"  # the same characters after leading spaces: one pass, no copies
# Numbers and phone numbers ("+1 239-555-0197", "+48 (22) 555 01 97") start with + or - but carry no formula.
_PLAIN_NUMBER = r"^[+-]?[\d\s.,()/-]*\d[\d\s.,()/-]*%?$"


def formula_rows(text: pl.Series, distinct: pl.Series | None = None) -> pl.Series:
    """The rows of a text column whose cell starts like a formula.  They are stored as plain text and every
    export escapes them, so nothing runs; but an export full of formulas usually means the wrong file or a
    tampered one, which the user should look at before confirming.  The first character is looked for in
    one pass, the costlier number test only where it is found.  ``distinct``: the column's distinct cells,
    when already known, looked at instead of every cell (a category's five values for ten million events,
    where the pass took 0.2 s)."""
    looked_at = text if distinct is None else distinct
    if text.null_count() == text.len() or not looked_at.str.contains(_STARTS_LIKE_FORMULA).any():
        return pl.Series([], dtype=pl.UInt32)
    stripped = text.str.strip_chars_start(" ")
    flagged = stripped.str.slice(0, 1).is_in(_FORMULA_FIRST) & ~stripped.str.contains(_PLAIN_NUMBER)
    return flagged.fill_null(False).arg_true()


def formula_like_cells(raw: RawTable, columns: list[str], found: Mapping[str, pl.Series]) -> list[Finding]:
    """A warning per text column with cells that start like a formula, in the order of ``columns``.
    ``found``: the rows of the columns already looked at (a category's pass, before its text went); the
    others are looked at in ``raw``."""
    findings = []
    for column in columns:
        rows = found[column] if column in found else formula_rows(raw.frame[column])
        if len(rows):
            findings.append(Finding(WARNING, "formula-like-cells", FORMULAS, raw.source.name, column,
                                    locations_of(rows.to_list(), raw.locate, column), len(rows)))
    return findings


@dataclass
class ColumnReport:
    column: str
    role: str
    meaning: str | None
    fmt: str | None
    missing: int
    rows: int
    stored: str  # "analysis" | "identity table" | "encrypted ID" | "dropped" | "opt-out register"

    @property
    def missing_share(self) -> float:
        return self.missing / self.rows if self.rows else 0.0


@dataclass
class TableReport:
    file: str
    kind: str
    format: str
    encoding: str | None
    delimiter: str | None
    preset: str
    mapping_source: str
    rows: int
    customers: int
    first_date: str | None = None
    last_date: str | None = None
    columns: list[ColumnReport] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    rows_without_id_left_out: int = 0  # guest rows the user chose to leave out (counted in ``rows``)
    rows_without_customer: int = 0  # tickets of a log with no customer column: stored, but nobody's activity
    orders: int | None = None  # distinct order numbers, where lines carry one
    cancellation_lines: int = 0  # cancelled or returned lines, netted out of spend
    non_product_lines: int = 0  # postage, fees, adjustments: no purchase


@dataclass
class QualityReport:
    tables: list[TableReport] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    def add(self, finding: Finding) -> None:
        self.findings.append(finding)

    @property
    def refusals(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == REFUSAL]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == WARNING]

    @property
    def infos(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == INFO]

    def to_dict(self) -> dict[str, Any]:
        return {
            "tables": [
                {**asdict(t), "columns": [{**asdict(c), "missing_share": round(c.missing_share, 4)} for c in t.columns]}
                for t in self.tables
            ],
            "refusals": [asdict(f) for f in self.refusals],
            "warnings": [asdict(f) for f in self.warnings],
            "info": [asdict(f) for f in self.infos],
        }

    def to_text(self) -> str:
        lines = ["Data-quality report", "==================="]
        for table in self.tables:
            lines += _table_text(table)
        for title, items in (("Refused", self.refusals), ("Warnings", self.warnings), ("Notes", self.infos)):
            if items:
                lines.append(f"{title}:")
                lines += [f"  - {item.text()}" for item in items]
        if not self.refusals:
            lines.append("Nothing refused." if not self.warnings else "Nothing refused; warnings need your confirmation.")
        return "\n".join(lines)


def _table_text(table: TableReport) -> list[str]:
    source = f"{table.format}" + (f", {table.encoding}" if table.encoding else "") + (
        f", delimiter {table.delimiter!r}" if table.delimiter else ""
    )
    lines = [
        f"{table.file}: {table.kind} ({source}); mapping: {table.preset} preset, {table.mapping_source}",
        f"  {table.rows} rows, {table.customers} distinct customers"
        + (f", dates {table.first_date} … {table.last_date}" if table.first_date else ""),
    ]
    lines += _order_line_text(table)
    for column in table.columns:
        detail = column.role + (f"/{column.meaning}" if column.meaning else "") + (f" [{column.fmt}]" if column.fmt else "")
        lines.append(
            f"    {column.column:<28} {detail:<34} missing {column.missing_share:6.1%}  → {column.stored}"
        )
    lines += [f"  note: {note}" for note in table.notes]
    return lines


def _order_line_text(table: TableReport) -> list[str]:
    """The counts an export was read with (order lines, rows left out or of no customer), in one line; the notes
    below say how."""
    parts = ([f"{table.rows_without_id_left_out} rows without a customer ID left out"] if table.rows_without_id_left_out else []) + (
        [f"{table.rows_without_customer} tickets of no customer"] if table.rows_without_customer else []) + (
        [f"{table.orders} orders"] if table.orders is not None else []) + (
        [f"{table.cancellation_lines} cancellation/return lines"] if table.cancellation_lines else []) + (
        [f"{table.non_product_lines} non-product lines"] if table.non_product_lines else [])
    return [f"  {'; '.join(parts)}"] if parts else []
