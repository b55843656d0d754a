"""QingCloud RTC cloud recording (`/v1/cloudRecord`): start, stop and query parameters and answers.

From the vendor's cloud-recording document and its API reference. The
layouts are fixed server-side modes (previewed with `templates.qingcloud_auto_regions`).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from mixframe.model import applies, vendors
from mixframe.model.fields import RequestModel, ResponseModel, api_field, limits_table
from mixframe.model.limits import FieldLimits
from mixframe.model.problems import MASK, QT_TRANSLATE_NOOP, Problem, RequestInvalid, error, errors_of, warning
from mixframe.model.pydantic_errors import field_problems
from mixframe.model.values import INVALID

PATH = "/v1/cloudRecord"
# The ids that name one recording: given when it starts, never kept in a preset.
RECORDING_IDS = vendors.get("qingcloud").id_keys  # ("app_id", "channel"), declared once
MAX_PICTURES = 17


class StartParams(RequestModel):
    app_id: str = api_field("app_id", required=True, min_length=1)
    project_id: str = api_field("project_id", required=True, min_length=1)
    channel: str = api_field("channel", required=True, min_length=1)
    sign_key: str = api_field("sign_key", required=True, min_length=1, secret=True)
    is_audio_only: Literal[0, 1] = api_field("isAudioOnly", api_default=0, labels={0: "Audio and video", 1: "Audio only"})
    is_video_only: Literal[0, 1] = api_field("isVideoOnly", api_default=0, labels={0: "Audio and video", 1: "Video only"})
    mixed_video_audio: Literal[0, 1, 2] = api_field(
        "mixed_video_audio", api_default=2,
        labels={0: "Separate audio and video", 1: "One MP4 (limited players)", 2: "One MP4 (most players)"},
    )
    layout_mode: Literal[0, 1, 2] = api_field(
        "layout_mode", api_default=0, labels={0: "Floating", 1: "Adaptive", 2: "Vertical"}
    )
    stream_type: Literal[0, 1] = api_field("stream_type", api_default=0, labels={0: "High stream", 1: "Low stream"})
    is_mixing_enabled: Literal[0, 1] = api_field(
        "is_mixing_enabled", api_default=0, labels={0: "Single stream", 1: "Mixed"}
    )


START_MODEL = StartParams  # what a bare start body is recognised by (model.preset.detect_vendor)


class StopParams(RequestModel):
    app_id: str = api_field("app_id", required=True, min_length=1)
    project_id: str = api_field("project_id", required=True, min_length=1)
    channel: str = api_field("channel", required=True, min_length=1)


class QueryParams(RequestModel):
    app_id: str = api_field("app_id", required=True, min_length=1)
    channel: str = api_field("channel", required=True, min_length=1)
    from_hour: int = api_field("from_hour", api_default=3, ge=0)
    to_hour: int = api_field("to_hour", api_default=5, ge=0)
    offset: int = api_field("offset", api_default=0, ge=0)
    limit: int = api_field("limit", api_default=20, ge=1, le=100)


RECORDING_STATUS: dict[int, str] = {
    0: "None", 1: "Start", 2: "Recording", 3: "Recorded", 4: "Stopping", 5: "AutoStopping",
    6: "MergingSingleMedia", 7: "SingleMediaMerged", 8: "PushingToQingstor", 9: "PushedToQingstor",
    10: "Stopped", 11: "RepairingMedia",
    30: "RecordProcessCored", 31: "RecordProcessCoredRepairSuccess", 32: "RecordProcessCoredRepairFailed",
    50: "RepairMediaFailed", 51: "MergeSingleMediaFailed", 52: "PushToQingstorFailed", 53: "StopRecordProcessFailed",
}
FAILED_STATUSES = frozenset({32, 50, 51, 52, 53})


def status_name(code: int) -> str:
    return RECORDING_STATUS.get(code, f"status {code}")


class StartAnswer(ResponseModel):
    code: str = ""
    task_id: int | None = None
    message: str | None = None

    @property
    def ok(self) -> bool:
        return self.code == "success"


class StopAnswer(ResponseModel):
    code: str = ""
    data: Any = None
    message: str | None = None

    @property
    def ok(self) -> bool:
        return self.code == "success"


class RecInfo(ResponseModel):
    id: int | None = None
    project_id: str | None = None
    app_id: str | None = None
    channel: str | None = None
    pid: int | None = None
    host: str | None = None
    status: int = 0
    size: int | None = None
    is_mix: int | None = None
    url_prefix: str | None = None
    files: Any = None
    acc_key_id: str | None = None
    rec_bucket: str | None = None
    rec_zone: str | None = None
    rec_path: str | None = None
    created: str | None = None
    updated: str | None = None

    @property
    def status_name(self) -> str:
        return status_name(self.status)


class QueryAnswer(ResponseModel):
    code: str = ""
    offset: int = 0
    limit: int = 20
    total_count: int = 0
    recinfos: list[RecInfo] = Field(default_factory=list)
    message: str | None = None

    @property
    def ok(self) -> bool:
        return self.code == "success"


LIMITS: dict[str, FieldLimits] = {
    **limits_table(StartParams), **limits_table(QueryParams)
}
SECRET_PATHS = tuple(p for p, lim in LIMITS.items() if lim.secret)


def _structure(model, body: Any) -> list[Problem]:
    return _fields(model, body)[0]


def _fields(model, body: Any) -> tuple[list[Problem], set[str]]:
    """The field problems, and the names of the top-level values that failed their own check."""
    if not isinstance(body, dict):
        return [error("", QT_TRANSLATE_NOOP("Problems", "the request must be a JSON object"))], set()
    problems, invalid = field_problems(model, body, LIMITS)
    return problems, {str(loc[0]) for loc in invalid if loc}


# The command-line option that gives each recording id when a recording starts.
ID_OPTIONS = {"app_id": "--app-id", "channel": "--room"}
_STAND_IN = "draft"


def missing_id(key: str, *, draft: bool) -> Problem:
    """A recording id the body lacks: a warning in a draft (it is given at start), else an error."""
    if draft:
        return warning(key, QT_TRANSLATE_NOOP("Problems", "is not set in this file; give it with {option} when the "
                                              "recording starts"), "id-at-start", option=ID_OPTIONS[key])
    return error(key, QT_TRANSLATE_NOOP("Problems", "is required: give it with {option}"), "missing",
                 option=ID_OPTIONS[key])


def check_start(body: Any, *, draft: bool = False) -> list[Problem]:
    """Every problem of a start body.

    With `draft` (a saved preset) the secret sign_key may be absent, and so may the recording
    ids, each with a warning naming the option that gives it at start.
    """
    notes: list[Problem] = []
    if draft and isinstance(body, dict):
        body = dict(body)
        if "sign_key" not in body:
            body["sign_key"] = _STAND_IN
        for key in RECORDING_IDS:
            if key not in body:
                notes.append(missing_id(key, draft=True))
                body[key] = _STAND_IN
    problems, invalid = _fields(StartParams, body)
    problems = [missing_id(p.path, draft=False) if p.rule == "missing" and p.path in ID_OPTIONS else p
                for p in problems]
    if isinstance(body, dict):
        # A relation is judged only between values that passed their own checks.
        judged = {key: (INVALID if key in invalid else value) for key, value in body.items()}
        problems += applies.problems_of(judged, "qingcloud")
    return notes + problems


def check_stop(body: Any) -> list[Problem]:
    return _structure(StopParams, body)


def check_query(params: Any) -> list[Problem]:
    problems = _structure(QueryParams, params)
    if isinstance(params, dict):
        start, end = params.get("from_hour", 3), params.get("to_hour", 5)
        if isinstance(start, int) and isinstance(end, int) and not isinstance(start, bool) and abs(end - start) > 24:
            problems.append(error("to_hour", QT_TRANSLATE_NOOP("Problems", "the query window may span at most "
                                                               "{hours} hours"), "query-window", hours=24))
    return problems


def parse_start(body: Any) -> StartParams:
    problems = check_start(body)
    if errors_of(problems):
        raise RequestInvalid(problems)
    return StartParams.model_validate(body)


def checked_body(body: dict) -> dict:
    """The body to send of a request check_start has passed, without checking it again."""
    return to_body(StartParams.model_validate(body))


def to_body(model: RequestModel) -> dict:
    return model.model_dump(by_alias=True, exclude_unset=True, mode="json")


def mask_secrets(body: Any) -> Any:
    if isinstance(body, dict) and body.get("sign_key"):
        return {**body, "sign_key": MASK}
    return body


def secrets_in(body: Any) -> list[str]:
    if isinstance(body, dict) and body.get("sign_key") and body["sign_key"] != MASK:
        return ["sign_key"]
    return []


def strip_secrets(body: Any) -> Any:
    if isinstance(body, dict) and "sign_key" in body:
        return {k: v for k, v in body.items() if k != "sign_key"}
    return body
