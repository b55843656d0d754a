"""Accounts in one place: the profiles file and each profile's keys in the OS keyring, kept consistent.

A rename moves the keys before the file changes (a keyring that fails leaves the file as it was);
a removal takes the keys with it. Keys are written and cleared here, and only their state (set or
not set) ever comes back out: reading a key for a call is store/credentials.py's job. The Sandbox
profile comes with every install, needs no keys, and can be neither removed nor renamed.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from pathlib import Path

from keyring.backend import KeyringBackend

from mixframe.model import endpoints
from mixframe.model import vendors
from mixframe.model.problems import QT_TRANSLATE_NOOP
from mixframe.store import credentials as cr
from mixframe.store.profiles import SANDBOX_PROFILE, Profile, ProfileStore, refused


def key_fields(vendor: str) -> tuple[str, ...]:
    """The keyring fields that apply to an account of `vendor` (none for the sandbox)."""
    endpoints.default_for(vendor)  # an unknown vendor is a ValueError, not an empty tuple
    return vendors.key_fields(vendor)


def check_name(name: str) -> str:
    """A profile name people can type and read back: not empty, no surrounding spaces, no control characters."""
    if not isinstance(name, str) or not name.strip():
        raise refused(QT_TRANSLATE_NOOP("Accounts", "An account needs a name."))
    if name != name.strip():
        raise refused(QT_TRANSLATE_NOOP("Accounts", "The account name {name} starts or ends with a space."), name=repr(name))
    if any(unicodedata.category(ch).startswith("C") for ch in name):
        raise refused(QT_TRANSLATE_NOOP("Accounts", "The account name {name} holds a control character."), name=repr(name))
    return name


class AccountStore:
    """The user's accounts: `directory` holds profiles.json (default: config_dir()); `backend` is
    the keyring (default: the OS's)."""

    def __init__(self, directory: Path | str | None = None, backend: KeyringBackend | None = None):
        self.profile_store = ProfileStore(directory)
        self.backend = backend

    @property
    def path(self) -> Path:
        return self.profile_store.path

    # -- reading
    def profiles(self) -> list[Profile]:
        return self.profile_store.profiles()

    def names(self) -> list[str]:
        return self.profile_store.names()

    def get(self, name: str) -> Profile:
        return self.profile_store.get(name)

    def default(self) -> Profile | None:
        return self.profile_store.default()

    def key_state(self, name: str) -> dict[str, bool]:
        """Which of the account's keys are set in the keyring: field -> True/False, never a value.

        Raises KeyringUnavailable when there is no usable keyring (the sandbox needs none)."""
        profile = self.get(name)
        fields = key_fields(profile.vendor)
        return {field: cr.has_secret(profile.name, field, backend=self.backend) for field in fields}

    # -- changing
    def add(self, profile: Profile, keys: dict[str, str] | None = None, *, make_default: bool = False) -> Profile:
        """A new account, and its keys (empty values skipped). Keys go to the keyring first: when it
        fails, the file is not changed and no key stays behind."""
        check_name(profile.name)
        if profile.is_sandbox:
            raise refused(QT_TRANSLATE_NOOP("Accounts", "The sandbox comes with Mixframe; an added account is Volcengine, BytePlus or QingCloud."))
        if profile.name in self.names():
            raise refused(QT_TRANSLATE_NOOP("Accounts", "An account named {name} already exists."), name=repr(profile.name))
        keys = {f: v for f, v in (keys or {}).items() if v}
        self._check_fields(profile, keys)
        self._clear_orphans(profile.name, must=bool(keys))
        written: list[str] = []
        try:
            for field, value in keys.items():
                cr.set_secret(profile.name, field, value, backend=self.backend)
                written.append(field)
            self.profile_store.save(profile, make_default=make_default)
        except BaseException:
            self._forget(profile.name, written)
            raise
        return profile

    def update(self, profile: Profile) -> Profile:
        """Change an account's vendor, endpoint, region, AppId or label (its name stays: see rename).
        Keys a new vendor does not use are removed from the keyring."""
        old = self.get(profile.name)
        if old.is_sandbox:
            raise refused(QT_TRANSLATE_NOOP("Accounts", "The Sandbox account is built in and cannot be changed."))
        if profile.is_sandbox:
            raise refused(QT_TRANSLATE_NOOP("Accounts", "An account cannot become the sandbox."))
        stale = [f for f in key_fields(old.vendor) if f not in key_fields(profile.vendor)]
        if stale:
            cr.delete_secrets(profile.name, fields=stale, backend=self.backend)
        self.profile_store.save(replace(profile, extra={**old.extra, **profile.extra}))
        return self.get(profile.name)

    def rename(self, old: str, new: str) -> Profile:
        """Rename an account and move its keys. The keys move first: if the keyring fails, the keys
        are put back where they were and the file is not changed."""
        profile = self.get(old)
        if profile.is_sandbox:
            raise refused(QT_TRANSLATE_NOOP("Accounts", "The Sandbox account is built in and cannot be renamed."))
        check_name(new)
        if new == old:
            return profile
        if new in self.names():
            raise refused(QT_TRANSLATE_NOOP("Accounts", "An account named {name} already exists."), name=repr(new))
        cr.move_secrets(old, new, backend=self.backend)  # every field: orphans under `new` go too
        try:
            return self.profile_store.rename(old, new)
        except BaseException:
            cr.move_secrets(new, old, backend=self.backend)
            raise

    def remove(self, name: str) -> None:
        """Remove an account and its keys. The keys go first, so a keyring that fails leaves the
        account in place (with whatever keys it could not remove) instead of orphaned keys."""
        profile = self.get(name)
        if profile.is_sandbox:
            raise refused(QT_TRANSLATE_NOOP("Accounts", "The Sandbox account is built in and cannot be removed."))
        cr.delete_secrets(name, backend=self.backend)
        self.profile_store.delete(name)

    def set_key(self, name: str, field: str, value: str) -> None:
        """Store one key of the account in the keyring; an empty value clears it."""
        profile = self.get(name)
        self._check_fields(profile, {field: value})
        cr.set_secret(profile.name, field, value, backend=self.backend)

    def clear_key(self, name: str, field: str) -> None:
        self.set_key(name, field, "")

    def set_default(self, name: str) -> None:
        self.profile_store.set_default(name)

    # -- inside
    @staticmethod
    def _check_fields(profile: Profile, keys: dict[str, str]) -> None:
        allowed = key_fields(profile.vendor)
        for field in keys:
            if profile.is_sandbox:
                raise refused(QT_TRANSLATE_NOOP("Accounts", "The Sandbox account needs no keys; its own open only the local emulator."))
            if field not in allowed:
                raise refused(QT_TRANSLATE_NOOP("Accounts", "{field} is not a key of a {vendor} account; its keys are {keys}."),
                               field=repr(field), vendor=profile.vendor, keys=", ".join(allowed))

    def _clear_orphans(self, name: str, *, must: bool) -> None:
        """Keys under a name no account has were left by an older Mixframe's removal: a new account
        of that name must not inherit them. Without a keyring there is nothing to inherit now; the
        error counts only when keys are to be written."""
        try:
            cr.delete_secrets(name, backend=self.backend)
        except cr.KeyringUnavailable:
            if must:
                raise

    def _forget(self, name: str, fields: list[str]) -> None:
        if not fields:
            return
        try:
            cr.delete_secrets(name, fields=fields, backend=self.backend)
        except cr.KeyringUnavailable:
            pass  # the first failure is the one to report


__all__ = ["AccountStore", "SANDBOX_PROFILE", "check_name", "key_fields"]
