"""Hostile documents for the fuzz tests: a seeded mutator over real bodies, and structural generators.

Every document is JSON text, as a user's file holds it. `mutate_text` produces the shapes a fuzz
run found crashing the commands: nesting thousands deep, whole numbers of thousands of digits,
huge and infinite floats, NaN, lone surrogates in values and keys, wrong types, typo'd keys.
"""

from __future__ import annotations

import copy
import json
import random
from typing import Any

from support import seed_example

LAYOUT_BODY = {
    "AppId": "app1", "RoomId": "room1", "TaskId": "task1",
    "TargetStreams": {"StreamList": [{"Index": 0, "UserId": "alice"}, {"Index": 1, "UserId": "bob", "StreamType": 1}]},
    "Encode": {"VideoWidth": 640, "VideoHeight": 360, "VideoFps": 15},
    "Layout": {"LayoutMode": 2, "MainVideoStream": {"UserId": "alice"}, "CustomLayout": {
        "Canvas": {"Width": 640, "Height": 360, "Background": "#102030",
                   "BackgroundImage": "https://example.com/bg.png"},
        "Regions": [
            {"StreamIndex": 0, "Width": 640, "Height": 360, "RenderMode": 1},
            {"StreamIndex": 1, "LocationX": 440, "LocationY": 240, "Width": 200, "Height": 120, "ZOrder": 1,
             "Alpha": 0.8, "CornerRadius": 0.05, "SourceCrop": {"LocationX": 0.1, "LocationY": 0.1,
                                                                "WidthProportion": 0.5, "HeightProportion": 0.5},
             "AlternateImage": "https://example.com/away.jpg", "MediaType": 0},
        ],
    }},
    "Control": {"MaxIdleTime": 180, "EnableSyncUpload": True},
    "FileFormatConfig": {"FileFormat": ["HLS", "MP4"]},
    "FileNameConfig": {"Prefix": ["dir1"], "Pattern": "{TaskId}_{UserId}_{Random}"},
    "StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "2100000000", "Bucket": "bkt"}},
}
QINGCLOUD_BODY = {"app_id": "a", "project_id": "p", "channel": "c", "is_mixing_enabled": 1, "layout_mode": 2,
                  "isAudioOnly": 0, "stream_type": 0}


def preset_of(vendor: str, request: dict) -> dict:
    return {"mixframe": 1, "name": "Show", "vendor": vendor, "request": request,
            "editor": {"grid": {"size": 20, "visible": True}, "snap": True,
                       "regions": [{"stream_index": 0, "locked": True, "image": "/nonexistent/a.png"}]}}


def bases() -> list[Any]:
    seed = seed_example()
    automatic = copy.deepcopy(LAYOUT_BODY)
    automatic["Layout"]["LayoutMode"] = 1
    return [seed, LAYOUT_BODY, automatic, QINGCLOUD_BODY, preset_of("volcengine", LAYOUT_BODY),
            preset_of("qingcloud", QINGCLOUD_BODY)]


SURROGATES = ["\udc80", "\ud800", "\udfff", "a\udc80b", "\ud83d"]


def hostile_leaf(rng: random.Random) -> Any:
    """A value no field expects."""
    kind = rng.randrange(18)
    if kind == 0:
        return int("9" * rng.choice((20, 400, 500, 4000)))  # within what json can read
    if kind == 1:
        return -int("1" + "0" * rng.choice((19, 300, 500)))
    if kind == 2:
        return rng.choice((1e308, -1e308, 1e300, 5e-324, -0.0, 1e16))
    if kind == 3:
        return rng.choice(SURROGATES) + rng.choice(("", "x", ".png", "/"))
    if kind == 4:
        return rng.choice(("", " ", "640", "#fff", "http://", "file:///etc/passwd", "a" * 2000, "{Random}" * 50,
                           "https://example.com/" + "é" * 600 + ".png", "\u0000", "\u202e", "😀" * 10))
    if kind == 5:
        return rng.choice((True, False, None))
    if kind == 6:
        return rng.choice((0, 1, 2, 3, -1, 7, 2**31, 2**63, 1919, 1920, 1921, 641))
    if kind == 7:
        return rng.choice((0.5, 1.0, 0.0, 1.5, -0.5, 0.999999999, 1e-9))
    if kind == 8:
        return [hostile_leaf(rng) for _ in range(rng.randrange(4))]
    if kind == 9:
        return {rng.choice(("Width", "x", "\udc80", "UserId", "")): hostile_leaf(rng)}
    if kind == 10:
        return nested(rng.randrange(2, 40), rng)
    if kind == 11:
        return [{"StreamIndex": i, "Width": 1, "Height": 1} for i in range(rng.choice((17, 18, 200)))]
    return rng.choice((0, 1, 2, 640, 360, 0.5, "alice", "HLS", 12, 100))


