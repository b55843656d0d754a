"""Every message the window shows talks about the window's own controls: never a command-line
option (``--app-id``) nor an environment variable the window ignores (``VOLC_ACCESSKEY``), and the
keyring is explained in one paragraph (issue 14 item 9)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMessageBox, QPushButton

import mixframe
from mixframe.api.errors import ApiError, EndpointError
from mixframe.api.transport import check_endpoint
from mixframe.model.problems import RequestInvalid, Sentence
from mixframe.model.volcengine import check_start
from mixframe.session import ConnectionVerdict, test_connection as real_test_connection
from mixframe.store import credentials as cr
from mixframe.store.accounts import AccountStore
from mixframe.store.profiles import Profile, ProfileStore
from mixframe.ui import recording as rec
from mixframe.ui import window_words
from mixframe.ui.accounts_dialog import AccountsDialog
from mixframe.ui.main_window import MainWindow

# What only the command line has: an option, an environment variable, the word "environment".
CLI_ADVICE = re.compile(r"--[a-z]|VOLC_|QY_[A-Z]|environment|\{option\}|set \{variable\}|\{first\}")
ROOT = Path(mixframe.__file__).parent


def shared_templates() -> list[tuple[str, str]]:
    """(file, template) of every sentence the Qt-free rooms write that gives command-line advice."""
    files = [ROOT / "session.py", *ROOT.glob("store/*.py"), *ROOT.glob("api/*.py"), *ROOT.glob("model/*.py")]
    found = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP" and len(node.args) == 2:
                text = ast.literal_eval(node.args[1])
                # The proxy variables are read by the window too (as by any program of the session).
                if CLI_ADVICE.search(text) and "proxy" not in text.lower():
                    found.append((path.name, text))
    return found


def test_every_shared_sentence_with_command_line_advice_has_the_windows_own_words():
    templates = shared_templates()
    assert len(templates) >= 10  # the scan finds them (the keyring, the keys, the endpoint, the ids)
    replaced = window_words._replacements()
    for source, template in templates:
        if source in ("volcengine.py", "qingcloud.py"):  # a missing recording id: window_problem says it
            continue
        assert template in replaced, (source, template)
        params = {name: f"<{name}>" for name in re.findall(r"\{(\w+)\}", template)}
        text = window_words.said_text(Sentence("Any", template, params))
        assert not CLI_ADVICE.search(text) and ("Accounts" in text or "keyring" in text.lower()), (template, text)


@pytest.mark.parametrize("vendor", ["volcengine", "qingcloud"])
def test_a_missing_id_at_start_names_the_windows_control(vendor):
    from mixframe.model import qingcloud

    problems = check_start({}) if vendor == "volcengine" else qingcloud.check_start({"project_id": "p"})
    ids = [p for p in problems if p.rule == "missing" and p.path in ("AppId", "RoomId", "TaskId", "app_id", "channel")]
    assert ids and all("--" in p.message for p in ids)  # the model's words, for the command line
    kind, details = rec.describe(RequestInvalid(problems))
    for line in [kind, *details]:
        assert not CLI_ADVICE.search(line), line
    assert any("Recording > Accounts" in line for line in details) and any("toolbar" in line for line in details)


def test_the_services_credential_errors_and_the_endpoint_say_the_accounts_dialog():
    for code in ("MissingAuthenticationToken", "MissingSignature"):
        sentence, details = rec.describe(ApiError(code, "no auth", http_status=401))
        assert "environment" not in sentence and "Recording > Accounts" in sentence, sentence
        assert any(code in line for line in details)  # the service's values stay
    with pytest.raises(EndpointError) as caught:
        check_endpoint("https://user:pw@rtc.example.com")
    sentence, _details = rec.describe(caught.value)
    assert "environment" not in sentence and "Recording > Accounts" in sentence and "pw" not in sentence


@pytest.fixture
def no_keyring(monkeypatch):
    import keyring

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())


def test_record_without_a_keyring_says_what_to_install_not_the_cli_variables(qtbot, tmp_path, monkeypatch, no_keyring):
    monkeypatch.setenv("MIXFRAME_CONFIG_DIR", str(tmp_path / "config"))
    ProfileStore().save(Profile("Work", "volcengine", endpoint="https://rtc.example.test", app_id="work-app"))
    window = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window.show()
    qtbot.waitExposed(window)
    try:
        controller = window.recording
        controller.reload_accounts()
        picker = window.findChild(QComboBox, "account.picker")
        picker.setCurrentIndex(picker.findData("Work"))
        from mixframe.model.layout import StreamRef

        window.document.add_stream(StreamRef("alice"))
        window.request_doc.set_field("StorageConfig.TosConfig.AccountId", "2100000000")
        window.request_doc.set_field("StorageConfig.TosConfig.Bucket", "b")
        window.actions["record.toggle"].trigger()

        def box():
            found = window.findChild(QMessageBox, "record.error")
            return found if found is not None and found.isVisible() else None

        qtbot.waitUntil(lambda: box() is not None, timeout=10000)
        text = box().text()
        assert "gnome-keyring" in text and not CLI_ADVICE.search(text), text
        assert controller.state == rec.IDLE
        box().close()
    finally:
        window.force_close()
        window.deleteLater()


def test_test_connection_without_a_keyring_says_it_once(qtbot, tmp_path):
    store = AccountStore(tmp_path, backend=fail.Keyring())
    store.add(Profile("Prod", "volcengine"))
    dialog = AccountsDialog(store=store, test_connection=real_test_connection)
    qtbot.addWidget(dialog)
    dialog.show()
    items = [dialog.list.item(i) for i in range(dialog.list.count())]
    dialog.list.setCurrentItem(next(i for i in items if i.text().startswith("Prod")))
    message = dialog.findChild(QLabel, "accounts.keyringMessage")
    verdict = dialog.findChild(QLabel, "accounts.verdict")
    qtbot.waitUntil(lambda: not message.isHidden())
    dialog.findChild(QPushButton, "accounts.test").click()
    qtbot.waitUntil(lambda: dialog.findChild(QPushButton, "accounts.test").isEnabled(), timeout=10000)
    shown = [label.text() for label in (message, verdict) if label.isVisible() and label.text()]
    assert len(shown) == 1 and "gnome-keyring" in shown[0], shown
    assert not CLI_ADVICE.search(" ".join(shown))
