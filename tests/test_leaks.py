"""After a real import, no input identifier may exist anywhere on disk in readable form."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from core.demo import demo_files
from privacy.store import ProjectStore
from tests.cli_helpers import cli_env, prevista

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def needles() -> set[bytes]:
    """E-mails, full names, surnames (≥ 6 chars, so random ciphertext cannot match) and raw IDs."""
    contacts = pl.read_csv(demo_files("hubspot")[0], infer_schema=False)
    found: set[str] = set(contacts["Email"].head(200)) | set(contacts["Record ID"].head(200))
    found |= {f"{a} {b}" for a, b in zip(contacts["First Name"].head(200), contacts["Last Name"].head(200))}
    found |= {n for n in contacts["Last Name"].head(200) if len(n) >= 6}
    bank = pl.read_csv(SHARED / "bank_churn.csv", infer_schema=False)
    found |= set(bank["CustomerId"].head(200)) | {s for s in bank["Surname"].head(500) if len(s) >= 6}
    return {n.encode("utf-8") for n in found}


def test_no_identifier_on_disk_after_import(tmp_path: Path, store: ProjectStore) -> None:
    temp, home = tmp_path / "tmp", tmp_path / "home"
    temp.mkdir(), home.mkdir()
    env = cli_env(TMPDIR=str(temp), HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"))
    for files in (demo_files("hubspot"), [SHARED / "bank_churn.csv"]):
        result = prevista("import", "--project", str(store.root), "--yes", "--append", *map(str, files), env=env)
        assert result.returncode == 0, result.stderr
    targets = [p for folder in (store.root, temp, home) for p in folder.rglob("*") if p.is_file()]
    assert any(p.suffix == ".sealed" for p in targets)
    search = needles()
    assert len(search) > 500
    hits = [(p.name, n) for p in targets for n in search if n in p.read_bytes()]
    assert hits == []
