"""The Accounts dialog as a producer uses it: keys go to the keyring, only their state comes back."""

from __future__ import annotations


import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QMessageBox, QPushButton, QWidget

from mixframe.model import endpoints
from mixframe.store import credentials as cr
from mixframe.store.accounts import AccountStore
from mixframe.store.profiles import Profile
from mixframe.session import ConnectionVerdict
from mixframe.ui import accounts_dialog
from mixframe.ui.accounts_dialog import AccountsDialog, manage_action
from support import MemoryKeyring

SECRET = "typed-secret-Ω"


Verdict = ConnectionVerdict  # what the dialog's test_connection returns


def open_dialog(qtbot, store, test_connection=None) -> AccountsDialog:
    dialog = AccountsDialog(None, store=store, test_connection=test_connection)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def child(dialog, cls, name):
    widget = dialog.findChild(cls, name)
    assert widget is not None, name
    return widget


def select(dialog, name) -> None:
    accounts = child(dialog, QListWidget, "accounts.list")
    for row in range(accounts.count()):
        if accounts.item(row).text().startswith(name):
            accounts.setCurrentRow(row)
            return
    raise AssertionError(name)


def wait_state(qtbot, dialog, field, text) -> None:
    qtbot.waitUntil(lambda: child(dialog, QLabel, f"accounts.keyState.{field}").text() == text)


def all_text(dialog) -> str:
    texts = [w.text() for cls in (QLabel, QPushButton) for w in dialog.findChildren(cls)]
    texts += [w.placeholderText() for w in dialog.findChildren(QLineEdit)]
    return "\n".join(texts)


@pytest.fixture
def store(tmp_path):
    backend = MemoryKeyring()
    accounts = AccountStore(tmp_path, backend=backend)
    accounts.add(Profile("Prod", "volcengine", app_id="a1"), {cr.ACCESS_KEY: "AKLTprod"})
    return accounts


def test_a_typed_key_goes_to_the_keyring_and_only_its_state_comes_back(qtbot, store, tmp_path):
    dialog = open_dialog(qtbot, store)
    assert dialog.objectName() == "accounts.dialog"
    select(dialog, "Prod")
    wait_state(qtbot, dialog, cr.ACCESS_KEY, "set")
    wait_state(qtbot, dialog, cr.SECRET_KEY, "not set")
    secret_edit = child(dialog, QLineEdit, f"accounts.key.{cr.SECRET_KEY}")
    assert secret_edit.echoMode() == QLineEdit.EchoMode.Password and secret_edit.text() == ""
    secret_edit.setText(SECRET)
    child(dialog, QPushButton, "accounts.save").click()
    assert secret_edit.text() == ""  # the typed secret leaves the widget at once
    wait_state(qtbot, dialog, cr.SECRET_KEY, "set")
    assert store.backend.get_password(cr.SERVICE, "Prod/SecretKey") == SECRET
    assert store.backend.get_password(cr.SERVICE, "Prod/AccessKey") == "AKLTprod"  # empty field: unchanged
    assert SECRET not in all_text(dialog) and "AKLTprod" not in all_text(dialog)
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert SECRET not in path.read_text(encoding="utf-8")


def test_clear_removes_a_key(qtbot, store):
    dialog = open_dialog(qtbot, store)
    select(dialog, "Prod")
    wait_state(qtbot, dialog, cr.ACCESS_KEY, "set")
    child(dialog, QPushButton, f"accounts.clear.{cr.ACCESS_KEY}").click()
    wait_state(qtbot, dialog, cr.ACCESS_KEY, "not set")
    assert store.backend.get_password(cr.SERVICE, "Prod/AccessKey") is None


