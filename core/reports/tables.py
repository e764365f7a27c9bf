"""Tables a user takes to a spreadsheet: the segment board, or any table a screen shows.

Only released figures reach here (k and rounding applied on the way out of the core), so a table can
leave the project; it is still a disclosure of the project's results, so it is written atomically outside
the project folder and logged like a report.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from prevista.core.analytics.segments import Dashboard
from prevista.core.duties.exports import spreadsheet
from prevista.core.runtime.outputs import write_output
from prevista.privacy.schema import Action
from prevista.privacy.store import ProjectStore


def segment_table(board: Dashboard) -> pl.DataFrame:
    """One row per shown segment with what sets it apart and what to do: the board a manager works from."""
    rows = [{
        "segment": row.segment, "name": row.name, "customers": row.size, "churn_risk": row.churn_risk,
        "expected_churners": row.expected_churners, "revenue_at_risk": row.revenue_at_risk,
        "purchase_propensity": row.purchase_propensity, "forecast_tickets": row.forecast_tickets,
        "sets_apart": "; ".join(row.sets_apart), "suggested_action": row.action, "because": row.because,
        "evidence": row.evidence,
    } for row in board.segments]
    frame = pl.DataFrame(rows, infer_schema_length=None)
    return frame.select([c for c in frame.columns if frame[c].null_count() < frame.height])  # no all-empty columns


def export_table(store: ProjectStore, frame: pl.DataFrame, out: Path, *, what: str, operator: str) -> Path:
    """Write ``frame`` as CSV or Excel (by the file's suffix), then log that it left the project."""
    return _exported(store, spreadsheet(frame, Path(out)), Path(out), what, operator, frame.height)


def export_image(store: ProjectStore, png: bytes, out: Path, *, what: str, operator: str) -> Path:
    """A chart as the screen drew it (released figures only), written and logged like a table."""
    return _exported(store, png, Path(out), what, operator, None)


def _exported(store: ProjectStore, data: bytes, out: Path, what: str, operator: str, rows: int | None) -> Path:
    written = write_output(out, data, what, store.root)
    store.record({"action": Action.TABLE_EXPORTED, "operator": operator, "purpose": f"export of {what}",
                  "data_categories": ["aggregated results (groups of at least k customers)"],
                  **({"counts": {"rows": rows}} if rows is not None else {})})
    return written
