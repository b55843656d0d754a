"""One recording session for both faces: the command line prints it, the window shows it.

`RecordingSession(profile)` starts, updates, stops and asks about a recording on Volcengine,
BytePlus or QingCloud and answers with one result type whatever the vendor (`CallResult`, with a
`TaskRef` naming the task and, for status, a `TaskStatus`). It is Qt-free and blocking: the
window runs it on a worker (`ui/operations.BackgroundOp`), the command line calls it directly.

What it raises is what a caller explains, never a traceback:
- `mixframe.model.problems.RequestInvalid`: the request breaks a rule; nothing was sent.
- `mixframe.api.errors.ApiError`: the service said no, or never answered (Code, Message, RequestId).
- `SessionError`, `CredentialsMissing`, `KeyringUnavailable`, `ProfileError`, `EndpointError`:
  a sentence about the input, the keys or the endpoint.
Every secret the session learns is kept in `secrets()` so that every printer can mask it.
"""

from __future__ import annotations

import json
import os
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Iterable, Mapping

from mixframe.model.problems import QT_TRANSLATE_NOOP, Explained, Sentence, Translate, sentence

DEFAULT_TIMEOUT = 10.0
# Answer fields that hold a secret, wherever they appear.
from mixframe.model.vendors import ANSWER_SECRET_NAMES as SECRET_FIELDS  # noqa: E402 - derived from the vendors
QINGCLOUD_NOT_FOUND = "recording_not_found"  # QingCloud's "no recording runs in this channel"


# The translation context of the session's own sentences (its errors, the connection verdict).
SESSION_CONTEXT = "Session"


def said(template: str, /, **params) -> Sentence:
    """One of the session's sentences (its drivers' too), translatable in the "Session" context."""
    return sentence(SESSION_CONTEXT, template, **params)


_said = said


def _vendor(family: str):
    from mixframe.model import vendors

    return vendors.get(family)


def _driver(family: str):
    return _vendor(family).load_driver()


class SessionError(Explained, ValueError):
    """Input the session cannot act on (one sentence; the command line's exit 2)."""


def new_task_id() -> str:
    """A fresh TaskId within [a-zA-Z0-9_@-.]{1,128}: the UTC time plus 8 random hex digits."""
    return time.strftime("mf-%Y%m%d-%H%M%S-", time.gmtime()) + os.urandom(4).hex()  # as secrets.token_hex, without loading OpenSSL


@dataclass(frozen=True)
class TaskRef:
    """One recording task, as both vendors name it (QingCloud's stop also needs the project)."""

    vendor: str
    app_id: str
    room_id: str
    task_id: str = ""
    project_id: str = ""
    # What the task was started with (Volcengine): its canvas is what updates are measured
    # against, and only a mixed-mode custom-layout task takes updates.
    canvas: tuple[int, int] | None = None
    record_mode: int | None = None
    layout_mode: int | None = None

    @property
    def ids(self) -> dict:
        """The task's ids in its vendor's spelling (QingCloud names no task)."""
        return dict(zip(_vendor(self.vendor).id_keys, (self.app_id, self.room_id, self.task_id)))

    def why_not_updatable(self) -> str:
        """"" when UpdateRecord can change this task's layout, else the sentence saying why not."""
        why = self.why_not_updatable_said()
        return why.english if why is not None else ""

    def why_not_updatable_said(self) -> Sentence | None:
        """None when UpdateRecord can change this task's layout, else the sentence saying why not."""
        return _driver(self.vendor).why_not_updatable(self)


@dataclass(frozen=True)
class RecordedFile:
    object_key: str
    duration_ms: int | None = 0  # None: the service does not say (QingCloud lists file names only)
    size_bytes: int | None = 0
    vid: str = ""

    def line(self) -> str:
        duration = "duration not reported" if self.duration_ms is None else f"{self.duration_ms} ms"
        size = "size not reported" if self.size_bytes is None else f"{self.size_bytes} bytes"
        return f"{self.object_key} ({duration}, {size})"


