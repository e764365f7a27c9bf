"""The retention tab counts every stored customer once, also for a snapshot that carries no dates at all."""

from __future__ import annotations

from pathlib import Path

from prevista.core.ingest.importer import ImportOptions, run_import
from prevista.core.project.lifecycle import create_project
from prevista.gui.screens.privacy import PrivacyPage
from prevista.privacy.kdf import KdfParams
from tests.conftest import PASSPHRASE
from tests.core.test_retention_views import PEOPLE, snapshot
from tests.gui.conftest import settle, shown_page


def test_a_dateless_snapshot_shows_every_customer_as_held_and_undated(qtbot, tmp_path: Path) -> None:
    store = create_project(tmp_path / "bank", PASSPHRASE, operator="tester", kdf=KdfParams.minimum())
    run_import(store, snapshot(tmp_path), ImportOptions(operator="tester"), accept_warnings=True)
    page = shown_page(qtbot, PrivacyPage, tmp_path / "bank")
    settle(qtbot, page.session)
    rows = page.retention.model.frame.to_dicts()
    customers = next(row for row in rows if row["table"] == "Customers")
    assert (customers["held"], customers["undated"], customers["expired"], customers["upcoming"],
            customers["later"]) == (PEOPLE, PEOPLE, 0, 0, 0)
    assert all(row["held"] == row["expired"] + row["upcoming"] + row["later"] + row["undated"] for row in rows)
