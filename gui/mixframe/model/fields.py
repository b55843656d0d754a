"""How the request models declare a field once, and how everyone else reads its limits.

A field's range, choices, evenness, length and documented default are written in one place,
the pydantic declaration, through `api_field`. Forms, the editor, the problem messages and the
sandbox read them back with `FieldLimits.of`, so a number is never restated.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass
from typing import Any, Literal

from annotated_types import Ge, Gt, Le, Lt, MaxLen, MinLen
from pydantic import AfterValidator, AliasChoices, BaseModel, ConfigDict, Field, ValidationInfo, field_validator
from pydantic.fields import FieldInfo
from pydantic_core import PydanticCustomError

from mixframe.model.limits import FieldLimits
from mixframe.model.problems import QT_TRANSLATE_NOOP

ID_PATTERN = r"^[a-zA-Z0-9_@\-\.]{1,128}$"
# The seed's Integer is a signed 64-bit integer at most: every whole-number field of both
# vendors stays within these bounds, whatever narrower range it also declares.
INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1
ID_RULE = QT_TRANSLATE_NOOP("Problems", "may use only letters, digits and _ @ - . and be 1 to 128 characters long")


class RequestModel(BaseModel):
    """Base of every request object: API spelling only, no unknown fields, no type coercion.

    Strictness protects the user: "640" is not silently taken for 640, a typo in a key is an
    error instead of a field the server never sees.
    """

    model_config = ConfigDict(
        extra="forbid", strict=True, validate_by_alias=True, validate_by_name=False, defer_build=True
    )

    @field_validator("*", mode="before", check_fields=False)
    @classmethod
    def _exact_choice(cls, value: Any, info: ValidationInfo) -> Any:
        """An integer choice is an integer: pydantic's Literal takes true for 1 and 1.0 for 1."""
        if isinstance(value, (bool, float)) and info.field_name is not None:
            annotation = cls.model_fields[info.field_name].annotation
            if typing.get_origin(annotation) is Literal:
                choices = typing.get_args(annotation)
                if all(isinstance(c, int) and not isinstance(c, bool) for c in choices):
                    raise PydanticCustomError("int_type", "Input should be a valid integer")
        return value

    @field_validator("*", mode="after", check_fields=False)
    @classmethod
    def _int64(cls, value: Any) -> Any:
        """A whole number beyond 64 bits is refused (pydantic's int takes any size)."""
        if isinstance(value, int) and not isinstance(value, bool) and not INT64_MIN <= value <= INT64_MAX:
            raise PydanticCustomError("int64_range", "Input should fit in a 64-bit integer")
        return value


class ResponseModel(BaseModel):
    """Base of the services' answers: lenient, because servers add fields over time."""

    model_config = ConfigDict(extra="allow", validate_by_alias=True, validate_by_name=True, defer_build=True)


@dataclass(frozen=True)
class Even:
    """Marker in a field's metadata: the value must be an even number."""


EVEN_RULE = QT_TRANSLATE_NOOP("Problems", "must be an even number of pixels")


def _must_be_even(value: Any) -> Any:
    if value is not None and value % 2:
        raise ValueError(EVEN_RULE)
    return value


def api_field(
    alias: str,
    *,
    required: bool = False,
    api_default: Any = None,
    labels: dict[Any, str] | None = None,
    accept: tuple[str, ...] = (),
    secret: bool = False,
    doc: str = "",
    **constraints: Any,
) -> Any:
    """A field in the API's spelling.

    Optional fields default to None, meaning "not set": they are left out of the request so
    the service's documented default (`api_default`) applies. `accept` lists extra spellings
    taken on input (the seed's own example spells some fields differently).
    """
    extra = {"api_default": api_default, "labels": labels, "secret": secret, "doc": doc}
    validation_alias = AliasChoices(alias, *accept) if accept else None
    kwargs: dict[str, Any] = dict(alias=alias, json_schema_extra=extra, **constraints)
    if validation_alias is not None:
        kwargs["validation_alias"] = validation_alias
        kwargs["serialization_alias"] = alias
    if required:
        return Field(..., **kwargs)
    return Field(None, **kwargs)


