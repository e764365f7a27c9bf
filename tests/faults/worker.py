"""The fork server for kill runs: imports everything once, then forks one child per request.

A fresh interpreter per kill would spend about a second importing polars and
scikit-learn; a fork costs milliseconds.  This process itself only imports
(no polars computation, so no thread pool exists when it forks) and is started
with one-thread settings and jemalloc's background threads off, so a child
inherits no lock held by a thread that does not exist in it.

Protocol: one JSON request per line on stdin, one JSON reply per line on stdout.
"""

from __future__ import annotations

import json
import os
import select
import signal
import sys
import time
from pathlib import Path
from typing import Any

from prevista.privacy.store import ProjectStore
from tests.conftest import PASSPHRASE
from tests.faults.hooks import Plan, WriteHooks
from tests.faults.operations import OPERATIONS

STARTED = b"started\n"


def _child(request: dict[str, Any], out: int) -> int:
    """Open the project, then run the operation under the plan; what it reports goes to ``out``."""
    root = Path(request["root"])
    store = ProjectStore.open(root, PASSPHRASE)
    hooks = WriteHooks(root, Plan(**request["plan"]))
    os.write(out, STARTED)
    started = time.perf_counter()
    with hooks:
        OPERATIONS[request["op"]].run(store)
    os.write(out, json.dumps({"points": hooks.count, "seconds": time.perf_counter() - started}).encode())
    return 0


def _read_line(fd: int, deadline: float) -> bytes | None:
    """The child's start marker; ``None`` if it has not come by the deadline."""
    data = b""
    while not data.endswith(b"\n"):
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            return None
        chunk = os.read(fd, 1)
        if not chunk:
            return data
        data += chunk
    return data


def serve(request: dict[str, Any]) -> dict[str, Any]:
    """Fork, optionally SIGKILL the child ``delay`` seconds after its operation started, and report."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        code = 1
        try:
            code = _child(request, write_end)
        except BaseException as error:  # noqa: BLE001 - reported to the parent, which decides
            os.write(write_end, json.dumps({"error": f"{type(error).__name__}: {error}"}).encode())
        finally:
            os._exit(code)
    os.close(write_end)
    deadline = time.monotonic() + request["timeout"]
    started = _read_line(read_end, deadline)
    hung = started is None
    if hung:
        os.kill(pid, signal.SIGKILL)
    elif request.get("delay") is not None and started == STARTED:
        time.sleep(request["delay"])
        os.kill(pid, signal.SIGKILL)  # a child that already exited is a zombie until reaped: no effect
    rest = b""
    while chunk := os.read(read_end, 65536):
        rest += chunk
    os.close(read_end)
    _, status = os.waitpid(pid, 0)
    killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL and not hung
    return {"killed": killed, "hung": hung, "started": started == STARTED,
            "exit": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
            "report": json.loads(rest) if rest else None}


def main() -> None:
    for line in sys.stdin:
        sys.stdout.write(json.dumps(serve(json.loads(line))) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
