"""The type check: mypy, strict (pyproject.toml's [tool.mypy]), on prevista.core and prevista.privacy.

mypy cannot follow the editable install's import hook, so it reads the code through a folder in
which the top-level core/ and privacy/ appear as prevista/core and prevista/privacy
(packaging/namespace.py, as the packaged build does).  The cache lives in the system's temp
folder and is shared between runs: a first run takes some 15 s, later ones a few.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
_SPEC = importlib.util.spec_from_file_location("namespace", REPO / "packaging" / "namespace.py")
namespace = importlib.util.module_from_spec(_SPEC)  # a script of the build, not a package ("packaging" is taken)
_SPEC.loader.exec_module(namespace)

PACKAGES = ("prevista.core", "prevista.privacy")  # prevista.gui is not checked yet


def _cache_dir() -> Path:
    """Per user, so two accounts on one machine do not share (or fight over) a cache."""
    user = f"-{os.getuid()}" if hasattr(os, "getuid") else ""  # Windows: the temp folder is the user's own
    return Path(tempfile.gettempdir()) / f"prevista-mypy-cache{user}"


def test_core_and_privacy_pass_mypy_strict(tmp_path: Path) -> None:
    root = namespace.namespace_root(tmp_path / "namespace")
    env = {name: value for name, value in os.environ.items() if name not in ("PYTHONPATH", "MYPYPATH")}
    env["MYPYPATH"] = str(root)
    command = [sys.executable, "-m", "mypy", "--config-file", str(REPO / "pyproject.toml"),
               "--cache-dir", str(_cache_dir())]
    for package in PACKAGES:
        command += ["-p", package]
    # mypy also searches its working directory (and PYTHONPATH): run it in the link folder, where only
    # prevista/ is, never in the repository, where core/ would also be found as a module named "core".
    result = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"mypy found type errors:\n{result.stdout}{result.stderr}"
