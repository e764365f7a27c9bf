"""The project's data layout: every stored table, metadata key and processing-log action, named once.

Everything that reads or writes a project imports its names from here, so "which tables hold a
person's data?" has one answer.  The duties that must reach every trace of a person (opt-outs,
erasure, retention, access requests, the handover bundle) iterate over ``PER_CUSTOMER``; a new
per-customer table is declared here, once, and those duties pick it up.  The layout's version
is stored in every project (``LAYOUT_VERSION``) so a later release can migrate older projects.
"""

from __future__ import annotations

from enum import StrEnum

import polars as pl
import polars.selectors as cs

LAYOUT_VERSION = 1

KEY = "customer_key"  # compact integer key of a customer on every per-customer table


def not_among(keys: pl.Series) -> pl.Expr:
    """Rows of customers other than ``keys``.  A row of no customer (a help desk's ticket without customer IDs,
    stored under a null key) is nobody's to remove: a bare ``~is_in`` would be null there, and a filter on it
    would drop the row with the people it removes."""
    return ~pl.col(KEY).is_in(keys.implode()).fill_null(False)


def as_text(frame: pl.DataFrame) -> pl.DataFrame:
    """The frame with its listed-value columns (polars ``Enum`` / ``Categorical``) as plain text, as every table
    is stored and read.  An import holds a category column of few distinct values as the list of them and a
    small number per row, which is not a type two files' columns, or a stored one, can be combined with."""
    return frame.with_columns((cs.enum() | cs.categorical()).cast(pl.String))


EID = "eid"  # the encrypted customer ID (deterministic AES-SIV token), stored once per customer in SUBJECTS


class TableKind(StrEnum):
    """The four kinds of CRM export a user imports; each is stored as the table of the same name."""

    CUSTOMERS = "customers"
    TRANSACTIONS = "transactions"
    INTERACTIONS = "interactions"
    USAGE = "usage"


class Role(StrEnum):
    """What a column is for; decides whether and how it is stored."""

    CUSTOMER_ID = "customer_id"  # pseudonymized into an encrypted ID
    IDENTIFIER = "identifier"  # direct identifier: never an analysis feature
    DATE = "date"
    NUMBER = "number"
    CATEGORY = "category"
    LABEL = "label"  # e.g. churned / status
    CONSENT = "consent"  # consent or opt-out flag
    TEXT = "text"  # free text: dropped by default
    IGNORE = "ignore"  # not imported (other record IDs, columns the user excludes)


class Table(StrEnum):
    """Every other table a project may hold (the imported ones are named by ``TableKind``)."""

    SUBJECTS = "subjects"  # customer_key ↔ encrypted ID
    IDENTITIES = "identities"  # direct identifiers, kept only on request, under their own key
    EMAIL_INDEX = "email_index"  # customer_key → keyed hash of the e-mail address
    OPTOUTS = "optouts"  # encrypted IDs on the opt-out register
    OPTOUT_EMAILS = "optout_emails"  # keyed hashes of e-mail addresses that objected before we knew them
    ERASED = "erased"  # encrypted IDs erased on request (also kept in OPTOUTS)
    SCORES = "scores"  # customer_key → churn risk, purchase propensity, segment
    LAST_ACTIVITY = "last_activity"  # customer_key → latest activity seen by a retention cleanup
    MODELS = "models"  # the fitted models (a blob)
    CAMPAIGN_MEMBERS = "campaign_members"  # customer_key → campaign, arm (treated or control), segment, risk band
    CAMPAIGN_CONTACTS = "campaign_contacts"  # customer_key → campaign, reached, accepted (an optional outcome file)
    # each table as it was before the last import, kept until the next import so that import can be undone
    PRIOR_CUSTOMERS = "prior_customers"
    PRIOR_TRANSACTIONS = "prior_transactions"
    PRIOR_INTERACTIONS = "prior_interactions"
    PRIOR_USAGE = "prior_usage"
    PRIOR_IDENTITIES = "prior_identities"  # under the identity key, like IDENTITIES
    PRIOR_EMAIL_INDEX = "prior_email_index"


