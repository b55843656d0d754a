"""The toy service's emulator, served by the Mixframe sandbox at PATH."""

from __future__ import annotations

import json
import threading

from toy_vendor import signer

PATH = "/toy/v1/record"
SANDBOX_KEY, SANDBOX_SECRET = "toy-sandbox-key", "toy-sandbox-secret"


class ToyService:
    path = PATH

    def __init__(self):
        self.tasks: dict[str, dict] = {}
        self._lock = threading.Lock()
        self._next = 1

    def action(self, method: str, query) -> str:
        return dict(query).get("do", "")[:32]

    def handle(self, method, path, query, headers, body: bytes):
        if not signer.verify(headers, {SANDBOX_KEY: SANDBOX_SECRET}, body):
            return 401, {"error": "bad_signature", "message": "The signature does not match."}
        do, data = dict(query).get("do", ""), json.loads(body or b"{}")
        with self._lock:
            if do == "start":
                task_id = f"toy-{self._next}"
                self._next += 1
                self.tasks[task_id] = {"room": data["toy_room"], "pictures": data.get("pictures", 1), "state": "running"}
                return 200, {"task": task_id}
            task = self.tasks.get(str(data.get("task", "")))
            if task is None:
                return 404, {"error": "no_task", "message": "No such task."}
            if do == "stop":
                task["state"] = "stopped"
                return 200, {"task": data["task"]}
            if do == "status":
                return 200, {"task": data["task"], "state": task["state"]}
        return 400, {"error": "bad_call", "message": f"Unknown call {do!r}."}
