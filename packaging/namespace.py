"""A folder in which the top-level ``core/``, ``gui/`` and ``privacy/`` appear as ``prevista/...``.

Installed, the folders become ``prevista.core`` and friends through setup.py's package mapping,
which the interpreter follows through the editable install's import hook.  Tools that search
the file system themselves (PyInstaller's analysis, mypy) do not run that hook; on this folder
of symbolic links they find the same files under the names the code imports.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("core", "gui", "privacy")


def namespace_root(folder: Path) -> Path:
    """Fill ``folder`` with ``prevista/<package>`` links to the repository's packages; returns ``folder``."""
    namespace = folder / "prevista"
    namespace.mkdir(parents=True, exist_ok=True)
    for package in PACKAGES:
        link = namespace / package
        if link.is_symlink() or link.exists():
            link.unlink()
        link.symlink_to(ROOT / package, target_is_directory=True)
    return folder
