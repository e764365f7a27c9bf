"""Where the bundled files (demo exports, fonts, icons) live, from source and in the packaged app.

From source they sit in the repository's ``assets/`` beside the packages; PyInstaller unpacks
them to its bundle folder while the code moves one level down (``prevista/core/...``), so a
path counted from ``__file__`` would point at different places in the two.  One function
answers for both.
"""

from __future__ import annotations

import sys
from pathlib import Path


def assets() -> Path:
    """The folder that holds ``demo/``, ``fonts/`` and ``icons/``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "assets"
    return Path(__file__).resolve().parents[2] / "assets"
