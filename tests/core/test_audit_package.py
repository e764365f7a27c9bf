"""The DPO log package: written in one step, accepted by ``audit verify`` without a passphrase, tampering caught.

Also what a DPO may be handed instead (the log file, a handover bundle) and what must be refused by name
(the readable CSV/JSON copies, ZIP files that are neither a package nor a bundle).
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from prevista.core.demo.run import demo_files
from prevista.core.handover.bundle import write_bundle
from prevista.core.ingest.importer import ImportOptions, run_import
from prevista.core.services.audit import (
    CHECKPOINT_NAME,
    export_project_package,
    inspect_log,
    log_files,
    verify_log,
    write_log_pdf,
)
from prevista.privacy.errors import PrevistaError
from prevista.privacy.kdf import KdfParams
from prevista.privacy.schema import Action
from prevista.privacy.store import LOG_KEY_NAME, LOG_NAME, ProjectStore
from tests.cli_helpers import cli_env, prevista
from tests.conftest import PASSPHRASE


@pytest.fixture
def imported(store: ProjectStore) -> ProjectStore:
    _, result = run_import(store, demo_files("hubspot")[:1], ImportOptions(operator="tester"), accept_warnings=True)
    assert result is not None
    return store


def _members(package: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(package) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _rezip(package: Path, out: Path, changed: dict[str, bytes]) -> Path:
    """The same package with some members replaced, as someone editing it by hand would leave it."""
    members = {**_members(package), **changed}
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out


def _flip_operator_letter(log: bytes) -> bytes:
    data = bytearray(log)
    position = data.index(b'"operator":"tester"', data.index(b"\n") + 1) + len(b'"operator":"t')
    data[position] ^= 0x20  # still valid JSON, but the entry's hash no longer matches
    return bytes(data)


def test_cli_exports_the_package_in_one_step_and_verify_takes_it_without_the_passphrase(tmp_path: Path,
                                                                                       imported: ProjectStore) -> None:
    package = tmp_path / "dpo" / "log-package.zip"
    package.parent.mkdir()
    written = prevista("audit", "export", "--project", str(imported.root), "--format", "package", "--out", str(package))
    assert written.returncode == 0, written.stderr
    reopened = ProjectStore.open(imported.root, PASSPHRASE)
    entry = reopened.log.entries()[-1]
    assert entry["action"] == "log-package-exported"  # the export is on record...
    assert entry["details"]["sha256"] == hashlib.sha256(package.read_bytes()).hexdigest()
    members = _members(package)
    assert set(members) >= {LOG_NAME, LOG_KEY_NAME, CHECKPOINT_NAME}
    assert members[LOG_KEY_NAME] == reopened.log_public_key_bytes()  # the sealed key, not the copy beside the log
    assert entry["counts"]["log_entries"] == entry["seq"] - 1  # ...after the log that went into the package

    no_passphrase = cli_env()
    del no_passphrase["PREVISTA_PASSPHRASE"]
    fingerprint = reopened.log_key_fingerprint()
    verify = prevista("audit", "verify", "--log", str(package), "--fingerprint", fingerprint, "--json",
                      env=no_passphrase)
    assert verify.returncode == 0, verify.stdout + verify.stderr
    result = json.loads(verify.stdout)
    assert result["verified"] and result["key_checked_against"] == "kept fingerprint"
    assert result["log"] == str(package) and result["entries"] == entry["seq"] - 1

    tampered = _rezip(package, tmp_path / "tampered.zip", {LOG_NAME: _flip_operator_letter(members[LOG_NAME])})
    failed = prevista("audit", "verify", "--log", str(tampered), "--fingerprint", fingerprint, env=no_passphrase)
    assert failed.returncode == 3 and "FAILED: entry 1 was altered" in failed.stdout

    pdf = prevista("audit", "export", "--log", str(package), "--fingerprint", fingerprint, "--format", "pdf",
                   "--out", str(tmp_path / "log.pdf"), env=no_passphrase)
    assert pdf.returncode == 0, pdf.stderr
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "log.pdf").pages)
    assert "OK:" in text and "project's key as the DPO kept it" in text and "import" in text


def test_a_package_made_of_another_projects_log_and_key_fails_against_the_kept_fingerprint(
        tmp_path: Path, imported: ProjectStore) -> None:
    """Whoever can write the package can re-sign a forged log under a key of their own and pack that key too."""
    ours = export_project_package(imported, tmp_path / "ours.zip", operator="tester")
    forger = ProjectStore.create(tmp_path / "forger", PASSPHRASE, kdf=KdfParams.minimum())
    forged = export_project_package(forger, tmp_path / "forged.zip", operator="tester")
    kept = ProjectStore.open(imported.root, PASSPHRASE).log_key_fingerprint()
    assert verify_log(log_files(ours.file), fingerprint=kept).ok
    assert verify_log(log_files(forged.file)).ok  # self-consistent: only the kept fingerprint tells
    result = verify_log(log_files(forged.file), fingerprint=kept)
    assert not result.ok and "is not the project's key you kept" in (result.problem or "")


def test_the_packages_checkpoint_must_agree_with_its_log(tmp_path: Path, imported: ProjectStore) -> None:
    """A log swapped for an older copy behind the package's checkpoint is caught even without a kept checkpoint."""
    older = (imported.root / LOG_NAME).read_bytes()
    imported.record({"action": Action.SETTINGS_CHANGED, "operator": "tester"})
    package = export_project_package(imported, tmp_path / "package.zip", operator="tester").file
    rolled_back = _rezip(package, tmp_path / "rolled-back.zip", {LOG_NAME: older})
    result = verify_log(log_files(rolled_back))
    assert not result.ok and "the package's checkpoint does not match its log" in (result.problem or "")
    bad_checkpoint = _rezip(package, tmp_path / "bad-checkpoint.zip", {CHECKPOINT_NAME: b"{}"})
    assert "the package's checkpoint" in (verify_log(log_files(bad_checkpoint)).problem or "")


