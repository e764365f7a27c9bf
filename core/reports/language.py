"""A report in the reader's language, without core knowing any language but English.

The report builders write English (the command line's reports, and what a test reads) from sentences they
mark with ``QT_TRANSLATE_NOOP(REPORTS, ...)`` for the catalogues.  Whoever shows the report in another
language passes a translator: every text of the finished document goes through it once, so a heading, a
label or a filled sentence is translated where it is read, and a value no catalogue knows stays as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Protocol, runtime_checkable

from prevista.core.reports.layout import Block, Bullets, Document, Fields, Intervals, Paragraph, Section, Table

REPORTS = "Reports"  # the catalogue context of the reports' own sentences

Translate = Callable[[str, str], str]  # (context, English text) -> the text in the reader's language


@runtime_checkable
class Translator(Protocol):
    """A translator that also names the language it writes, so the document can say it (an HTML page's lang)."""

    @property
    def language(self) -> str: ...

    def __call__(self, context: str, text: str) -> str: ...


def english(_context: str, text: str) -> str:
    """The default: the text as core wrote it (the command line and stored outputs stay English)."""
    return text


def translated(document: Document, translate: Translate = english) -> Document:
    """``document`` with every text it shows passed through ``translate``."""
    if translate is english:
        return document

    def said(text: str) -> str:
        return translate(REPORTS, text)

    def block(found: Block) -> Block:
        if isinstance(found, Paragraph):
            return Paragraph(said(found.text))
        if isinstance(found, Bullets):
            return Bullets([said(item) for item in found.items])
        if isinstance(found, Fields):
            return Fields([(said(label), said(value)) for label, value in found.rows])
        if isinstance(found, Table):
            return replace(found, header=[said(h) for h in found.header],
                           rows=[[said(cell) for cell in row] for row in found.rows], empty=said(found.empty))
        return Intervals(said(found.caption), [replace(row, label=said(row.label)) for row in found.rows])

    return Document(said(document.title), said(document.subtitle),
                    [Section(said(s.heading), [block(b) for b in s.blocks]) for s in document.sections],
                    said(document.footer), translate.language if isinstance(translate, Translator) else "")

