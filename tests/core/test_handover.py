"""The handover bundle and closing a pilot: only aggregates leave, everything but the log is erased, all logged."""

from __future__ import annotations

import hashlib
import io
import json
import re
import shutil
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from pypdf import PdfReader

from prevista.core.analytics.model_store import model_card
from prevista.core.analytics.release import dashboard, published_card
from prevista.core.analytics.training import TrainOptions, train
from prevista.core.demo.run import demo_files
from prevista.core.duties.optouts import Requests, record_optouts
from prevista.core.handover.bundle import PER_PERSON_CARD_KEYS, check_bundle, close_pilot, write_bundle
from prevista.core.ingest.importer import ImportOptions, run_import
from prevista.core.project.lifecycle import create_project, open_project
from prevista.core.project.settings import settings, update_settings
from prevista.core.reports.pilot import pilot_report
from prevista.core.reports.status import project_status
from prevista.core.reports.text import status_text
from prevista.privacy.errors import PrevistaError
from prevista.privacy.kdf import KdfParams
from prevista.privacy.lock import LOCK_NAME
from prevista.privacy.processing_log import verify_log_file
from prevista.privacy.store import HEADER_NAME, LOG_KEY_NAME, LOG_NAME, MANIFEST_NAME, TABLES_DIR, ProjectStore
from tests.cli_helpers import prevista
from tests.conftest import PASSPHRASE
from tests.core.test_pilot_report import _pdf_text, project, template  # noqa: F401 - fixtures shared with the report

EXPECTED_FILES = {"README.txt", "manifest.json", "model-card.json", "segments.json", "forecast.json",
                  "pilot-report.pdf", "pilot-report.html", "art30-record.pdf", "reidentification-risk.json",
                  "processing-log.jsonl", "processing-log.pub", "log-verification.json"}
IDENTIFYING_COLUMNS = {"contacts": ("Record ID", "Email", "First Name", "Last Name", "Phone Number", "Street Address"),
                       "deals": ("Deal ID", "Associated Contact ID"), "tickets": ("Ticket ID", "Contact ID"),
                       "usage": ("Contact ID",)}
PER_PERSON_KEYS = {"customer_key", "eid", "token"}


@pytest.fixture
def store(project: Path) -> ProjectStore:
    return open_project(project, PASSPHRASE)


@pytest.fixture
def bundle(store: ProjectStore, tmp_path: Path) -> Path:
    write_bundle(store, tmp_path / "handover.zip", operator="consultant")
    return tmp_path / "handover.zip"


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def readable(name: str, data: bytes) -> str:
    return _pdf_text(data) if name.endswith(".pdf") else data.decode("utf-8")


def identifying_values(store: ProjectStore) -> set[str]:
    """Every ID, name and contact detail of the demo input, and every encrypted ID the project holds."""
    values: set[str] = set()
    for source in demo_files("hubspot"):
        frame = pl.read_csv(source, infer_schema=False)
        values |= {v for column in IDENTIFYING_COLUMNS[source.stem] for v in frame[column].drop_nulls().to_list()}
        if source.stem == "contacts":
            values |= {f"{first} {last}" for first, last in frame.select("First Name", "Last Name").iter_rows()}
    return values | {eid for name in ("subjects", "optouts") for eid in store.read_table(name)["eid"].to_list()}


def json_keys(value: Any) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in json_keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in json_keys(v)}
    return set()


def actions(store: ProjectStore) -> list[str]:
    return [e["action"] for e in store.log.entries()]


# ----- the bundle -------------------------------------------------------------------------
def test_bundle_holds_the_results_with_their_hashes_and_no_model(store: ProjectStore, bundle: Path) -> None:
    files = members(bundle)
    assert set(files) == EXPECTED_FILES  # no pickle, no table, nothing else
    manifest = json.loads(files["manifest.json"])
    assert manifest["project_id"] == store.project_id and manifest["models_included"] is False
    assert set(manifest["files"]) == EXPECTED_FILES - {"manifest.json"}
    assert all(hashlib.sha256(files[name]).hexdigest() == entry["sha256"] for name, entry in manifest["files"].items())
    card = published_card(store).to_dict()  # the bundle carries the card as released, less its per-person part
    assert json.loads(files["model-card.json"]) == {k: v for k, v in card.items() if k not in PER_PERSON_CARD_KEYS}
    assert set(store.meta("model_card")) - set(json.loads(files["model-card.json"])) == set(PER_PERSON_CARD_KEYS)
    segments, k = json.loads(files["segments.json"]), settings(store).min_segment_size
    shown = dashboard(store).to_dict()  # as released; the forecast in a file of its own
    assert segments == {**{key: value for key, value in shown.items() if key != "forecast"}, "min_segment_size": k}
    assert segments["model_id"] == model_card(store).model_id and segments["segments"]
    assert json.loads(files["forecast.json"]) == shown["forecast"]
    assert len(PdfReader(io.BytesIO(files["pilot-report.pdf"])).pages) >= 2
    assert files["pilot-report.html"].startswith(b"<!DOCTYPE html>") and files["art30-record.pdf"].startswith(b"%PDF")
    readme = files["README.txt"].decode()
    assert "does not contain" in readme and "prevista audit verify --log processing-log.jsonl" in readme


