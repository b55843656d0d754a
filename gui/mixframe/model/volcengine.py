"""Volcengine (and BytePlus) RTC cloud recording, API version 2023-11-01: what a request IS.

The StartRecord body is declared field by field as the vendor documents it
(the vendor's StartRecord document): Python names are snake_case, the JSON is the API's
spelling. Ranges, choices and lengths live on the declarations; the rules between fields are in
`mixframe.model.volcengine_rules`. `check_start` and its siblings run both and return every
problem with its API path.
"""

from __future__ import annotations

import copy
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field

from mixframe.model import vendors, volcengine_rules
from mixframe.model.fields import (
    ID_PATTERN,
    EvenPixels,
    FieldLimits,
    RequestModel,
    ResponseModel,
    api_field,
    limits_table,
)
from mixframe.model.layout import Canvas
from mixframe.model.problems import MASK, QT_TRANSLATE_NOOP, Problem, RequestInvalid, error, errors_of, warning
from mixframe.model.pydantic_errors import field_problems
from mixframe.model.volcengine_api import (  # noqa: F401 (public here too)
    API_VERSION, AUDIO_ONLY_FORMATS, FILE_FORMATS, LAYOUT_MODE_CUSTOM, MAX_STREAMS, SECRET_AT_START)
from mixframe.model.values import with_invalid

SERVICE = "rtc"

# The seed gives the pattern for "TaskId and the Id fields above it": AppId, BusinessId, RoomId;
# the spec adds UserId.
Id = Annotated[str, Field(pattern=ID_PATTERN)]
CanvasPixels = Annotated[int, EvenPixels]


def _integer_text(value: Any) -> Any:
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return value


# The seed's own example sends storage Region as the string "0"; the table says Integer. We
# accept the text on input and always send the integer.
StorageRegion = Annotated[int, BeforeValidator(_integer_text), Field(ge=0)]
UrlText = str

STREAM_TYPE_LABELS = {0: "Normal (camera)", 1: "Screen"}


class Stream(RequestModel):
    """TargetStreams/ExcludeStreams.StreamList[] and Layout.MainVideoStream."""

    index: int = api_field("Index", api_default=0, ge=0, doc=QT_TRANSLATE_NOOP("FieldDocs", "Identifies the stream in the custom layout."))
    user_id: Id = api_field("UserId", required=True)
    stream_type: Literal[0, 1] = api_field("StreamType", api_default=0, labels=STREAM_TYPE_LABELS)


class StreamSet(RequestModel):
    stream_list: list[Stream] = api_field("StreamList", max_length=MAX_STREAMS)


class Encode(RequestModel):
    video_width: CanvasPixels = api_field("VideoWidth", api_default=640, ge=2, le=1920)
    video_height: CanvasPixels = api_field("VideoHeight", api_default=480, ge=2, le=1920)
    video_fps: int = api_field("VideoFps", api_default=15, ge=1, le=60)
    video_bitrate: int = api_field("VideoBitrate", api_default=0, ge=0, le=10000, doc=QT_TRANSLATE_NOOP("FieldDocs", "0 = adaptive bitrate."))
    video_codec: Literal[0, 1] = api_field("VideoCodec", api_default=0, labels={0: "H.264", 1: "ByteVC1"})
    video_gop: int = api_field("VideoGop", api_default=4, ge=1, le=5)
    audio_codec: Literal[0] = api_field("AudioCodec", api_default=0, labels={0: "AAC"})
    audio_profile: Literal[0, 1, 2] = api_field(
        "AudioProfile", api_default=0, labels={0: "AAC-LC", 1: "HE-AAC v1", 2: "HE-AAC v2"}
    )
    # No documented default: the service derives one from profile, sample rate and channels.
    audio_bitrate: int = api_field("AudioBitrate", ge=32, le=192)
    audio_sample_rate: Literal[16000, 32000, 44100, 48000] = api_field(
        "AudioSampleRate", api_default=48000, labels={16000: "16 kHz", 32000: "32 kHz", 44100: "44.1 kHz", 48000: "48 kHz"}
    )
    audio_channels: Literal[1, 2] = api_field("AudioChannels", api_default=2, labels={1: "Mono", 2: "Stereo"})


