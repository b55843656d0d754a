"""A real window recording against the sandbox, for the tests that follow one Record click."""

from __future__ import annotations

import importlib

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from mixframe.ui.main_window import MainWindow

# The clients (and the modules that sign for them) are loaded before a test wraps the signer: one
# loaded during a test would keep the wrapper it imported by name after the test.
for _client in ("mixframe.api.volc_client", "mixframe.api.qingcloud_client"):
    importlib.import_module(_client)


@pytest.fixture
def window(qtbot, tmp_path, sandbox, monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail(f"unexpected dialog: {box.text()}"))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings=settings, sandbox_url=sandbox.url)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.force_close()
    w.deleteLater()
