"""Column presets for the CRM exports small businesses actually have.

Each preset names columns as the CRM exports them (normalised: lower case,
camelCase split, punctuation to spaces) with their role and meaning, plus a
few marker columns that identify the export.  Columns a preset does not know
fall through to the generic rules.  Older exports spell the same names in
capitals without spaces (Salesforce Data Loader: ``HASOPTEDOUTOFEMAIL``);
``KNOWN_NAMES`` lets detection space them out again.

An export of deals or tickets carries the *record's* own ID and the IDs of the
records it is associated with: the customer is the associated contact (else
company), never the deal; every other record's ID is a key, dropped rather
than analysed (:func:`customer_columns`).
"""

from __future__ import annotations

import re
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
    frozenset({"record id", "create date", "lifecycle stage", "associated contact id", "associated contact ids",
               "ticket id", "deal stage", "lead status", "contact owner", "ticket name", "deal name", "pipeline",
               "associated company ids", "associated company", "hubspot owner"}),
    {
        "record id": (R.CUSTOMER_ID, None),
        "contact id": (R.CUSTOMER_ID, None),
        "associated contact id": (R.CUSTOMER_ID, None),
        "associated contact ids": (R.CUSTOMER_ID, None),
        "associated contact": (R.IDENTIFIER, "name"),
        "associated company": (R.IDENTIFIER, "organisation"),
        "company name": (R.IDENTIFIER, "organisation"),
        "hubspot owner": (R.IDENTIFIER, "staff"),
        "company owner": (R.IDENTIFIER, "staff"),
        "created by user id": (R.IDENTIFIER, "staff"),
        "opted out of all email": (R.CONSENT, "opt_out"),
        "unsubscribed from all email": (R.CONSENT, "opt_out"),
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
    },
)

