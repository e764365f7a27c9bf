"""The settings screen: a row per core setting, the stored values shown (old projects too), changes saved and logged."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QSpinBox

from prevista.core.project.lifecycle import create_project
from prevista.core.project.settings import SPECS, settings
from prevista.gui.screens.settings import SettingsPage
from prevista.privacy.kdf import KdfParams
from prevista.privacy.schema import Action, Meta
from tests.conftest import PASSPHRASE
from tests.gui.conftest import finish, shown_page


def _old_project(folder: Path) -> Path:
    """A project whose settings are in the unversioned form earlier releases wrote."""
    store = create_project(folder / "project", PASSPHRASE, operator="tester", kdf=KdfParams.minimum())
    store.commit(meta={Meta.SETTINGS: {"min_segment_size": 20, "controller_name": "Kowalski Sp. z o.o."}})
    return store.root


def test_the_form_shows_an_old_projects_settings_and_saves_only_the_changes(qtbot, tmp_path: Path) -> None:
    page = shown_page(qtbot, SettingsPage, _old_project(tmp_path))
    assert list(page.fields) == [spec.name for spec in SPECS]
    k = page.fields["min_segment_size"].widget
    assert isinstance(k, QSpinBox) and k.value() == 20 and k.minimum() == 5
    assert page.changes() == {}

    k.setValue(200_000)  # beyond the form's former cap: the form holds whatever core accepts
    page.fields["dpo_contact"].widget.setText("  dpo@example.com ")
    assert page.changes() == {"min_segment_size": "200000", "dpo_contact": "dpo@example.com"}
    page.save_project()
    finish(qtbot, page.jobs.job)

    store = page.session.store
    assert (settings(store).min_segment_size, settings(store).dpo_contact) == (200_000, "dpo@example.com")
    assert settings(store).controller_name == "Kowalski Sp. z o.o."
    entry = store.log.entries()[-1]
    assert entry["action"] == Action.SETTINGS_CHANGED and entry["details"]["keys"] == ["dpo_contact", "min_segment_size"]
