"""Account keys: in the OS keyring under the service name "mixframe", and nowhere else.

When no usable keyring backend exists, `KeyringUnavailable` says so in one sentence. There is
deliberately no plaintext fallback. Keys can also come from the environment, as the vendors'
SDKs read them (and QingCloud's sign_key from QY_SIGN_KEY).
"""

from __future__ import annotations

import os
from typing import Mapping

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

# One keyring entry per (profile, field); the entry's user name is "<profile>/<field>".
from mixframe.model.credentials import (  # noqa: F401 (the model's names, public here too)
    ACCESS_KEY,
    QingCloudCredentials,
    QY_ACCESS_KEY_ID,
    QY_SECRET_ACCESS_KEY,
    QY_SIGN_KEY,
    S3_ACCESS_KEY,
    S3_SECRET_KEY,
    SECRET_KEY,
    SESSION_TOKEN,
    VolcCredentials,
)
from mixframe.model import sandbox_keys, vendors
from mixframe.model.problems import QT_TRANSLATE_NOOP, Explained, Sentence, sentence
from mixframe.store import late
from mixframe.store.profiles import Profile

SERVICE = "mixframe"

ENV_VOLC_ACCESS_KEY = "VOLC_ACCESSKEY"
ENV_VOLC_SECRET_KEY = "VOLC_SECRETKEY"
ENV_VOLC_SESSION_TOKEN = "VOLC_SESSION_TOKEN"
ENV_QY_ACCESS_KEY_ID = "QY_ACCESS_KEY_ID"
ENV_QY_SECRET_ACCESS_KEY = "QY_SECRET_ACCESS_KEY"
ENV_QY_SIGN_KEY = "QY_SIGN_KEY"
# The sandbox checks no sign_key; this stand-in opens nothing.
SANDBOX_SIGN_KEY = "sandbox-sign-key"


# The translation context of the sentences about keys and the keyring.
CREDENTIALS_CONTEXT = "Credentials"


def _said(template: str, /, **params: str | Sentence) -> Sentence:
    return sentence(CREDENTIALS_CONTEXT, template, **params)


class KeyringUnavailable(Explained, Exception):
    """No usable OS keyring: keys cannot be stored or read. One sentence, no fallback."""


class CredentialsMissing(Explained, Exception):
    """The keys a call needs are not set. The message is one sentence either face can show (the
    window has no options to name); `profile` and `fields` let the command line add its hint."""

    def __init__(self, message, *, profile: str | None = None, fields: tuple[str, ...] = ()):
        if isinstance(message, CredentialsMissing):  # wrapping one keeps what it knows
            self.said = message.said
            profile, fields, message = message.profile, message.fields, str(message)
        super().__init__(message)
        self.profile = profile
        self.fields = tuple(fields)


def keys_missing(profile: str, fields: tuple[str, ...] | list[str]) -> CredentialsMissing:
    """The account `profile` lacks the keyring entries `fields` (never a value in the sentence)."""
    names = "/".join(fields)
    if len(fields) == 1:
        said = _said(QT_TRANSLATE_NOOP("Credentials", "Account {account} has no {names} in the keyring; set it in "
                                                      "Accounts…"), account=repr(profile), names=names)
    else:
        said = _said(QT_TRANSLATE_NOOP("Credentials", "Account {account} has no {names} in the keyring; set them in "
                                                      "Accounts…"), account=repr(profile), names=names)
    return CredentialsMissing.saying(said, profile=profile, fields=tuple(fields))


def keyring_entry(profile: str, field: str) -> str:
    """The keyring entry's user name for (profile, field), under the service SERVICE."""
    return _user(profile, field)


def _usable(backend: KeyringBackend) -> bool:
    if isinstance(backend, late.keyring_fail.Keyring):
        return False
    if isinstance(backend, late.keyring_chainer.ChainerBackend):
        return any(_usable(b) for b in backend.backends)
    try:
        if isinstance(backend, late.keyring_null.Keyring):
            return False
    except ImportError:  # pragma: no cover - older keyring
        pass
    return True


UNAVAILABLE_SAID = _said(QT_TRANSLATE_NOOP(
    "Credentials",
    "No usable keyring was found to keep account keys (Mixframe never writes them to a file): "
    "start a Secret Service such as GNOME Keyring or KWallet, or use the environment variables "
    "VOLC_ACCESSKEY/VOLC_SECRETKEY or QY_ACCESS_KEY_ID/QY_SECRET_ACCESS_KEY/QY_SIGN_KEY."))
UNAVAILABLE = UNAVAILABLE_SAID.english


def keyring_backend(backend: KeyringBackend | None = None) -> KeyringBackend:
    chosen = backend if backend is not None else keyring.get_keyring()
    if not _usable(chosen):
        raise KeyringUnavailable.saying(UNAVAILABLE_SAID)
    return chosen


def _user(profile: str, field: str) -> str:
    if field not in vendors.every_key_field():
        raise ValueError(f"{field!r} is not a key Mixframe keeps")
    return f"{profile}/{field}"


