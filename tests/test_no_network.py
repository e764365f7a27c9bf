"""The whole flow opens no network socket: demo import, training, reports, handover bundle and close.

Every socket constructor is replaced by one that fails the test, in this
process; the packaged app's smoke test additionally runs the demo in a
network namespace with no network at all.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from prevista.core.analytics.training import check_drift, forecast_support
from prevista.core.demo.run import run_demo
from prevista.core.handover.bundle import close_pilot, write_bundle
from prevista.core.project.lifecycle import open_project
from prevista.core.reports.art30 import record_of_processing, write_record
from prevista.core.reports.pilot import pilot_report, write_report

PASSPHRASE = "correct horse battery staple"


class NoSocket(socket.socket):
    def __init__(self, *args, **kwargs) -> None:
        raise AssertionError("a network socket was opened")


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(socket, "create_connection", NoSocket)
    monkeypatch.setattr(socket, "socketpair", NoSocket)


def test_the_whole_flow_runs_without_a_socket(no_network, tmp_path: Path) -> None:
    project = tmp_path / "demo"
    run_demo(project, operator="t", passphrase=PASSPHRASE)
    store = open_project(project, PASSPHRASE)
    check_drift(store, operator="t")
    forecast_support(store, weeks=8, operator="t")
    write_record(store, record_of_processing(store), tmp_path / "art30.pdf", "pdf", operator="t")
    write_report(store, pilot_report(store), tmp_path / "pilot.pdf", "pdf", operator="t")
    bundle = tmp_path / "bundle.zip"
    write_bundle(store, bundle, operator="t")
    close_pilot(store, bundle, operator="t")
    actions = [entry["action"] for entry in open_project(project, PASSPHRASE).log.entries()]
    assert actions[-1] == "pilot-closed" and "train" in actions and "handover-bundle" in actions
