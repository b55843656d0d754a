"""Signed calls to a sandbox with the app's own signer, for the sandbox's tests."""

from __future__ import annotations

import datetime as dt
import json

import httpx

from mixframe.api import volc_signer
from mixframe.sandbox import VOLC_ACCESS_KEY, VOLC_SECRET_KEY

VERSION = "2023-11-01"
IDS = {"AppId": "app1", "RoomId": "room1", "TaskId": "task1"}
STORAGE = {"Type": 0, "TosConfig": {"AccountId": "2100000000", "Bucket": "b"}}
START = {**IDS, "StorageConfig": STORAGE}
CUSTOM_START = {**IDS, "TargetStreams": {"StreamList": [{"UserId": "u0", "Index": 0}]},
                "Layout": {"LayoutMode": 2, "CustomLayout": {"Canvas": {"Width": 1280, "Height": 720},
                                                             "Regions": [{"StreamIndex": 0, "Width": 640, "Height": 360}]}},
                "StorageConfig": STORAGE}
_HTTP = httpx.Client()  # one pooled client: a new one per call costs more than the call
METHODS = {"StartRecord": "POST", "UpdateRecord": "POST", "StopRecord": "POST", "GetRecordTask": "GET"}


class FakeClock:
    def __init__(self, now: float = 1000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def call(sb, action: str, payload=None, *, raw: bytes | None = None, ak=VOLC_ACCESS_KEY, sk=VOLC_SECRET_KEY,
         token: str = "", region: str = "cn-north-1", version: str = VERSION, when: dt.datetime | None = None) -> httpx.Response:
    """One Volcengine call: POST actions send `payload` as JSON (or `raw` bytes), GET actions as the query."""
    method = METHODS.get(action, "POST")
    query = {"Action": action, "Version": version}
    body = b""
    if method == "GET":
        query.update(payload or {})
    else:
        body = raw if raw is not None else json.dumps(payload if payload is not None else {}).encode()
    parts = volc_signer.sign(method=method, host=f"127.0.0.1:{sb.port}", query=query, body=body,
                             credentials=volc_signer.VolcCredentials(ak, sk, token), region=region,
                             now=when or dt.datetime.now(dt.timezone.utc),
                             content_type="application/json" if method == "POST" else None)
    return _HTTP.request(method, f"{sb.url}/?{parts.canonical_query}", content=body, headers=parts.headers)


def error_of(response: httpx.Response) -> dict:
    return response.json()["ResponseMetadata"].get("Error") or {}