@dataclass(frozen=True)
class TaskStatus:
    """The service's state of one task, in the same shape for both vendors."""

    code: int
    name: str  # the vendor's own name of `code` ("Running", "PushedToQingstor"…)
    running: bool
    ended: bool  # the task is over (stopped, ended or failed): polling may stop
    failed: bool = False
    stop_reason: str = ""
    started_ms: int = 0  # when the service started the task (ms since the epoch; 0 unknown)
    ended_ms: int = 0
    files: tuple[RecordedFile, ...] = ()
    task_id: str = ""  # the vendor's id of the task (QingCloud lists every recording of a channel)

    def line(self) -> str:
        return f"Status: {self.code} ({self.name})" + (f", stopped: {self.stop_reason}" if self.stop_reason else "")


@dataclass(frozen=True)
class CallResult:
    """A successful call: which, on what task, the RequestId and the answer (masked)."""

    action: str  # "start" | "update" | "stop" | "status"
    task: TaskRef
    request_id: str = ""
    status: TaskStatus | None = None
    raw: dict = field(default_factory=dict)
    every_status: tuple[TaskStatus, ...] = ()  # QingCloud: every recording the channel has
    warnings: tuple = ()  # the request's warnings (model.problems.Problem)
    body: dict | None = None  # what was sent, secrets masked


@dataclass(frozen=True)
class PreparedStart:
    """A start checked once (prepare_start) and ready to send: the body with its ids and secrets,
    the request's warnings, and the body as shown (secrets masked). Sending it checks nothing again."""

    vendor: str
    body: dict
    warnings: tuple = ()
    shown: dict = field(default_factory=dict)


# -- the session -------------------------------------------------------------------------------


def _secret_values(data: Any) -> list[str]:
    from mixframe.api.errors import secret_values  # the HTTP side stays out of the first paint

    return secret_values(data)