def test_settings_are_saved_and_defaults_are_placeholders(qtbot, store):
    dialog = open_dialog(qtbot, store)
    select(dialog, "Prod")
    endpoint = child(dialog, QLineEdit, "accounts.endpoint")
    region = child(dialog, QLineEdit, "accounts.region")
    assert endpoint.text() == "" and endpoint.placeholderText() == endpoints.VOLCENGINE.url
    vendor = child(dialog, QComboBox, "accounts.vendor")
    vendor.setCurrentIndex(vendor.findData("byteplus"))
    assert endpoint.placeholderText() == endpoints.BYTEPLUS.url
    assert region.placeholderText() == endpoints.BYTEPLUS.region
    child(dialog, QLineEdit, "accounts.appId").setText("a2")
    child(dialog, QPushButton, "accounts.save").click()
    saved = store.get("Prod")
    assert (saved.vendor, saved.endpoint, saved.app_id) == ("byteplus", endpoints.BYTEPLUS.url, "a2")
    vendor.setCurrentIndex(vendor.findData("qingcloud"))
    assert dialog.findChild(QLineEdit, f"accounts.key.{cr.QY_SIGN_KEY}") is not None
    assert dialog.findChild(QLineEdit, f"accounts.key.{cr.SECRET_KEY}") is None


def test_the_sandbox_is_read_only_and_labelled(qtbot, store):
    dialog = open_dialog(qtbot, store)
    select(dialog, "Sandbox")
    note = child(dialog, QLabel, "accounts.sandboxNote")
    assert not note.isHidden() and note.text() == "Sandbox: local emulator, no account needed"
    assert not child(dialog, QComboBox, "accounts.vendor").isEnabled()
    assert not child(dialog, QLineEdit, "accounts.endpoint").isEnabled()
    for name in ("accounts.rename", "accounts.delete", "accounts.save"):
        assert not child(dialog, QPushButton, name).isEnabled()
    assert dialog.key_rows == {}


def test_add_rename_delete_keep_the_keyring_consistent(qtbot, store, monkeypatch):
    dialog = open_dialog(qtbot, store)
    monkeypatch.setattr(dialog, "ask_name", lambda *args: "Live")
    select(dialog, "Prod")
    child(dialog, QPushButton, "accounts.rename").click()
    qtbot.waitUntil(lambda: "Live" in store.names())
    assert store.backend.get_password(cr.SERVICE, "Live/AccessKey") == "AKLTprod"
    qtbot.waitUntil(lambda: dialog.selected_name() == "Live")

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args) or QMessageBox.StandardButton.Cancel)
    child(dialog, QPushButton, "accounts.delete").click()
    assert asked and "Live" in store.names()  # cancelled: nothing deleted
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    child(dialog, QPushButton, "accounts.delete").click()
    qtbot.waitUntil(lambda: "Live" not in store.names())
    assert store.backend.items == {}

    monkeypatch.setattr(dialog, "ask_name", lambda *args: "Fresh")
    child(dialog, QPushButton, "accounts.add").click()
    assert "Fresh" in store.names() and dialog.selected_name() == "Fresh"
    child(dialog, QPushButton, "accounts.makeDefault").click()
    assert store.default().name == "Fresh"
    assert child(dialog, QListWidget, "accounts.list").currentItem().text() == "Fresh (default)"


def test_no_keyring_is_explained_and_the_key_fields_are_disabled(qtbot, tmp_path):
    store = AccountStore(tmp_path, backend=fail.Keyring())
    store.add(Profile("Prod", "volcengine"))
    dialog = open_dialog(qtbot, store)
    select(dialog, "Prod")
    message = child(dialog, QLabel, "accounts.keyringMessage")
    qtbot.waitUntil(lambda: not message.isHidden())
    assert "gnome-keyring" in message.text() and "KWallet" in message.text()
    assert message.text().count(".") <= 2  # one sentence (the parenthesis holds no full stop)
    assert all(not row.edit.isEnabled() for row in dialog.key_rows.values())
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert "secret" not in path.read_text(encoding="utf-8").lower()


