"""Training end to end on generated demo data (with its ground truth) and on a real export."""

from __future__ import annotations

import json
import shutil
from dataclasses import asdict
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import polars as pl
import pytest
from polars.testing import assert_frame_equal

from prevista.core.analytics.card import ModelCard
from prevista.core.analytics.drift import assess
from prevista.core.analytics.features import ProjectData, build_features
from prevista.core.analytics.model_store import load_models
from prevista.core.analytics.release import released_card
from prevista.core.analytics.training import TrainOptions, TrainResult, check_drift, train
from prevista.core.demo.data import generate, ground_truth
from prevista.core.ingest.importer import ImportOptions, run_import
from prevista.core.project.settings import settings
from prevista.core.runtime import threads
from prevista.privacy.errors import DamagedProjectError, PrevistaError
from prevista.privacy.kdf import KdfParams
from prevista.privacy.pseudonym import EncryptedIds
from prevista.privacy.schema import KEY, Meta, Table
from prevista.privacy.store import TABLES_DIR, ProjectStore
from tests.conftest import PASSPHRASE
from tests.paths import real_export

CUSTOMERS = 3000


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> tuple[ProjectStore, TrainResult]:
    root = tmp_path_factory.mktemp("training")
    files = generate(root / "exports", customers=CUSTOMERS)
    store = ProjectStore.create(root / "project", PASSPHRASE, kdf=KdfParams.minimum())
    _, imported = run_import(store, list(files.values()), ImportOptions(operator="t"), accept_warnings=True)
    assert imported is not None
    return store, train(store, TrainOptions(operator="t", min_segment_size=25))


def test_a_k_given_for_the_run_becomes_the_setting_and_its_log_entry_says_so(trained) -> None:
    store, result = trained
    assert settings(store).min_segment_size == 25
    entry = next(e for e in store.log.entries() if e["seq"] == result.log_entry)
    assert entry["details"]["settings_changed"] == ["min_segment_size"]


def test_churn_model_beats_its_baselines_on_held_out_data(trained) -> None:
    _, result = trained
    churn = result.model_card.churn
    assert churn.validation.startswith("time-based hold-out")
    assert churn.metrics.roc_auc > churn.baselines["prior rate"].roc_auc + 0.15
    assert churn.metrics.roc_auc >= churn.baselines["logistic regression"].roc_auc
    assert churn.metrics.lift_top_decile > 2
    assert churn.drivers, "plain-language drivers are reported"


def test_planted_at_risk_customers_score_high_and_sit_in_high_risk_segments(trained) -> None:
    store, result = trained
    truth = ground_truth(customers=CUSTOMERS)
    ids = EncryptedIds(store.keys.encrypted_ids).encrypt_distinct(truth["customer_id"])
    keyed = (truth.join(ids, left_on="customer_id", right_on="raw_id")
             .join(store.read_table(Table.SUBJECTS), on="eid").select(KEY, "at_risk"))
    scores = store.read_table("scores").join(keyed, on=KEY)
    at_risk = scores.filter(pl.col("at_risk"))
    assert at_risk.height >= 50
    assert at_risk["churn_risk"].mean() > 2 * scores.filter(~pl.col("at_risk"))["churn_risk"].mean()
    by_segment = scores.group_by("segment").agg(pl.col("churn_risk").mean(), pl.col("at_risk").mean().alias("rate"))
    riskiest = by_segment.sort("churn_risk", descending=True).row(0, named=True)
    assert riskiest["rate"] > 1.5 * scores["at_risk"].mean()


def test_segments_never_fall_below_k_and_carry_actions(trained) -> None:
    _, result = trained
    rows = result.segments.segments
    assert len(rows) >= 2 and all(row.size >= 25 for row in rows)
    assert all(row.action and row.name and row.sets_apart for row in rows)
    assert sum(row.size for row in rows) == result.model_card.customers_scored
    assert any(row.revenue_at_risk for row in rows)


