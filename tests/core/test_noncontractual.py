"""A bare purchase log (customer, date, amount; no customer table, no churn label), end to end.

Nobody announces that they leave a shop: the population at a cutoff is who was active before it, churn is
no purchase in the horizon after it, and a history where nobody ever stops refuses to train in plain words.
"""

from __future__ import annotations

import json
import zipfile
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import polars as pl
import pytest
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from prevista.core.analytics import labels
from prevista.core.analytics.features import ProjectData, build_features
from prevista.core.analytics.training import TrainOptions, TrainResult, train
from prevista.core.handover.bundle import write_bundle
from prevista.core.ingest.importer import ImportOptions, run_import
from prevista.core.reports.text import training_text
from prevista.privacy.errors import PrevistaError
from prevista.privacy.kdf import KdfParams
from prevista.privacy.schema import KEY, Table
from prevista.privacy.store import ProjectStore
from tests.conftest import PASSPHRASE

START, END = date(2021, 1, 4), date(2024, 6, 30)


def purchase_log(customers: int, seed: int = 7) -> pl.DataFrame:
    """Customers join over the first two years, buy at their own rate and may leave after any purchase
    (BG/NBD's story), and a leaver slows down in the weeks before the last purchase: a trend in spend and
    frequency that recency/frequency/money alone does not show."""
    rng = np.random.default_rng(seed)
    days = (END - START).days
    rows: list[tuple[str, date, float]] = []
    for i in range(customers):
        day = int(rng.integers(0, 730))
        rate = rng.gamma(2.0, 1 / 40)  # purchases per day: about one every three weeks on average
        leave = rng.beta(1.0, 9.0)
        basket = rng.lognormal(3.5, 0.5)
        slowing = False
        while day < days:
            rows.append((f"C{i:05d}", START + timedelta(days=day), round(basket * rng.lognormal(0, 0.3), 2)))
            if slowing or rng.random() < leave:
                if not slowing and rng.random() < 0.7:  # two of three leavers fade out: a few slower, smaller orders
                    slowing, rate, basket = True, rate / 3, basket / 2
                    leave = 0.35
                    continue
                break
            day += 1 + int(rng.exponential(1 / rate))
    return pl.DataFrame(rows, schema={"customer_id": pl.String, "order_date": pl.Date, "amount": pl.Float64},
                        orient="row").sort("order_date")


def _project(root: Path, log: pl.DataFrame) -> ProjectStore:
    root.mkdir(parents=True, exist_ok=True)
    path = root / "orders.csv"
    log.write_csv(path)
    store = ProjectStore.create(root / "project", PASSPHRASE, kdf=KdfParams.minimum())
    _, imported = run_import(store, [path], ImportOptions(operator="t"), accept_warnings=True)
    assert imported is not None
    return store


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> tuple[ProjectStore, dict[int, TrainResult], Path]:
    root = tmp_path_factory.mktemp("noncontractual")
    store = _project(root, purchase_log(1500))
    results = {horizon: train(store, TrainOptions(operator="t", horizon_days=horizon, min_segment_size=20))
               for horizon in (180, 30, 90)}  # 90 last: the stored results are the 90-day ones
    return store, results, root


def test_a_purchase_log_trains_at_every_horizon_and_says_what_churn_means(shop) -> None:
    _, results, _ = shop
    for horizon, result in results.items():
        card = result.model_card
        assert card.validation_mode == "time"
        assert "no activity in the" in card.label_source and "no churn label" in card.label_source
        assert card.churn.counts["test_positives"] > 0
        assert card.churn.metrics.roc_auc > 0.65, (horizon, card.churn.metrics)
        assert "cutoffs a season apart" in card.churn.validation


def test_the_population_at_a_cutoff_does_not_depend_on_what_happens_after_it(shop) -> None:
    store, _, _ = shop
    data = ProjectData.load(store)
    cutoff = date(2023, 6, 1)
    truth = labels.churn_truth(data, 90)
    cut = ProjectData({kind: frame.filter(pl.col(data.event_date(kind) or "") <= cutoff) for kind, frame in data.tables.items()},
                      data.schema)
    assert labels.population(data, truth, cutoff, 90).to_list() == labels.population(cut, labels.churn_truth(cut, 90),
                                                                                      cutoff, 90).to_list()
    churned = labels.churned_within(data, truth, labels.population(data, truth, cutoff, 90), cutoff, 90)
    assert 0 < churned.sum() < churned.len()


