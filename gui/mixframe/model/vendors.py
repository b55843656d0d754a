"""The vendors Mixframe speaks, each declared once and registered in one place.

A `Vendor` is one API family (Volcengine, also spoken by BytePlus; QingCloud): the module of its
request models, the ids a recording is named by, the keys an account keeps, the secrets a start
takes from the account, the accounts (with their production endpoints) that speak it, and where
its session driver and its sandbox service live. Everything that used to compare the vendor's
name reads it here instead: the preset loader, the credentials and accounts, the session, the
sandbox's routing and the window's vendor lists.

The driver and the sandbox service are named by "module:attribute" and imported when first
used: this room stays free of the HTTP side, and the window's first paint loads none of it.
A third vendor is its own model, signer, client, driver and sandbox files plus one `register()`.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any, Callable, Collection, Iterable, Iterator

from mixframe.model import credentials as keys
from mixframe.model.endpoints import BYTEPLUS, QINGCLOUD, SANDBOX, VOLCENGINE, VendorEndpoint
from mixframe.model.limits import LIMITS


@dataclass(frozen=True)
class Vendor:
    """One API family, declared once."""

    family: str  # the name a preset and a TaskRef use ("volcengine", "qingcloud")
    model: str  # the module of its request models: check_start, parse_start, checked_body, to_body, mask_secrets…
    id_keys: tuple[str, ...]  # the request keys of the recording's ids: (app, room[, task])
    key_fields: tuple[str, ...]  # the keyring entries an account of this family may hold
    optional_fields: frozenset[str]  # those a call can go without
    account_secrets: tuple[str, ...]  # request paths a start fills from the account, never from a preset
    accounts: tuple[VendorEndpoint, ...]  # the accounts that speak it; the first is the production default
    driver: str  # "module:attribute" of the session's driver (credentials, client, start/stop/status)
    sandbox: str = ""  # "module:attribute" of the sandbox's service class ("" none); it names its URL path
    curl: str = ""  # "module:attribute" of its Copy-as-curl builder (body, endpoint, action, secrets) -> text
    scene: str = ""  # "module:attribute" of (request, placeholders) -> the picture it composes (canvas, render)
    composes_streams: bool = False  # the request lists the streams and places them (the canvas edits them)
    public_keys: tuple[str, ...] = ()  # the keyring entries that are no secret (key ids a log may show)
    secret_paths: tuple[str, ...] = ()  # request paths holding a secret beyond those its LIMITS mark secret

    @property
    def app_key(self) -> str:
        return self.id_keys[0]

    @property
    def room_key(self) -> str:
        return self.id_keys[1]

    @property
    def task_key(self) -> str | None:
        return self.id_keys[2] if len(self.id_keys) > 2 else None

    @property
    def default_endpoint(self) -> VendorEndpoint:
        return self.accounts[0]

    def request_secret_paths(self) -> tuple[str, ...]:
        """The request paths that hold a secret: the fields its limits declare `secret`, and any
        it declares in `secret_paths`."""
        declared = tuple(path for path, lim in LIMITS.get(self.family, {}).items() if lim.secret)
        return tuple(dict.fromkeys(declared + self.secret_paths))

    def account_secret_keys(self) -> tuple[str, ...]:
        """The keyring entries of its accounts that are secrets (every one but the key ids)."""
        return tuple(key for key in self.key_fields if key not in self.public_keys)

    def models(self) -> Any:
        """The module of its request models (imported when first asked: pydantic is slow to load)."""
        return importlib.import_module(self.model)

    def load_driver(self) -> Any:
        return _attribute(self.driver)

    def load_sandbox(self) -> Any:
        return _attribute(self.sandbox) if self.sandbox else None

    def load_scene(self) -> Any:
        return _attribute(self.scene) if self.scene else None

    def load_curl(self) -> Any:
        return _attribute(self.curl) if self.curl else None


def _name(path: str) -> str:
    """The key a path ends in: what a secret is found under at any depth."""
    return path.rpartition(".")[2]


def secret_field_names(family: str | None = None) -> tuple[str, ...]:
    """The key names that hold a secret in a request (at any depth), of one vendor or all: its
    request's secret paths and its accounts' secret keyring entries, by their last name."""
    chosen = [get(family)] if family is not None else list(_FAMILIES.values())
    names = (_name(p) for vendor in chosen for p in (*vendor.request_secret_paths(), *vendor.account_secret_keys()))
    return tuple(dict.fromkeys(names))


def answer_secret_names(family: str | None = None) -> tuple[str, ...]:
    """The key names whose value an answer never shows (masked whole wherever they stand), of one
    vendor or all: its secret names, except those that also name a key id of some vendor
    ("AccessKey" is Volcengine's key id as well as S3's secret in a request, so in an answer it is
    only masked by value)."""
    public = {_name(key) for vendor in _FAMILIES.values() for key in vendor.public_keys}
    return tuple(name for name in secret_field_names(family) if name not in public)


class SecretNames(Collection):
    """A live view of secret key names, computed from the registered vendors (so a vendor
    registered later is covered) and cached until the next registration."""

    def __init__(self, compute: Callable[[], Iterable[str]], *, lower: bool = False):
        self._compute, self._lower = compute, lower
        self._cached: tuple[int, tuple[str, ...], frozenset[str]] | None = None

    def _names(self) -> tuple[tuple[str, ...], frozenset[str]]:
        if self._cached is None or self._cached[0] != _generation[0]:
            names = tuple(n.lower() if self._lower else n for n in self._compute())
            names = tuple(dict.fromkeys(names))
            self._cached = (_generation[0], names, frozenset(names))
        return self._cached[1], self._cached[2]

    def __contains__(self, name: object) -> bool:
        return name in self._names()[1]

    def __iter__(self) -> Iterator[str]:
        return iter(self._names()[0])

    def __len__(self) -> int:
        return len(self._names()[0])

    def __repr__(self) -> str:
        return f"SecretNames({self._names()[0]!r})"


def _attribute(where: str) -> Any:
    module, _, name = where.partition(":")
    return getattr(importlib.import_module(module), name)


_FAMILIES: dict[str, Vendor] = {}
_ACCOUNTS: dict[str, VendorEndpoint] = {SANDBOX.vendor: SANDBOX}
_FAMILY_OF_ACCOUNT: dict[str, str] = {}
_generation = [0]  # bumped by every (un)registration: the secret-name views recompute


def register(vendor: Vendor) -> Vendor:
    """Make a vendor known everywhere (the one registration a new vendor needs)."""
    if vendor.family in _FAMILIES or any(a.vendor in _ACCOUNTS for a in vendor.accounts):
        raise ValueError(f"vendor {vendor.family!r} or one of its accounts is already registered")
    _FAMILIES[vendor.family] = vendor
    for account in vendor.accounts:
        _ACCOUNTS[account.vendor] = account
        _FAMILY_OF_ACCOUNT[account.vendor] = vendor.family
    _generation[0] += 1
    return vendor


def unregister(family: str) -> None:
    """Forget a vendor (for tests that register one of their own)."""
    vendor = _FAMILIES.pop(family)
    for account in vendor.accounts:
        _ACCOUNTS.pop(account.vendor, None)
        _FAMILY_OF_ACCOUNT.pop(account.vendor, None)
    _generation[0] += 1


def families() -> tuple[str, ...]:
    """The API families, in the order they were registered (a preset's "vendor" values)."""
    return tuple(_FAMILIES)


def get(family: str) -> Vendor:
    """The vendor of an API family (KeyError for an unknown one)."""
    return _FAMILIES[family]


def all_vendors() -> tuple[Vendor, ...]:
    return tuple(_FAMILIES.values())


def account_kinds() -> tuple[str, ...]:
    """Every account vendor, the sandbox last (what a profile's "vendor" may be)."""
    return tuple(v for v in _ACCOUNTS if v != SANDBOX.vendor) + (SANDBOX.vendor,)


def account_vendors() -> tuple[str, ...]:
    """The vendors a person can open an account with (the sandbox comes with every install)."""
    return tuple(v for v in _ACCOUNTS if v != SANDBOX.vendor)


def endpoint_of(account_vendor: str) -> VendorEndpoint:
    """An account vendor's production endpoint (KeyError for an unknown one)."""
    return _ACCOUNTS[account_vendor]


def family_of(account_vendor: str) -> str:
    """The API family an account vendor speaks ("byteplus" speaks "volcengine"); the sandbox
    speaks them all and is its own name here."""
    return _FAMILY_OF_ACCOUNT.get(account_vendor, account_vendor)


def of_account(account_vendor: str) -> Vendor | None:
    """The vendor an account of `account_vendor` speaks (None for the sandbox)."""
    family = _FAMILY_OF_ACCOUNT.get(account_vendor)
    return None if family is None else _FAMILIES[family]


def key_fields(account_vendor: str) -> tuple[str, ...]:
    """The keyring entries an account of `account_vendor` may hold (none for the sandbox)."""
    if account_vendor == SANDBOX.vendor:
        return ()
    found = of_account(account_vendor)
    if found is None:
        raise KeyError(account_vendor)
    return found.key_fields


def every_key_field() -> tuple[str, ...]:
    """Every keyring entry some vendor's account may hold, each once (what Mixframe keeps)."""
    return tuple(dict.fromkeys(f for vendor in _FAMILIES.values() for f in vendor.key_fields))


def composes_streams(family: str) -> bool:
    """Whether the request lists its streams and places them (Volcengine), rather than the
    service composing whoever is in the room (QingCloud)."""
    return get(family).composes_streams


def names_task(family: str) -> bool:
    """Whether the caller names the task (Volcengine's TaskId), rather than the service (QingCloud)."""
    return get(family).task_key is not None


# -- the two vendors Mixframe ships with --------------------------------------------------------

register(Vendor(
    family="volcengine",
    model="mixframe.model.volcengine",
    id_keys=("AppId", "RoomId", "TaskId"),
    key_fields=keys.VOLC_FIELDS,
    optional_fields=keys.OPTIONAL_FIELDS,
    account_secrets=(keys.S3_ACCESS_KEY, keys.S3_SECRET_KEY),
    accounts=(VOLCENGINE, BYTEPLUS),
    driver="mixframe.drivers.volcengine:DRIVER",
    sandbox="mixframe.sandbox.volcengine:VolcengineService",
    curl="mixframe.api.curl:volcengine_curl",
    scene="mixframe.model.scene:volcengine_scene",
    composes_streams=True,
    public_keys=(keys.ACCESS_KEY,),
))

register(Vendor(
    family="qingcloud",
    model="mixframe.model.qingcloud",
    id_keys=("app_id", "channel"),
    key_fields=keys.QINGCLOUD_FIELDS,
    optional_fields=frozenset(),
    account_secrets=(keys.QY_SIGN_KEY,),
    accounts=(QINGCLOUD,),
    driver="mixframe.drivers.qingcloud:DRIVER",
    sandbox="mixframe.sandbox.qingcloud:QingCloudService",
    curl="mixframe.api.curl:qingcloud_curl",
    scene="mixframe.model.scene:qingcloud_scene",
    public_keys=(keys.QY_ACCESS_KEY_ID,),
))


# The secret key names, derived from the declarations above (and any vendor registered later):
# what a request's secrets are found under (any case), and what an answer masks whole.
SECRET_NAMES = SecretNames(secret_field_names)
SECRET_NAMES_LOWER = SecretNames(secret_field_names, lower=True)
ANSWER_SECRET_NAMES = SecretNames(answer_secret_names)


def answer_secrets_of(family: str) -> SecretNames:
    """The answer secret names of one vendor (its client masks them in what it reads)."""
    return SecretNames(lambda: answer_secret_names(family))
