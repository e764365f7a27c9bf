"""Process-wide protections every entry point (command line, desktop app) applies first."""

from __future__ import annotations

try:
    import resource
except ImportError:  # Windows: no core dumps to switch off in the POSIX sense
    resource = None  # type: ignore[assignment]


def harden_process() -> None:
    """No core dumps: they would hold decrypted data and keys."""
    if resource is None:
        return
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        pass
