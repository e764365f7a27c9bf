"""The demo data must be reproducible, import cleanly and carry a real signal.

Everything here reads the written files, the way the importer will, so a
change that breaks the export format or weakens the planted behaviour fails
here rather than in a customer-facing demo.
"""

from __future__ import annotations

import datetime
import re
import time
from pathlib import Path

import polars as pl
import pytest

from prevista.core.demo import data as demodata

ASSETS = Path(__file__).resolve().parents[2] / "assets" / "demo"
END = datetime.date(2026, 9, 30)
HISTORY_START = datetime.date(2024, 7, 1)  # 27 months ending at END


def _read_hubspot(paths: dict[str, Path]) -> dict[str, pl.DataFrame]:
    """Parse with explicit formats and strict casts: a bad value raises."""
    contacts = pl.read_csv(paths["customers"], infer_schema=False).with_columns(
        pl.col("Record ID").cast(pl.Int64),
        pl.col("Create Date").str.to_date("%Y-%m-%d"),
        pl.col("Seats").cast(pl.Int64),
        pl.col("Monthly Fee").cast(pl.Float64),
    )
    deals = pl.read_csv(paths["transactions"], infer_schema=False).with_columns(
        pl.col("Deal ID", "Associated Contact ID").cast(pl.Int64),
        pl.col("Amount").cast(pl.Float64),
        pl.col("Close Date", "Due Date", "Paid Date").str.to_date("%Y-%m-%d"),
    )
    tickets = pl.read_csv(paths["tickets"], infer_schema=False).with_columns(
        pl.col("Ticket ID", "Contact ID", "Satisfaction Score").cast(pl.Int64),
        pl.col("Create Date", "Close Date").str.to_datetime("%Y-%m-%d %H:%M:%S"),
    )
    usage = pl.read_csv(paths["usage"], infer_schema=False).with_columns(
        pl.col("Contact ID").cast(pl.Int64),
        pl.col("Event Time").str.to_datetime("%Y-%m-%d %H:%M:%S"),
    )
    return {"customers": contacts, "transactions": deals, "tickets": tickets, "usage": usage}


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pl.DataFrame]:
    """Enough customers for behavioural checks to be far outside sampling noise."""
    out = tmp_path_factory.mktemp("big")
    return _read_hubspot(demodata.generate(out, customers=4000, events=240_000, seed=11))


