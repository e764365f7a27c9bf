"""The data-subject requests tab: access (GDPR Art. 15) and erasure (Art. 17) for one customer ID.

The screen shows counts only.  The person's data leaves the project in one
place: the access report file the key holder chooses to write.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from prevista.core.duties.dsar import AccessWritten, ErasurePlan, ErasureResult
from prevista.gui import dialogs
from prevista.gui.session import Session
from prevista.gui.widgets import JobPanel


class RequestsTab(QWidget):
    """Answer a person who asks what is held about them, or asks to be erased."""

    def __init__(self, session: Session, jobs: JobPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.jobs = jobs
        intro = QLabel(self.tr("Type the customer ID exactly as it appears in the CRM export. An access report holds "
                               "everything kept about the person, readable: save it outside the project folder and "
                               "hand it over securely. An erasure deletes the person's data everywhere, for good."))
        intro.setWordWrap(True)
        self.customer_id = QLineEdit()
        self.customer_id.setAccessibleName(self.tr("Customer ID"))
        form = QFormLayout()
        form.addRow(self.tr("Customer &ID:"), self.customer_id)
        self.access_button = QPushButton(self.tr("&Access report…"))
        self.access_button.clicked.connect(self.access)
        self.erase_button = QPushButton(self.tr("&Erase…"))
        self.erase_button.clicked.connect(self.erase)
        jobs.guard(self.access_button, self.erase_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.access_button)
        buttons.addStretch()
        buttons.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(jobs)
        layout.addStretch()

    def _customer(self) -> str | None:
        customer = self.customer_id.text().strip()
        if not customer:
            self.jobs.banner.error(self.tr("Type the customer ID first."))
            return None
        return customer

    def access(self) -> None:
        """Write the access report to a file the user picks; core refuses a path inside the project."""
        customer = self._customer()
        if customer is None:
            return
        path = dialogs.save_path(self, self.tr("Save the access report (outside the project folder)"),
                                 "access-report.html", self.tr("Web page (*.html)"))
        if path is None:
            return
        duties = self.session.service.duties
        self.jobs.run(self.tr("Preparing the access report"),
                      lambda progress: duties.access_request(customer, path, progress), self._accessed)

    def _accessed(self, result: AccessWritten) -> None:
        self.customer_id.clear()
        file = result.file
        if result.rows:
            text = self.tr("Wrote everything held about this person ({0} records in {1} tables) to {2}. The file is "
                           "readable personal data: hand it over securely and delete your copy.")
            self.jobs.banner.ok(text.format(result.rows, result.tables, file))
        elif result.erased:
            self.jobs.banner.ok(self.tr("No data is held about this person: they were erased on request; only their "
                                        "encrypted ID is kept, so that no import brings them back. The report saying "
                                        "so is in {0}.").format(file))
        elif result.opted_out:
            self.jobs.banner.ok(self.tr("No data is held about this person: they objected; only their encrypted ID "
                                        "is kept on the opt-out register. The report saying so is in {0}.")
                                .format(file))
        else:
            self.jobs.banner.ok(self.tr("No records are held about this person. The report saying so is in {0}.")
                                .format(file))

    def erase(self) -> None:
        """Find what erasing would delete, say so, and erase only after a yes."""
        customer = self._customer()
        if customer is None:
            return
        duties = self.session.service.duties
        self.jobs.run(self.tr("Finding this person's data"), lambda progress: duties.plan_erasure(customer, progress),
                      self._confirm_erasure)

    def _confirm_erasure(self, plan: ErasurePlan) -> None:
        summary = plan.summary
        duties = self.session.service.duties
        question = self.tr("Erase this person's data everywhere, for good? {0} rows in {1} tables are deleted and "
                           "cannot be recovered; only their encrypted ID is kept, so that no later import brings "
                           "them back.").format(summary.rows_total, sum(1 for n in summary.rows_removed.values() if n))
        self.jobs.confirmed(self.tr("Erase"), question, lambda progress: duties.execute_erasure(plan, progress),
                            self._erased)

    def _erased(self, result: ErasureResult) -> None:
        self.customer_id.clear()
        self.jobs.banner.ok(self.tr("Erased everywhere: {0} rows deleted; future imports will leave this person out. "
                                    "Log entry {1}.").format(result.rows_total, result.log_entry))
