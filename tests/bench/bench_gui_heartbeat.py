"""UI-thread heartbeat during a large import and a training run, driven through the real screens.

Run by hand (offscreen is fine), with nothing else busy on the machine:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_gui_heartbeat.py [--customers 200000] [--events 4000000]

Prints the longest gap of a 10 ms UI timer (how long the window was frozen
at worst) during each job, next to the job's duration.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from PySide6.QtWidgets import QApplication  # noqa: E402

from prevista.core.demo.data import generate  # noqa: E402
from prevista.core.project.lifecycle import create_project, open_project  # noqa: E402
from prevista.core.runtime.preferences import Preferences  # noqa: E402
from prevista.core.services.project import ProjectService  # noqa: E402
from prevista.gui.screens.import_wizard import ImportPage  # noqa: E402
from prevista.gui.screens.models import ModelsPage  # noqa: E402
from prevista.gui.session import Session  # noqa: E402
from tests.gui.heartbeat import Heartbeat, import_through_wizard, train_through_page  # noqa: E402

PASSPHRASE = "benchmark passphrase"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=200_000)
    parser.add_argument("--events", type=int, default=4_000_000)
    args = parser.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        print(f"generating {args.customers} customers / {args.events} usage events …", flush=True)
        exports = generate(Path(tmp) / "exports", customers=args.customers, events=args.events)
        path = Path(tmp) / "project"
        create_project(path, PASSPHRASE, operator="bench")
        session = Session(Preferences())
        session._adopt(ProjectService(open_project(path, PASSPHRASE), operator=session.operator))
        importer, models = ImportPage(session), ModelsPage(session)
        for page in (importer, models):
            page.show()
            page.refresh()
        beat = Heartbeat()
        for name, run in (("import (4 files, through the wizard)",
                           lambda: import_through_wizard(importer, list(exports.values()), setattr)),
                          ("training", lambda: train_through_page(models))):
            beat.start()
            started = time.perf_counter()
            run()
            took = time.perf_counter() - started
            stall = beat.stop()
            print(f"{name:<38} {took:7.1f} s   longest UI stall {stall * 1000:6.0f} ms   ({beat.ticks} ticks)",
                  flush=True)
    app.quit()


if __name__ == "__main__":
    main()
