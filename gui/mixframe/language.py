"""The languages Mixframe speaks and where their catalogues are, without widgets: the command
line's language (from the environment alone) and its translator, loaded with QtCore only when the
language is not English, so an English `mixframe validate` never loads Qt. The window's choice of
language (View > Language) is `mixframe.ui.i18n`'s.
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

from mixframe.model.problems import Translate

SUPPORTED = ("en", "zh_CN")


def language_of(locale_name: str) -> str:
    """``"zh_CN"`` for any Chinese locale name (``zh_CN.UTF-8``, ``zh-TW``…), else ``"en"``."""
    return "zh_CN" if locale_name.strip().lower().replace("-", "_").startswith("zh") else "en"


# The POSIX locale variables that name the language of messages, strongest first.
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def command_line_language() -> str:
    """The command line's language, read from the environment alone (no Qt): MIXFRAME_LANG,
    then LC_ALL, LC_MESSAGES and LANG, as the C library reads them."""
    for variable in ("MIXFRAME_LANG", *LOCALE_VARIABLES):
        value = os.environ.get(variable, "").strip()
        if value:
            return language_of(value)
    return "en"


def problem_translator(language: str) -> Translate | None:
    """Mixframe's catalogue for `language` as a ``(context, text) -> text`` function, loaded with
    QtCore alone (no application object); None for English or when the catalogue is missing."""
    if language == "en":
        return None
    from PySide6.QtCore import QTranslator

    catalogue = QTranslator()
    if not catalogue.load(str(translation_file(language))):
        return None

    def translate(context: str, text: str) -> str:
        return catalogue.translate(context, text) or text

    return translate


def translations_dir() -> Path:
    return Path(str(files("mixframe.resources") / "translations"))


def translation_file(language: str) -> Path:
    return translations_dir() / f"mixframe_{language}.qm"
