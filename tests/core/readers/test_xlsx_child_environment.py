"""The XLSX child parses untrusted workbooks: it must not inherit the passphrase or any other secret."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from prevista.core.ingest.readers import xlsx_reader
from prevista.core.ingest.readers.xlsx_reader import read_xlsx
from prevista.privacy.errors import InputError
from tests.core.readers.workbooks import simple

SECRETS = {"PREVISTA_PASSPHRASE": "correct horse battery staple", "PREVISTA_NEW_PASSPHRASE": "another secret",
           "AWS_SECRET_ACCESS_KEY": "not for a parser"}


def test_the_child_sees_no_secret_of_the_parent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The real child process started the real way, replaced by one that writes down the environment it got."""
    for name, value in SECRETS.items():
        monkeypatch.setenv(name, value)
    seen = tmp_path / "environment.json"
    dump = f"import json, os; open({str(seen)!r}, 'w').write(json.dumps(dict(os.environ)))"
    monkeypatch.setattr(xlsx_reader, "_child_command", lambda: [sys.executable, "-c", dump])
    with pytest.raises(InputError):
        read_xlsx(simple(tmp_path / "book.xlsx", [["id"], ["1"]]))
    environment = json.loads(seen.read_text())
    assert not set(SECRETS) & set(environment)
    assert not any(value in json.dumps(environment) for value in SECRETS.values())
    assert environment["POLARS_MAX_THREADS"] == "2" and "PATH" in environment


def test_the_child_still_reads_a_workbook_with_secrets_around(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in SECRETS.items():
        monkeypatch.setenv(name, value)
    table = read_xlsx(simple(tmp_path / "book.xlsx", [["id", "plan"], ["1", "Pro"]]))
    assert table.frame.to_dicts() == [{"id": "1", "plan": "Pro"}]
