"""Accounts in one place: the profiles file and each profile's keys in the OS keyring, kept consistent.

A rename copies the keys, then changes the file, then deletes the old keys; a removal takes the
keys with it (or leaves their removal to the journal when no keyring works now). Keys are written and cleared here, and only their state (set or
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
from mixframe.model.problems import QT_TRANSLATE_NOOP, Sentence, sentence
from mixframe.store import credentials as cr
from mixframe.store.profiles import (ACCOUNTS_CONTEXT, JOURNAL, SANDBOX_PROFILE, Profile, ProfileError, ProfileStore, delete_in,
                                     find, put, refused, rename_in)


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
    the keyring (default: the OS's).

    Each change holds the profiles file's lock from its first read to its last write, so changes
    from several processes never lose one another. Keyring work is ordered so that a process killed
    at any point loses no key: new keys are written, then the file, then old keys are deleted. What
    is left to do in the keyring (after a kill, or when no keyring is usable now) is recorded in
    the file's journal first and done by the next change, or listing, that finds a working keyring.
    `last_note` then says, in one sentence, what could not be done yet (None when all was done)."""

    def __init__(self, directory: Path | str | None = None, backend: KeyringBackend | None = None):
        self.profile_store = ProfileStore(directory)
        self.backend = backend
        self.last_note: Sentence | None = None

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
        self.tidy()
        return self.key_state_of(profile)

    def key_state_of(self, profile: Profile) -> dict[str, bool]:
        """key_state of a profile already read (listing many reads the file once, not once each)."""
        fields = key_fields(profile.vendor)
        return {field: cr.has_secret(profile.name, field, backend=self.backend) for field in fields}

    # -- the journal of keyring work still to do
    def tidy(self) -> bool:
        """Do the keyring work the journal holds (a kill or a missing keyring left it); True when
        none is left. Quiet: what cannot be done now (no keyring, a file that cannot be written)
        stays for the next time."""
        store = self.profile_store
        try:
            if not store.read().get(JOURNAL):
                return True
            with store.locked():
                data = store.read()
                before = len(data[JOURNAL])
                left = self._tidy(data)
                if len(data[JOURNAL]) != before:
                    store._write(data)
                return left
        except ProfileError:
            return False

    def _tidy(self, data: dict) -> bool:
        entries = list(data.get(JOURNAL) or [])
        done = 0
        for entry in entries:
            try:
                self._replay(entry)
            except cr.KeyringUnavailable:
                break
            done += 1
        data[JOURNAL] = entries[done:]
        return not data[JOURNAL]

    def _replay(self, entry) -> None:
        if not isinstance(entry, dict):
            return
        if isinstance(entry.get("forget"), str):
            fields = entry.get("fields")
            fields = [f for f in fields if f in vendors.every_key_field()] if isinstance(fields, list) else None
            cr.delete_secrets(entry["forget"], fields=fields, backend=self.backend)
        elif isinstance(entry.get("move"), str) and isinstance(entry.get("to"), str):
            # Done again after a kill, it must change nothing: with no key left under the old name
            # the move happened (or there was nothing to move).
            if any(cr.has_secret(entry["move"], field, backend=self.backend) for field in vendors.every_key_field()):
                cr.copy_secrets(entry["move"], entry["to"], backend=self.backend)
                cr.delete_secrets(entry["move"], backend=self.backend)

    def _usable(self) -> cr.KeyringUnavailable | None:
        """None when a keyring is usable, else the error saying why not."""
        try:
            cr.keyring_backend(self.backend)
        except cr.KeyringUnavailable as exc:
            return exc
        return None

    def _note(self, template: str, exc: BaseException | None, **params) -> Sentence:
        """`template` with {reason}: no keyring at all, or one that failed (never the long advice twice)."""
        if exc is None or getattr(exc, "msgid", "") == cr.UNAVAILABLE_SAID.msgid:
            reason = sentence(ACCOUNTS_CONTEXT, QT_TRANSLATE_NOOP("Accounts", "no usable keyring was found"))
        else:
            reason = sentence(ACCOUNTS_CONTEXT, QT_TRANSLATE_NOOP("Accounts", "the keyring failed; is it locked or stopped?"))
        self.last_note = sentence(ACCOUNTS_CONTEXT, template, reason=reason, **params)
        return self.last_note

    # -- changing
    def add(self, profile: Profile, keys: dict[str, str] | None = None, *, make_default: bool = False) -> Profile:
        """A new account, and its keys (empty values skipped). When writing a key fails, the file is
        not changed and no key stays behind."""
        self.last_note = None
        check_name(profile.name)
        if profile.is_sandbox:
            raise refused(QT_TRANSLATE_NOOP("Accounts", "The sandbox comes with Mixframe; an added account is Volcengine, BytePlus or QingCloud."))
        keys = {f: v for f, v in (keys or {}).items() if v}
        self._check_fields(profile, keys)
        store = self.profile_store
        with store.locked():
            data = store.read()
            if any(entry.get("name") == profile.name for entry in data.get("profiles", [])):
                raise refused(QT_TRANSLATE_NOOP("Accounts", "An account named {name} already exists."), name=repr(profile.name))
            working = self._usable() is None
            if keys and not working:
                cr.keyring_backend(self.backend)  # raises: keys need a keyring
            self._tidy(data)
            if keys and any(profile.name in _names_in(entry) for entry in data[JOURNAL]):
                # Work still waiting on this name (a removal, a move) would later take the new keys.
                store._write(data)
                raise cr.KeyringUnavailable.saying(sentence(ACCOUNTS_CONTEXT, QT_TRANSLATE_NOOP(
                    "Accounts", "The keyring has not finished earlier work on the name {name} (is it locked?), so no "
                                "key was stored."), name=repr(profile.name)))
            forget = {"forget": profile.name}  # keys an older removal left under this name are not inherited
            if not keys:
                if working:
                    try:
                        cr.delete_secrets(profile.name, backend=self.backend)
                    except cr.KeyringUnavailable:
                        pass  # without keys there is nothing to mix them with now
                put(data, profile, make_default=make_default)
                store._write(data)
                return profile
            data[JOURNAL].append(forget)
            store._write(data)  # a kill while the keys are written leaves them to be forgotten
            try:
                cr.delete_secrets(profile.name, backend=self.backend)
                for field, value in keys.items():
                    cr.set_secret(profile.name, field, value, backend=self.backend)
            except BaseException:
                if self._forget(profile.name):
                    data[JOURNAL].remove(forget)
                    store._write(data)
                raise
            data[JOURNAL].remove(forget)
            put(data, profile, make_default=make_default)
            store._write(data)
        return profile

    def update(self, profile: Profile) -> Profile:
        """Change an account's vendor, endpoint, region, AppId or label (its name stays: see rename).
        Keys a new vendor does not use are removed from the keyring; without a working keyring the
        change is saved, and their removal waits in the journal (`last_note` says so)."""
        self.last_note = None
        store = self.profile_store
        with store.locked():
            data = store.read()
            old = find(data, profile.name)
            if old.is_sandbox:
                raise refused(QT_TRANSLATE_NOOP("Accounts", "The Sandbox account is built in and cannot be changed."))
            if profile.is_sandbox:
                raise refused(QT_TRANSLATE_NOOP("Accounts", "An account cannot become the sandbox."))
            stale = [f for f in key_fields(old.vendor) if f not in key_fields(profile.vendor)]
            self._tidy(data)
            put(data, replace(profile, extra={**old.extra, **profile.extra}))
            if stale:
                entry = {"forget": profile.name, "fields": stale}
                data[JOURNAL].append(entry)
                store._write(data)  # the change first: a key the new vendor does not use is never used again
                try:
                    cr.delete_secrets(profile.name, fields=stale, backend=self.backend)
                except cr.KeyringUnavailable as exc:
                    self._note(QT_TRANSLATE_NOOP("Accounts", "The account was saved, but the keys its new vendor does not use "
                                                             "could not be removed from the keyring yet ({reason}); Mixframe "
                                                             "removes them when the keyring works again."), exc)
                    return find(data, profile.name)
                data[JOURNAL].remove(entry)
            store._write(data)
            return find(data, profile.name)

    def rename(self, old: str, new: str) -> Profile:
        """Rename an account and move its keys: the keys are copied under the new name, then the
        file changes, then the old keys are deleted. A keyring that fails on the way leaves the file
        and the keys as they were; without a usable keyring at all the rename is saved and the keys
        follow when the keyring works again (`last_note` says so)."""
        self.last_note = None
        store = self.profile_store
        with store.locked():
            data = store.read()
            profile = find(data, old)
            if profile.is_sandbox:
                raise refused(QT_TRANSLATE_NOOP("Accounts", "The Sandbox account is built in and cannot be renamed."))
            check_name(new)
            if new == old:
                return profile
            if any(entry.get("name") == new for entry in data.get("profiles", [])):
                raise refused(QT_TRANSLATE_NOOP("Accounts", "An account named {name} already exists."), name=repr(new))
            unusable = self._usable()
            if unusable is None:
                self._tidy(data)
            if unusable is not None or data[JOURNAL]:
                # The keys cannot move now (or earlier work waits): the move joins the journal, in order.
                renamed = rename_in(data, old, new)
                data[JOURNAL].append({"move": old, "to": new})
                store._write(data)
                self._note(QT_TRANSLATE_NOOP("Accounts", "The account was renamed, but its keys could not be moved in the "
                                                         "keyring yet ({reason}); Mixframe moves them when the keyring "
                                                         "works again."), unusable)
                return renamed
            forget_new = {"forget": new}
            data[JOURNAL].append(forget_new)
            store._write(data)  # 1. a kill while keys are copied leaves the copies to be forgotten
            try:
                cr.copy_secrets(old, new, backend=self.backend)  # 2. every field: orphans under `new` go too
            except BaseException:
                if self._forget(new):
                    data[JOURNAL].remove(forget_new)
                    store._write(data)
                raise
            renamed = rename_in(data, old, new)
            data[JOURNAL].remove(forget_new)
            forget_old = {"forget": old}
            data[JOURNAL].append(forget_old)
            try:
                store._write(data)  # 3. the file names the new account; the old keys are left to forget
            except BaseException:
                data = store.read()  # as it is on disk: the old name, and the copies to forget
                if self._forget(new) and forget_new in data[JOURNAL]:
                    data[JOURNAL].remove(forget_new)
                    try:
                        store._write(data)
                    except ProfileError:
                        pass  # the journal still names the copies; the first failure is the one to report
                raise
            try:
                cr.delete_secrets(old, backend=self.backend)  # 4.
            except cr.KeyringUnavailable:
                return renamed  # the journal keeps the old keys' removal for the next change
            data[JOURNAL].remove(forget_old)
            store._write(data)  # 5.
            return renamed

    def remove(self, name: str) -> Sentence | None:
        """Remove an account and its keys. The account always goes; keys the keyring cannot remove
        now (none usable, or it failed) are recorded in the journal and go the next time it works.
        Returns (and keeps in `last_note`) the sentence saying what failed, or None."""
        self.last_note = None
        store = self.profile_store
        with store.locked():
            data = store.read()
            profile = find(data, name)
            if profile.is_sandbox:
                raise refused(QT_TRANSLATE_NOOP("Accounts", "The Sandbox account is built in and cannot be removed."))
            unusable = self._usable()
            if unusable is None:
                self._tidy(data)
            delete_in(data, name)
            entry = {"forget": name}
            data[JOURNAL].append(entry)
            store._write(data)
            try:
                if unusable is not None:
                    raise unusable
                if len(data[JOURNAL]) > 1:  # earlier work waits (the keyring failed it): keep the order
                    raise cr.KeyringUnavailable("earlier keyring work waits")
                cr.delete_secrets(name, backend=self.backend)
            except cr.KeyringUnavailable as exc:
                return self._note(QT_TRANSLATE_NOOP("Accounts", "The account was removed, but its keys could not be removed "
                                                                "from the keyring yet ({reason}); Mixframe removes them when "
                                                                "the keyring works again."), exc)
            data[JOURNAL].remove(entry)
            store._write(data)
        return None

    def set_key(self, name: str, field: str, value: str) -> None:
        """Store one key of the account in the keyring; an empty value clears it."""
        self.last_note = None
        profile = self.get(name)
        self._check_fields(profile, {field: value})
        cr.keyring_backend(self.backend)
        store = self.profile_store
        with store.locked():
            data = store.read()
            if data.get(JOURNAL):  # a waiting removal must not take this key later: it is done first
                left = self._tidy(data)
                store._write(data)
                if not left:
                    raise cr.KeyringUnavailable.saying(cr.UNAVAILABLE_SAID)
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

    def _forget(self, name: str) -> bool:
        """Remove every key under `name`, best effort; True when it worked."""
        try:
            cr.delete_secrets(name, backend=self.backend)
        except Exception:  # noqa: BLE001 - the first failure is the one to report
            return False
        return True


def _names_in(entry) -> tuple:
    """The account names a journal entry touches."""
    if not isinstance(entry, dict):
        return ()
    return tuple(entry[k] for k in ("forget", "move", "to") if isinstance(entry.get(k), str))


__all__ = ["AccountStore", "SANDBOX_PROFILE", "check_name", "key_fields"]
