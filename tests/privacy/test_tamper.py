"""Tamper detection, sampled: every category of damage is caught, each with the right kind of message.

The bench (``tests/bench/bench_tamper.py``) runs the same generators densely.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from prevista.privacy.errors import DamagedProjectError
from prevista.privacy.sealed import CHUNK_SIZE, TAG_BYTES, seal, unseal
from tests.tamper.cases import CATEGORIES, all_cases
from tests.tamper.project import build
from tests.tamper.sweep import run


def test_sampled_tampering_is_always_detected_with_distinct_messages(tmp_path: Path) -> None:
    snap = build(tmp_path / "a")
    other = build(tmp_path / "b", train_models=False)
    tally = run(tmp_path / "a", snap, all_cases(snap, other, full=False))

    assert tally.failures == []
    assert set(tally.tried) == set(CATEGORIES) and tally.total > 2000
    assert tally.detected() == tally.total - len(tally.benign)
    assert list(tally.benign) == ["processing-log.jsonl without its final newline", ".lock deleted"]
    assert tally.classes["bit flip"]["damaged header"] > 0 and tally.classes["truncation"]["damaged header"] > 0
    wrong, header, data = (tally.messages[c] for c in ("wrong passphrase", "damaged header", "damaged data"))
    assert wrong and header and data
    assert not any("damaged" in m or "tampered" in m for m in wrong)
    assert not any("passphrase" in m for m in header | data | tally.messages["log problem"])
    assert all("project header" in m for m in header) and not any("project header" in m for m in data)


def test_full_size_chunks_detect_truncation_reordering_and_duplication() -> None:
    """The 1 MiB chunks a real project uses, cut and shuffled at their boundaries."""
    plain = os.urandom(2 * CHUNK_SIZE + 1000)
    key = os.urandom(32)
    blob = b"".join(seal(plain, key, "table:t"))
    assert unseal(blob, key, "table:t", "T") == plain
    head = len(blob) - len(plain) - 3 * TAG_BYTES
    step = CHUNK_SIZE + TAG_BYTES
    chunks = [blob[head + i * step : head + (i + 1) * step] for i in range(3)]
    damaged = [blob[:cut] for cut in (head, head + step, head + 2 * step, head + step - 1, len(blob) - 1)]
    damaged += [blob[:head] + b"".join(order) for order in (
        (chunks[1], chunks[0], chunks[2]), (chunks[0], chunks[2], chunks[1]), (chunks[0], chunks[0], chunks[1], chunks[2]),
        (chunks[0], chunks[1]), (*chunks, chunks[2]),
    )]
    for tampered in damaged:
        with pytest.raises(DamagedProjectError, match="damaged or has been tampered with"):
            unseal(tampered, key, "table:t", "T")
