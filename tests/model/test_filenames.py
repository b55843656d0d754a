"""The object names a recording's files get, by the documented FileNameConfig rules."""

from __future__ import annotations

from mixframe.model.filenames import MAX_NAME, SAMPLE_IDS, example_object_names, expand_pattern

# The seed's worked example (FileNameConfig's description): TOS, Prefix directory1/directory2/,
# Pattern {TaskId}_{RoomId}_{StartTime}_{Duration}, TaskId mytask123456789, RoomId myroom99991234,
# StartTime 1645769481126, Duration 30 s, random characters c4694fa1.
SEED_BODY = {
    "TaskId": "mytask123456789",
    "RoomId": "myroom99991234",
    "FileFormatConfig": {"FileFormat": ["MP4"]},
    "FileNameConfig": {"Prefix": ["directory1", "directory2"], "Pattern": "{TaskId}_{RoomId}_{StartTime}_{Duration}"},
    "StorageConfig": {"Type": 0},
}
SEED_NAME = "directory1/directory2/mytask123456789_myroom99991234_1645769481126_000030_c4694fa1.mp4"


def names(body, random=lambda: "c4694fa1", duration_s=30):
    return example_object_names(body, start_time_ms=1645769481126, duration_s=duration_s, random=random)


def test_the_seeds_worked_example():
    assert names(SEED_BODY) == [SEED_NAME]


def test_s3_compatible_storage_keeps_the_prefix_and_vod_ignores_it():
    s3 = {**SEED_BODY, "StorageConfig": {"Type": 2}}
    vod = {**SEED_BODY, "StorageConfig": {"Type": 1}}
    assert names(s3) == [SEED_NAME]
    assert names(vod) == ["mytask123456789_myroom99991234_1645769481126_000030_c4694fa1.mp4"]


def test_one_name_per_file_format_with_its_extension_and_hls_by_default():
    body = {**SEED_BODY, "FileFormatConfig": {"FileFormat": ["MP4", "HLS", "M4A"]}}
    assert [n.rsplit(".", 1)[1] for n in names(body)] == ["mp4", "m3u8", "m4a"]
    unset = {k: v for k, v in SEED_BODY.items() if k != "FileFormatConfig"}
    assert [n.rsplit(".", 1)[1] for n in names(unset)] == ["m3u8"]


def test_a_name_longer_than_128_characters_is_cut_and_ends_with_a_tilde():
    body = {**SEED_BODY, "FileNameConfig": {"Prefix": ["shows"], "Pattern": "x" * 200}}
    (name,) = names(body)
    stem, extension = name.rsplit(".", 1)
    assert extension == "mp4"
    assert len(stem) == MAX_NAME and stem.endswith("x~") and stem.startswith("shows/xxx")
    fits = {**SEED_BODY, "FileNameConfig": {"Pattern": "x" * (MAX_NAME - 9)}}  # + "_" + 8 random = 128
    (name,) = names(fits)
    assert "~" not in name and len(name.rsplit(".", 1)[0]) == MAX_NAME


def test_variables_are_case_insensitive_a_misspelled_one_stays_and_duration_is_padded():
    body = {**SEED_BODY, "FileNameConfig": {"Pattern": "{taskid}-{ROOMID}-{Duraton}-{Duration}"}}
    assert names(body, duration_s=7) == ["mytask123456789-myroom99991234-{Duraton}-000007_c4694fa1.mp4"]


def test_a_draft_without_ids_shows_sample_ids_and_the_first_streams_user_and_type():
    body = {
        "TargetStreams": {"StreamList": [{"UserId": "slides", "StreamType": 1, "Index": 0}]},
        "FileNameConfig": {"Pattern": "{RoomId}/{TaskId}/{UserId}_{Type}_{Random}"},
        "StorageConfig": {"Type": 1},
    }
    draws = iter(["aaaaaaaa", "bbbbbbbb"])
    assert names(body, random=lambda: next(draws)) == [
        f"{SAMPLE_IDS['RoomId']}/{SAMPLE_IDS['TaskId']}/slides_S_aaaaaaaa_bbbbbbbb.m3u8"
    ]


def test_expand_pattern_replaces_only_known_variables():
    assert expand_pattern("{Type}{Nope}", {"Type": "C"}) == "C{Nope}"
