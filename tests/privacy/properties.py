"""What the store and log property tests share: JSON values, and settings modest in CI, scaled up by the benchmark.

tests/bench/bench_properties.py sets PREVISTA_PROPERTY_SCALE before it imports
the test modules, so the very same properties run with many more examples.
"""

from __future__ import annotations

import os
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from prevista.privacy.processing_log import canonical

SCALE_VARIABLE = "PREVISTA_PROPERTY_SCALE"

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=12)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
                      max_leaves=6)


def same(a: Any, b: Any) -> bool:
    """Equal as JSON: ``True`` and ``1``, or ``1`` and ``1.0``, are different values."""
    return canonical({"v": a}) == canonical({"v": b})


def property_settings(ci_examples: int) -> settings:
    """``ci_examples`` times the scale (1 unless the benchmark says otherwise); no deadline on a shared machine."""
    return settings(max_examples=ci_examples * int(os.environ.get(SCALE_VARIABLE, "1")), deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                           HealthCheck.data_too_large])


def skip_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    """These properties are about content, not durability (tests/privacy/test_kill_safety.py covers that):
    thousands of commits need not wait for the disk."""
    monkeypatch.setattr(os, "fsync", lambda _fd: None)
