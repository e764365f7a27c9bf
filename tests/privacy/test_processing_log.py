from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from prevista.privacy.errors import PrevistaError
from prevista.privacy.processing_log import ProcessingLog, legal_basis_text
from prevista.privacy.store import ProjectStore


def _log_with_entries(tmp_path: Path, count: int) -> ProcessingLog:
    log = ProcessingLog(tmp_path / "log.jsonl", Ed25519PrivateKey.generate())
    log.create("p1")
    for number in range(count):
        log.append({"action": "import", "operator": "ann", "counts": {"rows_in": number}})
    return log


def _rewrite(log: ProcessingLog, edit) -> None:
    """Edit the entry lines only (index 0 is the header), keeping the signed head at the end."""
    lines = log.path.read_text().splitlines()
    log.path.write_text("\n".join([*edit(lines[:-1]), lines[-1]]) + "\n")


def test_intact_log_verifies(tmp_path: Path) -> None:
    result = _log_with_entries(tmp_path, 4).verify()
    assert result.ok and result.entries == 4 and result.signatures_checked


def test_edited_entry_is_named(tmp_path: Path) -> None:
    log = _log_with_entries(tmp_path, 4)

    def edit(lines):
        entry = json.loads(lines[3])
        entry["counts"]["rows_in"] = 999
        lines[3] = json.dumps(entry)
        return lines

    _rewrite(log, edit)
    result = log.verify()
    assert result.first_bad == 3 and "altered" in result.problem


def test_deleted_and_reordered_entries_are_named(tmp_path: Path) -> None:
    log = _log_with_entries(tmp_path, 4)
    _rewrite(log, lambda lines: lines[:2] + lines[3:])
    assert log.verify().first_bad == 2
    (tmp_path / "b").mkdir()
    log = _log_with_entries(tmp_path / "b", 4)
    _rewrite(log, lambda lines: [lines[0], lines[2], lines[1], *lines[3:]])
    assert log.verify().first_bad == 1


def test_truncated_log_is_detected_by_its_head_and_the_passphrase(store: ProjectStore) -> None:
    for _ in range(3):
        store.commit(log_record={"action": "import", "operator": "t"})
    _rewrite(store.log, lambda lines: lines[:-1])
    result = store.log.verify()
    assert result.first_bad == 3 and "removed from the end" in result.problem
    assert "removed from the end" in store.log_problem()


def test_unknown_legal_basis_is_refused() -> None:
    assert "6(1)(f)" in legal_basis_text("legitimate-interest")
    with pytest.raises(PrevistaError, match="choose one of"):
        legal_basis_text("because")
