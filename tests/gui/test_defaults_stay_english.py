"""Default texts core stores in English (recipients, transfers, retention justifications) show in the window's
language, and saving a form the user did not change stores nothing: the translation never reaches the project.
The privacy log shows actions by name and its times the locale's way, its stored identifiers unchanged."""

from __future__ import annotations

from pathlib import Path

from prevista.core.duties.retention import DEFAULT_POLICIES
from prevista.core.project.settings import ProjectSettings
from prevista.gui.screens.privacy import PrivacyPage
from prevista.gui.screens.settings import SettingsPage
from tests.gui.conftest import open_session, settle, shown_page
from tests.gui.pseudo_locale import CLOSE, OPEN


def test_unchanged_translated_defaults_are_not_saved(qtbot, trained_project: Path, marked: None) -> None:
    settings = shown_page(qtbot, SettingsPage, trained_project)
    recipients = settings.fields["recipients"].widget.text()
    assert recipients == f"{OPEN}{ProjectSettings().recipients}{CLOSE}"  # the default, through the catalogue
    assert settings.changes() == {}

    privacy = PrivacyPage(open_session(trained_project))
    qtbot.addWidget(privacy)
    privacy.show()
    privacy.refresh()
    settle(qtbot, privacy.session)
    tab = privacy.retention
    assert tab.basis["usage"].text() == f"{OPEN}{DEFAULT_POLICIES['usage'].basis}{CLOSE}"
    tab.save_button.click()
    assert "No policy was changed" in tab.jobs.banner.text()  # the shown default is the stored one

    log = privacy.log.entries
    actions = [log.action.itemText(i) for i in range(1, log.action.count())]
    assert actions and all(a.startswith(OPEN) for a in actions)  # by name, through the catalogue
    assert {log.action.itemData(i) for i in range(1, log.action.count())} >= {"project-created", "import", "train"}
    times = log.model.frame["time"].to_list()
    assert times and not any("T" in t or t[4:5] == "-" for t in times)  # no raw ISO time