def test_an_earlier_package_kept_by_the_dpo_serves_as_the_checkpoint_for_a_later_one(
        tmp_path: Path, imported: ProjectStore) -> None:
    earlier = export_project_package(imported, tmp_path / "earlier.zip", operator="tester").file
    later = export_project_package(imported, tmp_path / "later.zip", operator="tester").file
    assert verify_log(log_files(later), checkpoint=earlier).ok
    rolled_back = verify_log(log_files(earlier), checkpoint=later)  # the later log handed over as the earlier one
    assert not rolled_back.ok and "rolled back" in (rolled_back.problem or "")
    with pytest.raises(PrevistaError, match="holds no checkpoint"):
        verify_log(log_files(later), checkpoint=write_bundle(imported, tmp_path / "bundle.zip", operator="tester").file)


def test_the_log_file_and_a_handover_bundle_are_accepted_the_readable_copies_refused_by_name(
        tmp_path: Path, imported: ProjectStore) -> None:
    bundle = write_bundle(imported, tmp_path / "bundle.zip", operator="tester").file
    files = log_files(bundle)
    assert files.kind == "bundle" and files.public_key is not None and verify_log(files).ok
    inspection = inspect_log(files)
    assert inspection.verdict.ok
    assert [step.seq for step in inspection.steps] == list(range(1, len(inspection.steps) + 1))
    write_log_pdf(inspection, tmp_path / "bundle-log.pdf")
    assert (tmp_path / "bundle-log.pdf").read_bytes().startswith(b"%PDF")
    assert log_files(imported.root / LOG_NAME).kind == "log"

    for fmt in ("json", "csv"):
        copy = tmp_path / f"log.{fmt}"
        exported = prevista("audit", "export", "--project", str(imported.root), "--format", fmt, "--out", str(copy))
        assert exported.returncode == 0 and "cannot be verified" in exported.stdout
        with pytest.raises(PrevistaError, match="readable copy of the processing log"):
            log_files(copy)


def _zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize("members, refusal", [
    ({"manifest.json": b'{"format": "something-else"}', LOG_NAME: b"{}"}, "neither a processing log"),
    ({LOG_NAME: b"{}"}, "neither a processing log"),
    ({f"part{i}": b"" for i in range(500)}, "far more files"),
])
def test_zip_files_that_are_no_package_are_refused_before_unpacking(tmp_path: Path, members: dict[str, bytes],
                                                                   refusal: str) -> None:
    crafted = tmp_path / "crafted.zip"
    crafted.write_bytes(_zip_bytes(members))
    with pytest.raises(PrevistaError, match=refusal):
        log_files(crafted)
    damaged = tmp_path / "cut.zip"
    whole = _zip_bytes({"manifest.json": b'{"format": "prevista-log-package"}', LOG_NAME: b"x" * 1000})
    damaged.write_bytes(whole[:-30])
    with pytest.raises(PrevistaError, match="it is damaged"):
        log_files(damaged)
