"""Account profiles: vendor, endpoint, region and AppId, kept in a JSON settings file.

Keys never live here; they go to the OS keyring (store/credentials.py). The file is written
atomically, so a crash leaves the old settings or the new ones.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from mixframe.store.files import atomic_write_json

VENDORS = ("volcengine", "byteplus", "qingcloud", "sandbox")
SETTINGS_VERSION = 1
PROFILES_FILE = "profiles.json"
CONFIG_DIR_ENV = "MIXFRAME_CONFIG_DIR"
SANDBOX_PROFILE = "Sandbox"
# The in-process emulator: resolved to a loopback URL when used (mixframe.sandbox.ensure_running).
SANDBOX_ENDPOINT = "sandbox:"

_DEFAULTS = {
    "volcengine": ("https://rtc.volcengineapi.com", "cn-north-1"),
    "byteplus": ("https://rtc.byteplusapi.com", "ap-singapore-1"),
    "qingcloud": ("https://rtc.api.qingcloud.com", ""),
    "sandbox": (SANDBOX_ENDPOINT, "cn-north-1"),
}


class ProfileError(ValueError):
    """A profile that cannot be used or saved; the message is one sentence."""


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
            raise ProfileError("A profile needs a name.")
        if self.vendor not in VENDORS:
            raise ProfileError(f"Profile {self.name!r}: vendor must be one of {', '.join(VENDORS)}, not {self.vendor!r}.")
        url, region = _DEFAULTS[self.vendor]
        if not self.endpoint:
            object.__setattr__(self, "endpoint", url)
        if not self.region:
            object.__setattr__(self, "region", region)

    @property
    def is_sandbox(self) -> bool:
        return self.vendor == "sandbox"

    @property
    def service(self) -> str:
        """Which API family the profile talks: "volcengine" (also BytePlus) or "qingcloud"; sandbox does both."""
        return {"byteplus": "volcengine"}.get(self.vendor, self.vendor)

    def to_json(self) -> dict:
        data = {k: v for k, v in asdict(self).items() if k != "extra"}
        return {**self.extra, **data}

    @classmethod
    def from_json(cls, data: dict) -> "Profile":
        if not isinstance(data, dict):
            raise ProfileError("A profile entry in the settings file is not an object.")
        known = {"name", "vendor", "endpoint", "region", "app_id", "label"}
        values = {k: str(data.get(k, "") or "") for k in known}
        return cls(**values, extra={k: v for k, v in data.items() if k not in known})


def sandbox_profile() -> Profile:
    return Profile(SANDBOX_PROFILE, "sandbox", SANDBOX_ENDPOINT, "cn-north-1", "sandbox-app",
                   label="Sandbox: local emulator, no account needed")


def config_dir() -> Path:
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir("mixframe", appauthor=False))


class ProfileStore:
    def __init__(self, directory: Path | str | None = None):
        self.directory = Path(directory) if directory is not None else config_dir()
        self.path = self.directory / PROFILES_FILE

    def _read(self) -> dict:
        if not self.path.exists():
            # First run: the sandbox is there so one click works without an account.
            return {"version": SETTINGS_VERSION, "default": SANDBOX_PROFILE, "profiles": [sandbox_profile().to_json()]}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ProfileError(f"The profiles file {self.path} cannot be read: {type(exc).__name__}.") from None
        if not isinstance(data, dict) or not isinstance(data.get("profiles", []), list):
            raise ProfileError(f"The profiles file {self.path} is not a Mixframe settings file.")
        return data

    def profiles(self) -> list[Profile]:
        return [Profile.from_json(p) for p in self._read().get("profiles", [])]

    def names(self) -> list[str]:
        return [p.name for p in self.profiles()]

    def get(self, name: str) -> Profile:
        for p in self.profiles():
            if p.name == name:
                return p
        known = ", ".join(self.names()) or "none"
        raise ProfileError(f"There is no profile named {name!r} (profiles: {known}).")

    def default(self) -> Profile | None:
        data = self._read()
        name = data.get("default")
        for p in self.profiles():
            if p.name == name:
                return p
        return None

    def save(self, profile: Profile, *, make_default: bool = False) -> None:
        data = self._read()
        entries = [p for p in data.get("profiles", []) if p.get("name") != profile.name]
        entries.append(profile.to_json())
        data["profiles"] = entries
        data["version"] = SETTINGS_VERSION
        if make_default or not data.get("default"):
            data["default"] = profile.name
        atomic_write_json(self.path, data)

    def rename(self, old: str, new: str) -> Profile:
        profile = self.get(old)
        if new != old and new in self.names():
            raise ProfileError(f"A profile named {new!r} already exists.")
        renamed = replace(profile, name=new)
        data = self._read()
        data["profiles"] = [renamed.to_json() if p.get("name") == old else p for p in data["profiles"]]
        if data.get("default") == old:
            data["default"] = new
        atomic_write_json(self.path, data)
        return renamed

    def delete(self, name: str) -> None:
        data = self._read()
        before = len(data.get("profiles", []))
        data["profiles"] = [p for p in data.get("profiles", []) if p.get("name") != name]
        if len(data["profiles"]) == before:
            raise ProfileError(f"There is no profile named {name!r}.")
        if data.get("default") == name:
            data["default"] = data["profiles"][0]["name"] if data["profiles"] else ""
        atomic_write_json(self.path, data)

    def set_default(self, name: str) -> None:
        self.get(name)
        data = self._read()
        data["default"] = name
        atomic_write_json(self.path, data)
