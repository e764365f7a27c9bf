"""Self-contained HTML: inline style, no scripts, no external resources, every value escaped."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from prevista.core.reports.layout import Block, Bullets, Document, Fields, Intervals, Paragraph, Table

STYLE = """
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; color: #222; max-width: 60em; margin: 2em auto; }
h1 { font-size: 18pt; margin-bottom: 0.2em; } h2 { font-size: 13pt; border-bottom: 1px solid #999; margin-top: 1.6em; }
p.subtitle { color: #555; margin-top: 0; } table { border-collapse: collapse; margin: 0.5em 0; }
th, td { border: 1px solid #bbb; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
th { background: #eee; } table.fields th { width: 16em; }
"""


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


LABEL_PX, PLOT_PX, ROW_PX = 260, 360, 24


def _intervals(chart: Intervals) -> str:
    """Inline SVG (no script, no external resource): a grey zero line, a bar per interval, a dot per estimate."""
    height = ROW_PX * len(chart.rows) + 8
    zero = LABEL_PX + chart.at(0.0, PLOT_PX)
    parts = [f'<line x1="{zero:.1f}" y1="0" x2="{zero:.1f}" y2="{height}" stroke="#999" stroke-dasharray="3,3"/>']
    for i, row in enumerate(chart.rows):
        y = ROW_PX * i + ROW_PX / 2 + 4
        x0, x1, x = (LABEL_PX + chart.at(v, PLOT_PX) for v in (row.low, row.high, row.value))
        parts += [f'<text x="0" y="{y + 4:.1f}" font-size="11">{escape(row.label)}</text>',
                  f'<line x1="{x0:.1f}" y1="{y:.1f}" x2="{x1:.1f}" y2="{y:.1f}" stroke="#2b6cb0" stroke-width="3"/>',
                  f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4.5" fill="#1a365d"/>']
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{LABEL_PX + PLOT_PX}" height="{height}" role="img" '
           f'aria-label="{escape(chart.caption)}">{"".join(parts)}</svg>')
    return f"<figure>{svg}<figcaption>{escape(chart.caption)}</figcaption></figure>"


def _block(block: Block) -> str:
    if isinstance(block, Paragraph):
        return f"<p>{escape(block.text)}</p>"
    if isinstance(block, Bullets):
        return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in block.items) + "</ul>"
    if isinstance(block, Fields):
        rows = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in block.rows)
        return f'<table class="fields"><tbody>{rows}</tbody></table>'
    if isinstance(block, Table):
        return _table(block.header, block.rows) if block.rows else f"<p>{escape(block.empty)}</p>"
    if isinstance(block, Intervals):
        return _intervals(block)
    raise TypeError(f"unknown block {block!r}")


def render(document: Document) -> str:
    sections = "".join(
        f"<section><h2>{escape(s.heading)}</h2>{''.join(_block(b) for b in s.blocks)}</section>"
        for s in document.sections
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(document.language)}"><head><meta charset="utf-8">'
        f"<title>{escape(document.title)}</title><style>{STYLE}</style></head><body>"
        f"<h1>{escape(document.title)}</h1><p class=\"subtitle\">{escape(document.subtitle)}</p>"
        f"{sections}</body></html>\n"
    )
