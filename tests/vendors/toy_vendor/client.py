"""The toy client (signed HTTP calls) and the session's driver for the toy vendor."""

from __future__ import annotations

import json

import httpx

from mixframe.api.errors import ApiError
from mixframe.session import RecordedFile, TaskRef, TaskStatus
from mixframe.store import credentials as cr
from toy_vendor import signer
from toy_vendor.sandbox import PATH, SANDBOX_KEY, SANDBOX_SECRET


class ToyClient:
    def __init__(self, url: str, key: str, secret: str, *, timeout: float, deadline: float):
        self.url, self.key, self.secret = url.rstrip("/"), key, secret
        self._http = httpx.Client(timeout=timeout)

    def call(self, do: str, data: dict) -> dict:
        body = json.dumps(data).encode()
        answer = self._http.post(f"{self.url}{PATH}", params={"do": do}, content=body,
                                 headers={"Content-Type": "application/json", **signer.sign(self.key, self.secret, body)})
        shown = answer.json()
        if answer.status_code != 200:
            raise ApiError(code=shown.get("error", ""), message=shown.get("message", ""), http_status=answer.status_code)
        return shown

    def close(self) -> None:
        self._http.close()


class ToyDriver:
    family = "toy"

    def why_not_updatable(self, task):
        from mixframe.session import said

        return said("Toy recordings take no updates.")

    def credentials(self, profile, *, env=None, backend=None):
        if profile is not None and profile.is_sandbox:
            return SANDBOX_KEY, SANDBOX_SECRET
        if profile is None:
            raise cr.CredentialsMissing("No keys: choose a toy account.")
        found = [cr.get_secret(profile.name, f, backend=backend) for f in ("toy_key", "toy_secret")]
        if not all(found):
            raise cr.keys_missing(profile.name, [f for f, v in zip(("toy_key", "toy_secret"), found) if not v])
        return tuple(found)

    def secrets_of(self, found) -> tuple[str, ...]:
        return (found[1],)

    def client(self, url, region, found, **timing):
        return ToyClient(url, *found, **timing)

    def fill_secrets(self, session, out: dict) -> None:
        pass

    def lacking(self, session, request):
        return None

    def planned_task(self, body):
        return TaskRef(self.family, body["toy_app"], body["toy_room"])

    def start(self, connect, body):
        answer = connect().call("start", body)
        return TaskRef(self.family, body["toy_app"], body["toy_room"], answer["task"]), "", answer

    def stop(self, connect, task):
        return "", connect().call("stop", {"task": task.task_id})

    def status(self, connect, task):
        answer = connect().call("status", {"task": task.task_id})
        running = answer["state"] == "running"
        status = TaskStatus(code=1 if running else 2, name=answer["state"], running=running, ended=not running,
                            files=() if running else (RecordedFile(f"{task.task_id}.mp4", None, None),))
        return status, (), "", answer


DRIVER = ToyDriver()


def toy_curl(body: dict, endpoint, action: str, secrets: list[str]) -> str:
    """Copy as curl for a toy call (the body already masked)."""
    url = getattr(endpoint, "url", endpoint) or "https://rtc.toy.invalid"
    return f"curl -X POST '{url}{PATH}?do={action}' --data-raw '{json.dumps(body)}'"
