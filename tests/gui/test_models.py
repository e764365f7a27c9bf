"""The Models page: training runs as a cancellable job and shows core's held-out figures next to the baselines."""

from __future__ import annotations

from PySide6.QtCharts import QLineSeries

from prevista.core.analytics.release import published_card
from prevista.gui.core_text import feature_name
from prevista.gui.screens.models import ModelsPage
from tests.gui.conftest import finish, shown_page


def test_train_shows_held_out_metrics_beside_the_baselines_and_logs(qtbot, imported_project):
    page = shown_page(qtbot, ModelsPage, imported_project)
    assert not page.results.isVisible()
    page.train_button.click()
    assert page.jobs.job is not None and not page.train_button.isEnabled()
    finish(qtbot, page.jobs.job)
    store = page.session.store
    card = published_card(store).churn  # the figures as released
    assert page.results.isVisible()
    assert page.metrics.frame["roc_auc"][0] == card.metrics.roc_auc
    assert page.metrics.index(0, 1).data() == f"{card.metrics.roc_auc:.3f}"
    assert page.metrics.rowCount() == 1 + len(card.baselines)
    assert all(driver.text in page.drivers.text() for driver in card.drivers)
    calibration = [s for s in page.calibration_view.chart().series() if isinstance(s, QLineSeries) and s.count()
                   == len(card.calibration)]
    assert calibration
    view = published_card(store).buy_till_you_die  # the demo has a purchase log
    assert view is not None and f"{view.expected_repeat_purchases:,.0f} repeat purchases" in page.card_notes.text()
    entry = store.log.entries()[-1]
    assert entry["action"] == "train" and entry["purpose"] == page.purpose.text()


def test_cancelled_training_leaves_no_model_and_says_so(qtbot, imported_project):
    page = shown_page(qtbot, ModelsPage, imported_project)
    page.train_button.click()
    messages = []
    page.jobs.job.cancelled.connect(messages.append)
    page.jobs.bar.cancel_button.click()
    finish(qtbot, page.jobs.job)
    assert messages and page.jobs.banner.text() == messages[0]
    assert page.session.store.meta("model_card") is None
    assert page.train_button.isEnabled() and not page.results.isVisible()


def test_drift_check_is_logged_and_shows_core_verdict(qtbot, trained_project):
    page = shown_page(qtbot, ModelsPage, trained_project)
    page.drift_button.click()
    finish(qtbot, page.jobs.job)
    entry = page.session.store.log.entries()[-1]
    assert entry["action"] == "drift-check"
    assert page.drift is not None
    assert page.drift.retrain_recommended == entry["details"]["retrain_recommended"]
    assert all(feature_name(name) in page.drift_status.text() for name in page.drift.psi)  # plain names
