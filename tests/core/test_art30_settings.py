"""The Art. 30 record names what it lacks: the settings it would print as "not configured", and how to set them."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

from prevista.core.project.settings import ProjectSettings
from prevista.core.reports.art30 import NOT_CONFIGURED, missing_settings, record_of_processing
from prevista.core.services.project import ProjectService
from prevista.privacy.store import ProjectStore
from tests.cli_helpers import prevista

DETAILS = {"controller_name": "Kowalski Sp. z o.o.", "controller_contact": "biuro@kowalski.example",
           "dpo_contact": "none appointed", "organisational_measures": "two named staff"}


def _printed_unconfigured(store: ProjectStore) -> set[str]:
    """The settings the gathered record actually prints as "not configured"."""
    text = json.dumps(record_of_processing(store), default=lambda o: o.__dict__)
    return {name for name in ProjectSettings().as_dict() if NOT_CONFIGURED.format(name) in text}


def test_missing_settings_are_exactly_what_the_record_would_print_as_not_configured(store: ProjectStore) -> None:
    service = ProjectService(store, operator="t")
    assert set(missing_settings(service.settings())) == _printed_unconfigured(store) == set(DETAILS)
    service.update_settings({"recipients": "  ", **DETAILS})
    assert missing_settings(service.settings()) == ("recipients",) and _printed_unconfigured(store) == {"recipients"}


def test_the_cli_names_the_missing_settings_and_the_command_that_sets_them(store: ProjectStore, tmp_path: Path) -> None:
    root = str(store.root)
    written = prevista("report", "art30", "--project", root, "--out", str(tmp_path / "record.pdf"))
    assert written.returncode == 0, written.stderr
    lines = written.stdout.splitlines()
    assert all(name in lines[1] for name in DETAILS)
    command = shlex.split(lines[2])
    assert command[:4] == ["prevista", "settings", "--project", root]
    assert [arg.split("=")[0] for arg in command[4:] if arg != "--set"] == list(DETAILS)
    as_json = json.loads(prevista("report", "art30", "--project", root, "--out", str(tmp_path / "r.pdf"), "--json").stdout)
    assert as_json["missing_settings"] == list(DETAILS)
    assert prevista("settings", "--project", root, *[a for k, v in DETAILS.items() for a in ("--set", f"{k}={v}")]
                    ).returncode == 0
    complete = prevista("report", "art30", "--project", root, "--out", str(tmp_path / "record.pdf"))
    assert complete.stdout.strip() == f"Wrote the record of processing activities to {tmp_path / 'record.pdf'}."
