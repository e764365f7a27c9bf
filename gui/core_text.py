"""Core's sentences in the window's language: segment names, what sets a segment apart, actions, reasons,
evidence, drivers, legal bases and the default purpose.

Core stores and logs them in English, made from templates it marked for the catalogues
(privacy/catalogue.py).  Here a stored sentence is matched to its template, the template translated, and
the same values filled in; phrases inside a sentence (a segment's traits) are translated the same way.
What no template made (a sentence from an older release, a column's own name) is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from prevista.core.analytics.clustering import SEPARATOR
from prevista.gui.locale_format import fmt
from prevista.privacy.catalogue import parse

PHRASES = "Phrases"


def said(context: str, text: str) -> str:
    """``text``, made by core from a template of ``context``, in the window's language."""
    found = parse(context, text) if text else None
    if found is None:
        return text
    template, values = found
    shown = [phrases(value) if isinstance(value, str) else value for value in values]
    return fmt(QCoreApplication.translate(context, template), *shown)


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
