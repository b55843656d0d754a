"""Which fields apply in the request's current modes, and why the others do not.

The seed states these in its descriptions (which Encode fields each record mode takes, which
layouts use VideoWidth/VideoHeight, MaxSilenceSeconds for single-stream only…); the model's rules
warn about a field set where it has no effect. Here the same facts decide which editors are
enabled, with the reason as a sentence the producer reads. A test checks both agree.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from mixframe.model import filenames
from mixframe.model.limits import limits_for
from mixframe.model.volcengine_api import AUDIO_ONLY_FORMATS, LAYOUT_MODE_CUSTOM

VIDEO_FIELDS = ("Encode.VideoWidth", "Encode.VideoHeight", "Encode.VideoFps", "Encode.VideoBitrate",
                "Encode.VideoCodec", "Encode.VideoGop")
SIZE_FIELDS = ("Encode.VideoWidth", "Encode.VideoHeight")
MAIN_STREAM_FIELDS = ("Layout.MainVideoStream.UserId", "Layout.MainVideoStream.StreamType",
                      "Layout.MainVideoStream.Index")
RECORD_SINGLE = 1
LAYOUT_ADAPTIVE, LAYOUT_VERTICAL = 0, 1  # LayoutMode 0 and 1 in the seed
STORAGE_VOD = 1
AUDIO_ONLY = 1  # Control.MediaType and a Region's MediaType: audio only


def tr(text: str) -> str:
    return QCoreApplication.translate("RequestForms", text)


def _obj(node: Any, *keys: str) -> dict:
    for key in keys:
        node = node.get(key) if isinstance(node, dict) else None
    return node if isinstance(node, dict) else {}


def _value(node: dict, key: str, path: str) -> Any:
    """The value written at `key`, else the documented default of `path`."""
    return node[key] if key in node else limits_for(path).default


def records_audio_only(body: dict) -> bool:
    """Nothing but audio is encoded: audio-only subscription, or every region mixes audio only."""
    if _value(_obj(body, "Control"), "MediaType", "Control.MediaType") == AUDIO_ONLY:
        return True
    regions = [r for r in _obj(body, "Layout", "CustomLayout").get("Regions") or [] if isinstance(r, dict)]
    return bool(regions) and all(r.get("MediaType") == AUDIO_ONLY for r in regions)


def volcengine_reasons(body: dict) -> dict[str, str]:
    """API path → why that field has no effect with this body's record and layout modes.

    Paths not listed apply.
    """
    reasons: dict[str, str] = {}
    record_mode = _value(body, "RecordMode", "RecordMode")
    layout_mode = _value(_obj(body, "Layout"), "LayoutMode", "Layout.LayoutMode")
    if records_audio_only(body):
        for path in VIDEO_FIELDS:
            reasons[path] = tr("Only audio is recorded (audio-only subscription, or every region mixes audio "
                               "only), so there is no video to encode.")
    if record_mode == RECORD_SINGLE:
        no_layout = tr("Single-stream recording (RecordMode 1) has no layout: this applies to mixed "
                       "recording only.")
        for path in ("Layout.LayoutMode", *MAIN_STREAM_FIELDS):
            reasons[path] = no_layout
        for path in SIZE_FIELDS:
            reasons.setdefault(path, tr("Single-stream recording keeps each stream's own resolution."))
    else:
        if layout_mode != LAYOUT_VERTICAL:
            for path in MAIN_STREAM_FIELDS:
                reasons[path] = tr("Only the vertical layout (LayoutMode 1) has a main picture.")
        if layout_mode == LAYOUT_ADAPTIVE:
            for path in SIZE_FIELDS:
                reasons.setdefault(path, tr("The adaptive layout ignores the output size: it applies to the "
                                            "vertical and side-by-side layouts."))
        elif layout_mode == LAYOUT_MODE_CUSTOM:
            for path in SIZE_FIELDS:
                reasons.setdefault(path, tr("A custom layout records at its canvas size (Canvas width and "
                                            "height in the inspector)."))
        reasons["Control.MaxSilenceSeconds"] = tr("Applies to single-stream recording (RecordMode 1) only.")
        if layout_mode != LAYOUT_MODE_CUSTOM:
            reasons["Control.FrameInterpolationMode"] = tr("Has no effect in the automatic layouts; it applies "
                                                           "to the custom layout and to single-stream recording.")
    if "HLS" not in filenames.file_formats(body):
        reasons["Control.EnableSyncUpload"] = tr("Uploading while recording works only for HLS files: "
                                                 "add HLS to the file formats.")
    if _value(_obj(body, "StorageConfig"), "Type", "StorageConfig.Type") == STORAGE_VOD:
        reasons["FileNameConfig.Prefix"] = tr("VOD storage ignores the prefix.")
    return reasons


def audio_format_reasons(body: dict) -> dict[str, str]:
    """File format → why it does not apply (MP3, AAC and M4A need audio alone)."""
    if records_audio_only(body):
        return {}
    reason = tr("MP3, AAC and M4A files are made only when audio alone is recorded.")
    return {name: reason for name in AUDIO_ONLY_FORMATS}


def qingcloud_reasons(body: dict) -> dict[str, str]:
    def value(key: str) -> Any:
        return body[key] if key in body else limits_for(key, "qingcloud").default

    reasons: dict[str, str] = {}
    if value("is_mixing_enabled") != 1:
        reasons["layout_mode"] = tr("Applies to mixed recording (is_mixing_enabled 1) only.")
    if value("isAudioOnly") == 1:
        reasons["isVideoOnly"] = tr("Audio only is on: a recording cannot be both audio only and video only.")
    if value("isVideoOnly") == 1:
        reasons["isAudioOnly"] = tr("Video only is on: a recording cannot be both audio only and video only.")
    if value("isAudioOnly") == 1 or value("isVideoOnly") == 1:
        reasons["mixed_video_audio"] = tr("Applies only when audio and video are both recorded.")
    return reasons
