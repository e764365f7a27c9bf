"""Issue 13, finding 3 as a user meets it: the fingerprint a DPO keeps, the checkpoint, and refused writes."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from prevista.core.cli.main import main
from prevista.core.handover.bundle import README, write_bundle
from prevista.core.reports.art30 import record_of_processing, render_html
from prevista.core.services.project import ProjectService
from prevista.privacy.kdf import KdfParams
from prevista.privacy.store import LOG_NAME, ProjectStore
from tests.cli_helpers import cli_env, prevista
from tests.conftest import PASSPHRASE
from tests.privacy.forged_logs import rebuild


def _without_passphrase() -> dict[str, str]:
    env = cli_env()
    del env["PREVISTA_PASSPHRASE"]
    return env


@pytest.mark.parametrize("as_json", [False, True])
def test_init_prints_the_log_key_fingerprint(tmp_path: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str], as_json: bool) -> None:
    create = ProjectService.create.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(ProjectService, "create",
                        classmethod(lambda cls, *args, **kwargs: create(cls, *args, **{**kwargs, "kdf": fast_kdf})))
    monkeypatch.setenv("PREVISTA_PASSPHRASE", PASSPHRASE)
    assert main(["init", "--project", str(tmp_path / "p"), *(["--json"] if as_json else [])]) == 0
    fingerprint = ProjectStore.open(tmp_path / "p", PASSPHRASE).log_key_fingerprint()
    printed = capsys.readouterr().out
    if as_json:
        assert json.loads(printed)["log_key_fingerprint"] == fingerprint
    else:
        assert fingerprint in printed and "DPO" in printed


def test_the_art30_record_and_the_bundle_readme_carry_the_fingerprint(store: ProjectStore, tmp_path: Path) -> None:
    fingerprint = store.log_key_fingerprint()
    record = record_of_processing(store)
    assert record.log.key_fingerprint == fingerprint and fingerprint in render_html(record)
    write_bundle(store, tmp_path / "handover.zip", operator="consultant")
    with zipfile.ZipFile(tmp_path / "handover.zip") as bundle:
        assert fingerprint in bundle.read(README).decode()


def test_settings_after_an_older_log_is_copied_back_is_refused_and_not_re_anchored(store: ProjectStore) -> None:
    root = str(store.root)
    older = (store.root / LOG_NAME).read_bytes()
    assert prevista("settings", "--project", root, "--set", "controller_name=Kowalski").returncode == 0
    recorded = ProjectStore.open(store.root, PASSPHRASE).log_pointer
    (store.root / LOG_NAME).write_bytes(older)  # no passphrase needed for this
    refused = prevista("settings", "--project", root, "--set", "controller_name=Nowak")
    assert refused.returncode != 0 and "Nothing was saved" in refused.stderr and "accept-log-loss" in refused.stderr
    assert (store.root / LOG_NAME).read_bytes() == older
    reopened = ProjectStore.open(store.root, PASSPHRASE)
    assert reopened.log_pointer == recorded and "removed from the end" in (reopened.log_problem() or "")
    assert prevista("audit", "verify", "--project", root).returncode == 3


def test_a_re_signed_log_with_its_key_file_replaced_fails_against_the_kept_fingerprint(store: ProjectStore) -> None:
    kept = store.log_key_fingerprint()
    store.record({"action": "report-pilot", "operator": "ann"})
    rebuild(store.root, Ed25519PrivateKey.generate(), replace_key_file=True)
    plain = prevista("audit", "verify", "--project", str(store.root), env=_without_passphrase())
    assert plain.returncode == 0 and "project's key" not in plain.stdout and "only as trustworthy" in plain.stdout
    anchored = prevista("audit", "verify", "--project", str(store.root), "--fingerprint", kept, "--json",
                        env=_without_passphrase())
    data = json.loads(anchored.stdout)
    assert anchored.returncode == 3 and not data["verified"] and "not the project's key you kept" in data["problem"]


def test_a_cut_tail_and_a_rollback_fail_against_a_kept_checkpoint(store: ProjectStore, tmp_path: Path) -> None:
    root, env = str(store.root), _without_passphrase()
    store.record({"action": "report-pilot", "operator": "ann"})
    older = (store.root / LOG_NAME).read_bytes()
    for _ in range(3):
        store.record({"action": "dsar-access", "operator": "ann"})
    checkpoint = tmp_path / "kept" / "checkpoint.json"
    checkpoint.parent.mkdir()
    made = prevista("audit", "checkpoint", "--project", root, "--out", str(checkpoint), env=env)
    assert made.returncode == 0, made.stderr
    good = (store.root / LOG_NAME).read_bytes()
    ok = prevista("audit", "verify", "--project", root, "--checkpoint", str(checkpoint), env=env)
    assert ok.returncode == 0 and "project's key" in ok.stdout

    rebuild(store.root, store._log_key, keep=2)  # cut tail, head re-signed by someone with the passphrase
    cut = prevista("audit", "verify", "--project", root, "--checkpoint", str(checkpoint), env=env)
    assert cut.returncode == 3 and "cut from the end" in cut.stdout

    (store.root / LOG_NAME).write_bytes(older)  # rolled back to an older copy
    rolled = prevista("audit", "verify", "--project", root, "--checkpoint", str(checkpoint), env=env)
    assert rolled.returncode == 3 and "rolled back" in rolled.stdout

    (store.root / LOG_NAME).write_bytes(good)
    assert prevista("audit", "verify", "--project", root, "--checkpoint", str(checkpoint), env=env).returncode == 0
