"""Loading the interface language: Vietnamese by default, English selectable in settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from uniondesk.paths import data_dir, resources_dir

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
DEFAULT_LANGUAGE = "vi"
SETTINGS_KEY = "ui/language"
# Our own strings, and Qt's standard buttons and dialogs (Qt ships no Vietnamese translation of its own).
CATALOGUES = ("uniondesk", "qt_extra")


def settings() -> QSettings:
    """Interface settings, kept in the data folder beside the database (portable, easy to reset)."""
    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def chosen_language() -> str:
    value = settings().value(SETTINGS_KEY, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def choose_language(code: str) -> None:
    settings().setValue(SETTINGS_KEY, code)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the catalogues for ``language``; English is the source language and needs none."""
    installed: list[QTranslator] = []
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English))
        return installed
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    folder = resources_dir() / "i18n"
    for name in CATALOGUES:
        translator = QTranslator(app)
        if not translator.load(str(folder / f"{name}_{language}.qm")):
            raise FileNotFoundError(f"missing translation {name}_{language}.qm in {folder}")
        app.installTranslator(translator)
        installed.append(translator)
    return installed
