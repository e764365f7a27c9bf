"""Polars frames as Qt item models: the view asks for visible cells only, so a million rows cost nothing."""

from __future__ import annotations

from typing import Any, Callable

import polars as pl
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from prevista.gui.locale_format import number
from prevista.gui.locale_format import percent as locale_percent

Index = QModelIndex | QPersistentModelIndex
Formatter = Callable[[Any], str]


def plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return number(value, 2)
    return str(value)


def percent(value: Any) -> str:
    return locale_percent(value)


def amount(value: Any) -> str:
    return number(value, 0)


def two_lines(title: str, longest: int = 12) -> str:
    """A long column title on two lines, broken at the space nearest its middle: numbers are narrow, and a
    title as wide as a sentence would push the table's last columns out of a laptop's window."""
    spaces = [i for i, c in enumerate(title) if c == " "]
    if len(title) <= longest or not spaces or "\n" in title:
        return title
    cut = min(spaces, key=lambda i: abs(i - len(title) / 2))
    return title[:cut] + "\n" + title[cut + 1:]


class FrameModel(QAbstractTableModel):
    """A read-only table over a polars frame, sortable by any column."""

    def __init__(self, frame: pl.DataFrame | None = None, *, headers: dict[str, str] | None = None,
                 formatters: dict[str, Formatter] | None = None) -> None:
        super().__init__()
        self._headers = headers or {}
        self._formatters = formatters or {}
        self._frame = pl.DataFrame()
        self.set_frame(frame if frame is not None else pl.DataFrame())

    @property
    def frame(self) -> pl.DataFrame:
        return self._frame

    def set_frame(self, frame: pl.DataFrame) -> None:
        self.beginResetModel()
        self._frame = frame
        self._numeric = [dtype.is_numeric() for dtype in frame.dtypes]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._frame.height

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._frame.width

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):  # the tip: a cell cut short in full
            name = self._frame.columns[index.column()]
            value = self._frame[index.row(), index.column()]
            return self._formatters.get(name, plain)(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and self._numeric[index.column()]:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            name = self._frame.columns[section]
            return two_lines(self._headers.get(name, name))
        return str(section + 1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self._frame.width:
            return
        self.layoutAboutToBeChanged.emit()
        self._frame = self._frame.sort(self._frame.columns[column], descending=order == Qt.SortOrder.DescendingOrder,
                                       nulls_last=True, maintain_order=True)
        self.layoutChanged.emit()
