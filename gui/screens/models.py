"""Models: train (with progress and cancel), then judge the result honestly.

Everything shown here comes from the model card core stored at training:
held-out metrics next to the baselines they had to beat, calibration and lift
charts, the drivers in plain language, notes and warnings.  Drift is checked
on request only, because the check is logged.
"""

from __future__ import annotations

from typing import Any

import polars as pl
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from prevista.core.analytics.card import MEASURES, BuyTillYouDie, ModelCard, ModelReport, Scores
from prevista.core.analytics.drift import DriftReport
from prevista.core.services.analytics import (
    DEFAULT_FORECAST_WEEKS,
    DEFAULT_HORIZON_DAYS,
    FORECAST_WEEKS,
    HORIZON_DAYS,
    TrainRequest,
)
from prevista.gui.charts import ChartView, calibration_chart, lift_chart
from prevista.gui.closed_pilot import ClosedPilotBanner
from prevista.gui.core_text import feature_name, phrase, said
from prevista.gui.frame_model import FrameModel, amount
from prevista.gui.glossary import Term, tip, tip_columns
from prevista.gui.locale_format import fmt, human_time, number, percent
from prevista.gui.screens.page import Page
from prevista.gui.session import Session
from prevista.gui.widgets import Banner, JobPanel, LegalBasisChoice, bullets, labelled, plain_label, scrolling_page

METRICS = MEASURES
MODELS = "Models"  # the context of core's sentences about the models: names, validation, warnings, notes
RANGE = "_range"  # suffix of a measure's interval column


def _score(value: Any) -> str:
    return number(value, 3)


def _times(value: Any) -> str:
    return "—" if value is None else number(value, 1) + "×"


def _measures(scores: Scores) -> dict[str, Any]:
    """Each measure, and its 95 % range as text ('—' on cards trained before intervals)."""
    digits = {"lift_top_decile": 1}
    shown: dict[str, Any] = {}
    for measure in METRICS:
        bounds = (scores.intervals or {}).get(measure)
        places = digits.get(measure, 3)
        shown[measure] = getattr(scores, measure)
        shown[f"{measure}{RANGE}"] = ("—" if bounds is None
                                      else f"{number(bounds[0], places)}–{number(bounds[1], places)}")
    return shown


