"""Qt's translation system: our catalogues plus Qt's own (standard buttons, file dialogs)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from prevista.core.runtime.preferences import LANGUAGES

CATALOGUES = Path(__file__).resolve().parent / "translations"


def language_for(preference: str) -> str:
    """The chosen language, else the system's if we ship it, else English."""
    if preference in LANGUAGES:
        return preference
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install(app: QApplication, language: str) -> list[QTranslator]:
    """Install translators for ``language``; English needs none.  Returns them so they stay alive."""
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    for name, folder in ((f"prevista_{language}", str(CATALOGUES)),
                         (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    QLocale.setDefault(QLocale(language))
    return installed