def test_features_do_not_look_past_the_cutoff(trained) -> None:
    store, _ = trained
    data = ProjectData.load(store)
    cutoff = data.end() - timedelta(days=120)
    full = build_features(data, cutoff)
    past = {}
    for kind, frame in data.tables.items():
        if kind in data.event_tables():  # what was known at the cutoff: earlier rows, and no later dates on them
            frame = frame.filter(pl.col(data.event_date(kind)) <= cutoff).with_columns(
                pl.when(pl.col(pl.Date) <= cutoff).then(pl.col(pl.Date)))
        past[kind] = frame
    trimmed = build_features(ProjectData(past, data.schema), cutoff, full.frame[KEY])
    assert_frame_equal(trimmed.frame.select(full.frame.columns), full.frame, check_exact=False, rel_tol=1e-9)


def test_training_on_one_core_gives_what_two_cores_give(trained, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Fold models, segment-count candidates and scoring blocks run on a thread per core, and the buy-till-you-die
    fits on a thread beside the features: the threads may change the time, never a score, a segment or a figure."""
    store, _ = trained
    outcomes = []
    for cores in (1, 2):
        shutil.copytree(store.root, tmp_path / str(cores))
        copy = ProjectStore.open(tmp_path / str(cores), PASSPHRASE)
        monkeypatch.setattr(threads, "cores", lambda cores=cores: cores)
        card = train(copy, TrainOptions(operator="t", min_segment_size=25)).model_card
        outcomes.append((copy.read_table(Table.SCORES), card.churn.metrics, card.segments, card.buy_till_you_die))
    assert outcomes[1][3] is not None, "the demo's deals are a purchase log: its fits ran beside the features"
    assert_frame_equal(outcomes[0][0], outcomes[1][0])
    assert outcomes[0][1:] == outcomes[1][1:]


def test_model_lives_sealed_in_its_project_and_is_refused_elsewhere(trained, tmp_path: Path) -> None:
    store, result = trained
    models, card = load_models(store)
    assert released_card(card, settings(store).min_segment_size) == result.model_card and "churn" in models
    assert {"python", "scikit-learn", "polars"} <= set(card.libraries)
    for path in store.root.rglob("*"):
        assert not path.is_file() or b"sklearn" not in path.read_bytes()
    other = ProjectStore.create(tmp_path / "other", PASSPHRASE, kdf=KdfParams.minimum())
    other.commit(put={Table.MODELS: b"x"}, meta={Meta.MODEL_CARD: card.to_dict()})
    shutil.copyfile(store.root / TABLES_DIR / store.table_info(Table.MODELS)["file"],
                    other.root / TABLES_DIR / other.table_info(Table.MODELS)["file"])
    with pytest.raises(DamagedProjectError):
        load_models(other)


def test_drift_is_quiet_on_the_training_data_and_flags_old_models(trained) -> None:
    store, _ = trained
    fresh = check_drift(store, operator="t")
    assert not fresh.retrain_recommended, fresh
    later = check_drift(store, operator="t", now=datetime.now(timezone.utc) + timedelta(days=200))
    assert later.retrain_recommended and "days old" in later.reasons[0]
    assert store.log.entries()[-1]["action"] == "drift-check"


def test_drift_detects_a_shifted_population(trained) -> None:
    store, _ = trained
    card = load_models(store)[1]  # the stored card: the released one has no drift reference
    rng = np.random.default_rng(0)
    name = next(iter(card.drift_reference))
    edges = card.drift_reference[name].edges
    same = rng.choice(np.linspace(edges[0], edges[-1], 50), 2000)
    moved = np.full(2000, edges[-1] * 3 + 1.0)
    assert assess(card, {name: moved}).retrain_recommended
    assert f"'{name}' shifted" in assess(card, {name: moved}).reasons[0]
    assert assess(card, {name: same}).psi[name] < assess(card, {name: moved}).psi[name]


def test_real_bank_export_trains_as_a_static_snapshot(tmp_path: Path) -> None:
    store = ProjectStore.create(tmp_path / "bank", PASSPHRASE, kdf=KdfParams.minimum())
    run_import(store, [real_export("bank_churn.csv")], ImportOptions(operator="t"), accept_warnings=True)
    card = train(store, TrainOptions(operator="t")).model_card
    assert "settings_changed" not in store.log.entries()[-1]["details"] and store.meta(Meta.SETTINGS) is None
    churn = card.churn
    assert card.validation_mode == "static" and "cross-validation" in churn.validation
    assert churn.metrics.roc_auc > churn.baselines["prior rate"].roc_auc + 0.25
    assert churn.metrics.roc_auc >= churn.baselines["logistic regression"].roc_auc


def test_training_without_data_or_label_is_a_clear_error(tmp_path: Path) -> None:
    store = ProjectStore.create(tmp_path / "empty", PASSPHRASE, kdf=KdfParams.minimum())
    with pytest.raises(PrevistaError, match="holds no data"):
        train(store, TrainOptions(operator="t"))
    frame = pl.DataFrame({"id": [str(i) for i in range(80)], "plan": ["a", "b"] * 40, "fee": list(range(80))})
    path = tmp_path / "c.csv"
    frame.write_csv(path)
    run_import(store, [path], ImportOptions(operator="t"), accept_warnings=True)
    with pytest.raises(PrevistaError, match="no history and no churn label"):
        train(store, TrainOptions(operator="t"))


# A model card as a project stores it today (the manifest sorts keys), after an opt-out and a retention cleanup
# marked it; its purchase model comes from before the lift chart, so it has no "lift".
STORED_CARD = """{
"churn": {"baselines": {"logistic regression": {"brier": 0.081, "lift_top_decile": 3.1, "pr_auc": 0.41, "roc_auc": 0.812},
                        "prior rate": {"brier": 0.094, "lift_top_decile": 1.0, "pr_auc": 0.105, "roc_auc": 0.5}},
          "calibration": [[0.0213, 0.0198], [0.3121, 0.2857]],
          "counts": {"test_positives": 52, "test_rows": 498, "train_positives": 61, "train_rows": 502},
          "drivers": [{"feature": "usage_trend", "importance": 0.0712,
                       "text": "Usage falling over the last 4 weeks → higher churn risk"}],
          "lift": [3.1, 1.9, 0.4], "metrics": {"brier": 0.079, "lift_top_decile": 3.3, "pr_auc": 0.44, "roc_auc": 0.825},
          "model": "gradient boosting", "notes": [], "target": "churn",
          "validation": "time-based hold-out: trained on features as of 2025-06-03"},
"customers_scored": 481, "cutoffs": {"score": "2025-12-01", "test": "2025-09-02", "train": "2025-06-04"},
"data_period": {"end": "2025-12-01", "first": "2024-01-02"},
"drift_reference": {"churn_risk": {"edges": [0.01, 0.2, 0.9], "shares": [0.5, 0.5]}},
"excluded_features": {"Status": "alone predicts the outcome with ROC AUC 0.99: it most likely records it"},
"features": ["usage_trend", "Plan"], "format": 1, "horizon_days": 90,
"label_source": "the cancellation date in 'Cancelled'",
"libraries": {"polars": "1.30.0", "python": "3.11.9", "scikit-learn": "1.6.1"},
"model_id": "0f3c9a1b2d4e5f60", "opt_outs_since_training": 2,
"purchase": {"purchase": {
    "baselines": {"logistic regression": {"brier": 0.2, "lift_top_decile": 1.4, "pr_auc": 0.3, "roc_auc": 0.61},
                  "prior rate": {"brier": 0.21, "lift_top_decile": 1.0, "pr_auc": 0.25, "roc_auc": 0.5}},
    "calibration": [], "counts": {"test_positives": 30, "test_rows": 498, "train_positives": 33, "train_rows": 502},
    "drivers": [], "metrics": {"brier": 0.2, "lift_top_decile": 1.4, "pr_auc": 0.3, "roc_auc": 0.61},
    "model": "logistic regression", "notes": [], "target": "purchase", "validation": "time-based hold-out"}},
"recurring_purchases": ["Monthly fee"], "retention_since_training": true, "segments": 4,
"trained_at": "2025-12-02T09:15:00+00:00", "validation_mode": "time", "warnings": []}"""


def test_an_old_projects_stored_card_reads_typed_and_writes_back_unchanged() -> None:
    stored = json.loads(STORED_CARD)
    card = ModelCard.from_dict(stored)
    assert card.churn.metrics.roc_auc == 0.825 and card.purchase["purchase"].lift is None
    assert card.drift_reference["churn_risk"].shares == (0.5, 0.5) and card.data_removed_since_training
    assert json.dumps(card.to_dict()) == json.dumps(stored)  # the same document, key order included
    # --json: the same keys, the flag and the buy-till-you-die view unset
    assert set(asdict(card)) == set(stored) | {"erasures_since_training", "import_undone_since_training", "buy_till_you_die"}
