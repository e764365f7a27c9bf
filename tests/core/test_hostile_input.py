"""Every hostile-input corpus file through the real import path, on a fresh project each.

The CI version: heavy cases run smaller (``full=False``); the benchmark
``tests/bench/bench_hostile_input.py`` runs them at full size and measures
time and memory.  What "handled as intended" means is in
:mod:`tests.corpus.harness`.
"""

from __future__ import annotations

import atexit
import tempfile
from pathlib import Path

import pytest

from prevista.core.ingest.importer import ImportOptions, run_import
from tests.corpus.harness import data_changed, fresh_project, run_case, snapshot
from tests.corpus.make_corpus import ACCEPTED, REFUSED, WARNED, Case, build

_FOLDER = tempfile.TemporaryDirectory(prefix="prevista-corpus-")
atexit.register(_FOLDER.cleanup)
CASES = build(Path(_FOLDER.name), full=False)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_file_is_handled_as_intended(case: Case, tmp_path: Path) -> None:
    outcome = run_case(case, tmp_path / "project")
    assert outcome.got == case.expect, outcome.message
    assert not outcome.changed and not outcome.leaked
    assert outcome.as_intended, outcome.message
    if case.locatable and case.expect == REFUSED:
        assert outcome.located, outcome.message


def test_corpus_has_every_outcome() -> None:
    assert {case.expect for case in CASES} == {REFUSED, WARNED, ACCEPTED}
    assert len({case.name for case in CASES}) == len(CASES)


def test_a_commit_counts_as_a_change(tmp_path: Path) -> None:
    """The unchanged-project check can fail: a committed import is seen."""
    clean = next(case for case in CASES if case.name == "clean.csv")
    store = fresh_project(tmp_path / "project")
    before = snapshot(store.root)
    assert not data_changed(before, snapshot(store.root))
    run_import(store, [clean.path], ImportOptions(operator="test"), accept_warnings=True)
    assert data_changed(before, snapshot(store.root))
