"""The Art. 30 record and the re-identification risk report: right sections, right figures, no personal data."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from pypdf import PdfReader

from prevista.core.analytics.training import TrainOptions, train
from prevista.core.demo.run import demo_files
from prevista.core.duties.optouts import Requests, record_optouts
from prevista.core.duties.retention import policies
from prevista.core.ingest.importer import ImportOptions, run_import
from prevista.core.project.settings import update_settings
from prevista.core.reports.art30 import HEADINGS, record_of_processing, render_html, render_pdf
from prevista.core.reports.reidentification import ProsecutorRisk, reidentification_risk, risk_from_frame
from prevista.privacy.disclosure import count
from prevista.privacy.kdf import KdfParams
from prevista.privacy.schema import Action
from prevista.privacy.store import ProjectStore

PASSPHRASE = "correct horse battery staple"
CONTROLLER = "Piekarnia Łódź sp. z o.o. / Pekárna Hořice"
CONTACTS_IDENTIFIERS = ("Record ID", "Email", "Phone Number", "Street Address")


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> ProjectStore:
    store = ProjectStore.create(tmp_path_factory.mktemp("reports") / "project", PASSPHRASE, kdf=KdfParams.minimum())
    run_import(store, demo_files("hubspot"), ImportOptions(operator="report test"), accept_warnings=True)
    train(store, TrainOptions(operator="report test"))
    record_optouts(store, Requests(ids=(_contacts()[0]["Record ID"],)), operator="report test")
    update_settings(store, {"controller_name": CONTROLLER}, operator="report test")
    return store


def _contacts() -> list[dict[str, str]]:
    path = next(p for p in demo_files("hubspot") if p.name == "contacts.csv")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _pdf_text(data: bytes) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.split())


@pytest.fixture(scope="module")
def rendered(demo_store: ProjectStore) -> dict[str, Any]:
    record = record_of_processing(demo_store)
    return {"pdf": _pdf_text(render_pdf(record)), "html": render_html(record), "record": record}


def test_pdf_has_every_section_and_the_facts(demo_store: ProjectStore, rendered: dict[str, Any]) -> None:
    text = rendered["pdf"]
    for heading in HEADINGS.values():
        assert heading in text
    assert CONTROLLER in text
    assert "Art. 6(1)(f) GDPR — legitimate interest" in text
    assert f"Rows in 'customers' {count(demo_store.table_info('customers')['rows'])}" in text
    assert f"Data subjects (encrypted IDs) {count(demo_store.table_info('subjects')['rows'])}" in text
    assert f"Customers in the opt-out register {count(demo_store.table_info('optouts')['rows'])}" in text
    assert "Opt-out recordings 1" in text
    assert rendered["record"].models[0].model_id in text
    assert "Argon2id" in text and "AES-256-GCM" in text and "AES-SIV" in text
    assert "Prosecutor risk" in text and "Marketer risk" in text
    assert f"customers: {policies(demo_store)['customers'].months} months" in text
    assert "State verified" in text


def test_html_has_the_same_sections_escaped_and_self_contained(rendered: dict[str, Any]) -> None:
    page = rendered["html"]
    headings = re.findall(r"<h2>(.*?)</h2>", page)
    assert headings == list(HEADINGS.values())
    assert CONTROLLER in page
    assert "<script" not in page and "http" not in page
    assert "&#x27;customers&#x27;" in page  # quotes in values are escaped


def test_no_personal_data_in_pdf_or_html(demo_store: ProjectStore, rendered: dict[str, Any]) -> None:
    contacts = _contacts()
    values = {row[c] for row in contacts for c in CONTACTS_IDENTIFIERS if row[c]}
    values |= {f"{row['First Name']} {row['Last Name']}" for row in contacts}
    values |= {row["Last Name"] for row in contacts}
    values |= set(demo_store.read_table("subjects")["eid"].to_list())
    for text in (rendered["pdf"], rendered["html"], json.dumps(asdict(rendered["record"]), ensure_ascii=False)):
        leaked = [v for v in values if re.search(rf"(?<!\w){re.escape(v)}(?!\w)", text)]
        assert leaked == []


def test_demo_risk_uses_the_stored_quasi_identifiers(demo_store: ProjectStore) -> None:
    risk = reidentification_risk(demo_store)
    assert risk.quasi_identifiers == ("Country", "Plan")  # not "Lifecycle Stage", not the fee
    assert risk.records == demo_store.table_info("customers")["rows"]


def _known_classes() -> tuple[pl.DataFrame, dict]:
    """Classes on (postcode, gender, birth year): A×4, B×3, C×1, D×2, E×1 — 11 records, 5 classes."""
    rows = ([("00-950", "F", date(1980, 1 + i, 3)) for i in range(4)]
            + [("00-950", "M", date(1980, 5, 1 + i)) for i in range(3)]
            + [("00-951", "F", date(1980, 2, 2))]
            + [("31-001", "M", date(1975, 3, 1)), ("31-001", "M", date(1975, 9, 9))]
            + [("31-001", "M", date(1990, 7, 7))])
    frame = pl.DataFrame({
        "customer_key": list(range(1, 12)),
        "Postcode": [r[0] for r in rows],
        "Gender": [r[1] for r in rows],
        "Date of Birth": [r[2] for r in rows],
        "Lifecycle Stage": ["Customer"] * 11,
        "Monthly Fee": [float(i) for i in range(11)],
        "Churned": [False] * 11,
    })
    schema = {"customers": {
        "Postcode": {"role": "category", "meaning": "quasi_identifier"},
        "Gender": {"role": "category", "meaning": None},  # found by its name
        "Date of Birth": {"role": "date", "meaning": "birth"},
        "Lifecycle Stage": {"role": "category", "meaning": "stage"},
        "Monthly Fee": {"role": "number", "meaning": "amount"},
        "Churned": {"role": "label", "meaning": "churn"},
    }}
    return frame, schema


def test_risk_figures_on_known_equivalence_classes() -> None:
    frame, schema = _known_classes()
    risk = risk_from_frame(frame, schema, k=3)
    birth = "Birth year (from 'Date of Birth')"
    assert risk.quasi_identifiers == ("Postcode", "Gender", birth)
    assert (risk.records, risk.equivalence_classes, risk.smallest_class) == (11, 5, 1)
    assert (risk.unique_records, risk.below_k_records) == (2, 4)  # C, E unique; C + D + E below 3
    assert risk.unique_share == pytest.approx(2 / 11)
    assert risk.below_k_share == pytest.approx(4 / 11)
    assert risk.prosecutor_risk == ProsecutorRisk(max=1.0, average=pytest.approx(5 / 11))  # mean of 1/size = 5/11
    assert risk.journalist_risk.max == 1.0
    assert risk.marketer_risk.value == pytest.approx(5 / 11)
    assert risk.level == "high"
    contributions = {c.column: (c.unique_share_without, c.below_k_share_without) for c in risk.columns}
    # without birth year: (00-950,F)4 (00-950,M)3 (00-951,F)1 (31-001,M)3 → 1 unique, 1 below k
    assert contributions[birth] == pytest.approx((1 / 11, 1 / 11))
    # without postcode: (F,1980)5 (M,1980)3 (M,1975)2 (M,1990)1 → 1 unique, 3 below k
    assert contributions["Postcode"] == pytest.approx((1 / 11, 3 / 11))
    assert contributions["Gender"] == pytest.approx((2 / 11, 4 / 11))
    assert [c.column for c in risk.columns][:2] == [birth, "Postcode"]
    assert risk.suggestions == (f"band '{birth}' into 10-year groups, or drop the birth date",
                                "generalise 'Postcode' to its first two digits")


def test_no_quasi_identifiers_means_low_risk() -> None:
    frame = pl.DataFrame({"customer_key": [1, 2, 3], "Monthly Fee": [1.0, 2.0, 3.0]})
    risk = risk_from_frame(frame, {"customers": {"Monthly Fee": {"role": "number", "meaning": "amount"}}}, k=5)
    assert risk.quasi_identifiers == () and risk.level == "low" and risk.suggestions == ()
    assert (risk.equivalence_classes, risk.unique_records) == (1, 0)
    assert "No quasi-identifiers remain" in risk.summary


def test_empty_project_still_renders(tmp_path: Path) -> None:
    store = ProjectStore.create(tmp_path / "empty", PASSPHRASE, kdf=KdfParams.minimum())
    record = record_of_processing(store)
    assert record.reidentification.records == 0
    text = _pdf_text(render_pdf(record))
    assert "No model has been trained." in text and "not configured" in text


def test_retention_runs_and_erasures_are_counted_from_the_log(tmp_path: Path) -> None:
    store = ProjectStore.create(tmp_path / "duties", PASSPHRASE, kdf=KdfParams.minimum())
    for action, counts in ((Action.RETENTION_CLEANUP, {"rows_deleted": {"interactions": 12}}),
                           (Action.DSAR_ERASURE, {"rows_removed": 7}),
                           (Action.RETENTION_CLEANUP, {"rows_deleted": {"interactions": 3}})):
        store.commit(log_record={"action": action, "operator": "dpo", "counts": counts})
    record = record_of_processing(store)
    assert [e.counts for e in record.retention_runs] == [("rows deleted interactions: 12",),
                                                         ("rows deleted interactions: 3",)]
    assert len(record.erasures) == 1
    text = _pdf_text(render_pdf(record))
    assert "Retention runs carried out: 2." in text and "Erasures carried out (Art. 17): 1." in text
