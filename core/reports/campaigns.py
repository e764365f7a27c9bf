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
from prevista.core.campaigns.uplift import Outcome
from prevista.core.project.settings import settings
from prevista.core.reports.layout import Block, Bullets, Fields, Interval, Intervals, Paragraph, Table
from prevista.privacy.store import ProjectStore

NO_CAMPAIGN = ("No campaign was started: the pilot's predictions were not yet acted on with a control group, so "
               "nothing can be said about what acting on them changes. Start one from a segment (Start campaign…, "
               "or prevista campaign start).")


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
    return f"{result.roi:.0%} ({result.roi_low:.0%} to {result.roi_high:.0%})"


def _months(value: float | None, missing: str) -> str:
    return missing if value is None else f"{value:.1f} months"


def _break_even(result: Return | None) -> str:
    """At the measured pace since the start; the interval's ends give the soonest and the latest."""
    if result is None or result.roi is None:
        return "—"
    return (f"{_months(result.break_even_months, 'not at the measured pace')} (soonest "
            f"{_months(result.break_even_soonest, 'never')}, latest "
            f"{_months(result.break_even_latest, 'not within the interval')})")


def executive_blocks(summary: CampaignSummary) -> list[Block]:
    if not summary.findings:
        return [Paragraph(NO_CAMPAIGN)]
    contacted = sum(f.campaign.treated for f in summary.findings)
    held = sum(f.campaign.control for f in summary.findings)
    done = (f"{len(summary.findings)} campaign(s) acted on about {contacted} customers, with about {held} held back "
            "at random as a control group to measure against.")
    changed = [f"{f.campaign.name}: {f.measurement.headline if f.measurement else 'not measured yet.'}"
               for f in summary.findings]
    rows = [("What was done", done)]
    total = summary.total
    if total is not None:
        roi, low, high = total.roi
        pilot = f" and the pilot {_money(total.pilot_cost)}" if total.pilot_cost else " (no pilot cost entered)"
        rows += [("What it cost", f"{_money(total.cost)}: campaigns {_money(total.campaign_cost)}{pilot}"),
                 ("What it returned", f"{_money(total.gained)} extra spend by the customers acted on "
                                      f"(90 % interval {_money(total.gained_low)} to {_money(total.gained_high)})"),
                 ("Return on investment", f"{roi:.0%} (90 % interval {low:.0%} to {high:.0%})")]
    else:
        rows.append(("Cost and return", "Not yet available: enter a cost per contact and measure a campaign on data "
                                        "with order values."))
    return [Fields(rows), Paragraph("What it changed (measured against the control group):"), Bullets(changed),
            *_churn_chart(summary),
            Paragraph("How sure: each figure is a difference between randomly assigned groups with its 90 % "
                      "interval; 'no effect measurable yet' means the groups are still too small or too recent.")]


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
    return [Intervals("Change in churn against the control group, in percentage points, with its 90 % interval "
                      "(left of the dashed line: fewer customers lost).", rows)]


def _effect_rows(found: Measurement) -> list[list[str]]:
    def show(outcome: str, value: float) -> str:
        return f"{value:.0%}" if Outcome(outcome).is_rate else f"{value:,.3g}"

    return [[e.outcome, show(e.outcome, e.treated), show(e.outcome, e.control),
             f"{show(e.outcome, e.difference)} ({show(e.outcome, e.low)} to {show(e.outcome, e.high)})"]
            for e in found.effects]


def detail_blocks(summary: CampaignSummary) -> list[Block]:
    if not summary.findings:
        return [Paragraph(NO_CAMPAIGN)]
    blocks: list[Block] = []
    for finding in summary.findings:
        c, found = finding.campaign, finding.measurement
        blocks.append(Fields([("Campaign", f"{c.id}: {c.name}"), ("Action", c.action), ("Purpose", c.purpose),
                              ("Started", f"{c.start}; about {c.treated} acted on, {c.control} held back "
                                          f"({c.control_share:.0%}); it can detect a change in churn of "
                                          f"{c.smallest_effect:.0%} or more"),
                              ("Return on investment", _roi(finding.result)),
                              ("Break-even", _break_even(finding.result))]))
        if found is None or found.withheld:
            blocks.append(Paragraph(found.withheld if found and found.withheld else "Not measured yet."))
            continue
        blocks.append(Table(["Outcome", "Acted on", "Held back", "Difference (90 % interval)"], _effect_rows(found)))
        blocks.append(Bullets([e.verdict for e in found.effects]
                              + ([finding.result.note] if finding.result else [])))
    return blocks
