"""Guards for every window test."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QColorDialog, QFileDialog, QMessageBox


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):
    """A modal dialog nobody answers would hang the whole run (CI has no one to click): an
    unexpected one fails its test instead. Tests that expect a dialog patch it themselves."""

    def unexpected(*args, **kwargs):
        raise AssertionError(f"unexpected modal dialog: {args[1:3]}")

    for name in ("warning", "information", "question", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(unexpected))
    # A message box built by hand and run with exec() (the recording's quit question) blocks too.
    monkeypatch.setattr(QMessageBox, "exec", lambda box: unexpected(box, box.objectName(), box.text()))
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(unexpected))
    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(unexpected))


@pytest.fixture
def chinese(qapp):
    """The interface in Simplified Chinese, as MIXFRAME_LANG=zh_CN (or a Chinese desktop) gives it."""
    from mixframe.ui import i18n

    installed = i18n.install_translator(qapp, "zh_CN")
    assert installed, "the Chinese catalogue did not load"
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
