"""Recommended proactive actions per segment, phrased as help for the customer.

Rules come from what the field knows (DESIGN.md): falling usage, late
payments, many tickets, unused paid features and worsening feedback precede
churn; growing usage and team growth precede upgrades.  A person decides;
the text only suggests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from prevista.privacy.catalogue import QT_TRANSLATE_NOOP

Z = 0.5  # a segment differs when its mean is half a standard deviation from everyone's
CHECK_IN = QT_TRANSLATE_NOOP("Actions", "Check in personally to learn what would help them stay")
KEEP_IN_TOUCH = QT_TRANSLATE_NOOP("Actions", "Keep in touch with regular, useful updates")
LOYALTY = QT_TRANSLATE_NOOP("Actions", "Thank them with a loyalty perk or invite them to refer others")
ABOVE_AVERAGE = QT_TRANSLATE_NOOP("Reasons", "their churn risk is {0:.1f} times the average")
ABOVE_AVERAGE_APART = QT_TRANSLATE_NOOP("Reasons",
                                        "their churn risk is {0:.1f} times the average; they stand out by {1}")
BELOW_AVERAGE = QT_TRANSLATE_NOOP("Reasons", "their churn risk is below average")
VALUABLE = QT_TRANSLATE_NOOP("Reasons", "they are valuable and likely to stay")


@dataclass(frozen=True)
class Rule:
    features: str  # a pattern over feature names: exports spell the same thing many ways and in many languages
    direction: int  # +1: the segment is high on the feature, -1: low
    action: str
    because: str
    sales: bool = False  # an offer, not help: never suggested to a segment at high churn risk

    def matches(self, profile: dict[str, float]) -> bool:
        pattern = re.compile(self.features, re.I)
        return any(self.direction * z >= Z for feature, z in profile.items() if pattern.search(feature))


# the behaviour-specific rules first (they come from event logs), then what a snapshot export shows
RULES = (
    Rule(r"^(usage_trend|login_trend)$", -1,
         QT_TRANSLATE_NOOP("Actions",
                           "Call them for a check-in and offer a short refresher on the features they use less"),
         QT_TRANSLATE_NOOP("Reasons", "their usage fell over the last four weeks")),
    Rule(r"^(late_payments_26w|payment_delay_days|overdue_invoices)$", +1,
         QT_TRANSLATE_NOOP("Actions", "Offer a billing review and payment terms that suit them"),
         QT_TRANSLATE_NOOP("Reasons", "they have been paying late")),
    Rule(r"^(tickets_per_month|tickets_4w|open_tickets)$|complain|reklamac|beschwerde|skarg|klage", +1,
         QT_TRANSLATE_NOOP("Actions", "Have a support specialist resolve their open issues before they ask again"),
         QT_TRANSLATE_NOOP("Reasons", "they need support often")),
    Rule(r"^(score_trend|score_12w)$|satisf|zufrieden|zadowol|spokojen|tilfreds|nöjd", -1,
         QT_TRANSLATE_NOOP("Actions", "Ask for their feedback and follow up personally on what went wrong"),
         QT_TRANSLATE_NOOP("Reasons", "their feedback scores are worsening")),
    Rule(r"^features_used_12w$", -1,
         QT_TRANSLATE_NOOP("Actions", "Offer a guided session on the paid features they have not used yet"),
         QT_TRANSLATE_NOOP("Reasons", "they use few of the features they pay for")),
    Rule(r"^early_tickets$", +1,
         QT_TRANSLATE_NOOP("Actions", "Give them extra onboarding help in their first months"),
         QT_TRANSLATE_NOOP("Reasons", "they needed a lot of support early on")),
    Rule(r"^small_order_trend$", -1,
         QT_TRANSLATE_NOOP("Actions", "Remind them of add-ons that saved them time before"),
         QT_TRANSLATE_NOOP("Reasons", "they order fewer small add-ons")),
    Rule(r"^usage_growth_8w$", +1,
         QT_TRANSLATE_NOOP("Actions", "Suggest the plan or add-ons that fit their growing use"),
         QT_TRANSLATE_NOOP("Reasons", "their usage is growing"), sales=True),
    Rule(r"^(seats|licences|licenses)$", +1,
         QT_TRANSLATE_NOOP("Actions", "Offer extra licences on good terms as their team grows"),
         QT_TRANSLATE_NOOP("Reasons", "their team is growing"), sales=True),
    Rule(r"^days_since_purchase$|recency", +1,
         QT_TRANSLATE_NOOP("Actions", "Send a personal note with something useful for what they bought before"),
         QT_TRANSLATE_NOOP("Reasons", "they have not bought for longer than most")),
    Rule(r"^(?!.*(inactiv|inaktiv|nieaktyw)).*(activ|aktiv)", -1,
         QT_TRANSLATE_NOOP("Actions", "Re-engage them with a personal message about what is new for them"),
         QT_TRANSLATE_NOOP("Reasons", "they have been less active than most")),
    Rule(r"tenure|seniority|months_with|customer_since|^tenure_days$|staż|staz|dauer|anciennet", -1,
         QT_TRANSLATE_NOOP("Actions", "Give them extra onboarding help and a named contact in their first months"),
         QT_TRANSLATE_NOOP("Reasons", "they are newer customers than most")),
    Rule(r"charge|fee|price|mrr|subscription|abonament|poplat|gebühr|opłat|oplat|avgift|gebyr", +1,
         QT_TRANSLATE_NOOP("Actions", "Review their plan with them so they pay only for what they use"),
         QT_TRANSLATE_NOOP("Reasons", "they pay more than most each month")),
    Rule(r"product|produkt", -1,
         QT_TRANSLATE_NOOP("Actions", "Show them one more product that fits what they already use"),
         QT_TRANSLATE_NOOP("Reasons", "they use fewer products than most")),
    Rule(r"balance|saldo", +1,
         QT_TRANSLATE_NOOP("Actions", "Offer them a personal adviser and a review of their terms"),
         QT_TRANSLATE_NOOP("Reasons", "they hold larger balances than most")),
)


def recommend(profile: dict[str, float], churn_ratio: float, value_z: float | None,
              sets_apart: tuple[str, ...] = ()) -> tuple[str, str]:
    """(action, reason) for a segment with standardised feature means ``profile``, churn risk ``churn_ratio``
    times the average, standardised value ``value_z`` and the phrases that set it apart.

    A segment at above-average risk always gets a reason that names the risk and what sets it apart: "nothing
    stands out" would tell the owner to do nothing for people who are about to leave.
    """
    for rule in RULES:
        if rule.sales and churn_ratio >= 1.2:
            continue
        if rule.matches(profile):
            return rule.action, rule.because
    if churn_ratio >= 1.0:
        if sets_apart:
            return CHECK_IN, ABOVE_AVERAGE_APART.format(churn_ratio, ", ".join(sets_apart))
        return CHECK_IN, ABOVE_AVERAGE.format(churn_ratio)
    if value_z is not None and value_z >= Z:
        return LOYALTY, VALUABLE
    return KEEP_IN_TOUCH, BELOW_AVERAGE
