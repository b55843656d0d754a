"""The fixed facts of the Volcengine (and BytePlus) recording API that several rooms need: the one
place they are written. The rules and models (volcengine.py, volcengine_rules.py), the client and
the sandbox import them from here."""

from enum import IntEnum

API_VERSION = "2023-11-01"


class RecordMode(IntEnum):
    """RecordMode: one mixed picture, or each stream on its own."""

    MIXED = 0
    SINGLE = 1


class LayoutMode(IntEnum):
    """Layout.LayoutMode. Custom is the one the canvas edits region by region."""

    ADAPTIVE = 0
    VERTICAL = 1
    CUSTOM = 2
    SIDE_BY_SIDE = 3


class StorageType(IntEnum):
    """StorageConfig.Type."""

    TOS = 0
    VOD = 1
    S3 = 2


class MediaType(IntEnum):
    """Regions[].MediaType and Control.MediaType."""

    AUDIO_AND_VIDEO = 0
    AUDIO_ONLY = 1
    VIDEO_ONLY = 2


# StorageConfig.Type -> the StorageConfig key of its settings: the one place this is written.
STORAGE_CONFIG_KEYS: dict[StorageType, str] = {StorageType.TOS: "TosConfig", StorageType.VOD: "VodConfig",
                                               StorageType.S3: "CustomConfig"}


def storage_config_key(storage: object) -> str | None:
    """The key of the settings a StorageConfig's Type names ("TosConfig" by default; None for an
    unknown or malformed Type)."""
    kind = storage.get("Type", StorageType.TOS) if isinstance(storage, dict) else StorageType.TOS
    if isinstance(kind, bool) or not isinstance(kind, int):
        return None
    return STORAGE_CONFIG_KEYS.get(kind)


def is_s3_storage(storage: object) -> bool:
    """Whether a StorageConfig is S3-compatible storage with its CustomConfig given (where the
    account's S3 keys go)."""
    return (isinstance(storage, dict) and storage.get("Type") == StorageType.S3
            and isinstance(storage.get(STORAGE_CONFIG_KEYS[StorageType.S3]), dict))
# The most streams one mixed recording composes (TargetStreams.StreamList, CustomLayout.Regions).
MAX_STREAMS = 17
# Layout.LayoutMode values, by the names the rooms use.
LAYOUT_MODE_ADAPTIVE = LayoutMode.ADAPTIVE
LAYOUT_MODE_VERTICAL = LayoutMode.VERTICAL
LAYOUT_MODE_CUSTOM = LayoutMode.CUSTOM
LAYOUT_MODE_SIDE_BY_SIDE = LayoutMode.SIDE_BY_SIDE
# FileFormatConfig.FileFormat values, and those that hold no picture.
FILE_FORMATS = ("MP4", "HLS", "FLV", "MP3", "AAC", "M4A")
AUDIO_ONLY_FORMATS = ("MP3", "AAC", "M4A")
# The code of the warning on a secret that the account's keyring fills in when recording starts.
SECRET_AT_START = "secret-at-start"