SALESFORCE = Preset(
    "salesforce",
    frozenset({"account id", "contact id", "created date", "stage name", "has opted out of email",
               "mailing street", "opportunity id", "case number", "is closed", "owner id", "system modstamp",
               "is deleted", "created by id", "last modified by id", "email opt out", "opportunity name"}),
    {
        "first name": (R.IDENTIFIER, "name"),
        "last name": (R.IDENTIFIER, "name"),
        "full name": (R.IDENTIFIER, "name"),
        "name": (R.IDENTIFIER, "name"),
        "salutation": (R.IGNORE, None),
        "email": (R.IDENTIFIER, "email"),
        "phone": (R.IDENTIFIER, "phone"),
        "mobile phone": (R.IDENTIFIER, "phone"),
        "home phone": (R.IDENTIFIER, "phone"),
        "other phone": (R.IDENTIFIER, "phone"),
        "fax": (R.IDENTIFIER, "phone"),
        "birthdate": (R.DATE, "birth"),
        "account name": (R.IDENTIFIER, "organisation"),
        "opportunity name": (R.TEXT, None),
        "contact owner": (R.IDENTIFIER, "staff"),
        "account owner": (R.IDENTIFIER, "staff"),
        "opportunity owner": (R.IDENTIFIER, "staff"),
        "case owner": (R.IDENTIFIER, "staff"),
        "created by": (R.IDENTIFIER, "staff"),
        "created by id": (R.IDENTIFIER, "staff"),
        "last modified by": (R.IDENTIFIER, "staff"),
        "last modified by id": (R.IDENTIFIER, "staff"),
        "last modified date": (R.DATE, "modified"),
        "system modstamp": (R.IGNORE, None),
        "is deleted": (R.IGNORE, None),
        "has opted out of fax": (R.CONSENT, "opt_out"),
        "email opt out": (R.CONSENT, "opt_out"),
        "fax opt out": (R.CONSENT, "opt_out"),
        "mailing state": (R.CATEGORY, "quasi_identifier"),
        "mailing country": (R.CATEGORY, "quasi_identifier"),
        "billing street": (R.IDENTIFIER, "address"),
        "billing city": (R.CATEGORY, "quasi_identifier"),
        "billing postal code": (R.CATEGORY, "quasi_identifier"),
        "billing country": (R.CATEGORY, "quasi_identifier"),
        "lead source": (R.CATEGORY, "channel"),
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
               "account name", "closing date", "mailing street", "contact name", "created by", "modified by"}),
    {
        "created by": (R.IDENTIFIER, "staff"),
        "modified by": (R.IDENTIFIER, "staff"),
        "account owner": (R.IDENTIFIER, "staff"),
        "lead owner": (R.IDENTIFIER, "staff"),
        "secondary email": (R.IDENTIFIER, "email"),
        "first name": (R.IDENTIFIER, "name"),
        "last name": (R.IDENTIFIER, "name"),
        "full name": (R.IDENTIFIER, "name"),
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

# Names that exports also write squashed ("FIRSTNAME", "HASOPTEDOUTOFEMAIL"), besides every preset's own.
_COMMON_NAMES = ("first name", "last name", "full name", "middle name", "email address", "mobile phone",
                 "home phone", "phone number", "birth date", "date of birth", "customer id", "customer number",
                 "client id", "account id", "contact id", "user id", "member id", "created date", "created by",
                 "modified by", "last modified by", "do not call", "do not email", "opt out", "email opt out",
                 "unsubscribed", "postal code", "zip code", "street address", "order id", "order date",
                 "order number", "invoice id", "invoice date", "invoice number", "unit price", "total amount",
                 "phone service", "multiple lines", "paperless billing", "payment method", "monthly charges",
                 "total charges", "senior citizen", "company name", "last activity date", "close date")
KNOWN_NAMES = frozenset(_COMMON_NAMES).union(*(set(p.columns) | p.markers for p in PRESETS))

# The IDs of records an export row is associated with (HubSpot "Associated Company IDs", Zoho "Account ID"…)
_ASSOCIATION = re.compile(r"^associated (?P<record>[a-z ]+?) ids?( primary)?$")
_RECORD_OF_DEALS = frozenset({"deal name", "deal stage", "pipeline", "ticket name", "ticket id", "deal id",
                              "ticket status", "amount", "close date"})
_CUSTOMER_RECORDS = ("contact", "company")
_PEOPLE = frozenset({"first name", "last name", "full name"})


def customer_columns(preset: Preset | None, names: list[str]) -> dict[str, tuple[Role, str | None]]:
    """Role overrides that put the customer ID on the right column of an export with associations.

    In a HubSpot deals or tickets export ``Record ID`` is the deal's: the customer is the associated
    contact, else the associated company.  In any export, association columns that do not hold the
    customer are other records' keys: dropped, never analysed as numbers.
    """
    associations = {name: match.group("record") for name in names if (match := _ASSOCIATION.match(name))}
    overrides: dict[str, tuple[Role, str | None]] = {
        name: (R.IGNORE, "association") for name in associations}
    if preset is HUBSPOT and _RECORD_OF_DEALS & set(names):
        overrides["record id"] = (R.IGNORE, "record_id")
        for record in _CUSTOMER_RECORDS:
            holder = next((name for name, held in associations.items() if held == record), None)
            if holder is not None:
                overrides[holder] = (R.CUSTOMER_ID, "association")
                break
    own = next((name for name in ("contact id", "id") if name in names), None)
    if preset is SALESFORCE and own is not None and _PEOPLE & set(names):
        # a contacts export with its own IDs: each row is a person; the account is another record
        overrides.update({own: (R.CUSTOMER_ID, None), "account id": (R.IGNORE, "association")})
    return overrides


def detect_preset(normalised_headers: list[str]) -> Preset | None:
    """The preset whose marker columns the export has most of (at least two)."""
    names = set(normalised_headers)
    scored = sorted(((len(p.markers & names), p) for p in PRESETS), key=lambda item: -item[0])
    best_score, best = scored[0]
    return best if best_score >= 2 else None
