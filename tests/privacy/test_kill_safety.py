"""SIGKILL the importer at many moments: the project must open as exactly before or after."""

from __future__ import annotations

import shutil
import signal
import subprocess
import time
from pathlib import Path

import polars as pl
import pytest

from core.demo import demo_files
from core.importer import ImportOptions, run_import
from privacy.store import TABLES_DIR, ProjectStore
from tests.cli_helpers import REPO, cli_command, cli_env
from tests.conftest import PASSPHRASE

KILLS = 10


def state(root: Path) -> dict[str, pl.DataFrame]:
    store = ProjectStore.open(root, PASSPHRASE)
    assert store.log_problem() is None
    files = {p.name for p in (root / TABLES_DIR).iterdir()}
    assert files == {store.table_info(n)["file"] for n in store.table_names()}
    assert not list(root.rglob("*.tmp"))
    return {name: store.read_table(name) for name in store.table_names()}


def same(a: dict[str, pl.DataFrame], b: dict[str, pl.DataFrame]) -> bool:
    return a.keys() == b.keys() and all(a[k].equals(b[k]) for k in a)


def start_import(root: Path) -> subprocess.Popen:
    args = cli_command("import", "--project", str(root), "--yes", *map(str, demo_files("hubspot")))
    return subprocess.Popen(args, env=cli_env(), cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


@pytest.mark.slow
def test_killed_import_leaves_previous_or_complete_state(tmp_path: Path, store: ProjectStore) -> None:
    run_import(store, demo_files("european"), ImportOptions(operator="t"), accept_warnings=True)
    before = state(store.root)
    reference = tmp_path / "reference"
    shutil.copytree(store.root, reference)
    started = time.monotonic()
    assert start_import(reference).wait() == 0
    duration = time.monotonic() - started
    after = state(reference)
    outcomes = []
    for index in range(KILLS):
        victim = tmp_path / f"victim{index}"
        shutil.copytree(store.root, victim)
        process = start_import(victim)
        time.sleep(duration * (0.25 + 0.8 * index / KILLS))
        process.send_signal(signal.SIGKILL)
        process.wait()
        result = state(victim)
        assert same(result, before) or same(result, after), f"kill {index} left a mixed state"
        outcomes.append("before" if same(result, before) else "after")
    assert "before" in outcomes
