"""Copy and export on every table and chart a screen shows, installed in one place for all screens.

What a table or chart shows is already released (k and rounding applied in the core), so copying it is
the user's business; writing it to a file goes through the core, which keeps it out of project folders
and logs it.
"""

from __future__ import annotations

import polars as pl
from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from prevista.gui import dialogs
from prevista.gui.charts import ChartView
from prevista.gui.frame_model import FrameModel
from prevista.gui.screens.page import Page
from prevista.gui.widgets import JobPanel

TABLE_FILES = "Excel workbook (*.xlsx);;CSV (*.csv)"
MIN_TEXT_WIDTH = 140  # pixels for a table's stretched text column (names, reasons) before it is cut short
MAX_TABLE_WIDTH = 900  # a table never claims more than this, so the window still fits a 1366-pixel laptop
FITS_OWN_COLUMNS = "fits_own_columns"  # a view with this property set lays out its columns itself (the log's)


def _tr(text: str) -> str:
    return QCoreApplication.translate("TableActions", text)


def _add(widget: QWidget, text: str, slot: object, shortcut: QKeySequence | None = None) -> QAction:
    action = QAction(text, widget)
    if shortcut is not None:
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(slot)
    widget.addAction(action)
    widget.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return action


def table_text(view: QTableView) -> str:
    """The selected cells as tab-separated lines (what a spreadsheet pastes), or the whole table with its headers."""
    model = view.model()
    chosen = view.selectionModel().selectedIndexes() if view.selectionModel() else []
    if chosen:
        rows = sorted({index.row() for index in chosen})
        columns = sorted({index.column() for index in chosen})
        header = []
    else:
        rows, columns = list(range(model.rowCount())), list(range(model.columnCount()))
        titles = (str(model.headerData(c, Qt.Orientation.Horizontal) or "").replace("\n", " ") for c in columns)
        header = ["\t".join(titles)]
    lines = ["\t".join(str(model.index(r, c).data() or "") for c in columns) for r in rows]
    return "\n".join(header + lines)


class _Exports:
    """The page's file exports: through the core, as a job of the page, its outcome on the page's banner."""

    def __init__(self, page: Page, jobs: JobPanel) -> None:
        self.page, self.jobs = page, jobs

    def table(self, view: QTableView) -> None:
        model = view.model()
        if not isinstance(model, FrameModel) or model.frame.is_empty():
            return
        what = view.accessibleName() or self.page.title()
        path = dialogs.save_path(self.page, _tr("Export table"), f"{what}.xlsx", TABLE_FILES)
        if path is None:
            return
        frame = model.frame
        self.jobs.run(_tr("Exporting the table"),
                      lambda _progress: self.page.session.service.reports.export_table(frame, path, what),
                      lambda written: self.jobs.banner.ok(_tr("Saved {0}.").format(written)))

    def chart(self, view: ChartView) -> None:
        what = view.accessibleName() or self.page.title()
        path = dialogs.save_path(self.page, _tr("Save chart"), f"{what}.png", "PNG image (*.png)")
        if path is None:
            return
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        view.grab().save(buffer, "PNG")
        png = bytes(buffer.data().data())
        self.jobs.run(_tr("Saving the chart"),
                      lambda _progress: self.page.session.service.reports.export_image(png, path, what),
                      lambda written: self.jobs.banner.ok(_tr("Saved {0}.").format(written)))


def fit_columns(view: QTableView) -> None:
    """Each column as wide as its content, the rest of the width to the last text column (names, reasons), so
    that at a laptop's width every column is in view and only long text is cut short (its tooltip is whole)."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    model = view.model()

    def stretch_text() -> None:
        if not isinstance(model, FrameModel) or not model.columnCount():
            return
        text = [i for i, dtype in enumerate(model.frame.dtypes) if dtype == pl.String]
        stretched = text[-1] if text else None
        for column in range(model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == stretched
                                        else QHeaderView.ResizeMode.ResizeToContents)
        # the layout must leave the table room for every column; a chart beside it gives way instead
        fixed = sum(max(header.sectionSizeHint(c), view.sizeHintForColumn(c))
                    for c in range(model.columnCount()) if c != stretched)
        room = fixed + (MIN_TEXT_WIDTH if stretched is not None else 0) + 2 * view.frameWidth()
        room += view.verticalScrollBar().sizeHint().width()
        room += view.verticalHeader().sizeHint().width() if not view.verticalHeader().isHidden() else 0
        view.setMinimumWidth(min(room, MAX_TABLE_WIDTH))
    if isinstance(model, FrameModel):
        model.modelReset.connect(stretch_text)
        stretch_text()


def install(page: Page) -> None:
    """Give every table of ``page`` fitted columns, Copy (Ctrl+C) and Export, and every chart Copy and Save as PNG."""
    jobs = getattr(page, "jobs", None)
    exports = _Exports(page, jobs) if isinstance(jobs, JobPanel) else None
    for view in page.findChildren(QTableView):
        if not view.property(FITS_OWN_COLUMNS):
            fit_columns(view)
        _add(view, _tr("&Copy"), lambda _c=False, v=view: QGuiApplication.clipboard().setText(table_text(v)),
             QKeySequence(QKeySequence.StandardKey.Copy))
        if exports is not None:
            _add(view, _tr("&Export table…"), lambda _c=False, v=view: exports.table(v))
    for chart in page.findChildren(ChartView):
        _add(chart, _tr("&Copy chart"), lambda _c=False, c=chart: QGuiApplication.clipboard().setPixmap(c.grab()))
        if exports is not None:
            _add(chart, _tr("&Save chart as PNG…"), lambda _c=False, c=chart: exports.chart(c))
