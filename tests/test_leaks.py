"""After real imports and training, no input identifier may exist anywhere on disk in readable form."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from core.demo import demo_files
from privacy.store import ProjectStore
from tests.cli_helpers import cli_env, prevista
from tests.paths import real_export


def hubspot() -> tuple[list[Path], Path, str, list[str]]:
    files = demo_files("hubspot")
    return files, files[0], "utf-8", ["Record ID", "Email", "First Name+Last Name", "Last Name"]


def european() -> tuple[list[Path], Path, str, list[str]]:
    files = demo_files("european")
    customers = next(f for f in files if f.name == "klienci.csv")
    return files, customers, "cp1250", ["Customer No", "E-mail", "Name+Surname", "Surname", "Telephone"]


def bank() -> tuple[list[Path], Path, str, list[str]]:
    path = real_export("bank_churn.csv")
    return [path], path, "utf-8", ["CustomerId", "Surname"]


def needles(path: Path, encoding: str, columns: list[str]) -> set[bytes]:
    """Identifiers of 200 customers, in UTF-8 and the file's own encoding; single values
    shorter than 6 characters are left out (random ciphertext could contain them)."""
    frame = pl.read_csv(path.read_bytes().decode(encoding).encode(), infer_schema=False,
                        separator=";" if encoding == "cp1250" else ",").head(200)
    values: set[str] = set()
    for spec in columns:
        parts = spec.split("+")
        joined = frame.select(pl.concat_str([pl.col(p) for p in parts], separator=" "))
        values |= {v for v in joined.to_series().to_list() if v and len(v) >= 6}
    return {v.encode(enc) for v in values for enc in {"utf-8", encoding}}


@pytest.mark.parametrize("source", [hubspot, european, bank], ids=["hubspot-demo", "european-demo", "bank-export"])
def test_no_identifier_on_disk_after_import(tmp_path: Path, store: ProjectStore, source) -> None:
    files, customers, encoding, columns = source()
    temp, home = tmp_path / "tmp", tmp_path / "home"
    temp.mkdir(), home.mkdir()
    env = cli_env(TMPDIR=str(temp), HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"))
    result = prevista("import", "--project", str(store.root), "--yes", *map(str, files), env=env)
    assert result.returncode == 0, result.stderr
    trained = prevista("train", "--project", str(store.root), env=env)
    assert trained.returncode == 0, trained.stderr
    printed = (result.stdout + result.stderr + trained.stdout + trained.stderr).encode()
    assert not any(n in printed for n in needles(customers, encoding, columns))
    targets = [p for folder in (store.root, temp, home) for p in folder.rglob("*") if p.is_file()]
    assert any(p.suffix == ".sealed" for p in targets)
    search = needles(customers, encoding, columns)
    assert len(search) >= 300
    hits = [(p.name, n) for p in targets for n in search if n in p.read_bytes()]
    assert hits == []
