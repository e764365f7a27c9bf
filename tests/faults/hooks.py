"""Hooks on the OS calls that change files under one folder: count them, die at one, or make one fail.

The store writes only through ``os.open``/``os.write``/``os.fsync``/
``os.replace``/``os.unlink`` (privacy/atomic.py, privacy/store.py,
privacy/processing_log.py; ``Path.unlink`` calls ``os.unlink``), so patching
those names on the ``os`` module reaches every write step without touching
production code.  Each call on a path under the folder is one numbered hook
point; a read-only ``os.open`` is not a step, but its descriptor is followed
so the ``os.fsync`` of a folder (after a rename) is one.
"""

from __future__ import annotations

import os
import signal
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Literal

WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT
PATCHED = ("open", "close", "write", "fsync", "replace", "rename", "unlink", "remove")


@dataclass(frozen=True)
class Plan:
    """What to do at hook point ``point`` (1-based): nothing (count), SIGKILL or raise ``OSError(errno)``.

    A sticky fault keeps failing every later step too, as a full disk does.
    """

    action: Literal["count", "kill", "fault"] = "count"
    point: int = 0
    when: Literal["before", "after"] = "before"
    errno: int = 0
    sticky: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"action": self.action, "point": self.point, "when": self.when, "errno": self.errno,
                "sticky": self.sticky}


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def role(root: str, path: str) -> str:
    """A file's part in the project (manifest, log, a table file, a temp file of one), not its random name."""
    relative = os.path.relpath(path, root)
    if relative == ".":
        return "project folder"
    folder, name = os.path.split(relative)
    if name.startswith(".") and name.endswith(".tmp"):
        return "temp " + role(root, os.path.join(root, folder, name[1:].rsplit(".", 2)[0]))
    if folder:
        return "table file" if name.endswith(".sealed") else f"{folder}/{name}"
    return "tables folder" if name == "tables" else name


class WriteHooks:
    """A context manager: while active, write steps under ``root`` are counted and the plan is applied."""

    def __init__(self, root: Path, plan: Plan) -> None:
        self.root = os.path.abspath(root)
        self.plan = plan
        self.steps: list[str] = []
        self._fds: dict[int, str] = {}
        self._real: dict[str, Callable[..., Any]] = {}

    @property
    def count(self) -> int:
        return len(self.steps)

    def _inside(self, path: Any) -> bool:
        if isinstance(path, int):
            return False
        full = os.path.abspath(os.fsdecode(path))
        return full == self.root or full.startswith(self.root + os.sep)

    def _step(self, label: str, call: Callable[[], Any]) -> Any:
        self.steps.append(label)
        plan, number = self.plan, len(self.steps)
        hit = number == plan.point
        if plan.action == "kill" and hit and plan.when == "before":
            _die()
        if plan.action == "fault" and (hit or (plan.sticky and number > plan.point > 0)):
            raise OSError(plan.errno, os.strerror(plan.errno))
        result = call()
        if plan.action == "kill" and hit and plan.when == "after":
            _die()
        return result

    # ----- the wrappers -------------------------------------------------------------------------
    def _open(self, path: Any, flags: int, mode: int = 0o777, *args: Any, **kwargs: Any) -> int:
        real = self._real["open"]
        if not self._inside(path):
            return real(path, flags, mode, *args, **kwargs)
        what = role(self.root, os.fsdecode(path))
        if flags & WRITE_FLAGS:
            fd = self._step(f"create {what}", lambda: real(path, flags, mode, *args, **kwargs))
        else:
            fd = real(path, flags, mode, *args, **kwargs)
        self._fds[fd] = what
        return fd

    def _close(self, fd: int) -> None:
        self._fds.pop(fd, None)
        self._real["close"](fd)

    def _write(self, fd: int, data: Any) -> int:
        if fd not in self._fds:
            return self._real["write"](fd, data)
        return self._step(f"write {self._fds[fd]}", lambda: self._real["write"](fd, data))

    def _fsync(self, fd: Any) -> None:
        if fd not in self._fds:
            return self._real["fsync"](fd)
        return self._step(f"fsync {self._fds[fd]}", lambda: self._real["fsync"](fd))

    def _move(self, name: str) -> Callable[..., None]:
        def move(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
            real = self._real[name]
            if not (self._inside(src) or self._inside(dst)):
                return real(src, dst, *args, **kwargs)
            label = f"rename {role(self.root, os.fsdecode(src))} to {role(self.root, os.fsdecode(dst))}"
            return self._step(label, lambda: real(src, dst, *args, **kwargs))
        return move

    def _delete(self, name: str) -> Callable[..., None]:
        def delete(path: Any, *args: Any, **kwargs: Any) -> None:
            real = self._real[name]
            if not self._inside(path):
                return real(path, *args, **kwargs)
            return self._step(f"unlink {role(self.root, os.fsdecode(path))}", lambda: real(path, *args, **kwargs))
        return delete

    def __enter__(self) -> "WriteHooks":
        self._real = {name: getattr(os, name) for name in PATCHED}
        wrappers = {"open": self._open, "close": self._close, "write": self._write, "fsync": self._fsync,
                    "replace": self._move("replace"), "rename": self._move("rename"),
                    "unlink": self._delete("unlink"), "remove": self._delete("remove")}
        for name, wrapper in wrappers.items():
            setattr(os, name, wrapper)
        return self

    def __exit__(self, *exc: object) -> None:
        for name, real in self._real.items():
            setattr(os, name, real)
