"""The translation catalogues: complete, in step with the code, compiled, and loaded the way the app loads them.

The catalogues live in gui/translations: one Qt .ts file per language (the
translators' source) and the .qm file compiled from it (what the app loads).
gui/translations/update.sh refreshes the .ts files from the code and compiles
them; these tests fail when someone forgot to run it or to translate.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from prevista.core.runtime.preferences import LANGUAGES
from prevista.gui import i18n

REPO = Path(__file__).resolve().parents[2]
GUI = REPO / "gui"
CATALOGUES = GUI / "translations"
TARGETS = sorted(code for code in LANGUAGES if code != "en")  # English is the source language
RUN_UPDATE = "run gui/translations/update.sh, translate the new entries in gui/translations/*.ts, and run it again"

PLACEHOLDER = re.compile(r"\{\d+(?:[:!][^{}]*)?\}")  # {0}, {1:,.0f}, {2:.0%}: str.format fields, spec included
MNEMONIC = re.compile(r"&(?!&)\S")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    kind: str | None  # the translation's type attribute: None when finished
    texts: tuple[str, ...]  # one text, or one per plural form


def _messages(ts: Path) -> list[Message]:
    messages = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{ts.name}: a message without a translation element"
            forms = translation.findall("numerusform")
            texts = tuple(form.text or "" for form in forms) if forms else (translation.text or "",)
            messages.append(Message(name, message.findtext("source") or "", translation.get("type"), texts))
    return messages


def _tool(name: str) -> str:
    """The venv's own Qt tool (next to this Python), else one on PATH."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    assert found, f"{name} not found: it comes with PySide6"
    return found


def _gui_sources() -> list[str]:
    """The files update.sh scans: every Python file under gui/, core/ and privacy/ (core's sentences are marked
    for the same catalogues, see privacy/catalogue.py)."""
    return sorted(str(path) for folder in (GUI, GUI.parent / "core", GUI.parent / "privacy")
                  for path in folder.rglob("*.py") if "__pycache__" not in path.parts)


def _ts(language: str) -> Path:
    return CATALOGUES / f"prevista_{language}.ts"


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Message]]:
    """The catalogues as update.sh would leave them: lupdate over the code, into copies of the committed files."""
    folder = tmp_path_factory.mktemp("lupdate")
    copies = [shutil.copy(_ts(language), folder / _ts(language).name) for language in TARGETS]
    result = subprocess.run([_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                             "-source-language", "en", *_gui_sources(), "-ts", *map(str, copies)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    return {language: _messages(folder / _ts(language).name) for language in TARGETS}


def test_every_language_has_a_catalogue() -> None:
    shipped = {path.stem.removeprefix("prevista_") for path in CATALOGUES.glob("prevista_*.ts")}
    assert shipped == set(TARGETS), f"catalogues for {sorted(shipped)}, languages offered: {TARGETS}"
    for language in TARGETS:
        assert (CATALOGUES / f"prevista_{language}.qm").is_file(), f"prevista_{language}.qm missing: {RUN_UPDATE}"


@pytest.mark.parametrize("language", TARGETS)
def test_every_string_is_translated(language: str) -> None:
    """No unfinished or empty entry; the format fields, mnemonics and %n survive translation."""
    problems = []
    messages = _messages(_ts(language))
    assert messages, f"{_ts(language).name} holds no strings"
    for message in messages:
        where = f"{message.context}: {message.source!r}"
        if message.kind is not None:
            problems.append(f"{where} is {message.kind}")
        for text in message.texts:
            if not text.strip():
                problems.append(f"{where} has an empty translation")
                continue
            missing = sorted(set(PLACEHOLDER.findall(message.source)) - set(PLACEHOLDER.findall(text)))
            if missing:
                problems.append(f"{where}: {text!r} lacks {', '.join(missing)}")
            if "%n" in message.source and "%n" not in text:
                problems.append(f"{where}: {text!r} lacks %n")
            if MNEMONIC.search(message.source) and len(MNEMONIC.findall(text)) != 1:
                problems.append(f"{where}: {text!r} needs exactly one & mnemonic")
    assert not problems, f"{len(problems)} problem(s) in {_ts(language).name}:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", TARGETS)
def test_catalogue_matches_the_code(language: str, refreshed: dict[str, list[Message]]) -> None:
    """A string added, changed or removed in gui/ (or a sentence marked in core/) without update.sh shows up here."""
    committed = {(m.context, m.source) for m in _messages(_ts(language))}
    current = {(m.context, m.source) for m in refreshed[language]}
    new = sorted(current - committed)
    gone = sorted(committed - current)
    lines = [f"new in the code: {context}: {source!r}" for context, source in new]
    lines += [f"no longer in the code: {context}: {source!r}" for context, source in gone]
    assert not lines, (f"{_ts(language).name} is out of step with gui/ ({len(new)} new, {len(gone)} gone): "
                       f"{RUN_UPDATE}.\n" + "\n".join(lines))


@pytest.mark.parametrize("language", TARGETS)
def test_compiled_catalogue_is_current(language: str, tmp_path: Path) -> None:
    """The committed .qm is exactly what lrelease makes of the committed .ts (lrelease is deterministic)."""
    built = tmp_path / f"prevista_{language}.qm"
    result = subprocess.run([_tool("pyside6-lrelease"), "-silent", str(_ts(language)), "-qm", str(built)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    committed = CATALOGUES / f"prevista_{language}.qm"
    assert built.read_bytes() == committed.read_bytes(), f"{committed.name} is stale: {RUN_UPDATE}"


@pytest.mark.parametrize("language", TARGETS)
def test_app_loads_the_catalogue(language: str, qapp: QApplication) -> None:
    """Installed the way the app installs it (gui.i18n), the .qm translates every string of its .ts."""
    messages = [m for m in _messages(_ts(language)) if m.kind is None and len(m.texts) == 1]
    assert any(m.texts[0] != m.source for m in messages), "nothing is actually translated"
    locale = QLocale()
    installed = i18n.install(qapp, language)
    try:
        assert installed and installed[0].language() == QLocale(language).name(), \
            f"gui.i18n did not load prevista_{language}.qm"
        wrong = [f"{m.context}: {m.source!r} -> {QCoreApplication.translate(m.context, m.source)!r}"
                 for m in messages if QCoreApplication.translate(m.context, m.source) != m.texts[0]]
        assert not wrong, f"prevista_{language}.qm disagrees with its .ts ({RUN_UPDATE}):\n" + "\n".join(wrong)
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale)
