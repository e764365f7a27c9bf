"""After whole runs, no input identifier, name, e-mail address or phone number exists anywhere on disk in
readable form: not in the project, the temp folder, the home folder with its XDG cache/config/data folders,
the app's configuration folder, the reports and bundle written outside the project, or a crash report.

Three runs, each a user's real path through the command line: the bundled demo (``prevista demo``); a real
export imported and trained; and the European demo exports imported and trained, then every duty (opt-out,
retention cleanup, access request, erasure, reports, handover bundle) and a forced crash, a foreign
exception quoting customer data in the middle of training.  Archives and PDFs are searched in what a reader
sees inside them, not only in their compressed bytes.  The access report, which holds the person's data by
design, is the positive control: the same search finds the data in it before it is deleted.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import polars as pl
import pytest
from pypdf import PdfReader

from prevista.core.analytics import training
from prevista.core.cli import main as cli
from prevista.core.demo.run import demo_files
from prevista.privacy.store import ProjectStore
from tests.cli_helpers import cli_env, prevista
from tests.paths import real_export

MIN_LENGTH = 6  # shorter values could turn up in random ciphertext by chance
CUSTOMERS = 200


@dataclass(frozen=True)
class Source:
    files: list[Path]
    customers: Path
    encoding: str
    columns: list[str]  # "A+B" joins columns with a space (a full name)

    @property
    def separator(self) -> str:
        return ";" if self.encoding == "cp1250" else ","

    def frame(self) -> pl.DataFrame:
        text = self.customers.read_bytes().decode(self.encoding)
        return pl.read_csv(text.encode(), infer_schema=False, separator=self.separator).head(CUSTOMERS)


def hubspot() -> Source:
    files = demo_files("hubspot")
    return Source(files, files[0], "utf-8", ["Record ID", "Email", "First Name+Last Name", "Last Name", "Phone Number"])


def european() -> Source:
    files = demo_files("european")
    customers = next(f for f in files if f.name == "klienci.csv")
    return Source(files, customers, "cp1250", ["Customer No", "E-mail", "Name+Surname", "Surname", "Telephone"])


def bank() -> Source:
    path = real_export("bank_churn.csv")
    return Source([path], path, "utf-8", ["CustomerId", "Surname"])


def needles(source: Source) -> set[bytes]:
    """The first customers' identifiers, names, e-mails and phones, in UTF-8 and the file's own encoding."""
    frame = source.frame()
    values: set[str] = set()
    for spec in source.columns:
        joined = frame.select(pl.concat_str([pl.col(p) for p in spec.split("+")], separator=" "))
        values |= {v for v in joined.to_series().to_list() if v and len(v) >= MIN_LENGTH}
    return {v.encode(enc) for v in values for enc in {"utf-8", source.encoding}}


def readable(data: bytes) -> list[bytes]:
    """A file's bytes plus what a reader sees inside it: ZIP members (recursively) and a PDF's text."""
    found = [data]
    if data.startswith(b"PK\x03\x04"):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for member in archive.namelist():
                found += readable(archive.read(member))
    elif data.startswith(b"%PDF"):
        found.append("\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).encode())
    return found


def search(folders: list[Path], search_for: set[bytes]) -> tuple[list[Path], list[tuple[str, bytes]]]:
    """Every file under ``folders`` (each once) and the needles found in any of them."""
    files = sorted({p.resolve() for folder in folders if folder.exists() for p in folder.rglob("*") if p.is_file()})
    hits = [(p.name, n) for p in files for blob in readable(p.read_bytes()) for n in search_for if n in blob]
    return files, hits


@dataclass(frozen=True)
class Places:
    """Where a run may write: its own temp, home and XDG folders, and a folder outside the project."""

    root: Path

    @property
    def temp(self) -> Path:
        return self.root / "tmp"

    @property
    def home(self) -> Path:
        return self.root / "home"

    @property
    def outside(self) -> Path:
        return self.root / "outside"

    def env(self) -> dict[str, str]:
        """PREVISTA_CONFIG_DIR stays unset, so preferences and crash reports go where they do for users."""
        return {"TMPDIR": str(self.temp), "HOME": str(self.home), "XDG_CACHE_HOME": str(self.home / ".cache"),
                "XDG_CONFIG_HOME": str(self.home / ".config"), "XDG_DATA_HOME": str(self.home / ".local" / "share")}

    def crash_reports(self) -> list[Path]:
        return sorted((self.home / ".config" / "prevista" / "crash-reports").glob("*.txt"))


class Run:
    """The ``prevista`` command in a child process, or its ``main`` in this one (where a test can break a
    core function on purpose); both with the run's own folders as temp, home and configuration."""

    def __init__(self, places: Places, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
        self.places = places
        self.monkeypatch = monkeypatch
        self.capsys = capsys
        self.printed = ""
        for folder in (places.temp, places.home, places.outside):
            folder.mkdir(parents=True)
        for name, value in places.env().items():
            monkeypatch.setenv(name, value)
        monkeypatch.delenv("PREVISTA_CONFIG_DIR", raising=False)
        monkeypatch.setenv("PREVISTA_PASSPHRASE", cli_env()["PREVISTA_PASSPHRASE"])
        monkeypatch.setattr(tempfile, "tempdir", None)

    def child(self, *args: str) -> None:
        result = prevista(*args, env=cli_env(**self.places.env()))
        self.printed += result.stdout + result.stderr
        assert result.returncode == 0, result.stderr

    def here(self, *args: str, code: int = 0) -> str:
        returned = cli.main([*args, "--operator", "test operator"])
        out, err = self.capsys.readouterr()
        self.printed += out + err
        assert returned == code, err
        return err


def demo_run(run: Run, _store: ProjectStore) -> Source:
    run.child("demo", "--project", str(run.places.root / "demo"))
    return hubspot()


def bank_run(run: Run, store: ProjectStore) -> Source:
    source = bank()
    run.child("import", "--project", str(store.root), "--yes", *map(str, source.files))
    run.child("train", "--project", str(store.root))
    return source


def duties_run(run: Run, store: ProjectStore) -> Source:
    source = european()
    project, outside, search_for = str(store.root), run.places.outside, needles(source)
    run.child("import", "--project", project, "--yes", "--keep-identities", *map(str, source.files))
    run.child("train", "--project", project)
    people = source.frame().filter(pl.col("Marketing objection") == "0").head(6).rows(named=True)
    run.here("optout", "add", "--project", project, "--id", people[0]["Customer No"], "--email", people[1]["E-mail"])
    run.here("retention", "set", "--project", project, "--table", "usage", "--months", "1", "--basis", "contract")
    run.here("retention", "run", "--project", project, "--yes")
    access = outside / "access.html"
    run.here("dsar", "access", people[2]["Customer No"], "--project", project, "--out", str(access))
    assert search([outside], search_for)[1], "the access report holds the person's data, so the search must find it"
    access.unlink()
    run.here("dsar", "erase", people[3]["Customer No"], "--project", project, "--yes")
    run.here("report", "pilot", "--project", project, "--format", "html", "--out", str(outside / "pilot.html"))
    run.here("report", "art30", "--project", project, "--format", "pdf", "--out", str(outside / "art30.pdf"))
    run.here("handover", "--project", project, "--out", str(outside / "bundle.zip"))

    quoted = people[4]

    def broken(*_args: object, **_kwargs: object) -> None:
        raise ValueError(f"cannot parse {quoted['E-mail']} ({quoted['Name']} {quoted['Surname']}, {quoted['Telephone']})")
    run.monkeypatch.setattr(training, "build_features", broken)
    said = run.here("train", "--project", project, code=cli.EXIT_FAILED)
    [report] = run.places.crash_reports()
    assert f"saved to {report}" in said and " in broken" in report.read_text(encoding="utf-8")
    return source


@pytest.mark.parametrize("scenario", [demo_run, bank_run, duties_run], ids=["hubspot-demo", "bank-export", "european-duties"])
def test_no_identifier_on_disk_after_a_whole_run(tmp_path: Path, store: ProjectStore, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str],
                                                 scenario: Callable[[Run, ProjectStore], Source]) -> None:
    run = Run(Places(tmp_path / "run"), monkeypatch, capsys)
    source = scenario(run, store)
    search_for = needles(source)
    assert len(search_for) >= 300
    assert not [n for n in search_for if n in run.printed.encode()]
    files, hits = search([store.root, run.places.root], search_for)
    assert any(p.suffix == ".sealed" for p in files)
    with capsys.disabled():
        print(f"\nleaks {scenario.__name__}: {len(search_for)} needles searched in {len(files)} files: {len(hits)} hits")
    assert hits == []
