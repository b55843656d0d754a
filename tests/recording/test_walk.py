"""The walk of one Record click through Mixframe's source files, captured as it happens:

- on the GUI thread, from the click to the handing of the work to a worker (the stack when the
  worker's runnable is made, which is when it is submitted);
- on the worker, from its entry down to the signer (the stack when the start is signed).

Neither chain may come back to a file it has left ("no return to a file already left"): each
file is one stretch. Run with -s to see both chains, file:function per hop."""

from __future__ import annotations

import sys
import threading
import traceback
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLineEdit, QWidget

import mixframe
from mixframe.model.layout import StreamRef
from mixframe.session import RecordingSession
from mixframe.ui import operations
from mixframe.ui import recording as rec
from mixframe.ui.request_document import RequestDocument

PACKAGE = Path(mixframe.__file__).resolve().parent


@pytest.fixture
def window(window):
    """The recording window (conftest) with the room the walk records."""
    window.findChild(QLineEdit, "record.roomId").setText("room-walk")
    return window


def hops(stack) -> list[str]:
    """The stack's frames in Mixframe's own source, outermost first, as file:function."""
    out = []
    for frame in stack:
        path = Path(frame.filename).resolve()
        if PACKAGE in path.parents:
            out.append(f"{path.relative_to(PACKAGE).as_posix()}:{frame.name}")
    return out


def returns(chain: list[str]) -> list[str]:
    """The files the chain comes back to after leaving them (empty: every file is one stretch)."""
    stretches = [hop.split(":")[0] for hop in chain]
    files = [f for i, f in enumerate(stretches) if i == 0 or f != stretches[i - 1]]
    return sorted({f for f in files if files.count(f) > 1})


class Walk:
    def __init__(self, monkeypatch):
        self.gui: list[str] | None = None
        self.worker: list[str] | None = None
        self.lock = threading.Lock()
        walk = self

        class Runnable(operations._Runnable):
            def __init__(self, *args):
                if walk.gui is None:  # the first work the click hands over: the start
                    walk.gui = hops(traceback.extract_stack()[:-1])
                super().__init__(*args)

        monkeypatch.setattr(operations, "_Runnable", Runnable)
        # Each time the worker asks the session for its client before the start is signed: a
        # driver asking back into the session (session -> driver -> session) would show here.
        self.clients: list[list[str]] = []
        real_client = RecordingSession.client

        def client(session, vendor):
            if self.worker is None and threading.current_thread() is not threading.main_thread():
                self.clients.append(hops(traceback.extract_stack()[:-1]) + ["session.py:client"])
            return real_client(session, vendor)

        monkeypatch.setattr(RecordingSession, "client", client)
        from mixframe.api import qingcloud_signer, volc_signer

        for signer in (volc_signer, qingcloud_signer):  # wherever the clients look the signer up
            real = signer.sign
            for name, module in list(sys.modules.items()):
                if name.startswith("mixframe.") and getattr(module, "sign", None) is real:
                    monkeypatch.setattr(module, "sign", self._signing(real))

    def _signing(self, real):
        signer = f"{Path(real.__code__.co_filename).resolve().relative_to(PACKAGE).as_posix()}:{real.__name__}"

        def sign(*args, **kwargs):
            with self.lock:
                if self.worker is None:  # the first request signed after the click: the start
                    self.worker = hops(traceback.extract_stack()[:-1]) + [signer]
            return real(*args, **kwargs)

        return sign


def volcengine_document(window) -> None:
    window.actions["file.new"].trigger()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    doc = window.document
    doc.add_stream(StreamRef("alice", index=0))
    for path, text in (("StorageConfig.TosConfig.AccountId", "2100000000"), ("StorageConfig.TosConfig.Bucket", "b1")):
        line = window.findChild(QWidget, f"field.{path}")
        line.setText(text)
        line.editingFinished.emit()


def qingcloud_document(window) -> None:
    window.set_request(RequestDocument("qingcloud", {"project_id": "qp", "layout_mode": 1, "is_mixing_enabled": 1}))


@pytest.mark.parametrize("vendor", ["volcengine", "qingcloud"])
def test_a_record_click_never_returns_to_a_file_it_left(qtbot, window, sandbox, monkeypatch, vendor):
    (volcengine_document if vendor == "volcengine" else qingcloud_document)(window)
    walk = Walk(monkeypatch)
    window.actions["record.toggle"].trigger()
    qtbot.waitUntil(lambda: window.recording.state == rec.RECORDING, timeout=10000)
    print(f"\n[{vendor}] GUI thread, the click to the submission:\n  " + "\n  ".join(walk.gui))
    print(f"[{vendor}] worker, its entry to the signer:\n  " + "\n  ".join(walk.worker))
    assert walk.gui[0] == "ui/recording.py:toggle" and walk.gui[-1] == "ui/operations.py:run_in_background"
    assert walk.worker[0] == "ui/operations.py:run" and walk.worker[-1].endswith("_signer.py:sign")
    assert "session.py:start" in walk.worker
    assert returns(walk.gui) == [] and returns(walk.worker) == []
    assert walk.clients and all(returns(chain) == [] for chain in walk.clients), walk.clients


def test_a_return_is_found():
    assert returns(["a.py:f", "a.py:g", "b.py:h", "a.py:i"]) == ["a.py"]
    assert returns(["a.py:f", "a.py:g", "b.py:h", "c.py:i"]) == []
