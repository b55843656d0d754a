"""A third vendor is its own files plus one registration (issue 15, item 1).

The toy vendor of tests/vendors/toy_vendor/ (model, signer, client with the session's driver,
sandbox) is registered once by the `toy` fixture; then `mixframe validate`, the session's
start/status/stop against the sandbox, the account store and the window's vendor list work with
it, and nothing under gui/ names it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mixframe import cli, cli_json, errorlog, session
from mixframe.api import errors, qingcloud_client, volc_client
from mixframe.api.errors import redact_data, secret_values
from mixframe.model import vendors
from mixframe.model import volcengine
from mixframe.model.preset import detect_vendor, parse_text
from mixframe.model.problems import MASK
from mixframe.sandbox.server import start_sandbox
from mixframe.session import RecordingSession, TaskRef
from mixframe.store import credentials as cr
from mixframe.store.accounts import AccountStore, key_fields
from mixframe.store.profiles import Profile, ProfileError, sandbox_profile
from support import MemoryKeyring
from toy_vendor.sandbox import SANDBOX_KEY, SANDBOX_SECRET

GUI = Path(__file__).resolve().parents[2] / "gui"
HERE = Path(__file__).resolve().parent


def write(tmp_path: Path, name: str, data: dict) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_the_toy_vendor_lives_in_its_own_files_and_nothing_in_the_app_names_it():
    named = [p for p in GUI.rglob("*.py") if "toy" in p.read_text(encoding="utf-8").lower()]
    assert named == []
    needle = "vendors.register" + "(TOY)"  # spelled apart, so this file is not a match
    registrations = [p.relative_to(HERE) for p in HERE.rglob("*.py") if needle in p.read_text(encoding="utf-8")]
    assert registrations == [Path("conftest.py")]


def test_unregistered_the_toy_is_unknown_everywhere(tmp_path, capsys):
    assert "toy" not in vendors.families()
    assert cli.main(["validate", write(tmp_path, "t.json", {"mixframe": 1, "vendor": "toy", "request": {}})]) == 2
    with pytest.raises(ProfileError):
        Profile("T", "toy")


def test_validate_reads_a_toy_preset_and_a_bare_toy_body(toy, tmp_path, capsys):
    good = write(tmp_path, "good.json", {"mixframe": 1, "name": "t", "vendor": "toy", "request": {"pictures": 4}})
    assert cli.main(["validate", good]) == 0
    bare = {"toy_app": "a1", "toy_room": "r1", "pictures": 2}
    assert detect_vendor(bare) == "toy"
    assert parse_text(json.dumps(bare), "bare.json").vendor == "toy"
    assert cli.main(["validate", write(tmp_path, "bare.json", bare)]) == 0
    capsys.readouterr()
    bad = write(tmp_path, "bad.json", {"mixframe": 1, "vendor": "toy", "request": {"pictures": 12}})
    assert cli.main(["validate", bad]) == 1
    assert "pictures: must be a whole number from 1 to 9" in capsys.readouterr().out
    # `request` prints the body start would send, the toy's secret masked.
    token = write(tmp_path, "token.json", {"toy_app": "a1", "toy_room": "r1", "toy_token": "TOY-SECRET-42"})
    assert cli.main(["request", token]) == 0
    out = capsys.readouterr().out
    assert json.loads(out) == {"toy_app": "a1", "toy_room": "r1", "toy_token": MASK} and "TOY-SECRET-42" not in out
    # The two shipped vendors are recognised as before.
    assert detect_vendor({"AppId": "a"}) == "volcengine" and detect_vendor({"app_id": "a"}) == "qingcloud"


def test_the_session_starts_asks_and_stops_a_toy_recording_in_the_sandbox(toy):
    with start_sandbox() as sandbox:
        service = sandbox.service("toy")
        with RecordingSession(sandbox_profile(), sandbox_url=sandbox.url) as session:
            started = session.start({"toy_room": "r1", "pictures": 4}, vendor="toy", app_id="app1")
            task = started.task
            assert (task.vendor, task.app_id, task.room_id, task.task_id) == ("toy", "app1", "r1", "toy-1")
            assert task.ids == {"toy_app": "app1", "toy_room": "r1"}
            assert service.tasks["toy-1"] == {"room": "r1", "pictures": 4, "state": "running"}
            assert session.status(task).status.running
            session.stop(task)
            after = session.status(task).status
            assert after.ended and [f.object_key for f in after.files] == ["toy-1.mp4"]
            assert task.why_not_updatable() == "Toy recordings take no updates."
        assert {(s.service, s.action) for s in sandbox.requests} == {("toy", "start"), ("toy", "status"), ("toy", "stop")}


def test_a_toy_account_keeps_its_own_keys_and_signs_with_them(toy, tmp_path):
    backend = MemoryKeyring()
    store = AccountStore(tmp_path, backend=backend)
    assert key_fields("toy") == ("toy_key", "toy_secret")
    with start_sandbox() as sandbox:
        store.add(Profile("Toy1", "toy", sandbox.url, app_id="app9"),
                  {"toy_key": SANDBOX_KEY, "toy_secret": SANDBOX_SECRET})
        profile = store.get("Toy1")
        assert profile.service == "toy" and store.key_state("Toy1") == {"toy_key": True, "toy_secret": True}
        with pytest.raises(Exception, match="not a key of a toy account"):
            store.set_key("Toy1", cr.ACCESS_KEY, "x")
        with RecordingSession(profile, backend=backend) as session:
            task = session.start({"toy_room": "r2"}).task
            assert (task.vendor, task.app_id) == ("toy", "app9")
            assert SANDBOX_SECRET in session.secrets()  # a real account's secret is masked everywhere
            session.stop(TaskRef("toy", "app9", "r2", task.task_id))
        assert sandbox.service("toy").tasks[task.task_id]["state"] == "stopped"


def test_the_accounts_dialog_lists_the_toy_vendor(toy, qtbot, tmp_path):
    from PySide6.QtWidgets import QComboBox, QLabel, QListWidget

    from mixframe.ui.accounts_dialog import AccountsDialog

    store = AccountStore(tmp_path, backend=MemoryKeyring())
    store.add(Profile("Toy1", "toy", app_id="a"))
    dialog = AccountsDialog(None, store=store)
    qtbot.addWidget(dialog)
    combo = dialog.findChild(QComboBox, "accounts.vendor")
    items = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count()) if combo.itemData(i) != "sandbox"]
    assert items == [("Volcengine", "volcengine"), ("BytePlus", "byteplus"), ("QingCloud", "qingcloud"), ("Toy RTC", "toy")]
    accounts = dialog.findChild(QListWidget, "accounts.list")
    accounts.setCurrentRow(next(r for r in range(accounts.count()) if accounts.item(r).text().startswith("Toy1")))
    assert combo.currentData() == "toy"
    for field in ("toy_key", "toy_secret"):  # its keys, by the names it declares
        assert dialog.findChild(QLabel, f"accounts.keyState.{field}") is not None, field


def test_the_window_s_request_document_and_copy_as_curl_take_a_toy_request(toy, qtbot):
    from mixframe.api.curl import curl_command
    from mixframe.ui.request_document import RequestDocument

    body = {"toy_app": "a1", "toy_room": "r1", "pictures": 3, "toy_token": "TOY-SECRET-42"}
    doc = RequestDocument("toy", body)
    assert doc.to_body() == body and not doc.is_custom_layout and not doc.layout.streams
    curl = curl_command("toy", body, "http://127.0.0.1:9")
    assert curl.startswith("curl -X POST 'http://127.0.0.1:9/toy/v1/record?do=StartRecord'")
    assert MASK in curl and "TOY-SECRET-42" not in curl


# --- secrets: derived from the vendors' declarations ------------------------------------------

def test_the_secret_names_are_derived_from_the_declarations_and_are_todays_for_the_shipped_vendors():
    assert "toy" not in vendors.families()
    assert set(session.SECRET_FIELDS) == {"SecretKey", "SessionToken", "sign_key", "secret_access_key"}
    assert set(errors.SECRET_REQUEST_FIELDS) == {"accesskey", "secretkey", "sessiontoken", "sign_key",
                                                 "secret_access_key"}
    assert set(volc_client.SECRET_FIELDS) == {"SecretKey", "SessionToken"}
    assert set(qingcloud_client.SECRET_KEYS) == {"sign_key", "secret_access_key"}
    assert volcengine.S3_SECRET_FIELDS == ("AccessKey", "SecretKey")
    # Unregistered, the toy's names are nobody's secret.
    assert not {"toy_secret", "toy_token"} & set(session.SECRET_FIELDS)
    assert "toy_token" not in errors.SECRET_REQUEST_FIELDS


def test_a_third_vendors_secrets_are_masked_everywhere_with_no_other_edit(toy, tmp_path, monkeypatch):
    """The toy declares a secret request field (toy_token) and an account secret (toy_secret, its
    key id toy_key is public): an answer, the JSON the command line prints and the error log
    mask them, with no list edited anywhere."""
    answer = {"Result": {"toy_secret": "TOY-ACCOUNT-SECRET", "toy_key": "TOY-KEY-ID",
                         "Echo": [{"toy_token": "TOY-REQUEST-TOKEN"}]}}
    shown = redact_data(answer, [], session.SECRET_FIELDS)
    assert shown["Result"]["toy_secret"] == MASK and shown["Result"]["Echo"][0]["toy_token"] == MASK
    assert shown["Result"]["toy_key"] == "TOY-KEY-ID"
    text = cli_json.document_text(answer, [])
    assert "TOY-ACCOUNT-SECRET" not in text and "TOY-REQUEST-TOKEN" not in text and "TOY-KEY-ID" in text
    # A request body's secrets are learnt (any case), and the error log masks them.
    request = {"toy_app": "a1", "toy_room": "r1", "Toy_Token": "TOY-REQUEST-TOKEN"}
    secrets = secret_values(request)
    assert secrets == ["TOY-REQUEST-TOKEN"]
    monkeypatch.setenv(errorlog.LOG_DIR_ENV, str(tmp_path))
    try:
        raise RuntimeError(f"the call with {request} failed")
    except RuntimeError as exc:
        written = errorlog.write_report(type(exc), exc, exc.__traceback__, secrets)
    log = written.read_text(encoding="utf-8")
    assert "the call with" in log and "TOY-REQUEST-TOKEN" not in log and MASK in log
