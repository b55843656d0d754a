"""Account profiles: vendor, endpoint, region and AppId, kept in a JSON settings file.

Keys never live here; they go to the OS keyring (store/credentials.py), and store/accounts.py
keeps the two consistent. The file is written atomically, so a crash leaves the old settings or
the new ones. It carries a schema version: an older file is migrated as it is read (`MIGRATIONS`);
a file of a newer Mixframe is read, and what this one does not know (fields, its version) is
written back as it was.
"""

from __future__ import annotations

import copy
import errno
import os
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Callable

from mixframe.model import endpoints, sandbox_keys
from mixframe.model.problems import QT_TRANSLATE_NOOP, Explained, Sentence, sentence
from mixframe.store import files, late

SETTINGS_VERSION = 2
PROFILES_FILE = "profiles.json"
CONFIG_DIR_ENV = "MIXFRAME_CONFIG_DIR"
SANDBOX_PROFILE = "Sandbox"


KNOWN_FIELDS = ("name", "vendor", "endpoint", "region", "app_id", "label")


class ProfileError(Explained, ValueError):
    """A profile that cannot be used or saved; the message is one sentence."""


# The translation context of the sentences about accounts (profiles).
ACCOUNTS_CONTEXT = "Accounts"


def refused(template: str, /, **params: str | Sentence) -> ProfileError:
    """A ProfileError whose sentence is `template` (marked under "Accounts") filled with `params`."""
    return ProfileError.saying(sentence(ACCOUNTS_CONTEXT, template, **params))


@dataclass(frozen=True)
class Profile:
    name: str
    vendor: str
    endpoint: str = ""
    region: str = ""
    app_id: str = ""
    label: str = ""
    extra: dict = field(default_factory=dict, compare=False)  # fields of newer versions, kept as they are

    def __post_init__(self):
        if not self.name or not self.name.strip():
            raise refused(QT_TRANSLATE_NOOP("Accounts", "A profile needs a name."))
        if self.vendor not in endpoints.vendors():
            raise refused(QT_TRANSLATE_NOOP("Accounts", "Profile {name}: vendor must be one of {vendors}, not {vendor}."),
                          name=repr(self.name), vendors=", ".join(endpoints.vendors()), vendor=repr(self.vendor))
        default = endpoints.default_for(self.vendor)
        if not self.endpoint:
            object.__setattr__(self, "endpoint", default.url)
        if not self.region:
            object.__setattr__(self, "region", default.region)

    @property
    def is_sandbox(self) -> bool:
        return self.vendor == "sandbox"

    @property
    def service(self) -> str:
        """Which API family the profile talks (BytePlus talks Volcengine's); the sandbox talks them all."""
        return endpoints.family_of(self.vendor)

    def to_json(self) -> dict:
        """The file's entry (version 2): endpoint and region only where they differ from the vendor's
        default, so a default that changes reaches every profile that never chose its own."""
        data = {k: v for k, v in asdict(self).items() if k != "extra"}
        default = endpoints.default_for(self.vendor)
        for key, value in (("endpoint", default.url), ("region", default.region), ("label", "")):
            if data[key] == value:
                del data[key]
        return {**self.extra, **data}

    @classmethod
    def from_json(cls, data: dict) -> "Profile":
        if not isinstance(data, dict):
            raise refused(QT_TRANSLATE_NOOP("Accounts", "A profile entry in the settings file is not an object."))
        values = {k: str(data.get(k, "") or "") for k in KNOWN_FIELDS}
        return cls(**values, extra={k: v for k, v in data.items() if k not in KNOWN_FIELDS})


def sandbox_profile() -> Profile:
    return Profile(SANDBOX_PROFILE, "sandbox", endpoints.SANDBOX.url, endpoints.SANDBOX.region,
                   sandbox_keys.APP_ID, label=endpoints.SANDBOX.label)


# -- the file's versions --------------------------------------------------------------------------


def _v1_to_v2(data: dict) -> dict:
    """Version 1 wrote every default endpoint and region out; version 2 keeps only chosen ones."""
    entries = []
    for entry in data.get("profiles", []):
        if isinstance(entry, dict) and entry.get("vendor") in endpoints.vendors():
            default = endpoints.default_for(entry["vendor"])
            entry = dict(entry)
            for key, value in (("endpoint", default.url), ("region", default.region)):
                if entry.get(key) == value:
                    entry.pop(key)
        entries.append(entry)
    return {**data, "profiles": entries, "version": 2}


# (from_version, step turning a file of that version into the next one), in order, as napari's
# settings migrations are kept.
Migration = Callable[[dict], dict]
MIGRATIONS: list[tuple[int, Migration]] = [(1, _v1_to_v2)]


