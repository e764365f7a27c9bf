"""Process-wide protections every entry point (command line, desktop app) applies first."""

from __future__ import annotations

import resource


def harden_process() -> None:
    """No core dumps: they would hold decrypted data and keys."""
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        pass
