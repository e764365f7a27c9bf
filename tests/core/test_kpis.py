"""Pilot KPIs with a baseline: taken at the first training, recomputed at every import, released like every figure.

The demo runs end to end (import → train → a later export → an explicit baseline, through the command line);
small generated exports pin the figures against what the files say, a KPI the data lacks, and one resting on
fewer than k customers.
"""

from __future__ import annotations

import json
import random
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import polars as pl
import pytest

from prevista.core.analytics.features import ORDER_ID, ProjectData
from prevista.core.analytics import kpi_record
from prevista.core.analytics.kpi_record import kpi_view, pilot_kpis, take_baseline
from prevista.core.analytics.kpis import compute_kpis
from prevista.core.analytics.training import TrainOptions, train
from prevista.core.demo.run import demo_files
from prevista.core.ingest.importer import ImportOptions, run_import
from prevista.core.project.lifecycle import open_project
from prevista.core.project.settings import settings, update_settings
from prevista.privacy import disclosure
from prevista.privacy.errors import PrevistaError
from prevista.privacy.schema import KEY, Action, Role, TableKind
from prevista.privacy.store import ProjectStore
from tests.cli_helpers import prevista
from tests.conftest import PASSPHRASE
from tests.core.conftest import customers_frame, write_csv

END = date(2025, 6, 30)


def _import(store: ProjectStore, *paths: Path) -> None:
    _, result = run_import(store, list(paths), ImportOptions(operator="t"), accept_warnings=True)
    assert result is not None


def _rows(store: ProjectStore) -> dict[str, object]:
    return {row.name: row for row in kpi_view(store).rows}


def test_baseline_at_first_training_history_at_each_import_and_an_explicit_baseline(store: ProjectStore,
                                                                                    tmp_path: Path) -> None:
    files = demo_files("hubspot")
    _import(store, *files)
    assert pilot_kpis(store).baseline is None and len(pilot_kpis(store).history) == 1
    assert store.log.entries()[-1]["details"] == {"pilot_kpis": "recomputed"}

    update_settings(store, {"support_cost_per_month": "4000"}, operator="t")
    train(store, TrainOptions(operator="t"))
    record = pilot_kpis(store)
    assert record.baseline is not None and record.baseline == record.history[-1] and len(record.history) == 2
    assert store.log.entries()[-1]["details"]["pilot_kpis"] == "recomputed, baseline taken"
    rows = _rows(store)
    k = settings(store).min_segment_size
    for name in ("churn_rate", "repeat_purchase_rate", "average_order_value", "lifetime_value", "tickets_per_customer",
                 "first_contact_resolution", "resolution_hours", "csat", "cost_per_ticket"):
        row = rows[name]
        assert row.now is not None and row.baseline == row.now and row.change == 0, (name, row.reason)
        assert row.customers >= k and row.customers % disclosure.COUNT_BASE == 0
    assert 1 <= rows["csat"].now <= 5  # the demo's "Satisfaction Score" is on a 1–5 scale

    # a later export of the tickets without the satisfaction column: recomputed, CSAT now missing, baseline kept
    tickets = next(p for p in files if "ticket" in p.stem.lower())
    later = tmp_path / "tickets_later.csv"
    pl.read_csv(tickets, infer_schema=False).drop("Satisfaction Score").write_csv(later)
    _import(store, later)
    after = pilot_kpis(store)
    assert len(after.history) == 3 and after.baseline == record.baseline
    csat = _rows(store)["csat"]
    assert csat.now is None and csat.baseline == rows["csat"].now and csat.change is None
    assert "no satisfaction score column" in csat.reason

    # an explicit baseline: refused over an existing one, taken with --replace-baseline and logged
    with pytest.raises(PrevistaError, match="already taken"):
        take_baseline(store, operator="t")
    cli = prevista("kpis", "--project", str(store.root), "--baseline", "--json")
    assert cli.returncode != 0 and "--replace-baseline" in cli.stderr and pilot_kpis(store).baseline == record.baseline
    cli = prevista("kpis", "--project", str(store.root), "--baseline", "--replace-baseline", "--json")
    assert cli.returncode == 0, cli.stderr
    shown = {row["name"]: row for row in json.loads(cli.stdout)["rows"]}
    assert shown["csat"]["baseline"] is None and "no satisfaction score column" in shown["csat"]["reason"]
    entry = open_project(store.root, PASSPHRASE).log.entries()[-1]  # the command line wrote it, not ``store``
    assert entry["action"] == Action.KPI_BASELINE_TAKEN and entry["details"]["replaced_baseline_of"] == record.baseline.taken
    assert "csat" not in entry["details"]["kpis_measured"]
    text = prevista("kpis", "--project", str(store.root))
    assert text.returncode == 0 and "Cost per ticket" in text.stdout and "Not shown:" in text.stdout


