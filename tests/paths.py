"""Where test inputs live: the bundled demo exports and the shared real-data folder.

The real exports sit outside the repository (``../shared/data``, present in CI);
tests that need them skip, saying why, on a machine that lacks them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def shared_data() -> Path:
    return Path(os.environ.get("PREVISTA_SHARED_DATA", REPO.parent / "shared" / "data"))


def real_export(name: str) -> Path:
    path = shared_data() / name
    if not path.is_file():
        pytest.skip(f"real export {name} not found in {shared_data()} (set PREVISTA_SHARED_DATA)")
    return path
