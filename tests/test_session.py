"""mixframe.session: one recording session for both vendors, against the sandbox over loopback."""

import copy

import pytest

from mixframe.api.errors import ApiError
from mixframe.model.problems import RequestInvalid
from mixframe.sandbox import (QINGCLOUD_ACCESS_KEY_ID, QINGCLOUD_SECRET_ACCESS_KEY, VOLC_ACCESS_KEY,
                              VOLC_SECRET_KEY)
from mixframe.session import (ConnectionVerdict, RecordingSession, SessionError, TaskRef, new_task_id,
                              test_connection as check_connection)
from mixframe.store import credentials as cr
from mixframe.store.profiles import Profile, sandbox_profile

REQUEST = {
    "TargetStreams": {"StreamList": [{"UserId": "alice", "Index": 0}, {"UserId": "bob", "Index": 1}]},
    "Layout": {"LayoutMode": 2, "CustomLayout": {"Canvas": {"Width": 1280, "Height": 720}, "Regions": [
        {"StreamIndex": 0, "Width": 640, "Height": 720},
        {"StreamIndex": 1, "LocationX": 640, "Width": 640, "Height": 720}]}},
    "FileFormatConfig": {"FileFormat": ["MP4"]},
    "StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "2100000000", "Bucket": "b"}}}
QY_REQUEST = {"project_id": "qp", "layout_mode": 1, "is_mixing_enabled": 1}


def test_a_volcengine_recording_start_update_status_stop(session, sandbox):
    started = session.start(REQUEST, app_id="app1", room_id="room1")
    task = started.task
    assert (task.vendor, task.app_id, task.room_id) == ("volcengine", "app1", "room1")
    assert task.task_id.startswith("mf-") and task.canvas == (1280, 720) and task.why_not_updatable() == ""
    assert started.request_id and started.raw["Result"] == "ok"
    assert sandbox.count("StartRecord") == 1

    moved = copy.deepcopy(REQUEST)
    moved["Layout"]["CustomLayout"]["Regions"][1]["LocationX"] = 600
    moved["Layout"]["CustomLayout"]["Regions"][1]["Width"] = 680
    updated = session.update(moved, task)
    assert updated.action == "update" and sandbox.count("UpdateRecord") == 1
    kept = sandbox.volcengine.tasks[("app1", "room1", task.task_id)]
    assert kept.updates == 1
    assert [r.get("LocationX", 0) for r in kept.body["Layout"]["CustomLayout"]["Regions"]] == [0, 600]
    assert "Canvas" not in updated.body["Layout"]["CustomLayout"] or "Width" not in updated.body["Layout"]["CustomLayout"]["Canvas"]

    status = session.status(task).status
    assert status.running and not status.ended and status.name == "Running"

    session.stop(task)
    after = session.status(task).status
    assert after.ended and not after.running and after.stop_reason == "StopByAPI"
    assert after.files and all(f.object_key for f in after.files)


def test_a_qingcloud_recording_start_status_stop(sandbox):
    with RecordingSession(sandbox_profile(), sandbox_url=sandbox.url) as session:
        started = session.start(QY_REQUEST, vendor="qingcloud", app_id="qa", room_id="ch1")
        task = started.task
        assert (task.vendor, task.room_id, task.project_id) == ("qingcloud", "ch1", "qp") and task.task_id
        assert "QingCloud" in task.why_not_updatable()
        result = session.status(task)
        assert result.status.running and result.status.name == "Recording" and result.status.task_id == task.task_id
        session.stop(task)
        done = session.status(task).status
        assert done.ended and done.files


def test_an_invalid_request_is_never_sent(session, sandbox):
    bad = copy.deepcopy(REQUEST)
    bad["Layout"]["CustomLayout"]["Regions"][1]["Width"] = 99999
    with pytest.raises(RequestInvalid) as raised:
        session.start(bad, app_id="app1", room_id="room1")
    assert any(p.path == "Layout.CustomLayout.Regions[1].Width" for p in raised.value.problems)
    assert sandbox.count() == 0


def test_an_update_is_measured_against_the_running_tasks_canvas(session, sandbox):
    task = session.start(REQUEST, app_id="app1", room_id="room1").task
    bigger = copy.deepcopy(REQUEST)
    bigger["Layout"]["CustomLayout"]["Canvas"] = {"Width": 1920, "Height": 1080}
    bigger["Layout"]["CustomLayout"]["Regions"][1]["LocationX"] = 1280
    with pytest.raises(RequestInvalid):
        session.update(bigger, task)
    assert sandbox.count("UpdateRecord") == 0


def test_only_a_mixed_custom_layout_task_takes_updates(session, sandbox):
    auto = copy.deepcopy(REQUEST)
    auto["Layout"] = {"LayoutMode": 0}
    task = session.start(auto, app_id="app1", room_id="room2").task
    assert task.layout_mode == 0 and "custom layout" in task.why_not_updatable()
    with pytest.raises(SessionError, match="custom layout"):
        session.update(REQUEST, task)
    assert sandbox.count("UpdateRecord") == 0


def test_an_api_error_comes_back_with_code_and_request_id(session):
    with pytest.raises(ApiError) as raised:
        session.status(TaskRef("volcengine", "app1", "room1", "no-such-task"))
    assert raised.value.code == "InvalidParameter.ErrorActiveTaskNotFound" and raised.value.request_id


def test_a_profile_with_real_keys_signs_with_them_and_masks_them(sandbox, memory_keyring):
    profile = Profile("Work", "volcengine", endpoint=sandbox.url, app_id="app9")
    cr.set_secret("Work", cr.ACCESS_KEY, VOLC_ACCESS_KEY)
    cr.set_secret("Work", cr.SECRET_KEY, VOLC_SECRET_KEY)
    with RecordingSession(profile) as session:
        result = session.start(REQUEST, room_id="room1")
        assert result.task.app_id == "app9"  # the profile's AppId
        assert VOLC_SECRET_KEY in session.secrets()


def test_an_account_for_the_other_vendor_is_refused_in_a_sentence(sandbox, memory_keyring):
    profile = Profile("Qy", "qingcloud", endpoint=sandbox.url)
    with RecordingSession(profile) as session, pytest.raises(SessionError, match="is for qingcloud"):
        session.start(REQUEST, vendor="volcengine", app_id="a", room_id="r")
    assert sandbox.count() == 0


def test_fresh_task_ids_are_valid_and_differ():
    ids = {new_task_id() for _ in range(50)}
    assert len(ids) == 50
    assert all(len(t) <= 128 and all(c.isalnum() or c in "_@-." for c in t) for t in ids)


# -- test connection: each answer explained in words ---------------------------------------------


def _volc_profile(sandbox, memory_keyring, ak=VOLC_ACCESS_KEY, sk=VOLC_SECRET_KEY, endpoint=None):
    cr.set_secret("P", cr.ACCESS_KEY, ak)
    cr.set_secret("P", cr.SECRET_KEY, sk)
    return Profile("P", "volcengine", endpoint=endpoint or sandbox.url, app_id="app1")


def test_connection_fine(sandbox, memory_keyring):
    verdict = check_connection(_volc_profile(sandbox, memory_keyring))
    assert verdict == ConnectionVerdict(True, "fine", verdict.sentence) and "work" in verdict.sentence


def test_connection_fine_for_the_sandbox_and_for_qingcloud(sandbox, memory_keyring):
    assert check_connection(sandbox_profile(), sandbox_url=sandbox.url).ok
    cr.set_secret("Q", cr.QY_ACCESS_KEY_ID, QINGCLOUD_ACCESS_KEY_ID)
    cr.set_secret("Q", cr.QY_SECRET_ACCESS_KEY, QINGCLOUD_SECRET_ACCESS_KEY)
    assert check_connection(Profile("Q", "qingcloud", endpoint=sandbox.url, app_id="qa")).kind == "fine"


def test_connection_wrong_secret_is_a_signature_problem(sandbox, memory_keyring):
    verdict = check_connection(_volc_profile(sandbox, memory_keyring, sk="not-the-secret"))
    assert (verdict.ok, verdict.kind) == (False, "signature") and "signature" in verdict.sentence
    assert "not-the-secret" not in verdict.sentence


def test_connection_unknown_key(sandbox, memory_keyring):
    verdict = check_connection(_volc_profile(sandbox, memory_keyring, ak="AKLTnobody"))
    assert (verdict.ok, verdict.kind) == (False, "unknown-key")


def test_connection_clock_skew(sandbox, memory_keyring, monkeypatch):
    import datetime

    from mixframe.api import volc_client

    real = volc_client.VolcClient.__init__

    def late_clock(self, *args, **kwargs):
        kwargs["now"] = lambda: datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(hours=1)
        real(self, *args, **kwargs)

    monkeypatch.setattr(volc_client.VolcClient, "__init__", late_clock)  # a clock the server cannot be made to have
    verdict = check_connection(_volc_profile(sandbox, memory_keyring))
    assert (verdict.ok, verdict.kind) == (False, "clock-skew") and "clock" in verdict.sentence


def test_connection_unreachable_and_missing_keys(sandbox, memory_keyring):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens here once closed
    verdict = check_connection(_volc_profile(sandbox, memory_keyring, endpoint=f"http://127.0.0.1:{port}"), timeout=2)
    assert (verdict.ok, verdict.kind) == (False, "unreachable")
    empty = Profile("Empty", "volcengine", endpoint=sandbox.url)
    verdict = check_connection(empty)
    assert (verdict.ok, verdict.kind) == (False, "keys-missing") and "Empty" in verdict.sentence


# -- a proxy's {} is not a success (issue 14, item 19); an unreadable answer is an ApiError (item 14)

PROXY_EMPTY = b"{}"
DEEP = b'{"code": "bad", "a": ' + b"[" * 900 + b"1" + b"]" * 900 + b"}"


@pytest.mark.parametrize("body", [PROXY_EMPTY, DEEP, b"[]", b"<html>proxy</html>"], ids=["{}", "deep", "[]", "html"])
@pytest.mark.parametrize("vendor", ["volcengine", "qingcloud"])
def test_start_stop_and_status_fail_on_an_answer_that_is_not_the_services(vendor, body):
    from servers import canned, raw_server

    from mixframe.api import errors as E

    with raw_server(canned(200, body)) as server, \
            RecordingSession(sandbox_profile(), sandbox_url=server["url"]) as session:
        task = TaskRef(vendor, "app1", "room1", "task1", project_id="qp")
        calls = {"status": lambda: session.status(task), "stop": lambda: session.stop(task)}
        if vendor == "volcengine":
            calls["start"] = lambda: session.start(REQUEST, app_id="app1", room_id="room1")
        else:
            calls["start"] = lambda: session.start(QY_REQUEST, vendor="qingcloud", app_id="qa", room_id="ch1")
        for name, call in calls.items():
            with pytest.raises(ApiError) as info:
                call()
            assert info.value.code == E.BROKEN_ANSWER, name


def test_connection_through_a_proxy_that_answers_empty_is_not_fine():
    from servers import canned, raw_server

    with raw_server(canned(200, PROXY_EMPTY)) as server:
        verdict = check_connection(sandbox_profile(), sandbox_url=server["url"])
    assert not verdict.ok and "not the service's JSON" in verdict.sentence


# -- the recordings journal: every start, status and stop is kept, for both faces ------------------


def test_start_status_and_stop_against_the_sandbox_write_the_journal(sandbox, tmp_path):
    from mixframe.store.journal import Journal

    journal = Journal(tmp_path / "j.sqlite3")
    with RecordingSession(sandbox_profile(), sandbox_url=sandbox.url, journal=journal) as session:
        task = session.start(REQUEST, app_id="app1", room_id="room1").task
        (entry,) = journal.entries()
        assert (entry.vendor, entry.account, entry.app_id, entry.room_id, entry.task_id) == (
            "volcengine", "Sandbox", "app1", "room1", task.task_id)
        assert entry.state == "running" and entry.endpoint == sandbox.url and entry.canvas == (1280, 720)
        assert entry.body["Layout"]["CustomLayout"]["Regions"][1]["LocationX"] == 640
        session.status(task)
        assert journal.get(entry.id).status == "Running"
        session.stop(task)
        assert journal.get(entry.id).state == "stopped"
        session.status(task)
        assert journal.get(entry.id).status == "Ended" and journal.get(entry.id).state == "stopped"


def test_a_qingcloud_start_and_stop_write_the_journal(sandbox, tmp_path):
    from mixframe.store.journal import Journal

    journal = Journal(tmp_path / "j.sqlite3")
    env = {"QY_ACCESS_KEY_ID": QINGCLOUD_ACCESS_KEY_ID, "QY_SECRET_ACCESS_KEY": QINGCLOUD_SECRET_ACCESS_KEY,
           "QY_SIGN_KEY": "sign-key-secret-4242"}
    with RecordingSession(endpoint=sandbox.url, vendor="qingcloud", env=env, journal=journal) as session:
        task = session.start(QY_REQUEST, app_id="qa", room_id="ch1").task
        (entry,) = journal.entries()
        assert entry.state == "running" and entry.task_id == task.task_id and entry.task_id
        assert entry.project_id == "qp" and "sign-key-secret-4242" not in str(entry.body)
        session.stop(task)
        assert journal.get(entry.id).state == "stopped"


def test_a_refused_start_is_not_started_and_a_start_without_answer_stays_open(sandbox, tmp_path):
    from mixframe.store.journal import Journal

    journal = Journal(tmp_path / "j.sqlite3")
    with RecordingSession(sandbox_profile(), sandbox_url=sandbox.url, journal=journal) as session:
        task = session.start(REQUEST, app_id="app1", room_id="room1").task
        session.start(REQUEST, app_id="app1", room_id="room1", task_id=task.task_id)  # the same task again
    wrong = RecordingSession(endpoint=sandbox.url, env={"VOLC_ACCESSKEY": VOLC_ACCESS_KEY, "VOLC_SECRETKEY": "wrong"},
                             journal=journal)
    with wrong, pytest.raises(ApiError):  # the service refuses the signature: nothing started
        wrong.start(REQUEST, app_id="app1", room_id="room1")
    states = sorted(e.state for e in journal.entries())
    assert states == ["not started", "running"]  # one row per task, however often it is started
    silent = RecordingSession(endpoint="http://127.0.0.1:9", env={"VOLC_ACCESSKEY": VOLC_ACCESS_KEY,
                                                                  "VOLC_SECRETKEY": VOLC_SECRET_KEY},
                              journal=journal, timeout=1)
    with silent, pytest.raises(ApiError) as info:
        silent.start(REQUEST, app_id="app1", room_id="room2")
    assert info.value.is_transport
    (unknown,) = [e for e in journal.entries() if e.room_id == "room2"]
    assert unknown.state == "starting"  # it may have started: still offered, never forgotten


def test_a_stop_the_service_does_not_know_ends_the_journal_entry(sandbox, tmp_path):
    from mixframe.store.journal import Journal

    journal = Journal(tmp_path / "j.sqlite3")
    with RecordingSession(sandbox_profile(), sandbox_url=sandbox.url, journal=journal) as session:
        task = session.start(REQUEST, app_id="app1", room_id="room1").task
        sandbox.volcengine.tasks.clear()  # the service forgot it (it ended there)
        with pytest.raises(ApiError):
            session.stop(task)
    (entry,) = journal.entries()
    assert entry.state == "ended" and entry.note == "InvalidParameter.ErrorActiveTaskNotFound"


def test_an_unusable_journal_is_one_note_and_the_recording_goes_on(sandbox, tmp_path):
    from mixframe.store.journal import Journal

    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database" * 100)
    with RecordingSession(sandbox_profile(), sandbox_url=sandbox.url, journal=Journal(bad)) as session:
        task = session.start(REQUEST, app_id="app1", room_id="room1").task
        session.status(task)
        session.stop(task)
        assert session.journal_problem is not None
        assert session.notes == [f"warning: {session.journal_problem}"]  # said once
    assert sandbox.count("StartRecord") == 1 and sandbox.count("StopRecord") == 1


def test_a_task_of_a_sandbox_the_command_started_ends_with_it(tmp_path, monkeypatch):
    from mixframe.store.journal import Journal

    import socket

    with socket.socket() as probe:  # a free port: no `mixframe sandbox` there, so the session starts one
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("MIXFRAME_SANDBOX_PORT", str(port))
    journal = Journal(tmp_path / "j.sqlite3")
    with RecordingSession(sandbox_profile(), journal=journal) as session:
        session.start(REQUEST, app_id="app1", room_id="room1")
        assert session.started_sandbox is not None
    (entry,) = journal.entries()
    assert entry.state == "ended"


def test_a_bug_in_the_journal_goes_to_the_log_and_the_recording_goes_on(sandbox, tmp_path, monkeypatch):
    from mixframe.store.journal import Journal

    monkeypatch.setenv("MIXFRAME_LOG_DIR", str(tmp_path / "logs"))

    class Broken(Journal):
        def starting(self, **kw):
            raise TypeError("a bug of ours")

    with RecordingSession(sandbox_profile(), sandbox_url=sandbox.url, journal=Broken(tmp_path / "j.sqlite3")) as s:
        s.start(REQUEST, app_id="app1", room_id="room1")
        said = str(s.journal_problem)
        assert said.startswith("A bug in Mixframe kept this recording out of the recordings journal") and "\n" not in said
        assert str(tmp_path / "logs" / "errors.log") in said and "a bug of ours" not in said
    assert sandbox.count("StartRecord") == 1
    assert "a bug of ours" in (tmp_path / "logs" / "errors.log").read_text()


# -- a start checked once by its caller (the window's verdict): secrets in, no second check --------

S3_REQUEST = {**REQUEST, "AppId": "app1", "RoomId": "room1", "TaskId": "t-s3",
              "StorageConfig": {"Type": 2, "CustomConfig": {"Vendor": 1, "Region": 0, "Bucket": "b",
                                                            "AccessKey": "******", "SecretKey": "******"}}}


def _no_check(monkeypatch):
    from mixframe.model import qingcloud, volcengine

    import traceback

    calls = []

    def counted(real):
        def check_start(*args, **kwargs):
            if not any("/mixframe/sandbox/" in f.filename for f in traceback.extract_stack()):  # not the service's own
                calls.append(1)
            return real(*args, **kwargs)
        return check_start

    for module in (volcengine, qingcloud):
        monkeypatch.setattr(module, "check_start", counted(module.check_start))
    return calls


def test_a_checked_start_gets_the_accounts_s3_keys_for_the_stand_ins_and_is_not_checked_again(
        sandbox, memory_keyring, monkeypatch):
    profile = Profile("Work", "volcengine", endpoint=sandbox.url, app_id="app1")
    for field, value in ((cr.ACCESS_KEY, VOLC_ACCESS_KEY), (cr.SECRET_KEY, VOLC_SECRET_KEY),
                         ("StorageConfig.CustomConfig.AccessKey", "s3-access"),
                         ("StorageConfig.CustomConfig.SecretKey", "s3-secret-value")):
        cr.set_secret("Work", field, value)
    calls = _no_check(monkeypatch)
    with RecordingSession(profile, journal=None) as session:
        prepared = session.prepare_checked(S3_REQUEST, "volcengine", ("a warning",))
        custom = prepared.body["StorageConfig"]["CustomConfig"]
        assert (custom["AccessKey"], custom["SecretKey"]) == ("s3-access", "s3-secret-value")
        assert prepared.shown["StorageConfig"]["CustomConfig"]["SecretKey"] != "s3-secret-value"
        assert prepared.warnings == ("a warning",) and "s3-secret-value" in session.secrets()
        assert S3_REQUEST["StorageConfig"]["CustomConfig"]["AccessKey"] == "******"  # the caller's body untouched
        session.start(prepared=prepared)
    assert calls == []  # the caller checked it; the session only put the secrets in
    received = sandbox.volcengine.tasks[("app1", "room1", "t-s3")].body["StorageConfig"]["CustomConfig"]
    assert received["SecretKey"] == "s3-secret-value"


def test_a_checked_start_whose_account_lacks_a_stood_in_secret_says_which(sandbox, memory_keyring):
    profile = Profile("Work", "volcengine", endpoint=sandbox.url, app_id="app1")
    cr.set_secret("Work", "StorageConfig.CustomConfig.AccessKey", "s3-access")  # no S3 SecretKey
    with RecordingSession(profile, journal=None) as session, pytest.raises(cr.CredentialsMissing) as missing:
        session.prepare_checked(S3_REQUEST, "volcengine")
    assert missing.value.fields == ("StorageConfig.CustomConfig.SecretKey",) and sandbox.count() == 0


def test_a_checked_qingcloud_start_gets_the_sign_key_for_its_stand_in(session, sandbox):
    body = {**QY_REQUEST, "app_id": "app1", "channel": "room1", "sign_key": "******"}
    prepared = session.prepare_checked(body, "qingcloud")
    assert prepared.body["sign_key"] == cr.SANDBOX_SIGN_KEY
    assert session.start(prepared=prepared).task.task_id