class CanvasSpec(RequestModel):
    width: CanvasPixels = api_field("Width", api_default=640, ge=2, le=1920)
    height: CanvasPixels = api_field("Height", api_default=480, ge=2, le=1920)
    # "#RGB(16进制)" with the range #000000 ~ #ffffff: we read it as six hex digits, since a
    # three-digit form is not in the documented range and might be refused by the server.
    background: str = api_field("Background", api_default="#000000", pattern=r"^#[0-9A-Fa-f]{6}$")
    # The seed counts this limit in bytes; the field caps characters, the rules count UTF-8 bytes.
    background_image: UrlText = api_field("BackgroundImage", max_length=1024, doc=QT_TRANSLATE_NOOP("FieldDocs", "JPG, JPEG or PNG; at most 1024 bytes."))


class SourceCrop(RequestModel):
    location_x: float = api_field("LocationX", api_default=0.0, ge=0.0, lt=1.0)
    location_y: float = api_field("LocationY", api_default=0.0, ge=0.0, lt=1.0)
    width_proportion: float = api_field("WidthProportion", api_default=1.0, gt=0.0, le=1.0)
    height_proportion: float = api_field("HeightProportion", api_default=1.0, gt=0.0, le=1.0)


RENDER_MODE_LABELS = {
    0: "Stretch",
    1: "Crop to fill",
    2: "Fit with bars",
    3: "Stretch (recommended)",
}
MEDIA_TYPE_LABELS = {0: "Audio and video", 1: "Audio only", 2: "Video only"}


class RegionSpec(RequestModel):
    stream_index: int = api_field("StreamIndex", required=True, ge=0)
    # Upper limits depend on the canvas ([0, Canvas.Width) and (0, Canvas.Width]); they are
    # checked by the rules with `layout.region_bounds`.
    location_x: int = api_field("LocationX", api_default=0, ge=0)
    location_y: int = api_field("LocationY", api_default=0, ge=0)
    width: int = api_field("Width", required=True, gt=0)
    height: int = api_field("Height", required=True, gt=0)
    z_order: int = api_field("ZOrder", api_default=0, ge=0, le=100)
    alpha: float = api_field("Alpha", api_default=1.0, gt=0.0, le=1.0)
    render_mode: Literal[0, 1, 2, 3] = api_field("RenderMode", api_default=0, labels=RENDER_MODE_LABELS)
    source_crop: SourceCrop = api_field("SourceCrop")
    alternate_image: UrlText = api_field("AlternateImage", max_length=1024, doc=QT_TRANSLATE_NOOP("FieldDocs", "JPG, JPEG or PNG."))
    corner_radius: float = api_field("CornerRadius", api_default=0.0, ge=0.0, le=1.0)
    media_type: Literal[0, 1, 2] = api_field("MediaType", api_default=0, labels=MEDIA_TYPE_LABELS)
    alternate_image_fill_mode: Literal[0, 1] = api_field(
        "AlternateImageFillMode", api_default=0, labels={0: "Scale like the video", 1: "Keep image aspect"}
    )


class CustomLayout(RequestModel):
    canvas: CanvasSpec = api_field("Canvas")
    regions: list[RegionSpec] = api_field("Regions", max_length=MAX_STREAMS)


LAYOUT_MODE_LABELS = {0: "Adaptive", 1: "Vertical", 2: "Custom", 3: "Side by side"}


class Layout(RequestModel):
    layout_mode: Literal[0, 1, 2, 3] = api_field("LayoutMode", api_default=0, labels=LAYOUT_MODE_LABELS)
    main_video_stream: Stream = api_field("MainVideoStream")
    custom_layout: CustomLayout = api_field("CustomLayout")


class Control(RequestModel):
    media_type: Literal[0, 1] = api_field(
        "MediaType", api_default=0, labels={0: "Audio and video", 1: "Audio only (not supported yet)"}
    )
    frame_interpolation_mode: Literal[0, 1] = api_field(
        "FrameInterpolationMode", api_default=0, labels={0: "Repeat last frame", 1: "Black frame"}
    )
    max_silence_seconds: int = api_field("MaxSilenceSeconds", api_default=3600, ge=60, le=3600)
    max_idle_time: int = api_field("MaxIdleTime", api_default=180, ge=10, le=86400)
    max_record_time: int = api_field("MaxRecordTime", api_default=0, ge=0, doc=QT_TRANSLATE_NOOP("FieldDocs", "0 = no limit."))
    enable_sync_upload: bool = api_field("EnableSyncUpload", api_default=False)


class FileFormatConfig(RequestModel):
    file_format: list[Literal["MP4", "HLS", "FLV", "MP3", "AAC", "M4A"]] = api_field(
        "FileFormat", api_default=["HLS"], min_length=1, max_length=len(FILE_FORMATS)
    )