class ModelsPage(Page):
    """Train the models and show how good they are, on data they never saw."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.jobs = JobPanel(session)
        self.card: ModelCard | None = None
        self.drift: DriftReport | None = None
        self._drift_model: str | None = None  # the model the drift result is about
        self._options_edited = False
        self.status = plain_label()
        self.warnings = Banner()
        self.results = self._results()
        content = QWidget()
        layout = QVBoxLayout(content)
        self.closed = ClosedPilotBanner(self.tr("There is nothing left to train the models on."))
        self.train_box = self._train_box()
        layout.addWidget(self.closed)
        layout.addWidget(self.train_box)
        layout.addWidget(self.status)
        layout.addWidget(self.warnings)
        layout.addWidget(self.results)
        layout.addStretch()
        scrolling_page(self, content, self.jobs)
        self.jobs.guard(self.train_button, self.drift_button)

    def title(self) -> str:
        return self.tr("Models")

    # ----- training ---------------------------------------------------------------------------
    def _train_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Train"))
        self.horizon = QSpinBox()
        self.horizon.setRange(HORIZON_DAYS.start, HORIZON_DAYS.stop - 1)
        self.horizon.setValue(DEFAULT_HORIZON_DAYS)
        self.horizon.setSuffix(self.tr(" days"))
        self.forecast_weeks = QSpinBox()
        self.forecast_weeks.setRange(FORECAST_WEEKS.start, FORECAST_WEEKS.stop - 1)
        self.forecast_weeks.setValue(DEFAULT_FORECAST_WEEKS)
        self.forecast_weeks.setSuffix(self.tr(" weeks"))
        self.purpose = QLineEdit()
        self.purpose.textEdited.connect(self._edited)
        self.legal_basis = LegalBasisChoice()
        self.legal_basis.activated.connect(self._edited)
        self.train_button = QPushButton(self.tr("&Train models"))
        self.train_button.clicked.connect(self.start_training)
        form = QFormLayout(box)
        form.addRow(self.tr("Predict churn and purchases &within:"), self.horizon)
        form.addRow(self.tr("Forecast support tickets for the &next:"), self.forecast_weeks)
        form.addRow(self.tr("P&urpose (logged):"), self.purpose)
        form.addRow(self.tr("Le&gal basis:"), self.legal_basis)
        form.addRow("", self.train_button)
        return box

    def _edited(self) -> None:
        self._options_edited = True

    def start_training(self) -> None:
        """Training replaces the model, scores and segments in one commit, so other screens re-read afterwards."""
        if not self.purpose.text().strip():  # a required field: say so in the user's language, at the field
            self.jobs.banner.error(self.tr("State the purpose of the analysis: it is recorded in the processing log."))
            self.purpose.setFocus()
            return
        request = TrainRequest(horizon_days=self.horizon.value(), forecast_weeks=self.forecast_weeks.value(),
                               purpose=self._purpose(), legal_basis=self.legal_basis.currentData())
        analytics = self.session.service.analytics
        self.jobs.run(self.tr("Training models"), lambda progress: analytics.train(request, progress), self._trained,
                      changes_data=True)

    def _purpose(self) -> str:
        """The purpose to log: the project's default as stored (English) when the field still shows it translated."""
        typed, default = self.purpose.text().strip(), self.session.service.settings().purpose
        return default if typed == said("Settings", default) else typed

    def _trained(self, _result: object) -> None:  # the result is re-read from the card
        self._options_edited = False
        self.refresh()
        self.jobs.banner.ok(self.tr("Models trained and logged. The segments dashboard now shows the new results."))

    # ----- drift ------------------------------------------------------------------------------
    def _drift_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Drift"))
        self.drift_status = plain_label()
        self.drift_button = QPushButton(self.tr("Check &drift"))
        self.drift_button.clicked.connect(self.start_drift_check)
        layout = QVBoxLayout(box)
        layout.addWidget(self.drift_status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.drift_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        return box

    def start_drift_check(self) -> None:
        self.jobs.run(self.tr("Checking drift"), self.session.service.analytics.drift, self._drift_checked)

    def _drift_checked(self, result: DriftReport) -> None:
        self.drift, self._drift_model = result, self.card.model_id if self.card else None
        self._show_drift()

    def _show_drift(self) -> None:
        result = self.drift
        if result is None:
            self.drift_status.setText(self.tr("Not checked yet. Checking compares today's customers with the ones the "
                                              "model learnt from; the check is recorded in the processing log."))
            return
        if result.retrain_recommended:
            lines = [self.tr("Retrain recommended:"), bullets([said(MODELS, reason) for reason in result.reasons])]
        else:
            lines = [self.tr("No retraining needed: the population looks like the training data.")]
        lines += [fmt(self.tr("Shift (PSI) of {0}: {1:.3f}"), feature_name(name), value)
                  for name, value in result.psi.items()]
        if result.moderate:
            lines.append(self.tr("Moderate shift in: {0}").format(", ".join(map(feature_name, result.moderate))))
        lines.append(fmt(self.tr("Model age: {0:.0f} days"), result.model_age_days))
        self.drift_status.setText("\n".join(lines))

    # ----- results ----------------------------------------------------------------------------
    def _results(self) -> QWidget:
        widget = QWidget()
        self.report_choice = QComboBox()
        self.report_choice.currentIndexChanged.connect(self._show_report)
        choice = labelled(self.tr("&Show model:"), self.report_choice)
        self.validation = plain_label()
        names = {"roc_auc": self.tr("ROC AUC"), "pr_auc": self.tr("PR AUC"), "brier": self.tr("Brier score"),
                 "lift_top_decile": self.tr("Top-decile lift")}
        headers = {"model": self.tr("Model")}
        for measure, name in names.items():
            headers |= {measure: name, f"{measure}{RANGE}": self.tr("{0}, 95 % range").format(name)}
        self.metrics = FrameModel(headers=headers, formatters={"roc_auc": _score, "pr_auc": _score, "brier": _score,
                                                               "lift_top_decile": _times})
        self.metrics_view = QTableView()
        self.metrics_view.setModel(self.metrics)
        terms = {"model": Term.BASELINE, "roc_auc": Term.AUC, "pr_auc": Term.PR_AUC, "brier": Term.BRIER,
                 "lift_top_decile": Term.LIFT}
        tip_columns(self.metrics_view, terms | {f"{measure}{RANGE}": Term.RANGE_95 for measure in names})
        self.metrics_view.setAccessibleName(self.tr("Held-out quality of the model and its baselines"))
        self.metrics_view.verticalHeader().hide()
        self.metrics_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        explanation = plain_label()
        explanation.setText(self.tr(
            "Measured on held-out data the model never saw. ROC AUC: 0.5 is guessing, 1 is perfect (real churn models "
            "reach about 0.7–0.85). PR AUC: higher is better. Brier score: lower is better. Top-decile lift: how many "
            "times more churners the 10 % with the highest risk hold than 10 % picked at random. Each 95 % range "
            "holds the measure in 95 % of resamples of the held-out customers: the wider it is, the less certain."))
        self.notes = plain_label()
        self.drivers = plain_label()
        self.calibration_view = ChartView(self.tr("Calibration chart"))
        self.lift_view = ChartView(self.tr("Lift chart"))
        tip(self.calibration_view, Term.CALIBRATION)
        tip(self.lift_view, Term.LIFT)
        tip(self.drivers, Term.DRIVERS)
        charts = QHBoxLayout()
        charts.addWidget(self.calibration_view)
        charts.addWidget(self.lift_view)
        self.card_notes = plain_label()
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choice)
        layout.addWidget(self.validation)
        layout.addWidget(self.metrics_view)
        layout.addWidget(explanation)
        layout.addWidget(self.notes)
        layout.addWidget(self.drivers)
        layout.addLayout(charts)
        layout.addWidget(self.card_notes)
        layout.addWidget(self._drift_box())
        return widget

    def refresh(self) -> None:
        if not self.session.is_open:
            return
        if self.closed.update_for(self.session):  # no data, no model: nothing to train or show
            for widget in (self.train_box, self.results, self.status, self.warnings):
                widget.hide()
            return
        service = self.session.service
        if not self._options_edited:
            current = service.settings()
            self.purpose.setText(said("Settings", current.purpose))  # the default purpose in the user's language
            self.legal_basis.select(current.legal_basis)
        self.card = service.analytics.model_card()
        self.results.setVisible(self.card is not None)
        if self.card is None:
            self.status.setText(self.tr("No trained model yet. Choose the options above and press Train models: the "
                                        "models learn from the imported history and are tested on data they never saw."))
            self.warnings.clear_message()
            return
        self._show_card(self.card)

    def _show_card(self, card: ModelCard) -> None:
        source = said(MODELS, card.label_source)
        outcome = (self.tr("outcome horizon {0} days; churn taken from {1}").format(card.horizon_days, source)
                   if card.outcome_horizon else
                   self.tr("churn as marked by {0}; the label has no time window").format(source))
        self.status.setText(self.tr("Models trained {0}; {1}.").format(human_time(card.trained_at), outcome))
        if card.warnings:
            self.warnings.show_message(bullets([said(MODELS, warning) for warning in card.warnings]), "warning")
        else:
            self.warnings.clear_message()
        notes = [self.tr("Recurring charges, not predicted as purchases: {0}").format(", ".join(card.recurring_purchases))
                 ] if card.recurring_purchases else []
        notes += [self.tr("Left out '{0}': {1}").format(column, said(MODELS, reason))
                  for column, reason in card.excluded_features.items()]
        if card.buy_till_you_die is not None:
            notes += self._buy_till_you_die(card.buy_till_you_die)
        self.card_notes.setText(bullets(notes))
        self.card_notes.setVisible(bool(notes))
        if self._drift_model != card.model_id:
            self.drift, self._drift_model = None, None
        self._show_drift()
        chosen = self.report_choice.currentData()
        self.report_choice.blockSignals(True)
        self.report_choice.clear()
        self.report_choice.addItem(self.tr("Churn risk"), "churn")
        for name in card.purchase:
            self.report_choice.addItem(self.tr("Purchase propensity ({0})").format(phrase(name)), name)
        self.report_choice.setCurrentIndex(max(0, self.report_choice.findData(chosen)))
        self.report_choice.blockSignals(False)
        self._show_report()

    def _buy_till_you_die(self, view: BuyTillYouDie) -> list[str]:
        """The shop-wide purchase expectation beside the classifier, with how it fared on the hold-out."""
        lines = [self.tr("Buy-till-you-die ({0}): about {1} repeat purchases expected in the next {2} days, about {3} "
                         "per week.").format(said(MODELS, view.model), amount(view.expected_repeat_purchases),
                                             view.days, amount(view.per_week))]
        if view.season is not None:
            lines.append(self.tr("Adjusted ×{0} for the season and trend: in the same days a year earlier, that many "
                                 "times the purchases the model then expected came.").format(number(view.season, 2)))
        if view.holdout_forecast is not None and view.holdout_actual:
            lines.append(self.tr("On the last {0} days, which it never saw, it expected {1} and there were {2}.").format(
                view.days, amount(view.holdout_forecast), amount(view.holdout_actual)))
        return lines

    def report(self) -> ModelReport:
        """The model report chosen in the combo box: churn, or one of the purchase models."""
        assert self.card is not None
        key = self.report_choice.currentData()
        return self.card.churn if key in (None, "churn") else self.card.purchase[key]

    def _show_report(self) -> None:
        if self.card is None:
            return
        report = self.report()
        model = said(MODELS, report.model)
        self.validation.setText(self.tr("{0}. Validation: {1}.").format(model, said(MODELS, report.validation)))
        rows = [{"model": self.tr("{0} (kept), held-out").format(model), **_measures(report.metrics)}]
        rows += [{"model": self.tr("Baseline: {0}").format(said(MODELS, name)), **_measures(values)}
                 for name, values in report.baselines.items()]
        self.metrics.set_frame(pl.DataFrame(rows).select("model", *(f"{m}{r}" for m in METRICS for r in ("", RANGE))))
        self.metrics_view.resizeColumnsToContents()
        self.notes.setText(bullets([said(MODELS, note) for note in report.notes]))
        self.notes.setVisible(bool(report.notes))
        drivers = [said("Drivers", driver.text) for driver in report.drivers]
        self.drivers.setText(self.tr("What drives it:") + "\n" + bullets(drivers) if drivers
                             else self.tr("No drivers were computed for this model."))
        self._show_charts(report)

    def _show_charts(self, report: ModelReport) -> None:
        calibration = report.calibration
        self.calibration_view.show_chart(
            calibration_chart(self.tr("Calibration: predicted against observed"), calibration,
                              model_name=self.tr("This model"), ideal_name=self.tr("Perfect calibration"),
                              x_title=self.tr("Predicted probability"), y_title=self.tr("Observed rate")),
            self.tr("Predicted against observed rate per group of customers: {0}").format(
                "; ".join(f"{percent(predicted)} → {percent(observed)}" for predicted, observed in calibration)))
        lift = report.lift or ()
        self.lift_view.show_chart(
            lift_chart(self.tr("Lift by decile"), lift, category_title=self.tr("Decile (highest predicted risk first)"),
                       value_title=self.tr("Lift"), reference_name=self.tr("Picking at random (1×)")),
            self.tr("Lift per decile, highest predicted risk first: {0}").format(
                "; ".join(number(value, 1) + "×" for value in lift)))
