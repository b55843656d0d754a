"""How a recording's object key is made from FileNameConfig (the spec's File names section)."""

from __future__ import annotations

import os
import re
from typing import Any, Callable

from mixframe.model.limits import limits_for

EXTENSIONS = {"MP4": "mp4", "HLS": "m3u8", "FLV": "flv", "MP3": "mp3", "AAC": "aac", "M4A": "m4a"}
MAX_NAME = 128
# The vendor documents no default Pattern; this one mirrors the seed's example.
DEFAULT_PATTERN = "{TaskId}_{RoomId}_{StartTime}_{Duration}"
_VARIABLE = re.compile(r"\{([A-Za-z]+)\}")
VARIABLES = ("TaskId", "RoomId", "UserId", "Type", "StartTime", "Duration", "Random")
RANDOM_LENGTH = 8
# The seed's table examples, used where a draft has no ids yet (a preset never holds them).
SAMPLE_IDS = {"TaskId": "Task1", "RoomId": "Room1", "UserId": "user1"}
# The widest value of the variables whose width does not depend on the request.
FIXED_WIDTH = {"Type": 1, "StartTime": 13, "Duration": 6, "Random": RANDOM_LENGTH}


def unknown_variables(pattern: str) -> list[str]:
    """Braced names in `pattern` that are not variables (they stay as literal text)."""
    known = {v.lower() for v in VARIABLES}
    return [m.group(1) for m in re.finditer(r"\{([^{}]*)\}", pattern) if m.group(1).lower() not in known]


def longest_name(pattern: str | None, prefix: list[str] | None, storage_type: int, widths: dict[str, int]) -> int:
    """The most characters a name (without extension) can have, before the service cuts it."""
    sizes = {**FIXED_WIDTH, **widths}
    name = expand_pattern(pattern or DEFAULT_PATTERN, {k: "x" * sizes.get(k, 0) for k in sizes},
                          random=lambda: "x" * RANDOM_LENGTH)
    name += "_" + "x" * RANDOM_LENGTH
    if storage_type != 1 and prefix:
        name = "/".join(prefix) + "/" + name
    return len(name)


def random_suffix() -> str:
    # os.urandom is what secrets.token_hex reads; `secrets` would load OpenSSL (hmac) before the first paint.
    return os.urandom(4).hex()


def expand_pattern(pattern: str, values: dict[str, str], random: Callable[[], str] = random_suffix) -> str:
    """Replace known variables (names case-insensitive); a misspelled one stays as literal text."""
    lowered = {k.lower(): v for k, v in values.items()}

    def one(match: re.Match) -> str:
        name = match.group(1).lower()
        if name == "random":
            return random()
        return lowered.get(name, match.group(0))

    return _VARIABLE.sub(one, pattern)


def object_key(
    *,
    storage_type: int,
    prefix: list[str] | None,
    pattern: str | None,
    task_id: str,
    room_id: str,
    user_id: str = "",
    screen: bool = False,
    start_time_ms: int,
    duration_s: int,
    file_format: str,
    random: Callable[[], str] = random_suffix,
) -> str:
    values = {
        "TaskId": task_id,
        "RoomId": room_id,
        "UserId": user_id,
        "Type": "S" if screen else "C",
        "StartTime": str(start_time_ms),
        "Duration": f"{max(0, duration_s):06d}",
    }
    name = expand_pattern(pattern or DEFAULT_PATTERN, values, random) + "_" + random()
    if storage_type != 1 and prefix:  # VOD ignores Prefix
        name = "/".join(prefix) + "/" + name
    if len(name) > MAX_NAME:
        name = name[: MAX_NAME - 1] + "~"
    return f"{name}.{EXTENSIONS.get(file_format.upper(), file_format.lower())}"


def file_formats(body: Any) -> list[str]:
    """The file formats a body records: those it lists, else the documented default."""
    config = body.get("FileFormatConfig") if isinstance(body, dict) else None
    written = config.get("FileFormat") if isinstance(config, dict) else None
    if isinstance(written, list) and written:
        return [f for f in written if isinstance(f, str)]
    return list(limits_for("FileFormatConfig.FileFormat").default or [])


def example_object_names(
    body: Any,
    *,
    start_time_ms: int,
    duration_s: int,
    random: Callable[[], str] = random_suffix,
) -> list[str]:
    """The object name of a recorded file, one per file format, as the service would make it for
    `body` (a StartRecord draft in API spelling, read leniently).

    Ids the draft lacks are the seed's sample ids; {UserId} and {Type} are those of the first
    target stream.
    """
    body = body if isinstance(body, dict) else {}
    config = body.get("FileNameConfig") if isinstance(body.get("FileNameConfig"), dict) else {}
    storage = body.get("StorageConfig") if isinstance(body.get("StorageConfig"), dict) else {}
    storage_type = storage.get("Type", limits_for("StorageConfig.Type").default)
    prefix = [p for p in config.get("Prefix") or [] if isinstance(p, str)] if isinstance(config.get("Prefix"), list) else []
    pattern = config.get("Pattern") if isinstance(config.get("Pattern"), str) else None
    streams = (body.get("TargetStreams") or {}).get("StreamList") if isinstance(body.get("TargetStreams"), dict) else None
    first = next((s for s in streams or [] if isinstance(s, dict)), {})

    def text(value: Any, sample: str) -> str:
        return value if isinstance(value, str) and value else sample

    return [
        object_key(
            storage_type=storage_type if isinstance(storage_type, int) else 0,
            prefix=prefix,
            pattern=pattern,
            task_id=text(body.get("TaskId"), SAMPLE_IDS["TaskId"]),
            room_id=text(body.get("RoomId"), SAMPLE_IDS["RoomId"]),
            user_id=text(first.get("UserId"), SAMPLE_IDS["UserId"]),
            screen=first.get("StreamType") == 1,
            start_time_ms=start_time_ms,
            duration_s=duration_s,
            file_format=file_format,
            random=random,
        )
        for file_format in file_formats(body)
    ]