def test_the_bundled_log_verifies_alone_and_the_bundle_is_logged(store: ProjectStore, bundle: Path,
                                                                  tmp_path: Path) -> None:
    files = members(bundle)
    handed = tmp_path / "dpo"
    handed.mkdir()
    for name in (LOG_NAME, LOG_KEY_NAME):
        (handed / name).write_bytes(files[name])
    result = verify_log_file(handed / LOG_NAME, handed / LOG_KEY_NAME)
    recorded = json.loads(files["log-verification.json"])
    assert result.ok and result.signatures_checked and recorded["verified"] is True
    assert recorded["entries"] == result.entries == json.loads(files["manifest.json"])["log_entries"]
    entry = store.log.entries()[-1]
    assert entry["action"] == "handover-bundle" and entry["operator"] == "consultant"
    assert entry["counts"] == {"files": len(EXPECTED_FILES), "bytes": bundle.stat().st_size}
    assert entry["details"]["sha256"] == hashlib.sha256(bundle.read_bytes()).hexdigest()
    assert str(tmp_path) not in json.dumps(entry)


def test_bundle_holds_no_personal_data_encrypted_ids_or_customer_keys(store: ProjectStore, bundle: Path) -> None:
    values = identifying_values(store)
    for name, data in members(bundle).items():
        text = readable(name, data)
        words = set(re.findall(r"[\w.@+-]+", text)) | set(re.findall(r"\w+", text))
        leaked = [v for v in values if (v in text if " " in v else v in words)]
        assert leaked == [], f"{name} holds {leaked[:5]}"
        if name.endswith(".json"):
            assert not PER_PERSON_KEYS & json_keys(json.loads(data)), name
        assert not re.search(r"\bcustomer_key\b", text), name
    assert (bundle.stat().st_mode & 0o077) == 0


def test_bundle_is_refused_inside_the_project(store: ProjectStore) -> None:
    before = len(store.log.entries())
    for inside in (store.root / "handover.zip", store.root / TABLES_DIR / "handover.zip"):
        with pytest.raises(PrevistaError, match="outside the project folder"):
            write_bundle(store, inside, operator="consultant")
        assert not inside.exists()
    assert len(store.log.entries()) == before


def test_a_project_without_a_model_still_gets_a_bundle(tmp_path: Path) -> None:
    fresh = create_project(tmp_path / "fresh", PASSPHRASE, operator="t", kdf=KdfParams.minimum())
    write_bundle(fresh, tmp_path / "fresh.zip", operator="t")
    assert set(members(tmp_path / "fresh.zip")) == EXPECTED_FILES - {"model-card.json", "segments.json",
                                                                     "forecast.json"}


# ----- closing ------------------------------------------------------------------------------
def test_closing_erases_everything_but_the_log(store: ProjectStore, bundle: Path) -> None:
    held = {name: store.table_info(name) for name in store.table_names()}
    eids = store.read_table("subjects")["eid"].to_list()
    kept = bundle.read_bytes()
    result = close_pilot(store, bundle, operator="consultant", now=datetime(2026, 12, 1, 9, 30, tzinfo=UTC))
    assert result.tables == {name: info["rows"] for name, info in held.items() if "rows" in info}
    assert {"optouts", "subjects", "identities", "email_index", "scores"} <= set(result.tables)
    assert set(result.blobs) == {"models"} and result.closed_at == "2026-12-01T09:30:00+00:00"
    reopened = open_project(store.root, PASSPHRASE)
    assert reopened.table_names() == [] and list((store.root / TABLES_DIR).iterdir()) == []
    assert {p.name for p in store.root.iterdir()} == {HEADER_NAME, MANIFEST_NAME, LOG_NAME, LOG_KEY_NAME, TABLES_DIR,
                                                      LOCK_NAME}
    info = project_status(reopened)
    assert info.closed == "2026-12-01" and info.customers == 0 and info.log.verified
    assert "PILOT CLOSED on 2026-12-01" in status_text(info)
    assert reopened.log_problem() is None and verify_log_file(store.root / LOG_NAME, store.root / LOG_KEY_NAME).ok
    assert actions(reopened)[-2:] == ["handover-bundle", "pilot-closed"]
    entry = reopened.log.entries()[-1]
    assert entry["counts"]["rows_erased"] == sum(result.tables.values()) and entry["operator"] == "consultant"
    log = (store.root / LOG_NAME).read_text()
    assert not any(eid in log for eid in eids)
    assert bundle.read_bytes() == kept and reopened.meta("model_card") is None and reopened.meta("schema") == {}


