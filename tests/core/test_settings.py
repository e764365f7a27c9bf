"""Project settings: typed, checked by one rule from every source, versioned, and old projects still read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from prevista.core.analytics.training import TrainOptions, train
from prevista.core.project.lifecycle import create_project
from prevista.core.project.settings import SETTINGS_VERSION, ProjectSettings, settings, update_settings
from prevista.privacy.errors import ParameterError, PrevistaError
from prevista.privacy.kdf import KdfParams
from prevista.privacy.schema import Action, Meta
from prevista.privacy.store import ProjectStore
from tests.conftest import PASSPHRASE

UNVERSIONED = {"min_segment_size": 20, "controller_name": "Kowalski Sp. z o.o.", "legal_basis": "contract",
               "no_longer_a_setting": "kept by nobody"}


@pytest.fixture
def project(tmp_path: Path) -> ProjectStore:
    return create_project(tmp_path / "project", PASSPHRASE, operator="t", kdf=KdfParams.minimum())


def _actions(store: ProjectStore) -> list[str]:
    return [entry["action"] for entry in store.log.entries()]


def test_a_new_project_stores_every_value_with_the_version(project: ProjectStore) -> None:
    assert project.meta(Meta.SETTINGS) == {"version": SETTINGS_VERSION, "values": ProjectSettings().as_dict()}
    assert settings(project) == ProjectSettings()


def test_an_old_project_reads_its_unversioned_settings_and_is_migrated_at_the_next_change(project: ProjectStore) -> None:
    project.commit(meta={Meta.SETTINGS: UNVERSIONED})
    old = settings(project)
    assert (old.min_segment_size, old.controller_name, old.legal_basis) == (20, "Kowalski Sp. z o.o.", "contract")
    assert old.model_max_age_days == ProjectSettings().model_max_age_days  # absent: the default
    assert project.meta(Meta.SETTINGS) == UNVERSIONED  # reading writes nothing

    updated = update_settings(project, {"dpo_contact": "dpo@example.com"}, operator="t")
    assert updated == ProjectSettings(min_segment_size=20, controller_name="Kowalski Sp. z o.o.",
                                      legal_basis="contract", dpo_contact="dpo@example.com")
    assert project.meta(Meta.SETTINGS) == {"version": SETTINGS_VERSION, "values": updated.as_dict()}
    assert settings(ProjectStore.open(project.root, PASSPHRASE)) == updated
    entry = project.log.entries()[-1]
    assert entry["action"] == Action.SETTINGS_CHANGED and entry["details"] == {"keys": ["dpo_contact"]}


@pytest.mark.parametrize(("key", "text", "allowed"), [
    ("min_segment_size", "4", "an int in the range [5, inf)"),
    ("min_segment_size", "ten", "an int in the range [5, inf)"),
    ("model_max_age_days", "29", "an int in the range [30, inf)"),
    ("legal_basis", "vital-interest", "one of consent, contract, legitimate-interest"),
])
def test_text_outside_a_settings_range_is_refused_with_the_key_and_the_range(
        project: ProjectStore, key: str, text: str, allowed: str) -> None:
    with pytest.raises(ParameterError, match=rf"'{key}'\) must be {re.escape(allowed)}"):
        update_settings(project, {key: text}, operator="t")
    assert _actions(project) == [Action.PROJECT_CREATED] and settings(project) == ProjectSettings()


def test_text_is_typed_and_unknown_keys_are_refused(project: ProjectStore) -> None:
    assert update_settings(project, {"min_segment_size": "25"}, operator="t").min_segment_size == 25
    with pytest.raises(ParameterError, match="Unknown setting.*colour"):
        update_settings(project, {"colour": "blue"}, operator="t")


def test_a_stored_value_is_held_to_the_same_rule_and_can_be_repaired(project: ProjectStore) -> None:
    project.commit(meta={Meta.SETTINGS: {"min_segment_size": 3}})
    with pytest.raises(ParameterError, match=r"'min_segment_size'\) must be an int in the range \[5, inf\)\. Got 3"):
        settings(project)
    assert update_settings(project, {"min_segment_size": "5"}, operator="t").min_segment_size == 5


def test_settings_of_a_newer_release_are_refused(project: ProjectStore) -> None:
    project.commit(meta={Meta.SETTINGS: {"version": SETTINGS_VERSION + 1, "values": {}}})
    with pytest.raises(PrevistaError, match="newer Prevista"):
        settings(project)


@pytest.mark.parametrize("k", [0, 4, -1])
def test_training_refuses_an_invalid_k_before_any_work_rather_than_use_the_default(project: ProjectStore, k: int) -> None:
    with pytest.raises(ParameterError, match=r"must be an int in the range \[5, inf\)"):
        train(project, TrainOptions(operator="t", min_segment_size=k))  # the project is empty: k is checked first
    assert _actions(project) == [Action.PROJECT_CREATED]
