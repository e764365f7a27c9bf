"""Loading the modules a command will need while its project's key is derived.

Unlocking derives the key with Argon2id: about a second of native code that lets other threads run.
A command that trains then spent another second loading scikit-learn.  Loaded in a thread started
before the unlock, the two overlap (measured: key derivation and loading the training module took
0.94 s and 1.37 s one after the other, 1.52 s side by side).
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def loading(*modules: str) -> Iterator[None]:
    """Load ``modules`` in a thread while the block runs, and wait for them at its end: the process then
    never exits, nor goes on to use them, half-way through an import."""
    if not modules:
        yield
        return
    thread = threading.Thread(target=_load, args=(modules,), name="preload", daemon=True)
    thread.start()
    try:
        yield
    finally:
        thread.join()


def _load(modules: tuple[str, ...]) -> None:
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 — the command's own import raises it again, where it is handled
            return