def test_the_model_ranks_at_least_as_well_as_rfm_with_a_logistic_regression(shop) -> None:
    """The reference a shop analyst would build: recency, frequency, money at the same cutoffs."""
    store, results, _ = shop
    card = results[90].model_card
    data = ProjectData.load(store)
    truth = labels.churn_truth(data, 90)
    rfm = ["days_since_purchase", "purchases_52w", "spend_52w"]

    def rows(cutoff: date) -> tuple[np.ndarray, np.ndarray]:
        keys = labels.population(data, truth, cutoff, 90)
        features = build_features(data, cutoff, keys).frame
        return features.select(rfm).to_numpy(), labels.churned_within(data, truth, features[KEY], cutoff, 90).to_numpy()

    X_train, y_train = rows(date.fromisoformat(card.cutoffs.train))
    X_test, y_test = rows(date.fromisoformat(card.cutoffs.test))
    reference = make_pipeline(StandardScaler(), LogisticRegression()).fit(X_train, y_train)
    rfm_auc = roc_auc_score(y_test, reference.predict_proba(X_test)[:, 1])
    assert card.churn.metrics.roc_auc >= rfm_auc - 0.005, (card.churn.metrics.roc_auc, rfm_auc)
    assert card.churn.metrics.roc_auc >= card.churn.baselines["BG/NBD"].roc_auc - 0.005


def test_buy_till_you_die_view_per_customer_per_segment_and_for_the_shop(shop) -> None:
    store, results, root = shop
    result = results[90]
    view = result.model_card.buy_till_you_die
    assert view is not None and view.model == "BG/NBD" and view.days == 90
    assert view.holdout_forecast is not None and view.holdout_actual
    assert abs(view.holdout_forecast / view.holdout_actual - 1) < 0.15
    assert view.per_week == pytest.approx(view.expected_repeat_purchases / (90 / 7), rel=0.02)
    scores = store.read_table(Table.SCORES)
    assert scores["p_alive"].is_between(0, 1).all() and (scores["expected_purchases"] >= 0).all()
    rows = result.segments.segments
    assert all(row.p_alive is not None and row.expected_purchases is not None for row in rows)
    assert all(row.p_alive == round(row.p_alive, 2) for row in rows)  # released as rates: whole percent
    text = training_text(result.model_card, result.segments)
    assert "repeat purchases expected in the next 90 days" in text and "still active" in text
    bundle = write_bundle(store, root / "bundle.zip", operator="t")
    with zipfile.ZipFile(bundle.file) as archive:
        segments = json.loads(archive.read("segments.json"))
    assert all("p_alive" in row for row in segments["segments"])


def test_old_stored_segments_without_the_new_fields_still_load() -> None:
    from prevista.core.analytics.segments import SegmentRow
    old = {"segment": 0, "name": "a", "size": 30, "churn_risk": 0.2, "expected_churners": 6.0,
           "revenue_at_risk": None, "purchase_propensity": None, "ticket_share": None, "forecast_tickets": None,
           "sets_apart": ["x"], "action": "y", "because": "z"}
    row = SegmentRow.from_dict(old)
    assert row.p_alive is None and row.expected_purchases is None


def test_a_shop_whose_customers_leave_more_lately_gets_a_seasonality_warning(tmp_path: Path) -> None:
    """Steady buyers, and a wave of leavers only in the last months: the test window's churn rate is far
    above the training windows', and the card says so."""
    leave = {i: 96 + i % 8 for i in range(60)} | {i: 30 + i % 40 for i in range(60, 75)}
    store = _project(tmp_path, _steady(300, 110, leave))
    card = train(store, TrainOptions(operator="t", horizon_days=90)).model_card
    assert any("in the training windows but" in warning for warning in card.warnings), card.warnings


def _steady(customers: int, weeks: int, leave_after: dict[int, int] | None = None) -> pl.DataFrame:
    """Every customer buys every week; ``leave_after`` stops some customers after that many weeks."""
    leave_after = leave_after or {}
    rows = [(f"S{i:04d}", START + timedelta(weeks=w, days=i % 7), 20.0)
            for i in range(customers) for w in range(min(weeks, leave_after.get(i, weeks)))]
    return pl.DataFrame(rows, schema={"customer_id": pl.String, "order_date": pl.Date, "amount": pl.Float64},
                        orient="row")


def test_a_history_where_nobody_stops_refuses_in_plain_words(tmp_path: Path) -> None:
    store = _project(tmp_path, _steady(80, 104))
    with pytest.raises(PrevistaError, match="No customer in this history stopped being active") as refused:
        train(store, TrainOptions(operator="t", horizon_days=90))
    assert "churn cannot be learned" in str(refused.value) and "shorter horizon" in str(refused.value)


def test_too_few_churners_refuses_in_plain_words(tmp_path: Path) -> None:
    store = _project(tmp_path, _steady(80, 110, {0: 80, 1: 82, 2: 84}))  # three customers ever stop
    with pytest.raises(PrevistaError, match=r"Only \d customers stopped being active in the 90 days after .* at least 5"):
        train(store, TrainOptions(operator="t", horizon_days=90))


def test_a_history_too_short_for_the_horizon_says_how_long_it_must_be(tmp_path: Path) -> None:
    store = _project(tmp_path, _steady(60, 20))
    with pytest.raises(PrevistaError, match="too short to learn from"):
        train(store, TrainOptions(operator="t", horizon_days=90))