EvenPixels = AfterValidator(_must_be_even)


def limits_of(path: str, info: FieldInfo) -> FieldLimits:
    """The limits `info` declares for the field at `path`."""
    annotation = info.annotation
    args = typing.get_args(annotation)
    origin = typing.get_origin(annotation)
    kind, choices = _kind_of(annotation)
    data: dict[str, Any] = {"path": path, "kind": kind, "choices": choices, "required": info.is_required()}
    for meta in info.metadata:
        if isinstance(meta, Ge):
            data.update(minimum=meta.ge, min_exclusive=False)
        elif isinstance(meta, Gt):
            data.update(minimum=meta.gt, min_exclusive=True)
        elif isinstance(meta, Le):
            data.update(maximum=meta.le, max_exclusive=False)
        elif isinstance(meta, Lt):
            data.update(maximum=meta.lt, max_exclusive=True)
        elif isinstance(meta, MaxLen):
            data["max_length"] = meta.max_length
        elif isinstance(meta, MinLen):
            data["min_length"] = meta.min_length
        elif getattr(meta, "pattern", None):
            data["pattern"] = meta.pattern
        elif meta is EvenPixels:
            data["even"] = True
    if origin is typing.Annotated:  # pragma: no cover - pydantic unwraps Annotated for us
        annotation = args[0]
    extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
    data["default"] = extra.get("api_default")
    data["labels"] = extra.get("labels")
    data["secret"] = bool(extra.get("secret"))
    data["doc"] = extra.get("doc") or ""
    return FieldLimits(**data)



def _kind_of(annotation: Any) -> tuple[str, tuple | None]:
    origin = typing.get_origin(annotation)
    if origin is Literal:
        values = typing.get_args(annotation)
        first = values[0]
        kind = "bool" if isinstance(first, bool) else "int" if isinstance(first, int) else "str"
        return kind, tuple(values)
    if origin in (list, tuple):
        return "list", None
    if isinstance(annotation, type):
        if issubclass(annotation, BaseModel):
            return "object", None
        if annotation is bool:
            return "bool", None
        if annotation is int:
            return "int", None
        if annotation is float:
            return "float", None
        if annotation is str:
            return "str", None
    return "any", None


def element_model(annotation: Any) -> type[BaseModel] | None:
    """The model class a field holds, directly or as list elements."""
    origin = typing.get_origin(annotation)
    if origin in (list, tuple):
        args = typing.get_args(annotation)
        annotation = args[0] if args else None
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None


def limits_table(root: type[BaseModel], prefix: str = "") -> dict[str, FieldLimits]:
    """Every field under `root`, keyed by API path with ``[]`` for list elements."""
    table: dict[str, FieldLimits] = {}
    for name, info in root.model_fields.items():
        alias = info.serialization_alias or info.alias or name
        path = f"{prefix}.{alias}" if prefix else alias
        table[path] = limits_of(path, info)
        child = element_model(info.annotation)
        if child is not None:
            is_list = typing.get_origin(info.annotation) in (list, tuple)
            table.update(limits_table(child, path + "[]" if is_list else path))
    return table


def other_spellings(root: type[BaseModel], prefix: str = "") -> dict[str, tuple[str, ...]]:
    """API path (``[]`` for list elements) → the extra spellings `accept` takes for that field
    on input, e.g. ``StorageConfig.TosConfig.AccountId`` → ``("UserAccountId",)``."""
    found: dict[str, tuple[str, ...]] = {}
    for name, info in root.model_fields.items():
        alias = info.serialization_alias or info.alias or name
        path = f"{prefix}.{alias}" if prefix else alias
        choices = getattr(info.validation_alias, "choices", None) or ()
        others = tuple(c for c in choices if isinstance(c, str) and c != alias)
        if others:
            found[path] = others
        child = element_model(info.annotation)
        if child is not None:
            is_list = typing.get_origin(info.annotation) in (list, tuple)
            found.update(other_spellings(child, path + "[]" if is_list else path))
    return found
