"""The app's own preferences (not a project's): recent projects, language, auto-lock, operator name.

They live in the user's configuration folder as one small JSON file written
atomically.  They never hold personal data of customers or any key material:
only folder paths the user chose, a language code, a number of minutes and
the name the operator wants in the processing log.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

from prevista.privacy.atomic import atomic_write

LANGUAGES = {"en": "English", "pl": "Polski", "sv": "Svenska", "cs": "Čeština", "da": "Dansk", "de": "Deutsch"}
MAX_RECENT = 8
MIN_LOCK_MINUTES = 1
MAX_LOCK_MINUTES = 240


def config_dir() -> Path:
    """Where each platform keeps per-user app settings; PREVISTA_CONFIG_DIR overrides (tests, portable use)."""
    if os.environ.get("PREVISTA_CONFIG_DIR"):
        return Path(os.environ["PREVISTA_CONFIG_DIR"])
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "Prevista"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Prevista"
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "prevista"


@dataclass
class Preferences:
    recent: list[str] = field(default_factory=list)
    language: str = ""  # empty: follow the system
    lock_minutes: int = 10
    operator: str = ""  # empty: the account name

    @classmethod
    def load(cls) -> "Preferences":
        """Defaults when the file is missing or unreadable: a broken preferences file must not lock anyone out."""
        try:
            data = json.loads((config_dir() / "preferences.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        prefs = cls()
        if isinstance(data.get("recent"), list):
            prefs.recent = [p for p in data["recent"] if isinstance(p, str)][:MAX_RECENT]
        if data.get("language") in LANGUAGES or data.get("language") == "":
            prefs.language = data["language"]
        if isinstance(data.get("lock_minutes"), int):
            prefs.lock_minutes = min(max(data["lock_minutes"], MIN_LOCK_MINUTES), MAX_LOCK_MINUTES)
        if isinstance(data.get("operator"), str):
            prefs.operator = data["operator"][:100]
        return prefs

    def save(self) -> None:
        folder = config_dir()
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write(folder / "preferences.json", json.dumps(asdict(self), indent=2).encode("utf-8"))

    def remember(self, project: Path) -> None:
        """Most recent first, no repeats, at most MAX_RECENT."""
        path = str(Path(project).resolve())
        self.recent = [path] + [p for p in self.recent if p != path][: MAX_RECENT - 1]