class Meta(StrEnum):
    """Keys of the project's metadata (sealed in the manifest beside the tables)."""

    LAYOUT = "layout"  # the LAYOUT_VERSION the project was written with
    SETTINGS = "settings"
    SCHEMA = "schema"  # per imported table: column roles and formats
    MAPPINGS = "mappings"  # saved column mappings by export shape
    MODEL_CARD = "model_card"
    SEGMENTS = "segments"
    FORECAST = "forecast"
    RETENTION = "retention"  # retention policies per table
    CLOSED = "closed"  # when the pilot was closed and which handover bundle was kept
    DEMO = "demo"  # the project was built by the demo
    PILOT_KPIS = "pilot_kpis"  # the pilot's KPI baseline and each recompute since (aggregates at full precision)
    CAMPAIGNS = "campaigns"  # each campaign's design (segments, action, purpose, seed) and its last measurement
    IMPORT_UNDO = "import_undo"  # what undoing the last import restores (the PRIOR_* tables it kept), or None


class Action(StrEnum):
    """What a processing-log entry records; reports and the DPO's views match on these."""

    PROJECT_CREATED = "project-created"
    PASSPHRASE_CHANGED = "passphrase-changed"
    OPERATION_NOT_COMPLETED = "operation-not-completed"
    LOG_LOSS_ACCEPTED = "log-loss-accepted"  # the log no longer matched the project's record; the loss is recorded
    SETTINGS_CHANGED = "settings-changed"
    IMPORT = "import"
    IMPORT_REFUSED = "import-refused"
    IMPORT_NOT_CONFIRMED = "import-not-confirmed"  # warnings were shown and not accepted
    IMPORT_UNDONE = "import-undone"  # the data is back as before the last import; opt-outs and erasures stay applied
    TRAIN = "train"
    DRIFT_CHECK = "drift-check"
    FORECAST = "forecast"
    OPTOUT_RECORDED = "optout-recorded"
    OPTOUT_WITHDRAWN = "optout-withdrawn"
    ACTION_LIST_PREPARED = "action-list-prepared"
    KPI_BASELINE_TAKEN = "kpi-baseline-taken"
    CAMPAIGN_STARTED = "campaign-started"
    CAMPAIGN_LIST_EXPORTED = "campaign-list-exported"  # the treated arm named for the action
    CAMPAIGN_CONTACTS_IMPORTED = "campaign-contacts-imported"
    CAMPAIGN_MEASURED = "campaign-measured"
    RETENTION_POLICY_SET = "retention-policy-set"
    RETENTION_CLEANUP = "retention-cleanup"
    DSAR_ACCESS = "dsar-access"
    DSAR_ERASURE = "dsar-erasure"
    REPORT_ART30 = "report-art30"
    REPORT_PILOT = "report-pilot"
    TABLE_EXPORTED = "table-exported"  # a released table (segments, a screen's table) written to a spreadsheet
    HANDOVER_BUNDLE = "handover-bundle"
    LOG_PACKAGE_EXPORTED = "log-package-exported"  # the signed log, its key and a checkpoint, written for the DPO
    PILOT_CLOSED = "pilot-closed"


# Tables whose rows each belong to one customer, found by KEY: an opt-out, an erasure or a
# retention cleanup rewrites every one of them, and an access request reads every one.
PER_CUSTOMER: tuple[str, ...] = (
    *TableKind,
    Table.SCORES,
    Table.IDENTITIES,
    Table.EMAIL_INDEX,
    Table.LAST_ACTIVITY,
    Table.CAMPAIGN_MEMBERS,
    Table.CAMPAIGN_CONTACTS,
    *(prior for prior in Table if prior.name.startswith("PRIOR_")),  # an objection reaches the undo copy too
)

# The table an import replaces → the copy of its previous version that lets the import be undone.
PRIOR: dict[str, Table] = {name: Table[f"PRIOR_{name.upper()}"] for name in (*TableKind, Table.IDENTITIES,
                                                                             Table.EMAIL_INDEX)}
IDENTITY_KEYED = frozenset({Table.IDENTITIES, Table.PRIOR_IDENTITIES})  # sealed under the identity subkey
