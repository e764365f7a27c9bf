"""The opt-out register tab: record objections (typed or from a file), record re-consent, see counts.

The register is shown as counts only: listing who objected would itself be
processing their data for no purpose.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from prevista.core.duties.optouts import OptOutsRecorded, ReConsent, Requests
from prevista.core.services.duties import optout_requests
from prevista.gui import dialogs
from prevista.gui.session import Session
from prevista.gui.widgets import JobPanel

_SEPARATORS = re.compile(r"[\n,;]+")


def _entries(text: str) -> tuple[str, ...]:
    """One value per line or separated by commas/semicolons, so a pasted spreadsheet column works as is."""
    return tuple(part.strip() for part in _SEPARATORS.split(text) if part.strip())


class OptOutsTab(QWidget):
    """Objections take effect at once (data removed everywhere); re-consent lets the next import bring data back."""

    def __init__(self, session: Session, jobs: JobPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.jobs = jobs
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Opt-out register counts"))
        intro = QLabel(self.tr("A customer who objects (GDPR Art. 21) is removed from every table and score at once "
                               "and left out of every later import. Type customer IDs as in the CRM export and/or "
                               "e-mail addresses, one per line or separated by commas."))
        intro.setWordWrap(True)
        self.ids = self._list_field(self.tr("Customer IDs"))
        self.emails = self._list_field(self.tr("E-mail addresses"))
        form = QFormLayout()
        form.addRow(self.tr("Customer &IDs:"), self.ids)
        form.addRow(self.tr("E-&mail addresses:"), self.emails)
        self.record_button = QPushButton(self.tr("Record ob&jection"))
        self.record_button.clicked.connect(self.record)
        self.file_button = QPushButton(self.tr("Objections from a &file…"))
        self.file_button.clicked.connect(self.record_from_file)
        self.withdraw_button = QPushButton(self.tr("Record re-co&nsent…"))
        self.withdraw_button.clicked.connect(self.withdraw)
        jobs.guard(self.record_button, self.file_button, self.withdraw_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.file_button)
        buttons.addStretch()
        buttons.addWidget(self.withdraw_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(jobs)
        layout.addStretch()

    @staticmethod
    def _list_field(name: str) -> QPlainTextEdit:
        field = QPlainTextEdit()
        field.setTabChangesFocus(True)  # Tab moves on instead of typing a tab: no keyboard trap
        field.setAccessibleName(name)
        field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        field.setFixedHeight(field.fontMetrics().lineSpacing() * 5)
        return field

    def refresh(self) -> None:
        """The counts are the only view of the register there is."""
        counts = self.session.service.duties.optout_register()
        self.summary.setText(self.tr("On the register: {0} customers who objected, {1} erased on request, "
                                     "{2} e-mail addresses not yet matched to a customer.")
                             .format(counts.customers, counts.erased, counts.emails_not_yet_known))

    def _typed(self) -> Requests | None:
        """The typed request; both fields empty is prompted for here (in the user's language), while what a
        request must name is core's rule (``optout_requests``)."""
        ids, emails = _entries(self.ids.toPlainText()), _entries(self.emails.toPlainText())
        if not ids and not emails:
            self.jobs.banner.error(self.tr("Type at least one customer ID or e-mail address first."))
            return None
        return optout_requests(ids=ids, emails=emails)

    def record(self) -> None:
        """Record the typed objections."""
        requests = self._typed()
        if requests is not None:
            self._record(requests, "manual")

    def record_from_file(self) -> None:
        """Record objections listed in CSV/XLSX/JSON files; reading them is a job, since a list can be long."""
        paths = dialogs.open_paths(self, self.tr("Files listing the customers who object"),
                                   self.tr("Lists (*.csv *.txt *.xlsx *.json);;All files (*)"))
        if paths:
            self.jobs.run(self.tr("Reading the opt-out list"),
                          lambda progress: optout_requests(files=paths, progress=progress),
                          lambda requests: self._record(requests, "file"))

    def _record(self, requests: Requests, source: str) -> None:
        question = self.tr("Record the objection of {0} customer IDs and {1} e-mail addresses? Their data is "
                           "removed from every table now, for good; after a re-consent it returns only with the "
                           "next import.").format(len(requests.ids), len(requests.emails))
        duties = self.session.service.duties
        self.jobs.confirmed(self.tr("Record objection"), question,
                            lambda progress: duties.record_optouts(requests, source=source, progress=progress),
                            self._recorded)

    def _recorded(self, result: OptOutsRecorded) -> None:
        self._clear()
        self.jobs.banner.ok(self.tr("Recorded. {0} customers' data removed ({1} rows); {2} e-mail addresses will be "
                                    "excluded when they appear; register holds {3}. Log entry {4}.")
                            .format(result.customers_with_data, result.rows_removed, result.emails_not_yet_known,
                                    result.register_size, result.log_entry))

    def withdraw(self) -> None:
        """Re-consent for the typed customers: the register forgets them (an erasure stays in force)."""
        requests = self._typed()
        if requests is None:
            return
        question = self.tr("Record re-consent for {0} customer IDs and {1} e-mail addresses? They leave the opt-out "
                           "register; their data returns with the next import.").format(len(requests.ids),
                                                                                        len(requests.emails))
        duties = self.session.service.duties
        self.jobs.confirmed(self.tr("Record re-consent"), question,
                            lambda progress: duties.withdraw_optouts(requests, progress), self._withdrawn)

    def _withdrawn(self, result: ReConsent) -> None:
        self._clear()
        self.jobs.banner.ok(self.tr("Re-consent recorded for {0} customers; their data returns with the next import. "
                                    "Log entry {1}.").format(result.withdrawn, result.log_entry))

    def _clear(self) -> None:
        """Identifiers typed in do not linger on screen once they are dealt with."""
        self.ids.clear()
        self.emails.clear()