class RecordingSession:
    """Start, update, stop and ask about recordings with one account (a profile or an endpoint).

    `profile` is a `store.profiles.Profile` (its endpoint, region, AppId and keyring keys), or
    None for `endpoint` with keys from the environment, or the production endpoint when neither
    is given. A Sandbox profile talks to `sandbox_url` when given (the window's own sandbox),
    else to a `mixframe sandbox` on its port, else to one this session starts and stops.
    Thread-safe for one call at a time per session (the window serializes its calls).
    """

    def __init__(self, profile=None, *, endpoint: str | None = None, region: str | None = None,
                 vendor: str | None = None, timeout: float = DEFAULT_TIMEOUT,
                 env: Mapping[str, str] | None = None, backend=None, sandbox_url: str | None = None,
                 journal: Any = True, sandbox=None):
        self.profile = profile
        self.endpoint = endpoint
        self.region = region
        self.vendor_hint = vendor
        self.timeout = timeout
        self.env = env
        self.backend = backend
        self.sandbox_url = sandbox_url
        # Who finds or starts the Sandbox account's sandbox (recording/sandbox.SandboxHost): the
        # window's, shared by its sessions; else this session's own, stopped by close().
        self.sandbox = sandbox
        self._own_sandbox = None
        self._secrets: set[str] = set()
        self._clients: dict[str, Any] = {}
        self._lock = threading.Lock()
        self.notes: list[str] = []  # things the command line says on stderr (a sandbox started…)
        # The recordings journal (store/journal.py): True for the data folder's, None for none.
        self.journal = journal
        self.journal_problem = None  # the JournalError that stopped the journal, once said
        self._journal_rows: list[int] = []  # tasks this session started
        self._endpoints: dict[str, str] = {}

    # -- what the session knows ------------------------------------------------------------

    @property
    def started_sandbox(self):
        """The sandbox this session started (it stops with close()), else None."""
        return self._own_sandbox.started if self._own_sandbox is not None else None

    @property
    def is_sandbox(self) -> bool:
        return self.profile is not None and self.profile.is_sandbox

    def vendor_for(self, hint: str | None = None) -> str:
        """Which API a call speaks: the request's vendor, else --vendor, else the profile's (else
        the first vendor registered, Volcengine)."""
        from mixframe.model import vendors

        vendor = hint or self.vendor_hint or (
            self.profile.service if self.profile is not None and not self.is_sandbox else vendors.families()[0])
        if self.profile is not None and not self.is_sandbox and self.profile.service != vendor:
            raise SessionError.saying(_said(QT_TRANSLATE_NOOP("Session", "Account {account} is for {vendor}, but the "
                                                                         "request is for {request_vendor}."),
                                            account=repr(self.profile.name), vendor=self.profile.vendor,
                                            request_vendor=vendor))
        return vendor

    def remember(self, *values: Any) -> None:
        self._secrets.update(v for v in values if isinstance(v, str) and v)

    def secrets(self) -> list[str]:
        """Every secret this session has handled, longest first (what printers must mask)."""
        return sorted(self._secrets, key=len, reverse=True)

    def masked(self, data: Any) -> Any:
        from mixframe.api.errors import redact_data

        return redact_data(data, self.secrets(), SECRET_FIELDS)

    # -- connecting ------------------------------------------------------------------------

    def _where(self, vendor: str) -> tuple[str, str]:
        from mixframe.model import endpoints

        profile = self.profile
        if self.is_sandbox:
            if not self.sandbox_url:
                from mixframe.recording.sandbox import STARTED_NOTE, SandboxHost

                host = self.sandbox
                if host is None:
                    host = self._own_sandbox = SandboxHost()
                self.sandbox_url = host.url_now()
                if host is self._own_sandbox and host.started is not None:
                    self.notes.append(STARTED_NOTE)
            return self.sandbox_url, self.region or profile.region
        if profile is not None:
            return profile.endpoint, self.region or profile.region
        if self.endpoint is not None:
            return self.endpoint, self.region or endpoints.region_for_url(self.endpoint)
        # Neither: the production endpoint, as the README and --help say.
        default = _vendor(vendor).default_endpoint
        return default.url, self.region or endpoints.region_for_url(default.url)

    def client(self, vendor: str):
        """The vendor's client for this account (made once, kept until close())."""
        from mixframe.api.transport import check_endpoint

        if vendor in self._clients:
            return self._clients[vendor]
        driver = _driver(vendor)
        url, region = self._where(vendor)
        self._endpoints[vendor] = url
        check_endpoint(url)  # an endpoint we will not use is said before any missing key
        keys = driver.credentials(self.profile, env=self.env, backend=self.backend)
        if not self.is_sandbox:
            self.remember(*driver.secrets_of(keys))
        made = driver.client(url, region, keys, timeout=self.timeout, deadline=self.timeout)
        self._clients[vendor] = made
        return made

    def close(self) -> None:
        for made in self._clients.values():
            made.close()
        self._clients.clear()
        if self.started_sandbox is not None:
            for row in self._journal_rows:  # the tasks of a sandbox started here end with it
                self._journaled("set_state", row, "ended", note="its sandbox stopped with the command")
        if self._own_sandbox is not None:
            if self._own_sandbox.stop():
                self.sandbox_url = None  # it is gone: a later call finds or starts another
            self._own_sandbox = None

    def __enter__(self) -> "RecordingSession":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- ids and secrets into a request ------------------------------------------------------

    def with_ids(self, request: dict, vendor: str, *, app_id: str | None = None, room_id: str | None = None,
                 task_id: str | None = None) -> dict:
        """The request with the recording's ids: given ones win, then the file's, then the
        profile's AppId. Volcengine gets a fresh TaskId when none is given."""
        out = dict(request)
        described = _vendor(vendor)
        app_key, room_key, task_key = described.app_key, described.room_key, described.task_key
        if app_id:
            out[app_key] = app_id
        elif not out.get(app_key) and self.profile is not None and self.profile.app_id:
            out[app_key] = self.profile.app_id
        if room_id:
            out[room_key] = room_id
        if task_key is not None:
            if task_id:
                out[task_key] = task_id
            elif not out.get(task_key):
                out[task_key] = new_task_id()
        return out

    def with_secrets(self, request: dict, vendor: str) -> dict:
        """Secrets never live in a preset: the profile's keyring gives the S3 keys and QingCloud's
        sign_key (without a profile, QY_SIGN_KEY)."""
        out = json.loads(json.dumps(request))
        self.remember(*_secret_values(out))  # a bare request body may carry its own
        _driver(vendor).fill_secrets(self, out)
        return out

    # -- the four calls ----------------------------------------------------------------------

    def prepare_start(self, request: dict, vendor: str, *, app_id: str | None = None, room_id: str | None = None,
                      task_id: str | None = None, problems: Iterable = ()) -> PreparedStart:
        """The exact body StartRecord/start would send, secrets filled in, checked: the one check
        of a start. Raises RequestInvalid (nothing sent) when a rule is broken."""
        from mixframe.model.preset import VENDOR_MODELS
        from mixframe.model.problems import RequestInvalid, errors_of

        model = VENDOR_MODELS[vendor]
        request = self.with_secrets(self.with_ids(request, vendor, app_id=app_id, room_id=room_id, task_id=task_id), vendor)
        found = list(problems)
        lacking = _driver(vendor).lacking(self, request)
        if lacking is not None:
            found += model.check_start(request, draft=True)
            if errors_of(found):
                raise RequestInvalid(found)
            raise lacking
        found += model.check_start(request)
        if errors_of(found):
            raise RequestInvalid(found)
        body = model.checked_body(request)
        return PreparedStart(vendor, body, tuple(found), self.masked(model.mask_secrets(body)))

    def prepare_checked(self, body: dict, vendor: str, warnings: Iterable = ()) -> PreparedStart:
        """A start body its caller has checked once already (the window's verdict, the account's
        secrets stood in by the mask), ready to send: the account's secrets replace the stand-ins
        and are checked only for being there; the rules are not checked again. Raises
        CredentialsMissing when the account lacks one."""
        from mixframe.model.preset import VENDOR_MODELS
        from mixframe.model.problems import MASK
        from mixframe.model.sending import ACCOUNT_SECRETS

        out = json.loads(json.dumps(body))
        stood_in = [path for path in ACCOUNT_SECRETS[vendor] if _at(out, path) == MASK]
        for path in stood_in:
            holder, key = _holder_of(out, path)
            del holder[key]  # the account's value goes here
        out = self.with_secrets(self.with_ids(out, vendor), vendor)
        lacking = _driver(vendor).lacking(self, out)
        if lacking is not None:
            raise lacking
        missing = [path for path in stood_in if not _well_formed_secret(_at(out, path))]
        if missing:
            from mixframe.store.credentials import keys_missing

            if self.profile is None:
                raise SessionError(f"The request lacks {', '.join(missing)}.")
            raise keys_missing(self.profile.name, missing)
        model = VENDOR_MODELS[vendor]
        return PreparedStart(vendor, out, tuple(warnings), self.masked(model.mask_secrets(out)))

    def start(self, request: dict | None = None, *, vendor: str | None = None, app_id: str | None = None,
              room_id: str | None = None, task_id: str | None = None, problems: Iterable = (),
              prepared: PreparedStart | None = None) -> CallResult:
        """Send StartRecord (QingCloud: start): `prepared` as it is, or `request` prepared first
        (ids and secrets filled in, checked once)."""
        if prepared is None:
            vendor = self.vendor_for(vendor)
            prepared = self.prepare_start(request, vendor, app_id=app_id, room_id=room_id, task_id=task_id,
                                          problems=problems)
        vendor, body, warnings, shown = prepared.vendor, prepared.body, prepared.warnings, prepared.shown
        with self._lock:
            driver = _driver(vendor)
            self.client(vendor)  # its endpoint is known (and a missing key said) before the journal's row
            planned = driver.planned_task(body)
            row = self._journal_start(planned, shown)
            # The driver's connect() hands it the client made above, without calling back into
            # this file: a start walks session -> driver -> client -> signer, never back.
            made = partial(self._clients.__getitem__, vendor)
            task, request_id, raw = self._sent(row, lambda: driver.start(made, body))
            if row is not None:  # QingCloud names its task only in the answer
                self._journaled("started", row, **({"task_id": task.task_id} if task.task_id != planned.task_id else {}))
            return CallResult("start", task, request_id, raw=self.masked(raw), warnings=tuple(warnings), body=shown)

    def update_body(self, request: dict, task: TaskRef) -> tuple[dict, list]:
        """(body, warnings): the UpdateRecord body that pushes `request`'s streams and whole
        Regions list to the running `task`, checked against the task's canvas. Raises
        RequestInvalid or SessionError."""
        from mixframe.model.preset import VENDOR_MODELS
        from mixframe.model.problems import RequestInvalid, errors_of

        why = task.why_not_updatable_said()
        if why is not None:
            raise SessionError.saying(why)
        model = VENDOR_MODELS[task.vendor]
        with_ids = {**request, **task.ids}
        body = model.update_body_from(with_ids)
        canvas = task.canvas if task.canvas is not None else model.start_canvas(with_ids)
        found = model.check_update(body, task_canvas=canvas)
        if errors_of(found):
            raise RequestInvalid(found)
        return model.to_body(model.parse_update(body)), found

    def update(self, request: dict, task: TaskRef) -> CallResult:
        """Push the layout and streams of `request` to a running Volcengine task (UpdateRecord)."""
        self.remember(*_secret_values(request))
        body, warnings = self.update_body(request, task)
        with self._lock:
            request_id, raw = _driver(task.vendor).update(lambda: self.client(task.vendor), body)
        return CallResult("update", task, request_id, raw=self.masked(raw), warnings=tuple(warnings),
                          body=self.masked(body))

    def stop(self, task: TaskRef) -> CallResult:
        """Stop the task (Volcengine StopRecord; QingCloud stop, which needs the project)."""
        with self._lock, self._journal_gone(task):
            request_id, raw = _driver(task.vendor).stop(lambda: self.client(task.vendor), task)
            result = CallResult("stop", task, request_id, raw=self.masked(raw))
        self._journaled("stopped", task.vendor, task.app_id, task.room_id, task.task_id)
        return result

    def status(self, task: TaskRef) -> CallResult:
        """The task's state and recorded files (GetRecordTask; QingCloud query)."""
        with self._lock, self._journal_gone(task):
            status, every, request_id, raw = _driver(task.vendor).status(lambda: self.client(task.vendor), task)
            result = CallResult("status", task, request_id, status=status, raw=self.masked(raw), every_status=every)
        if status is not None:
            self._journaled("observed", task.vendor, task.app_id, task.room_id, task.task_id or status.task_id,
                            status=status.name, running=status.running, ended=status.ended, failed=status.failed,
                            files=status.files)
        return result
    # -- the recordings journal (store/journal.py): every task started, never lost track of ----
    def _journaled(self, what: str, *args: Any, **kwargs: Any) -> Any:
        """Journal.what(…); a journal that cannot be used is said once (a note), never stops a call."""
        if self.journal is None:
            return None
        from mixframe.store.journal import Journal, JournalError, journal_bug

        try:
            if self.journal is True:
                self.journal = Journal()
            return getattr(self.journal, what)(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - whatever the journal's trouble, the recording goes on
            if not isinstance(exc, JournalError):  # a bug of ours: its traceback goes to the log
                from mixframe.errorlog import write_report

                exc = journal_bug(write_report(type(exc), exc, exc.__traceback__, self.secrets()) or "errors.log")
            if self.journal_problem is None:
                self.journal_problem = exc
                self.notes.append(f"warning: {exc}")
            return None

    def _journal_start(self, task: TaskRef, shown: dict) -> int | None:
        """The task's row, written before the start goes out (a crash or a lost answer still leaves it)."""
        row = self._journaled("starting", vendor=task.vendor, account=self.profile.name if self.profile else "",
                              endpoint=self._endpoints.get(task.vendor, ""), app_id=task.app_id,
                              room_id=task.room_id, task_id=task.task_id, project_id=task.project_id, body=shown,
                              canvas=task.canvas, record_mode=task.record_mode, layout_mode=task.layout_mode)
        if row is not None:
            self._journal_rows.append(row)
        return row

    def _sent(self, row: int | None, send):
        """send(); a refusal marks the row "not started". A call whose answer never came may have
        started the task: its row stays open, to be asked about."""
        from mixframe.api.errors import ApiError

        try:
            return send()
        except ApiError as exc:
            if row is not None and not exc.is_transport:
                self._journaled("set_state", row, "not started", note=f"{exc.code}: {exc.sentence}")
            raise

    @contextmanager
    def _journal_gone(self, task: TaskRef):
        """A stop or status the service answers with "no such task": the task is over."""
        from mixframe.api.errors import TASK_NOT_FOUND, ApiError

        try:
            yield
        except ApiError as exc:
            if exc.code in (TASK_NOT_FOUND, QINGCLOUD_NOT_FOUND):
                self._journaled("stopped", task.vendor, task.app_id, task.room_id, task.task_id, state="ended",
                                note=exc.code)
            raise


def _holder_of(body: dict, path: str) -> tuple[dict, str] | tuple[None, str]:
    """(the dict holding `path`'s last key, that key); (None, key) when the way is not there."""
    *parents, key = path.split(".")
    node: Any = body
    for part in parents:
        node = node.get(part) if isinstance(node, dict) else None
    return (node, key) if isinstance(node, dict) else (None, key)


def _at(body: dict, path: str) -> Any:
    holder, key = _holder_of(body, path)
    return holder.get(key) if holder is not None else None


def _well_formed_secret(value: Any) -> bool:
    """A secret an account gave: text, not blank, no control character, not the mask."""
    from mixframe.model.problems import MASK

    return (isinstance(value, str) and bool(value.strip()) and value != MASK
            and not any(ord(c) < 32 or ord(c) == 127 for c in value))


def task_from_ids(vendor: str, app_id: str, room_id: str, task_id: str = "", project_id: str = "") -> TaskRef:
    return TaskRef(vendor, app_id, room_id, task_id, project_id)


# -- is this account usable? ----------------------------------------------------------------------


@dataclass(frozen=True)
class ConnectionVerdict:
    ok: bool
    kind: str  # fine | signature | unknown-key | clock-skew | unreachable | keys-missing | keyring | other
    sentence: str  # English
    said: Sentence | None = field(default=None, compare=False)  # the same sentence, for text(translate)

    def text(self, translate: Translate | None = None) -> str:
        """The verdict in the language `translate` gives (English without one, or without a translation)."""
        if translate is None or self.said is None or self.said.english != self.sentence:
            return self.sentence
        return self.said.text(translate)


_VERDICTS = {
    "SignatureDoesNotMatch": "signature", "signature_not_match": "signature", "MissingSignature": "signature",
    "InvalidAccessKey": "unknown-key", "invalid_access_key_id": "unknown-key",
    "InvalidTimestamp": "clock-skew", "expired_time_stamp": "clock-skew",
}
# A harmless signed question: the status of a task that does not exist. "Not found" means the
# keys, the clock and the endpoint are all fine.
PROBE_ROOM, PROBE_TASK = "mixframe-connection-test", "mixframe-connection-test"
_NOT_FOUND = {"InvalidParameter.ErrorActiveTaskNotFound", "recording_not_found", "InvalidParameter.NotExistAppId"}


def test_connection(profile, *, backend=None, timeout: float = 8.0, sandbox_url: str | None = None,
                    env: Mapping[str, str] | None = None) -> ConnectionVerdict:
    """Make one harmless signed call with the account and say in words what its answer means."""
    from mixframe.api.errors import ApiError, EndpointError
    from mixframe.store.credentials import CredentialsMissing, KeyringUnavailable

    from mixframe.model import vendors

    vendor = profile.service if not profile.is_sandbox else vendors.families()[0]
    app_id = profile.app_id or "mixframe-connection-test"
    session = RecordingSession(profile, backend=backend, timeout=timeout, sandbox_url=sandbox_url, env=env)
    try:
        task = TaskRef(vendor, app_id, PROBE_ROOM, PROBE_TASK)
        session.status(task)
    except (CredentialsMissing, KeyringUnavailable, EndpointError) as exc:
        kind = ("keys-missing" if isinstance(exc, CredentialsMissing)
                else "keyring" if isinstance(exc, KeyringUnavailable) else "unreachable")
        return ConnectionVerdict(False, kind, str(exc), exc.said)
    except ApiError as exc:
        if exc.code in _NOT_FOUND:
            if exc.code == "InvalidParameter.NotExistAppId":
                return _verdict(False, "other", _said(QT_TRANSLATE_NOOP(
                    "Session", "The keys, the clock and the endpoint work: the service answered a signed question "
                               "(the service does not know the AppId; check it).")))
            return _verdict(True, "fine", _WORKS)
        if exc.is_transport:
            return ConnectionVerdict(False, "unreachable", exc.sentence, exc.said)
        kind = _VERDICTS.get(exc.code, "other")
        if kind != "other":
            return ConnectionVerdict(False, kind, exc.sentence, exc.said)
        said = None if exc.said is None else _said(QT_TRANSLATE_NOOP("Session", "{sentence} ({code})"),
                                                   sentence=exc.said, code=exc.code)
        return ConnectionVerdict(False, kind, f"{exc.sentence} ({exc.code})", said)
    finally:
        session.close()
    return _verdict(True, "fine", _WORKS)


_WORKS = QT_TRANSLATE_NOOP("Session", "The keys, the clock and the endpoint work: the service answered a signed question.")


def _verdict(ok: bool, kind: str, said: Sentence | str) -> ConnectionVerdict:
    said = _said(said) if isinstance(said, str) else said
    return ConnectionVerdict(ok, kind, said.english, said)
