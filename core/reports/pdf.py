"""PDF without Qt: fpdf2 is pure Python, and the bundled DejaVu Sans renders any Latin name ('ł', 'ř', 'ß').

fpdf2 (with fontTools) takes half a second to load, so it is loaded when a PDF is made, not with every command.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from prevista.core.reports.layout import Block, Bullets, Document, Fields, Intervals, Paragraph, Table
from prevista.core.runtime.resources import assets

if TYPE_CHECKING:
    from fpdf import FPDF

FONTS = assets() / "fonts"
FAMILY = "DejaVu"
BODY_SIZE = 9.5
LINE = 5.0
HEADING_FILL = (235, 235, 235)


@cache
def _document_class() -> Any:
    from fpdf import FPDF

    class Pdf(FPDF):
        def __init__(self, title: str, footer: str) -> None:
            super().__init__(format="A4")
            self.report_title = title
            self.page_line = footer
            self.add_font(FAMILY, "", str(FONTS / "DejaVuSans.ttf"))
            self.add_font(FAMILY, "B", str(FONTS / "DejaVuSans-Bold.ttf"))
            self.set_title(title)
            self.set_creator("Prevista")
            self.set_auto_page_break(auto=True, margin=18)

        def footer(self) -> None:
            """Page numbers, because a DPO files and cites a printed record."""
            self.set_y(-13)
            self.set_font(FAMILY, size=7.5)
            self.cell(0, 5, self.page_line.format(self.report_title, self.page_no(), "{nb}"), align="C")

    return Pdf


def _text(pdf: FPDF, text: str, *, size: float = BODY_SIZE, bold: bool = False, gap: float = 1.5) -> None:
    pdf.set_font(FAMILY, "B" if bold else "", size)
    pdf.multi_cell(0, size * 0.5 + 0.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def _table(pdf: FPDF, rows: Sequence[Sequence[str]], *, header: bool, widths: tuple[int, ...] | None = None) -> None:
    from fpdf.fonts import FontFace

    pdf.set_font(FAMILY, size=BODY_SIZE - 1)
    headings = FontFace(emphasis="BOLD", fill_color=HEADING_FILL)
    with pdf.table(col_widths=widths, first_row_as_headings=header, headings_style=headings,
                   text_align="LEFT", line_height=LINE - 0.6, padding=1) as table:
        for values in rows:
            row = table.row()
            for value in values:
                row.cell(value)
    pdf.ln(2)


def _intervals(pdf: FPDF, chart: Intervals) -> None:
    """The same chart as the HTML's, drawn with lines and dots: a label column, then the scale."""
    label_w, row_h = 70.0, 6.0
    plot_w = pdf.epw - label_w
    if pdf.will_page_break(row_h * len(chart.rows) + 10):
        pdf.add_page()
    top, left = pdf.get_y(), pdf.l_margin
    zero = left + label_w + chart.at(0.0, plot_w)
    pdf.set_draw_color(150, 150, 150)
    pdf.set_line_width(0.2)
    pdf.dashed_line(zero, top, zero, top + row_h * len(chart.rows), 1, 1)
    pdf.set_font(FAMILY, size=BODY_SIZE - 1.5)
    for i, row in enumerate(chart.rows):
        y = top + row_h * i + row_h / 2
        pdf.set_xy(left, y - 2)
        pdf.cell(label_w - 2, 4, row.label[:48])
        pdf.set_draw_color(43, 108, 176)
        pdf.set_line_width(0.8)
        pdf.line(left + label_w + chart.at(row.low, plot_w), y, left + label_w + chart.at(row.high, plot_w), y)
        pdf.set_fill_color(26, 54, 93)
        x = left + label_w + chart.at(row.value, plot_w)
        pdf.ellipse(x - 1.2, y - 1.2, 2.4, 2.4, style="F")
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    pdf.set_xy(left, top + row_h * len(chart.rows) + 1)
    _text(pdf, chart.caption, size=BODY_SIZE - 1.5)


def _block(pdf: FPDF, block: Block) -> None:
    if isinstance(block, Paragraph):
        _text(pdf, block.text)
    elif isinstance(block, Bullets):
        for item in block.items:
            _text(pdf, f"•  {item}", gap=0.8)
        pdf.ln(0.8)
    elif isinstance(block, Fields):
        _table(pdf, [[k, v] for k, v in block.rows], header=False, widths=(1, 2))
    elif isinstance(block, Table):
        if block.rows:
            _table(pdf, [block.header, *block.rows], header=True, widths=tuple(block.widths) if block.widths else None)
        else:
            _text(pdf, block.empty)
    elif isinstance(block, Intervals):
        _intervals(pdf, block)
    else:
        raise TypeError(f"unknown block {block!r}")


def render(document: Document) -> bytes:
    pdf: FPDF = _document_class()(document.title, document.footer)
    pdf.add_page()
    _text(pdf, document.title, size=16, bold=True, gap=1)
    _text(pdf, document.subtitle, size=8.5, gap=4)
    for section in document.sections:
        if pdf.will_page_break(25):  # never leave a heading alone at the foot of a page
            pdf.add_page()
        _text(pdf, section.heading, size=12.5, bold=True, gap=1.5)
        for block in section.blocks:
            _block(pdf, block)
        pdf.ln(2)
    return bytes(pdf.output())
