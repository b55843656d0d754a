"""The words shown for a field's documented choices: the one place the interface reads them.

The choices and their English labels are declared once, on the model's fields (`api_field(...,
labels=...)`); this module reads them from there and translates them. The English words are
listed below with QT_TRANSLATE_NOOP only so that lupdate finds them; a test checks the list
holds every label the models declare.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mixframe.model.limits import limits_for

CONTEXT = "Choices"

TRANSLATABLE_LABELS = (
    # Volcengine
    QT_TRANSLATE_NOOP("Choices", "Mixed"),
    QT_TRANSLATE_NOOP("Choices", "Single stream"),
    QT_TRANSLATE_NOOP("Choices", "Normal (camera)"),
    QT_TRANSLATE_NOOP("Choices", "Screen"),
    QT_TRANSLATE_NOOP("Choices", "H.264"),
    QT_TRANSLATE_NOOP("Choices", "ByteVC1"),
    QT_TRANSLATE_NOOP("Choices", "AAC"),
    QT_TRANSLATE_NOOP("Choices", "AAC-LC"),
    QT_TRANSLATE_NOOP("Choices", "HE-AAC v1"),
    QT_TRANSLATE_NOOP("Choices", "HE-AAC v2"),
    QT_TRANSLATE_NOOP("Choices", "16 kHz"),
    QT_TRANSLATE_NOOP("Choices", "32 kHz"),
    QT_TRANSLATE_NOOP("Choices", "44.1 kHz"),
    QT_TRANSLATE_NOOP("Choices", "48 kHz"),
    QT_TRANSLATE_NOOP("Choices", "Mono"),
    QT_TRANSLATE_NOOP("Choices", "Stereo"),
    QT_TRANSLATE_NOOP("Choices", "Adaptive"),
    QT_TRANSLATE_NOOP("Choices", "Vertical"),
    QT_TRANSLATE_NOOP("Choices", "Custom"),
    QT_TRANSLATE_NOOP("Choices", "Side by side"),
    QT_TRANSLATE_NOOP("Choices", "Stretch"),
    QT_TRANSLATE_NOOP("Choices", "Crop to fill"),
    QT_TRANSLATE_NOOP("Choices", "Fit with bars"),
    QT_TRANSLATE_NOOP("Choices", "Stretch (recommended)"),
    QT_TRANSLATE_NOOP("Choices", "Audio and video"),
    QT_TRANSLATE_NOOP("Choices", "Audio only"),
    QT_TRANSLATE_NOOP("Choices", "Video only"),
    QT_TRANSLATE_NOOP("Choices", "Scale like the video"),
    QT_TRANSLATE_NOOP("Choices", "Keep image aspect"),
    QT_TRANSLATE_NOOP("Choices", "Audio only (not supported yet)"),
    QT_TRANSLATE_NOOP("Choices", "Repeat last frame"),
    QT_TRANSLATE_NOOP("Choices", "Black frame"),
    QT_TRANSLATE_NOOP("Choices", "TOS"),
    QT_TRANSLATE_NOOP("Choices", "VOD"),
    QT_TRANSLATE_NOOP("Choices", "S3-compatible"),
    QT_TRANSLATE_NOOP("Choices", "Standard"),
    QT_TRANSLATE_NOOP("Choices", "Archive"),
    QT_TRANSLATE_NOOP("Choices", "Infrequent access"),
    QT_TRANSLATE_NOOP("Choices", "Amazon S3"),
    QT_TRANSLATE_NOOP("Choices", "Alibaba Cloud OSS"),
    QT_TRANSLATE_NOOP("Choices", "Huawei Cloud OBS"),
    QT_TRANSLATE_NOOP("Choices", "Tencent Cloud COS"),
    QT_TRANSLATE_NOOP("Choices", "Qiniu Kodo"),
    # QingCloud
    QT_TRANSLATE_NOOP("Choices", "Separate audio and video"),
    QT_TRANSLATE_NOOP("Choices", "One MP4 (limited players)"),
    QT_TRANSLATE_NOOP("Choices", "One MP4 (most players)"),
    QT_TRANSLATE_NOOP("Choices", "Floating"),
    QT_TRANSLATE_NOOP("Choices", "High stream"),
    QT_TRANSLATE_NOOP("Choices", "Low stream"),
    # A yes/no field declares no labels: these are its words.
    QT_TRANSLATE_NOOP("Choices", "On"),
    QT_TRANSLATE_NOOP("Choices", "Off"),
)
_BOOLEAN_WORDS = {True: "On", False: "Off"}


def choices_of(path: str, vendor: str = "volcengine") -> tuple:
    """The documented values of a choice field, in the declaration's order (yes/no fields: on, off)."""
    limits = limits_for(path, vendor)
    if limits.kind == "bool" and not limits.choices:
        return (True, False)
    return tuple(limits.choices or ())


def choice_word(path: str, value: Any, vendor: str = "volcengine") -> str:
    """The translated word for one documented value, e.g. "Vertical"; the value itself when the
    model declares no word for it."""
    limits = limits_for(path, vendor)
    if isinstance(value, bool):  # never taken for the choice 1 or 0
        return QCoreApplication.translate(CONTEXT, _BOOLEAN_WORDS[value]) if limits.kind == "bool" else str(value)
    labels = limits.labels or {}
    return QCoreApplication.translate(CONTEXT, labels[value]) if value in labels else str(value)


def choice_label(path: str, value: Any, vendor: str = "volcengine") -> str:
    """What a list of choices shows: the API value and its word, e.g. "1 · Vertical" (the value
    alone when it has no word; the word alone for a yes/no field)."""
    word = choice_word(path, value, vendor)
    if isinstance(value, bool) or word == str(value):
        return word
    return f"{value} · {word}"