def file_version(data: dict) -> int:
    version = data.get("version", 1)  # the first files may lack it
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise refused(QT_TRANSLATE_NOOP("Accounts", 'The profiles file has no valid version ("version" should be a whole number from 1).'))
    return version


def migrate(data: dict) -> dict:
    """`data` brought up to SETTINGS_VERSION; a newer file is returned as it is."""
    data = copy.deepcopy(data)
    version = file_version(data)
    for start, step in MIGRATIONS:
        if start == version and version < SETTINGS_VERSION:
            data = step(data)
            version = file_version(data)
    if version < SETTINGS_VERSION:
        raise refused(QT_TRANSLATE_NOOP("Accounts", "The profiles file uses version {version}, which cannot be upgraded."), version=version)
    return data


def config_dir() -> Path:
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override)
    return Path(late.platformdirs.user_config_dir("mixframe", appauthor=False))


MAX_FILE_BYTES = 16 * 1024 * 1024  # some 100,000 accounts; a bigger file is not ours
MAX_DEPTH = 32  # the file nests 3 levels; fields a newer Mixframe adds get room, not 100,000 levels
# Why a profiles file cannot be used (files.Unreadable's kinds), in words a reader's language has.
UNREADABLE = {
    "folder": QT_TRANSLATE_NOOP("Accounts", "it is a folder"),
    "special": QT_TRANSLATE_NOOP("Accounts", "it is not a regular file"),
    "huge": QT_TRANSLATE_NOOP("Accounts", "it is larger than {size} MB"),
    "not-utf8": QT_TRANSLATE_NOOP("Accounts", "it is not UTF-8 text"),
    "not-json": QT_TRANSLATE_NOOP("Accounts", "it is not JSON"),
    "deep": QT_TRANSLATE_NOOP("Accounts", "it is nested too deeply"),
}
JOURNAL = "pending_keys"  # keyring work a crash or a missing keyring left to do (see AccountStore)


def _reason(exc: OSError) -> str | Sentence:
    """The system's reason for a failed file operation, as it gives it, lower-case without a stop."""
    if isinstance(exc, files.Busy):
        return sentence(ACCOUNTS_CONTEXT, QT_TRANSLATE_NOOP("Accounts", "another Mixframe is changing it right now"))
    said = exc.strerror or (exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else type(exc).__name__)
    return said.rstrip(".").lower()


