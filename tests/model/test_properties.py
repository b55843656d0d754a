"""Property tests: random valid layouts are valid and round-trip; random junk never raises."""

from __future__ import annotations

import copy
import json
import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mixframe.model import qingcloud, volcengine
from mixframe.model.fields import ID_PATTERN
from mixframe.model.preset import LoadedDocument, parse_document, parse_text
from mixframe.model.problems import DocumentError, Problem, RequestInvalid

SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

BASE = {
    "AppId": "app1",
    "RoomId": "room1",
    "TaskId": "task1",
    "StorageConfig": {"Type": 0, "TosConfig": {"AccountId": "2100000000", "Bucket": "bucket1"}},
}

ids = st.from_regex(ID_PATTERN, fullmatch=True)
unit_open_top = st.floats(min_value=0.0, max_value=1.0, exclude_max=True)  # [0, 1)
unit_open_bottom = st.floats(min_value=0.0, max_value=1.0, exclude_min=True)  # (0, 1]


@st.composite
def regions_on(draw, width: int, height: int, index: int) -> dict:
    x = draw(st.integers(0, width - 1))
    y = draw(st.integers(0, height - 1))
    region = {
        "StreamIndex": index,
        "LocationX": x,
        "LocationY": y,
        "Width": draw(st.integers(1, width - x)),
        "Height": draw(st.integers(1, height - y)),
    }
    optional = {
        "ZOrder": st.integers(0, 100),
        "Alpha": unit_open_bottom,
        "RenderMode": st.sampled_from([0, 1, 2, 3]),
        "CornerRadius": st.floats(0.0, 1.0),
        "MediaType": st.sampled_from([0, 1, 2]),
        "AlternateImageFillMode": st.sampled_from([0, 1]),
        "SourceCrop": st.fixed_dictionaries({}, optional={
            "LocationX": unit_open_top, "LocationY": unit_open_top,
            "WidthProportion": unit_open_bottom, "HeightProportion": unit_open_bottom,
        }),
    }
    for key, strategy in optional.items():
        if draw(st.booleans()):
            region[key] = draw(strategy)
    return region


@st.composite
def custom_layouts(draw) -> dict:
    """A valid StartRecord body with a custom layout: even canvas, 1..17 streams, regions inside it."""
    width = 2 * draw(st.integers(1, 960))
    height = 2 * draw(st.integers(1, 960))
    count = draw(st.integers(1, 17))
    indices = draw(st.lists(st.integers(0, 10_000), min_size=count, max_size=count, unique=True))
    stream_list = []
    for index in indices:
        stream = {"UserId": draw(ids)}
        if index != 0 or draw(st.booleans()):
            stream["Index"] = index
        if draw(st.booleans()):
            stream["StreamType"] = draw(st.sampled_from([0, 1]))
        stream_list.append(stream)
    regions = [draw(regions_on(width, height, index)) for index in draw(st.permutations(indices))]
    canvas = {"Width": width, "Height": height}
    if draw(st.booleans()):
        canvas["Background"] = draw(st.from_regex(r"#[0-9A-Fa-f]{6}", fullmatch=True))
    body = copy.deepcopy(BASE)
    body["TargetStreams"] = {"StreamList": stream_list}
    body["Layout"] = {"LayoutMode": 2, "CustomLayout": {"Canvas": canvas, "Regions": regions}}
    return body


def canonical(body) -> str:
    return json.dumps(body, sort_keys=True)


@SETTINGS
@given(custom_layouts())
def test_random_valid_layouts_have_no_errors_and_round_trip(body):
    problems = volcengine.check_start(body)
    assert [p.line() for p in problems if p.is_error] == []
    model = volcengine.parse_start(body)
    out = volcengine.to_body(model)
    assert canonical(out) == canonical(body)
    again = volcengine.parse_start(out)
    assert again == model
    assert canonical(volcengine.to_body(again)) == canonical(body)


@SETTINGS
@given(custom_layouts())
def test_random_valid_layouts_are_valid_updates(body):
    update = {k: body[k] for k in ("AppId", "RoomId", "TaskId", "TargetStreams", "Layout")}
    assert [p.line() for p in volcengine.check_update(update) if p.is_error] == []
    assert canonical(volcengine.to_body(volcengine.parse_update(update))) == canonical(update)


# ---- junk -----------------------------------------------------------------------------------------

KEYS = sorted({path.split(".")[-1].removesuffix("[]") for path in volcengine.LIMITS}
              | {"mixframe", "name", "vendor", "request", "editor", "grid", "regions", "stream_index",
                 "app_id", "channel", "sign_key", "isAudioOnly", "limit", "UserAccountId"})

scalars = (st.none() | st.booleans() | st.integers() | st.integers(-3, 3) | st.floats(allow_nan=True)
           | st.text(max_size=20) | st.sampled_from(["", "0", "640", "#fff", "HLS", "volcengine", "qingcloud",
                                                      "******", "https://x/a.png", "a" * 1100]))
json_values = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=5)
    | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=8), children, max_size=6),
    max_leaves=40,
)


