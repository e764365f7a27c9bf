"""A report as headed sections of simple blocks, so HTML and PDF cannot drift apart."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from prevista.privacy.catalogue import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Bullets:
    items: Sequence[str]


@dataclass(frozen=True)
class Fields:
    """Label–value pairs, one per line."""

    rows: Sequence[tuple[str, str]]


@dataclass(frozen=True)
class Table:
    header: Sequence[str]
    rows: Sequence[Sequence[str]]
    empty: str = "None."
    widths: Sequence[int] | None = None  # relative column widths in the PDF (equal when None)


@dataclass(frozen=True)
class Interval:
    label: str
    value: float
    low: float
    high: float


@dataclass(frozen=True)
class Intervals:
    """A dot per estimate with its interval beside a zero line: whether a difference is clear of zero is
    seen at a glance, where a table of three numbers per row has to be read."""

    caption: str
    rows: Sequence[Interval]

    def span(self) -> tuple[float, float]:
        """The scale's ends: every interval and zero, with a little room either side."""
        low = min([0.0, *(r.low for r in self.rows)])
        high = max([0.0, *(r.high for r in self.rows)])
        pad = (high - low) * 0.05 or 1.0
        return low - pad, high + pad

    def at(self, value: float, width: float) -> float:
        """``value``'s position on a scale ``width`` long."""
        low, high = self.span()
        return (value - low) / (high - low) * width


Block = Paragraph | Bullets | Fields | Table | Intervals


@dataclass(frozen=True)
class Section:
    heading: str
    blocks: list[Block] = field(default_factory=list)


PAGE_FOOTER = QT_TRANSLATE_NOOP("Reports", "{0} — page {1} of {2}")  # the title, this page, the pages


@dataclass(frozen=True)
class Document:
    title: str
    subtitle: str
    sections: list[Section]
    footer: str = PAGE_FOOTER  # a PDF's page line, translated with the rest
    language: str = "en"  # the language it is written in (a BCP 47 tag: an HTML page's lang)
