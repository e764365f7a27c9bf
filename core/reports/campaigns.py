"""The pilot report's campaign pages: an executive summary first, then each campaign's measured effect and ROI.

The summary answers what a client asks first (what was done, what it changed, what it cost, what it
returned, how sure we are) from measured effects only; without a measured campaign it says plainly that
the pilot has not yet shown an effect, rather than quoting predicted risk as if it were a result.
"""

from __future__ import annotations

from dataclasses import dataclass

from prevista.core.campaigns.measure import Measurement
from prevista.core.campaigns.record import Campaign, campaigns, released
from prevista.core.campaigns.roi import PilotReturn, Return, campaign_return, pilot_return
from prevista.core.campaigns.uplift import WORDS, Outcome
from prevista.core.project.settings import settings
from prevista.core.reports.layout import Block, Bullets, Fields, Interval, Intervals, Paragraph, Table
from prevista.privacy.catalogue import QT_TRANSLATE_NOOP
from prevista.privacy.store import ProjectStore

NO_CAMPAIGN = QT_TRANSLATE_NOOP("Reports", "No campaign was started: the pilot's predictions were not yet acted on "
                                "with a control group, so nothing can be said about what acting on them changes. Start "
                                "one from a segment (Start campaign…, or prevista campaign start).")
DONE = QT_TRANSLATE_NOOP("Reports", "{0} campaign(s) acted on about {1} customers, with about {2} held back at random "
                         "as a control group to measure against.")
COST_WITH_PILOT = QT_TRANSLATE_NOOP("Reports", "{0}: campaigns {1} and the pilot {2}")
COST = QT_TRANSLATE_NOOP("Reports", "{0}: campaigns {1} (no pilot cost entered)")
RETURNED = QT_TRANSLATE_NOOP("Reports", "{0} extra spend by the customers acted on (90 % interval {1} to {2})")
ROI = QT_TRANSLATE_NOOP("Reports", "{0:.0%} (90 % interval {1:.0%} to {2:.0%})")
MONTHS = QT_TRANSLATE_NOOP("Reports", "{0:.1f} months")
BREAK_EVEN = QT_TRANSLATE_NOOP("Reports", "{0} (soonest {1}, latest {2})")
STARTED = QT_TRANSLATE_NOOP("Reports", "{0}; about {1} acted on, {2} held back ({3:.0%}); it can detect a change in "
                            "churn of {4:.0%} or more")
NOT_MEASURED = QT_TRANSLATE_NOOP("Reports", "Not measured yet.")


@dataclass(frozen=True)
class CampaignFinding:
    campaign: Campaign  # as released
    measurement: Measurement | None
    result: Return | None


@dataclass(frozen=True)
class CampaignSummary:
    findings: tuple[CampaignFinding, ...]
    total: PilotReturn | None


def campaign_summary(store: ProjectStore) -> CampaignSummary:
    findings = []
    for found in campaigns(store):
        measured = Measurement.from_dict(found.measurement) if found.measurement else None
        findings.append(CampaignFinding(released(found), measured,
                                        campaign_return(found, measured) if measured else None))
    return CampaignSummary(tuple(findings), pilot_return([f.result for f in findings if f.result],
                                                         settings(store).pilot_cost))


def _money(value: float | None) -> str:
    return "—" if value is None else f"{value:,.0f}"


def _roi(result: Return | None) -> str:
    if result is None or result.roi is None or result.roi_low is None or result.roi_high is None:
        return "—"
    return ROI.format(result.roi, result.roi_low, result.roi_high)


def _months(value: float | None, missing: str) -> str:
    return missing if value is None else MONTHS.format(value)


def _break_even(result: Return | None) -> str:
    """At the measured pace since the start; the interval's ends give the soonest and the latest."""
    if result is None or result.roi is None:
        return "—"
    return BREAK_EVEN.format(_months(result.break_even_months, QT_TRANSLATE_NOOP("Reports", "not at the measured pace")),
                             _months(result.break_even_soonest, QT_TRANSLATE_NOOP("Reports", "never")),
                             _months(result.break_even_latest, QT_TRANSLATE_NOOP("Reports", "not within the interval")))


