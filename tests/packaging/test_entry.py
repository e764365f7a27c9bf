"""The packaged app's entry script (packaging/prevista_entry.py), checked from source without a build.

The built binary itself is checked by packaging/smoke_test.sh (./dev package, CI).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import xlsxwriter

from prevista.core.ingest.readers import xlsx_reader

REPO = Path(__file__).resolve().parents[2]
ENTRY = REPO / "packaging" / "prevista_entry.py"


def test_a_frozen_app_parses_xlsx_through_its_own_executable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Frozen, sys.executable is the app: the reader must start it with --xlsx-child, not -m."""
    app = tmp_path / "prevista"  # stands in for the frozen executable
    app.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{ENTRY}" "$@"\n')
    app.chmod(0o755)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app))
    assert xlsx_reader._child_command() == [str(app), "--xlsx-child"]

    path = tmp_path / "book.xlsx"
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet("Data")
    sheet.write_row(0, 0, ["Customer ID", "Amount"])
    sheet.write_row(1, 0, [1001, 12.5])
    book.close()
    table = xlsx_reader.read_xlsx(path)
    assert table.sheet == "Data"
    assert table.frame.rows() == [("1001", "12.5")]


def test_arguments_run_the_command_line() -> None:
    done = subprocess.run([sys.executable, str(ENTRY), "--help"], capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0
    assert "usage: prevista" in done.stdout and "demo" in done.stdout


def test_no_arguments_open_the_window_and_the_smoke_hooks_end_it(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PREVISTA_CONFIG_DIR=str(tmp_path / "config"),
               PREVISTA_START_MARKER="1", PREVISTA_SMOKE_EXIT_MS="0")
    done = subprocess.run([sys.executable, str(ENTRY)], capture_output=True, text=True, check=False, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    marker = [line.split() for line in done.stdout.splitlines() if line.startswith("PREVISTA-WINDOW-SHOWN")]
    assert len(marker) == 1
    assert marker[0][2:] == ["MainWindowClassWindow", "icon"]
