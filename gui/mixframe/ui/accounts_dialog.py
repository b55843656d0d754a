"""Accounts: the profiles on the left, the chosen one's settings and key state on the right.

A key is typed into a password field and goes to the OS keyring; the dialog only ever learns
whether a key is set, never its value, and an empty field leaves the key as it is. Keyring reads
and writes and the connection test run off the GUI thread (ui/operations.py). Without a usable
keyring the key fields are disabled and one sentence says what to install: nothing falls back to
a file.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mixframe.model import endpoints
from mixframe.ui.window_words import is_no_keyring, window_text
from mixframe.store import credentials as cr
from mixframe.store.accounts import OPTIONAL_FIELDS, AccountStore, key_fields
from mixframe.store.profiles import Profile, ProfileError
from mixframe.ui.operations import BackgroundOp

CONTEXT = "AccountsDialog"
TEST_TIMEOUT_SECONDS = 8.0


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


VENDOR_NAMES = {
    "volcengine": QT_TRANSLATE_NOOP("AccountsDialog", "Volcengine"),
    "byteplus": QT_TRANSLATE_NOOP("AccountsDialog", "BytePlus"),
    "qingcloud": QT_TRANSLATE_NOOP("AccountsDialog", "QingCloud"),
    "sandbox": QT_TRANSLATE_NOOP("AccountsDialog", "Sandbox"),
}
SANDBOX_NOTE = QT_TRANSLATE_NOOP("AccountsDialog", "Sandbox: local emulator, no account needed")
KEY_LABELS = {
    cr.ACCESS_KEY: QT_TRANSLATE_NOOP("AccountsDialog", "AccessKey"),
    cr.SECRET_KEY: QT_TRANSLATE_NOOP("AccountsDialog", "SecretKey"),
    cr.SESSION_TOKEN: QT_TRANSLATE_NOOP("AccountsDialog", "SessionToken (temporary keys only)"),
    cr.S3_ACCESS_KEY: QT_TRANSLATE_NOOP("AccountsDialog", "S3 storage AccessKey"),
    cr.S3_SECRET_KEY: QT_TRANSLATE_NOOP("AccountsDialog", "S3 storage SecretKey"),
    cr.QY_ACCESS_KEY_ID: QT_TRANSLATE_NOOP("AccountsDialog", "access_key_id"),
    cr.QY_SECRET_ACCESS_KEY: QT_TRANSLATE_NOOP("AccountsDialog", "secret_access_key"),
    cr.QY_SIGN_KEY: QT_TRANSLATE_NOOP("AccountsDialog", "sign_key (the project's)"),
}
NO_KEYRING = QT_TRANSLATE_NOOP(
    "AccountsDialog",
    "No keyring is available to keep account keys, so they cannot be set here (Mixframe never writes them "
    "to a file): install and start GNOME Keyring (gnome-keyring) or KWallet, then open Accounts again.")


def _default_test_connection(profile, *, backend=None, timeout=TEST_TIMEOUT_SECONDS):
    from mixframe.session import test_connection

    return test_connection(profile, backend=backend, timeout=timeout)


class KeyRow:
    """One key of the account: a password field (empty = unchanged), its state, and Clear."""

    def __init__(self, dialog: "AccountsDialog", field: str):
        self.field = field
        self.edit = QLineEdit()
        self.edit.setObjectName(f"accounts.key.{field}")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setPlaceholderText(tr("unchanged"))
        self.edit.setAccessibleName(tr(KEY_LABELS[field]))
        self.state = QLabel()
        self.state.setObjectName(f"accounts.keyState.{field}")
        self.clear = QPushButton(tr("Clear"))
        self.clear.setObjectName(f"accounts.clear.{field}")
        self.clear.setToolTip(tr("Remove this key from the keyring"))
        self.clear.clicked.connect(lambda: dialog.clear_key(field))

    def show_state(self, is_set: bool | None) -> None:
        self.state.setText("" if is_set is None else tr("set") if is_set else tr("not set"))
        self.clear.setEnabled(bool(is_set))


class AccountsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, store: AccountStore | None = None,
                 test_connection: Callable | None = None):
        super().__init__(parent)
        self.setObjectName("accounts.dialog")
        self.setWindowTitle(tr("Accounts"))
        self.store = store if store is not None else AccountStore()
        self._test_connection = test_connection or _default_test_connection
        self.key_rows: dict[str, KeyRow] = {}
        self.keyring_ok = True
        self._current: Profile | None = None

        self.list = QListWidget()
        self.list.setObjectName("accounts.list")
        self.list.currentItemChanged.connect(lambda *_: self._show_selected())

        self.name = QLineEdit()
        self.name.setObjectName("accounts.name")
        self.name.setReadOnly(True)  # Rename changes it, with the keys
        self.vendor = QComboBox()
        self.vendor.setObjectName("accounts.vendor")
        for vendor in endpoints.ACCOUNT_VENDORS:
            self.vendor.addItem(tr(VENDOR_NAMES[vendor]), vendor)
        self.vendor.currentIndexChanged.connect(lambda *_: self._vendor_changed())
        self.sandbox_note = QLabel(tr(SANDBOX_NOTE))
        self.sandbox_note.setObjectName("accounts.sandboxNote")
        self.endpoint = QLineEdit()
        self.endpoint.setObjectName("accounts.endpoint")
        self.region = QLineEdit()
        self.region.setObjectName("accounts.region")
        self.app_id = QLineEdit()
        self.app_id.setObjectName("accounts.appId")

        form = QFormLayout()
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Vendor"), self.vendor)
        form.addRow("", self.sandbox_note)
        form.addRow(tr("Endpoint"), self.endpoint)
        form.addRow(tr("Region"), self.region)
        form.addRow(tr("AppId"), self.app_id)

        self.keys_box = QGroupBox(tr("Keys (kept in the OS keyring)"))
        self.keys_box.setObjectName("accounts.keys")
        self.keys_grid = QGridLayout(self.keys_box)
        self.keyring_message = QLabel()
        self.keyring_message.setObjectName("accounts.keyringMessage")
        self.keyring_message.setWordWrap(True)
        self.keyring_message.hide()

        self.verdict = QLabel()
        self.verdict.setObjectName("accounts.verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.add_button = self._button("accounts.add", tr("Add…"), self.add_account)
        self.rename_button = self._button("accounts.rename", tr("Rename…"), self.rename_account)
        self.delete_button = self._button("accounts.delete", tr("Delete…"), self.delete_account)
        self.default_button = self._button("accounts.makeDefault", tr("Make default"), self.make_default)
        self.save_button = self._button("accounts.save", tr("Save"), self.save)
        self.test_button = self._button("accounts.test", tr("Test connection"), self.test)
        self.close_button = self._button("accounts.close", tr("Close"), self.accept)

        left = QVBoxLayout()
        left.addWidget(self.list)
        row = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.delete_button):
            row.addWidget(button)
        left.addLayout(row)
        left.addWidget(self.default_button)

        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.keys_box)
        right.addWidget(self.keyring_message)
        right.addWidget(self.verdict)
        right.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.test_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.close_button)
        right.addLayout(actions)

        body = QHBoxLayout(self)
        body.addLayout(left, 1)
        body.addLayout(right, 2)
        self.resize(760, 460)
        self.reload()

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: slot())
        return button

    # -- the list
    def reload(self, select: str | None = None) -> None:
        select = select or (self._current.name if self._current else None)
        try:
            profiles, default = self.store.profiles(), self.store.default()
        except ProfileError as exc:
            self._report(exc)
            return
        self.list.blockSignals(True)
        self.list.clear()
        for profile in profiles:
            is_default = default is not None and profile.name == default.name
            item = QListWidgetItem(tr("{name} (default)").format(name=profile.name) if is_default else profile.name)
            item.setData(Qt.ItemDataRole.UserRole, profile.name)
            self.list.addItem(item)
        self.list.blockSignals(False)
        names = [p.name for p in profiles]
        index = names.index(select) if select in names else (names.index(default.name) if default else 0)
        self.list.setCurrentRow(index)
        self._show_selected()

    def selected_name(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _show_selected(self) -> None:
        name = self.selected_name()
        if name is None:
            self._current = None
            return
        try:
            profile = self.store.get(name)
        except ProfileError as exc:
            self._report(exc)
            return
        self._current = profile
        sandbox = profile.is_sandbox
        self.name.setText(profile.name)
        self.vendor.blockSignals(True)
        if sandbox:
            if self.vendor.findData("sandbox") < 0:
                self.vendor.addItem(tr(VENDOR_NAMES["sandbox"]), "sandbox")
        else:
            sandbox_index = self.vendor.findData("sandbox")
            if sandbox_index >= 0:
                self.vendor.removeItem(sandbox_index)
        self.vendor.setCurrentIndex(self.vendor.findData(profile.vendor))
        self.vendor.blockSignals(False)
        default = endpoints.default_for(profile.vendor)
        self.endpoint.setText("" if profile.endpoint == default.url else profile.endpoint)
        self.region.setText("" if profile.region == default.region else profile.region)
        self.app_id.setText(profile.app_id)
        for widget in (self.vendor, self.endpoint, self.region, self.app_id):
            widget.setEnabled(not sandbox)
        self.sandbox_note.setVisible(sandbox)
        for button in (self.rename_button, self.delete_button, self.save_button):
            button.setEnabled(not sandbox)
        self.verdict.clear()
        self._fill_placeholders(profile.vendor)
        self._build_key_rows(profile.vendor)
        self._load_key_state(profile.name)

    def _vendor_changed(self) -> None:
        vendor = self.vendor.currentData()
        self._fill_placeholders(vendor)
        self._build_key_rows(vendor)
        if self._current is not None and vendor == self._current.vendor:
            self._load_key_state(self._current.name)

    def _fill_placeholders(self, vendor: str) -> None:
        default = endpoints.default_for(vendor)
        self.endpoint.setPlaceholderText(default.url)
        self.region.setPlaceholderText(default.region or tr("none (QingCloud signs without a region)"))

    # -- keys
    def _build_key_rows(self, vendor: str) -> None:
        while self.keys_grid.count():
            widget = self.keys_grid.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)  # gone from the dialog now, not at the next event loop pass
                widget.deleteLater()
        self.key_rows = {}
        fields = key_fields(vendor)
        self.keys_box.setVisible(bool(fields))
        for row, field in enumerate(fields):
            key_row = KeyRow(self, field)
            label = QLabel(tr(KEY_LABELS[field]))
            label.setBuddy(key_row.edit)
            if field in OPTIONAL_FIELDS:
                label.setToolTip(tr("Optional"))
            self.keys_grid.addWidget(label, row, 0)
            self.keys_grid.addWidget(key_row.edit, row, 1)
            self.keys_grid.addWidget(key_row.state, row, 2)
            self.keys_grid.addWidget(key_row.clear, row, 3)
            key_row.show_state(None)
            self.key_rows[field] = key_row
        self._enable_keys(self.keyring_ok)

    def _enable_keys(self, enabled: bool) -> None:
        for key_row in self.key_rows.values():
            key_row.edit.setEnabled(enabled)
            if not enabled:
                key_row.edit.clear()
                key_row.clear.setEnabled(False)

    def _load_key_state(self, name: str) -> None:
        if not self.key_rows:
            return
        store = self.store
        BackgroundOp(self, lambda: store.key_state(name),
                     lambda state: self._show_key_state(name, state)).failure(self._keyring_failed).run_in_background()

    def _show_key_state(self, name: str, state: dict[str, bool]) -> None:
        if self._current is None or self._current.name != name:
            return  # another account was chosen meanwhile
        self._keyring_works()
        for field, key_row in self.key_rows.items():
            key_row.show_state(state.get(field, False))

    def _keyring_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, cr.KeyringUnavailable):
            self._say(tr("The accounts could not be changed: {reason}").format(reason=window_text(exc)))
            return
        self.keyring_ok = False
        # One paragraph about the keyring: what to install, or why this one failed (never both,
        # and never the command line's environment variables).
        self.keyring_message.setText(tr(NO_KEYRING) if is_no_keyring(exc) else window_text(exc))
        self.keyring_message.show()
        self._enable_keys(False)
        for key_row in self.key_rows.values():
            key_row.state.setText(tr("unknown"))

    def _keyring_works(self) -> None:
        self.keyring_ok = True
        self.keyring_message.hide()
        self._enable_keys(True)

    def typed_keys(self) -> dict[str, str]:
        """The keys typed into the fields (empty fields are left out: they change nothing)."""
        return {field: row.edit.text() for field, row in self.key_rows.items() if row.edit.text()}

    def clear_key(self, field: str) -> None:
        if self._current is None:
            return
        name, store = self._current.name, self.store
        BackgroundOp(self, lambda: store.clear_key(name, field),
                     lambda _: self._load_key_state(name)).failure(self._keyring_failed).run_in_background()

    # -- the buttons
    def form_profile(self) -> Profile:
        assert self._current is not None
        return Profile(self._current.name, self.vendor.currentData(), endpoint=self.endpoint.text().strip(),
                       region=self.region.text().strip(), app_id=self.app_id.text().strip(),
                       label=self._current.label, extra=self._current.extra)

    def save(self) -> None:
        if self._current is None or self._current.is_sandbox:
            return
        updated = False
        try:
            profile = self.form_profile()
            if profile != self._current:
                self.store.update(profile)
                updated = True
        except (ProfileError, cr.KeyringUnavailable) as exc:
            self._report(exc)
            return
        keys = self.typed_keys()
        for row in self.key_rows.values():
            row.edit.clear()  # the typed secrets leave the widgets at once
        name = profile.name
        self.reload(select=name)
        if updated:
            self._say_note()  # saved; what the keyring could not do yet (a vendor change's stale keys)
        if not keys:
            return
        store = self.store

        def write() -> None:
            for field, value in keys.items():
                store.set_key(name, field, value)

        BackgroundOp(self, write, lambda _: self._load_key_state(name)).failure(self._keyring_failed) \
            .run_in_background()

    def ask_name(self, title: str, label: str, text: str = "") -> str | None:
        """A name from the user, or None when cancelled (tests replace this)."""
        value, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, text)
        return value.strip() if ok and value.strip() else None

    def add_account(self) -> None:
        name = self.ask_name(tr("Add account"), tr("Name of the new account:"))
        if name is None:
            return
        try:
            self.store.add(Profile(name, endpoints.VOLCENGINE.vendor))
        except (ProfileError, cr.KeyringUnavailable) as exc:
            self._report(exc)
            return
        self.reload(select=name)
        self.vendor.setFocus()

    def rename_account(self) -> None:
        if self._current is None or self._current.is_sandbox:
            return
        old = self._current.name
        new = self.ask_name(tr("Rename account"), tr("New name for {name}:").format(name=old), old)
        if new is None or new == old:
            return
        store = self.store
        BackgroundOp(self, lambda: store.rename(old, new), lambda _: self._changed(new)) \
            .failure(self._failed).run_in_background()

    def delete_account(self) -> None:
        if self._current is None or self._current.is_sandbox:
            return
        name = self._current.name
        answer = QMessageBox.question(
            self, tr("Delete account"),
            tr("Delete the account {name} and its keys in the keyring? This cannot be undone.").format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        store = self.store
        self._current = None
        BackgroundOp(self, lambda: store.remove(name), lambda _: self._changed(None)) \
            .failure(self._failed).run_in_background()

    def _changed(self, select: str | None) -> None:
        """After a rename or delete: the list again, and what the keyring could not do yet."""
        self.reload(select=select)
        self._say_note()

    def _say_note(self) -> None:
        note = self.store.last_note
        if note is not None:
            self._say(note.text(QCoreApplication.translate))

    def make_default(self) -> None:
        if self._current is None:
            return
        try:
            self.store.set_default(self._current.name)
        except ProfileError as exc:
            self._report(exc)
            return
        self.reload(select=self._current.name)

    def test(self) -> None:
        if self._current is None:
            return
        try:
            profile = self._current if self._current.is_sandbox else self.form_profile()
        except ProfileError as exc:
            self._report(exc)
            return
        self.test_button.setEnabled(False)
        self.verdict.setText(tr("Testing the connection…"))
        probe, backend = self._test_connection, self.store.backend
        BackgroundOp(self, lambda: probe(profile, backend=backend, timeout=TEST_TIMEOUT_SECONDS),
                     self._show_verdict).failure(self._test_failed).run_in_background()

    def _show_verdict(self, verdict) -> None:
        self.test_button.setEnabled(True)
        self.verdict.setProperty("ok", bool(verdict.ok))
        if verdict.kind == "keyring":  # said once, in the keyring paragraph
            self.verdict.setText("")
            failure = cr.KeyringUnavailable(verdict.sentence)
            failure.said = verdict.said
            self._keyring_failed(failure)
            return
        self.verdict.setText(window_text(verdict))

    def _test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.verdict.setProperty("ok", False)
        self.verdict.setText(tr("The connection could not be tested: {reason}").format(reason=type(exc).__name__))

    def _failed(self, exc: BaseException) -> None:
        self.reload()  # first: showing the account again clears the verdict line, which must keep the reason
        self._report(exc)

    def _report(self, exc: BaseException) -> None:
        """Say what failed, once: a keyring failure in the keyring paragraph, anything else below
        the form; in the window's words."""
        if isinstance(exc, cr.KeyringUnavailable):
            self._keyring_failed(exc)
        elif isinstance(exc, ProfileError):
            self._say(window_text(exc))
        else:
            self._say(tr("The accounts could not be changed: {reason}").format(reason=window_text(exc)))

    def _say(self, sentence: str) -> None:
        self.verdict.setProperty("ok", False)
        self.verdict.setText(sentence)


def manage_accounts(parent: QWidget | None) -> None:
    """Open the Accounts dialog over `parent` and wait until it is closed."""
    dialog = AccountsDialog(parent)
    dialog.exec()
    dialog.deleteLater()


def manage_action(parent: QWidget) -> QAction:
    """The action `accounts.manage` that opens the dialog, for the window's menu."""
    action = QAction(tr("Accounts…"), parent)
    action.setObjectName("accounts.manage")
    action.triggered.connect(lambda: manage_accounts(parent))
    return action
