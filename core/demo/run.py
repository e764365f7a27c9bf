"""The headless demo: a whole run on the bundled demo exports, narrated.

It is the main job on machines without a screen, and the quickest way to see
what Prevista does: create an encrypted project, import four CRM exports,
show the data-quality report, train the models and show the segments, the
project's status and the log verification.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from prevista.core.analytics.card import ModelCard
from prevista.core.analytics.segments import SegmentBoard
from prevista.core.ingest.importer import ImportOptions
from prevista.core.project.lifecycle import open_project
from prevista.core.reports.status import ProjectStatus
from prevista.core.reports.text import log_entries, status_text, training_text
from prevista.core.runtime.jobs import Progress
from prevista.core.runtime.resources import assets
from prevista.core.services.analytics import TrainRequest
from prevista.core.services.project import ProjectService
from prevista.privacy.errors import PrevistaError
from prevista.privacy.schema import Meta
from prevista.privacy.store import ProjectStore

DEMO_PASSPHRASE = "prevista demo passphrase"
ASSETS = assets() / "demo"


@dataclass(frozen=True)
class DemoRun:
    """What the demo did, for ``prevista demo --json`` (the same fields it has always printed)."""

    project: str
    report: dict[str, Any]  # the data-quality report as JSON, the form `import --json` prints
    model_card: ModelCard
    segments: SegmentBoard
    status: ProjectStatus
    log_verified: bool


def demo_files(variant: str) -> list[Path]:
    folder = ASSETS / variant
    files = sorted(folder.glob("*.csv"))
    if not files:
        raise PrevistaError(f"The bundled demo data is missing from {folder}.")
    return files


def _fresh_demo_project(path: Path, passphrase: str) -> None:
    """Only ever delete a folder that is itself a demo project."""
    if not path.exists():
        return
    if not ProjectStore.is_project(path):
        raise PrevistaError(f"{path} exists and is not a Prevista demo project; choose another --project.")
    try:
        is_demo = open_project(path, passphrase).meta(Meta.DEMO, False)
    except PrevistaError:
        is_demo = False
    if not is_demo:
        raise PrevistaError(f"{path} holds a real project, not a demo; choose another --project.")
    shutil.rmtree(path)


def run_demo(
    path: Path,
    *,
    variant: str = "hubspot",
    operator: str,
    passphrase: str | None = None,
    progress: Progress | None = None,
    say: Callable[[str], Any] | None = None,
) -> DemoRun:
    """Run the demo into ``path`` (replacing an earlier demo there); returns what happened."""
    say = say or (lambda _text: None)
    progress = progress or Progress()
    secret = passphrase or DEMO_PASSPHRASE
    _fresh_demo_project(path, secret)
    say(f"1. Creating an encrypted project in {path}"
        + ("" if passphrase else f" (demo passphrase: '{DEMO_PASSPHRASE}')"))
    service = ProjectService.create(path, secret, operator=operator)
    service.store.commit(meta={Meta.DEMO: True})
    files = demo_files(variant)
    say(f"2. Importing the {variant} demo exports: {', '.join(f.name for f in files)}")
    plan = service.imports.plan(files, ImportOptions(operator=operator), progress.slice(0.0, 0.36))
    result = service.imports.commit(plan, accept_warnings=True, progress=progress.slice(0.36, 0.9))
    say(plan.report.to_text())
    if result is None:
        raise PrevistaError("The demo import was refused; the bundled demo data does not match this version.")
    say(f"3. Pseudonymized and stored: {result.customers} customers as encrypted IDs; rows per table: "
        + ", ".join(f"{k} {v}" for k, v in result.tables.items())
        + f"; {result.opted_out_removed} rows of opted-out customers removed")
    say("4. Training churn and purchase models, segments and the ticket forecast (offline)")
    trained = service.analytics.train(TrainRequest(), progress.slice(0.9, 0.99))
    say(training_text(trained.model_card, trained.segments))
    info = service.status()
    say("5. Project status\n" + status_text(info))
    verification = service.store.log.verify()
    verified = verification.ok and info.log.verified
    say(f"6. Processing log: {log_entries(verification.entries)}, "
        + ("hash chain verified" if verified else "DOES NOT VERIFY"))
    progress.finished("Demo finished")
    return DemoRun(str(path), plan.report.to_dict(), trained.model_card, trained.segments, info, verified)