def _guard(what: Sentence):
    """Translate a keyring backend's failure into one sentence (never with a value in it)."""

    class _Ctx:
        def __enter__(self):
            return self

        def __exit__(self, exc_type, exc, tb):
            if exc_type is None or issubclass(exc_type, (KeyringUnavailable, ValueError)):
                return False
            if issubclass(exc_type, (keyring.errors.KeyringError, OSError, RuntimeError)) or exc_type.__module__.startswith(("secretstorage", "jeepney", "dbus")):
                raise KeyringUnavailable.saying(_said(QT_TRANSLATE_NOOP(
                    "Credentials", "The keyring could not {what} ({error}); is it locked or stopped?"),
                    what=what, error=exc_type.__name__)) from None
            return False

    return _Ctx()


def set_secret(profile: str, field: str, value: str, *, backend: KeyringBackend | None = None) -> None:
    user = _user(profile, field)
    kr = keyring_backend(backend)
    with _guard(_said(QT_TRANSLATE_NOOP("Credentials", "store a key"))):
        if value:
            kr.set_password(SERVICE, user, value)
        else:
            _delete(kr, user)


def get_secret(profile: str, field: str, *, backend: KeyringBackend | None = None) -> str | None:
    user = _user(profile, field)
    kr = keyring_backend(backend)
    with _guard(_said(QT_TRANSLATE_NOOP("Credentials", "read a key"))):
        return kr.get_password(SERVICE, user) or None


def _delete(kr: KeyringBackend, user: str) -> None:
    try:
        kr.delete_password(SERVICE, user)
    except keyring.errors.PasswordDeleteError:
        pass


def delete_secrets(profile: str, *, fields: tuple[str, ...] | list[str] | None = None,
                   backend: KeyringBackend | None = None) -> None:
    """Remove the profile's keys (all that Mixframe keeps, or `fields`); a key not there is fine."""
    kr = keyring_backend(backend)
    with _guard(_said(QT_TRANSLATE_NOOP("Credentials", "delete a key"))):
        for field in vendors.every_key_field() if fields is None else fields:
            _delete(kr, _user(profile, field))


def move_secrets(old: str, new: str, *, fields: tuple[str, ...] | list[str] | None = None,
                 backend: KeyringBackend | None = None) -> None:
    """Follow a profile rename: the keys under `old` end under `new`, and nothing else does.

    All keys are read first and written under the new name before any old one goes; when the
    keyring fails on the way, what was written under the new name is taken back (best effort) and
    KeyringUnavailable says so, with the keys still under the old name."""
    kr = keyring_backend(backend)
    fields = vendors.every_key_field() if fields is None else tuple(fields)
    with _guard(_said(QT_TRANSLATE_NOOP("Credentials", "move a key"))):
        values = {field: kr.get_password(SERVICE, _user(old, field)) for field in fields}
        previous = {field: kr.get_password(SERVICE, _user(new, field)) for field in fields}
    try:
        with _guard(_said(QT_TRANSLATE_NOOP("Credentials", "move a key"))):
            for field, value in values.items():
                if value:
                    kr.set_password(SERVICE, _user(new, field), value)
                else:
                    _delete(kr, _user(new, field))  # an orphan under the new name must not join
    except KeyringUnavailable:
        try:
            for field in fields:
                if previous[field]:
                    kr.set_password(SERVICE, _user(new, field), previous[field])
                else:
                    _delete(kr, _user(new, field))
        except Exception:  # noqa: BLE001 - the first failure is the one to report
            pass
        raise
    with _guard(_said(QT_TRANSLATE_NOOP("Credentials", "move a key"))):
        for field, value in values.items():
            if value:
                _delete(kr, _user(old, field))


def copy_secrets(old: str, new: str, *, fields: tuple[str, ...] | list[str] | None = None,
                 backend: KeyringBackend | None = None) -> None:
    """The keys under `old` written under `new` too (the first step of a rename): a field `old`
    lacks is deleted under `new`, so no orphan joins. Nothing under `old` changes."""
    kr = keyring_backend(backend)
    fields = vendors.every_key_field() if fields is None else tuple(fields)
    with _guard(_said(QT_TRANSLATE_NOOP("Credentials", "move a key"))):
        values = {field: kr.get_password(SERVICE, _user(old, field)) for field in fields}
        for field, value in values.items():
            if value:
                kr.set_password(SERVICE, _user(new, field), value)
            else:
                _delete(kr, _user(new, field))


def has_secret(profile: str, field: str, *, backend: KeyringBackend | None = None) -> bool:
    return get_secret(profile, field, backend=backend) is not None


# -- what a call needs ------------------------------------------------------------------------


def _both(missing: str, first: str, second: str) -> Sentence:
    return _said(QT_TRANSLATE_NOOP("Credentials", "{missing} is not set; set both {first} and {second}."),
                 missing=missing, first=first, second=second)


def _no_keys(first: str, second: str) -> Sentence:
    return _said(QT_TRANSLATE_NOOP("Credentials", "No keys: choose an account, or set {first} and {second}."),
                 first=first, second=second)