def nested(depth: int, rng: random.Random) -> Any:
    value: Any = rng.choice((1, "x", None))
    for _ in range(depth):
        value = [value] if rng.random() < 0.5 else {"a": value}
    return value


def _containers(node: Any, out: list) -> None:
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            out.append(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            out.append(item)
            stack.extend(item)


KEYS = ["AppId", "RoomId", "TaskId", "Layout", "LayoutMode", "CustomLayout", "Canvas", "Regions", "Width", "Height",
        "LocationX", "LocationY", "StreamIndex", "CornerRadius", "SourceCrop", "Alpha", "UserId", "Index",
        "TargetStreams", "StreamList", "Pattern", "Prefix", "BackgroundImage", "Type", "Widht", "\udc80", "Fo\udc80o",
        "app_id", "channel", "layout_mode", "mixframe", "vendor", "request", "editor", "stream_index", "image"]


def mutate(doc: Any, rng: random.Random, steps: int) -> Any:
    doc = copy.deepcopy(doc)
    for _ in range(steps):
        containers: list = []
        _containers(doc, containers)
        if not containers:
            return doc
        target = rng.choice(containers)
        op = rng.randrange(6)
        if isinstance(target, dict):
            key = rng.choice(list(target)) if target and op < 4 else rng.choice(KEYS)
            if op == 4 and key in target:
                del target[key]
            elif op == 5:
                target[rng.choice(KEYS)] = hostile_leaf(rng)
            else:
                target[key] = hostile_leaf(rng)
        elif target:
            i = rng.randrange(len(target))
            if op == 4:
                del target[i]
            elif op == 5:
                target.append(copy.deepcopy(target[i]))
            else:
                target[i] = hostile_leaf(rng)
        else:
            target.append(hostile_leaf(rng))
    return doc


def text_mutation(text: str, rng: random.Random) -> str:
    """Changes made to the JSON text itself: escapes, literals and depths json.dumps never writes."""
    op = rng.randrange(8)
    if op == 0:  # a lone surrogate escape inside some string
        at = text.find('"', rng.randrange(len(text)))
        return text if at < 0 else text[:at + 1] + "\\udc80" + text[at + 1:]
    if op == 1:  # a number too long for Python to read
        return text.replace(": 0", ": " + "7" * rng.choice((4301, 5000)), 1)
    if op == 2:
        return text.replace(": 1", ": " + rng.choice(("NaN", "Infinity", "-Infinity", "1e400", "-1e999")), 1)
    if op == 3:  # nested far beyond any request
        depth = rng.choice((33, 200, 3000, 50000))
        opener = rng.choice(("[", '{"a":'))
        closer = "]" if opener == "[" else "}"
        inner = opener * depth + "1" + closer * depth
        return text.replace(": 0", ": " + inner, 1) if rng.random() < 0.7 else inner
    if op == 4:
        return text[: rng.randrange(len(text))]
    if op == 5:
        return text.replace('"Width"', '"Width\\ud800"', 1)
    if op == 6:
        return "\ufeff" + text
    return text


def documents(count: int, seed: int):
    """`count` hostile documents as JSON text, the same ones for the same seed."""
    rng = random.Random(seed)
    pool = bases()
    for n in range(count):
        shape = rng.random()
        if shape < 0.05:
            text = json.dumps(nested(rng.choice((33, 100, 900)), rng))
        else:
            doc = mutate(rng.choice(pool), rng, rng.choice((1, 1, 2, 3, 5)))
            text = json.dumps(doc, ensure_ascii=rng.random() < 0.5)
            if rng.random() < 0.25:
                text = text_mutation(text, rng)
        yield n, text
