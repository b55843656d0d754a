"""A Record click checks the request once: between the click and the StartRecord (QingCloud:
start) reaching the sandbox, the vendor model's check_start runs exactly once, whether the
Problems list already holds the verdict (then the click reuses it) or not (then the click makes it
once and hands it to the list). Counted in a real window against a real sandbox over loopback."""

from __future__ import annotations

import os
import sys
import threading
import traceback

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from mixframe.model import qingcloud, volcengine
from mixframe.model.layout import StreamRef
from mixframe.ui import recording as rec
from mixframe.ui.request_document import RequestDocument


class Counted:
    """Every check_start call of both vendor models by the app (not the sandbox's own check of what
    it receives), with whether the start had been signed (gone out) yet."""

    def __init__(self, monkeypatch):
        self.calls: list[tuple[str, bool]] = []
        self.sent = threading.Event()
        self.lock = threading.Lock()
        for module in (volcengine, qingcloud):
            monkeypatch.setattr(module, "check_start", self._wrap(module.check_start, module.__name__))
        from mixframe.api import qingcloud_signer, volc_signer

        for signer in (volc_signer, qingcloud_signer):  # the moment the start is signed, it goes out
            real = signer.sign
            for name, module in list(sys.modules.items()):  # wherever a client looks the signer up
                if name.startswith("mixframe.api.") and getattr(module, "sign", None) is real:
                    monkeypatch.setattr(module, "sign", self._signing(real))

    def _wrap(self, real, name):
        def check_start(body, *args, **kwargs):
            # The sandbox checks what it receives, as the service does: that is not the app's check.
            if not any(f"mixframe{os.sep}sandbox{os.sep}" in frame.filename for frame in traceback.extract_stack()):
                with self.lock:
                    self.calls.append((name, self.sent.is_set()))
            return real(body, *args, **kwargs)

        return check_start

    def _signing(self, real):
        def sign(*args, **kwargs):
            self.sent.set()
            return real(*args, **kwargs)

        return sign

    def before_the_start(self) -> list[str]:
        return [name for name, sent in self.calls if not sent]


def settle(qtbot, window) -> None:
    """The Problems list holds the verdict on what the window shows now."""
    view = window.problems_view
    qtbot.waitUntil(lambda: not view._timer.isActive(), timeout=5000)
    QCoreApplication.processEvents()


def volcengine_document(window) -> None:
    window.actions["file.new"].trigger()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    doc = window.document
    doc.add_stream(StreamRef("alice", index=0))
    doc.add_stream(StreamRef("bob", index=1))
    for path, text in (("StorageConfig.TosConfig.AccountId", "2100000000"), ("StorageConfig.TosConfig.Bucket", "b1")):
        line = window.findChild(QWidget, f"field.{path}")
        line.setText(text)
        line.editingFinished.emit()


def qingcloud_document(window) -> None:
    window.set_request(RequestDocument("qingcloud", {"project_id": "qp", "layout_mode": 1, "is_mixing_enabled": 1}))


DOCUMENTS = {"volcengine": (volcengine_document, "StartRecord"), "qingcloud": (qingcloud_document, "POST")}


@pytest.mark.parametrize("vendor", sorted(DOCUMENTS))
def test_a_room_typed_then_record_checks_once(qtbot, window, sandbox, monkeypatch, vendor):
    """The producer types the room and clicks Record in the same turn: the Problems list has no
    verdict on these ids yet, so the click makes it, once, and the worker sends it unchecked."""
    make, call = DOCUMENTS[vendor]
    make(window)
    settle(qtbot, window)
    counted = Counted(monkeypatch)
    window.findChild(QLineEdit, "record.roomId").setText("room-typed")
    window.actions["record.toggle"].trigger()
    qtbot.waitUntil(lambda: window.recording.state == rec.RECORDING, timeout=10000)
    assert sandbox.count(call) == 1
    assert counted.before_the_start() == [f"mixframe.model.{vendor}"]
    assert len(counted.calls) == 1  # none after it either, until the task runs
    settle(qtbot, window)  # the list took the click's verdict: it does not check again
    assert len(counted.calls) == 1


@pytest.mark.parametrize("vendor", sorted(DOCUMENTS))
def test_record_reuses_the_verdict_the_problems_list_holds(qtbot, window, sandbox, monkeypatch, vendor):
    """The list has judged this document with these ids already: the click checks nothing more,
    so this send was checked once in all (by the list)."""
    make, call = DOCUMENTS[vendor]
    make(window)
    settle(qtbot, window)
    counted = Counted(monkeypatch)
    window.findChild(QLineEdit, "record.roomId").setText("room-settled")
    settle(qtbot, window)
    assert len(counted.calls) == 1  # the list's one verdict on the new ids
    window.actions["record.toggle"].trigger()
    qtbot.waitUntil(lambda: window.recording.state == rec.RECORDING, timeout=10000)
    assert sandbox.count(call) == 1 and len(counted.calls) == 1


def test_the_verdict_is_made_once_per_request_and_ids(qapp, monkeypatch):
    from mixframe.ui.verdict import send_verdict

    doc = RequestDocument("qingcloud", {"project_id": "qp", "layout_mode": 1, "is_mixing_enabled": 1})
    doc.problems()  # the document's own (draft) problems, as the window has them already
    counted = Counted(monkeypatch)
    ids = ("app1", "room1", None)
    first = send_verdict(doc, ids)
    assert first.sendable and len(counted.calls) == 1
    first.checked["channel"] = "changed by a reader"
    first.problems.append("a reader's")
    again = send_verdict(doc, ids)
    assert len(counted.calls) == 1 and again.checked["channel"] == "room1" and "a reader's" not in again.problems
    assert again.checked["sign_key"] == again.body["sign_key"]  # the account's secret still stood in by the mask
    send_verdict(doc, ("app1", "room2", None))  # other ids: judged again
    assert len(counted.calls) == 2
    doc.set_field("layout_mode", 2)  # an edit: judged again (its draft problems too, then the send's check)
    send_verdict(doc, ("app1", "room2", None))
    assert len(counted.calls) == 4
    other = RequestDocument("qingcloud", {"project_id": "qp", "layout_mode": 2, "is_mixing_enabled": 1})
    send_verdict(other, ("app1", "room2", None))  # the same request in another document: its own verdict
    assert len(counted.calls) == 6
