"""parse → to_body gives back the body the producer wrote: nothing added, nothing lost, API spelling."""

from __future__ import annotations

import copy
import json

import pytest

from mixframe.model.layout import CanvasLayout
from mixframe.model.volcengine import (
    MASK,
    SECRET_PATHS,
    check_start,
    mask_secrets,
    parse_start,
    parse_update,
    secrets_in,
    strip_secrets,
    to_body,
)



def canonical(body) -> str:
    return json.dumps(body, sort_keys=True, ensure_ascii=False)


NAMES = ["minimal", "full", "custom-17", "custom-1"]


@pytest.mark.parametrize("name", NAMES)
def test_parse_then_to_body_is_identity(body_builders, name):
    body = body_builders[name]()
    assert not [p for p in check_start(body) if p.is_error]
    out = to_body(parse_start(body))
    assert canonical(out) == canonical(body)
    # and once more: a second trip changes nothing
    assert canonical(to_body(parse_start(out))) == canonical(body)


def test_full_body_sets_every_field(full_request):
    """The "full" body really has every StartRecord field, so the round trip above covers them all."""
    from mixframe.model.volcengine import LIMITS

    body = full_request

    def present(node, parts):
        if not parts:
            return True
        head, *rest = parts
        if head.endswith("[]"):
            items = node.get(head[:-2]) if isinstance(node, dict) else None
            return bool(items) and all(present(item, rest) for item in items if isinstance(item, dict))
        return isinstance(node, dict) and head in node and present(node[head], rest)

    # Each storage type has its own config; the full body uses S3-compatible storage.
    skip = ("StorageConfig.TosConfig", "StorageConfig.VodConfig")
    missing = [p for p in LIMITS if not p.startswith(skip) and not present(body, p.split("."))]
    assert missing == []


def test_unset_fields_are_omitted(minimal_body):
    body = minimal_body
    body["Layout"] = {"LayoutMode": 2, "CustomLayout": {"Regions": [{"StreamIndex": 0, "Width": 10, "Height": 10}]}}
    body["TargetStreams"] = {"StreamList": [{"UserId": "alice"}]}
    out = to_body(parse_start(body))
    assert out["Layout"]["CustomLayout"]["Regions"] == [{"StreamIndex": 0, "Width": 10, "Height": 10}]
    assert out["TargetStreams"] == {"StreamList": [{"UserId": "alice"}]}
    assert "Canvas" not in out["Layout"]["CustomLayout"]
    for key in ("BusinessId", "RecordMode", "Encode", "Control", "FileFormatConfig", "FileNameConfig"):
        assert key not in out
    assert "null" not in json.dumps(out)


def test_explicit_defaults_are_kept(minimal_body):
    # A value the producer wrote stays, even when it equals the server's default.
    body = minimal_body
    body.update(RecordMode=0, Encode={"VideoFps": 15, "AudioChannels": 2}, Control={"MaxIdleTime": 180})
    assert to_body(parse_start(body)) == body


def test_seed_example_parses_with_account_id_and_integer_region(seed_body):
    # The example's ids are masked ("661e****543cf"); give real ones as `mixframe request --app-id` does.
    seed_body["AppId"] = "661e0000543cf"
    seed_body["BusinessId"] = "123123120000002131djad"
    out = to_body(parse_start(seed_body))
    tos = out["StorageConfig"]["TosConfig"]
    assert tos == {"AccountId": "21****89", "Region": 0, "Bucket": "tos-vod-c****16fd9e8343"}
    assert "UserAccountId" not in json.dumps(out)
    assert isinstance(tos["Region"], int)
    expected = copy.deepcopy(seed_body)
    expected["StorageConfig"]["TosConfig"] = tos
    assert canonical(out) == canonical(expected)
    # What we send parses again to itself.
    assert canonical(to_body(parse_start(out))) == canonical(out)