def executive_blocks(summary: CampaignSummary) -> list[Block]:
    if not summary.findings:
        return [Paragraph(NO_CAMPAIGN)]
    contacted = sum(f.campaign.treated for f in summary.findings)
    held = sum(f.campaign.control for f in summary.findings)
    changed = Table([QT_TRANSLATE_NOOP("Reports", "Campaign"), QT_TRANSLATE_NOOP("Reports", "Result")],
                    [[f.campaign.name, f.measurement.headline if f.measurement else NOT_MEASURED]
                     for f in summary.findings])
    rows = [(QT_TRANSLATE_NOOP("Reports", "What was done"), DONE.format(len(summary.findings), contacted, held))]
    total = summary.total
    if total is not None:
        cost = (COST_WITH_PILOT.format(_money(total.cost), _money(total.campaign_cost), _money(total.pilot_cost))
                if total.pilot_cost else COST.format(_money(total.cost), _money(total.campaign_cost)))
        rows += [(QT_TRANSLATE_NOOP("Reports", "What it cost"), cost),
                 (QT_TRANSLATE_NOOP("Reports", "What it returned"),
                  RETURNED.format(_money(total.gained), _money(total.gained_low), _money(total.gained_high))),
                 (QT_TRANSLATE_NOOP("Reports", "Return on investment"), ROI.format(*total.roi))]
    else:
        rows.append((QT_TRANSLATE_NOOP("Reports", "Cost and return"), QT_TRANSLATE_NOOP(
            "Reports", "Not yet available: enter a cost per contact and measure a campaign on data with order values.")))
    return [Fields(rows), Paragraph(QT_TRANSLATE_NOOP("Reports", "What it changed (measured against the control "
                                                      "group):")), changed,
            *_churn_chart(summary),
            Paragraph(QT_TRANSLATE_NOOP("Reports", "How sure: each figure is a difference between randomly assigned "
                                        "groups with its 90 % interval; 'no effect measurable yet' means the groups "
                                        "are still too small or too recent."))]


def _churn_chart(summary: CampaignSummary) -> list[Block]:
    """Churn change per measured campaign, in points, with its interval: left of the dashed line is fewer churners."""
    rows = []
    for finding in summary.findings:
        found = finding.measurement
        churn = next((e for e in found.effects if e.outcome == Outcome.CHURN.value), None) if found else None
        if churn is not None:
            rows.append(Interval(finding.campaign.name, churn.difference * 100, churn.low * 100, churn.high * 100))
    if not rows:
        return []
    return [Intervals(QT_TRANSLATE_NOOP("Reports", "Change in churn against the control group, in percentage points, "
                                        "with its 90 % interval (left of the dashed line: fewer customers lost)."),
                      rows)]


def _effect_rows(found: Measurement) -> list[list[str]]:
    def show(outcome: str, value: float) -> str:
        return f"{value:.0%}" if Outcome(outcome).is_rate else f"{value:,.3g}"

    return [[WORDS[Outcome(e.outcome)], show(e.outcome, e.treated), show(e.outcome, e.control),
             f"{show(e.outcome, e.difference)} ({show(e.outcome, e.low)} to {show(e.outcome, e.high)})"]
            for e in found.effects]


def detail_blocks(summary: CampaignSummary) -> list[Block]:
    if not summary.findings:
        return [Paragraph(NO_CAMPAIGN)]
    blocks: list[Block] = []
    for finding in summary.findings:
        c, found = finding.campaign, finding.measurement
        blocks.append(Fields([(QT_TRANSLATE_NOOP("Reports", "Campaign"), f"{c.id}: {c.name}"),
                              (QT_TRANSLATE_NOOP("Reports", "Action"), c.action),
                              (QT_TRANSLATE_NOOP("Reports", "Purpose"), c.purpose),
                              (QT_TRANSLATE_NOOP("Reports", "Started"), STARTED.format(
                                  c.start, c.treated, c.control, c.control_share, c.smallest_effect)),
                              (QT_TRANSLATE_NOOP("Reports", "Return on investment"), _roi(finding.result)),
                              (QT_TRANSLATE_NOOP("Reports", "Break-even"), _break_even(finding.result))]))
        if found is None or found.withheld:
            blocks.append(Paragraph(found.withheld if found and found.withheld else NOT_MEASURED))
            continue
        blocks.append(Table([QT_TRANSLATE_NOOP("Reports", "Outcome"), QT_TRANSLATE_NOOP("Reports", "Acted on"),
                             QT_TRANSLATE_NOOP("Reports", "Held back"),
                             QT_TRANSLATE_NOOP("Reports", "Difference (90 % interval)")], _effect_rows(found)))
        blocks.append(Bullets([e.verdict for e in found.effects]
                              + ([finding.result.note] if finding.result else [])))
    return blocks
