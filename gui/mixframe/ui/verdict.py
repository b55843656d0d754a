"""The window's one verdict on a request: its problems, whether Record would send it, and the body
it would send (secrets masked).

The Problems list, the Request panel (and Copy as curl, Export) and Record all read `send_verdict`,
so they cannot disagree. It is the draft's problems (`RequestDocument.problems`) plus every rule of
a request about to be sent, checked on the request as Record sends it: the toolbar's ids filled in,
and the secrets the chosen account gives at start (the S3 keys, QingCloud's sign_key) stood in for
by their mask. A missing id is said the window's way: where to give it in the window.

The verdict is made once per document state and ids: the last one is kept, and whoever asks for
the same request with the same ids (the Problems list, the Request panel, the Record click) gets
it without a second check. Its `checked` body (the account's secrets still stood in by their mask)
is what Record sends: the worker puts the secrets in and checks nothing again.
"""

from __future__ import annotations

import copy
import json
import weakref
from dataclasses import dataclass, field, replace

from mixframe.model.preset import VENDOR_MODELS
from mixframe.model.problems import MASK, Problem, errors_of
from mixframe.model.sending import ACCOUNT_SECRETS, apply_ids
from mixframe.model.volcengine_api import is_s3_storage
from mixframe.ui.window_words import window_problem



@dataclass(frozen=True)
class Verdict:
    problems: list[Problem] = field(default_factory=list)  # what the Problems list shows
    body: dict | None = None  # the body Record would send, secrets masked; None while there are errors
    shown: dict = field(default_factory=dict)  # the body, or the request as written (masked) while not sendable
    # The body as checked, secrets not masked (the account's still stood in by the mask): what
    # Record sends once the account's secrets replace the stand-ins. None while not sendable.
    checked: dict | None = field(default=None, repr=False, compare=False)
    key: tuple = field(default=(), repr=False, compare=False)  # the document state and ids judged

    @property
    def sendable(self) -> bool:
        return self.body is not None


def with_account_secrets(request: dict, vendor: str) -> dict:
    """`request` with each secret the account gives at start, where absent, stood in for by its
    mask (as `RecordingSession.with_secrets` fills them in from the account)."""
    out = dict(request)
    mask = MASK
    if vendor == "qingcloud":
        if not out.get("sign_key"):
            out["sign_key"] = mask
        return out
    storage = out.get("StorageConfig")
    if is_s3_storage(storage):
        custom = dict(storage["CustomConfig"])
        for path in ACCOUNT_SECRETS[vendor]:
            key = path.rpartition(".")[2]
            if not custom.get(key):
                custom[key] = mask
        out["StorageConfig"] = {**storage, "CustomConfig": custom}
    return out


# The last verdict made: (the document, its key, the verdict). The window judges one document at a time.
_held: tuple | None = None


def verdict_key(request_doc, ids, doc=None) -> tuple | None:
    """What a verdict depends on: the request as written, what loading it dropped, the ids (None
    for a request that cannot be written down to compare: its verdict is never kept)."""
    doc = doc if doc is not None else request_doc.loaded_document()
    dropped = tuple(repr(p) for p in getattr(getattr(request_doc, "layout", None), "load_problems", ()))
    try:
        written = json.dumps(doc.request, sort_keys=True, default=repr)
    except (TypeError, ValueError, RecursionError):
        return None
    return doc.vendor, written, dropped, ids


def send_verdict(request_doc, ids: tuple[str | None, str | None, str | None] | None = None) -> Verdict:
    """The verdict on `request_doc` sent with `ids` (AppId, RoomId, TaskId; None: the file's):
    the one already made on the same request and ids, else made now (checked once)."""
    global _held
    doc = request_doc.loaded_document()
    key = verdict_key(request_doc, ids, doc)
    if key is not None and _held is not None and _held[0]() is request_doc and _held[1] == key:
        return _copy(_held[2])
    verdict = replace(_judge(request_doc, ids, doc), key=key or ())
    try:
        _held = (weakref.ref(request_doc), key, verdict) if key is not None else None
    except TypeError:  # a stand-in document that cannot be referred to weakly: not kept
        _held = None
    return _copy(verdict)


def _copy(verdict: Verdict) -> Verdict:
    """The kept verdict for one reader: what one changes, the next does not see."""
    return replace(verdict, problems=list(verdict.problems), body=copy.deepcopy(verdict.body),
                   shown=copy.deepcopy(verdict.shown), checked=copy.deepcopy(verdict.checked))


def _judge(request_doc, ids, doc) -> Verdict:
    """The verdict on `request_doc` sent with `ids` (AppId, RoomId, TaskId; None: the file's).

    With `ids` None the recording's ids are not known yet (no toolbar): they count as given at
    start, as in a draft, and the verdict holds the problems only (no body: nothing to send yet).
    """
    model = VENDOR_MODELS[doc.vendor]
    problems = request_doc.problems()
    request = with_account_secrets(apply_ids(doc, *(ids or (None, None, None))), doc.vendor)
    if ids is None:  # given at start, as in a draft (a masked example id too)
        for key in model.RECORDING_IDS:
            if not isinstance(request.get(key), str) or "*" in request[key] or not request[key]:
                request[key] = "draft"
    seen = {(p.path, p.message) for p in problems}
    for problem in model.check_start(request):
        if problem.is_error and (problem.path, problem.message) not in seen:
            seen.add((problem.path, problem.message))
            problems.append(window_problem(problem))
    masked_as_written = model.mask_secrets(apply_ids(doc, *(ids or (None, None, None))))
    if errors_of(problems) or ids is None:
        return Verdict(problems, None, masked_as_written)
    checked = model.checked_body(request)  # check_start passed above: built without a second check
    body = model.mask_secrets(checked)
    return Verdict(problems, body, body, checked)
