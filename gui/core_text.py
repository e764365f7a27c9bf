"""Core's sentences in the window's language: segment names, what sets a segment apart, actions, reasons,
evidence, drivers, legal bases and the default purpose.

Core stores and logs them in English, made from templates it marked for the catalogues
(privacy/catalogue.py).  Here a stored sentence is matched to its template, the template translated, and
the same values filled in; phrases inside a sentence (a segment's traits) are translated the same way.
What no template made (a sentence from an older release, a column's own name) is shown as it is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from prevista.core.analytics.features import NAMES, plain_name
from prevista.core.analytics.segment_names import SEPARATOR
from prevista.gui.locale_format import fmt, human_date, localise
from prevista.privacy.catalogue import parse

PHRASES = "Phrases"
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
DECIMAL = r"\d+(?:\.\d+)?"
MEASURE = re.compile(f"{DECIMAL}(?: \\({DECIMAL}–{DECIMAL}\\))?")  # a measure with its interval: "0.52 (0.45–0.60)"


def said(context: str, text: str) -> str:
    """``text``, made by core from a template of ``context``, in the window's language."""
    found = parse(context, text) if text else None
    if found is None:
        return text
    template, values = found
    return fmt(QCoreApplication.translate(context, template), *(_value(context, value) for value in values))


def _value(context: str, value: object) -> object:
    """A value read back from a sentence: a day written the locale's way, a sentence of the same context inside
    it ("trained on features as of …") translated in turn, a measure or a computed column's name the locale's way,
    other words translated as phrases."""
    if not isinstance(value, str):
        return value
    if ISO_DAY.fullmatch(value):
        return human_date(value)
    if MEASURE.fullmatch(value):
        return localise(value)
    if value in NAMES:
        return feature_name(value)
    return said(context, value) if context != PHRASES and parse(context, value) else phrases(value)


def phrase(text: str) -> str:
    """One trait ("heavy usage", "High Age"), keeping a capital first letter where it had one."""
    if not text:
        return text
    capital = text[0].isupper() and said(PHRASES, text) == text
    translated = said(PHRASES, text[0].lower() + text[1:]) if capital else said(PHRASES, text)
    return translated[:1].upper() + translated[1:] if capital else translated


def phrases(text: str) -> str:
    """A list of traits as core joins them (", "), each translated."""
    return ", ".join(phrase(part) for part in text.split(", "))


def segment_name(name: str) -> str:
    """A segment's name: its traits joined by " · ", the first capitalised, perhaps a number for a twin."""
    number = ""
    if name.endswith(")") and " (" in name and name.rsplit(" (", 1)[1][:-1].isdigit():
        name, number = name.rsplit(" (", 1)
        number = f" ({number}"
    return SEPARATOR.join(phrase(part) for part in name.split(SEPARATOR)) + number


def feature_name(column: str) -> str:
    """A column as a drift check names it: a computed one by its plain name, translated; the user's own as it is."""
    return QCoreApplication.translate("Features", plain_name(column)) if column in NAMES else column


def table_name(name: str) -> str:
    """A stored table as the user knows it ("interactions": support tickets); a table not named here as it is."""
    names = {"customers": QCoreApplication.translate("Tables", "Customers"),
             "transactions": QCoreApplication.translate("Tables", "Transactions"),
             "interactions": QCoreApplication.translate("Tables", "Interactions"),
             "usage": QCoreApplication.translate("Tables", "Usage"),
             "campaign_members": QCoreApplication.translate("Tables", "Campaign members"),
             "campaign_contacts": QCoreApplication.translate("Tables", "Campaign contact outcomes")}
    return names.get(name, name)
