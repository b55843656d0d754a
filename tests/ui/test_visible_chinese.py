"""In Chinese, the window shows no English word of ours: every visible text went through translation.

What may stay in Latin letters: the producer's own data (user ids, bucket, room), API names
written in CamelCase (TaskId, AccessKey), Pattern variables in braces, product names, and
"English" in the language menu (each language is named in itself).
"""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QTabBar, QWidget

from mixframe.ui.i18n import install_translator
from mixframe.ui.main_window import MainWindow

VOLCENGINE = {"mixframe": 1, "name": "show", "vendor": "volcengine", "request": {
    "TargetStreams": {"StreamList": [{"UserId": "host", "Index": 0}, {"UserId": "guest", "Index": 1}]},
    "Layout": {"LayoutMode": 2, "CustomLayout": {"Canvas": {"Width": 1280, "Height": 720}, "Regions": [
        {"StreamIndex": 0, "Width": 640, "Height": 720},
        {"StreamIndex": 1, "LocationX": 640, "Width": 640, "Height": 720}]}},
    "Encode": {"VideoFps": 999},
    "FileNameConfig": {"Prefix": ["shows"], "Pattern": "{TaskId}_{RoomId}"},
    "StorageConfig": {"Type": 2, "CustomConfig": {"Vendor": 1, "Region": 0, "Bucket": "bucket"}}}}
QINGCLOUD = {"mixframe": 1, "name": "qy", "vendor": "qingcloud",
             "request": {"project_id": "proj", "layout_mode": 1, "is_mixing_enabled": 1}}
DATA = {"host", "guest", "shows", "bucket", "room", "proj", "show", "Studio"}
# "Index" and "UserId" are API field names the interface keeps, like the vendors' consoles.
ALLOWED = {"English", "Amazon", "Kodo", "Mixframe", "Sandbox", "Index", "curl", "JSON", "kbps", "fps", "px"}
WORD = re.compile(r"(?<![{A-Za-z0-9_.\-])([A-Z]?[a-z]{3,})(?![A-Za-z0-9_}])")


MARKUP = re.compile(r"<[^>]+>")
API_PATH = re.compile(r"[A-Za-z][\w\[\]]*(?:\.[\w\[\]]+)+")
SHORTCUT = re.compile(r"\b(?:Ctrl|Shift|Alt|Meta)\+\S+")
URL = re.compile(r"\b[a-z]+://\S+")


def english_words(text: str) -> list[str]:
    text = SHORTCUT.sub(" ", API_PATH.sub(" ", URL.sub(" ", MARKUP.sub(" ", text))))
    return [w for w in WORD.findall(text) if w not in ALLOWED and w.rstrip("0123456789") not in DATA]


def visible_texts(window: QWidget) -> set[tuple[str, str]]:
    out = set()
    for widget in window.findChildren(QWidget):
        for getter in ("text", "title", "windowTitle", "placeholderText", "toolTip"):
            read = getattr(widget, getter, None)
            if callable(read):
                try:
                    value = read()
                except TypeError:
                    continue
                if isinstance(value, str) and value:
                    out.add((f"{widget.metaObject().className()} {widget.objectName()} {getter}", value))
        if isinstance(widget, QComboBox):
            out.update((f"QComboBox {widget.objectName()} item", widget.itemText(i)) for i in range(widget.count()))
        if isinstance(widget, QTabBar):
            out.update(("QTabBar tab", widget.tabText(i)) for i in range(widget.count()))
    for action in window.findChildren(QAction):
        out.update((f"QAction {action.objectName()}", t) for t in (action.text(), action.toolTip()) if t)
    return out


@pytest.fixture
def chinese_ui():
    app = QCoreApplication.instance()
    installed = install_translator(app, "zh_CN")
    assert installed, "the Chinese catalogue did not load"
    yield
    for translator in installed:
        app.removeTranslator(translator)


@pytest.mark.parametrize("preset", [VOLCENGINE, QINGCLOUD], ids=["volcengine", "qingcloud"])
def test_the_chinese_window_shows_no_english_of_ours(chinese_ui, qtbot, tmp_path, preset):
    window = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    path = tmp_path / "p.mixframe.json"
    path.write_text(json.dumps(preset), encoding="utf-8")
    window.open_path(path)
    window.show()
    qtbot.waitExposed(window)
    window.forms  # built after the first paint; ask for it now
    qtbot.wait(20)
    english = sorted((where, text) for where, text in visible_texts(window) if english_words(text))
    assert english == [], "English left in the Chinese window:\n" + "\n".join(f"{w}: {t!r}" for w, t in english)
    window.force_close()


def test_the_check_sees_english():
    assert english_words("Show grid") == ["Show", "grid"]
    assert english_words("{TaskId}_{RoomId}") == [] and english_words("AccessKey") == []
    assert english_words("宽度（px）") == [] and english_words("guest1") == []
    assert english_words("<b>帧率</b> <code>Encode.VideoFps</code>") == []
    assert english_words("Layout.CustomLayout.Regions.Width，允许范围 greater than 0") == ["greater", "than"]


@pytest.mark.parametrize("vendor", ["volcengine", "qingcloud"])
def test_the_chinese_accounts_dialog_shows_no_english_of_ours(chinese_ui, qtbot, tmp_path, vendor):
    from support import MemoryKeyring

    from mixframe.store.accounts import AccountStore
    from mixframe.store.profiles import Profile
    from mixframe.ui.accounts_dialog import AccountsDialog

    store = AccountStore(tmp_path, backend=MemoryKeyring())
    store.add(Profile("Studio", vendor, app_id="app1"))
    dialog = AccountsDialog(None, store=store, test_connection=lambda *a, **k: None)
    qtbot.addWidget(dialog)
    dialog.show()
    accounts = dialog.findChild(QWidget, "accounts.list")
    accounts.setCurrentRow(accounts.count() - 1)
    qtbot.wait(50)  # key states are read off the GUI thread
    english = sorted((where, text) for where, text in visible_texts(dialog) if english_words(text))
    assert english == [], "English left in the Chinese dialog:\n" + "\n".join(f"{w}: {t!r}" for w, t in english)
