"""The project workflow the command line and the GUI share: create, open, describe."""

from __future__ import annotations

import getpass
import os
from pathlib import Path

from prevista.core.project.passphrase import check_new_passphrase
from prevista.core.project.settings import ProjectSettings, stored_form
from prevista.privacy.kdf import KdfParams
from prevista.privacy.schema import LAYOUT_VERSION, Action, Meta
from prevista.privacy.store import ProjectStore


def default_operator() -> str:
    """Who is recorded in the processing log when nobody says otherwise."""
    return os.environ.get("PREVISTA_OPERATOR") or getpass.getuser()


def create_project(path: Path, passphrase: str, *, operator: str, kdf: KdfParams | None = None) -> ProjectStore:
    """A new, empty project whose creation is the first processing-log entry."""
    check_new_passphrase(passphrase)
    store = ProjectStore.create(Path(path), passphrase, kdf=kdf)
    store.commit(
        meta={Meta.SETTINGS: stored_form(ProjectSettings()), Meta.LAYOUT: LAYOUT_VERSION},
        log_record={"action": Action.PROJECT_CREATED, "operator": operator,
                    "details": {"kdf": "argon2id", **(kdf or KdfParams()).to_dict()}},
    )
    return store


def open_project(path: Path, passphrase: str) -> ProjectStore:
    return ProjectStore.open(Path(path), passphrase)


def change_passphrase(store: ProjectStore, new_passphrase: str, *, operator: str) -> None:
    """Re-wrap the master key under a new passphrase that passes the same bar as a new project's."""
    check_new_passphrase(new_passphrase)
    store.change_passphrase(new_passphrase, operator=operator)