def test_seed_example_parses_verbatim_as_a_draft(seed_body):
    """The vendor's own example, masked ids and all, parses as a draft; sending refuses the mask."""
    from mixframe.model.problems import RequestInvalid

    verbatim = copy.deepcopy(seed_body)
    out = to_body(parse_start(verbatim, draft=True))
    expected = copy.deepcopy(seed_body)
    expected["StorageConfig"]["TosConfig"] = {"AccountId": "21****89", "Region": 0, "Bucket": "tos-vod-c****16fd9e8343"}
    assert canonical(out) == canonical(expected)
    assert out["AppId"] == "661e****543cf"
    with pytest.raises(RequestInvalid) as refused:
        parse_start(verbatim)
    assert "AppId" in [p.path for p in refused.value.problems]


def test_a_draft_without_recording_ids_serializes_without_them():
    body = {"StorageConfig": {"TosConfig": {"AccountId": "1", "Bucket": "b"}}}
    assert to_body(parse_start(body, draft=True)) == body


def test_update_round_trip():
    body = {"AppId": "a", "RoomId": "r", "TaskId": "t",
            "TargetStreams": {"StreamList": [{"Index": 4, "UserId": "u"}]},
            "Layout": {"LayoutMode": 2, "CustomLayout": {"Canvas": {"Background": "#FFFFFF"},
                                                         "Regions": [{"StreamIndex": 4, "Width": 6, "Height": 8,
                                                                      "Alpha": 0.25}]}}}
    assert canonical(to_body(parse_update(copy.deepcopy(body)))) == canonical(body)


# ---- CanvasLayout <-> CustomLayout ----------------------------------------------------------------------

@pytest.mark.parametrize("name", ["full", "custom-17", "custom-1"])
def test_canvas_layout_is_lossless(body_builders, name):
    body = body_builders[name]()
    custom = body["Layout"]["CustomLayout"]
    layout = CanvasLayout.from_custom_layout(copy.deepcopy(custom))
    assert canonical(layout.to_custom_layout()) == canonical(custom)
    assert len(layout.regions) == len(custom["Regions"])
    # The model's own serialization agrees with the geometry's.
    assert canonical(to_body(parse_start(body))["Layout"]["CustomLayout"]) == canonical(layout.to_custom_layout())


def test_canvas_layout_keeps_only_what_was_set():
    custom = {"Regions": [{"StreamIndex": 0, "Width": 10, "Height": 10}]}
    assert CanvasLayout.from_custom_layout(custom).to_custom_layout() == custom
    custom = {"Canvas": {}, "Regions": []}
    assert CanvasLayout.from_custom_layout(custom).to_custom_layout() == custom


# ---- secrets -----------------------------------------------------------------------------------------------

def test_secret_paths_are_the_custom_config_keys():
    assert set(SECRET_PATHS) == {"StorageConfig.CustomConfig.AccessKey", "StorageConfig.CustomConfig.SecretKey"}


def test_mask_strip_and_find_secrets(full_request, minimal_body):
    body = full_request
    original = copy.deepcopy(body)
    masked = mask_secrets(body)
    assert body == original  # the input is never changed
    assert masked["StorageConfig"]["CustomConfig"]["AccessKey"] == MASK
    assert masked["StorageConfig"]["CustomConfig"]["SecretKey"] == MASK
    text = json.dumps(masked)
    assert "AKIDEXAMPLEACCESS" not in text and "SECRETEXAMPLEKEY" not in text
    assert set(secrets_in(body)) == set(SECRET_PATHS)
    assert secrets_in(masked) == []
    stripped = strip_secrets(body)
    assert "AccessKey" not in stripped["StorageConfig"]["CustomConfig"]
    assert "SecretKey" not in stripped["StorageConfig"]["CustomConfig"]
    assert stripped["StorageConfig"]["CustomConfig"]["Bucket"] == "my-bucket"
    # Masking a body without secrets is a plain copy.
    assert mask_secrets(minimal_body) == minimal_body and mask_secrets(minimal_body) is not minimal_body