class FileNameConfig(RequestModel):
    prefix: list[Annotated[str, Field(pattern=r"^[A-Za-z0-9]+$")]] = api_field("Prefix")
    pattern: str = api_field("Pattern")


class TosConfig(RequestModel):
    account_id: str = api_field("AccountId", required=True, accept=("UserAccountId",), min_length=1)
    region: StorageRegion = api_field("Region", api_default=0)
    bucket: str = api_field("Bucket", required=True, min_length=1)


class VodConfig(RequestModel):
    account_id: str = api_field("AccountId", required=True, accept=("UserAccountId",), min_length=1)
    region: StorageRegion = api_field("Region", api_default=0)
    space: str = api_field("Space", required=True, min_length=1)
    storage_class: Literal[1, 2, 3] = api_field(
        "StorageClass", api_default=1, labels={1: "Standard", 2: "Archive", 3: "Infrequent access"}
    )
    auto_set_file_extension: bool = api_field("AutoSetFileExtension", api_default=False)


VENDOR_LABELS = {0: "Amazon S3", 1: "Alibaba Cloud OSS", 2: "Huawei Cloud OBS", 3: "Tencent Cloud COS", 4: "Qiniu Kodo"}


class CustomConfig(RequestModel):
    vendor: Literal[0, 1, 2, 3, 4] = api_field("Vendor", api_default=0, labels=VENDOR_LABELS)
    region: StorageRegion = api_field("Region", api_default=0)
    bucket: str = api_field("Bucket", required=True, min_length=1)
    access_key: str = api_field("AccessKey", required=True, min_length=1, secret=True)
    secret_key: str = api_field("SecretKey", required=True, min_length=1, secret=True)


STORAGE_TYPE_LABELS = {0: "TOS", 1: "VOD", 2: "S3-compatible"}


class StorageConfig(RequestModel):
    type: Literal[0, 1, 2] = api_field("Type", api_default=0, labels=STORAGE_TYPE_LABELS)
    tos_config: TosConfig = api_field("TosConfig")
    vod_config: VodConfig = api_field("VodConfig")
    custom_config: CustomConfig = api_field("CustomConfig")


class StartRecordRequest(RequestModel):
    app_id: Id = api_field("AppId", required=True)
    business_id: Id = api_field("BusinessId")
    room_id: Id = api_field("RoomId", required=True)
    task_id: Id = api_field("TaskId", required=True)
    record_mode: Literal[0, 1] = api_field("RecordMode", api_default=0, labels={0: "Mixed", 1: "Single stream"})
    target_streams: StreamSet = api_field("TargetStreams")
    exclude_streams: StreamSet = api_field("ExcludeStreams")
    encode: Encode = api_field("Encode")
    layout: Layout = api_field("Layout")
    control: Control = api_field("Control")
    file_format_config: FileFormatConfig = api_field("FileFormatConfig")
    file_name_config: FileNameConfig = api_field("FileNameConfig")
    storage_config: StorageConfig = api_field("StorageConfig", required=True)


START_MODEL = StartRecordRequest  # what a bare start body is recognised by (model.preset.detect_vendor)


class UpdateRecordRequest(RequestModel):
    app_id: Id = api_field("AppId", required=True)
    business_id: Id = api_field("BusinessId")
    room_id: Id = api_field("RoomId", required=True)
    task_id: Id = api_field("TaskId", required=True)
    target_streams: StreamSet = api_field("TargetStreams")
    layout: Layout = api_field("Layout")


class StopRecordRequest(RequestModel):
    app_id: Id = api_field("AppId", required=True)
    business_id: Id = api_field("BusinessId")
    room_id: Id = api_field("RoomId", required=True)
    task_id: Id = api_field("TaskId", required=True)


class GetRecordTaskQuery(RequestModel):
    app_id: Id = api_field("AppId", required=True)
    room_id: Id = api_field("RoomId", required=True)
    task_id: Id = api_field("TaskId", required=True)


# ---- answers -------------------------------------------------------------------------------


class ResponseError(ResponseModel):
    code: str = Field("", alias="Code")
    code_n: int | None = Field(None, alias="CodeN")
    message: str = Field("", alias="Message")


class ResponseMetadata(ResponseModel):
    request_id: str = Field("", alias="RequestId")
    action: str = Field("", alias="Action")
    version: str = Field("", alias="Version")
    service: str = Field("", alias="Service")
    region: str = Field("", alias="Region")
    error: ResponseError | None = Field(None, alias="Error")


