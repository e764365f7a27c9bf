"""Crash reports hold types and frames for support, never the message, a value or a user's path."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from prevista.core.cli import main as cli
from prevista.core.runtime import crash_report
from prevista.core.runtime.crash_report import KEEP, explain_failure, reports_dir, write_crash_report
from prevista.core.runtime.jobs import failure_text
from prevista.core.services.project import ProjectService
from prevista.privacy.errors import PrevistaError
from prevista.privacy.store import ProjectStore

SECRET = "anna.kowalska@example.org"
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PREVISTA_CONFIG_DIR", str(tmp_path / "config"))
    return tmp_path / "config"


def _parse(cell: str) -> int:
    customer = {"email": cell}
    return int(customer["email"])


def _foreign_failure() -> BaseException:
    try:
        try:
            _parse(SECRET)
        except ValueError as inner:
            raise KeyError(f"row of {SECRET}") from inner
    except KeyError as exc:
        return exc
    raise AssertionError("no exception")


def test_report_names_types_and_frames_but_no_message_value_or_folder() -> None:
    path = write_crash_report(_foreign_failure())
    assert path is not None and path.parent == reports_dir() and path.name.startswith("crash-")
    text = path.read_text(encoding="utf-8")
    assert "exception: builtins.KeyError" in text and "caused by: builtins.ValueError" in text
    assert "tests/core/test_crash_report.py:" in text and " in _parse" in text and " in _foreign_failure" in text
    assert "version: " in text and "python: " in text
    assert SECRET not in text and "anna" not in text and "kowalska" not in text
    assert str(REPO) not in text and str(Path.home()) not in text
    assert path.stat().st_mode & 0o077 == 0


def test_only_the_newest_reports_are_kept() -> None:
    start = datetime(2026, 1, 1, tzinfo=timezone.utc)
    paths = [write_crash_report(ValueError(SECRET), now=start + timedelta(seconds=n)) for n in range(KEEP + 3)]
    kept = sorted(reports_dir().iterdir())
    assert kept == paths[3:]


@pytest.mark.parametrize("trouble", ["folder is a file", "out of memory"])
def test_a_report_that_cannot_be_written_keeps_the_original_failure_text(_config: Path, monkeypatch: pytest.MonkeyPatch,
                                                                          trouble: str) -> None:
    if trouble == "folder is a file":
        _config.write_text("a file where the folder should be")
    else:
        monkeypatch.setattr(crash_report, "atomic_write", lambda *_args: (_ for _ in ()).throw(MemoryError()))
    error = ValueError(SECRET)
    assert write_crash_report(error) is None
    assert explain_failure(error) == failure_text(error)


def test_our_own_errors_need_no_report() -> None:
    assert explain_failure(PrevistaError("file x.csv: bad date")) == "file x.csv: bad date"
    assert not reports_dir().exists()


def test_command_line_saves_a_report_and_says_where(store: ProjectStore, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    def broken(_service: ProjectService, _progress: object = None) -> None:
        raise ValueError(f"cannot parse {SECRET}")
    monkeypatch.setattr(ProjectService, "status", broken)
    monkeypatch.setenv("PREVISTA_PASSPHRASE", "correct horse battery staple")
    assert cli.main(["status", "--project", str(store.root)]) == cli.EXIT_FAILED
    err = capsys.readouterr().err
    [report] = reports_dir().iterdir()
    assert f"A crash report (no customer data) was saved to {report}" in err and "ValueError" in err
    assert SECRET not in err and SECRET not in report.read_text(encoding="utf-8")
    assert " in broken" in report.read_text(encoding="utf-8")
