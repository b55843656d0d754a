"""The interface's language: Simplified Chinese or English, following the system language.

``MIXFRAME_LANG=zh_CN|en`` overrides the system (tests and screenshots use it).
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

SUPPORTED = ("en", "zh_CN")


def chosen_language() -> str:
    """``"zh_CN"`` for any Chinese system locale (or MIXFRAME_LANG=zh_CN), else ``"en"``."""
    name = os.environ.get("MIXFRAME_LANG", "").strip() or QLocale.system().name()
    return "zh_CN" if name.lower().replace("-", "_").startswith("zh") else "en"


def translations_dir() -> Path:
    return Path(str(files("mixframe.resources") / "translations"))


def translation_file(language: str) -> Path:
    return translations_dir() / f"mixframe_{language}.qm"


def install_translator(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Install Mixframe's and Qt's own translators for `language`; returns what was installed.

    Qt's catalogue (qtbase) translates the standard dialog buttons (Save, Discard, Cancel).
    """
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
