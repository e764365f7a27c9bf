"""Recommended proactive actions per segment, phrased as help for the customer.

Rules come from what the field knows (DESIGN.md): falling usage, late
payments, many tickets, unused paid features and worsening feedback precede
churn; growing usage and team growth precede upgrades.  A person decides;
the text only suggests.
"""

from __future__ import annotations

from dataclasses import dataclass

Z = 0.5  # a segment differs when its mean is half a standard deviation from everyone's
CHECK_IN = "Check in personally to learn what would help them stay"
KEEP_IN_TOUCH = "Keep in touch with regular, useful updates"


@dataclass(frozen=True)
class Rule:
    features: tuple[str, ...]
    direction: int  # +1: the segment is high on the feature, -1: low
    action: str
    because: str
    sales: bool = False  # an offer, not help: never suggested to a segment at high churn risk


RULES = (
    Rule(("usage_trend", "login_trend"), -1, "Call them for a check-in and offer a short refresher on the features they use less",
         "their usage fell over the last four weeks"),
    Rule(("late_payments_26w", "payment_delay_days", "overdue_invoices"), +1,
         "Offer a billing review and payment terms that suit them", "they have been paying late"),
    Rule(("tickets_per_month", "tickets_4w", "open_tickets"), +1,
         "Have a support specialist resolve their open issues before they ask again", "they need support often"),
    Rule(("score_trend", "score_12w"), -1, "Ask for their feedback and follow up personally on what went wrong",
         "their feedback scores are worsening"),
    Rule(("features_used_12w",), -1, "Offer a guided session on the paid features they have not used yet",
         "they use few of the features they pay for"),
    Rule(("early_tickets",), +1, "Give them extra onboarding help in their first months",
         "they needed a lot of support early on"),
    Rule(("small_order_trend",), -1, "Remind them of add-ons that saved them time before",
         "they order fewer small add-ons"),
    Rule(("usage_growth_8w",), +1, "Suggest the plan or add-ons that fit their growing use",
         "their usage is growing", sales=True),
    Rule(("Seats", "seats", "Licences"), +1, "Offer extra licences on good terms as their team grows",
         "their team is growing", sales=True),
)


def recommend(profile: dict[str, float], churn_ratio: float, value_z: float | None) -> tuple[str, str]:
    """(action, reason) for a segment with standardised feature means ``profile``,
    churn risk ``churn_ratio`` times the average, and standardised value ``value_z``."""
    for rule in RULES:
        if rule.sales and churn_ratio >= 1.2:
            continue
        if any(rule.direction * profile[f] >= Z for f in rule.features if f in profile):
            return rule.action, rule.because
    if churn_ratio >= 1.3:
        return CHECK_IN, "their churn risk is above average"
    if value_z is not None and value_z >= Z:
        return "Thank them with a loyalty perk or invite them to refer others", "they are valuable and likely to stay"
    return KEEP_IN_TOUCH, "nothing stands out"