class StreamInfo(ResponseModel):
    user_id: str = Field("", alias="UserId")
    index: int = Field(0, alias="Index")
    stream_type: int = Field(0, alias="StreamType")


class RecordFile(ResponseModel):
    vid: str = Field("", alias="Vid")
    object_key: str = Field("", alias="ObjectKey")
    duration: int = Field(0, alias="Duration")
    size: int = Field(0, alias="Size")
    start_time: int = Field(0, alias="StartTime")
    stream_list: list[StreamInfo] = Field(default_factory=list, alias="StreamList")
    audio_codec: str = Field("", alias="AudioCodec")
    video_codec: str = Field("", alias="VideoCodec")
    video_width: int = Field(0, alias="VideoWidth")
    video_height: int = Field(0, alias="VideoHeight")


TASK_STATUS = {0: "Unknown", 1: "Not started", 2: "Running", 3: "Ended", 4: "Failed"}
STOP_REASONS = ("", "UnknownStopReason", "StopByAPI", "StartTaskFailed", "IdleTimeOut")


class RecordTask(ResponseModel):
    start_time: int = Field(0, alias="StartTime")
    end_time: int = Field(0, alias="EndTime")
    status: int = Field(0, alias="Status")
    stop_reason: str = Field("", alias="StopReason")
    record_file_list: list[RecordFile] = Field(default_factory=list, alias="RecordFileList")

    @property
    def status_name(self) -> str:
        return TASK_STATUS.get(self.status, f"Status {self.status}")


class GetRecordTaskResult(ResponseModel):
    record_task: RecordTask | None = Field(None, alias="RecordTask")


class ApiResponse(ResponseModel):
    response_metadata: ResponseMetadata = Field(default_factory=ResponseMetadata, alias="ResponseMetadata")
    result: GetRecordTaskResult | str | None = Field(None, alias="Result")

    @property
    def error(self) -> ResponseError | None:
        return self.response_metadata.error


# ---- UpdateRecord from a StartRecord body ---------------------------------------------------

# What UpdateRecord overrides on a running task (spec): TargetStreams, the canvas background and
# the Regions; it replaces the Regions, so the whole list always goes.
UPDATE_IDS = ("AppId", "BusinessId", "RoomId", "TaskId")
UPDATE_CANVAS_KEYS = ("Background", "BackgroundImage")


def start_canvas(start_body: dict) -> tuple[int, int] | None:
    """The (width, height) a start body's custom layout records at, defaults applied; None when
    the body's canvas size is broken (an update is then measured against the largest canvas)."""
    canvas: Any = start_body
    for key in ("Layout", "CustomLayout", "Canvas"):
        canvas = canvas.get(key) if isinstance(canvas, dict) else None
    canvas = canvas if isinstance(canvas, dict) else {}
    default = Canvas()
    size = (canvas.get("Width", default.width), canvas.get("Height", default.height))
    for name, value in zip(("Width", "Height"), size):
        if isinstance(value, bool) or not isinstance(value, int) or not LIMITS[
                f"Layout.CustomLayout.Canvas.{name}"].contains(value):
            return None
    return size


def update_body_from(start_body: dict) -> dict:
    """The UpdateRecord body that pushes a start body's streams and layout to its running task.

    Fields UpdateRecord cannot change (the canvas size, Encode, storage…) are left out rather
    than sent to be ignored.
    """
    body = {k: start_body[k] for k in UPDATE_IDS if k in start_body}
    if "TargetStreams" in start_body:
        body["TargetStreams"] = start_body["TargetStreams"]
    layout = start_body.get("Layout")
    if isinstance(layout, dict):
        custom = layout.get("CustomLayout") if isinstance(layout.get("CustomLayout"), dict) else {}
        out_custom: dict = {}
        canvas = custom.get("Canvas")
        if isinstance(canvas, dict):
            kept = {k: canvas[k] for k in UPDATE_CANVAS_KEYS if k in canvas}
            if kept:
                out_custom["Canvas"] = kept
        out_custom["Regions"] = custom.get("Regions", [])
        mode = layout.get("LayoutMode", 0)
        body["Layout"] = {"LayoutMode": mode, "CustomLayout": out_custom} if mode == LAYOUT_MODE_CUSTOM else {"LayoutMode": mode}
    return body


# ---- limits, checking, serializing -----------------------------------------------------------

