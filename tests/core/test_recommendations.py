"""Segment actions and revenue at risk on snapshot exports nobody here wrote: a telecom and a bank.

Two promises: a segment at above-average churn risk is never told "nothing stands out", and a customers table
with a monthly charge or a balance gets a revenue at risk (or the user's own choice of value column).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import polars as pl
import pytest

from prevista.core.analytics.recommendations import KEEP_IN_TOUCH, recommend
from prevista.core.analytics.training import TrainOptions, train
from prevista.core.ingest.importer import ImportOptions, conclude_import, plan_import, run_import, value_choices
from prevista.core.project.settings import settings, update_settings
from prevista.privacy.errors import PrevistaError
from prevista.privacy.kdf import KdfParams
from prevista.privacy.store import ProjectStore
from tests.conftest import PASSPHRASE
from tests.paths import real_export


def telecom_export(path: Path, n: int = 1500, seed: int = 3) -> Path:
    """A telecom customers export: short tenure, monthly contracts and high charges go with churn."""
    rng = np.random.default_rng(seed)
    tenure = rng.integers(0, 72, n)
    contract = rng.choice(["Month-to-month", "One year", "Two year"], n, p=[0.55, 0.25, 0.2])
    monthly = np.round(rng.uniform(18, 118, n), 2)
    logit = -1.0 - 0.04 * tenure + 1.2 * (contract == "Month-to-month") + 0.015 * (monthly - 65)
    churn = rng.random(n) < 1 / (1 + np.exp(-logit))
    pl.DataFrame({
        "customerID": [f"{i:04d}-{chr(65 + i % 26)}X" for i in range(n)],
        "gender": rng.choice(["Female", "Male"], n), "SeniorCitizen": rng.integers(0, 2, n),
        "tenure": tenure, "Contract": contract,
        "PaymentMethod": rng.choice(["Electronic check", "Mailed check", "Bank transfer (automatic)"], n),
        "MonthlyCharges": monthly, "TotalCharges": np.round(monthly * np.maximum(tenure, 1), 2),
        "Churn": np.where(churn, "Yes", "No"),
    }).write_csv(path)
    return path


def _trained(tmp_path: Path, export: Path, **setting: str) -> ProjectStore:
    store = ProjectStore.create(tmp_path / "project", PASSPHRASE, kdf=KdfParams.minimum())
    run_import(store, [export], ImportOptions(operator="t"), accept_warnings=True)
    if setting:
        update_settings(store, setting, operator="t")
    train(store, TrainOptions(operator="t"))
    return store


def _board(store: ProjectStore):
    from prevista.core.analytics.segments import stored_board
    board = stored_board(store)
    assert board is not None
    return board


@pytest.mark.parametrize("export", ["telecom", "bank"])
def test_risky_segments_get_a_reason_and_revenue_at_risk_has_a_value(tmp_path: Path, export: str) -> None:
    path = telecom_export(tmp_path / "telco.csv") if export == "telecom" else real_export("bank_churn.csv")
    board = _board(_trained(tmp_path, path))
    overall = sum(r.churn_risk * r.size for r in board.segments) / sum(r.size for r in board.segments)
    for row in board.segments:
        if row.churn_risk > overall:
            assert row.action != KEEP_IN_TOUCH and "nothing stands out" not in row.because, row
    assert board.value_source is not None and all(r.revenue_at_risk is not None for r in board.segments)
    expected = "'MonthlyCharges' × 12" if export == "telecom" else "'Balance'"
    assert board.value_source == expected


def test_the_users_value_column_wins_and_a_wrong_one_is_refused_before_fitting(tmp_path: Path) -> None:
    path = telecom_export(tmp_path / "telco.csv", n=600)
    assert _board(_trained(tmp_path / "a", path, value_column="TotalCharges")).value_source == "'TotalCharges'"
    with pytest.raises(PrevistaError, match=r"'Total'.*'MonthlyCharges'"):
        _trained(tmp_path / "b", path, value_column="Total")


def test_above_average_risk_names_what_sets_the_segment_apart() -> None:
    action, because = recommend({"unheard_of_column": 2.0}, churn_ratio=1.1, value_z=None,
                                sets_apart=("many unheard-of things",))
    assert action != KEEP_IN_TOUCH and "1.1 times the average" in because and "many unheard-of things" in because
    assert "nothing stands out" not in recommend({}, churn_ratio=0.6, value_z=None)[1]


def test_the_value_column_and_currency_are_chosen_with_the_import(tmp_path: Path) -> None:
    path = telecom_export(tmp_path / "telco.csv", n=300)
    store = ProjectStore.create(tmp_path / "project", PASSPHRASE, kdf=KdfParams.minimum())
    with pytest.raises(PrevistaError, match="'tenure_months' is not a number column"):
        plan_import(store, [path], ImportOptions(operator="t", value_column="tenure_months"))
    plan = plan_import(store, [path], ImportOptions(operator="t", value_column="TotalCharges", currency="EUR"))
    assert value_choices(plan)[:2] == ["MonthlyCharges", "TotalCharges"]  # a monthly fee first; no salary here
    conclude_import(store, plan, accept_warnings=True)
    chosen = settings(store)
    assert (chosen.value_column, chosen.currency) == ("TotalCharges", "EUR")
    assert sorted(store.log.entries()[-1]["settings_changed"]) == ["currency", "value_column"]
