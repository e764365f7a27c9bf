"""Column presets for the CRM exports small businesses actually have.

Each preset names columns as the CRM exports them (normalised: lower case,
camelCase split, punctuation to spaces) with their role and meaning, plus a
few marker columns that identify the export.  Columns a preset does not know
fall through to the generic rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from prevista.privacy.schema import Role

R = Role


@dataclass(frozen=True)
class Preset:
    name: str
    markers: frozenset[str]
    columns: dict[str, tuple[Role, str | None]]


HUBSPOT = Preset(
    "hubspot",
    frozenset({"record id", "create date", "lifecycle stage", "associated contact id", "ticket id",
               "deal stage", "lead status", "contact owner", "ticket name", "deal name", "pipeline"}),
    {
        "record id": (R.CUSTOMER_ID, None),
        "contact id": (R.CUSTOMER_ID, None),
        "associated contact id": (R.CUSTOMER_ID, None),
        "associated contact": (R.IDENTIFIER, "name"),
        "deal id": (R.IGNORE, "record_id"),
        "ticket id": (R.IGNORE, "record_id"),
        "create date": (R.DATE, "created"),
        "close date": (R.DATE, "closed"),
        "last activity date": (R.DATE, "last_activity"),
        "lifecycle stage": (R.CATEGORY, "stage"),
        "lead status": (R.CATEGORY, "status"),
        "deal stage": (R.CATEGORY, "stage"),
        "pipeline": (R.CATEGORY, "pipeline"),
        "deal name": (R.TEXT, None),
        "ticket name": (R.TEXT, None),
        "subject": (R.TEXT, None),
        "amount": (R.NUMBER, "amount"),
        "contact owner": (R.IDENTIFIER, "staff"),
        "deal owner": (R.IDENTIFIER, "staff"),
        "ticket owner": (R.IDENTIFIER, "staff"),
        "marketing opt out": (R.CONSENT, "opt_out"),
        "unsubscribed from all email": (R.CONSENT, "opt_out"),
    },
)

SALESFORCE = Preset(
    "salesforce",
    frozenset({"account id", "contact id", "created date", "stage name", "has opted out of email",
               "mailing street", "opportunity id", "case number", "is closed", "owner id"}),
    {
        "id": (R.CUSTOMER_ID, None),
        "account id": (R.CUSTOMER_ID, None),
        "contact id": (R.CUSTOMER_ID, None),
        "opportunity id": (R.IGNORE, "record_id"),
        "case number": (R.IGNORE, "record_id"),
        "case id": (R.IGNORE, "record_id"),
        "owner id": (R.IDENTIFIER, "staff"),
        "created date": (R.DATE, "created"),
        "close date": (R.DATE, "closed"),
        "closed date": (R.DATE, "closed"),
        "last activity date": (R.DATE, "last_activity"),
        "stage name": (R.CATEGORY, "stage"),
        "amount": (R.NUMBER, "amount"),
        "has opted out of email": (R.CONSENT, "opt_out"),
        "do not call": (R.CONSENT, "opt_out"),
        "mailing street": (R.IDENTIFIER, "address"),
        "mailing city": (R.CATEGORY, "quasi_identifier"),
        "mailing postal code": (R.CATEGORY, "quasi_identifier"),
        "is closed": (R.CATEGORY, "flag"),
        "is won": (R.CATEGORY, "flag"),
        "description": (R.TEXT, None),
    },
)

PIPEDRIVE = Preset(
    "pipedrive",
    frozenset({"person id", "deal id", "person name", "person email", "deal value", "deal status",
               "organization name", "deal won time", "deal add time"}),
    {
        "person id": (R.CUSTOMER_ID, None),
        "organization id": (R.CUSTOMER_ID, None),
        "deal id": (R.IGNORE, "record_id"),
        "person name": (R.IDENTIFIER, "name"),
        "person email": (R.IDENTIFIER, "email"),
        "person phone": (R.IDENTIFIER, "phone"),
        "organization name": (R.IDENTIFIER, "organisation"),
        "organization address": (R.IDENTIFIER, "address"),
        "deal title": (R.TEXT, None),
        "deal value": (R.NUMBER, "amount"),
        "deal status": (R.CATEGORY, "status"),
        "deal stage": (R.CATEGORY, "stage"),
        "deal add time": (R.DATE, "created"),
        "deal won time": (R.DATE, "closed"),
        "deal lost time": (R.DATE, "closed"),
        "deal close date": (R.DATE, "closed"),
        "person marketing status": (R.CONSENT, "consent"),
        "deal owner": (R.IDENTIFIER, "staff"),
    },
)

ZOHO = Preset(
    "zoho",
    frozenset({"record id", "created time", "modified time", "email opt out", "contact owner",
               "account name", "closing date", "mailing street", "contact name"}),
    {
        "record id": (R.CUSTOMER_ID, None),
        "contact id": (R.CUSTOMER_ID, None),
        "account id": (R.CUSTOMER_ID, None),
        "contact name": (R.IDENTIFIER, "name"),
        "account name": (R.IDENTIFIER, "organisation"),
        "contact owner": (R.IDENTIFIER, "staff"),
        "deal owner": (R.IDENTIFIER, "staff"),
        "created time": (R.DATE, "created"),
        "modified time": (R.DATE, "modified"),
        "closing date": (R.DATE, "closed"),
        "last activity time": (R.DATE, "last_activity"),
        "email opt out": (R.CONSENT, "opt_out"),
        "mailing street": (R.IDENTIFIER, "address"),
        "deal name": (R.TEXT, None),
        "amount": (R.NUMBER, "amount"),
        "stage": (R.CATEGORY, "stage"),
    },
)

PRESETS = (HUBSPOT, SALESFORCE, PIPEDRIVE, ZOHO)


def detect_preset(normalised_headers: list[str]) -> Preset | None:
    """The preset whose marker columns the export has most of (at least two)."""
    names = set(normalised_headers)
    scored = sorted(((len(p.markers & names), p) for p in PRESETS), key=lambda item: -item[0])
    best_score, best = scored[0]
    return best if best_score >= 2 else None
