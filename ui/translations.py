"""The interface language: Qt translators for OwnVoice's own .qm catalogues and Qt's standard dialogs.

The language follows the system locale (QLocale.system()) unless the user chose one in
View ▸ Interface language (`Settings.ui_language`: "", "en" or "nl"); a change applies on the next
start, because every widget sets its texts once when it is built. The .qm files are build outputs
of `resources/translations/ownvoice_<lang>.ts` (`make translations`, run by `make setup`).
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

INTERFACE_LANGUAGES = ("en", "nl")
SYSTEM = ""  # Settings.ui_language for "follow the system"
LOCALES = {"en": QLocale.Language.English, "nl": QLocale.Language.Dutch}
FORMATS = {"en": "en_GB", "nl": "nl_NL"}  # numbers and dates when the interface is not the system's language


def interface_language(chosen: str, system: QLocale | None = None) -> str:
    """The language to show: the user's choice, else the system's when we have it, else English."""
    if chosen in INTERFACE_LANGUAGES:
        return chosen
    # QLocale() is the system locale at start (before any setDefault), and what tests can set.
    locale = system if system is not None else QLocale()
    # uiLanguages() puts the user's preferred languages first (LANGUAGE / the desktop's choice).
    for name in [*locale.uiLanguages(), locale.name()]:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in INTERFACE_LANGUAGES:
            return code
    return "en"


def catalogue_path(language: str) -> Path:
    return Path(str(resources.files("resources") / "translations" / f"ownvoice_{language}.qm"))


class InterfaceTranslators:
    """The translators installed on the application for one language; remove() undoes it."""

    def __init__(self, app: QCoreApplication, language: str) -> None:
        self.app = app
        self.language = language
        self.installed: list[QTranslator] = []
        self.missing: list[str] = []
        self._previous_locale = QLocale()
        own = QTranslator(app)
        if own.load(str(catalogue_path(language))):
            self._install(own)
        elif language != "en":  # English is the source language: no catalogue needed
            self.missing.append(str(catalogue_path(language)))
            log.warning("no interface catalogue for %r at %s (run `make translations`)", language, catalogue_path(language))
        qt = QTranslator(app)  # Qt's own texts: standard buttons, the file dialog, context menus
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if language != "en" and qt.load(QLocale(FORMATS[language]), "qtbase", "_", qt_folder):
            self._install(qt)
        if QLocale().language() != LOCALES[language]:
            # Numbers and dates follow the interface language when it is not the system's (a
            # Dutch interface on an English system writes 3.000, not 3,000).
            QLocale.setDefault(QLocale(FORMATS[language]))

    def _install(self, translator: QTranslator) -> None:
        self.app.installTranslator(translator)
        self.installed.append(translator)

    def remove(self) -> None:
        for translator in self.installed:
            self.app.removeTranslator(translator)
        self.installed.clear()
        QLocale.setDefault(self._previous_locale)


def install_interface_language(app: QCoreApplication, chosen: str) -> InterfaceTranslators:
    return InterfaceTranslators(app, interface_language(chosen))
