"""The desktop app leaves no customer data in its preferences, crash reports, or Qt's own folders.

A project is created, the HubSpot demo imported and trained through the real window, then two unexpected
failures are forced with an e-mail address and a name in their messages: one in a job (training) and one in
a slot on the UI thread.  Every Qt standard location (settings, caches, data, temp, runtime) is pointed at
the test's own HOME/XDG folders, which the test asserts, and then searched with the preferences folder and
the project for the customers' identifiers, names, e-mails and phones.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QTimer

from prevista.core.analytics import training
from prevista.core.runtime.crash_report import reports_dir
from prevista.gui.app import install_crash_reports
from tests.gui.conftest import settle
from tests.gui.heartbeat import create_through_start, import_through_wizard, train_through_page
from tests.test_leaks import Places, hubspot, needles, search


def _qt_locations() -> list[Path]:
    return [Path(p) for loc in QStandardPaths.StandardLocation
            for p in [QStandardPaths.writableLocation(loc)] if p]


def test_gui_run_leaves_no_identifier_in_preferences_crash_reports_or_qt_folders(qtbot, tmp_path: Path, monkeypatch):
    places = Places(tmp_path / "run")
    runtime = places.root / "runtime"
    for folder in (places.temp, places.home, runtime):
        folder.mkdir(parents=True, mode=0o700)
    for name, value in {**places.env(), "XDG_RUNTIME_DIR": str(runtime)}.items():
        monkeypatch.setenv(name, value)
    assert all(p.is_relative_to(places.root) for p in _qt_locations())

    source = hubspot()
    quoted = source.frame().row(0, named=True)
    secret = f"{quoted['Email']} ({quoted['First Name']} {quoted['Last Name']}, {quoted['Phone Number']})"
    project = tmp_path / "pilot"
    window = create_through_start(qtbot, project)
    session, workspace = window.session, window.workspace
    workspace.show_page("import")
    import_through_wizard(workspace.pages["import"], source.files, monkeypatch.setattr)
    workspace.show_page("models")
    train_through_page(workspace.pages["models"])
    settle(qtbot, session)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise ValueError(f"cannot parse {secret}")
    monkeypatch.setattr(training, "build_features", broken)
    models = workspace.pages["models"]
    train_through_page(models)
    settle(qtbot, session)
    assert "A crash report (no customer data) was saved to" in models.jobs.banner.text()
    assert quoted["Email"] not in models.jobs.banner.text()

    previous_hook = sys.excepthook
    try:
        install_crash_reports(window)
        QTimer.singleShot(0, lambda: broken())
        qtbot.waitUntil(lambda: "crash report" in window.statusBar().currentMessage(), timeout=10_000)
    finally:
        sys.excepthook = previous_hook
    assert quoted["Email"] not in window.statusBar().currentMessage()
    reports = sorted(reports_dir().glob("crash-*.txt"))
    assert len(reports) == 2 and all(" in broken" in r.read_text(encoding="utf-8") for r in reports)

    search_for = needles(source)
    assert {quoted["Email"].encode(), f"{quoted['First Name']} {quoted['Last Name']}".encode()} <= search_for
    folders = [project, reports_dir().parent, places.root, *_qt_locations()]
    files, hits = search(folders, search_for)
    assert {p.resolve() for p in [reports_dir().parent / "preferences.json", *reports]} <= set(files)
    assert any(p.suffix == ".sealed" for p in files)
    print(f"\nleaks gui: {len(search_for)} needles searched in {len(files)} files: {len(hits)} hits")
    assert hits == []
