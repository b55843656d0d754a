"""Helpers shared by tests in several rooms (importable because tests/conftest.py's folder is on sys.path)."""

from __future__ import annotations

import json
from pathlib import Path

import keyring.errors
from keyring.backend import KeyringBackend

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED_STARTRECORD = SHARED / "seeds" / "000_c199b729f21e5b5b.txt"


def seed_example() -> dict:
    """The StartRecord request example of the vendor's document ("请求示例"), read from the seed itself."""
    text = SEED_STARTRECORD.read_text(encoding="utf-8")
    block = text.split("## 请求示例", 1)[1].split("```json", 1)[1].split("```", 1)[0]
    body = block[block.index("{"):]  # after the "POST https://…" line
    return json.loads(body)


class MemoryKeyring(KeyringBackend):
    """An in-memory keyring backend that behaves like the real ones (deleting a missing key fails)."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        if (service, username) not in self.items:
            raise keyring.errors.PasswordDeleteError(username)
        del self.items[(service, username)]
