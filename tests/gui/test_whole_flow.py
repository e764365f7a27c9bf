"""The whole flow in the real window, as a user clicks it: create → import → train → segments → opt-out →
retention → verify the log.  Each step is checked through core on the project folder."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from prevista.core.analytics.release import dashboard
from prevista.core.demo.run import demo_files
from prevista.core.duties.optouts import register_summary
from prevista.core.project.lifecycle import open_project
from prevista.core.project.settings import settings
from prevista.core.reports.status import project_status
from prevista.gui import dialogs
from tests.conftest import PASSPHRASE
from tests.gui.conftest import settle
from tests.gui.heartbeat import create_through_start, import_through_wizard, train_through_page


def test_create_import_train_segments_optout_retention_verify(qtbot, tmp_path: Path, monkeypatch):
    folder = tmp_path / "pilot"
    window = create_through_start(qtbot, folder)
    session, workspace = window.session, window.workspace
    assert workspace.current() is workspace.pages["overview"]

    workspace.show_page("import")
    import_through_wizard(workspace.pages["import"], demo_files("hubspot"), monkeypatch.setattr)
    assert project_status(open_project(folder, PASSPHRASE)).customers == 500

    workspace.show_page("models")
    train_through_page(workspace.pages["models"])
    settle(qtbot, session)

    workspace.show_page("segments")
    settle(qtbot, session)
    shown = workspace.pages["segments"].table.frame
    expected = dashboard(open_project(folder, PASSPHRASE)).segments
    assert shown.height == len(expected) > 0
    assert shown["size"].min() >= settings(session.store).min_segment_size

    workspace.show_page("privacy")
    privacy = workspace.pages["privacy"]
    settle(qtbot, session)  # the page re-reads the register, deadlines and log; its buttons wait for that
    contacts = pl.read_csv(demo_files("hubspot")[0], infer_schema_length=0)
    customer = contacts.filter(pl.col("Marketing Opt Out") == "false")["Record ID"][0]
    monkeypatch.setattr(dialogs, "confirm", lambda *_args: True)
    registered = register_summary(session.store).customers
    privacy.tabs.setCurrentWidget(privacy.optouts)
    qtbot.keyClicks(privacy.optouts.ids, customer)
    assert privacy.optouts.record_button.isEnabled()
    privacy.optouts.record_button.click()
    settle(qtbot, session)
    assert register_summary(open_project(folder, PASSPHRASE)).customers == registered + 1

    privacy.tabs.setCurrentWidget(privacy.retention)
    privacy.retention.months["usage"].setValue(1)
    privacy.retention.save_button.click()
    settle(qtbot, session)
    usage_rows = session.store.table_info("usage")["rows"]
    privacy.retention.cleanup_button.click()
    settle(qtbot, session)
    after = open_project(folder, PASSPHRASE)
    assert after.table_info("usage")["rows"] < usage_rows

    privacy.tabs.setCurrentWidget(privacy.log)
    privacy.log.verify_button.click()
    settle(qtbot, session)
    entries = open_project(folder, PASSPHRASE).log.entries()
    assert privacy.log.jobs.banner.text().startswith(f"OK: {len(entries)} entries")
    assert [e["action"] for e in entries][:2] == ["project-created", "import"]
    assert {"train", "optout-recorded", "retention-policy-set", "retention-cleanup"} <= {e["action"] for e in entries}
