"""Start-up time of the packaged desktop app: launch to its first window, cold and warm.

    .venv/bin/python packaging/bench_start.py [--binary dist/prevista/prevista] [--runs 6]
                                              [--platform offscreen|xcb]

A benchmark run by hand, not a test.  Each run starts the binary with no arguments (the desktop
app) and ``PREVISTA_START_MARKER=1``; packaging/prevista_entry.py prints a marker line once the
first top-level window is exposed and painted.  The time is from just before the process is
spawned to the moment that line arrives; ``PREVISTA_SMOKE_EXIT_MS`` then ends the app.

cold = the first run, after dropping the page cache (``sync; echo 3 > /proc/sys/vm/drop_caches``)
where that is permitted (root); otherwise simply the first run, which the report says.
warm = the median of the other runs.  Each run uses a fresh home folder, so no preferences or
recent projects carry over.  ``--platform xcb`` runs under Xvfb (xvfb-run must be installed).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARKER = "PREVISTA-WINDOW-SHOWN"


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def one_run(binary: Path, platform: str, timeout: float) -> float:
    with tempfile.TemporaryDirectory(prefix="prevista-bench-") as home:
        env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=f"{home}/.config", XDG_CACHE_HOME=f"{home}/.cache",
                   QT_QPA_PLATFORM=platform, PREVISTA_START_MARKER="1", PREVISTA_SMOKE_EXIT_MS="100")
        command = [str(binary)]
        if platform == "xcb":
            command = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", *command]
        start = time.perf_counter()
        with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as app:
            shown = None
            assert app.stdout is not None
            for line in app.stdout:
                if line.startswith(MARKER):
                    shown = time.perf_counter() - start
                    break
            try:
                app.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                app.kill()
                raise SystemExit(f"{binary} did not exit after its first window") from None
        if shown is None or app.returncode != 0:
            raise SystemExit(f"{binary} exited {app.returncode} without showing a window")
        return shown


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", type=Path, default=ROOT / "dist" / "prevista" / "prevista")
    parser.add_argument("--runs", type=int, default=6, help="runs in all: 1 cold + the rest warm (default 6)")
    parser.add_argument("--platform", default="offscreen", choices=("offscreen", "xcb"))
    parser.add_argument("--timeout", type=float, default=120)
    args = parser.parse_args()
    if not args.binary.exists():
        raise SystemExit(f"no binary at {args.binary}: run packaging/build.sh first")
    if args.platform == "xcb" and not shutil.which("xvfb-run"):
        raise SystemExit("--platform xcb needs xvfb-run (apt-get install xvfb xauth)")
    if args.runs < 2:
        raise SystemExit("--runs: at least 2 (one cold, one warm)")

    dropped = drop_caches()
    cold = one_run(args.binary, args.platform, args.timeout)
    warm = [one_run(args.binary, args.platform, args.timeout) for _ in range(args.runs - 1)]
    print(f"binary   {args.binary} ({args.platform})")
    print(f"cold     {cold:6.2f} s  ({'page cache dropped first' if dropped else 'first run; page cache NOT dropped (needs root)'})")
    print(f"warm     {statistics.median(warm):6.2f} s  median of {len(warm)} "
          f"(min {min(warm):.2f}, max {max(warm):.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
