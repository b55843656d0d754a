"""The window's one verdict on a request: its problems, whether Record would send it, and the body
it would send (secrets masked).

The Problems list, the Request panel (and Copy as curl, Export) and Record all read `send_verdict`,
so they cannot disagree. It is the draft's problems (`RequestDocument.problems`) plus every rule of
a request about to be sent, checked on the request as Record sends it: the toolbar's ids filled in,
and the secrets the chosen account gives at start (the S3 keys, QingCloud's sign_key) stood in for
by their mask. A missing id is said the window's way: where to give it in the window.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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


def send_verdict(request_doc, ids: tuple[str | None, str | None, str | None] | None = None) -> Verdict:
    """The verdict on `request_doc` sent with `ids` (AppId, RoomId, TaskId; None: the file's).

    With `ids` None the recording's ids are not known yet (no toolbar): they count as given at
    start, as in a draft, and the verdict holds the problems only (no body: nothing to send yet).
    """
    doc = request_doc.loaded_document()
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
    body = model.mask_secrets(model.to_body(model.parse_start(request)))
    return Verdict(problems, body, body)
