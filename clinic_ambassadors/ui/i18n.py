"""Qt translations: German when the system is German (or asked for), English otherwise."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from clinic_ambassadors.resource_files import resource_path

_installed: list[QTranslator] = []


def system_language() -> str:
    return "de" if QLocale.system().language() == QLocale.Language.German else "en"


def install_translator(app: QApplication, lang: str | None = None) -> str:
    """Install (or remove) translators; returns the language now in use."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    lang = lang or system_language()
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return "en"
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"clinic_ambassadors_{lang}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    return lang