def assert_problems(result) -> None:
    assert isinstance(result, list)
    for p in result:
        assert isinstance(p, Problem)
        assert isinstance(p.path, str) and isinstance(p.message, str) and p.message
        assert "\n" not in p.line()


def exercise(value) -> None:
    """Every checker and parser on `value`: problems or the documented exceptions, nothing else."""
    assert_problems(volcengine.check_start(value))
    assert_problems(volcengine.check_start(value, draft=True))
    assert_problems(volcengine.check_update(value))
    assert_problems(volcengine.check_stop(value))
    assert_problems(volcengine.check_get(value))
    assert_problems(qingcloud.check_start(value))
    assert_problems(qingcloud.check_start(value, draft=True))
    assert_problems(qingcloud.check_stop(value))
    assert_problems(qingcloud.check_query(value))
    for parse in (volcengine.parse_start, volcengine.parse_update, volcengine.parse_stop, volcengine.parse_get,
                  qingcloud.parse_start):
        try:
            parse(value)
        except RequestInvalid as exc:
            assert exc.problems and str(exc)
    volcengine.mask_secrets(value)
    volcengine.secrets_in(value)
    try:
        doc = parse_document(value, "junk.json")
    except DocumentError as exc:
        message = str(exc)
        assert message and "\n" not in message and "Traceback" not in message
    else:
        assert isinstance(doc, LoadedDocument)
        assert_problems(doc.check())
        assert_problems(doc.check(draft=False))


@SETTINGS
@given(json_values)
def test_random_json_never_raises(value):
    exercise(value)


@SETTINGS
@given(st.dictionaries(st.sampled_from(KEYS), json_values, max_size=8))
def test_random_objects_with_api_keys_never_raise(value):
    exercise(value)
    exercise({"mixframe": 1, "vendor": "volcengine", "request": value, "editor": value})


@SETTINGS
@given(st.text(max_size=200) | json_values.map(json.dumps))
def test_random_text_is_a_document_or_one_sentence(text):
    try:
        parse_text(text, "junk.json")
    except DocumentError as exc:
        assert "\n" not in str(exc) and "Traceback" not in str(exc)


def _leaf_paths(node, prefix=()):
    """Every path (tuple of keys/indices) in a JSON value, containers included."""
    yield prefix
    if isinstance(node, dict):
        for key, child in node.items():
            yield from _leaf_paths(child, prefix + (key,))
    elif isinstance(node, list):
        for i, child in enumerate(node):
            yield from _leaf_paths(child, prefix + (i,))


@st.composite
def mutated_bodies(draw):
    body = draw(custom_layouts())
    for _ in range(draw(st.integers(1, 4))):
        paths = [p for p in _leaf_paths(body) if p]
        path = draw(st.sampled_from(paths))
        parent = body
        for step in path[:-1]:
            parent = parent[step]
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "replace":
            parent[path[-1]] = draw(json_values)
        elif action == "delete":
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[draw(st.sampled_from(KEYS))] = draw(json_values)
        else:
            parent.append(draw(json_values))
    return body


@SETTINGS
@given(mutated_bodies())
def test_mutated_valid_bodies_never_raise(body):
    exercise(body)
    exercise({"mixframe": 1, "name": "x", "vendor": "volcengine", "request": body})


@SETTINGS
@given(custom_layouts(), st.data())
def test_one_broken_leaf_is_reported_at_its_path(body, data):
    """Replace one numeric leaf of a valid body by text: the error names exactly that path."""
    leaves = [p for p in _leaf_paths(body) if p and isinstance(_get(body, p), (int, float))
              and not isinstance(_get(body, p), bool) and p[-1] not in ("Region",)]
    path = data.draw(st.sampled_from(leaves))
    _set(body, path, "not a number")
    api_path = "".join(f"[{s}]" if isinstance(s, int) else (f".{s}" if i else s) for i, s in enumerate(path))
    problems = volcengine.check_start(body)
    assert any(p.path == api_path and p.is_error for p in problems), (api_path, [p.line() for p in problems])


def _get(node, path):
    for step in path:
        node = node[step]
    return node


def _set(node, path, value):
    _get(node, path[:-1])[path[-1]] = value


def test_floats_that_are_not_finite_are_refused():
    body = copy.deepcopy(BASE)
    body["TargetStreams"] = {"StreamList": [{"UserId": "a"}]}
    body["Layout"] = {"LayoutMode": 2, "CustomLayout": {"Regions": [
        {"StreamIndex": 0, "Width": 10, "Height": 10, "Alpha": math.nan}]}}
    errors = [p for p in volcengine.check_start(body) if p.is_error]
    assert any(p.path == "Layout.CustomLayout.Regions[0].Alpha" for p in errors)
    body["Layout"]["CustomLayout"]["Regions"][0]["Alpha"] = math.inf
    errors = [p for p in volcengine.check_start(body) if p.is_error]
    assert any(p.path == "Layout.CustomLayout.Regions[0].Alpha" for p in errors)
