"""A pseudo-language that makes every translated string visible, and a reader of all the text a window shows.

:class:`Marking` translates each literal stretch of a source string to itself between ⟦ and ⟧ and leaves the
format fields ({0}, {1:.1f}, %1, %n) outside, so the values filled in later stay outside the marks too.  Text
outside every mark therefore never went through the catalogues: it is either data (a column name, a category
value from the user's export, a number, a date) or an untranslated string.  A number written the English way
("4,950", "485.3") under a locale that writes them otherwise was formatted by core instead of the window.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt, QTranslator
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)

OPEN, CLOSE = "⟦", "⟧"
FIELD = re.compile(r"(\{[^{}]*\}|%L?\d+|%n)")  # str.format fields and Qt's %1 / %n: the values, not the words
MARKED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
WORD = re.compile(r"\w+")  # a token with a digit in it (an ID, a hash, "3rd") is no word; snake_case is words
ENGLISH_NUMBER = re.compile(r"\d\.\d|(?<![\d,])[1-9]\d{0,2}(?:,\d{3})+(?![\d,])")  # 485.3, 4,950
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
MAX_ROWS = 50  # a table's first rows show every kind of cell it has
MAX_TEXT = 160  # an offending text is quoted up to this length


class Marking(QTranslator):
    """Every string asked for comes back with its words marked (see the module's docstring)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        parts = FIELD.split(source)
        return "".join(part if FIELD.fullmatch(part) else f"{OPEN}{part}{CLOSE}" for part in parts if part)


@dataclass(frozen=True)
class Shown:
    """One text on screen and where: the widget (its class and name) and what of it (label, tooltip, cell…)."""

    widget: str
    what: str
    text: str


def unmarked(text: str) -> list[str]:
    """The stretches of ``text`` outside every mark (marks inside marks come out from the inside)."""
    while True:
        stripped = MARKED.sub("\0", text)
        if stripped == text:
            break
        text = stripped
    return [part.strip() for part in text.replace(OPEN, "\0").replace(CLOSE, "\0").split("\0") if part.strip()]


def words(text: str) -> list[str]:
    """The words of ``text``, case-folded, as the data and the screens are compared."""
    return [word.casefold() for token in WORD.findall(text) if not any(char.isdigit() for char in token)
            for word in token.split("_") if len(word) > 1]


def offending(text: str, data_words: set[str]) -> list[str]:
    """What of ``text`` is neither translated nor data: words outside the marks that the project's data does not
    hold, numbers written the English way, raw ISO dates."""
    found = []
    for part in unmarked(text):
        if any(word not in data_words for word in words(part)) or ENGLISH_NUMBER.search(part) \
                or ISO_DATE.search(part):
            found.append(part)
    return found


def _plain(text: str) -> str:
    if QtGui.Qt.mightBeRichText(text):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _name(widget: QWidget) -> str:
    name = widget.accessibleName() or widget.objectName()
    return f"{type(widget).__name__} {name!r}" if name else type(widget).__name__


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)  # a list's count is private


def _model_texts(view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    top = QModelIndex()
    for orientation, count in ((Qt.Orientation.Horizontal, _columns(model, top)),
                               (Qt.Orientation.Vertical, model.rowCount(top))):
        for section in range(min(count, MAX_ROWS)):
            for role, what in ((Qt.ItemDataRole.DisplayRole, "header"), (Qt.ItemDataRole.ToolTipRole, "header tip")):
                value = model.headerData(section, orientation, role)
                if isinstance(value, str):
                    yield what, value
    yield from _cells(model, QModelIndex(), view)


def _cells(model: QAbstractItemModel, parent: QModelIndex, view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    """The first rows' cells (and a tree's children), with their tooltips."""
    for row in range(min(model.rowCount(parent), MAX_ROWS)):
        for column in range(_columns(model, parent)):
            index = model.index(row, column, parent)
            shown, tip = index.data(Qt.ItemDataRole.DisplayRole), index.data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(shown, str):
                yield "cell", shown
            if isinstance(tip, str) and tip != shown:
                yield "cell tip", tip
            if column == 0 and isinstance(view, QTreeView) and model.hasChildren(index):
                yield from _cells(model, index, view)


def _chart_texts(view: QChartView) -> Iterator[tuple[str, str]]:
    chart = view.chart()
    yield "chart title", chart.title()
    for axis in chart.axes():
        yield "axis title", axis.titleText()
        if isinstance(axis, QBarCategoryAxis):
            for category in axis.categories():
                yield "axis label", category
    for series in chart.series():
        yield "series", series.name()


def _own_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """What one widget shows itself (its children are read on their own)."""
    yield "tooltip", widget.toolTip()
    yield "accessible name", widget.accessibleName()
    if isinstance(widget, QLabel):
        yield "label", widget.text()
    elif isinstance(widget, QAbstractButton):
        yield "button", widget.text()
    elif isinstance(widget, QGroupBox):
        yield "group title", widget.title()
    elif isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            yield "tab", widget.tabText(index)
            yield "tab tip", widget.tabToolTip(index)
    elif isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield "combo item", widget.itemText(index)
    elif isinstance(widget, QLineEdit):
        yield "field", widget.text()
        yield "placeholder", widget.placeholderText()
    elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
        yield "text", widget.toPlainText()
    elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        yield "prefix", widget.prefix()
        yield "suffix", widget.suffix()
    if isinstance(widget, QAbstractSpinBox):
        yield "special value", widget.specialValueText()
    if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):  # a view reads its headers
        yield from _model_texts(widget)
    if isinstance(widget, QChartView):
        yield from _chart_texts(widget)
    if isinstance(widget, QMenu):
        for action in widget.actions():
            yield "menu item", action.text()


def shown_texts(root: QWidget) -> Iterator[Shown]:
    """Every non-empty text of ``root`` and the widgets inside it that are visible now."""
    for widget in _visible(root):
        for what, text in _own_texts(widget):
            if text and text.strip():
                yield Shown(_name(widget), what, _plain(text))


def _visible(root: QWidget) -> Iterable[QWidget]:
    widgets = [root, *root.findChildren(QWidget)]
    return [widget for widget in widgets if widget.isVisible() or isinstance(widget, QMenu)]


def tab_widgets(root: QWidget) -> list[QTabWidget]:
    return [tabs for tabs in root.findChildren(QTabWidget) if tabs.isVisible()]
