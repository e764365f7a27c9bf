"""One open project behind every front end: create, open, describe, and the services of each concern.

``ProjectService`` holds the unlocked store and the operator the log records; each concern's
use cases hang off it (``service.analytics.train(...)``), so a front end needs one object and
finds every capability by the concern's name.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from prevista.core.project.closure import Closure, closed_on, closure
from prevista.core.project.lifecycle import change_passphrase, create_project, open_project
from prevista.core.project.settings import ProjectSettings, settings, update_settings
from prevista.core.reports.checklist import Checklist, checklist
from prevista.core.reports.status import ProjectStatus, project_status
from prevista.core.runtime.jobs import Progress, step
from prevista.core.services.analytics import AnalyticsService
from prevista.core.services.audit import (
    LoggedStep,
    LogPackage,
    export_log_file,
    export_project_package,
    log_files,
    write_public_key,
)
from prevista.core.services.campaigns import CampaignService
from prevista.core.services.duties import DutiesService
from prevista.core.services.imports import ImportService
from prevista.core.services.pilot import PilotService
from prevista.core.services.reports import ReportService
from prevista.privacy.kdf import KdfParams
from prevista.privacy.store import ProjectStore


@dataclass(frozen=True)
class LogCheck:
    """The log checked as a DPO would, and against the project's own record of where it ends."""

    entries: int
    signatures_checked: bool  # False: the chain holds, but anyone could have rebuilt it
    problem: str | None  # None: the log verifies and ends where the project's last commit says


class ProjectService:
    def __init__(self, store: ProjectStore, *, operator: str) -> None:
        self.store = store
        self.operator = operator
        self.imports = ImportService(self)
        self.analytics = AnalyticsService(self)
        self.duties = DutiesService(self)
        self.campaigns = CampaignService(self)
        self.pilot = PilotService(self)
        self.reports = ReportService(self)

    @classmethod
    def create(cls, path: Path, passphrase: str, *, operator: str, kdf: KdfParams | None = None,
               progress: Progress | None = None) -> ProjectService:
        """A new project; the key derivation takes about a second, hence the progress object."""
        with step(progress, "Creating the project"):
            return cls(create_project(Path(path), passphrase, operator=operator, kdf=kdf), operator=operator)

    @classmethod
    def open(cls, path: Path, passphrase: str, *, operator: str, progress: Progress | None = None) -> ProjectService:
        with step(progress, "Unlocking"):
            return cls(open_project(Path(path), passphrase), operator=operator)

    @property
    def root(self) -> Path:
        return self.store.root

    def status(self, progress: Progress | None = None) -> ProjectStatus:
        """Counts, log verification and retention due: reads every table's deadlines, so it can take a while."""
        with step(progress, "Reading the project"):
            return project_status(self.store)

    def closed_on(self) -> str | None:
        """The day the pilot was closed, None while it is open: a quick read, unlike the whole status."""
        return closed_on(self.store)

    def checklist(self, progress: Progress | None = None) -> Checklist:
        """The first steps of the pilot, each ticked from the project's own state (reads the log)."""
        with step(progress, "Reading the pilot's progress"):
            return checklist(self.store)

    def closure(self) -> Closure | None:
        """When the pilot was closed, what was erased and what is left; None while it is open (reads the log)."""
        return closure(self.store)

    def change_passphrase(self, new_passphrase: str, progress: Progress | None = None) -> None:
        with step(progress, "Changing the passphrase"):
            change_passphrase(self.store, new_passphrase, operator=self.operator)

    def settings(self) -> ProjectSettings:
        return settings(self.store)

    def update_settings(self, changes: Mapping[str, str], progress: Progress | None = None) -> ProjectSettings:
        """Checked and stored in one logged commit."""
        with step(progress, "Saving the settings"):
            return update_settings(self.store, changes, operator=self.operator)

    def log_key_fingerprint(self) -> str:
        """The fingerprint the DPO keeps apart from this computer (``audit verify --fingerprint``)."""
        return self.store.log_key_fingerprint()

    def accept_log_loss(self, progress: Progress | None = None) -> LoggedStep:
        """The last resort when the log no longer matches the project's record and no good copy exists:
        records the loss in the log (who, when, what the project had recorded), after which writes work again."""
        with step(progress, "Recording the loss in the processing log"):
            return LoggedStep.from_entry(self.store.accept_log_loss(operator=self.operator))

    def log_public_key(self) -> bytes:
        """The key a DPO verifies the log's signatures with (PEM)."""
        return self.store.log_public_key_bytes()

    def log_entries(self) -> tuple[LoggedStep, ...]:
        """Every step logged, oldest first; refused (DamagedProjectError) when the log does not verify."""
        return tuple(LoggedStep.from_entry(entry) for entry in self.store.log.entries())

    def export_log(self, fmt: Literal["csv", "json"], out: Path, progress: Progress | None = None) -> Path:
        """This project's processing log as CSV or JSON: the same export ``audit export`` makes without a passphrase."""
        with step(progress, "Exporting the processing log"):
            return export_log_file(log_files(project=self.root), fmt, Path(out))

    def export_log_package(self, out: Path, progress: Progress | None = None) -> LogPackage:
        """What a DPO verifies without the passphrase, in one file: log, sealed key and checkpoint (logged)."""
        with step(progress, "Writing the DPO log package"):
            return export_project_package(self.store, Path(out), operator=self.operator)

    def export_log_public_key(self, out: Path, progress: Progress | None = None) -> Path:
        """The public key from the sealed manifest (not the copy beside the log, which anyone could replace)."""
        with step(progress, "Exporting the public key"):
            return write_public_key(self.log_public_key(), Path(out))

    def verify_log(self, progress: Progress | None = None) -> LogCheck:
        """Chain, signatures and head, then the project's own record of where the log must end (catches a
        rollback to an older, intact log)."""
        (progress or Progress()).report(0.0, "Verifying the processing log")
        result = self.store.log.verify()
        problem = result.problem if result.problem is not None else self.log_problem()
        return LogCheck(result.entries, result.signatures_checked, problem)

    def log_problem(self) -> str | None:
        """Whether the log ends where the project's last commit says (needs the passphrase, catches rollbacks)."""
        return self.store.log_problem()