LIMITS: dict[str, FieldLimits] = limits_table(StartRecordRequest)
SECRET_PATHS: tuple[str, ...] = tuple(p for p, lim in LIMITS.items() if lim.secret)


_TABLES: dict[type, dict[str, FieldLimits]] = {StartRecordRequest: LIMITS}


def _limits_of(model: type[RequestModel]) -> dict[str, FieldLimits]:
    """The limits table of each request kind (an UpdateRecord has no RecordMode to suggest)."""
    if model not in _TABLES:
        _TABLES[model] = limits_table(model)
    return _TABLES[model]


def _check(model: type[RequestModel], body: Any, rules) -> list[Problem]:
    """Field problems, then the rules between fields. A rule never reads a value that failed
    its own check (one mistake gives one error, not another for each rule measured against it)."""
    if not isinstance(body, dict):
        return [error("", QT_TRANSLATE_NOOP("Problems", "the request body must be a JSON object"))]
    problems, invalid = field_problems(model, body, _limits_of(model))
    seen = {(p.path, p.message) for p in problems}
    for p in rules(with_invalid(body, invalid)):
        if (p.path, p.message) not in seen:
            seen.add((p.path, p.message))
            problems.append(p)
    return problems


# The ids that name one recording. A preset never holds them (they are given when recording
# starts), and the vendor's documentation masks them in its examples ("661e****543cf").
RECORDING_IDS = vendors.get("volcengine").id_keys  # ("AppId", "RoomId", "TaskId"), declared once
# The command-line option that gives each one when a recording starts.
ID_OPTIONS = {"AppId": "--app-id", "RoomId": "--room", "TaskId": "--task"}
_STAND_IN_ID = "draft"


def _as_draft(body: Any) -> tuple[Any, list[Problem]]:
    """`body` with missing or masked recording ids stood in for, plus a warning for each.

    A masked id is not sendable: sending (draft=False) reports it as the pattern error it is.
    """
    if not isinstance(body, dict):
        return body, []
    notes = []
    body = dict(body)
    for key in (*RECORDING_IDS, "BusinessId"):
        value = body.get(key)
        if isinstance(value, str) and "*" in value:
            notes.append(warning(key, QT_TRANSLATE_NOOP("Problems", "looks like a masked example value; give the "
                                                        "real one when recording"), "masked-id"))
            body[key] = _STAND_IN_ID
        elif key in RECORDING_IDS and key not in body:
            notes.append(missing_id(key, draft=True))
            body[key] = _STAND_IN_ID
    # A preset never holds the S3 keys: they live in the account's keyring and are filled in when
    # the recording starts, so a draft without them is complete (sending without them is not).
    storage = body.get("StorageConfig")
    custom = storage.get("CustomConfig") if isinstance(storage, dict) else None
    if isinstance(custom, dict):
        custom = dict(custom)
        for key in S3_SECRET_FIELDS:
            if key not in custom:
                notes.append(warning(f"StorageConfig.CustomConfig.{key}", SECRET_AT_START_TEXT, SECRET_AT_START))
                custom[key] = _STAND_IN_ID
        body["StorageConfig"] = {**storage, "CustomConfig": custom}
    return body, notes


# The S3 keys a start fills from the account: its secrets declared in StorageConfig.CustomConfig.
S3_SECRET_FIELDS = tuple(path.rpartition(".")[2] for path in vendors.get("volcengine").account_secrets
                         if path.startswith("StorageConfig.CustomConfig.")
                         and path in vendors.get("volcengine").request_secret_paths())
SECRET_AT_START_TEXT = QT_TRANSLATE_NOOP("Problems", "is a secret kept in the account's keyring; it is filled in "
                                                     "when the recording starts")


def missing_id(key: str, *, draft: bool) -> Problem:
    """A recording id the body lacks: a warning in a draft (it is given at start), else an error."""
    option = ID_OPTIONS[key]
    if draft:
        if key == "TaskId":
            return warning(key, QT_TRANSLATE_NOOP("Problems", "is not set in this file; give it with {option} when "
                                                  "the recording starts (start makes one up otherwise)"),
                           "id-at-start", option=option)
        return warning(key, QT_TRANSLATE_NOOP("Problems", "is not set in this file; give it with {option} when the "
                                              "recording starts"), "id-at-start", option=option)
    if key == "TaskId":
        return error(key, QT_TRANSLATE_NOOP("Problems", "is required: give it with {option} "
                                            "(start makes one up otherwise)"), "missing", option=option)
    return error(key, QT_TRANSLATE_NOOP("Problems", "is required: give it with {option}"), "missing", option=option)


