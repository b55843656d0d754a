"""A keyring backend for subprocess tests: entries live in a dict served over loopback by the test
(multiprocessing's manager), never in a file. A child process picks it with

    PYTHON_KEYRING_BACKEND=shared_keyring.SharedKeyring   (tests/ on PYTHONPATH)
    MIXFRAME_TEST_KEYRING=127.0.0.1:PORT  MIXFRAME_TEST_KEYRING_AUTH=...
"""

from __future__ import annotations

import os
import secrets
from multiprocessing.managers import BaseManager, DictProxy

import keyring.errors
from keyring.backend import KeyringBackend

ADDRESS_ENV = "MIXFRAME_TEST_KEYRING"
AUTH_ENV = "MIXFRAME_TEST_KEYRING_AUTH"

_ITEMS: dict = {}


def _items() -> dict:
    return _ITEMS


class _Manager(BaseManager):
    pass


_Manager.register("items", callable=_items, proxytype=DictProxy)


def serve() -> tuple[_Manager, dict[str, str]]:
    """Start the shared store; returns the manager (shut it down) and the environment a child needs."""
    auth = secrets.token_hex(16)
    manager = _Manager(address=("127.0.0.1", 0), authkey=auth.encode())
    manager.start()
    host, port = manager.address
    return manager, {ADDRESS_ENV: f"{host}:{port}", AUTH_ENV: auth,
                     "PYTHON_KEYRING_BACKEND": "shared_keyring.SharedKeyring"}


def items(manager: _Manager) -> dict:
    """What the shared keyring holds now: {"service/user": password}."""
    return dict(manager.items().copy())


class SharedKeyring(KeyringBackend):
    priority = 1
    _proxy = None  # one connection per process: connecting costs a tenth of a second

    def _store(self):
        if SharedKeyring._proxy is None:
            host, port = os.environ[ADDRESS_ENV].rsplit(":", 1)
            manager = _Manager(address=(host, int(port)), authkey=os.environ[AUTH_ENV].encode())
            manager.connect()
            SharedKeyring._proxy = manager.items()
        return SharedKeyring._proxy

    def get_password(self, service, username):
        return self._store().get(f"{service}/{username}")

    def set_password(self, service, username, password):
        self._store()[f"{service}/{username}"] = password

    def delete_password(self, service, username):
        store = self._store()
        key = f"{service}/{username}"
        if key not in store.keys():
            raise keyring.errors.PasswordDeleteError(username)
        del store[key]
