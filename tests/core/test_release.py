"""k on every number and one release precision: walked through every output a user or a client can see."""

from __future__ import annotations

import json
import math
import zipfile
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest

from prevista.core.cli import main as cli
from prevista.core.demo.run import demo_files
from prevista.core.ingest.importer import ImportOptions
from prevista.core.services.analytics import TrainRequest
from prevista.core.services.project import ProjectService
from prevista.privacy import disclosure
from prevista.privacy.schema import KEY, Table
from prevista.privacy.store import ProjectStore
from tests.conftest import PASSPHRASE
from tests.core.test_erasure import key_of
from tests.paths import real_export
from tests.test_leaks import readable

RARE = "Atlantis"  # a country four customers share, with k = 10
EXTREME = 98765432.1  # one customer's balance, far above everyone else's


class Outputs:
    """The ``prevista`` command run in this process, collecting everything it prints and writes."""

    def __init__(self, project: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.project, self.out, self.capsys = project, out, capsys
        self.seen: dict[str, bytes] = {}

    def run(self, *args: str) -> str:
        returned = cli.main([*args, "--project", str(self.project), "--operator", "t"])
        printed, err = self.capsys.readouterr()
        assert returned == 0, err
        self.seen[" ".join(args)] = printed.encode()
        return printed

    def write(self, name: str, *args: str) -> None:
        self.run(*args, "--out", str(self.out / name))
        for blob in readable((self.out / name).read_bytes()):
            self.seen[f"{name} #{len(self.seen)}"] = blob

    def every_output(self) -> None:
        """Every command that publishes figures, in text and as JSON, and every report and bundle file."""
        for command in (("train",), ("segments",), ("drift",), ("status",), ("report", "reid")):
            self.run(*command)
            self.run(*command, "--json")
        for report in ("pilot", "art30"):
            self.run("report", report, "--format", "json")
            for fmt in ("html", "pdf"):
                self.write(f"{report}.{fmt}", "report", report, "--format", fmt)
        self.write("bundle.zip", "handover")


@pytest.fixture
def outputs(store: ProjectStore, tmp_path: Path, capsys: pytest.CaptureFixture[str],
            monkeypatch: pytest.MonkeyPatch) -> Outputs:
    monkeypatch.setenv("PREVISTA_PASSPHRASE", PASSPHRASE)
    (tmp_path / "out").mkdir()
    return Outputs(store.root, tmp_path / "out", capsys)


def bank_with_rare_group(path: Path) -> Path:
    """The bank export with a country only four of the likeliest churners share, and one outlying balance."""
    bank = pl.read_csv(real_export("bank_churn.csv")).head(3000)
    likeliest = bank.filter((pl.col("Exited") == 1) & (pl.col("IsActiveMember") == 0)).sort("Age", descending=True)
    rare = pl.col("CustomerId").is_in(likeliest["CustomerId"].head(4).implode())
    bank = bank.with_columns(pl.when(rare).then(pl.lit(RARE)).otherwise(pl.col("Geography")).alias("Geography"),
                             pl.when(pl.col("CustomerId") == bank["CustomerId"][10]).then(EXTREME)
                             .otherwise(pl.col("Balance")).alias("Balance"))
    bank.write_csv(path)
    return path


def numbers(value: object) -> Iterator[tuple[str, float]]:
    """Every number in a JSON document, with the key it sits under."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from ((key if name == "" else name, n) for name, n in numbers(item))
    elif isinstance(value, list):
        for item in value:
            yield from numbers(item)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        yield "", float(value)


def test_no_output_names_a_group_below_k_or_one_customers_value(outputs: Outputs, tmp_path: Path) -> None:
    outputs.run("import", "--yes", str(bank_with_rare_group(tmp_path / "bank.csv")))
    outputs.every_output()
    extreme = {f"{EXTREME:.1f}", f"{EXTREME:.0f}", f"{EXTREME:,.0f}", f"{EXTREME:.6e}"[:7], "98,765,432"}
    leaks = {name: [n for n in (RARE, *extreme) if n.encode() in blob] for name, blob in outputs.seen.items()}
    assert not {name: found for name, found in leaks.items() if found}
    assert len(outputs.seen) > 20 and any(b"Geography" in blob for blob in outputs.seen.values())


def test_released_figures_follow_one_rule_and_an_erasure_leaves_no_trace_of_its_person(
        outputs: Outputs, store: ProjectStore) -> None:
    outputs.run("import", "--yes", "--keep-identities", *map(str, demo_files("hubspot")))
    outputs.run("train")
    before = json.loads(outputs.run("report", "pilot", "--format", "json"))
    store = ProjectStore.open(store.root, PASSPHRASE)  # as the command left it
    scores = store.read_table(Table.SCORES)
    person = store.read_table(Table.SUBJECTS).join(scores.sort("churn_risk").tail(1), on=KEY)
    contacts = pl.read_csv(demo_files("hubspot")[0], infer_schema=False)
    customer = next(i for i in contacts["Record ID"] if key_of(store, i) == person[KEY][0])
    outputs.run("dsar", "erase", customer, "--yes")
    after = json.loads(outputs.run("report", "pilot", "--format", "json"))
    forecast = json.loads(outputs.run("forecast", "--json"))
    segments = json.loads(outputs.run("segments", "--json"))
    assert segments["retrain_recommended"] and "RETRAIN RECOMMENDED" in outputs.run("segments")
    for document in (before, after, segments, forecast):
        for key, value in numbers(document):
            if key in ("size", "customers", "tickets") or key.startswith("rows"):
                assert value % disclosure.COUNT_BASE == 0, (key, value)
            if key in ("churn_risk", "purchase_propensity", "ticket_share", "predicted_rate"):
                assert round(value, 2) == value, (key, value)
            if key == "revenue_at_risk" and value:
                assert float(f"{value:.3g}") == value, (key, value)
    score = float(person["churn_risk"][0])
    assert not any(f"{score:.6f}"[:8] in json.dumps(document) for document in (before, after, segments))
    assert math.isclose(sum(row["size"] for row in after["segments"]["rows"]),
                        sum(row["size"] for row in before["segments"]["rows"]), abs_tol=5 * len(after["segments"]["rows"]))
    record = json.loads(outputs.run("report", "art30", "--format", "json"))
    assert [sorted(event["counts"]) for event in record["erasures"]] == [["erased register size: 1", "people: 1"]]
    outputs.run("handover", "--out", str(outputs.out / "after.zip"))
    with zipfile.ZipFile(outputs.out / "after.zip") as bundle:
        assert "forecast.json" not in bundle.namelist()  # withheld until a training recomputes it
        log = [json.loads(line) for line in bundle.read("processing-log.jsonl").splitlines()]
    [erased] = [entry for entry in log if entry.get("action") == "dsar-erasure"]
    assert erased["counts"] == {"people": 1, "erased_register_size": 1}


def test_a_category_driver_names_only_a_value_at_least_k_customers_share(store: ProjectStore, tmp_path: Path) -> None:
    """At the smallest k allowed (5) the four customers of the rare country are still not named."""
    service = ProjectService(store, operator="t")
    plan = service.imports.plan([bank_with_rare_group(tmp_path / "bank.csv")], ImportOptions(operator="t"))
    service.imports.commit(plan, accept_warnings=True)
    drivers = service.analytics.train(TrainRequest(min_segment_size=5)).model_card.churn.drivers
    assert any("Geography 'Germany'" in d.text for d in drivers) and not any(RARE in d.text for d in drivers)
