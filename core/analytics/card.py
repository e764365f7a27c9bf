"""The model card: what a training learned and how well it did, as typed data for the front ends.

The card is kept in the project's metadata as JSON (``Meta.MODEL_CARD``) and handed to the client
in the bundle, so its JSON form does not change: ``to_dict``/``from_dict`` read and write it exactly
as earlier versions did.  Cards from before the lift chart have no ``lift``, those from before intervals
no ``intervals`` in their scores; the opt-out, erasure and
retention steps add their ``*_since_training`` flags to the stored card.  ``dataclasses.asdict``
gives the same keys, so the command line's ``--json`` keeps its shape.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from prevista.core.analytics.stored import json_form
from prevista.privacy.catalogue import QT_TRANSLATE_NOOP

MEASURES = ("roc_auc", "pr_auc", "brier", "lift_top_decile")
# what a model predicts, as training names it ("purchase: Add-on" for a category): marked as phrases, so a
# sentence naming the target ("… → higher churn risk") and the model choice read in the user's language
TARGETS = (QT_TRANSLATE_NOOP("Phrases", "churn"), QT_TRANSLATE_NOOP("Phrases", "purchase"),
           QT_TRANSLATE_NOOP("Phrases", "purchase: {0}"))
# core's sentences about a training, marked here (a module the window imports) so the window finds them;
# training, modeling and labels fill them and store the English
LOGISTIC = QT_TRANSLATE_NOOP("Models", "logistic regression")
BOOSTING = QT_TRANSLATE_NOOP("Models", "gradient boosting")
PRIOR = QT_TRANSLATE_NOOP("Models", "prior rate")
BTYD = QT_TRANSLATE_NOOP("Models", "BG/NBD")
CANCELLATION_SOURCE = QT_TRANSLATE_NOOP("Models", "the cancellation date in '{0}'")
LABEL_SOURCE = QT_TRANSLATE_NOOP("Models", "the churn label '{0}', dated at each churner's last activity")
INACTIVITY_SOURCE = QT_TRANSLATE_NOOP(
    "Models", "no activity in the {0} days after the cutoff, among customers active in the {1} days before it (no "
              "churn label or cancellation date in the data)")
FEATURES_AS_OF = QT_TRANSLATE_NOOP("Models", "features as of {0}")
STACKED_AS_OF = QT_TRANSLATE_NOOP("Models", "features as of {0} cutoffs a season apart, the latest {1},")
TIME_HOLD_OUT = QT_TRANSLATE_NOOP(
    "Models", "time-based hold-out: trained on {0} with outcomes in the {1} days after; tested on features as of {2} "
              "with outcomes up to {3}")
CUSTOMER_HOLD_OUT = QT_TRANSLATE_NOOP(
    "Models", "hold-out of 30 % of customers at one cutoff ({0}); the history is too short for a time-based hold-out")
SEASONAL_CHURN = QT_TRANSLATE_NOOP(
    "Models", "the churn rate was about {0:.0%} in the training windows but {1:.0%} in the test window: churn depends "
              "on the season or the business changed, so the figures for the next period may be off")
SHORT_HISTORY = QT_TRANSLATE_NOOP(
    "Models", "history covers less than {0} months: seasonal effects and slow churn are not learnt")
FEW_CUSTOMERS = QT_TRANSLATE_NOOP("Models", "only about {0} current customers: expect wide uncertainty in every figure")
RARE_CHURN = QT_TRANSLATE_NOOP(
    "Models", "churn is rare in the training data (about {0} of {1}): the model has little to learn from")
INTERVAL_NOTE = QT_TRANSLATE_NOOP(
    "Models", "every measure comes with its 95 % interval over {0} bootstrap resamples of the held-out customers; a "
              "narrower range means a more certain figure")
FEW_POSITIVES_NOTE = QT_TRANSLATE_NOOP(
    "Models", "only {0} customers had the rarer outcome (at most {1}): a strongly regularised logistic regression is "
              "used without a model contest, and drivers are shown only where their interval excludes zero; expect "
              "wide intervals")
SIMPLER_KEPT = QT_TRANSLATE_NOOP(
    "Models", "gradient boosting did not beat the logistic regression beyond the noise of the held-out data, so the "
              "simpler model is kept")
LEAKY = QT_TRANSLATE_NOOP("Models", "alone predicts the outcome with ROC AUC {0:.2f}: it most likely records it")
CHANCE_DATED = QT_TRANSLATE_NOOP(
    "Models", "on the customers it never saw, the churn model's ranking cannot be told apart from chance (ROC AUC "
              "{0}): read its risks as the average rate rather than as a ranking; try a longer horizon (so that "
              "stopping shows in the history) or a longer history")
CHANCE_SNAPSHOT = QT_TRANSLATE_NOOP(
    "Models", "on the customers it never saw, the churn model's ranking cannot be told apart from chance (ROC AUC "
              "{0}): read its risks as the average rate rather than as a ranking; try more customers, or more "
              "columns that describe them")
SAMPLED = QT_TRANSLATE_NOOP("Models", "trained on a stratified sample of {0:,d} of {1:,d} rows")
MEASURED_ON_SAMPLE = QT_TRANSLATE_NOOP("Models", "measured on a stratified sample of {0:,d} of {1:,d} held-out rows")
CROSS_VALIDATION = QT_TRANSLATE_NOOP(
    "Models", "stratified {0}-fold cross-validation (a static snapshot has no history for a time-based hold-out); each "
              "customer is measured with the fold model that never saw them, and the model kept is refitted on all "
              "customers and calibrated on those out-of-fold scores")


@dataclass(frozen=True)
class Scores:
    """Quality of one model's scores on held-out data (NaN where a measure is undefined).

    ``intervals`` holds each measure's 95 % range over bootstrap resamples of the held-out customers;
    cards from before intervals have none (None), and their stored form stays without the key."""

    roc_auc: float
    pr_auc: float
    brier: float
    lift_top_decile: float
    intervals: Mapping[str, tuple[float, float]] | None = None
    OPTIONAL_KEYS: ClassVar[tuple[str, ...]] = ("intervals",)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Scores:
        intervals = data.get("intervals")
        return cls(**{measure: data[measure] for measure in MEASURES},
                   intervals=None if intervals is None else {name: (low, high) for name, (low, high) in intervals.items()})

    def text(self, measure: str, digits: int = 3, unit: str = "") -> str:
        """A measure with its interval where the card has one, e.g. '0.868 (0.851–0.884)'."""
        shown = f"{getattr(self, measure):.{digits}f}{unit}"
        bounds = (self.intervals or {}).get(measure)
        return shown if bounds is None else f"{shown} ({bounds[0]:.{digits}f}–{bounds[1]:.{digits}f}{unit})"


@dataclass(frozen=True)
class Driver:
    """What a model relies on, in plain language; ``importance`` is the drop in held-out ROC AUC without it."""

    feature: str
    importance: float
    text: str


@dataclass(frozen=True)
class ModelReport:
    """One model (churn, or a purchase target) next to the baselines it had to beat."""

    target: str
    model: str  # the model kept
    validation: str
    metrics: Scores
    baselines: Mapping[str, Scores]
    calibration: tuple[tuple[float, float], ...]  # (mean predicted, observed rate) per risk band
    lift: tuple[float, ...] | None  # outcome rate per score decile over the overall rate; None in the oldest cards
    counts: Mapping[str, int]
    drivers: tuple[Driver, ...]
    notes: tuple[str, ...]
    OPTIONAL_KEYS: ClassVar[tuple[str, ...]] = ("lift",)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ModelReport:
        lift = data.get("lift")
        return cls(
            target=data["target"], model=data["model"], validation=data["validation"],
            metrics=Scores.from_dict(data["metrics"]),
            baselines={name: Scores.from_dict(values) for name, values in data["baselines"].items()},
            calibration=tuple((predicted, observed) for predicted, observed in data["calibration"]),
            lift=None if lift is None else tuple(lift), counts=dict(data["counts"]),
            drivers=tuple(Driver(**driver) for driver in data["drivers"]), notes=tuple(data["notes"]),
        )


@dataclass(frozen=True)
class DataPeriod:
    """The first and last day of the data the models learnt from (ISO dates; None without dated history)."""

    first: str | None
    end: str | None


@dataclass(frozen=True)
class Cutoffs:
    """Where features were taken for training, testing and scoring: ISO dates, stored as the text 'None'
    where a static snapshot has no cutoff (the pilot report reads them so)."""

    train: str
    test: str
    score: str


@dataclass(frozen=True)
class DriftReference:
    """A feature's (or the score's) inner quantile edges at training and the share of customers in each band."""

    edges: tuple[float, ...]  # inner edges, one fewer than shares; older cards also hold the lowest and highest value
    shares: tuple[float, ...]

    @property
    def inner(self) -> tuple[float, ...]:
        """The edges between bands, whichever form the card has."""
        return self.edges[1:-1] if len(self.edges) >= len(self.shares) else self.edges

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DriftReference:
        return cls(tuple(data["edges"]), tuple(data["shares"]))


@dataclass(frozen=True)
class BuyTillYouDie:
    """The BG/NBD view of a purchase log beside the classifier (time in weeks), and its own hold-out check:
    fitted at the test cutoff, the repeat purchases it expected in the horizon after it, and how many came."""

    model: str
    parameters: Mapping[str, float]  # r, alpha (purchase rates), a, b (drop-out)
    customers: int  # customers with a purchase the model was fitted on
    days: int  # the period the expectations cover
    expected_repeat_purchases: float  # by every customer with a purchase, in the coming period
    per_week: float  # the same, per week on average
    holdout_forecast: float | None
    holdout_actual: float | None
    season: float | None = None  # expectations multiplied by last year's actual/expected in the same window (older cards: None)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BuyTillYouDie:
        return cls(**{**data, "parameters": dict(data["parameters"])})


REMOVAL_FLAGS = ("opt_outs_since_training", "erasures_since_training", "retention_since_training",
                 "import_undone_since_training")


@dataclass(frozen=True)
class ModelCard:
    """Everything shown about the last training: data, validation, every model's report, warnings."""

    trained_at: str  # ISO timestamp, UTC
    validation_mode: str  # "time", "customers" or "static" (see training.Periods)
    data_period: DataPeriod
    cutoffs: Cutoffs
    horizon_days: int
    label_source: str
    features: tuple[str, ...]
    excluded_features: Mapping[str, str]  # column → why it was left out
    churn: ModelReport
    purchase: Mapping[str, ModelReport]  # purchase target → its model
    customers_scored: int
    segments: int
    warnings: tuple[str, ...]
    drift_reference: Mapping[str, DriftReference]
    recurring_purchases: tuple[str, ...]  # categories bought like a subscription, so not predicted
    model_id: str
    format: int
    libraries: Mapping[str, str]
    # set on the stored card when data the models learnt from is removed afterwards
    opt_outs_since_training: int | None = None
    erasures_since_training: int | None = None
    retention_since_training: bool | None = None
    import_undone_since_training: bool | None = None  # the import it learnt from was undone
    buy_till_you_die: BuyTillYouDie | None = None  # transaction logs only; older cards lack it
    OPTIONAL_KEYS: ClassVar[tuple[str, ...]] = (*REMOVAL_FLAGS, "buy_till_you_die")

    @property
    def outcome_horizon(self) -> int | None:
        """The outcome window in days; None for a static snapshot, whose label has no time window."""
        return None if self.validation_mode == "static" else self.horizon_days

    @property
    def outcome_text(self) -> str:
        if self.outcome_horizon is None:
            return f"churn as marked by {self.label_source}; the label has no time window"
        return f"churn within {self.outcome_horizon} days, from {self.label_source}"

    @property
    def data_removed_since_training(self) -> bool:
        return bool(self.opt_outs_since_training or self.erasures_since_training or self.retention_since_training
                    or self.import_undone_since_training)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ModelCard:
        return cls(
            trained_at=data["trained_at"], validation_mode=data["validation_mode"],
            data_period=DataPeriod(**data["data_period"]), cutoffs=Cutoffs(**data["cutoffs"]),
            horizon_days=data["horizon_days"], label_source=data["label_source"], features=tuple(data["features"]),
            excluded_features=dict(data["excluded_features"]), churn=ModelReport.from_dict(data["churn"]),
            purchase={name: ModelReport.from_dict(report) for name, report in data["purchase"].items()},
            customers_scored=data["customers_scored"], segments=data["segments"], warnings=tuple(data["warnings"]),
            drift_reference={name: DriftReference.from_dict(ref) for name, ref in data["drift_reference"].items()},
            recurring_purchases=tuple(data["recurring_purchases"]), model_id=data["model_id"], format=data["format"],
            libraries=dict(data["libraries"]), **{flag: data[flag] for flag in REMOVAL_FLAGS if flag in data},
            buy_till_you_die=BuyTillYouDie.from_dict(data["buy_till_you_die"]) if data.get("buy_till_you_die") else None,
        )

    def to_dict(self) -> dict[str, Any]:
        """The stored JSON document, keys sorted as the manifest keeps them."""
        form: dict[str, Any] = json_form(self)
        return form