def volc_from_env(env: Mapping[str, str] | None = None) -> VolcCredentials | None:
    env = os.environ if env is None else env
    ak, sk = env.get(ENV_VOLC_ACCESS_KEY, ""), env.get(ENV_VOLC_SECRET_KEY, "")
    if not ak and not sk:
        return None
    if not ak or not sk:
        missing = ENV_VOLC_ACCESS_KEY if not ak else ENV_VOLC_SECRET_KEY
        raise CredentialsMissing.saying(_both(missing, ENV_VOLC_ACCESS_KEY, ENV_VOLC_SECRET_KEY))
    return VolcCredentials(ak, sk, env.get(ENV_VOLC_SESSION_TOKEN, ""))


def qingcloud_from_env(env: Mapping[str, str] | None = None) -> QingCloudCredentials | None:
    env = os.environ if env is None else env
    key_id, secret = env.get(ENV_QY_ACCESS_KEY_ID, ""), env.get(ENV_QY_SECRET_ACCESS_KEY, "")
    if not key_id and not secret:
        return None
    if not key_id or not secret:
        missing = ENV_QY_ACCESS_KEY_ID if not key_id else ENV_QY_SECRET_ACCESS_KEY
        raise CredentialsMissing.saying(_both(missing, ENV_QY_ACCESS_KEY_ID, ENV_QY_SECRET_ACCESS_KEY))
    return QingCloudCredentials(key_id, secret)


def volc_credentials(profile: Profile | None = None, *, env: Mapping[str, str] | None = None,
                     backend: KeyringBackend | None = None) -> VolcCredentials:
    """The keys for a Volcengine/BytePlus call: the profile's (keyring), else the environment's."""
    if profile is not None:
        if profile.is_sandbox:
            return VolcCredentials(sandbox_keys.VOLC_ACCESS_KEY, sandbox_keys.VOLC_SECRET_KEY)
        ak = get_secret(profile.name, ACCESS_KEY, backend=backend)
        sk = get_secret(profile.name, SECRET_KEY, backend=backend)
        if not ak or not sk:
            raise keys_missing(profile.name, [f for f, v in ((ACCESS_KEY, ak), (SECRET_KEY, sk)) if not v])
        return VolcCredentials(ak, sk, get_secret(profile.name, SESSION_TOKEN, backend=backend) or "")
    found = volc_from_env(env)
    if found is None:
        raise CredentialsMissing.saying(_no_keys(ENV_VOLC_ACCESS_KEY, ENV_VOLC_SECRET_KEY))
    return found


def qingcloud_credentials(profile: Profile | None = None, *, env: Mapping[str, str] | None = None,
                          backend: KeyringBackend | None = None) -> QingCloudCredentials:
    if profile is not None:
        if profile.is_sandbox:
            return QingCloudCredentials(sandbox_keys.QINGCLOUD_ACCESS_KEY_ID, sandbox_keys.QINGCLOUD_SECRET_ACCESS_KEY)
        key_id = get_secret(profile.name, QY_ACCESS_KEY_ID, backend=backend)
        secret = get_secret(profile.name, QY_SECRET_ACCESS_KEY, backend=backend)
        if not key_id or not secret:
            raise keys_missing(profile.name, [f for f, v in ((QY_ACCESS_KEY_ID, key_id), (QY_SECRET_ACCESS_KEY, secret))
                                              if not v])
        return QingCloudCredentials(key_id, secret)
    found = qingcloud_from_env(env)
    if found is None:
        raise CredentialsMissing.saying(_no_keys(ENV_QY_ACCESS_KEY_ID, ENV_QY_SECRET_ACCESS_KEY))
    return found


def qingcloud_sign_key(profile: Profile | None = None, *, env: Mapping[str, str] | None = None,
                       backend: KeyringBackend | None = None) -> str | None:
    """The QingCloud project's sign_key for a start call, which a preset never holds: the profile's
    keyring entry, or without a profile the environment's QY_SIGN_KEY. None when not set."""
    if profile is not None:
        if profile.is_sandbox:
            return SANDBOX_SIGN_KEY
        return get_secret(profile.name, QY_SIGN_KEY, backend=backend)
    env = os.environ if env is None else env
    return env.get(ENV_QY_SIGN_KEY) or None


def sign_key_missing(profile: Profile | None) -> CredentialsMissing:
    """The sign_key a QingCloud start lacks, and where to set it, in one sentence."""
    if profile is not None:
        return keys_missing(profile.name, [QY_SIGN_KEY])
    return CredentialsMissing.saying(_said(QT_TRANSLATE_NOOP("Credentials", "A QingCloud start needs the project's "
                                                                            "sign_key: set {variable}, or choose an "
                                                                            "account that keeps it."),
                                           variable=ENV_QY_SIGN_KEY), fields=(QY_SIGN_KEY,))


def storage_secrets(profile: Profile, *, backend: KeyringBackend | None = None) -> dict[str, str]:
    """CustomConfig AccessKey/SecretKey kept for this profile, to put into a StartRecord body."""
    if profile.is_sandbox:
        return {}
    out = {}
    for field, key in ((S3_ACCESS_KEY, "AccessKey"), (S3_SECRET_KEY, "SecretKey")):
        value = get_secret(profile.name, field, backend=backend)
        if value:
            out[key] = value
    return out
