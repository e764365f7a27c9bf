"""A saved report in the window's language, numbers and dates the locale's way.

Core writes a report in English from sentences it marked for the catalogues (core/reports/language.py) and
hands every text of it to a translator.  The one here finds the report sentence that made a text, translates
it, and fills it again with its values, each translated where core made it too (a segment's name, an
action, a legal basis) and written the locale's way where it is a number or a date.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

from prevista.gui.core_text import segment_name, table_name
from prevista.gui.locale_format import fmt, human_date, localise
from prevista.privacy.catalogue import parse

# core's other sentences a report quotes (see gui/core_text.py), tried in this order
QUOTED = ("Actions", "Reasons", "Drivers", "Evidence", "LegalBasis", "Settings", "Findings", "Kpis", "Campaigns",
          "Models", "Forecast")
NUMBER = r"[-+]?\d[\d,]*(?:\.\d+)?%?"
FIGURE = re.compile(f"{NUMBER}(?:[–-]{NUMBER})?")  # a figure, or a range of two ("0.672–0.842")
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _made(context: str, text: str) -> str | None:
    """``text`` translated, if a sentence marked in ``context`` made it; its values are translated the same way
    (each is shorter than the sentence, so this ends)."""
    found = parse(context, text) if text else None
    if found is None:
        return None
    template, values = found
    shown = [_value(value, context) if isinstance(value, str) else value for value in values]
    try:
        return fmt(QCoreApplication.translate(context, template), *shown)
    except ValueError:  # a figure's place held words: another sentence made the text, which stays as it is
        return None


def _value(text: str, context: str | None = None) -> str:
    """A filled-in value: a figure or a day the locale's way, else core's own sentence translated, else a
    table's or segments' names (a campaign's default name lists them)."""
    if FIGURE.fullmatch(text):
        return localise(text)
    if DAY.fullmatch(text):
        return human_date(text)
    for tried in (*([context] if context else []), *QUOTED):
        shown = _made(tried, text)
        if shown is not None:
            return shown
    if table_name(text) != text:
        return table_name(text)
    return ", ".join(segment_name(part) for part in text.split(", "))


def said_nested(context: str, text: str) -> str:
    """``text``, made from a sentence marked in ``context`` whose values may be such sentences too (a report's
    line, a campaign's verdict), in the window's language; what no sentence made is shown as it is."""
    return _value(text, context)


class WindowLanguage:
    """:func:`said_nested` as a report's translator (core/reports/language.py) that names the window's language,
    so a saved page says which language it is written in."""

    @property
    def language(self) -> str:
        return QLocale().bcp47Name()  # the default locale follows the window's language (gui/i18n.py)

    def __call__(self, context: str, text: str) -> str:
        return said_nested(context, text)


IN_WINDOW_LANGUAGE = WindowLanguage()