def test_a_training_right_after_its_import_takes_the_imports_kpis_unless_the_project_changed(
        store: ProjectStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """``prevista import --train``: the training's KPIs are those the import computed from the same tables, not
    computed again; after any change in between (here the support cost they read) they are."""
    computed: list[int] = []
    real = kpi_record.current_kpis
    monkeypatch.setattr(kpi_record, "current_kpis", lambda *args, **kwargs: computed.append(1) or real(*args, **kwargs))
    _import(store, *demo_files("hubspot"))
    train(store, TrainOptions(operator="t"))
    record = pilot_kpis(store)
    assert len(computed) == 1 and record.history[-1].kpis == record.history[-2].kpis
    assert record.history[-1].taken >= record.history[-2].taken
    again = compute_kpis(ProjectData.load(store), support_cost_per_month=settings(store).support_cost_per_month,
                         taken=datetime.now(timezone.utc))
    assert again.kpis == record.history[-1].kpis
    update_settings(store, {"support_cost_per_month": "4000"}, operator="t")
    train(store, TrainOptions(operator="t"))
    latest = pilot_kpis(store).history[-1]
    assert len(computed) == 2 and latest.kpis["cost_per_ticket"] != record.history[-1].kpis["cost_per_ticket"]


def _score(i: int) -> int:
    return 1 + i % 7 % 5  # 1 2 3 4 5 1 2: not centred, so a midpoint or a median would not pass


def _small_exports(folder: Path, *, answered: int) -> list[Path]:
    """60 customers buying monthly for two years, every one with a ticket in the last 60 days; the first
    ``answered`` customers rate theirs 1–5 in a 'CSAT' column, the rest leave it empty."""
    folder.mkdir()
    customers = [f"K{100 + i}" for i in range(60)]
    orders = [(c, (END - timedelta(days=30 * m + i % 20)).isoformat(), f"{20 + i}.00")
              for i, c in enumerate(customers) for m in range(24) if not (i % 6 == 0 and m < 6)]  # every 6th stopped
    tickets = [(f"T{5000 + i}", c, (END - timedelta(days=10 + i)).isoformat(),
                (END - timedelta(days=9 + i)).isoformat(), str(_score(i)) if i < answered else "")
               for i, c in enumerate(customers)]
    order_file = folder / "orders.csv"
    pl.DataFrame(orders, schema=["Customer ID", "Order Date", "Amount"], orient="row").write_csv(order_file)
    ticket_file = folder / "tickets.csv"
    pl.DataFrame(tickets, schema=["Ticket ID", "Customer ID", "Created", "Closed", "CSAT"],
                 orient="row").write_csv(ticket_file)
    return [order_file, ticket_file]


def test_csat_from_a_satisfaction_column_is_the_mean_of_the_answers(store: ProjectStore, tmp_path: Path) -> None:
    _import(store, *_small_exports(tmp_path / "exports", answered=40))
    csat = _rows(store)["csat"]
    expected = sum(_score(i) for i in range(40)) / 40
    assert csat.now == disclosure.money(expected) and csat.customers == 40
    assert "'CSAT'" in csat.basis
    orders = _rows(store)["average_order_value"]
    assert orders.now == disclosure.money(sum(20 + i for i in range(60) for m in range(24)
                                              if 30 * m + i % 20 < 365 and not (i % 6 == 0 and m < 6))
                                          / sum(1 for i in range(60) for m in range(24)
                                                if 30 * m + i % 20 < 365 and not (i % 6 == 0 and m < 6)))
    fcr = _rows(store)["first_contact_resolution"]
    assert fcr.now == 1.0  # one ticket per customer: nobody came back
    resolution = _rows(store)["resolution_hours"]
    assert resolution.now == 24 and "whole days" in resolution.basis


def test_a_kpi_over_fewer_than_k_customers_is_withheld(store: ProjectStore, tmp_path: Path) -> None:
    _import(store, *_small_exports(tmp_path / "exports", answered=8))
    k = settings(store).min_segment_size
    assert 8 < k
    csat = _rows(store)["csat"]
    assert csat.now is None and csat.customers == 0 and f"fewer than k = {k}" in csat.reason
    stored = pilot_kpis(store).latest
    assert stored is not None and stored.kpis["csat"].customers == 8  # kept whole inside, withheld outside
    update_settings(store, {"min_segment_size": "5"}, operator="t")
    assert _rows(store)["csat"].now is not None  # k is today's, not the one of the recompute


def test_a_snapshot_without_history_has_its_label_share_and_says_what_it_lacks(store: ProjectStore,
                                                                               tmp_path: Path) -> None:
    _import(store, write_csv(customers_frame(), tmp_path / "customers.csv"))
    rows = _rows(store)
    # every 5th of 80 churned; customers 3 and 7 opted out (neither churned): 16 of 78
    assert rows["churn_rate"].now == disclosure.rate(16 / 78) and rows["churn_rate"].customers == disclosure.count(78)
    assert "label 'Churned'" in rows["churn_rate"].basis
    for name in ("tickets_per_customer", "csat", "first_contact_resolution", "resolution_hours", "cost_per_ticket"):
        assert rows[name].now is None and rows[name].reason == "no support tickets were imported"
    for name in ("repeat_purchase_rate", "average_order_value", "lifetime_value"):
        assert rows[name].now is None and "no dated orders" in rows[name].reason


def test_order_figures_are_the_same_whatever_the_order_of_the_lines() -> None:
    """Orders of numbered lines come from a ``group_by``, whose rows come in an order of its threads': the
    average order value and the lifetime value must not move in their last bits from one run to the next."""
    rng = random.Random(7)
    orders = [rng.randint(1, 2000) for _ in range(20_000)]  # about ten lines each, of one customer each
    lines = [(order % 400 + 1, END - timedelta(days=rng.randint(0, 700)), rng.uniform(1, 900) / 7, f"order-{order}")
             for order in orders]
    schema = {TableKind.TRANSACTIONS.value: {"closed": {"role": Role.DATE.value, "meaning": "closed"},
                                             "amount": {"role": Role.NUMBER.value, "meaning": "amount"},
                                             "order": {"role": Role.CATEGORY.value, "meaning": ORDER_ID}}}
    figures = set()
    for seed in range(8):
        shuffled = random.Random(seed).sample(lines, len(lines))
        table = pl.DataFrame(shuffled, schema={KEY: pl.UInt32, "closed": pl.Date, "amount": pl.Float64,
                                               "order": pl.String}, orient="row")
        snapshot = compute_kpis(ProjectData({TableKind.TRANSACTIONS: table}, schema), support_cost_per_month=0,
                                taken=datetime(2025, 7, 1, tzinfo=timezone.utc))
        figures.add((snapshot.kpis["average_order_value"].value, snapshot.kpis["lifetime_value"].value))
    assert len(figures) == 1 and None not in next(iter(figures)), figures
