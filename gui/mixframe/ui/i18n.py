"""The interface's language: Simplified Chinese or English, following the system language.

``MIXFRAME_LANG=zh_CN|en`` overrides the system (tests and screenshots use it).

The command line's language and the catalogue files are `mixframe.language`'s (Qt-free).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from mixframe.language import SUPPORTED, language_of, translation_file

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QTranslator

# The producer's choice in View > Language, kept in Mixframe's settings: "" follows the system.
LANGUAGE_SETTING = "interface/language"


def settings_file() -> Path:
    from mixframe.store.profiles import config_dir

    return config_dir() / "window.ini"


def preferred_language() -> str:
    """The language chosen in View > Language ("en" or "zh_CN"), or "" to follow the system."""
    from PySide6.QtCore import QSettings

    value = QSettings(str(settings_file()), QSettings.Format.IniFormat).value(LANGUAGE_SETTING, "")
    return value if value in SUPPORTED else ""


def set_preferred_language(language: str) -> None:
    """Keep the choice for the next start ("" follows the system again)."""
    from PySide6.QtCore import QSettings

    settings = QSettings(str(settings_file()), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_SETTING, language if language in SUPPORTED else "")
    settings.sync()


def chosen_language() -> str:
    """The window's language: MIXFRAME_LANG when set, else the choice in View > Language, else
    ``"zh_CN"`` for any Chinese system locale and ``"en"`` otherwise."""
    from PySide6.QtCore import QLocale

    forced = os.environ.get("MIXFRAME_LANG", "").strip()
    return language_of(forced or preferred_language() or QLocale.system().name())


def install_translator(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Install Mixframe's and Qt's own translators for `language`; returns what was installed.

    Qt's catalogue (qtbase) translates the standard dialog buttons (Save, Discard, Cancel).
    """
    from PySide6.QtCore import QLibraryInfo, QTranslator

    language = language or chosen_language()
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    ours = QTranslator(app)
    if ours.load(str(translation_file(language))):
        app.installTranslator(ours)
        installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qtbase)
        installed.append(qtbase)
    return installed
