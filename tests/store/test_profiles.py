import json

import pytest

from mixframe.model import endpoints
from mixframe.store import profiles as pr
from mixframe.store.profiles import Profile, ProfileError, ProfileStore


def test_first_run_has_the_sandbox_as_default(tmp_path):
    store = ProfileStore(tmp_path)
    default = store.default()
    assert default.name == "Sandbox" and default.is_sandbox and "Sandbox" in default.label
    assert default.endpoint == endpoints.SANDBOX_URL
    assert not (tmp_path / "profiles.json").exists()  # nothing written until something changes


def test_config_dir_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("MIXFRAME_CONFIG_DIR", str(tmp_path / "cfg"))
    store = ProfileStore()
    store.save(Profile("Prod", "byteplus", app_id="a1"))
    data = json.loads((tmp_path / "cfg" / "profiles.json").read_text())
    assert data["version"] == 2
    assert [p["name"] for p in data["profiles"]] == ["Sandbox", "Prod"]
    prod = store.get("Prod")
    assert (prod.endpoint, prod.region, prod.service) == ("https://rtc.byteplusapi.com", "ap-singapore-1", "volcengine")


def test_save_rename_delete_default(tmp_path):
    store = ProfileStore(tmp_path)
    store.save(Profile("Prod", "volcengine", app_id="a1"), make_default=True)
    store.save(Profile("Qy", "qingcloud", app_id="q1"))
    assert store.default().name == "Prod"
    store.rename("Prod", "Live")
    assert store.default().name == "Live" and "Prod" not in store.names()
    with pytest.raises(ProfileError, match="already exists"):
        store.rename("Live", "Qy")
    store.delete("Live")
    assert store.default().name == "Sandbox"
    with pytest.raises(ProfileError, match="no profile named 'Live'"):
        store.get("Live")


def test_unknown_vendor_and_fields_of_newer_versions(tmp_path):
    with pytest.raises(ProfileError, match="vendor must be one of"):
        Profile("X", "aws")
    (tmp_path / "profiles.json").write_text(json.dumps(
        {"version": 1, "default": "A", "profiles": [{"name": "A", "vendor": "qingcloud", "colour": "red"}]}))
    store = ProfileStore(tmp_path)
    store.save(Profile("B", "volcengine"))
    kept = json.loads((tmp_path / "profiles.json").read_text())["profiles"][0]
    assert kept["colour"] == "red"


def test_torn_file_is_one_sentence(tmp_path):
    (tmp_path / "profiles.json").write_text("{not json")
    with pytest.raises(ProfileError, match="cannot be read"):
        ProfileStore(tmp_path).profiles()


def test_atomic_write_leaves_old_file_on_failure(tmp_path, monkeypatch):
    store = ProfileStore(tmp_path)
    store.save(Profile("A", "volcengine"))
    before = (tmp_path / "profiles.json").read_text()

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(pr.os, "replace", boom)
    with pytest.raises(OSError):
        store.save(Profile("B", "volcengine"))
    assert (tmp_path / "profiles.json").read_text() == before
    assert [p.name for p in tmp_path.iterdir()] == ["profiles.json"]  # no temp file left behind
