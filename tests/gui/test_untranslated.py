"""Every text the window shows went through the translation catalogues, core's sentences included.

The window runs in a pseudo-language (tests/gui/pseudo_locale.py) that marks every translated word, over the
trained demo project, in a French locale (so a number core wrote the English way stands out).  Every screen is
visited, every tab of it, a check that asks nothing run (the drift check), and every visible text read: labels,
buttons, group and tab titles, table headers and cells, combo items, tooltips, chart titles and axes.  Words outside the marks must be the project's own data:
its column names and category values, a customer's identity, the project's folder, what the user typed; the
allowed words are read from the project, never listed here.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl
import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from prevista.core.campaigns.start import CampaignRequest
from prevista.core.runtime.preferences import LANGUAGES, Preferences
from prevista.core.services.project import ProjectService
from prevista.gui.app import build
from prevista.gui.main_window import PAGES, MainWindow
from prevista.privacy.kdf import KdfParams
from prevista.privacy.schema import Meta, Table, TableKind
from tests.conftest import PASSPHRASE
from tests.gui.conftest import JOB_TIMEOUT_MS
from tests.gui.pseudo_locale import MAX_TEXT, Marking, Shown, offending, shown_texts, tab_widgets, words

SCREENS = ("start", *(name for name, _page in PAGES))
LOCALE = QLocale(QLocale.Language.French, QLocale.Country.France)  # "4 950,5": "4,950" and "485.3" stand out


@dataclass
class Reading:
    """What the walk read on one screen: how many texts, and those neither translated nor data."""

    texts: int = 0
    offences: list[str] = field(default_factory=list)

    def add(self, shown: list[Shown], allowed: set[str]) -> None:
        self.texts += len(shown)
        self.offences += [f"{item.widget}, {item.what}: {part!r} in {item.text[:MAX_TEXT]!r}"
                          for item in shown for part in offending(item.text, allowed)]


def _wait(condition: Callable[[], bool], timeout_ms: int = JOB_TIMEOUT_MS) -> None:
    """qtbot's waitUntil, which a module-scoped walk cannot use (qtbot lives per test)."""
    deadline = time.monotonic() + timeout_ms / 1000
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting for the window"
        QApplication.processEvents()
        time.sleep(0.005)
    QApplication.processEvents()


def data_words(service: ProjectService, path: Path, operator: str) -> set[str]:
    """The words the project's own data may put on screen: column names, category values, identities, the folder,
    the users' names and what they typed for a campaign; and the product's name and the languages' own names."""
    store = service.store
    texts = ["Prevista", *LANGUAGES.values(), *path.parts, operator, service.settings().currency]
    texts += [entry["operator"] for entry in store.log.entries()]
    texts += [text for campaign in service.campaigns.list() for text in (campaign.name, campaign.purpose)]
    texts += [column for columns in (store.meta(Meta.SCHEMA) or {}).values() for column in columns]
    for name in (*TableKind, Table.IDENTITIES):
        if store.has_table(name):
            frame = store.read_table(name)
            texts += frame.columns
            texts += [value for column in frame.select(pl.col(pl.String)).columns
                      for value in frame[column].drop_nulls().unique().to_list()]
    locale = QLocale()  # the locale's own day and month names are no translation of ours
    texts += [locale.dayName(day, form) for day in range(1, 8) for form in QLocale.FormatType]
    texts += [locale.monthName(month, form) for month in range(1, 13) for form in QLocale.FormatType]
    return {word for text in texts for word in words(text)}


def _views(window: MainWindow, root: QWidget) -> Iterator[list[Shown]]:
    """What ``root`` shows now, then once per tab of each of its tab widgets."""
    _wait(lambda: not window.session.busy)
    yield list(shown_texts(root))
    for tabs in tab_widgets(root):
        for index in range(tabs.count()):
            if tabs.isTabEnabled(index):
                tabs.setCurrentIndex(index)
                _wait(lambda: not window.session.busy)
                yield [Shown(f"tab {tabs.tabText(index)!r}: {shown.widget}", shown.what, shown.text)
                       for shown in shown_texts(tabs.currentWidget())]


def _start_views(window: MainWindow, project: Path) -> Iterator[list[Shown]]:
    """The start screen's panels and the menus, before any project is open."""
    start = window.start
    for show in (start.show_home, start.show_create, start.show_verify, lambda: start.show_unlock(project)):
        show()
        yield from _views(window, start)
    yield [shown for menu in window.menuBar().findChildren(QMenu) for shown in shown_texts(menu)]