def test_a_closed_pilot_refuses_new_data(store: ProjectStore, bundle: Path, tmp_path: Path) -> None:
    close_pilot(store, bundle, operator="consultant")
    day = project_status(store).closed
    refusals = (
        lambda: run_import(store, demo_files("hubspot"), ImportOptions(operator="t"), accept_warnings=True),
        lambda: train(store, TrainOptions(operator="t")),
        lambda: record_optouts(store, Requests(ids=("1000001",)), operator="t"),
        lambda: write_bundle(store, tmp_path / "again.zip", operator="t"),
        lambda: close_pilot(store, bundle, operator="t"),
    )
    for attempt in refusals:
        with pytest.raises(PrevistaError, match=f"This pilot was closed on {day}"):
            attempt()
    assert store.table_names() == [] and pilot_report(store).data.tables == {}


def _rezipped(source: Path, target: Path, change: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in {**members(source), **change}.items():
            archive.writestr(name, data)
    return target


def test_closing_needs_this_projects_current_bundle(store: ProjectStore, bundle: Path, tmp_path: Path) -> None:
    other = create_project(tmp_path / "other", PASSPHRASE, operator="t", kdf=KdfParams.minimum())
    write_bundle(other, tmp_path / "other.zip", operator="t")
    (tmp_path / "notes.zip").write_bytes(b"not a zip")
    cases = {
        tmp_path / "missing.zip": "No handover bundle at",
        tmp_path / "notes.zip": "not a Prevista handover bundle",
        tmp_path / "other.zip": "belongs to another project",
        _rezipped(bundle, tmp_path / "edited.zip", {"README.txt": b"edited"}): "or it was changed since",
    }
    held = store.table_names()
    for path, message in cases.items():
        with pytest.raises(PrevistaError, match=message):
            close_pilot(store, path, operator="t")
    update_settings(store, {"controller_name": "Kowalski Sp. z o.o."}, operator="t")
    with pytest.raises(PrevistaError, match=r"changed after this bundle was written \(settings-changed\)"):
        check_bundle(store, bundle)
    assert store.table_names() == held and "pilot-closed" not in actions(store)


# ----- command line ---------------------------------------------------------------------------
def test_handover_and_close_pilot_from_the_command_line(project: Path, tmp_path: Path) -> None:
    root, out = str(project), tmp_path / "handover.zip"
    inside = prevista("handover", "--project", root, "--out", str(project / "handover.zip"))
    assert inside.returncode == 1 and "outside the project folder" in inside.stderr and "Traceback" not in inside.stderr
    written = prevista("handover", "--project", root, "--out", str(out), "--json")
    assert written.returncode == 0, written.stderr
    assert set(json.loads(written.stdout)["files"]) == EXPECTED_FILES
    unconfirmed = prevista("close-pilot", "--project", root, "--bundle", str(out))
    assert unconfirmed.returncode == 2 and "Nothing erased" in unconfirmed.stdout
    assert open_project(project, PASSPHRASE).table_names()
    closed = prevista("close-pilot", "--project", root, "--bundle", str(out), "--yes", "--json")
    assert closed.returncode == 0, closed.stderr
    assert json.loads(closed.stdout)["tables"]["customers"] > 0
    assert "PILOT CLOSED on" in prevista("status", "--project", root).stdout
    assert prevista("audit", "verify", "--project", root).returncode == 0
    refused = prevista("import", "--project", root, "--yes", str(demo_files("hubspot")[0]))
    assert refused.returncode == 1 and "This pilot was closed on" in refused.stderr
    shutil.unpack_archive(out, tmp_path / "unpacked")
    handed = tmp_path / "unpacked"
    kept = open_project(project, PASSPHRASE).log_key_fingerprint()
    verify = prevista("audit", "verify", "--log", str(handed / LOG_NAME), "--pubkey", str(handed / LOG_KEY_NAME),
                      "--fingerprint", kept)
    assert verify.returncode == 0 and "signed by the project's key" in verify.stdout
