"""Numbers, percentages, money and dates in the language the user chose, so one screen never mixes
"485.3" with "0,5" or shows a raw ISO timestamp.

Python's format specs stay the way a sentence says how precise a figure is ("{0:.1f} tickets", "{0:.0%}"):
:func:`fmt` fills a translated sentence as ``str.format`` would, then writes every number it formatted with
the locale's decimal point, group separator and percent sign (``QLocale.setDefault`` follows the language).
"""

from __future__ import annotations

import string
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt

_TIGHT_PERCENT = {QLocale.Language.C, QLocale.Language.English, QLocale.Language.Polish}  # "12%"; others "12 %"


def localise(formatted: str) -> str:
    """A number Python formatted (',' groups, '.' decimals, '%') in the locale's own characters."""
    locale = QLocale()
    percent = "%" if locale.language() in _TIGHT_PERCENT else "\u00a0%"
    table = {",": locale.groupSeparator(), ".": locale.decimalPoint(), "%": percent}
    return "".join(table.get(char, char) for char in formatted)


class _LocaleFormatter(string.Formatter):
    def format_field(self, value: Any, format_spec: str) -> str:
        formatted = super().format_field(value, format_spec)
        is_number = isinstance(value, (int, float)) and not isinstance(value, bool)
        return localise(formatted) if is_number and format_spec else formatted


_FORMATTER = _LocaleFormatter()


def fmt(sentence: str, *args: Any, **kwargs: Any) -> str:
    """``sentence.format(*args, **kwargs)`` with every number given a format spec written the locale's way."""
    return _FORMATTER.format(sentence, *args, **kwargs)


def number(value: float | None, decimals: int = 0) -> str:
    return "—" if value is None else localise(f"{value:,.{decimals}f}")


def percent(value: float | None, decimals: int = 0) -> str:
    return "—" if value is None else localise(f"{value:.{decimals}%}")


def significant(value: float | None, digits: int = 3) -> str:
    return "—" if value is None else localise(f"{value:,.{digits}g}")


def human_time(iso: str) -> str:
    """A log timestamp in the user's locale and time zone."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    if QLocale().language() == QLocale.Language.C:  # no locale at all (a bare system): ISO, which anyone reads
        return moment.toLocalTime().toString("yyyy-MM-dd HH:mm")
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


def human_date(iso: str) -> str:
    """A day (an ISO date, or the day of a timestamp) the way the user's locale writes dates."""
    day = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    if not day.isValid() or QLocale().language() == QLocale.Language.C:
        return iso[:10] if day.isValid() else iso
    return QLocale().toString(day, QLocale.FormatType.ShortFormat)
