"""Property benchmark: the store, sealed-file and log properties of the test suite, with many more examples.

Run by hand:

    .venv/bin/python tests/bench/bench_properties.py [--scale 50]

It sets PREVISTA_PROPERTY_SCALE before importing tests/privacy/test_store_properties.py
and tests/privacy/test_log_properties.py, so each property runs ``scale`` times
its CI example count, unchanged.  The examples each property really ran are
counted by wrapping Hypothesis' inner test (those assume() rejected, and a
failing one, are not counted); a failing property stops at its
first falsifying example (shrunk), which is printed.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import os
import sys
import time
from pathlib import Path
from typing import Any, Callable

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import pytest

PROPERTIES = (
    ("store", "test_store_properties", "test_store_after_every_step_is_its_model"),
    ("store", "test_store_properties", "test_sealed_round_trip_around_chunk_boundaries"),
    ("store", "test_store_properties", "test_any_single_byte_change_to_a_sealed_file_is_detected"),
    ("log", "test_log_properties", "test_random_logs_verify_and_export_faithfully"),
    ("log", "test_log_properties", "test_any_single_change_is_caught_at_the_first_changed_entry"),
)


def run(test: Callable[..., Any]) -> tuple[int, str | None, float]:
    """Examples run, the failure (if any) and seconds for one property."""
    examples = 0
    inner = test.hypothesis.inner_test

    def counting(*args: Any, **kwargs: Any) -> Any:
        nonlocal examples
        result = inner(*args, **kwargs)  # an example rejected by assume() raises and is not counted
        examples += 1
        return result

    test.hypothesis.inner_test = counting
    started = time.perf_counter()
    failure = None
    with pytest.MonkeyPatch.context() as monkeypatch:
        try:
            test(**({"monkeypatch": monkeypatch} if "monkeypatch" in inspect.signature(test).parameters else {}))
        except Exception as exc:  # noqa: BLE001 - a failing property is a figure, not the end of the run
            failure = f"{type(exc).__name__}: {exc}"
    return examples, failure, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=50, help="times the CI example count (default 50)")
    args = parser.parse_args()
    os.environ["PREVISTA_PROPERTY_SCALE"] = str(args.scale)
    totals: dict[str, list[int]] = {}
    print(f"{'property':<62} {'examples':>9} {'failures':>9} {'seconds':>8}")
    for group, module, name in PROPERTIES:
        test = getattr(importlib.import_module(f"tests.privacy.{module}"), name)
        examples, failure, seconds = run(test)
        print(f"{group + ': ' + name:<62} {examples:>9} {int(failure is not None):>9} {seconds:>8.1f}", flush=True)
        if failure:
            print(f"    {failure}")
        total = totals.setdefault(group, [0, 0])
        total[0] += examples
        total[1] += failure is not None
    print("properties: " + ", ".join(f"{group} {n} examples" for group, (n, _) in totals.items())
          + f", {sum(f for _, f in totals.values())} failures")
    return 1 if any(f for _, f in totals.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
