"""Qt's translation system: our catalogues plus Qt's own (standard buttons, file dialogs)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from prevista.core.runtime.preferences import LANGUAGES

CATALOGUES = Path(__file__).resolve().parent / "translations"
ENGLISH_LOCALE = "en_GB"  # English as written in Europe, where the product is sold: 04/12/2026, 1,234.5


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
        QLocale.setDefault(QLocale(ENGLISH_LOCALE))
        return installed
    for name, folder in ((f"prevista_{language}", str(CATALOGUES)),
                         (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    QLocale.setDefault(QLocale(language))
    return installed
