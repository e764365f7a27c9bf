"""Core's sentences that people read, marked for the same translation catalogues as the window's own text.

Core and privacy never import Qt, and what they store and log stays English (a log read by a DPO in
another country, a project opened in another language).  So a sentence is made from a marked template,
``QT_TRANSLATE_NOOP(context, "their churn risk is {0:.1f} times the average")``, and stays English; the
catalogue tool finds the marked templates by that name, and the window translates a stored sentence by
finding the template it was made from (:func:`parse`) and filling the translated template with the same
values.  A sentence from an older release, or a value nobody marked, simply stays as it is.
"""

from __future__ import annotations

import re
import string
from collections import defaultdict

_TEMPLATES: dict[str, list[str]] = defaultdict(list)
_PATTERNS: dict[str, list[tuple[re.Pattern[str], str, list[str]]]] = {}
NUMERIC = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name the catalogue tool looks for
    """Mark ``text`` as a template of ``context``; returns it unchanged."""
    if text not in _TEMPLATES[context]:
        _TEMPLATES[context].append(text)
        _PATTERNS.pop(context, None)
    return text


def templates(context: str) -> tuple[str, ...]:
    return tuple(_TEMPLATES.get(context, ()))


def _compiled(context: str) -> list[tuple[re.Pattern[str], str, list[str]]]:
    """Each template as an anchored pattern, the most specific (most literal text) first."""
    if context not in _PATTERNS:
        compiled = []
        for template in _TEMPLATES.get(context, ()):
            pattern, specs = "", []
            for literal, field, spec, _conversion in string.Formatter().parse(template):
                pattern += re.escape(literal)
                if field is not None:
                    pattern += "(.+?)"
                    specs.append(spec or "")
            literal_length = len(re.sub(r"\{[^}]*\}", "", template))
            compiled.append((literal_length, re.compile(pattern + r"\Z", re.DOTALL), template, specs))
        compiled.sort(key=lambda item: -item[0])
        _PATTERNS[context] = [(p, t, s) for _, p, t, s in compiled]
    return _PATTERNS[context]


def _typed(value: str, spec: str) -> object:
    """A value read back from a sentence, as the number its format spec made it from (so it can be formatted
    the translation's way), else the text."""
    kind = spec[-1:] if spec else ""
    if kind in ("f", "g", "e", "%", "d") and NUMERIC.fullmatch(value.rstrip("%")):
        number = float(value.rstrip("%").replace(",", ""))
        return number / 100 if kind == "%" else int(number) if kind == "d" else number
    return value


def parse(context: str, text: str) -> tuple[str, tuple[object, ...]] | None:
    """The marked template of ``context`` that made ``text``, and the values it was filled with; None when no
    template fits (an unmarked or older sentence)."""
    for pattern, template, specs in _compiled(context):
        found = pattern.match(text)
        if found:
            return template, tuple(_typed(value, spec) for value, spec in zip(found.groups(), specs, strict=True))
    return None
