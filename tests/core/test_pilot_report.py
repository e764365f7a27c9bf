"""The pilot report: core's own figures, every section, a readable PDF, no personal data, a logged hand-over."""

from __future__ import annotations

import io
import json
import re
import shutil
from dataclasses import asdict
from pathlib import Path

import polars as pl
import pytest
from pypdf import PdfReader

from prevista.core.analytics.release import dashboard, published_card
from prevista.core.analytics.training import TrainOptions, train
from prevista.core.demo.run import demo_files
from prevista.core.duties.optouts import register_summary
from prevista.core.ingest.importer import ImportOptions, run_import
from prevista.core.project.lifecycle import create_project, open_project
from prevista.core.reports.campaigns import NO_CAMPAIGN
from prevista.core.reports.pilot import (
    HEADINGS,
    NO_MODEL,
    PilotReport,
    pilot_report,
    render_html,
    render_pdf,
    write_report,
)
from prevista.core.reports.status import project_status
from prevista.privacy.disclosure import count
from prevista.privacy.kdf import KdfParams
from prevista.privacy.schema import Table
from prevista.privacy.store import ProjectStore
from tests.cli_helpers import prevista
from tests.conftest import PASSPHRASE

PERSONAL_COLUMNS = ("Record ID", "Email", "First Name", "Last Name", "Phone Number", "Street Address")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pilot") / "project"
    store = create_project(path, PASSPHRASE, operator="tester", kdf=KdfParams.minimum())
    options = ImportOptions(operator="tester", keep_identities=True)
    run_import(store, demo_files("hubspot"), options, accept_warnings=True)
    train(store, TrainOptions(operator="tester"))
    return path


@pytest.fixture
def project(template: Path, tmp_path: Path) -> Path:
    """A copy a test may write to (the hand-over is logged in the project)."""
    return Path(shutil.copytree(template, tmp_path / "project"))


@pytest.fixture(scope="module")
def trained(template: Path) -> ProjectStore:
    return open_project(template, PASSPHRASE)


@pytest.fixture(scope="module")
def report(trained: ProjectStore) -> PilotReport:
    return pilot_report(trained)


def _pdf_text(data: bytes) -> str:
    return " ".join("\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).split())


def _personal_values(store: ProjectStore) -> set[str]:
    """Everything that names or identifies one person in the demo input, and the encrypted IDs."""
    contacts = pl.read_csv(next(p for p in demo_files("hubspot") if p.name == "contacts.csv"), infer_schema=False)
    values = {v for column in PERSONAL_COLUMNS for v in contacts[column].drop_nulls().to_list()}
    values |= {f"{first} {last}" for first, last in contacts.select("First Name", "Last Name").iter_rows()}
    return values | set(store.read_table("subjects")["eid"].to_list())


def _actions(path: Path) -> list[str]:
    return [e["action"] for e in open_project(path, PASSPHRASE).log.entries()]


def test_figures_are_core_figures(trained: ProjectStore, report: PilotReport) -> None:
    board, card = dashboard(trained), published_card(trained)
    assert report.segments and report.model and report.churn and report.churn.totals and report.forecast
    rows = report.segments.rows
    assert [(r.name, r.size, r.churn_risk) for r in rows] == [(s.name, s.size, s.churn_risk) for s in board.segments]
    assert report.model.metrics.roc_auc == card.churn.metrics.roc_auc
    assert {"prior rate", "logistic regression"} <= set(report.model.baselines)
    totals = report.churn.totals
    scores = trained.read_table(Table.SCORES)
    # every demo segment reaches k; each figure is released on its own (sizes to fives, rates to whole percent)
    assert totals.customers == count(scores.height) == pytest.approx(sum(r.size for r in rows), abs=5 * len(rows))
    # each row is its released size × its risk to whole percent: half a percent of rounding per customer
    assert totals.expected_churners == pytest.approx(sum(r.expected_churners for r in rows), rel=0.05,
                                                     abs=0.005 * totals.customers)
    assert totals.revenue_at_risk == pytest.approx(sum(r.revenue_at_risk or 0.0 for r in rows), rel=0.01)
    register = register_summary(trained)
    assert report.data.opt_outs.customers == count(register.customers) and register.customers > 0
    assert report.data.tables == {name: count(t.rows) for name, t in project_status(trained).tables.items()}
    assert board.forecast and len(report.forecast.weeks) == len(board.forecast.forecast)


def test_pdf_and_html_carry_every_section_and_segment(report: PilotReport) -> None:
    data = render_pdf(report)
    assert data.startswith(b"%PDF")
    text = _pdf_text(data)
    page = render_html(report)
    assert re.findall(r"<h2>(.*?)</h2>", page) == list(HEADINGS.values())
    for heading in HEADINGS.values():
        assert heading in text
    assert report.segments and report.model
    for row in report.segments.rows:
        assert row.name in text
    assert f"{report.model.metrics.roc_auc:.3f}" in text
    assert "verified: " in text and "<script" not in page and "http" not in page


def test_no_personal_data_in_any_format(trained: ProjectStore, report: PilotReport) -> None:
    values = _personal_values(trained)
    for text in (_pdf_text(render_pdf(report)), render_html(report), json.dumps(asdict(report), ensure_ascii=False)):
        leaked = [v for v in values if re.search(rf"(?<!\w){re.escape(v)}(?!\w)", text)]
        assert leaked == []


@pytest.mark.parametrize("fmt", ["pdf", "html"])
def test_writing_the_report_is_logged(project: Path, tmp_path: Path, fmt: str) -> None:
    store = open_project(project, PASSPHRASE)
    before = len(store.log.entries())
    path = write_report(store, pilot_report(store), tmp_path / f"pilot.{fmt}", fmt, operator="consultant")
    assert path.read_bytes().startswith(b"%PDF" if fmt == "pdf" else b"<!DOCTYPE html>")
    entries = open_project(project, PASSPHRASE).log.entries()
    assert len(entries) == before + 1
    assert entries[-1]["action"] == "report-pilot" and entries[-1]["operator"] == "consultant"
    assert entries[-1]["details"] == {"format": fmt}


def test_a_project_without_a_model_still_gets_a_report(tmp_path: Path) -> None:
    store = create_project(tmp_path / "fresh", PASSPHRASE, operator="tester", kdf=KdfParams.minimum())
    report = pilot_report(store)
    assert report.model is None and report.segments is None and report.churn is None
    text = _pdf_text(render_pdf(report))
    assert text.count(NO_MODEL) == len(HEADINGS) - 4  # every section but summary, campaigns, pilot KPIs, privacy
    assert text.count(NO_CAMPAIGN) == 2  # the summary says no campaign measured anything, not a predicted "result"
    assert "Processing log verified" in text


def test_cli_writes_the_pilot_report(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "pilot.pdf"
    result = prevista("report", "pilot", "--project", str(project), "--format", "pdf", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "pilot report" in result.stdout
    assert len(PdfReader(out).pages) >= 2
    assert _actions(project)[-1] == "report-pilot"
