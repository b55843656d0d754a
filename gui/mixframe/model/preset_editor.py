"""The saved spelling of a preset's ``editor`` section (grid, snapping, per-stream flags), as
pydantic models that check it on load. Apart from `preset` so that reading a preset's editor state
into the window does not load pydantic before the first paint."""

from __future__ import annotations

from pydantic import Field

from mixframe.model.fields import RequestModel


class GridState(RequestModel):
    size: int = Field(20, ge=2, le=960)
    visible: bool = False


class RegionEditorState(RequestModel):
    """One stream's editor-only flags as a preset saves them (`editor.regions[]`)."""

    stream_index: int = Field(..., ge=0)
    locked: bool = False
    hidden: bool = False
    image: str | None = None


class EditorState(RequestModel):
    """Editor-only state. It never reaches a request."""

    model_config = RequestModel.model_config | {"validate_by_name": True, "validate_by_alias": True}
    grid: GridState = Field(default_factory=GridState)
    snap: bool = True
    regions: list[RegionEditorState] = Field(default_factory=list)
