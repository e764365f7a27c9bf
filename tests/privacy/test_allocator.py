"""The import's memory bar counts on polars' allocator returning freed pages quickly (set by the privacy package,
which every layer imports first): the setting must reach polars in a fresh process, in one started by a process
that had imported polars (as the benchmarks and any tool that spawns Prevista do), and never override a user's."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

OURS = "dirty_decay_ms:200,muzzy_decay_ms:0"
POLARS_OWN = "dirty_decay_ms:500,muzzy_decay_ms:1000"


def allocator_setting(inherited: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if k != "_RJEM_MALLOC_CONF"}
    if inherited is not None:
        env["_RJEM_MALLOC_CONF"] = inherited
    code = "import prevista.core, polars, os; print(os.environ['_RJEM_MALLOC_CONF'])"
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          check=True).stdout.strip()


@pytest.mark.parametrize("inherited", [None, POLARS_OWN, f"{POLARS_OWN},{POLARS_OWN}"])
def test_polars_reads_prevista_s_setting_last(inherited: str | None) -> None:
    assert allocator_setting(inherited).endswith(OURS)  # jemalloc takes the last value of each option


def test_a_user_s_setting_is_kept() -> None:
    assert allocator_setting("narenas:2") == f"{POLARS_OWN},narenas:2"
