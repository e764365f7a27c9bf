"""A processing-log entry in the reader's words: what was done, and the names of what it counted.

The log stores an action's identifier ("optout-recorded") and its counts and details under the keys core
wrote ("rows_removed_for_opt_out"): those stay as they are, because a DPO verifies and quotes the log as
written.  The window shows the plain name in its language; an identifier or key it does not know (one from
a newer release) is shown as it is logged, underscores made spaces.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from prevista.core.reports.audit_log import LoggedStep
from prevista.gui.core_text import said, table_name
from prevista.privacy.schema import Action


def action_name(action: str | None) -> str:
    """What an entry records, by name; "—" where an entry names no action."""
    translate = QCoreApplication.translate  # lupdate collects calls by this name
    names: dict[str, str] = {
        Action.PROJECT_CREATED: translate("LogActions", "Project created"),
        Action.PASSPHRASE_CHANGED: translate("LogActions", "Passphrase changed"),
        Action.OPERATION_NOT_COMPLETED: translate("LogActions", "Operation not completed"),
        Action.LOG_LOSS_ACCEPTED: translate("LogActions", "Log loss recorded"),
        Action.SETTINGS_CHANGED: translate("LogActions", "Settings changed"),
        Action.IMPORT: translate("LogActions", "Import"),
        Action.IMPORT_REFUSED: translate("LogActions", "Import refused"),
        Action.IMPORT_NOT_CONFIRMED: translate("LogActions", "Import not confirmed"),
        Action.IMPORT_UNDONE: translate("LogActions", "Import undone"),
        Action.TRAIN: translate("LogActions", "Models trained"),
        Action.DRIFT_CHECK: translate("LogActions", "Drift check"),
        Action.FORECAST: translate("LogActions", "Ticket forecast"),
        Action.OPTOUT_RECORDED: translate("LogActions", "Opt-out recorded"),
        Action.OPTOUT_WITHDRAWN: translate("LogActions", "Opt-out withdrawn"),
        Action.ACTION_LIST_PREPARED: translate("LogActions", "Action list prepared"),
        Action.KPI_BASELINE_TAKEN: translate("LogActions", "KPI baseline taken"),
        Action.CAMPAIGN_STARTED: translate("LogActions", "Campaign started"),
        Action.CAMPAIGN_LIST_EXPORTED: translate("LogActions", "Campaign contact list exported"),
        Action.CAMPAIGN_CONTACTS_IMPORTED: translate("LogActions", "Campaign contact outcomes imported"),
        Action.CAMPAIGN_MEASURED: translate("LogActions", "Campaign measured"),
        Action.RETENTION_POLICY_SET: translate("LogActions", "Retention policy set"),
        Action.RETENTION_CLEANUP: translate("LogActions", "Retention cleanup"),
        Action.DSAR_ACCESS: translate("LogActions", "Access request answered"),
        Action.DSAR_ERASURE: translate("LogActions", "Erasure on request"),
        Action.REPORT_ART30: translate("LogActions", "Art. 30 record written"),
        Action.REPORT_PILOT: translate("LogActions", "Pilot report written"),
        Action.TABLE_EXPORTED: translate("LogActions", "Table exported"),
        Action.HANDOVER_BUNDLE: translate("LogActions", "Handover bundle written"),
        Action.LOG_PACKAGE_EXPORTED: translate("LogActions", "Log package for the DPO exported"),
        Action.PILOT_CLOSED: translate("LogActions", "Pilot closed"),
    }
    return names.get(action, action) if action else "—"


def field_name(key: object) -> str:
    """A logged key's name; a table's name where the key is one."""
    translate = QCoreApplication.translate
    names = {
        "rows": translate("LogFields", "rows"), "rows_stored": translate("LogFields", "rows stored"),
        "new_customers": translate("LogFields", "new customers"),
        "rows_removed_for_opt_out": translate("LogFields", "rows removed for opt-out"),
        "opted_out_register_size": translate("LogFields", "opt-out register size"),
        "rows_without_id_left_out": translate("LogFields", "rows without ID left out"),
        "tickets_without_customer": translate("LogFields", "tickets without customer"),
        "cancellation_lines": translate("LogFields", "cancellation lines"),
        "non_product_lines": translate("LogFields", "non-product lines"),
        "pilot_kpis": translate("LogFields", "pilot KPIs"),
        "customers_scored": translate("LogFields", "customers scored"), "segments": translate("LogFields", "segments"),
        "test_positives": translate("LogFields", "churners held out"),
        "test_rows": translate("LogFields", "customers held out"),
        "train_positives": translate("LogFields", "churners trained on"),
        "train_rows": translate("LogFields", "customers trained on"),
        "horizon_days": translate("LogFields", "horizon (days)"), "model": translate("LogFields", "model"),
        "validation": translate("LogFields", "validation"), "people": translate("LogFields", "people"),
        "requests": translate("LogFields", "requests"), "withdrawn": translate("LogFields", "withdrawn"),
        "register_size": translate("LogFields", "register size"), "treated": translate("LogFields", "treated"),
        "control": translate("LogFields", "held back"), "people_listed": translate("LogFields", "people listed"),
        "segment": translate("LogFields", "segment"), "segment_size": translate("LogFields", "segment size"),
        "format": translate("LogFields", "format"), "table": translate("LogFields", "table"),
        "months": translate("LogFields", "months"), "months_before": translate("LogFields", "months before"),
        "basis": translate("LogFields", "justification"), "keys": translate("LogFields", "settings"),
        "files": translate("LogFields", "files"), "bytes": translate("LogFields", "bytes"),
        "log_entries": translate("LogFields", "log entries"), "weeks": translate("LogFields", "weeks"),
        "kdf": translate("LogFields", "key derivation"), "iterations": translate("LogFields", "iterations"),
        "lanes": translate("LogFields", "lanes"), "memory_kib": translate("LogFields", "memory (KiB)"),
        "entries": translate("LogFields", "entries"), "outcome": translate("LogFields", "outcome"),
        "import_entry": translate("LogFields", "import entry"),
        "tables_restored": translate("LogFields", "tables restored"),
        "retrain_recommended": translate("LogFields", "retraining recommended"),
        "left_out_in_other_campaign": translate("LogFields", "left out (in another campaign)"),
        "settings_changed": translate("LogFields", "settings changed"),
    }
    if str(key) in names:
        return names[str(key)]
    table = table_name(str(key))
    return table if table != key else str(key).replace("_", " ")


def _word(key: object, value: str) -> str:
    """A logged word: how a model was validated, what became of the pilot KPIs, a model's name."""
    translate = QCoreApplication.translate
    words = {
        ("validation", "time"): translate("LogFields", "on later data (time-based)"),
        ("validation", "customers"): translate("LogFields", "on other customers"),
        ("validation", "static"): translate("LogFields", "on a snapshot"),
        ("pilot_kpis", "recomputed"): translate("LogFields", "recomputed"),
        ("pilot_kpis", "recomputed, baseline taken"): translate("LogFields", "recomputed, baseline taken"),
    }
    return words.get((key, value), said("Models", value) if key == "model" else value)


def described(value: object, key: object = None) -> str:
    """Counts and details as words, as core's ``describe`` writes them, with the names in the reader's language."""
    if isinstance(value, Mapping):
        return ", ".join(f"{field_name(name)} ({described(item, name)})" if isinstance(item, Mapping)
                         else f"{field_name(name)}: {described(item, name)}" for name, item in value.items())
    if isinstance(value, list | tuple):
        return ", ".join(described(item, key) for item in value)
    if isinstance(value, bool):  # a logged yes or no (whether a drift check recommended retraining)
        translate = QCoreApplication.translate
        return translate("LogFields", "yes") if value else translate("LogFields", "no")
    return _word(key, value) if isinstance(value, str) else str(value)


def summary(step: LoggedStep) -> str:
    """Counts and details on one line, for a table cell and a text search."""
    return "; ".join(described(part) for part in (step.counts, step.details) if part)


def fields(step: LoggedStep) -> list[tuple[str, str]]:
    """The entry's counts and details, one label–value pair per logged key."""
    return [(field_name(key), described(value, key)) for group in (step.counts, step.details)
            for key, value in group.items()]
