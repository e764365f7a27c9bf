"""Import: choose exports, check core's mapping and quality report, then pseudonymize and commit.

Planning (read, map, check) writes nothing and runs again whenever the user
changes a column's role, so the preview, the mapping and the report always
show what Import would do.  Only the last step writes, as one atomic, logged
commit; refusals block it and warnings must be confirmed first.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import polars as pl
from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from prevista.core.ingest.importer import ImportOptions, ImportPlan, ImportResult
from prevista.core.runtime.jobs import Progress
from prevista.gui import dialogs
from prevista.gui.closed_pilot import ClosedPilotBanner
from prevista.gui.screens.import_history import ImportHistoryDialog
from prevista.gui.screens.import_steps import PREVIEW_ROWS, CommitStep, DoneStep, FilesStep, MappingStep, ReportStep
from prevista.gui.screens.page import Page
from prevista.gui.session import Session
from prevista.gui.widgets import JobPanel

FILES, MAPPING, REPORT, COMMIT, DONE = range(5)
Planned = tuple[ImportPlan, dict[Path, pl.DataFrame]]


def _local_files(mime: QMimeData) -> list[Path]:
    """The regular files among dropped URLs; folders and remote URLs are not exports we can read."""
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []
    return [path for path in paths if path.is_file()]


class ImportPage(Page):
    """The import wizard; ``jobs.job`` is the running planning or import job, ``plan`` core's latest plan."""

    navigate = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.jobs = JobPanel(session)
        self.plan: ImportPlan | None = None
        self.previews: dict[Path, pl.DataFrame] = {}
        self._planned_paths: list[Path] = []
        self.files = FilesStep()
        self.files.add_button.clicked.connect(self.choose_files)
        self.files.changed.connect(self._files_changed)
        self.mapping = MappingStep()
        self.mapping.changed.connect(self._mapping_changed)
        self.report = ReportStep()
        self.report.confirmed.connect(self._update_buttons)
        self.report.leave_out_changed.connect(self._mapping_changed)
        self.commit = CommitStep()
        self.commit.import_button.clicked.connect(self.start_import)
        self.done = DoneStep()
        self.done.again_button.clicked.connect(self.reset)
        self.done.models_button.clicked.connect(lambda: self.navigate.emit("models"))
        self.steps = QStackedWidget()
        for step in (self.files, self.mapping, self.report, self.commit, self.done):
            self.steps.addWidget(step)
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + 2)
        self.heading.setFont(font)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.clicked.connect(lambda: self._show(self.steps.currentIndex() - 1))
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.clicked.connect(self.next_step)
        navigation = QHBoxLayout()
        navigation.addWidget(self.back_button)
        self.history_button = QPushButton(self.tr("&History…"))  # past imports, and undoing the last one
        self.history_button.clicked.connect(lambda: ImportHistoryDialog(self.session, self).open())
        navigation.addWidget(self.history_button)
        navigation.addStretch()
        navigation.addWidget(self.next_button)
        self.closed = ClosedPilotBanner(self.tr("Nothing can be imported into it any more: create a new project for "
                                                "a new pilot."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.closed)
        layout.addWidget(self.heading)
        layout.addWidget(self.steps, 1)
        layout.addLayout(navigation)
        layout.addWidget(self.jobs)
        self.setAcceptDrops(True)
        session.locked.connect(self.reset)
        session.closed.connect(self.reset)
        self._show(FILES)

    def title(self) -> str:
        return self.tr("Import")

    def refresh(self) -> None:
        if self.session.is_open:
            self.commit.load_defaults(self.session.service.settings())
        closed = self.closed.update_for(self.session)  # the wizard would only lead to the core's refusal
        for widget in (self.heading, self.steps, self.back_button, self.next_button):
            widget.setVisible(not closed)
        self.setAcceptDrops(not closed)

    def reset(self) -> None:
        """Back to an empty first step.  Also on lock and close: the plan and the preview hold the
        plaintext export, which must not outlive the unlocked project."""
        self.plan, self.previews, self._planned_paths = None, {}, []
        self.files.clear()
        self.mapping.reset()
        self.report.show_report(None)
        self.commit.show_plan(None)
        self.jobs.banner.clear_message()
        self._show(FILES)

    # ----- steps ------------------------------------------------------------------------------
    def _titles(self) -> list[str]:
        return [self.tr("Choose the files"), self.tr("Preview and column roles"), self.tr("Data-quality report"),
                self.tr("Purpose and import"), self.tr("Import complete")]

    def _show(self, index: int) -> None:
        self.steps.setCurrentIndex(index)
        titles = self._titles()
        self.heading.setText(titles[index] if index == DONE else
                             self.tr("Step {0} of {1}: {2}").format(index + 1, DONE, titles[index]))
        self._update_buttons()

    def next_step(self) -> None:
        """Forward; leaving the files or the mapping plans again first if the plan no longer matches them."""
        index = self.steps.currentIndex()
        if index in (FILES, MAPPING) and self._stale():
            self._plan(advance_to=index + 1)
        elif index != REPORT or self.report.ready():
            self._show(index + 1)

    def _update_buttons(self) -> None:
        index, idle = self.steps.currentIndex(), self.jobs.job is None
        self.back_button.setVisible(index != DONE)
        self.back_button.setEnabled(idle and FILES < index < DONE)
        self.next_button.setVisible(index < COMMIT)
        forward = {FILES: bool(self.files.paths()), MAPPING: self.plan is not None, REPORT: self.report.ready()}
        self.next_button.setEnabled(idle and forward.get(index, False))
        self.commit.import_button.setEnabled(idle and self.report.ready() and not self._stale())
        self.files.set_enabled(idle)

    # ----- files ------------------------------------------------------------------------------
    def choose_files(self) -> None:
        self.files.add(dialogs.open_paths(self, self.tr("Choose exports to import"),
                                          self.tr("Exports (*.csv *.tsv *.txt *.xlsx *.xlsm *.json *.zip *.gz);;All files (*)")))

    def _files_changed(self) -> None:
        """Other files: column decisions made for the previous ones no longer apply."""
        self.mapping.roles.clear()
        self.mapping.formats.clear()
        self.mapping.allow_special.clear()
        self.report.show_report(None)  # leaving rows out was confirmed for the previous files, not these
        self._update_buttons()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self.jobs.job is None and _local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        """Dropped files join the list, and the first step shows them whatever step was open."""
        paths = _local_files(event.mimeData())
        if self.jobs.job is not None or not paths:
            return
        event.acceptProposedAction()
        self.files.add(paths)
        self._show(FILES)

    # ----- planning ---------------------------------------------------------------------------
    def _plan_options(self) -> ImportOptions:
        """What the plan depends on; purpose, legal basis and append only matter at commit (the operator
        is the service's to fill in)."""
        return ImportOptions(roles=dict(self.mapping.roles), formats=dict(self.mapping.formats),
                             allow_special=frozenset(self.mapping.allow_special),
                             keep_identities=self.mapping.keep_identities.isChecked(),
                             skip_rows_without_id=self.report.leaving_out())

    def _stale(self) -> bool:
        return (self.plan is None or self._planned_paths != self.files.paths()
                or self.plan.options != self._plan_options())

    def _mapping_changed(self) -> None:
        self.jobs.when_idle(self._replan)
        self._update_buttons()

    def _replan(self) -> None:
        """A changed role or format re-checks a plan already made (after the one being made, if any, is in)."""
        if self.plan is not None:
            self._plan()

    def _plan(self, advance_to: int | None = None) -> None:
        """Read, map and check in a job; previews are read once per file, role changes only re-check."""
        imports, paths, options = self.session.service.imports, self.files.paths(), self._plan_options()
        unread = [path for path in paths if path not in self.previews]
        reading = self.tr("Reading a preview of {0}")

        def work(progress: Progress) -> Planned:
            plan = imports.plan(paths, options, progress.slice(0.0, 0.8 if unread else 1.0))
            previews = {}
            for number, path in enumerate(unread):
                progress.report(0.8 + 0.2 * number / len(unread), reading.format(path.name))
                previews[path] = imports.preview(path, PREVIEW_ROWS)
            return plan, previews

        def planned(result: Planned) -> None:
            self.plan, fresh = result
            self.previews = {path: frame for path, frame in {**self.previews, **fresh}.items() if path in paths}
            self._planned_paths = paths
            self.mapping.show_plan(self.plan, self.previews)
            self.report.show_report(self.plan.report)
            self.commit.show_plan(self.plan)
            if advance_to is not None:
                self._show(advance_to)

        self.jobs.run(self.tr("Reading and checking the files"), work, planned).finished.connect(self._update_buttons)
        self._update_buttons()

    # ----- import -----------------------------------------------------------------------------
    def start_import(self) -> None:
        """Pseudonymize and commit in one logged step; the project changes only if it all succeeds."""
        if self.plan is None or not self.report.ready() or self._stale():
            return
        options = self.commit.decide(self.plan.options)
        if not options.purpose:
            self.jobs.banner.error(self.tr("State the purpose of the import: it is recorded in the processing log."))
            self.commit.purpose.setFocus()
            return
        imports, plan = self.session.service.imports, replace(self.plan, options=options)
        self.jobs.run(self.tr("Pseudonymizing and importing"),
                      lambda progress: imports.commit(plan, accept_warnings=True, progress=progress),
                      self._imported, changes_data=True).finished.connect(self._update_buttons)
        self._update_buttons()

    def _imported(self, result: ImportResult | None) -> None:
        if result is None:
            self.jobs.banner.error(self.tr("Nothing was imported: the data-quality check refused it."))
            return
        self.reset()
        self.done.show_result(result)
        self._show(DONE)
