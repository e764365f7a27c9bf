"""Running the real ``prevista`` command in a child process, as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE

REPO = Path(__file__).resolve().parents[1]


def cli_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREVISTA_") or k == "PREVISTA_CONFIG_DIR"}
    env.update({"PREVISTA_PASSPHRASE": PASSPHRASE, "PREVISTA_OPERATOR": "test operator", "PYTHONPATH": str(REPO)})
    env.update(extra)
    return env


def cli_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "prevista.core.cli.main", *args]


def prevista(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cli_command(*args), capture_output=True, text=True, env=env or cli_env(),
                          cwd=REPO, timeout=timeout, stdin=subprocess.DEVNULL)