def check_start(body: Any, *, draft: bool = False) -> list[Problem]:
    """Every problem of a StartRecord body: field rules, then the rules between fields.

    With `draft`, the body is a saved layout rather than a request about to be sent: the
    per-recording ids may be missing (a warning names the option that gives each) or masked.
    """
    notes: list[Problem] = []
    if draft:
        body, notes = _as_draft(body)
    problems = _check(StartRecordRequest, body, volcengine_rules.start_rules)
    # A missing id says how to give it, as the draft's warning does.
    problems = [missing_id(p.path, draft=False) if p.rule == "missing" and p.path in ID_OPTIONS else p
                for p in problems]
    return notes + problems


def check_update(body: Any, task_canvas: tuple[int, int] | None = None) -> list[Problem]:
    """Every problem of an UpdateRecord body. `task_canvas` is the running task's (width, height),
    when known: the Regions must fit it."""
    canvas = Canvas(width=task_canvas[0], height=task_canvas[1]) if task_canvas else None
    return _check(UpdateRecordRequest, body, lambda b: volcengine_rules.update_rules(b, canvas))


def check_stop(body: Any) -> list[Problem]:
    return _check(StopRecordRequest, body, lambda _body: [])


def check_get(query: Any) -> list[Problem]:
    return _check(GetRecordTaskQuery, query, lambda _body: [])


def _parse(model: type[RequestModel], body: Any, checker) -> Any:
    problems = checker(body)
    if errors_of(problems):
        raise RequestInvalid(problems)
    return model.model_validate(body)


def parse_start(body: Any, *, draft: bool = False) -> StartRecordRequest:
    """A valid StartRecord model, or RequestInvalid.

    With `draft` (a saved layout, or the vendor's own documented example) the recording ids may
    be missing or masked; the model keeps them as they were, and sending checks them again.
    """
    if not draft:
        return _parse(StartRecordRequest, body, check_start)
    problems = check_start(body, draft=True)
    if errors_of(problems):
        raise RequestInvalid(problems)
    stood_in, _notes = _as_draft(body)
    model = StartRecordRequest.model_validate(stood_in)
    kept = {name: body[info.alias] for name, info in StartRecordRequest.model_fields.items()
            if info.alias in (*RECORDING_IDS, "BusinessId") and info.alias in body}
    missing = {name for name, info in StartRecordRequest.model_fields.items()
               if info.alias in RECORDING_IDS and info.alias not in body}
    model = model.model_copy(update=kept)
    model.__pydantic_fields_set__.difference_update(missing)
    return model


def parse_update(body: Any) -> UpdateRecordRequest:
    return _parse(UpdateRecordRequest, body, check_update)


def parse_stop(body: Any) -> StopRecordRequest:
    return _parse(StopRecordRequest, body, check_stop)


def parse_get(query: Any) -> GetRecordTaskQuery:
    return _parse(GetRecordTaskQuery, query, check_get)


def checked_body(body: dict) -> dict:
    """The body to send of a request check_start has passed (the session's one check): built by
    the model, in API spelling, without checking it again."""
    return to_body(StartRecordRequest.model_validate(body))


def to_body(model: RequestModel) -> dict:
    """The request body in the API's spelling, with only the fields that were set."""
    return model.model_dump(by_alias=True, exclude_unset=True, mode="json")




def _secret_holders(body: Any):
    """(containing dict, key, API path) for each secret path present in `body`."""
    if not isinstance(body, dict):
        return
    for path in SECRET_PATHS:
        *parents, key = path.split(".")
        node: Any = body
        for part in parents:
            node = node.get(part) if isinstance(node, dict) else None
        if isinstance(node, dict) and node.get(key):
            yield node, key, path


def mask_secrets(body: Any) -> Any:
    """A copy of `body` with every secret value replaced by a mask (for previews and exports)."""
    out = copy.deepcopy(body)
    for node, key, _path in _secret_holders(out):
        node[key] = MASK
    return out


def secrets_in(body: Any) -> list[str]:
    """API paths of the secrets present (non-empty, unmasked) in `body`."""
    return [path for node, key, path in _secret_holders(body) if node[key] != MASK]


def strip_secrets(body: Any) -> Any:
    """A copy of `body` without its secret values (what a preset may keep)."""
    out = copy.deepcopy(body)
    for node, key, _path in list(_secret_holders(out)):
        del node[key]
    return out