# what a screen shows only once a button is pressed (a check that needs no answer from the user)
PRESSES: dict[str, Callable[[QWidget], None]] = {"models": lambda page: getattr(page, "drift_button").click()}


def _screen_views(window: MainWindow) -> Iterator[tuple[str, list[Shown]]]:
    for name, page in window.workspace.pages.items():
        window.workspace.show_page(name)
        presses = [lambda: None] + ([lambda: PRESSES[name](page)] if name in PRESSES else [])
        for press in presses:
            press()
            for view in _views(window, page):
                yield name, view + [Shown("status bar", "message", window.statusBar().currentMessage())]


def walk(app: QApplication, project: Path) -> dict[str, Reading]:
    """Per screen, what it shows that is neither translated nor data (with the widget showing it)."""
    window = build(app, Preferences.load(), kdf=KdfParams.minimum())
    try:
        window.show()
        found = {"start": Reading()}
        start_views = list(_start_views(window, project))  # read before unlocking, judged once the data is known
        window.start.unlock_panel.passphrase.setText(PASSPHRASE)
        window.start.unlock_panel.unlock()
        _wait(lambda: window.session.is_open and not window.session.busy)
        allowed = data_words(window.session.service, project, window.session.operator)
        for view in start_views:
            found["start"].add(view, allowed)
        for name, view in _screen_views(window):
            found.setdefault(name, Reading()).add(view, allowed)
        _wait(lambda: not window.session.busy)
        return {name: Reading(reading.texts, sorted(set(reading.offences))) for name, reading in found.items()}
    finally:
        window.close()
        window.deleteLater()


def pseudo_walk(app: QApplication, project: Path) -> dict[str, Reading]:
    """:func:`walk` with the marking translator and the French locale installed, and both removed after."""
    translator, before = Marking(), QLocale()
    app.installTranslator(translator)
    QLocale.setDefault(LOCALE)
    try:
        return walk(app, project)
    finally:
        app.removeTranslator(translator)
        QLocale.setDefault(before)


def with_campaign(project: Path) -> Path:
    """The project with a campaign started on its first segment, so the Campaigns screen has one to show."""
    service = ProjectService.open(project, PASSPHRASE, operator="tester")
    segment = service.analytics.segments().segments[0].segment
    service.campaigns.start(service.campaigns.plan(CampaignRequest(segments=(segment,), purpose="Pilot check-in",
                                                                   cost_per_contact=2.0)))
    return project


@pytest.fixture(scope="module")
def findings(qapp: QApplication, _trained_template: Path, tmp_path_factory: pytest.TempPathFactory
             ) -> dict[str, Reading]:
    """The whole window read once for all the tests below."""
    project = with_campaign(Path(shutil.copytree(_trained_template, tmp_path_factory.mktemp("pseudo") / "project")))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PREVISTA_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
        return pseudo_walk(qapp, project)


def test_marks_show_what_skipped_the_catalogues(qapp: QApplication) -> None:
    """The detector itself: a value filled into a translated sentence is judged on its own."""
    translator = Marking()
    qapp.installTranslator(translator)
    try:
        sentence = QCoreApplication.translate("Models", "{0}. Validation: {1}.")
    finally:
        qapp.removeTranslator(translator)
    assert sentence == "{0}⟦. Validation: ⟧{1}⟦.⟧"
    assert offending(sentence.format("Plan", "time-based hold-out"), {"plan"}) == ["time-based hold-out"]
    assert offending(sentence.format("Plan", "⟦hold-out⟧"), {"plan"}) == []
    assert offending("⟦About ⟧4,950⟦ in ⟧2026-09-30", set()) == ["4,950", "2026-09-30"]


def test_every_screen_was_read(findings: dict[str, Reading]) -> None:
    assert set(findings) == set(SCREENS)
    unread = [name for name, reading in findings.items() if reading.texts < 5]
    assert not unread, f"screens that showed (almost) no text: {unread}"


@pytest.mark.parametrize("screen", SCREENS)
def test_screen_shows_only_translated_text(findings: dict[str, Reading], screen: str) -> None:
    offences = findings[screen].offences
    assert not offences, f"{screen}: {len(offences)} untranslated text(s):\n" + "\n".join(offences)
