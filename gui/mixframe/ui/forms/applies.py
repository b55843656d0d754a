"""Which fields apply in the request's current modes, and why the others do not: the forms' side
of `mixframe.model.applies`, where the facts are declared once (the model's rules warn from the
same declarations). Here they become the reasons the editors are disabled with, translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mixframe.model import applies
from mixframe.model.applies import reason_for

__all__ = ["audio_format_reasons", "qingcloud_reasons", "reason_for", "vendor_reasons", "volcengine_reasons"]


def _translated(found: dict[str, str]) -> dict[str, str]:
    return {key: QCoreApplication.translate("RequestForms", text) for key, text in found.items()}


def vendor_reasons(body: dict, vendor: str) -> dict[str, str]:
    """Declared API path → why that field has no effect in `body` (in the window's language), in
    the declarations' order; look a field up with `reason_for` (an object's reason covers its
    fields). Paths not listed apply."""
    return _translated(applies.reasons(body, vendor))


def volcengine_reasons(body: dict) -> dict[str, str]:
    return vendor_reasons(body, "volcengine")


def qingcloud_reasons(body: dict) -> dict[str, str]:
    return vendor_reasons(body, "qingcloud")


def audio_format_reasons(body: dict) -> dict[str, str]:
    """File format → why it does not apply (MP3, AAC and M4A need audio alone)."""
    return _translated(applies.value_reasons(body, "volcengine"))
