"""A segment's name in the business's own words: what sets it apart from everyone else.

Kept apart from the clustering so that what only names and reads segments (the segment views, the
window's translation of a stored name) does not load scikit-learn.
"""

from __future__ import annotations

from prevista.core.analytics.features import described
from prevista.privacy.catalogue import QT_TRANSLATE_NOOP

NOTABLE_Z = 0.1  # a tenth of a standard deviation from everyone is not worth a word
SECOND_PHRASE_RATIO = 0.5  # a second phrase must be at least half as distinctive as the first
MAX_PHRASES = 3
SEPARATOR = " · "
EVERYONE = QT_TRANSLATE_NOOP("Phrases", "All customers")
TYPICAL = QT_TRANSLATE_NOOP("Phrases", "Typical customers")


def distinguishing_features(profile: dict[str, float], top: int = 3) -> list[tuple[str, float]]:
    """The features that set a segment apart, largest |z| first; negligible differences are left out
    so that "what drives this segment" never cites noise."""
    ranked = sorted(profile.items(), key=lambda item: (-abs(item[1]), item[0]))
    return [(feature, z) for feature, z in ranked if abs(z) >= NOTABLE_Z][:top]


def names(profiles: list[dict[str, float]], descriptions: dict[str, tuple[str, str]]) -> list[str]:
    """One or two phrases per segment; three where that is needed to tell segments apart; then a number."""
    if len(profiles) == 1:
        return [EVERYONE]
    ranked = [distinguishing_features(profile, top=MAX_PHRASES) for profile in profiles]
    short = [_name(features[:_phrase_count(features)], descriptions) for features in ranked]
    return _numbered([
        _name(features, descriptions) if short.count(name) > 1 else name
        for features, name in zip(ranked, short)
    ])


def _phrase_count(ranked: list[tuple[str, float]]) -> int:
    second_counts = len(ranked) > 1 and abs(ranked[1][1]) >= SECOND_PHRASE_RATIO * abs(ranked[0][1])
    return 2 if second_counts else 1


def _name(features: list[tuple[str, float]], descriptions: dict[str, tuple[str, str]]) -> str:
    if not features:
        return TYPICAL
    text = SEPARATOR.join(_phrase(feature, z, descriptions) for feature, z in features)
    return text[:1].upper() + text[1:]


def _phrase(feature: str, z: float, descriptions: dict[str, tuple[str, str]]) -> str:
    high, low = descriptions.get(feature, described(feature))
    return high if z > 0 else low


def _numbered(names: list[str]) -> list[str]:
    """Later duplicates get " (2)", " (3)"…; the first (the larger segment) keeps the plain name."""
    taken: set[str] = set()
    unique = []
    for name in names:
        candidate, number = name, 1
        while candidate in taken:
            number += 1
            candidate = f"{name} ({number})"
        taken.add(candidate)
        unique.append(candidate)
    return unique