def test_test_connection_shows_the_verdict_off_the_gui_thread(qtbot, store):
    import threading

    seen = {}

    def probe(profile, *, backend=None, timeout=None):
        seen["thread"] = threading.current_thread()
        seen["profile"], seen["backend"] = profile, backend
        return Verdict(False, "clock-skew", "The computer's clock is off by more than 15 minutes; set it right.")

    dialog = open_dialog(qtbot, store, test_connection=probe)
    select(dialog, "Prod")
    child(dialog, QLineEdit, "accounts.endpoint").setText("https://rtc.example.com")
    child(dialog, QPushButton, "accounts.test").click()
    verdict = child(dialog, QLabel, "accounts.verdict")
    qtbot.waitUntil(lambda: "clock is off" in verdict.text())
    assert seen["thread"] is not threading.main_thread()
    assert seen["profile"].name == "Prod" and seen["profile"].endpoint == "https://rtc.example.com"
    assert seen["backend"] is store.backend
    assert verdict.property("ok") is False and child(dialog, QPushButton, "accounts.test").isEnabled()


def test_the_window_action_opens_the_dialog(qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(accounts_dialog, "manage_accounts", lambda parent: opened.append(parent))
    parent = QWidget()
    qtbot.addWidget(parent)
    action = manage_action(parent)
    assert action.objectName() == "accounts.manage"
    action.trigger()
    assert opened == [parent]


def test_every_editable_widget_and_button_is_named(qtbot, store):
    dialog = open_dialog(qtbot, store)
    select(dialog, "Prod")
    unnamed = [type(w).__name__ for cls in (QLineEdit, QComboBox, QPushButton, QListWidget)
               for w in dialog.findChildren(cls) if not w.objectName() and not isinstance(w.parent(), QComboBox)]
    assert unnamed == []


def test_without_a_keyring_delete_and_a_vendor_change_are_done_and_say_what_is_left(qtbot, tmp_path, monkeypatch):
    store = AccountStore(tmp_path, backend=fail.Keyring())
    store.add(Profile("Prod", "volcengine"))
    store.add(Profile("Gone", "volcengine"))
    dialog = open_dialog(qtbot, store)
    verdict = child(dialog, QLabel, "accounts.verdict")
    select(dialog, "Prod")
    vendor = child(dialog, QComboBox, "accounts.vendor")
    vendor.setCurrentIndex(vendor.findData("qingcloud"))
    child(dialog, QPushButton, "accounts.save").click()
    assert store.get("Prod").vendor == "qingcloud"
    assert "saved" in verdict.text() and "no usable keyring" in verdict.text()

    select(dialog, "Gone")
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    child(dialog, QPushButton, "accounts.delete").click()
    qtbot.waitUntil(lambda: "Gone" not in store.names())
    qtbot.waitUntil(lambda: "removed" in verdict.text())
    assert "no usable keyring" in verdict.text() and "Gone" not in all_text(dialog).replace("removed", "")
    qtbot.wait(100)
    assert "removed" in verdict.text()  # it stays: the list's reload does not wipe it


def test_a_failed_delete_keeps_its_reason_on_screen(qtbot, store, monkeypatch):
    dialog = open_dialog(qtbot, store)
    verdict = child(dialog, QLabel, "accounts.verdict")
    select(dialog, "Prod")

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("mixframe.store.files.os.replace", full)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    child(dialog, QPushButton, "accounts.delete").click()
    qtbot.waitUntil(lambda: "no space left on device" in verdict.text())
    qtbot.wait(100)
    assert "cannot be written" in verdict.text() and "Prod" in store.names()


@pytest.mark.parametrize("text", ["[" * 100_000 + "]" * 100_000, '{"version": 2, "profiles": [["A"]]}',
                                  '{"version": 2, "default": [], "profiles": []}'])
def test_a_hostile_profiles_file_is_a_message_in_the_dialog(qtbot, tmp_path, text):
    (tmp_path / "profiles.json").write_text(text)
    dialog = open_dialog(qtbot, AccountStore(tmp_path, backend=MemoryKeyring()))
    said = child(dialog, QLabel, "accounts.verdict").text()
    assert str(tmp_path / "profiles.json") in said and "\n" not in said