@pytest.fixture(scope="module")
def european(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return demodata.generate(tmp_path_factory.mktemp("eu"), customers=400, variant="european")


def _file_bytes(paths: dict[str, Path]) -> dict[str, bytes]:
    return {table: path.read_bytes() for table, path in paths.items()}


# --- reproducibility ----------------------------------------------------------


def test_same_seed_gives_identical_bytes(tmp_path: Path) -> None:
    first = demodata.generate(tmp_path / "a", customers=300, seed=3, variant="european")
    second = demodata.generate(tmp_path / "b", customers=300, seed=3, variant="european")
    assert _file_bytes(first) == _file_bytes(second)


def test_different_seed_gives_different_data(tmp_path: Path) -> None:
    first = _file_bytes(demodata.generate(tmp_path / "a", customers=300, seed=3))
    second = _file_bytes(demodata.generate(tmp_path / "b", customers=300, seed=4))
    assert all(first[table] != second[table] for table in demodata.TABLES)


@pytest.mark.parametrize("variant", ["hubspot", "european"])
def test_committed_demo_matches_the_generator(tmp_path: Path, variant: str) -> None:
    fresh = demodata.generate(tmp_path, variant=variant)
    for path in fresh.values():
        committed = ASSETS / variant / path.name
        assert committed.read_bytes() == path.read_bytes(), (
            f"{committed} drifted from core.demo.data; regenerate it with "
            f"python -m prevista.core.demo.data {ASSETS / variant} --variant {variant}"
        )


def test_committed_demo_stays_small() -> None:
    size = sum(p.stat().st_size for p in ASSETS.rglob("*") if p.is_file())
    assert size < 4 * 1024 * 1024


# --- formats ------------------------------------------------------------------


def test_european_files_are_cp1250_with_central_european_conventions(
    european: dict[str, Path],
) -> None:
    raw = _file_bytes(european)
    text = {table: data.decode("cp1250") for table, data in raw.items()}
    with pytest.raises(UnicodeDecodeError):
        raw["customers"].decode("utf-8")  # really cp1250, not UTF-8 in disguise
    assert re.search("[ŁłŚśŻżĄąĘęŃńŘřŠšĚěŮů]", text["customers"])
    assert text["customers"].startswith("Customer No;Name;Surname;E-mail;")
    assert "\r\n" in text["customers"]  # a Windows export
    invoices = pl.read_csv(text["transactions"].encode(), separator=";", infer_schema=False)
    assert invoices["Net amount"].str.contains(r"^\d+,\d{2}$").all()
    assert invoices["Issue date"].str.contains(r"^\d{2}\.\d{2}\.\d{4}$").all()
    invoices["Issue date"].str.to_date("%d.%m.%Y")  # real dates, not just the shape
    tickets = pl.read_csv(text["tickets"].encode(), separator=";", infer_schema=False)
    assert tickets["Opened"].str.contains(r"^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$").all()
    assert {p.name for p in european.values()} == {
        "klienci.csv", "faktury.csv", "zgloszenia.csv", "aktywnosc.csv"}


def test_hubspot_files_are_utf8_with_international_names(tmp_path: Path) -> None:
    paths = demodata.generate(tmp_path, customers=1500)
    contacts = paths["customers"].read_text(encoding="utf-8")
    assert re.search("[øåÅéëŁł]", contacts)
    assert contacts.splitlines()[0] == ",".join(demodata.HUBSPOT.columns["customers"])


def test_every_value_parses_and_is_plausible(big: dict[str, pl.DataFrame]) -> None:
    contacts, deals, tickets = big["customers"], big["transactions"], big["tickets"]
    assert set(contacts["Plan"]) == {"Basic", "Pro", "Premium"}
    assert set(contacts["Churned"]) == {"Yes", "No"}
    assert set(contacts["Marketing Opt Out"]) == {"true", "false"}
    assert 0.005 < (contacts["Marketing Opt Out"] == "true").mean() < 0.05
    assert (contacts["Seats"] >= 1).all() and (contacts["Monthly Fee"] > 0).all()
    assert (deals["Amount"] > 0).all()
    assert (deals["Paid Date"].drop_nulls() >= deals.drop_nulls("Paid Date")["Close Date"]).all()
    assert deals["Close Date"].max() <= END and deals["Paid Date"].max() <= END
    scores = tickets["Satisfaction Score"].drop_nulls()
    assert scores.min() >= 1 and scores.max() <= 5
    closed = tickets.drop_nulls("Close Date")
    assert (closed["Close Date"] >= closed["Create Date"]).all()


def test_identifiers_are_unique_and_every_event_has_a_customer(
    big: dict[str, pl.DataFrame],
) -> None:
    contacts = big["customers"]
    assert contacts["Record ID"].is_unique().all()
    assert contacts["Email"].is_unique().all()
    assert contacts["Email"].str.contains(r"^[a-z.]+\d+@example\.(com|net|org)$").all()
    known = set(contacts["Record ID"])
    for table, column in [("transactions", "Associated Contact ID"), ("tickets", "Contact ID"),
                          ("usage", "Contact ID")]:
        assert set(big[table][column]) <= known, table
    assert big["transactions"]["Deal ID"].is_unique().all()
    assert big["tickets"]["Ticket ID"].is_unique().all()


def test_european_ids_join_too(european: dict[str, Path]) -> None:
    def read(table: str) -> pl.DataFrame:
        text = european[table].read_bytes().decode("cp1250")
        return pl.read_csv(text.encode(), separator=";", infer_schema=False)

    known = set(read("customers")["Customer No"])
    assert read("customers")["E-mail"].is_unique().all()
    for table in ("transactions", "tickets", "usage"):
        assert set(read(table)["Customer No"]) <= known, table


def test_usage_volume_follows_the_events_argument(tmp_path: Path) -> None:
    paths = demodata.generate(tmp_path, customers=500, events=30_000)
    rows = len(pl.read_csv(paths["usage"]))
    assert 27_000 < rows < 33_000


# --- planted behaviour ----------------------------------------------------------


def _monthly_billers(deals: pl.DataFrame) -> pl.DataFrame:
    """Last invoice of customers billed monthly: a churn-date proxy independent of usage."""
    return (deals.filter(pl.col("Deal Name").str.contains(r"^Subscription: .*\(monthly\)$"))
            .group_by("Associated Contact ID").agg(pl.col("Close Date").max().alias("anchor"))
            .rename({"Associated Contact ID": "Contact ID"}))


def _login_ratio(big: dict[str, pl.DataFrame], churned: str) -> float:
    """Weekly logins in the 4 weeks before the anchor over those of the 12 weeks before."""
    customers = big["customers"].filter(pl.col("Churned") == churned).select(
        pl.col("Record ID").alias("Contact ID"),
        pl.max_horizontal("Create Date", pl.lit(HISTORY_START)).alias("since"))
    anchors = _monthly_billers(big["transactions"]).join(customers, on="Contact ID").filter(
        pl.col("anchor") - pl.col("since") >= datetime.timedelta(weeks=16))
    logins = (big["usage"].filter(pl.col("Event Type") == "login")
              .join(anchors, on="Contact ID")
              .with_columns(weeks_before=(pl.col("anchor").cast(pl.Datetime) - pl.col("Event Time"))
                            .dt.total_days() / 7))
    recent = logins.filter(pl.col("weeks_before").is_between(0, 4, closed="left")).height / 4
    earlier = logins.filter(pl.col("weeks_before").is_between(4, 16, closed="left")).height / 12
    return recent / earlier


def test_churners_log_in_much_less_before_leaving(big: dict[str, pl.DataFrame]) -> None:
    # The anchor lies up to a month before the churn day, so the drop shows diluted.
    assert _login_ratio(big, "Yes") < 0.8
    assert _login_ratio(big, "No") > 0.95


def test_churn_rate_is_realistic(big: dict[str, pl.DataFrame]) -> None:
    assert 0.15 <= (big["customers"]["Churned"] == "Yes").mean() <= 0.25


def test_many_early_tickets_mean_more_churn(big: dict[str, pl.DataFrame]) -> None:
    new = big["customers"].filter(
        pl.col("Create Date").is_between(HISTORY_START, END - datetime.timedelta(days=365)))
    early = (big["tickets"].join(new.select("Record ID", "Create Date"),
                                 left_on="Contact ID", right_on="Record ID", suffix="_signup")
             .filter(pl.col("Create Date").dt.date()
                     < pl.col("Create Date_signup") + datetime.timedelta(days=90))
             .group_by("Contact ID").len("early"))
    rates = (new.join(early, left_on="Record ID", right_on="Contact ID", how="left")
             .group_by(pl.col("early").fill_null(0) >= 5)
             .agg((pl.col("Churned") == "Yes").mean().alias("rate"), pl.len()))
    many = rates.filter(pl.col("early"))
    few = rates.filter(~pl.col("early"))
    assert many["len"][0] > 50 and few["len"][0] > 50
    assert many["rate"][0] > few["rate"][0] + 0.1


def test_churners_raise_more_tickets_and_pay_later(big: dict[str, pl.DataFrame]) -> None:
    anchors = _monthly_billers(big["transactions"])
    label = big["customers"].select(pl.col("Record ID").alias("Contact ID"), "Churned")
    tickets = (big["tickets"].join(anchors, on="Contact ID")
               .filter((pl.col("anchor").cast(pl.Datetime) - pl.col("Create Date")).dt.total_days()
                       .is_between(0, 30, closed="left"))
               .join(label, on="Contact ID").group_by("Churned").len())
    customers = anchors.join(label, on="Contact ID").group_by("Churned").len()
    per_customer = dict(zip(tickets["Churned"], tickets["len"]))
    counts = dict(zip(customers["Churned"], customers["len"]))
    assert per_customer["Yes"] / counts["Yes"] > 4 * per_customer["No"] / counts["No"]
    delays = (big["transactions"].drop_nulls("Paid Date")
              .join(label.rename({"Contact ID": "Associated Contact ID"}), on="Associated Contact ID")
              .group_by("Churned")
              .agg(((pl.col("Paid Date") - pl.col("Due Date")).dt.total_days() > 0).mean()))
    late = dict(zip(delays["Churned"], delays["Paid Date"]))
    assert late["Yes"] > 1.5 * late["No"]


def test_usage_rises_before_an_upgrade(big: dict[str, pl.DataFrame]) -> None:
    signups = big["customers"].select(pl.col("Record ID").alias("Contact ID"), "Create Date")
    upgrades = (big["transactions"].filter(pl.col("Deal Name").str.starts_with("Upgrade:"))
                .select(pl.col("Associated Contact ID").alias("Contact ID"),
                        pl.col("Close Date").alias("upgrade"))
                .join(signups, on="Contact ID")
                .filter(pl.col("upgrade") - pl.max_horizontal("Create Date", pl.lit(HISTORY_START))
                        >= datetime.timedelta(weeks=24)))
    weeks = (big["usage"].join(upgrades, on="Contact ID")
             .select((pl.col("upgrade").cast(pl.Datetime) - pl.col("Event Time")).dt.total_days() / 7))
    weekly_before = weeks.filter(pl.col("upgrade").is_between(0, 4, closed="left")).height / 4
    weekly_baseline = weeks.filter(pl.col("upgrade").is_between(16, 24, closed="left")).height / 8
    assert weekly_before > 1.15 * weekly_baseline


def test_tickets_follow_week_and_year(big: dict[str, pl.DataFrame]) -> None:
    opened = big["tickets"]["Create Date"]
    per_weekday = opened.dt.weekday().value_counts().sort("Create Date")["count"].to_list()
    assert max(per_weekday[5:]) < 0.5 * min(per_weekday[:5])
    month = opened.dt.month()
    winter = month.is_in([12, 1]).sum()
    summer = month.is_in([6, 7]).sum()  # both pairs are covered twice in 27 months
    assert winter > 1.2 * summer


# --- ground truth -----------------------------------------------------------------


def _raw_customers(paths: dict[str, Path], variant: str) -> pl.DataFrame:
    """The customer file as text cells, exactly as written."""
    style = demodata.VARIANTS[variant]
    text = paths["customers"].read_bytes().decode(style.encoding)
    return pl.read_csv(text.encode(), separator=style.separator, infer_schema=False)


@pytest.mark.parametrize("variant", ["hubspot", "european"])
def test_ground_truth_rows_are_the_exported_customers(tmp_path: Path, variant: str) -> None:
    style = demodata.VARIANTS[variant]
    id_column, churned_column = style.columns["customers"][0], style.columns["customers"][-1]
    exported = _raw_customers(demodata.generate(tmp_path, customers=600, seed=5, variant=variant),
                              variant)
    truth = demodata.ground_truth(customers=600, seed=5, variant=variant)
    assert truth["customer_id"].dtype == pl.String
    assert truth["customer_id"].to_list() == exported[id_column].to_list()
    yes, _ = style.churned_labels
    assert truth["churned_by_end"].to_list() == (exported[churned_column] == yes).to_list()


def test_ground_truth_matches_the_committed_demo() -> None:
    contacts = pl.read_csv(ASSETS / "hubspot" / "contacts.csv", infer_schema=False)
    truth = demodata.ground_truth()
    assert truth["customer_id"].to_list() == contacts["Record ID"].to_list()
    assert truth["churned_by_end"].to_list() == (contacts["Churned"] == "Yes").to_list()


def test_ground_truth_follows_the_generator_arguments(big: dict[str, pl.DataFrame]) -> None:
    truth = demodata.ground_truth(customers=4000, events=240_000, seed=11)
    contacts = big["customers"]
    assert truth["customer_id"].to_list() == contacts["Record ID"].cast(pl.String).to_list()
    assert truth["churned_by_end"].to_list() == (contacts["Churned"] == "Yes").to_list()
    assert truth.equals(demodata.ground_truth(customers=4000, seed=11))  # events: volume only
    churned = truth.filter(pl.col("churned_by_end"))
    assert (churned["churn_date"] <= END).all()
    stayers = truth.filter(~pl.col("churned_by_end") & ~pl.col("at_risk"))
    assert stayers["churn_date"].is_null().all()


def test_at_risk_customers_are_a_few_percent_and_not_yet_churned(
    big: dict[str, pl.DataFrame],
) -> None:
    for truth in (demodata.ground_truth(), demodata.ground_truth(customers=4000, seed=11)):
        at_risk = truth.filter(pl.col("at_risk"))
        assert 0.02 < at_risk.height / truth.height < 0.08
        assert not at_risk["churned_by_end"].any()
        assert (at_risk["churn_date"] > END).all()
        assert (at_risk["churn_date"] <= END + datetime.timedelta(days=45)).all()
        # Their decline is already in the export, except for the silent leavers.
        loud = at_risk.filter(~pl.col("silent_churn"))
        assert (loud["decline_at_end"] > 0).mean() > 0.9
        assert (at_risk.filter(pl.col("silent_churn"))["decline_at_end"] == 0).all()
    labels = big["customers"].select(pl.col("Record ID").cast(pl.String).alias("customer_id"),
                                     "Churned")
    truth = demodata.ground_truth(customers=4000, seed=11).join(labels, on="customer_id")
    assert (truth.filter(pl.col("at_risk"))["Churned"] == "No").all()


def test_latent_risk_is_higher_for_churners() -> None:
    truth = demodata.ground_truth(customers=4000, seed=11).with_columns(
        churns=pl.col("churn_date").is_not_null())
    means = dict(truth.group_by("churns").agg(pl.col("latent_risk").mean()).iter_rows())
    assert means[True] > means[False] + 0.8
    logit = dict(truth.group_by("churns").agg(pl.col("churn_logit").mean()).iter_rows())
    assert logit[True] > logit[False] + 1.5
    at_risk = truth.filter(pl.col("at_risk"))["latent_risk"].mean()
    assert at_risk > truth.filter(~pl.col("churns"))["latent_risk"].mean() + 0.8
    assert truth["latent_risk"].dtype == pl.Float64


def test_ground_truth_expansions_are_the_exported_deals(big: dict[str, pl.DataFrame]) -> None:
    truth = demodata.ground_truth(customers=4000, seed=11)
    assert not truth.filter(pl.col("expands") & pl.col("churn_date").is_not_null()).height
    planted = (truth.filter(pl.col("expand_date") <= END)
               .select(pl.col("customer_id").cast(pl.Int64).alias("Associated Contact ID"),
                       pl.col("expand_date").alias("Close Date"),
                       pl.when(pl.col("upgrade")).then(pl.lit("upgrade"))
                       .otherwise(pl.lit("licences")).alias("kind"))
               .sort(pl.all()))
    deals = (big["transactions"]
             .filter(pl.col("Deal Name").str.starts_with("Upgrade:")
                     | (pl.col("Deal Name") == "Add-on: Extra licences"))
             .select("Associated Contact ID", "Close Date",
                     pl.when(pl.col("Deal Name").str.starts_with("Upgrade:"))
                     .then(pl.lit("upgrade")).otherwise(pl.lit("licences")).alias("kind"))
             .sort(pl.all()))
    assert planted.height > 100 and planted.equals(deals)
    assert (truth.filter(pl.col("expands") & ~pl.col("upgrade"))["extra_seats"] >= 2).all()


def test_ground_truth_is_fast() -> None:
    started = time.perf_counter()
    demodata.ground_truth()
    assert time.perf_counter() - started < 1.0


def test_command_line_writes_the_files(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert demodata.main([str(tmp_path), "--customers", "20", "--variant", "european"]) == 0
    assert (tmp_path / "klienci.csv").exists()
    assert "klienci.csv" in capsys.readouterr().out


def test_bad_arguments_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="'variant' parameter of generate"):
        demodata.generate(tmp_path, variant="salesforce")
    with pytest.raises(ValueError, match="'customers'"):
        demodata.generate(tmp_path, customers=0)
    with pytest.raises(ValueError, match="'variant' parameter of ground_truth"):
        demodata.ground_truth(variant="salesforce")
