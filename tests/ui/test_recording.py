"""Record from the window, against a real sandbox over loopback: start, live updates, status,
stop and the files; what blocks Record, what faults look like, QingCloud, and quitting."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMessageBox, QPushButton, QTableWidget, QWidget

from mixframe.model.layout import Canvas, StreamRef
from mixframe.sandbox import start_sandbox
from mixframe.session import RecordingSession
from mixframe.store.profiles import Profile, ProfileStore
from mixframe.ui import recording as rec
from mixframe.ui.main_window import MainWindow
from mixframe.ui.request_document import RequestDocument

APP = "sandbox-app"  # the Sandbox profile's AppId
ROOM = "room-ui"


@pytest.fixture
def window(qtbot, tmp_path, sandbox):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings=settings, sandbox_url=sandbox.url)
    w.show()
    qtbot.waitExposed(w)
    w.findChild(QLineEdit, "record.roomId").setText(ROOM)
    yield w
    w.force_close()
    w.deleteLater()


def field(window, path: str) -> QWidget:
    widget = window.findChild(QWidget, f"field.{path}")
    assert widget is not None, path
    return widget


def type_text(window, path: str, text: str) -> None:
    line = field(window, path)
    line.setText(text)
    line.editingFinished.emit()


def new_document(window) -> None:
    window.actions["file.new"].trigger()
    # The old document's panels go at the next turn of the event loop; none may be found by name.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def compose(window) -> None:
    """Two streams side by side on the canvas, and the storage filled in the settings forms."""
    new_document(window)
    doc = window.document
    doc.add_stream(StreamRef("alice", index=0))
    doc.add_stream(StreamRef("bob", index=1))
    type_text(window, "StorageConfig.TosConfig.AccountId", "2100000000")
    type_text(window, "StorageConfig.TosConfig.Bucket", "bucket1")
    assert not [p for p in window.request_doc.problems() if p.is_error]


def toggle(window):
    return window.actions["record.toggle"]


def controller(window) -> rec.RecordController:
    return window.recording


def start(qtbot, window):
    toggle(window).trigger()
    qtbot.waitUntil(lambda: controller(window).state == rec.RECORDING, timeout=10000)
    return controller(window).task


def quiet_polls(qtbot, window) -> None:
    """The first status poll answered and no more coming: a fault then meets the call under test."""
    qtbot.waitUntil(lambda: window.findChild(QLabel, "record.state").text() == "Running", timeout=5000)
    controller(window).poll_timer.stop()
    qtbot.waitUntil(lambda: controller(window).polls_in_flight == 0, timeout=5000)


def move(window, x: int, clamp: bool = True) -> None:
    doc = window.document
    doc.set_regions({1: doc.region(1).with_values(x=x)}, "move", clamp=clamp)
    doc.end_merge()


def running_task(sandbox, task):
    return sandbox.volcengine.tasks[(task.app_id, task.room_id, task.task_id)]


def applied(window) -> str:
    return window.findChild(QLabel, "record.applied").text()


def error_box(window) -> QMessageBox | None:
    box = window.findChild(QMessageBox, "record.error")
    return box if box is not None and box.isVisible() else None


# --- the whole click path -------------------------------------------------------------------------

def test_record_live_update_stop_and_the_files(qtbot, window, sandbox):
    compose(window)
    task_id = window.findChild(QLineEdit, "record.taskId").text()
    assert task_id.startswith("mf-")
    preview = window.request_preview
    shown = preview.shown_body()
    assert (shown["AppId"], shown["RoomId"], shown["TaskId"]) == (APP, ROOM, task_id)
    assert "--app-id" not in preview.status.text() and preview.sendable
    assert toggle(window).text() == "Record"

    task = start(qtbot, window)
    assert sandbox.count("StartRecord") == 1 and task.task_id == task_id
    assert toggle(window).text() == "Stop"
    # What UpdateRecord cannot change is disabled while recording, saying why; the layout is not.
    fps = field(window, "Encode.VideoFps")
    assert not fps.isEnabled() and "running recording" in fps.toolTip()
    width = field(window, "Layout.CustomLayout.Canvas.Width")
    assert not width.isEnabled() and "running recording" in width.toolTip()
    assert field(window, "Layout.CustomLayout.Canvas.Background").isEnabled()
    assert not window.findChild(QLineEdit, "record.roomId").isEnabled()
    # The status area: ids, the service's state (polled at once), elapsed time ticking.
    status = window.findChild(QWidget, "record.status")
    assert status.isVisible() and task_id in status.findChild(QLabel, "record.ids").text()
    qtbot.waitUntil(lambda: status.findChild(QLabel, "record.state").text() == "Running", timeout=5000)
    elapsed = status.findChild(QLabel, "record.elapsed")
    qtbot.waitUntil(lambda: "0:00:01" in elapsed.text(), timeout=5000)

    move(window, 200)
    assert applied(window) == "Edited…"
    qtbot.waitUntil(lambda: sandbox.count("UpdateRecord") == 1, timeout=5000)
    qtbot.waitUntil(lambda: applied(window) == "Applied", timeout=5000)
    regions = running_task(sandbox, task).body["Layout"]["CustomLayout"]["Regions"]
    assert [r.get("LocationX", 0) for r in regions] == [0, 200]

    toggle(window).trigger()
    qtbot.waitUntil(lambda: controller(window).state == rec.IDLE, timeout=10000)
    assert sandbox.count("StopRecord") == 1 and sandbox.count("UpdateRecord") == 1
    files = window.findChild(QWidget, "record.files")
    assert files is not None and files.isVisible()
    table = files.findChild(QTableWidget, "record.files.list")
    assert table.rowCount() >= 1 and table.item(0, 0).text()
    files.findChild(QPushButton, "record.files.copy").click()
    assert table.item(0, 0).text() in QGuiApplication.clipboard().text()
    # Idle again: the settings are editable, a fresh TaskId is proposed.
    assert fps.isEnabled() and width.isEnabled() and toggle(window).text() == "Record"
    assert window.findChild(QLineEdit, "record.taskId").text() not in ("", task_id)


def test_invalid_settings_block_record_and_list_the_problem(qtbot, window, sandbox):
    new_document(window)
    window.document.add_stream(StreamRef("alice", index=0))  # no storage: StorageConfig is required
    window.problems_dock.hide()
    toggle(window).trigger()
    assert window.problems_dock.isVisible()
    rows = [window.problems_view.model.index(i).data() for i in range(window.problems_view.model.rowCount())]
    assert any("StorageConfig" in str(r) for r in rows)
    qtbot.wait(100)  # anything sent would have had time to arrive
    assert controller(window).state == rec.IDLE and sandbox.count() == 0


# --- live updates: debounced, one at a time, the newest last ----------------------------------------

def test_quick_edits_are_debounced_and_serialized_and_the_last_layout_wins(qtbot, window, sandbox, monkeypatch):
    compose(window)
    task = start(qtbot, window)
    quiet_polls(qtbot, window)  # only the updates under test talk to the sandbox now

    in_flight, most, lock = [0], [0], threading.Lock()
    real_update = RecordingSession.update

    def counted(self, request, task_ref):
        with lock:
            in_flight[0] += 1
            most[0] = max(most[0], in_flight[0])
        try:
            return real_update(self, request, task_ref)
        finally:
            with lock:
                in_flight[0] -= 1

    monkeypatch.setattr(RecordingSession, "update", counted)
    sandbox.faults.latency = 0.6  # every answer is slow: edits arrive while an update is in flight

    for i in range(10):  # a burst faster than the debounce: one update at its end
        move(window, 300 + i)
        qtbot.wait(20)
    qtbot.waitUntil(lambda: controller(window).updates_in_flight == 1, timeout=5000)
    for i in range(10, 20):  # slower edits while it is in flight: only the newest waits
        move(window, 300 + i)
        qtbot.wait(rec.UPDATE_DEBOUNCE_MS + 50 if i % 3 == 0 else 20)
    qtbot.waitUntil(lambda: applied(window) == "Applied" and controller(window).updates_in_flight == 0, timeout=15000)

    sent = sandbox.count("UpdateRecord")
    assert 1 <= sent <= 4 and most[0] == 1
    regions = running_task(sandbox, task).body["Layout"]["CustomLayout"]["Regions"]
    assert regions[1]["LocationX"] == 319


def test_an_update_the_rules_refuse_is_shown_and_not_sent(qtbot, window, sandbox):
    compose(window)
    start(qtbot, window)
    # A bigger canvas in the document (the inspector is frozen; a loaded preset could do this) and a
    # region that fits it but not the running task's 640 px canvas.
    window.document.set_canvas(Canvas(width=1280, height=720))
    move(window, 900)
    qtbot.waitUntil(lambda: applied(window).startswith("Not applied"), timeout=5000)
    assert "Layout.CustomLayout.Regions[1]" in applied(window)
    assert sandbox.count("UpdateRecord") == 0


def test_an_automatic_layout_says_once_why_nothing_is_pushed(qtbot, window, sandbox):
    compose(window)
    window.request_doc.set_layout_mode(0)
    start(qtbot, window)
    assert "custom layout" in applied(window)
    window.document.add_stream(StreamRef("carol", index=2))
    qtbot.wait(rec.UPDATE_DEBOUNCE_MS + 200)
    assert "custom layout" in applied(window) and sandbox.count("UpdateRecord") == 0


def test_a_failed_update_is_shown_in_the_indicator_and_the_next_edit_tries_again(qtbot, window, sandbox):
    compose(window)
    task = start(qtbot, window)
    quiet_polls(qtbot, window)
    sandbox.faults.server_error_next = 1
    move(window, 150)
    qtbot.waitUntil(lambda: applied(window).startswith("Not applied"), timeout=5000)
    assert "Code:" in window.findChild(QLabel, "record.applied").toolTip()
    move(window, 160)
    qtbot.waitUntil(lambda: applied(window) == "Applied", timeout=5000)
    assert running_task(sandbox, task).body["Layout"]["CustomLayout"]["Regions"][1]["LocationX"] == 160


# --- faults keep the window turning and end in a sentence ------------------------------------------

@pytest.mark.parametrize("fault", ["latency", "server_error_next", "drop_next"])
def test_a_fault_keeps_the_window_responsive_and_ends_in_the_error_box(qtbot, window, sandbox, fault):
    compose(window)
    controller(window).timeout = 1.0
    if fault == "latency":
        sandbox.faults.latency = 3.0
    else:
        setattr(sandbox.faults, fault, 10)  # every retry fails too
    ticks = [0]
    ticker = QTimer()
    ticker.setInterval(20)
    ticker.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + (controller(window).state == rec.STARTING)))
    ticker.start()
    toggle(window).trigger()
    assert controller(window).state == rec.STARTING and not toggle(window).isEnabled()
    qtbot.waitUntil(lambda: error_box(window) is not None, timeout=15000)
    ticker.stop()
    assert ticks[0] >= 3  # the event loop went on turning while the call was out
    box = error_box(window)
    assert box.text() and "Traceback" not in box.text() + box.detailedText()
    assert box.text().endswith(".") and "Code:" in box.detailedText()
    if fault == "server_error_next":
        assert "RequestId:" in box.detailedText()
    assert controller(window).state == rec.IDLE and toggle(window).text() == "Record"
    box.close()


def test_a_stop_that_fails_keeps_the_recording_and_says_why(qtbot, window, sandbox):
    compose(window)
    start(qtbot, window)
    quiet_polls(qtbot, window)
    sandbox.faults.server_error_next = 10
    toggle(window).trigger()
    qtbot.waitUntil(lambda: error_box(window) is not None, timeout=15000)
    assert controller(window).state == rec.RECORDING and toggle(window).text() == "Stop"
    error_box(window).close()
    sandbox.faults.clear()
    toggle(window).trigger()
    qtbot.waitUntil(lambda: controller(window).state == rec.IDLE, timeout=10000)


# --- QingCloud ---------------------------------------------------------------------------------------

def test_a_qingcloud_recording_starts_shows_its_status_and_stops(qtbot, window, sandbox):
    window.set_request(RequestDocument("qingcloud", {"project_id": "qp", "layout_mode": 1, "is_mixing_enabled": 1}))
    task_edit = window.findChild(QLineEdit, "record.taskId")
    assert not task_edit.isEnabled()
    task = start(qtbot, window)
    assert task.vendor == "qingcloud" and task.task_id and sandbox.count("POST") == 1
    assert task_edit.text() == task.task_id
    assert "QingCloud" in applied(window)
    state = window.findChild(QLabel, "record.state")
    qtbot.waitUntil(lambda: state.text() == "Recording", timeout=5000)
    toggle(window).trigger()
    qtbot.waitUntil(lambda: controller(window).state == rec.IDLE, timeout=10000)
    assert sandbox.count("PATCH") == 1
    files = window.findChild(QWidget, "record.files")
    assert files.isVisible() and files.findChild(QTableWidget, "record.files.list").rowCount() >= 1


# --- quitting while recording ------------------------------------------------------------------------

@pytest.mark.parametrize("answer", ["stop", "leave", "cancel"])
def test_quitting_while_recording_asks(qtbot, window, sandbox, monkeypatch, answer):
    compose(window)
    start(qtbot, window)
    asked = []

    def exec_(box):
        asked.append(box.objectName())
        box.findChild(QPushButton, f"record.quit.{answer}").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard))
    window.close()
    assert asked == ["record.quitQuestion"]
    if answer == "stop":
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
        assert sandbox.count("StopRecord") == 1
    elif answer == "leave":
        assert not window.isVisible() and sandbox.count("StopRecord") == 0
    else:
        assert window.isVisible() and controller(window).state == rec.RECORDING
        assert sandbox.count("StopRecord") == 0


# --- accounts ----------------------------------------------------------------------------------------

def test_the_picker_lists_the_accounts_and_follows_changes(qtbot, window, monkeypatch, tmp_path):
    picker = window.findChild(QComboBox, "account.picker")
    assert picker.currentData() == "Sandbox" and "local emulator" in picker.currentText()
    monkeypatch.setenv("MIXFRAME_CONFIG_DIR", str(tmp_path / "config"))
    ProfileStore().save(Profile("Work", "volcengine", app_id="work-app"))
    controller(window).reload_accounts()
    assert [picker.itemData(i) for i in range(picker.count())] == ["Sandbox", "Work"]
    assert picker.currentData() == "Sandbox"  # the chosen account stays chosen
    picker.setCurrentIndex(1)
    assert window.request_preview.shown_body().get("AppId") == "work-app"


def test_accounts_without_the_dialog_say_so_in_a_sentence(qtbot, window, monkeypatch):
    monkeypatch.setitem(sys.modules, "mixframe.ui.accounts_dialog", None)  # not built in this version
    said = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: said.append(a[2]) or QMessageBox.StandardButton.Ok))
    window.findChild(QAction, "accounts.manage").trigger()
    assert len(said) == 1 and "mixframe account add" in said[0]


def test_the_room_is_remembered_in_the_windows_settings(qtbot, window):
    assert window.settings.value(rec.ROOM_SETTING) == ROOM


def test_accounts_changed_in_the_dialog_refresh_the_picker(qtbot, window, monkeypatch, tmp_path):
    import mixframe.ui.accounts_dialog as accounts_dialog

    monkeypatch.setenv("MIXFRAME_CONFIG_DIR", str(tmp_path / "config"))

    def add_one(parent):  # the dialog, as a producer would use it: one account added
        assert parent is window
        ProfileStore().save(Profile("Studio", "qingcloud", app_id="qa"))

    monkeypatch.setattr(accounts_dialog, "manage_accounts", add_one)
    window.findChild(QAction, "accounts.manage").trigger()
    picker = window.findChild(QComboBox, "account.picker")
    assert "Studio" in [picker.itemData(i) for i in range(picker.count())]


def test_an_account_without_keys_is_explained_and_nothing_is_sent(qtbot, window, sandbox, monkeypatch, tmp_path,
                                                                  memory_keyring):
    monkeypatch.setenv("MIXFRAME_CONFIG_DIR", str(tmp_path / "config"))
    ProfileStore().save(Profile("Work", "volcengine", endpoint=sandbox.url, app_id="work-app"))
    controller(window).reload_accounts()
    picker = window.findChild(QComboBox, "account.picker")
    picker.setCurrentIndex(picker.findData("Work"))
    compose(window)
    toggle(window).trigger()
    qtbot.waitUntil(lambda: error_box(window) is not None, timeout=10000)
    assert "Work" in error_box(window).text() and "Traceback" not in error_box(window).text()
    assert sandbox.count() == 0 and controller(window).state == rec.IDLE
    error_box(window).close()


def test_while_recording_no_other_document_takes_the_running_ones_place(qtbot, window, sandbox, monkeypatch, tmp_path):
    compose(window)
    start(qtbot, window)
    for name in window.REPLACING_DOCUMENT_ACTIONS:
        assert not window.actions[name].isEnabled(), name
    assert not window.recent_menu.isEnabled()
    said = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: said.append(a[2])))
    doc = window.request_doc
    window.new_document()  # a path the disabled action does not guard (a script, a drop…)
    assert window.request_doc is doc and said and "Stop the recording" in said[0]
    toggle(window).trigger()
    qtbot.waitUntil(lambda: controller(window).state == rec.IDLE, timeout=10000)
    for name in window.REPLACING_DOCUMENT_ACTIONS:
        assert window.actions[name].isEnabled(), name


@pytest.mark.parametrize("running", [True, False], ids=["uses-a-running-sandbox", "starts-one"])
def test_the_sandbox_profile_finds_or_starts_its_sandbox_after_the_paint(qtbot, tmp_path, monkeypatch, running):
    import socket

    from mixframe.sandbox import find_running

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # free once closed
    monkeypatch.setenv("MIXFRAME_SANDBOX_PORT", str(port))
    outside = start_sandbox(port) if running else None
    try:
        w = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        w.show()
        qtbot.waitExposed(w)
        ctl = controller(w)
        assert ctl.current_profile().is_sandbox and ctl.sandbox_url is None  # nothing before it is asked
        ctl.prepare_sandbox()
        qtbot.waitUntil(lambda: ctl.sandbox_url is not None, timeout=10000)
        assert ctl.sandbox_url == f"http://127.0.0.1:{port}"
        assert (ctl._sandbox is None) == running  # a running one is used, not a second one started
        ctl.shutdown()
        assert (find_running(port) is not None) == running  # only the one it started stops with the window
        w.force_close()
        w.deleteLater()
    finally:
        if outside is not None:
            outside.stop()


# --- one verdict: the Request panel, the Problems list and Record ------------------------------------

def problem_rows(window) -> list[str]:
    window.problems_view.refresh()
    model = window.problems_view.model
    return [model.index(i).data() for i in range(model.rowCount())]


def test_s3_storage_without_keys_is_one_verdict_sendable_and_record_sends_it(qtbot, window, sandbox):
    """The panel said "Not sendable yet: …CustomConfig.AccessKey is required" while Problems listed
    none and Record worked: the S3 keys come from the account when Record starts."""
    compose(window)
    doc = window.request_doc
    doc.set_field("StorageConfig.Type", 2)
    doc.set_field("StorageConfig.CustomConfig.Vendor", 0)
    doc.set_field("StorageConfig.CustomConfig.Bucket", "bkt")
    preview = window.request_preview
    preview.refresh()
    assert preview.sendable, preview.status.text()
    assert "Not sendable" not in preview.status.text()
    custom = preview.body["StorageConfig"]["CustomConfig"]
    assert custom["SecretKey"] == "******" and custom["AccessKey"] == "******"  # stood in for, masked
    problem_rows(window)
    assert not [p for p in window.problems_view.model.problems if p.is_error]
    task = start(qtbot, window)
    assert task.task_id == preview.body["TaskId"] and task.room_id == ROOM == preview.body["RoomId"]


def test_an_error_is_one_verdict_too_and_record_sends_nothing(qtbot, window, sandbox):
    compose(window)
    window.request_doc.set_field("Encode.VideoFps", 999)
    preview = window.request_preview
    preview.refresh()
    assert not preview.sendable and "Encode.VideoFps" in preview.status.text()
    assert any(row.startswith("Encode.VideoFps:") for row in problem_rows(window))
    toggle(window).trigger()
    qtbot.wait(100)
    assert controller(window).state == rec.IDLE and sandbox.count() == 0


def test_a_qingcloud_file_without_its_sign_key_is_sendable_the_account_gives_it(qtbot, window):
    window.set_request(RequestDocument("qingcloud", {"project_id": "qp", "layout_mode": 1, "is_mixing_enabled": 1}))
    preview = window.request_preview
    preview.refresh()
    assert preview.sendable, preview.status.text()
    assert preview.body["sign_key"] == "******"
    problem_rows(window)
    assert not [p for p in window.problems_view.model.problems if p.is_error]


def test_an_id_the_window_lacks_is_said_the_windows_way_in_both_panels(qtbot, window):
    """With an account without an AppId the panel and the Problems list say where the window takes
    it from, not a command-line option, and agree."""
    compose(window)
    controller(window).room_edit.setText("")
    preview = window.request_preview
    window.problems_view.set_ids(None, None, "task1")
    preview.set_ids(None, None, "task1")
    preview.refresh()
    rows = problem_rows(window)
    assert not preview.sendable
    assert any(row.startswith("AppId:") and "Recording > Accounts" in row for row in rows), rows
    assert any(row.startswith("RoomId:") and "toolbar" in row for row in rows), rows
    assert not [row for row in rows if "--" in row], rows
    assert preview.status.text().startswith("Not sendable yet: AppId") and "--app-id" not in preview.status.text()


# --- Copy as curl addresses the account chosen in the toolbar ----------------------------------------

def choose_account(window, name: str) -> None:
    controller(window).reload_accounts()
    picker = window.findChild(QComboBox, "account.picker")
    picker.setCurrentIndex(picker.findData(name))
    assert controller(window).current_profile().name == name


def curl_url(curl: str) -> str:
    return curl.splitlines()[0].split(" ", 3)[3].strip(" \\'")


def test_copy_as_curl_uses_the_chosen_accounts_endpoint_and_region(qtbot, window, sandbox, monkeypatch, tmp_path):
    """BytePlus and Sandbox accounts copied the production Volcengine host and cn-north-1."""
    monkeypatch.setenv("MIXFRAME_CONFIG_DIR", str(tmp_path / "config"))
    store = ProfileStore()
    store.save(Profile("Intl", "byteplus", app_id="intl-app"))
    store.save(Profile("Mine", "volcengine", endpoint="https://rtc.example.test", region="cn-beijing-9", app_id="m"))
    store.save(Profile("Qing", "qingcloud", endpoint="https://qc.example.test", app_id="q"))
    compose(window)
    doc = window.request_doc
    doc.set_field("StorageConfig.Type", 2)
    doc.set_field("StorageConfig.CustomConfig.Vendor", 0)
    doc.set_field("StorageConfig.CustomConfig.Bucket", "bkt")
    for name, host, region in (("Sandbox", sandbox.url, "cn-north-1"),
                               ("Intl", "https://rtc.byteplusapi.com", "ap-singapore-1"),
                               ("Mine", "https://rtc.example.test", "cn-beijing-9")):
        choose_account(window, name)
        window.actions["request.copyCurl"].trigger()
        curl = QGuiApplication.clipboard().text()
        assert curl_url(curl).startswith(host.rstrip("/") + "/?Action=StartRecord"), (name, curl)
        assert f"/{region}/rtc/request" in curl, (name, curl)
        assert "volcengineapi.com" not in curl or name == "Volcengine", (name, curl)
        body = window.request_preview.body
        assert body["AppId"] == controller(window).current_profile().app_id  # the account's AppId too
        assert '"SecretKey":"******"' in curl.replace(" ", ""), curl
    window.set_request(RequestDocument("qingcloud", {"project_id": "qp", "layout_mode": 1, "is_mixing_enabled": 1}))
    choose_account(window, "Qing")
    window.actions["request.copyCurl"].trigger()
    curl = QGuiApplication.clipboard().text()
    assert curl_url(curl).startswith("https://qc.example.test/"), curl
    assert '"sign_key":"******"' in curl.replace(" ", ""), curl


# --- what a finished or failed recording shows ----------------------------------------------------------

def test_qingcloud_files_show_the_recordings_size_and_no_made_up_duration(qtbot, window, sandbox):
    """QingCloud's recorded files showed 0:00:00 / 0 bytes: it reports the recording's size and
    file names, no duration."""
    window.set_request(RequestDocument("qingcloud", {"project_id": "qp", "layout_mode": 1, "is_mixing_enabled": 1}))
    start(qtbot, window)
    state = window.findChild(QLabel, "record.state")
    qtbot.waitUntil(lambda: state.text() == "Recording", timeout=5000)
    qtbot.wait(50)
    toggle(window).trigger()
    qtbot.waitUntil(lambda: controller(window).state == rec.IDLE, timeout=10000)
    files = window.findChild(QWidget, "record.files")
    table = files.findChild(QTableWidget, "record.files.list")
    assert table.rowCount() == 1
    status = controller(window).last_status
    size = status.files[0].size_bytes
    assert size and size > 0
    assert table.item(0, 1).text() == "—" and table.item(0, 1).toolTip()  # not 0:00:00
    assert table.item(0, 2).text() == rec.size_text(size) and table.item(0, 2).text() != "0 bytes"
    assert files.text().split("\t")[1:] == ["", str(size)]  # Copy: an unreported duration is empty, not 0


def test_qingcloud_statuses_never_make_up_a_zero():
    from mixframe.model.qingcloud import RecInfo
    from mixframe.drivers.qingcloud import qingcloud_statuses

    one, two, described = qingcloud_statuses([
        RecInfo(id=1, status=10, size=4096, files="a/b.mp4"),
        RecInfo(id=2, status=10, size=4096, files=["a/1.mp4", "a/2.mp4"]),
        RecInfo(id=3, status=10, size=4096, files=[{"name": "a/3.mp4", "duration": 3000}]),
    ])
    assert (one.files[0].duration_ms, one.files[0].size_bytes) == (None, 4096)
    assert [(f.duration_ms, f.size_bytes) for f in two.files] == [(None, None), (None, None)]
    assert (described.files[0].duration_ms, described.files[0].size_bytes) == (3000, 4096)
    assert one.files[0].line() == "a/b.mp4 (duration not reported, 4096 bytes)"


def test_a_failed_start_leaves_no_stopped_task_in_the_status_bar(qtbot, window, sandbox, monkeypatch, tmp_path,
                                                                memory_keyring):
    monkeypatch.setenv("MIXFRAME_CONFIG_DIR", str(tmp_path / "config"))
    ProfileStore().save(Profile("Work", "volcengine", endpoint=sandbox.url, app_id="work-app"))
    controller(window).reload_accounts()
    picker = window.findChild(QComboBox, "account.picker")
    picker.setCurrentIndex(picker.findData("Work"))
    compose(window)
    toggle(window).trigger()
    qtbot.waitUntil(lambda: error_box(window) is not None, timeout=10000)
    error_box(window).close()
    assert controller(window).state == rec.IDLE and controller(window).task is None
    status = window.findChild(QWidget, "record.status")
    assert status is not None and not status.isVisible()
    assert window.findChild(QLabel, "record.state").text() != "Stopped"


# --- the signals the window will connect instead of the controller reaching into it -------------------

def test_the_controller_says_what_the_window_should_do_in_signals(qtbot, window, sandbox):
    ctl = controller(window)
    heard = []
    ctl.idsChanged.connect(lambda: heard.append(("ids",)))
    ctl.frozenChanged.connect(lambda why: heard.append(("frozen", why)))
    ctl.problemsWanted.connect(lambda: heard.append(("problems",)))
    ctl.idleChanged.connect(lambda idle: heard.append(("idle", idle)))

    compose(window)
    heard.clear()
    window.findChild(QLineEdit, "record.roomId").setText("room-signals")
    assert ("ids",) in heard
    heard.clear()
    start(qtbot, window)
    frozen = [h[1] for h in heard if h[0] == "frozen"]
    assert ("idle", False) in heard and frozen and all(isinstance(why, str) and why for why in frozen)
    assert ("problems",) not in heard
    heard.clear()
    toggle(window).trigger()
    qtbot.waitUntil(lambda: ctl.state == rec.IDLE, timeout=10000)
    assert ("idle", True) in heard and ("frozen", None) in heard
    assert ("idle", False) not in heard[heard.index(("idle", True)):]


def test_record_refusing_the_request_wants_the_problems_shown(qtbot, window, sandbox):
    ctl = controller(window)
    wanted = []
    ctl.problemsWanted.connect(lambda: wanted.append(1))
    new_document(window)
    window.document.add_stream(StreamRef("alice", index=0))  # no storage: StorageConfig is required
    toggle(window).trigger()
    assert wanted == [1] and ctl.state == rec.IDLE and sandbox.count() == 0
