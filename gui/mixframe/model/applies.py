"""Which fields apply in a request's current modes, declared once as data.

The seed states these facts in its prose: which Encode fields each record mode takes, which
layouts use VideoWidth/VideoHeight, the main picture only in the vertical layout,
MaxSilenceSeconds for single-stream only, the audio-only file formats, QingCloud's audio/video
switches… Each `AppliesWhen` says which fields, in which bodies they take effect, why not
otherwise (the sentence the settings forms show on a disabled editor) and the problem the
model's rules report when such a field is set anyway. Both read this table: the rules
(`problems_of`), and `ui/forms/applies.py`, which disables the editors. A test drives every
declaration through both and checks they agree.

A predicate reads the raw body (a value that failed its own check is `values.INVALID`); a mode
it cannot read (absent means the documented default; broken means unknown) counts as applying,
so a broken value draws one problem, its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from mixframe.model.limits import limits_for, pattern_of
from mixframe.model.problems import QT_TRANSLATE_NOOP, Problem, Severity, problem
from mixframe.model.values import INVALID
from mixframe.model.volcengine_api import AUDIO_ONLY_FORMATS, FILE_FORMATS, LAYOUT_MODE_CUSTOM


@dataclass(frozen=True)
class AppliesWhen:
    """Fields that take effect only in some bodies.

    `paths` are API paths (an object's path covers every field under it); `when(body)` is True
    where they apply. `reason` (context RequestForms) is why they do not, for the forms;
    `problem` (context Problems), `rule` and `severity` are what the rules report when one is set
    where it does not apply, at that path (or at `at`). A value in `harmless` (e.g. False, an
    empty list) has no effect anyway and draws nothing. With `values`, the declaration is about
    those entries of the list at `paths` (file formats), not the field itself.
    """

    paths: tuple[str, ...]
    when: Callable[[dict], bool]
    reason: str
    problem: str
    rule: str
    severity: Severity = Severity.WARNING
    harmless: tuple = ()
    values: tuple[str, ...] = ()
    at: str | None = None


# ---- reading a raw body safely ----------------------------------------------------------------

def _obj(node: Any, *keys: str) -> dict:
    for key in keys:
        node = node.get(key) if isinstance(node, dict) else None
    return node if isinstance(node, dict) else {}


def _int(node: Any, key: str, default: Any) -> int | None:
    """The integer at `key`; `default` when absent; None (unknown) when it is anything else."""
    if not isinstance(node, dict) or key not in node:
        return default
    value = node[key]
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _default(path: str, vendor: str = "volcengine") -> Any:
    return limits_for(path, vendor).default


def record_mode(body: dict) -> int | None:
    return _int(body, "RecordMode", _default("RecordMode"))


def layout_mode(body: dict) -> int | None:
    return _int(_obj(body, "Layout"), "LayoutMode", _default("Layout.LayoutMode"))


def records_audio_only(body: dict) -> bool:
    """Nothing but audio is encoded: audio-only subscription, or every region mixes audio only."""
    if _int(_obj(body, "Control"), "MediaType", _default("Control.MediaType")) == AUDIO_ONLY:
        return True
    regions = _obj(body, "Layout", "CustomLayout").get("Regions")
    regions = [r for r in regions if isinstance(r, dict)] if isinstance(regions, list) else []
    return bool(regions) and all(_int(r, "MediaType", 0) == AUDIO_ONLY for r in regions)


def file_formats(body: dict) -> list[str] | None:
    """The file formats a body records (the documented default when absent); None when the list
    is broken (its own check names it)."""
    config = _obj(body, "FileFormatConfig")
    if "FileFormat" not in config:
        return list(_default("FileFormatConfig.FileFormat") or [])
    given = config["FileFormat"]
    known = isinstance(given, list) and all(isinstance(f, str) and f in FILE_FORMATS for f in given)
    return list(given) if known else None


def storage_type(body: dict) -> int | None:
    return _int(_obj(body, "StorageConfig"), "Type", _default("StorageConfig.Type"))


RECORD_MIXED, RECORD_SINGLE = 0, 1
LAYOUT_ADAPTIVE, LAYOUT_VERTICAL = 0, 1  # LayoutMode 0 and 1 in the seed
STORAGE_VOD = 1
AUDIO_ONLY = 1  # Control.MediaType and a Region's MediaType: audio only

VIDEO_FIELDS = ("Encode.VideoWidth", "Encode.VideoHeight", "Encode.VideoFps", "Encode.VideoBitrate",
                "Encode.VideoCodec", "Encode.VideoGop")
SIZE_FIELDS = ("Encode.VideoWidth", "Encode.VideoHeight")


def _mixed_in(*modes: int) -> Callable[[dict], bool]:
    """Applies unless the body is a mixed recording whose layout is one of `modes`."""
    return lambda body: not (record_mode(body) == RECORD_MIXED and layout_mode(body) in modes)


VOLCENGINE: tuple[AppliesWhen, ...] = (
    AppliesWhen(
        VIDEO_FIELDS, lambda body: not records_audio_only(body),
        QT_TRANSLATE_NOOP("RequestForms", "Only audio is recorded (audio-only subscription, or every region mixes "
                                          "audio only), so there is no video to encode."),
        QT_TRANSLATE_NOOP("Problems", "has no effect: only audio is recorded, so there is no video to encode"),
        "video-audio-only"),
    AppliesWhen(
        ("Layout",), lambda body: record_mode(body) != RECORD_SINGLE,
        QT_TRANSLATE_NOOP("RequestForms", "Single-stream recording (RecordMode 1) has no layout: this applies to "
                                          "mixed recording only."),
        QT_TRANSLATE_NOOP("Problems", "a layout can only be set for mixed recording (RecordMode 0); single-stream "
                                      "recording has no layout"),
        "layout-mixed-only", Severity.ERROR),
    AppliesWhen(
        SIZE_FIELDS, lambda body: record_mode(body) != RECORD_SINGLE,
        QT_TRANSLATE_NOOP("RequestForms", "Single-stream recording keeps each stream's own resolution."),
        QT_TRANSLATE_NOOP("Problems", "cannot be set for single-stream recording (RecordMode 1): each file keeps "
                                      "the stream's own resolution"),
        "encode-by-mode", Severity.ERROR),
    AppliesWhen(
        ("Layout.MainVideoStream",), lambda body: layout_mode(body) in (LAYOUT_VERTICAL, None),
        QT_TRANSLATE_NOOP("RequestForms", "Only the vertical layout (LayoutMode 1) has a main picture."),
        QT_TRANSLATE_NOOP("Problems", "is used only by the vertical layout (LayoutMode 1)"),
        "main-stream-unused"),
    AppliesWhen(
        SIZE_FIELDS, _mixed_in(LAYOUT_ADAPTIVE),
        QT_TRANSLATE_NOOP("RequestForms", "The adaptive layout ignores the output size: it applies to the vertical "
                                          "and side-by-side layouts."),
        QT_TRANSLATE_NOOP("Problems", "has no effect in this layout mode: it applies to vertical and side-by-side "
                                      "layouts only"),
        "encode-size-effect"),
    AppliesWhen(
        SIZE_FIELDS, _mixed_in(LAYOUT_MODE_CUSTOM),
        QT_TRANSLATE_NOOP("RequestForms", "A custom layout records at its canvas size (Canvas width and height in "
                                          "the inspector)."),
        QT_TRANSLATE_NOOP("Problems", "has no effect in this layout mode: use Layout.CustomLayout.Canvas for the "
                                      "custom layout's size"),
        "encode-size-effect"),
    AppliesWhen(
        ("Control.MaxSilenceSeconds",), lambda body: record_mode(body) != RECORD_MIXED,
        QT_TRANSLATE_NOOP("RequestForms", "Applies to single-stream recording (RecordMode 1) only."),
        QT_TRANSLATE_NOOP("Problems", "applies to single-stream recording only"),
        "silence-single"),
    AppliesWhen(
        ("Control.FrameInterpolationMode",), lambda body: not (
            record_mode(body) == RECORD_MIXED and layout_mode(body) not in (LAYOUT_MODE_CUSTOM, None)),
        QT_TRANSLATE_NOOP("RequestForms", "Has no effect in the automatic layouts; it applies to the custom layout "
                                          "and to single-stream recording."),
        QT_TRANSLATE_NOOP("Problems", "has no effect in automatic layouts"),
        "interp-auto"),
    AppliesWhen(
        ("Control.EnableSyncUpload",), lambda body: file_formats(body) is None or "HLS" in file_formats(body),
        QT_TRANSLATE_NOOP("RequestForms", "Uploading while recording works only for HLS files: add HLS to the file "
                                          "formats."),
        QT_TRANSLATE_NOOP("Problems", "uploading while recording works only for HLS files: add HLS to "
                                      "FileFormatConfig.FileFormat"),
        "sync-upload-hls", Severity.ERROR, harmless=(False,)),
    AppliesWhen(
        ("FileNameConfig.Prefix",), lambda body: storage_type(body) != STORAGE_VOD,
        QT_TRANSLATE_NOOP("RequestForms", "VOD storage ignores the prefix."),
        QT_TRANSLATE_NOOP("Problems", "VOD storage ignores the prefix"),
        "prefix-vod", harmless=([],)),
    AppliesWhen(
        ("FileFormatConfig.FileFormat",), records_audio_only,
        QT_TRANSLATE_NOOP("RequestForms", "MP3, AAC and M4A files are made only when audio alone is recorded."),
        QT_TRANSLATE_NOOP("Problems", "{formats} files are produced only when audio alone is encoded"),
        "audio-formats", values=AUDIO_ONLY_FORMATS),
)


def _qy(body: dict, key: str) -> int | None:
    return _int(body, key, _default(key, "qingcloud"))


QINGCLOUD: tuple[AppliesWhen, ...] = (
    AppliesWhen(
        ("layout_mode",), lambda body: _qy(body, "is_mixing_enabled") != 0,
        QT_TRANSLATE_NOOP("RequestForms", "Applies to mixed recording (is_mixing_enabled 1) only."),
        QT_TRANSLATE_NOOP("Problems", "applies to mixed recording only (is_mixing_enabled 1)"),
        "layout-mixed-only"),
    AppliesWhen(
        ("isVideoOnly",), lambda body: _qy(body, "isAudioOnly") != 1,
        QT_TRANSLATE_NOOP("RequestForms", "Audio only is on: a recording cannot be both audio only and video only."),
        QT_TRANSLATE_NOOP("Problems", "isAudioOnly and isVideoOnly cannot both be 1: nothing would be recorded"),
        "audio-video-exclusive", Severity.ERROR, harmless=(0,)),
    AppliesWhen(
        ("isAudioOnly",), lambda body: _qy(body, "isVideoOnly") != 1,
        QT_TRANSLATE_NOOP("RequestForms", "Video only is on: a recording cannot be both audio only and video only."),
        QT_TRANSLATE_NOOP("Problems", "isAudioOnly and isVideoOnly cannot both be 1: nothing would be recorded"),
        "audio-video-exclusive", Severity.ERROR, harmless=(0,), at="isVideoOnly"),
    AppliesWhen(
        ("mixed_video_audio",), lambda body: _qy(body, "isAudioOnly") != 1 and _qy(body, "isVideoOnly") != 1,
        QT_TRANSLATE_NOOP("RequestForms", "Applies only when audio and video are both recorded."),
        QT_TRANSLATE_NOOP("Problems", "has no effect: it applies only when audio and video are both recorded"),
        "mixed-av-unused"),
)

DECLARED: dict[str, tuple[AppliesWhen, ...]] = {"volcengine": VOLCENGINE, "qingcloud": QINGCLOUD}


def declarations(vendor: str) -> tuple[AppliesWhen, ...]:
    """The declarations of `vendor` (none for a vendor that declares none)."""
    return DECLARED.get(vendor, ())


def _at(body: Any, path: str) -> tuple[bool, Any]:
    node = body
    for key in path.split("."):
        if not isinstance(node, dict) or key not in node:
            return False, None
        node = node[key]
    return True, node


def _holds(value: Any, harmless: tuple) -> bool:
    if value is INVALID:
        return False
    try:
        return not any(type(value) is type(h) and value == h for h in harmless)
    except Exception:  # noqa: BLE001 - a hostile value compares however it likes
        return True


def _safe_when(declared: AppliesWhen, body: dict) -> bool:
    try:
        return bool(declared.when(body))
    except (TypeError, ValueError, OverflowError, RecursionError):
        return True  # a body too broken to read: its own checks name it


def not_applying(body: Any, vendor: str) -> list[AppliesWhen]:
    """The declarations whose fields take no effect in `body`."""
    if not isinstance(body, dict):
        return []
    return [d for d in declarations(vendor) if not _safe_when(d, body)]


def reasons(body: Any, vendor: str) -> dict[str, str]:
    """Declared path → the reason (a RequestForms template) it does not apply in `body`, in the
    declarations' order (the first one wins: see `reason_for`). Paths not listed apply.
    Declarations about list entries are left out (see `value_reasons`)."""
    out: dict[str, str] = {}
    for declared in not_applying(body, vendor):
        if not declared.values:
            for path in declared.paths:
                out.setdefault(path, declared.reason)
    return out


def value_reasons(body: Any, vendor: str) -> dict[str, str]:
    """List entry (a file format) → why it does not apply in `body`."""
    out: dict[str, str] = {}
    for declared in not_applying(body, vendor):
        for value in declared.values:
            out.setdefault(value, declared.reason)
    return out


def reason_for(found: dict[str, str], path: str) -> str | None:
    """The reason for the field at `path` (indices allowed): the first declared path that is the
    field or an object holding it."""
    path = pattern_of(path)
    for declared, reason in found.items():
        if path == declared or path.startswith((declared + ".", declared + "[")):
            return reason
    return None


def problems_of(body: Any, vendor: str) -> list[Problem]:
    """A problem for every declared field set where it does not apply (each problem once)."""
    out: list[Problem] = []
    for declared in not_applying(body, vendor):
        for path in declared.paths:
            present, value = _at(body, path)
            if not present or not _holds(value, declared.harmless):
                continue
            params: dict[str, Any] = {}
            if declared.values:
                if not isinstance(value, list):
                    continue
                found = [v for v in value if isinstance(v, str) and v in declared.values]
                if not found:
                    continue
                params["formats"] = ", ".join(found)
            found_problem = problem(declared.at or path, declared.problem, declared.severity, declared.rule, **params)
            if found_problem not in out:
                out.append(found_problem)
    return out


__all__ = ["AppliesWhen", "VOLCENGINE", "QINGCLOUD", "declarations", "not_applying", "reasons", "value_reasons",
           "reason_for", "problems_of", "records_audio_only"]