class ProfileStore:
    """The profiles file alone. It never touches the keyring: store/accounts.py's AccountStore
    renames and removes a profile together with its keys, and is what the faces use.

    Every change is a read-modify-write under a cross-process lock (profiles.json.lock beside the
    file), so two processes changing accounts at once both land. Each call reads the file once."""

    def __init__(self, directory: Path | str | None = None):
        self.directory = Path(directory) if directory is not None else config_dir()
        self.path = self.directory / PROFILES_FILE
        self.lock_path = self.directory / (PROFILES_FILE + ".lock")

    # -- the file
    def _read(self) -> dict:
        try:
            data = files.read_json_file(self.path, max_bytes=MAX_FILE_BYTES, max_depth=MAX_DEPTH)
        except (FileNotFoundError, NotADirectoryError):
            # First run: the sandbox is there so one click works without an account.
            return {"version": SETTINGS_VERSION, "default": SANDBOX_PROFILE, "profiles": [sandbox_profile().to_json()],
                    JOURNAL: []}
        except files.Unreadable as exc:
            raise refused(QT_TRANSLATE_NOOP("Accounts", "The profiles file {path} cannot be read: {error}."), path=str(self.path),
                          error=sentence(ACCOUNTS_CONTEXT, UNREADABLE[exc.kind], size=exc.size)) from None
        except OSError as exc:
            raise refused(QT_TRANSLATE_NOOP("Accounts", "The profiles file {path} cannot be read: {error}."), path=str(self.path),
                          error=_reason(exc)) from None
        if (not isinstance(data, dict) or not isinstance(data.get("profiles", []), list)
                or not isinstance(data.get("default", ""), (str, type(None)))):
            raise refused(QT_TRANSLATE_NOOP("Accounts", "The profiles file {path} is not a Mixframe settings file."), path=str(self.path))
        try:
            data = migrate(data)
            for entry in data.get("profiles", []):
                Profile.from_json(entry)  # every entry is checked once here, so no change meets a bad one
        except ProfileError as exc:
            raise refused(QT_TRANSLATE_NOOP("Accounts", "{sentence} ({path})"), sentence=exc.said or str(exc), path=str(self.path)) from None
        if not isinstance(data.get(JOURNAL), list):
            data[JOURNAL] = []
        return data

    def _write(self, data: dict) -> None:
        # A newer file keeps its version: what this Mixframe does not know stays as it was.
        data["version"] = max(file_version(data), SETTINGS_VERSION)
        if not data.get(JOURNAL):
            data.pop(JOURNAL, None)
        try:
            files.atomic_write_json(self.path, data)
        except OSError as exc:
            raise self.unwritable(exc) from None

    def unwritable(self, exc: OSError) -> ProfileError:
        # A file where the folder should be: mkdir says "file exists", which names the wrong thing.
        reason = os.strerror(errno.ENOTDIR).lower() if isinstance(exc, (FileExistsError, NotADirectoryError)) else _reason(exc)
        return refused(QT_TRANSLATE_NOOP("Accounts", "The profiles file {path} cannot be written: {error}."),
                       path=str(self.path), error=reason)

    @contextmanager
    def locked(self):
        """Hold the lock of the profiles file: one changing process at a time (re-entrant)."""
        try:
            lock = files.locked(self.lock_path)
            lock.__enter__()
        except OSError as exc:
            raise self.unwritable(exc) from None
        try:
            yield
        finally:
            lock.__exit__(None, None, None)

    @contextmanager
    def editing(self):
        """The file's data under the lock, to change in place: written when the block ends cleanly."""
        with self.locked():
            data = self._read()
            yield data
            self._write(data)

    def read(self) -> dict:
        """The file's data as it is now (migrated, checked), first-run data when there is none."""
        return self._read()

    @property
    def version(self) -> int:
        """The schema version of the file as it is now (a newer Mixframe's stays what it was)."""
        return file_version(self._read())

    # -- reading (one read of the file each)
    def profiles(self) -> list[Profile]:
        return profiles_of(self._read())

    def names(self) -> list[str]:
        return [p.name for p in self.profiles()]

    def get(self, name: str) -> Profile:
        return find(self._read(), name)

    def default(self) -> Profile | None:
        return default_of(self._read())

    # -- changing (each a read-modify-write under the lock)
    def save(self, profile: Profile, *, make_default: bool = False) -> None:
        """Add `profile`, or replace the one of its name in place (keeping fields a newer Mixframe wrote)."""
        with self.editing() as data:
            put(data, profile, make_default=make_default)

    def rename(self, old: str, new: str) -> Profile:
        """Rename in the file only (the keys stay under the old name: use AccountStore.rename)."""
        with self.editing() as data:
            return rename_in(data, old, new)

    def delete(self, name: str) -> None:
        """Delete from the file only (the keys stay in the keyring: use AccountStore.remove)."""
        with self.editing() as data:
            delete_in(data, name)

    def set_default(self, name: str) -> None:
        with self.editing() as data:
            find(data, name)
            data["default"] = name


# -- what the file's data says, and changes to it --------------------------------------------------


def profiles_of(data: dict) -> list[Profile]:
    return [Profile.from_json(p) for p in data.get("profiles", [])]


def find(data: dict, name: str) -> Profile:
    for entry in data.get("profiles", []):
        if entry.get("name") == name:
            return Profile.from_json(entry)
    known = ", ".join(p.name for p in profiles_of(data)) or "none"
    raise refused(QT_TRANSLATE_NOOP("Accounts", "There is no profile named {name} (profiles: {known})."), name=repr(name), known=known)


def default_of(data: dict) -> Profile | None:
    name = data.get("default")
    for entry in data.get("profiles", []):
        if entry.get("name") == name:
            return Profile.from_json(entry)
    return None


def put(data: dict, profile: Profile, *, make_default: bool = False) -> None:
    entries = list(data.get("profiles", []))
    for i, entry in enumerate(entries):
        if entry.get("name") == profile.name:
            unknown = {k: v for k, v in entry.items() if k not in KNOWN_FIELDS}
            entries[i] = {**unknown, **profile.to_json()}
            break
    else:
        entries.append(profile.to_json())
    data["profiles"] = entries
    if make_default or not data.get("default"):
        data["default"] = profile.name


def rename_in(data: dict, old: str, new: str) -> Profile:
    profile = find(data, old)
    if new != old and any(entry.get("name") == new for entry in data.get("profiles", [])):
        raise refused(QT_TRANSLATE_NOOP("Accounts", "A profile named {name} already exists."), name=repr(new))
    renamed = replace(profile, name=new)
    data["profiles"] = [renamed.to_json() if p.get("name") == old else p for p in data["profiles"]]
    if data.get("default") == old:
        data["default"] = new
    return renamed


def delete_in(data: dict, name: str) -> None:
    before = len(data.get("profiles", []))
    data["profiles"] = [p for p in data.get("profiles", []) if p.get("name") != name]
    if len(data["profiles"]) == before:
        raise refused(QT_TRANSLATE_NOOP("Accounts", "There is no profile named {name}."), name=repr(name))
    if data.get("default") == name:
        data["default"] = data["profiles"][0]["name"] if data["profiles"] else ""
