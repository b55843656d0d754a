"""What a toy start request is: two ids and a picture count (1..9), checked and masked."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from mixframe.model.problems import MASK, Problem, RequestInvalid, error, errors_of, warning

RECORDING_IDS = ("toy_app", "toy_room")

SECRET_PATHS = ("toy_token",)


class ToyStart(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    toy_app: str = Field(alias="toy_app", min_length=1)
    toy_room: str = Field(alias="toy_room", min_length=1)
    pictures: int = Field(1, alias="pictures")
    toy_token: str = Field("", alias="toy_token")


START_MODEL = ToyStart


def check_start(body: Any, *, draft: bool = False) -> list[Problem]:
    if not isinstance(body, dict):
        return [error("", "the request must be a JSON object")]
    found: list[Problem] = []
    for key in RECORDING_IDS:
        if not isinstance(body.get(key), str) or not body.get(key):
            found.append(warning(key, "is given when the recording starts") if draft and key not in body
                         else error(key, "is required"))
    for key in body:
        if key not in ToyStart.model_fields:
            found.append(error(key, "is not a field of a toy start"))
    pictures = body.get("pictures", 1)
    if isinstance(pictures, bool) or not isinstance(pictures, int) or not 1 <= pictures <= 9:
        found.append(error("pictures", "must be a whole number from 1 to 9"))
    return found


def parse_start(body: Any) -> ToyStart:
    problems = check_start(body)
    if errors_of(problems):
        raise RequestInvalid(problems)
    return ToyStart.model_validate(body)


def checked_body(body: dict) -> dict:
    return to_body(ToyStart.model_validate(body))


def to_body(model: ToyStart) -> dict:
    return model.model_dump(by_alias=True, exclude_unset=True)


def mask_secrets(body: Any) -> Any:
    return {**body, "toy_token": MASK} if isinstance(body, dict) and body.get("toy_token") else body


def secrets_in(body: Any) -> list[str]:
    return ["toy_token"] if isinstance(body, dict) and body.get("toy_token") not in (None, "", MASK) else []


def strip_secrets(body: Any) -> Any:
    return {k: v for k, v in body.items() if k != "toy_token"} if isinstance(body, dict) else body
