"""The processing-log tab: read the log, narrow it down, verify it, and hand it (and its public key) to a DPO."""

from __future__ import annotations

from typing import Literal

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from prevista.core.services.audit import LoggedStep, LogPackage
from prevista.core.services.project import LogCheck
from prevista.gui import dialogs
from prevista.gui.screens.verify_log import LogEntriesView
from prevista.gui.session import Session
from prevista.gui.widgets import JobPanel
from prevista.privacy.errors import PrevistaError


class LogTab(QWidget):
    """What a DPO audits: every processing step, whether the chain and signatures hold, and the files to check it."""

    def __init__(self, session: Session, jobs: JobPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.jobs = jobs
        self.entries = LogEntriesView()
        self.verify_button = QPushButton(self.tr("&Verify"))
        self.verify_button.clicked.connect(self.verify)
        self.package_button = QPushButton(self.tr("Export for the &DPO…"))
        self.package_button.setToolTip(self.tr("One file with the signed log, its public key and a checkpoint: "
                                               "what the DPO verifies on the start screen, without the passphrase"))
        self.package_button.clicked.connect(self.export_package)
        self.export_button = QPushButton(self.tr("E&xport a readable copy…"))
        self.export_button.setToolTip(self.tr("CSV or JSON to read and sort; a copy cannot be verified"))
        self.export_button.clicked.connect(self.export)
        self.key_button = QPushButton(self.tr("Export public &key…"))
        self.key_button.clicked.connect(self.export_key)
        self.accept_button = QPushButton(self.tr("Record the log &loss…"))
        self.accept_button.setToolTip(self.tr("Only when no good copy of the log exists: writes are refused until "
                                              "the loss is recorded"))
        self.accept_button.clicked.connect(self.accept_loss)
        self.accept_button.hide()
        jobs.guard(self.verify_button, self.package_button, self.export_button, self.key_button, self.accept_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.accept_button)
        buttons.addStretch()
        buttons.addWidget(self.package_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.key_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.entries, 1)
        layout.addLayout(buttons)
        layout.addWidget(jobs)

    def refresh(self) -> None:
        """Re-read the log; one that no longer verifies is not shown at all, only the reason (Verify names it)."""
        service = self.session.service
        try:
            steps = service.log_entries()
        except PrevistaError as error:
            steps = ()
            self.jobs.banner.error(str(error))
        problem = service.log_problem()
        self.accept_button.setVisible(problem is not None)
        if problem is not None:
            self.jobs.banner.error(self.tr("The processing log does not match the project's record of it: {0} "
                                           "Every change is refused until it does. Put back the good copy of "
                                           "processing-log.jsonl if you have one; only if none exists, record the "
                                           "loss.").format(problem))
        self.entries.set_steps(steps)

    def verify(self) -> None:
        """Chain, signatures and head, then the project's own record of where the log must end (as the CLI does)."""
        self.jobs.run(self.tr("Verifying the processing log"), self.session.service.verify_log, self._verified,
                      failed=self._failed)

    def _verified(self, result: LogCheck) -> None:
        if result.problem is not None:
            self._failed(result.problem)
        elif result.signatures_checked:
            self.jobs.banner.ok(self.tr("OK: {0} entries, hash chain intact, every entry and the head signed by the "
                                        "project's key; the log ends where the project's last commit says.")
                                .format(result.entries))
        else:
            self.jobs.banner.ok(self.tr("OK: {0} entries, hash chain intact; signatures NOT checked: anyone can "
                                        "rebuild a hash chain.").format(result.entries))

    def accept_loss(self) -> None:
        """The last resort, asked for explicitly: the loss is recorded in the log for good."""
        question = self.tr("Record in the processing log that it no longer matches the project's record? The "
                           "entries that are missing stay missing, the record of the loss stays in the log for "
                           "good, and a DPO's saved checkpoint will no longer match. Do this only when no good copy "
                           "of the log exists.")
        service = self.session.service
        self.jobs.confirmed(self.tr("Recording the log loss"), question, service.accept_log_loss, self._loss_recorded)

    def _loss_recorded(self, step: LoggedStep) -> None:
        self.refresh()
        self.jobs.banner.ok(self.tr("The loss is recorded in log entry {0}; changes are possible again.")
                            .format(step.seq))

    def _failed(self, problem: str) -> None:
        self.jobs.banner.error(self.tr("FAILED: {0}").format(problem))

    def export(self) -> None:
        """CSV for a spreadsheet or JSON for a script, chosen by the file name's ending: to read, not to verify."""
        path = dialogs.save_path(self, self.tr("Export the processing log"), "processing-log.csv",
                                 self.tr("CSV for spreadsheets (*.csv);;JSON (*.json)"))
        if path is None:
            return
        fmt: Literal["csv", "json"] = "json" if path.suffix.lower() == ".json" else "csv"
        service = self.session.service
        self.jobs.run(self.tr("Exporting the processing log"), lambda progress: service.export_log(fmt, path, progress),
                      lambda _result: self.jobs.banner.ok(self.tr("Exported the processing log as {0} to {1}.")
                                                          .format(fmt.upper(), path)))

    def export_package(self) -> None:
        """Exactly what the DPO's entry on the start screen verifies: log, key and checkpoint in one file."""
        path = dialogs.save_path(self, self.tr("Export the processing log for the DPO"), "processing-log-package.zip",
                                 self.tr("ZIP archives (*.zip)"))
        if path is None:
            return
        service = self.session.service
        self.jobs.run(self.tr("Writing the DPO log package"),
                      lambda progress: service.export_log_package(path, progress), self._package_written,
                      changes_data=True)

    def _package_written(self, package: LogPackage) -> None:
        self.jobs.banner.ok(self.tr("Wrote the log package ({0} entries, the public key and a checkpoint) to {1}. "
                                    "Give it to the DPO, who checks it with \"Verify a processing log\" on the start "
                                    "screen and the key fingerprint kept when the project was created.")
                            .format(package.entries, package.file))

    def export_key(self) -> None:
        """The public key lets a DPO verify the log without the data passphrase."""
        path = dialogs.save_path(self, self.tr("Export the log's public key"), "processing-log.pub",
                                 self.tr("Public key (*.pub *.pem)"))
        if path is None:
            return
        service = self.session.service
        self.jobs.run(self.tr("Exporting the public key"),
                      lambda progress: service.export_log_public_key(path, progress),
                      lambda _result: self.jobs.banner.ok(self.tr("Wrote the log's public key to {0}: hand it to the "
                                                                  "DPO with the log.").format(path)))
