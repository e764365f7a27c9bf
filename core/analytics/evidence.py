"""Where a segment's recommended action gets its promise from: measured in this business, or the rule of thumb.

Campaigns measure an action against a control group (core/campaigns).  Once one has, a segment the same
action is recommended for says so, with the measured churn effect; an action whose interval shows no
reduction of churn at all stops being recommended, and the segment falls back to a personal check-in.
Read from the campaigns' stored results (plain JSON), so the analytics need nothing from the campaign code.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from prevista.core.analytics.recommendations import CHECK_IN, KEEP_IN_TOUCH
from prevista.core.analytics.segments import SegmentRow
from prevista.privacy.catalogue import QT_TRANSLATE_NOOP

RULE_OF_THUMB = QT_TRANSLATE_NOOP("Evidence", "General rule of thumb; not yet measured in this business.")
MEASURED = QT_TRANSLATE_NOOP("Evidence", "Measured in this business (campaign {0}): {1}")
TRIED = QT_TRANSLATE_NOOP("Evidence", "Tried in campaign {0}: {1} Until then, the general rule of thumb.")
FAILED = QT_TRANSLATE_NOOP("Reasons", "'{0}' did not reduce churn in this business")
CHURN = "churn"


@dataclass(frozen=True)
class _Trial:
    campaign: int
    action: str
    verdict: str
    low: float
    high: float


def _churn_effect(measurement: Mapping[str, Any], segment: int) -> Mapping[str, Any] | None:
    """The segment's own churn effect where it was published, else the campaign's."""
    for part in measurement.get("segments", []):
        if part["segment"] == segment and not part.get("withheld"):
            return next((e for e in part["effects"] if e["outcome"] == CHURN), None)
    return next((e for e in measurement.get("effects", []) if e["outcome"] == CHURN), None)


def _trials(campaigns: Sequence[Mapping[str, Any]], segment: int) -> list[_Trial]:
    found = []
    for campaign in campaigns:
        measurement = campaign.get("measurement")
        if not measurement or measurement.get("withheld"):
            continue
        effect = _churn_effect(measurement, segment)
        if effect is not None:
            found.append(_Trial(campaign["id"], campaign["action"], effect["verdict"], effect["low"], effect["high"]))
    return found


def _with_evidence(row: SegmentRow, campaigns: Sequence[Mapping[str, Any]]) -> SegmentRow:
    trials = _trials(campaigns, row.segment)
    failed = {t.action for t in trials if t.low >= 0}
    action, because = row.action, row.because
    if action in failed:
        tried = action
        action = next(a for a in (CHECK_IN, KEEP_IN_TOUCH) if a not in failed)
        because = FAILED.format(tried)
    same = [t for t in trials if t.action == action]
    helped = next((t for t in same if t.high < 0), None)
    if helped is not None:
        evidence = MEASURED.format(helped.campaign, helped.verdict)
    elif same:
        evidence = TRIED.format(same[-1].campaign, same[-1].verdict)
    else:
        evidence = RULE_OF_THUMB
    return replace(row, action=action, because=because, evidence=evidence)


def with_evidence(rows: Sequence[SegmentRow], campaigns: Mapping[str, Any] | None) -> tuple[SegmentRow, ...]:
    """``campaigns``: the project's stored campaigns metadata (None or without campaigns: rule of thumb)."""
    stored = (campaigns or {}).get("campaigns", [])
    return tuple(_with_evidence(row, stored) for row in rows)
