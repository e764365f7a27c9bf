"""Files written for people (lists, reports, bundles, log exports, keys): never inside a project folder.

A project folder holds only what the store wrote: ciphertext, the signed log and its public key.
Closing a pilot erases what the store knows of and nothing else, so a readable file saved inside
the folder would sit next to the vault looking protected and outlive the pilot.  Every writer of
such a file therefore goes through :func:`write_output` (or asks :func:`check_outside_projects`
first, when the file is expensive to prepare), so the rule holds in one place.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path

from prevista.privacy.atomic import atomic_write
from prevista.privacy.errors import PrevistaError
from prevista.privacy.store import ProjectStore


def _places(path: Path) -> tuple[Path, ...]:
    """Where the file may end up: the folder the rename lands in (links followed), the target of a link the
    path itself may be, and the path with ``..`` collapsed as written.  Any of them inside a project counts."""
    absolute = Path(os.path.abspath(path))
    return absolute.parent.resolve() / absolute.name, absolute.resolve(), absolute


def _is_project(folder: Path) -> bool:
    """A folder this user may not look into is no project this user could have written to."""
    with suppress(OSError):
        return ProjectStore.is_project(folder)
    return False


def project_folder_of(path: Path, project: Path | None = None) -> Path | None:
    """The project folder that would hold ``path``: the open project's (``project``), or any folder up
    the path that is a project."""
    open_root = project.resolve() if project is not None else None
    for place in _places(Path(path)):
        if open_root is not None and place.is_relative_to(open_root):
            return open_root
        for folder in (place, *place.parents):
            if _is_project(folder):
                return folder
    return None


def check_outside_projects(path: Path, what: str, project: Path | None = None) -> Path:
    """``path`` unchanged, once it is known to lie outside every project folder; ``what`` names the file
    in the refusal ("the action list")."""
    folder = project_folder_of(path, project)
    if folder is not None:
        raise PrevistaError(f"Save {what} outside the project folder {folder}: a project folder holds only "
                            "encrypted data, and a readable file in it would outlive closing the pilot. "
                            "Choose a place outside it.")
    return Path(path)


def write_output(path: Path, data: bytes | Iterable[bytes], what: str, project: Path | None = None) -> Path:
    """Check the place, then write the file whole or not at all (owner-readable only)."""
    path = check_outside_projects(path, what, project)
    atomic_write(path, data)
    return path
