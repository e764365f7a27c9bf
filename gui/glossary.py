"""The words a shop owner meets on the screens, explained in one or two plain sentences.

One list serves both places a definition is read: the Glossary page of the help dialog, and the tooltips on
the headings and column headers that use a term (:func:`tip`, :func:`tip_columns`).  Terms are named by
:class:`Term`, so a screen cannot ask for a definition that does not exist; tests/gui/test_help.py checks
that every term has a name and a definition in the list.

The texts are built when asked for, through ``QCoreApplication.translate``: they follow the language
installed at that moment, and the translation tools collect them like any ``self.tr`` string.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint
from PySide6.QtWidgets import QAbstractItemView, QToolTip, QWidget

from prevista.gui.frame_model import FrameModel


class Term(StrEnum):
    SEGMENT = "segment"
    CHURN_RISK = "churn-risk"
    EXPECTED_CHURNERS = "expected-churners"
    REVENUE_AT_RISK = "revenue-at-risk"
    PROPENSITY = "propensity"
    FORECAST_TICKETS = "forecast-tickets"
    STILL_ACTIVE = "still-active"
    OUTCOME_HORIZON = "outcome-horizon"
    DRIVERS = "drivers"
    HELD_OUT = "held-out"
    BASELINE = "baseline"
    AUC = "auc"
    PR_AUC = "pr-auc"
    BRIER = "brier"
    LIFT = "lift"
    CALIBRATION = "calibration"
    RANGE_95 = "range-95"
    SHIFT = "shift"
    CONTROL_GROUP = "control-group"
    TREATED = "treated"
    UPLIFT = "uplift"
    INTERVAL = "interval"
    BACKTEST = "backtest"
    COVERAGE = "coverage"
    SMALLEST_GROUP = "smallest-group"
    ENCRYPTED_ID = "encrypted-id"
    OPT_OUT = "opt-out"
    RETENTION = "retention"
    PROCESSING_LOG = "processing-log"
    FINGERPRINT = "fingerprint"
    CHECKPOINT = "checkpoint"
    PURPOSE = "purpose"
    LEGAL_BASIS = "legal-basis"
    KPI_BASELINE = "kpi-baseline"
    IMPORT_UNDO = "import-undo"


@dataclass(frozen=True)
class Entry:
    term: Term
    name: str
    text: str


def entries() -> list[Entry]:
    """Every term with its definition, in the order a user meets them (results, quality, campaigns, privacy)."""
    translate = QCoreApplication.translate  # lupdate collects calls by this name
    texts = {
        Term.SEGMENT: (translate("Glossary", "Segment"), translate("Glossary",
            "A group of customers who behave alike. A segment is only shown when it has at least the smallest "
            "group size (k) of customers.")),
        Term.CHURN_RISK: (translate("Glossary", "Churn risk"), translate("Glossary",
            "The chance, estimated by the model, that a customer stops buying or cancels within the outcome "
            "horizon. For a segment it is the average of its customers.")),
        Term.EXPECTED_CHURNERS: (translate("Glossary", "Expected churners"), translate("Glossary",
            "How many customers of a segment are likely to leave: their churn risks added up. It is an "
            "estimate for the group, not a list of people.")),
        Term.REVENUE_AT_RISK: (translate("Glossary", "Revenue at risk"), translate("Glossary",
            "The yearly value of the customers likely to leave: each customer's spend or fee times their churn "
            "risk, added up. Without a value (spend, fee, balance) in the data it cannot be computed and shows "
            "a dash.")),
        Term.PROPENSITY: (translate("Glossary", "Purchase propensity"), translate("Glossary",
            "The chance that a customer buys again within the outcome horizon. Customers with a high propensity "
            "are the likeliest to respond to an offer.")),
        Term.FORECAST_TICKETS: (translate("Glossary", "Forecast tickets"), translate("Glossary",
            "The support tickets the customers of a segment are expected to open in the forecast period.")),
        Term.STILL_ACTIVE: (translate("Glossary", "Still active (buy-till-you-die)"), translate("Glossary",
            "For shops without subscriptions: from how often and how recently each customer bought, a classic "
            "model estimates the chance that they are still a customer and how many repeat purchases to expect.")),
        Term.OUTCOME_HORIZON: (translate("Glossary", "Outcome horizon"), translate("Glossary",
            "The period after the cut-off date in which a customer counts as lost or as a buyer, for example "
            "90 days.")),
        Term.DRIVERS: (translate("Glossary", "Drivers"), translate("Glossary",
            "The customer traits that move the model's estimate most, such as fewer orders lately. They explain "
            "a prediction; they do not prove a cause.")),
        Term.HELD_OUT: (translate("Glossary", "Held-out data"), translate("Glossary",
            "Customers or a later period kept aside during training and used only to measure the model: a fair "
            "test of how it does on customers it has never seen.")),
        Term.BASELINE: (translate("Glossary", "Baseline (reference model)"), translate("Glossary",
            "A deliberately simple way to predict, measured the same way as the model. The model is only worth "
            "using where it clearly beats its baselines.")),
        Term.AUC: (translate("Glossary", "ROC AUC"), translate("Glossary",
            "How well the model ranks customers who leave above customers who stay: 0.5 is guessing, 1 is "
            "perfect; real churn models reach about 0.7 to 0.85.")),
        Term.PR_AUC: (translate("Glossary", "PR AUC"), translate("Glossary",
            "How many of the model's top picks really leave, over lists of every length; higher is better. It "
            "matters most when few customers leave.")),
        Term.BRIER: (translate("Glossary", "Brier score"), translate("Glossary",
            "The average squared gap between the predicted chances and what happened; lower is better.")),
        Term.LIFT: (translate("Glossary", "Lift"), translate("Glossary",
            "How many times more churners a list chosen by the model holds than a list of the same length "
            "chosen at random. Top-decile lift compares the 10 % with the highest risk.")),
        Term.CALIBRATION: (translate("Glossary", "Calibration"), translate("Glossary",
            "Whether the predicted chances come true: of the customers given a 20 % risk, about 20 % should "
            "leave. The calibration chart sets predicted against observed rates.")),
        Term.RANGE_95: (translate("Glossary", "95 % range"), translate("Glossary",
            "The span that holds a quality measure in 95 % of resamples of the held-out customers. The wider it "
            "is, the less certain the measure.")),
        Term.SHIFT: (translate("Glossary", "Shift (PSI)"), translate("Glossary",
            "How much today's customers differ from those the model learnt from. A large shift means the model "
            "should be retrained.")),
        Term.CONTROL_GROUP: (translate("Glossary", "Control group (held back)"), translate("Glossary",
            "Customers of a campaign chosen at random and deliberately not acted on. Comparing them with the "
            "treated customers shows what the action itself changed.")),
        Term.TREATED: (translate("Glossary", "Treated"), translate("Glossary",
            "The customers of a campaign who are acted on (called, mailed, offered a discount).")),
        Term.UPLIFT: (translate("Glossary", "Uplift (difference)"), translate("Glossary",
            "The difference in an outcome between treated and held-back customers: the effect of the action "
            "beyond what would have happened anyway.")),
        Term.INTERVAL: (translate("Glossary", "Interval (90 %)"), translate("Glossary",
            "The range that holds the true value with the stated confidence, usually 90 %; the wider, the less "
            "certain. A campaign interval that includes zero means the action may have changed nothing.")),
        Term.BACKTEST: (translate("Glossary", "Backtest"), translate("Glossary",
            "Testing a forecast on past weeks as if they were the future: each method forecasts them from the "
            "weeks before, and the result is compared with what really happened.")),
        Term.COVERAGE: (translate("Glossary", "Coverage"), translate("Glossary",
            "How often the real value fell inside the forecast's interval in the backtest. For a 90 % interval "
            "about 90 % is right; much less means the interval is too narrow.")),
        Term.SMALLEST_GROUP: (translate("Glossary", "Smallest group (k)"), translate("Glossary",
            "The fewest customers any group shown or exported may have. Smaller groups are withheld, so that no "
            "figure describes a single recognisable person.")),
        Term.ENCRYPTED_ID: (translate("Glossary", "Encrypted ID (pseudonymisation)"), translate("Glossary",
            "Customer numbers are replaced by encrypted IDs before anything is stored, and names and contact "
            "details are dropped unless you choose to keep them. Without the passphrase nobody can trace the "
            "data to a person.")),
        Term.OPT_OUT: (translate("Glossary", "Opt-out (objection)"), translate("Glossary",
            "A customer's objection to being analysed or contacted. Their data is removed, and their encrypted "
            "ID stays on the opt-out register so that no later import can bring them back.")),
        Term.RETENTION: (translate("Glossary", "Retention deadline"), translate("Glossary",
            "How long each kind of data may be kept. Data past its deadline must be deleted: the Privacy screen "
            "shows what is due and deletes it in a cleanup.")),
        Term.PROCESSING_LOG: (translate("Glossary", "Processing log"), translate("Glossary",
            "A signed record of every processing step (imports, training, exports, deletions) that holds no "
            "personal data. Your data protection officer can check it without the passphrase.")),
        Term.FINGERPRINT: (translate("Glossary", "Fingerprint"), translate("Glossary",
            "A short code computed from the log's public key. If it matches the one your data protection officer "
            "noted, the log was signed by this project and not by someone else.")),
        Term.CHECKPOINT: (translate("Glossary", "Checkpoint"), translate("Glossary",
            "The log's latest entry as your data protection officer last saw it. Checking the log against it "
            "later shows whether any entry was removed or rewritten since.")),
        Term.PURPOSE: (translate("Glossary", "Purpose"), translate("Glossary",
            "What the data is processed for. It is recorded with every step, and the data may only be used for "
            "it.")),
        Term.LEGAL_BASIS: (translate("Glossary", "Legal basis"), translate("Glossary",
            "The reason under data protection law that allows the processing, such as legitimate interest. It "
            "is recorded with every import.")),
        Term.KPI_BASELINE: (translate("Glossary", "KPI baseline"), translate("Glossary",
            "The key figures recorded at the start of the pilot, so that later figures can be compared with "
            "them.")),
        Term.IMPORT_UNDO: (translate("Glossary", "Undo the last import"), translate("Glossary",
            "Puts the data back as it was before the most recent import. Opt-outs and erasures recorded since "
            "stay in force, and models trained on the undone data are marked for retraining.")),
    }
    return [Entry(term, name, text) for term, (name, text) in texts.items()]


def entry(term: Term) -> Entry:
    found = {e.term: e for e in entries()}
    return found[term]


def definition(term: Term) -> str:
    return entry(term).text


def tip(widget: QWidget, *terms: Term) -> None:
    """Explain the terms a label, heading or button shows when the pointer rests on it; several terms are
    each introduced by their name."""
    found = [entry(term) for term in terms]
    widget.setToolTip(found[0].text if len(found) == 1 else "\n\n".join(f"{e.name}: {e.text}" for e in found))


class _HeaderTips(QObject):
    """Answers tooltip events on a table's column headers with the definition of the column's term."""

    def __init__(self, view: QAbstractItemView, terms: dict[str, Term]) -> None:
        super().__init__(view)
        self.view = view
        self.terms = terms

    def tip_at(self, section: int) -> str | None:
        model = self.view.model()
        if not isinstance(model, FrameModel) or not 0 <= section < model.frame.width:
            return None
        term = self.terms.get(model.frame.columns[section])
        return None if term is None else definition(term)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ToolTip:
            header = self.view.horizontalHeader()  # type: ignore[attr-defined]
            position: QPoint = event.pos()  # type: ignore[attr-defined]
            text = self.tip_at(header.logicalIndexAt(position))
            if text:
                QToolTip.showText(event.globalPos(), text, header)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return False


def tip_columns(view: QAbstractItemView, terms: dict[str, Term]) -> None:
    """Explain the terms of a table's column headers (keyed by the frame's column names) on hover."""
    view.horizontalHeader().viewport().installEventFilter(_HeaderTips(view, terms))  # type: ignore[attr-defined]


def column_tip(view: QAbstractItemView, section: int) -> str | None:
    """The definition a header section shows, for tests and for reading aloud by assistive tools."""
    filters = [child for child in view.children() if isinstance(child, _HeaderTips)]
    return filters[0].tip_at(section) if filters else None
