"""Request bodies the model tests start from, each a fresh dict so a test may change it freely."""

from __future__ import annotations

import copy

from support import seed_example

import pytest

# The StartRecord request example of the vendor document ("请求示例"), from tests/fixtures.
SEED_EXAMPLE = seed_example()

MINIMAL = {
    "AppId": "app1",
    "RoomId": "room1",
    "TaskId": "task1",
    "StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "2100000000", "Bucket": "bucket1"}},
}


def custom_layout_body(count: int = 17, width: int = 1280, height: int = 720) -> dict:
    """A valid mixed recording with a custom layout: `count` streams, one Region each, in a grid."""
    columns = 1
    while columns * columns < count:
        columns += 1
    rows = (count + columns - 1) // columns
    cell_w, cell_h = width // columns, height // rows
    streams, regions = [], []
    for i in range(count):
        # Indices deliberately not 0..n-1 so that nothing relies on position.
        index = 10 + 3 * i
        streams.append({"Index": index, "UserId": f"user_{i}@host.example-{i}", "StreamType": i % 2})
        regions.append({
            "StreamIndex": index,
            "LocationX": (i % columns) * cell_w,
            "LocationY": (i // columns) * cell_h,
            "Width": cell_w,
            "Height": cell_h,
            "ZOrder": i,
            "Alpha": 1.0,
            "RenderMode": 1,
        })
    body = copy.deepcopy(MINIMAL)
    body.update({
        "RecordMode": 0,
        "TargetStreams": {"StreamList": streams},
        "Layout": {
            "LayoutMode": 2,
            "CustomLayout": {
                "Canvas": {"Width": width, "Height": height, "Background": "#102030"},
                "Regions": regions,
            },
        },
    })
    return body


def full_body() -> dict:
    """A valid StartRecord body with every field the model knows set (S3-compatible storage)."""
    return {
        "AppId": "app_1",
        "BusinessId": "biz.1",
        "RoomId": "room-1",
        "TaskId": "task@1",
        "RecordMode": 0,
        "TargetStreams": {"StreamList": [
            {"Index": 0, "UserId": "alice", "StreamType": 0},
            {"Index": 1, "UserId": "bob", "StreamType": 1},
        ]},
        "ExcludeStreams": {"StreamList": [{"Index": 0, "UserId": "carol", "StreamType": 0}]},
        "Encode": {
            "VideoWidth": 1280, "VideoHeight": 720, "VideoFps": 30, "VideoBitrate": 2000,
            "VideoCodec": 1, "VideoGop": 2, "AudioCodec": 0, "AudioProfile": 1, "AudioBitrate": 128,
            "AudioSampleRate": 44100, "AudioChannels": 2,
        },
        "Layout": {
            "LayoutMode": 2,
            "MainVideoStream": {"Index": 0, "UserId": "alice", "StreamType": 0},
            "CustomLayout": {
                "Canvas": {"Width": 1280, "Height": 720, "Background": "#ABCDEF",
                           "BackgroundImage": "https://example.com/bg.png"},
                "Regions": [
                    {"StreamIndex": 0, "LocationX": 0, "LocationY": 0, "Width": 1280, "Height": 720,
                     "ZOrder": 0, "Alpha": 1.0, "RenderMode": 3,
                     "SourceCrop": {"LocationX": 0.1, "LocationY": 0.2, "WidthProportion": 0.5,
                                    "HeightProportion": 0.5},
                     "AlternateImage": "https://example.com/alt.jpg", "CornerRadius": 0.0,
                     "MediaType": 0, "AlternateImageFillMode": 1},
                    {"StreamIndex": 1, "LocationX": 900, "LocationY": 500, "Width": 320, "Height": 180,
                     "ZOrder": 10, "Alpha": 0.5, "RenderMode": 2,
                     "SourceCrop": {"LocationX": 0.0, "LocationY": 0.0, "WidthProportion": 1.0,
                                    "HeightProportion": 1.0},
                     "AlternateImage": "http://example.com/alt2.jpeg", "CornerRadius": 0.05,
                     "MediaType": 2, "AlternateImageFillMode": 0},
                ],
            },
        },
        "Control": {"MediaType": 0, "FrameInterpolationMode": 1, "MaxSilenceSeconds": 600,
                    "MaxIdleTime": 300, "MaxRecordTime": 7200, "EnableSyncUpload": True},
        "FileFormatConfig": {"FileFormat": ["HLS", "MP4"]},
        "FileNameConfig": {"Prefix": ["dir1", "dir2"], "Pattern": "{TaskId}_{StartTime}_{Random}"},
        "StorageConfig": {
            "Type": 2,
            "CustomConfig": {"Vendor": 3, "Region": 5, "Bucket": "my-bucket",
                             "AccessKey": "AKIDEXAMPLEACCESS", "SecretKey": "SECRETEXAMPLEKEY=="},
        },
    }


@pytest.fixture
def minimal_body() -> dict:
    return copy.deepcopy(MINIMAL)


@pytest.fixture
def seed_body() -> dict:
    return copy.deepcopy(SEED_EXAMPLE)


@pytest.fixture
def custom_body() -> dict:
    """17 streams, 17 regions, 1280×720 canvas."""
    return custom_layout_body(17)


@pytest.fixture
def full_request() -> dict:
    return full_body()


@pytest.fixture
def body_builders() -> dict:
    """Named builders of canonical valid bodies, for tests parametrized by name."""
    return {
        "minimal": lambda: copy.deepcopy(MINIMAL),
        "full": full_body,
        "custom-17": lambda: custom_layout_body(17),
        "custom-1": lambda: custom_layout_body(1, 2, 2),
    }


@pytest.fixture
def custom_layout_factory():
    return custom_layout_body
