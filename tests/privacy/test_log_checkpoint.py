"""What a DPO keeps — the key fingerprint, a signed checkpoint — catches what the files beside the log cannot:
a key replaced together with the log, a cut tail, a rolled-back log (issue 13, finding 3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from prevista.privacy.errors import PrevistaError
from prevista.privacy.kdf import KdfParams
from prevista.privacy.processing_log import Checkpoint, Verification, make_checkpoint, verify_log_file
from prevista.privacy.store import LOG_KEY_NAME, LOG_NAME, ProjectStore
from tests.privacy.forged_logs import rebuild

ENTRIES = 5


@pytest.fixture
def project(store: ProjectStore) -> ProjectStore:
    for number in range(ENTRIES):
        store.record({"action": "report-pilot", "operator": "ann", "counts": {"n": number}})
    return store


def _verify(store: ProjectStore, *, fingerprint: str | None = None, checkpoint: Checkpoint | None = None) -> Verification:
    return verify_log_file(store.root / LOG_NAME, store.root / LOG_KEY_NAME, fingerprint=fingerprint,
                           checkpoint=checkpoint)


def _checkpoint(store: ProjectStore) -> Checkpoint:
    return Checkpoint.from_json(make_checkpoint(store.root / LOG_NAME, store.root / LOG_KEY_NAME).to_json())


def test_a_log_re_signed_under_a_new_key_fails_against_the_kept_fingerprint(project: ProjectStore) -> None:
    kept = project.log_key_fingerprint()
    rebuild(project.root, Ed25519PrivateKey.generate(), replace_key_file=True)
    unanchored = _verify(project)
    assert unanchored.ok and not unanchored.key_kept  # the files beside the log agree with each other
    result = _verify(project, fingerprint=kept)
    assert not result.ok and "not the project's key you kept" in (result.problem or "")
    assert not _verify(project, checkpoint=Checkpoint(project.project_id, 0, "0" * 64, kept, "x")).ok


def test_the_kept_fingerprint_passes_however_it_was_copied(project: ProjectStore) -> None:
    kept = project.log_key_fingerprint().upper()
    result = _verify(project, fingerprint=":".join(kept[i:i + 4] for i in range(0, 64, 4)))
    assert result.ok and result.key_kept and result.key_fingerprint == project.log_key_fingerprint()
    with pytest.raises(PrevistaError, match="64 hexadecimal"):
        _verify(project, fingerprint=kept[:16])


def test_a_cut_tail_re_signed_with_the_project_key_fails_against_the_checkpoint(project: ProjectStore) -> None:
    checkpoint = _checkpoint(project)
    rebuild(project.root, project._log_key, keep=ENTRIES - 2)  # an insider with the passphrase
    assert _verify(project).ok
    result = _verify(project, checkpoint=checkpoint)
    assert not result.ok and "cut from the end" in (result.problem or "") and result.first_bad == ENTRIES - 1


def test_a_rolled_back_log_fails_against_the_checkpoint_even_when_written_on(project: ProjectStore) -> None:
    older = (project.root / LOG_NAME).read_bytes()
    project.record({"action": "optout-recorded", "operator": "ann"})
    checkpoint = _checkpoint(project)
    (project.root / LOG_NAME).write_bytes(older)
    assert not _verify(project, checkpoint=checkpoint).ok
    project.accept_log_loss(operator="dpo")  # or any write before the refusal existed: the log grows past again
    result = _verify(project, checkpoint=checkpoint)
    assert not result.ok and "rolled back" in (result.problem or "") and result.first_bad == ENTRIES + 1


def test_a_log_that_continues_the_checkpoint_passes(project: ProjectStore) -> None:
    checkpoint = _checkpoint(project)
    project.record({"action": "report-pilot", "operator": "ann"})
    result = _verify(project, checkpoint=checkpoint)
    assert result.ok and result.key_kept


def test_an_altered_or_foreign_checkpoint_is_refused(project: ProjectStore, tmp_path: Path, fast_kdf: KdfParams) -> None:
    checkpoint = _checkpoint(project)
    document = json.loads(checkpoint.to_json())
    document["head"]["entries"] = 1
    altered = Checkpoint.from_json(json.dumps(document).encode())
    assert "signature" in (_verify(project, checkpoint=altered).problem or "")
    other = ProjectStore.create(tmp_path / "other", "another project passphrase", kdf=fast_kdf)
    foreign = Checkpoint.from_json(make_checkpoint(other.root / LOG_NAME, other.root / LOG_KEY_NAME).to_json())
    assert not _verify(project, checkpoint=foreign).ok
    with pytest.raises(PrevistaError, match="not a Prevista log checkpoint"):
        Checkpoint.from_json(b"{}")


def test_no_checkpoint_of_a_log_that_does_not_verify(project: ProjectStore) -> None:
    (project.root / LOG_NAME).write_bytes((project.root / LOG_NAME).read_bytes().replace(b'"n":1', b'"n":9'))
    with pytest.raises(PrevistaError, match="does not verify"):
        make_checkpoint(project.root / LOG_NAME, project.root / LOG_KEY_NAME)
