"""Process-wide protections every entry point (command line, desktop app) applies first."""

from __future__ import annotations

import ctypes
import sys

try:
    import resource
except ImportError:  # Windows: no core dumps to switch off in the POSIX sense
    resource = None  # type: ignore[assignment]

PR_SET_DUMPABLE = 4  # <linux/prctl.h>


def harden_process() -> None:
    """No core dumps: they would hold decrypted data and keys.

    ``RLIMIT_CORE`` 0 stops the kernel writing a core file and is honoured by
    systemd-coredump; on Linux the process is also marked non-dumpable, which
    stops a core reaching a crash handler that ignores the limit and keeps
    other processes of the same user from attaching to read its memory.
    """
    if resource is not None:
        try:
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        except (ValueError, OSError):
            pass
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
        except (OSError, AttributeError):
            pass
