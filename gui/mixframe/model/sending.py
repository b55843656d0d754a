"""The body that would be sent: one pipeline for the window's preview and `mixframe request`.

A document plus the recording's ids (given at start, never kept in a preset) becomes the exact
StartRecord/start body the client would send, secrets masked, or the problems that stop it.
What is shown is therefore what is sent: the preview, the printed body and the copied curl
cannot drift apart.
"""

from __future__ import annotations

import json

from mixframe.model.preset import VENDOR_MODELS, LoadedDocument
from mixframe.model.problems import Problem, errors_of, printable_json


def apply_ids(doc: LoadedDocument, app_id: str | None = None, room: str | None = None,
              task: str | None = None) -> dict:
    """The request with the recording's ids filled in where given (None keeps what the file holds).

    The ids are each vendor's `RECORDING_IDS` in order (app, room, task); QingCloud has no task id.
    """
    request = dict(doc.request)
    for key, value in zip(VENDOR_MODELS[doc.vendor].RECORDING_IDS, (app_id, room, task)):
        if value is not None:
            request[key] = value
    return request


def body_to_send(doc: LoadedDocument, app_id: str | None = None, room: str | None = None,
                 task: str | None = None) -> tuple[list[Problem], dict | None]:
    """(problems, body): the document's own problems plus every rule of a request about to be
    sent (the ids must be there now), and the body in the API's spelling with secrets masked, or
    None when a problem is an error."""
    model = VENDOR_MODELS[doc.vendor]
    request = apply_ids(doc, app_id, room, task)
    problems = list(doc.problems) + model.check_start(request)
    if errors_of(problems):
        return problems, None
    return problems, model.mask_secrets(model.to_body(model.parse_start(request)))


def masked_request(doc: LoadedDocument, app_id: str | None = None, room: str | None = None,
                   task: str | None = None) -> dict:
    """The request as written, ids applied and secrets masked: what a preview shows while the
    request still has errors (nothing is normalised, because it would not parse)."""
    return VENDOR_MODELS[doc.vendor].mask_secrets(apply_ids(doc, app_id, room, task))


def preview_text(body: dict) -> str:
    """The body as `mixframe request` prints it (without the final newline `print` adds): JSON
    whose every line is printable (a control character or line separator in a value is written as
    JSON's escape, \\u001b, \\u2028)."""
    return printable_json(json.dumps(body, ensure_ascii=False, indent=2))
