"""The retention tab: per-table storage limits, what expires when, a dry run and a cleanup that really deletes."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import polars as pl
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from prevista.core.duties.retention import (
    DEFAULT_POLICIES,
    MAX_BASIS_CHARS,
    MAX_MONTHS,
    CleanupResult,
    Deadlines,
    PolicySet,
    RetentionDue,
    RetentionPlan,
    RetentionPolicy,
    TableDeadlines,
)
from prevista.gui.core_text import said
from prevista.gui.frame_model import FrameModel
from prevista.gui.locale_format import human_date
from prevista.gui.session import Session
from prevista.gui.widgets import Banner, JobPanel

_DEADLINES = {"table": pl.String, "months": pl.Int64, "held": pl.Int64, "unit": pl.String, "expired": pl.Int64,
              "upcoming": pl.Int64, "next": pl.String, "later": pl.Int64, "undated": pl.Int64}


def _month(month: str) -> str:
    """A month core names "2027-03", the way the reader's locale writes it ("März 2027")."""
    day = QDate.fromString(f"{month}-01", "yyyy-MM-dd")
    return QLocale().toString(day, "MMM yyyy") if day.isValid() else month


class RetentionTab(QWidget):
    """Storage limitation made visible: the limits, the deadlines, and the deletion they call for."""

    def __init__(self, session: Session, jobs: JobPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.jobs = jobs
        self._names = {"customers": self.tr("Customers"), "transactions": self.tr("Transactions"),
                       "interactions": self.tr("Interactions"), "usage": self.tr("Usage"),
                       "subjects": self.tr("Encrypted IDs"), "scores": self.tr("Scores"),
                       "identities": self.tr("Identities"), "email_index": self.tr("E-mail index"),
                       "last_activity": self.tr("Last activity"), "campaign_members": self.tr("Campaign members"),
                       "campaign_contacts": self.tr("Campaign contact outcomes")}
        self.status = Banner()
        self.status.setAccessibleName(self.tr("Retention status"))
        self.months: dict[str, QSpinBox] = {}
        self.basis: dict[str, QLineEdit] = {}
        self.save_button = QPushButton(self.tr("Sa&ve policies"))
        self.save_button.clicked.connect(self.save_policies)
        self.model = FrameModel(headers={
            "table": self.tr("Table"), "months": self.tr("Limit (months)"), "held": self.tr("Held"),
            "unit": self.tr("Counted in"), "expired": self.tr("Past the limit"),
            "upcoming": self.tr("Expiring in the next 12 months"), "next": self.tr("Next expiries"),
            "later": self.tr("Expiring later"), "undated": self.tr("Undated (kept)")})
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setToolTip(self.tr("Each customer or row held is counted once: past the limit, expiring in the "
                                      "next 12 months, expiring later, or undated. Undated ones stay, because "
                                      "nothing says when they expire."))
        self.table.setAccessibleName(self.tr("Retention deadlines"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.dry_run_button = QPushButton(self.tr("&Dry run"))
        self.dry_run_button.clicked.connect(self.dry_run)
        self.cleanup_button = QPushButton(self.tr("C&lean up…"))
        self.cleanup_button.clicked.connect(self.clean_up)
        jobs.guard(self.save_button, self.dry_run_button, self.cleanup_button)
        deadlines_box = QGroupBox(self.tr("Deadlines"))
        deadlines_layout = QVBoxLayout(deadlines_box)
        deadlines_layout.addWidget(self.table)
        buttons = QHBoxLayout()
        buttons.addWidget(self.dry_run_button)
        buttons.addWidget(self.cleanup_button)
        buttons.addStretch()
        deadlines_layout.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self._policy_box())
        layout.addWidget(deadlines_box, 1)
        layout.addWidget(jobs)

    def _policy_box(self) -> QGroupBox:
        """One row per table: how many months, and why (a law, a contract, a need) — the log records both."""
        labels = {"customers": self.tr("C&ustomers:"), "transactions": self.tr("&Transactions:"),
                  "interactions": self.tr("&Interactions:"), "usage": self.tr("U&sage:"),
                  "campaign_members": self.tr("Ca&mpaign members:")}
        box = QGroupBox(self.tr("Policies"))
        grid = QGridLayout(box)
        grid.addWidget(QLabel(self.tr("Keep for")), 0, 1)
        grid.addWidget(QLabel(self.tr("Why this period")), 0, 2)
        for row, table in enumerate(DEFAULT_POLICIES, start=1):
            months = QSpinBox()
            months.setRange(1, MAX_MONTHS)
            months.setSuffix(self.tr(" months"))
            months.setAccessibleName(self.tr("{0}: months kept").format(self._name(table)))
            basis = QLineEdit()
            basis.setMaxLength(MAX_BASIS_CHARS)
            basis.setAccessibleName(self.tr("{0}: why this period").format(self._name(table)))
            label = QLabel(labels.get(table, table))
            label.setBuddy(months)
            grid.addWidget(label, row, 0)
            grid.addWidget(months, row, 1)
            grid.addWidget(basis, row, 2)
            self.months[table], self.basis[table] = months, basis
        grid.setColumnStretch(2, 1)
        grid.addWidget(self.save_button, len(DEFAULT_POLICIES) + 1, 2, Qt.AlignmentFlag.AlignRight)
        return box

    def _basis(self, table: str, current: RetentionPolicy) -> str:
        """The justification typed; the stored one where the field still shows it translated (it stays English)."""
        typed = self.basis[table].text().strip()
        return current.basis if typed == said("Settings", current.basis) else typed

    def _name(self, table: str) -> str:
        return self._names.get(table, table)

    def refresh(self) -> None:
        """Policies come from the project's metadata at once; deadlines scan the tables, so they are a job."""
        for table, policy in self.session.service.duties.retention_policies().items():
            self.months[table].setValue(policy.months)
            self.basis[table].setText(said("Settings", policy.basis))  # a default in the window's language
        self.jobs.when_idle(self._read_deadlines)

    def _read_deadlines(self) -> None:
        duties = self.session.service.duties
        self.jobs.run(self.tr("Reading retention deadlines"),
                      lambda progress: duties.retention_deadlines(progress=progress), self._show_deadlines,
                      keep_message=True)

    def _show_deadlines(self, result: tuple[Deadlines, RetentionDue]) -> None:
        view, due = result
        units = {"customers": self.tr("customers"), "rows": self.tr("rows")}
        self.model.set_frame(pl.DataFrame([self._deadline_row(table, d, units) for table, d in view.tables.items()],
                                          schema=_DEADLINES))
        if due.due:
            counts = ", ".join(self.tr("{0}: {1} {2}").format(self._name(t), n, units.get(view.tables[t].unit, ""))
                               for t, n in due.expired.items())
            self.status.show_message(self.tr("Cleanup overdue: {0} past the retention limit. Run a dry run to see "
                                             "what would go, then clean up.").format(counts), "warning")
        else:
            self.status.ok(self.tr("Nothing is past its retention limit (as of {0}).").format(human_date(view.today)))

    def _deadline_row(self, table: str, deadline: TableDeadlines, units: dict[str, str]) -> dict[str, Any]:
        upcoming = deadline.upcoming  # month → count, in calendar order
        return {"table": self._name(table), "months": deadline.months, "held": deadline.held,
                "unit": units.get(deadline.unit, deadline.unit), "expired": deadline.expired,
                "upcoming": sum(upcoming.values()),
                "next": ", ".join(f"{_month(month)}: {n}" for month, n in list(upcoming.items())[:3]),
                "later": deadline.later, "undated": deadline.undated}

    def save_policies(self) -> None:
        """Save the rows that differ from the project's policies; each change is logged with its old period."""
        duties = self.session.service.duties
        current = duties.retention_policies()
        edited = {table: RetentionPolicy(self.months[table].value(), self._basis(table, current[table]))
                  for table in current}
        changed = {table: policy for table, policy in edited.items() if policy != current[table]}
        if not changed:
            self.jobs.banner.info(self.tr("No policy was changed."))
            return
        self.jobs.run(self.tr("Saving retention policies"), lambda progress: duties.set_retention(changed, progress),
                      self._saved, changes_data=True)

    def _saved(self, results: tuple[PolicySet, ...]) -> None:
        self.jobs.banner.ok(" ".join(self.tr("Retention for {0}: {1} months ({2}).")
                                     .format(self._name(r.table), r.months, r.basis) for r in results))

    def _plan(self, then: Callable[[RetentionPlan], None]) -> None:
        duties = self.session.service.duties
        self.jobs.run(self.tr("Working out what has expired"),
                      lambda progress: duties.plan_retention(progress=progress), then)

    def dry_run(self) -> None:
        """Say what a cleanup would delete today, deleting nothing."""
        self._plan(lambda plan: self.jobs.banner.info(self._plan_text(plan)))

    def clean_up(self) -> None:
        """Plan afresh, show what would go, and delete it only after the user says yes."""
        self._plan(self._confirm_cleanup)

    def _plan_text(self, plan: RetentionPlan) -> str:
        if plan.empty:
            return self.tr("Nothing has passed its retention limit: a cleanup would delete nothing.")
        summary = plan.summary
        return self.tr("Dry run — nothing deleted. A cleanup on {0} would delete {1}; {2} customers are past the "
                       "customers limit; {3} encrypted IDs would no longer be needed.").format(
            summary.today, self._rows_text(summary.rows_removed), summary.customers_expired, summary.subjects_dropped)

    def _rows_text(self, rows: Mapping[str, int]) -> str:
        return ", ".join(self.tr("{0}: {1} rows").format(self._name(t), n) for t, n in rows.items() if n)

    def _confirm_cleanup(self, plan: RetentionPlan) -> None:
        if plan.empty:
            self.jobs.banner.info(self._plan_text(plan))
            return
        duties = self.session.service.duties
        question = self.tr("Delete for good: {0}? The replaced files' keys are destroyed, so this cannot be "
                           "undone.").format(self._rows_text(plan.summary.rows_removed))
        self.jobs.confirmed(self.tr("Clean up"), question,
                            lambda progress: duties.execute_retention(plan, progress), self._cleaned)

    def _cleaned(self, result: CleanupResult) -> None:
        self.jobs.banner.ok(self.tr("Cleanup done: deleted {0}; the replaced files' keys are destroyed. Log entry {1}.")
                            .format(self._rows_text(result.rows_removed), result.log_entry))
