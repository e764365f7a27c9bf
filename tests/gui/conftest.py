"""GUI fixtures: a trained demo project built once through core, copied per test; a session over it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from prevista.core.analytics.training import TrainOptions, train
from prevista.core.demo.run import demo_files
from prevista.core.ingest.importer import ImportOptions, run_import
from prevista.core.project.lifecycle import create_project, open_project
from prevista.core.runtime.preferences import Preferences
from prevista.core.services.project import ProjectService
from prevista.gui import dialogs
from prevista.gui.jobs import Job
from prevista.gui.screens.page import Page
from prevista.gui.session import Session
from prevista.privacy.kdf import KdfParams
from tests.conftest import PASSPHRASE
from tests.gui.pseudo_locale import Marking

JOB_TIMEOUT_MS = 300_000
P = TypeVar("P", bound=Page)


@pytest.fixture(autouse=True)
def _no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog nobody answers would hang the suite: unexpected ones fail the test instead.
    Tests that expect a question answer it by patching the same names."""
    def unexpected(name: str):
        def fail(*_args, **_kwargs):
            raise AssertionError(f"unexpected modal dialog: gui.dialogs.{name}")
        return fail
    for name in ("confirm", "save_path", "open_paths", "folder"):
        monkeypatch.setattr(dialogs, name, unexpected(name))


def _build(root: Path, *, trained: bool) -> Path:
    path = root / "project"
    store = create_project(path, PASSPHRASE, operator="tester", kdf=KdfParams.minimum())
    _, result = run_import(store, demo_files("hubspot"), ImportOptions(operator="tester", keep_identities=True), accept_warnings=True)
    assert result is not None
    if trained:
        train(store, TrainOptions(operator="tester"))
    return path


@pytest.fixture(scope="session")
def _trained_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(tmp_path_factory.mktemp("trained"), trained=True)


@pytest.fixture(scope="session")
def _imported_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(tmp_path_factory.mktemp("imported"), trained=False)


@pytest.fixture
def trained_project(_trained_template: Path, tmp_path: Path) -> Path:
    """A copy of the HubSpot demo, imported and trained, that a test may change."""
    return Path(shutil.copytree(_trained_template, tmp_path / "trained"))


@pytest.fixture
def imported_project(_imported_template: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(_imported_template, tmp_path / "imported"))


def open_session(path: Path) -> Session:
    """A session already holding the unlocked project (unlocking itself is tested on the start screen)."""
    session = Session(Preferences(), kdf=KdfParams.minimum())
    session._adopt(ProjectService(open_project(path, PASSPHRASE), operator=session.operator))
    return session


def shown_page(qtbot, page_class: type[P], path: Path) -> P:
    """A screen over an unlocked ``path``, shown and refreshed as the window does when it is chosen."""
    page = page_class(open_session(path))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def finish(qtbot, job: Job, timeout: int = JOB_TIMEOUT_MS) -> None:
    """Wait until a job has ended and its outcome has been delivered."""
    qtbot.waitUntil(lambda: job.done, timeout=timeout)


def settle(qtbot, session: Session, timeout: int = JOB_TIMEOUT_MS) -> None:
    """Wait until no job of the session runs (a window closed mid-job would ask whether to quit)."""
    qtbot.waitUntil(lambda: not session.busy, timeout=timeout)


@pytest.fixture
def marked(qapp: QApplication) -> Iterator[None]:
    """Every catalogue text comes back marked (tests/gui/pseudo_locale.py), numbers written the German way."""
    locale, translator = QLocale(), Marking()
    qapp.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    qapp.removeTranslator(translator)
    QLocale.setDefault(locale)
