"""The body that would be sent: one pipeline for the window's preview and `mixframe request`.

A document plus the recording's ids (given at start, never kept in a preset) becomes the exact
StartRecord/start body the client would send, secrets masked, or the problems that stop it.
What is shown is therefore what is sent: the preview, the printed body and the copied curl
cannot drift apart.
"""

from __future__ import annotations

import json
from typing import Mapping

from mixframe.model import vendors
from mixframe.model.preset import VENDOR_MODELS, LoadedDocument
from mixframe.model.problems import MASK, Problem, errors_of, printable_json, warning
from mixframe.model.volcengine import SECRET_AT_START_TEXT
from mixframe.model.volcengine_api import SECRET_AT_START


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


class _AccountSecrets(Mapping):
    """vendor -> the secrets a request gets from the account when the recording starts, never
    from a preset, by API path (the S3 keys of a CustomConfig for Volcengine, the project's
    sign_key for QingCloud), as each vendor declares them (`mixframe.model.vendors`)."""

    def __getitem__(self, vendor: str) -> tuple[str, ...]:
        return vendors.get(vendor).account_secrets

    def __iter__(self):
        return iter(vendors.families())

    def __len__(self) -> int:
        return len(vendors.families())


ACCOUNT_SECRETS: Mapping[str, tuple[str, ...]] = _AccountSecrets()


def _holder(request: dict, path: str) -> tuple[dict, str] | None:
    """(the dict that holds `path`'s last key, that key), when `request` has the dicts on the way
    (for the S3 keys: only inside a CustomConfig the request has). The dicts on the way are
    copied into `request`, so the caller's document is never changed."""
    *parents, key = path.split(".")
    node = request
    for part in parents:
        child = node.get(part)
        if not isinstance(child, dict):
            return None
        node[part] = child = dict(child)
        node = child
    return node, key


def with_account_secrets(doc: LoadedDocument, request: dict, secrets: Mapping[str, str] | None = None, *,
                         stand_in: bool = True) -> tuple[dict, list[Problem]]:
    """(request, warnings): `request` (a copy) with the account's secrets it lacks put in.

    `secrets` maps an ACCOUNT_SECRETS path to the value the account (the profile's keyring, or
    QY_SIGN_KEY) gives; a value the request already holds is kept. With `stand_in`, a secret still
    missing is stood in by the mask, with the warning the draft check gives (it is filled in when
    the recording starts), so the verdict is validate's: a preset never holds its secrets.
    """
    out = dict(request)
    notes: list[Problem] = []
    for path in ACCOUNT_SECRETS[doc.vendor]:
        found = _holder(out, path)
        if found is None:
            continue
        node, key = found
        given = (secrets or {}).get(path)
        if given and not node.get(key):
            node[key] = given
        elif stand_in and key not in node:
            node[key] = MASK
            notes.append(warning(path, SECRET_AT_START_TEXT, SECRET_AT_START))
    return out, notes


def body_to_send(doc: LoadedDocument, app_id: str | None = None, room: str | None = None,
                 task: str | None = None, *, secrets: Mapping[str, str] | None = None,
                 stand_in: bool = True) -> tuple[list[Problem], dict | None]:
    """(problems, body): the document's own problems plus every rule of a request about to be
    sent (the ids must be there now), and the body in the API's spelling with secrets masked, or
    None when a problem is an error.

    The account's secrets (S3 keys, sign_key) come from `secrets`, else are stood in (see
    with_account_secrets): `validate`, `request` and the window's Request panel give one verdict.
    """
    model = VENDOR_MODELS[doc.vendor]
    request, notes = with_account_secrets(doc, apply_ids(doc, app_id, room, task), secrets, stand_in=stand_in)
    problems = list(doc.problems) + notes + model.check_start(request)
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
