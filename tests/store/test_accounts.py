"""Accounts: the profiles file and the keyring stay consistent through add, rename and remove."""

import errno
import json

import keyring.errors
import pytest
from keyring.backends import fail

from mixframe.model import endpoints
from mixframe.store import credentials as cr
from mixframe.store import profiles as pr
from mixframe.store.accounts import AccountStore, key_fields
from mixframe.store.profiles import SETTINGS_VERSION, Profile, ProfileError
from support import MemoryKeyring

PROD = Profile("Prod", "volcengine", app_id="app1")
QY = Profile("Qy", "qingcloud", app_id="q1")


def entries(backend) -> dict[str, str]:
    return {user: value for (service, user), value in backend.items.items() if service == cr.SERVICE}


def file_text(store: AccountStore) -> str:
    return store.path.read_text(encoding="utf-8")


class FailingSet(MemoryKeyring):
    """A keyring that fails every write after the first `allowed` ones (as a locked one does)."""

    def __init__(self, allowed: int = 0):
        super().__init__()
        self.allowed = allowed

    def set_password(self, service, username, password):
        if self.allowed <= 0:
            raise keyring.errors.PasswordSetError("locked")
        self.allowed -= 1
        super().set_password(service, username, password)


def test_add_puts_keys_in_the_keyring_and_nothing_secret_in_the_file(memory_keyring, tmp_path):
    store = AccountStore(tmp_path)
    store.add(PROD, {cr.ACCESS_KEY: "AKLTprod", cr.SECRET_KEY: "PROD-SECRET==", cr.SESSION_TOKEN: ""})
    assert entries(memory_keyring) == {"Prod/AccessKey": "AKLTprod", "Prod/SecretKey": "PROD-SECRET=="}
    assert "PROD-SECRET" not in file_text(store) and "AKLTprod" not in file_text(store)
    assert store.get("Prod") == PROD and [p.name for p in store.profiles()] == ["Sandbox", "Prod"]
    with pytest.raises(ProfileError, match="already exists"):
        store.add(Profile("Prod", "qingcloud"))


def test_key_state_says_set_or_not_and_never_a_value(memory_keyring, tmp_path):
    store = AccountStore(tmp_path)
    store.add(PROD, {cr.SECRET_KEY: "PROD-SECRET=="})
    state = store.key_state("Prod")
    assert state == {cr.ACCESS_KEY: False, cr.SECRET_KEY: True, cr.SESSION_TOKEN: False,
                     cr.S3_ACCESS_KEY: False, cr.S3_SECRET_KEY: False}
    assert all(type(v) is bool for v in state.values())
    store.add(QY)
    assert list(store.key_state("Qy")) == [cr.QY_ACCESS_KEY_ID, cr.QY_SECRET_ACCESS_KEY, cr.QY_SIGN_KEY]
    assert store.key_state("Sandbox") == {}


def test_rename_moves_the_keys_and_the_default(memory_keyring, tmp_path):
    store = AccountStore(tmp_path)
    store.add(PROD, {cr.ACCESS_KEY: "ak", cr.SECRET_KEY: "sk", cr.S3_SECRET_KEY: "s3"}, make_default=True)
    store.rename("Prod", "Live")
    assert entries(memory_keyring) == {"Live/AccessKey": "ak", "Live/SecretKey": "sk",
                                       "Live/StorageConfig.CustomConfig.SecretKey": "s3"}
    assert store.default().name == "Live" and "Prod" not in store.names()
    assert cr.volc_credentials(store.get("Live")).secret_key == "sk"


def test_rename_does_not_let_an_orphan_key_join(memory_keyring, tmp_path):
    memory_keyring.set_password(cr.SERVICE, "Live/SessionToken", "left-by-an-old-delete")
    store = AccountStore(tmp_path)
    store.add(PROD, {cr.ACCESS_KEY: "ak", cr.SECRET_KEY: "sk"})
    store.rename("Prod", "Live")
    assert store.key_state("Live")[cr.SESSION_TOKEN] is False


def test_a_keyring_that_fails_during_rename_leaves_file_and_keys_as_they_were(tmp_path):
    backend = FailingSet(allowed=2)
    store = AccountStore(tmp_path, backend=backend)
    store.add(PROD, {cr.ACCESS_KEY: "ak", cr.SECRET_KEY: "sk"})
    before = file_text(store)
    with pytest.raises(cr.KeyringUnavailable) as info:
        store.rename("Prod", "Live")
    assert "\n" not in str(info.value) and "sk" not in str(info.value).split()
    assert file_text(store) == before
    assert entries(backend) == {"Prod/AccessKey": "ak", "Prod/SecretKey": "sk"}


@pytest.mark.parametrize("failing_write", [1, 2])
def test_a_file_that_cannot_be_written_puts_the_keys_back(memory_keyring, tmp_path, monkeypatch, failing_write):
    store = AccountStore(tmp_path)
    store.add(PROD, {cr.SECRET_KEY: "sk"})
    real, writes = pr.files.atomic_write_json, []

    def full(*args, **kwargs):
        writes.append(args)
        if len(writes) == failing_write:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(*args, **kwargs)

    monkeypatch.setattr(pr.files, "atomic_write_json", full)
    with pytest.raises(ProfileError, match="cannot be written: no space left on device"):
        store.rename("Prod", "Live")
    assert entries(memory_keyring) == {"Prod/SecretKey": "sk"}
    monkeypatch.setattr(pr.files, "atomic_write_json", real)
    assert store.names() == ["Sandbox", "Prod"] and store.tidy()


def test_remove_takes_the_keys_with_it(memory_keyring, tmp_path):
    store = AccountStore(tmp_path)
    store.add(PROD, {cr.ACCESS_KEY: "ak", cr.SECRET_KEY: "sk"})
    store.add(QY, {cr.QY_SIGN_KEY: "sign"})
    store.remove("Prod")
    assert entries(memory_keyring) == {"Qy/sign_key": "sign"}
    assert store.names() == ["Sandbox", "Qy"]
    with pytest.raises(ProfileError, match="no profile named 'Prod'"):
        store.remove("Prod")


def test_a_keyring_that_fails_during_add_leaves_no_account_and_no_key(tmp_path):
    backend = FailingSet(allowed=1)
    store = AccountStore(tmp_path, backend=backend)
    with pytest.raises(cr.KeyringUnavailable):
        store.add(PROD, {cr.ACCESS_KEY: "ak", cr.SECRET_KEY: "sk"})
    assert entries(backend) == {} and store.names() == ["Sandbox"]


def test_without_a_keyring_an_account_is_kept_but_no_key(tmp_path):
    store = AccountStore(tmp_path, backend=fail.Keyring())
    store.add(PROD)  # the file alone; nothing secret
    assert store.names() == ["Sandbox", "Prod"]
    with pytest.raises(cr.KeyringUnavailable, match="GNOME Keyring or KWallet"):
        store.set_key("Prod", cr.SECRET_KEY, "NEVER-ON-DISK")
    with pytest.raises(cr.KeyringUnavailable):
        store.add(Profile("Other", "volcengine"), {cr.SECRET_KEY: "NEVER-ON-DISK"})
    assert store.names() == ["Sandbox", "Prod"]
    for path in tmp_path.rglob("*"):
        assert "NEVER-ON-DISK" not in path.read_text()


def test_set_key_and_clear(memory_keyring, tmp_path):
    store = AccountStore(tmp_path)
    store.add(QY)
    store.set_key("Qy", cr.QY_SIGN_KEY, "sign")
    assert store.key_state("Qy")[cr.QY_SIGN_KEY] is True
    store.clear_key("Qy", cr.QY_SIGN_KEY)
    assert store.key_state("Qy")[cr.QY_SIGN_KEY] is False and entries(memory_keyring) == {}
    with pytest.raises(ProfileError, match="not a key of a qingcloud account"):
        store.set_key("Qy", cr.SECRET_KEY, "x")
    with pytest.raises(ProfileError, match="no profile named 'Nobody'"):
        store.set_key("Nobody", cr.SECRET_KEY, "x")


def test_the_sandbox_cannot_be_removed_renamed_or_given_keys(memory_keyring, tmp_path):
    store = AccountStore(tmp_path)
    with pytest.raises(ProfileError, match="cannot be removed"):
        store.remove("Sandbox")
    with pytest.raises(ProfileError, match="cannot be renamed"):
        store.rename("Sandbox", "Mine")
    with pytest.raises(ProfileError, match="needs no keys"):
        store.set_key("Sandbox", cr.SECRET_KEY, "x")
    with pytest.raises(ProfileError, match="comes with Mixframe"):
        store.add(Profile("Another", "sandbox"))
    assert store.names() == ["Sandbox"] and store.default().is_sandbox and memory_keyring.items == {}


def test_update_keeps_keys_of_the_same_vendor_and_drops_those_a_new_vendor_does_not_use(memory_keyring, tmp_path):
    store = AccountStore(tmp_path)
    store.add(PROD, {cr.SECRET_KEY: "sk"})
    store.update(Profile("Prod", "byteplus", app_id="app2"))
    assert store.get("Prod").endpoint == endpoints.BYTEPLUS.url and store.key_state("Prod")[cr.SECRET_KEY]
    store.update(Profile("Prod", "qingcloud"))
    assert entries(memory_keyring) == {}


def test_default_and_names(memory_keyring, tmp_path):
    store = AccountStore(tmp_path)
    store.add(PROD)
    assert store.default().name == "Sandbox"
    store.set_default("Prod")
    assert AccountStore(tmp_path).default().name == "Prod"
    for bad in (" Prod2", "Prod2 ", "a\nb", "tab\there"):
        with pytest.raises(ProfileError, match="space|control character"):
            store.add(Profile(bad, "volcengine"))
    assert store.names() == ["Sandbox", "Prod"]


def test_key_fields_per_vendor():
    assert key_fields("volcengine") == key_fields("byteplus")
    assert cr.SESSION_TOKEN in key_fields("volcengine") and cr.QY_SIGN_KEY not in key_fields("volcengine")
    assert key_fields("qingcloud") == (cr.QY_ACCESS_KEY_ID, cr.QY_SECRET_ACCESS_KEY, cr.QY_SIGN_KEY)
    assert key_fields("sandbox") == ()
    with pytest.raises(ValueError):
        key_fields("aws")


# -- the file's versions


V1 = {
    "version": 1,
    "default": "Prod",
    "profiles": [
        {"name": "Sandbox", "vendor": "sandbox", "endpoint": "sandbox:", "region": "cn-north-1",
         "app_id": "sandbox-app", "label": "Sandbox: local emulator, no account needed"},
        {"name": "Prod", "vendor": "volcengine", "endpoint": "https://rtc.volcengineapi.com",
         "region": "cn-north-1", "app_id": "a1", "label": ""},
        {"name": "Own", "vendor": "byteplus", "endpoint": "https://rtc.example.com", "region": "ap-southeast-1",
         "app_id": "", "label": ""},
    ],
}


def test_a_version_1_file_is_migrated_as_it_is_read_and_written_as_version_2(memory_keyring, tmp_path):
    (tmp_path / "profiles.json").write_text(json.dumps(V1))
    store = AccountStore(tmp_path)
    prod, own = store.get("Prod"), store.get("Own")
    assert (prod.endpoint, prod.region, prod.app_id) == (endpoints.VOLCENGINE.url, endpoints.VOLCENGINE.region, "a1")
    assert (own.endpoint, own.region) == ("https://rtc.example.com", "ap-southeast-1")
    assert json.loads(file_text(store))["version"] == 1  # reading writes nothing
    store.set_default("Own")
    data = json.loads(file_text(store))
    assert data["version"] == SETTINGS_VERSION == 2
    by_name = {p["name"]: p for p in data["profiles"]}
    # version 2 keeps only chosen endpoints and regions: a default that changes reaches the others
    assert "endpoint" not in by_name["Prod"] and "region" not in by_name["Prod"]
    assert by_name["Own"]["endpoint"] == "https://rtc.example.com"
    assert [p.name for p in store.profiles()] == ["Sandbox", "Prod", "Own"]


def test_a_file_without_version_is_version_1(memory_keyring, tmp_path):
    (tmp_path / "profiles.json").write_text(json.dumps({k: v for k, v in V1.items() if k != "version"}))
    assert AccountStore(tmp_path).get("Prod").endpoint == endpoints.VOLCENGINE.url
    (tmp_path / "profiles.json").write_text(json.dumps({**V1, "version": "two"}))
    with pytest.raises(ProfileError, match="no valid version"):
        AccountStore(tmp_path).profiles()


def test_a_newer_file_is_read_and_written_back_without_loss(memory_keyring, tmp_path):
    newer = {"version": 7, "default": "Prod", "theme": {"accent": "teal"},
             "profiles": [{"name": "Prod", "vendor": "volcengine", "app_id": "a1", "colour": "red",
                           "endpoint": "https://rtc.example.com"}]}
    (tmp_path / "profiles.json").write_text(json.dumps(newer))
    store = AccountStore(tmp_path)
    assert store.get("Prod").endpoint == "https://rtc.example.com"
    store.add(QY, {cr.QY_SIGN_KEY: "sign"})
    store.update(Profile("Prod", "volcengine", app_id="a2"))
    store.rename("Prod", "Live")
    data = json.loads(file_text(store))
    assert data["version"] == 7 and data["theme"] == {"accent": "teal"}
    live = next(p for p in data["profiles"] if p["name"] == "Live")
    assert live["colour"] == "red" and live["app_id"] == "a2"


# -- without a working keyring: the change is saved, the keyring's part waits in the journal


class Switchable(MemoryKeyring):
    """One keyring that is away (as when no Secret Service runs) until `back` is set."""

    def __init__(self):
        super().__init__()
        self.back = True

    def _check(self):
        if not self.back:
            raise keyring.errors.KeyringLocked("away")

    def get_password(self, service, username):
        self._check()
        return super().get_password(service, username)

    def set_password(self, service, username, password):
        self._check()
        super().set_password(service, username, password)

    def delete_password(self, service, username):
        self._check()
        super().delete_password(service, username)


def test_a_vendor_change_without_a_keyring_is_saved_and_its_stale_keys_go_later(tmp_path):
    backend = Switchable()
    store = AccountStore(tmp_path, backend=backend)
    store.add(PROD, {cr.ACCESS_KEY: "ak", cr.SECRET_KEY: "sk"})
    offline = AccountStore(tmp_path, backend=fail.Keyring())
    offline.update(Profile("Prod", "qingcloud"))
    assert store.get("Prod").vendor == "qingcloud"
    assert "no usable keyring" in offline.last_note.english and "saved" in offline.last_note.english
    assert entries(backend) == {"Prod/AccessKey": "ak", "Prod/SecretKey": "sk"}
    store.set_key("Prod", cr.QY_SIGN_KEY, "sign")  # the waiting removal is done first, then this key
    assert entries(backend) == {"Prod/sign_key": "sign"} and store.last_note is None
    assert "pending_keys" not in file_text(store)


def test_a_remove_with_a_failing_keyring_removes_the_account_and_says_the_keys_wait(tmp_path):
    backend = Switchable()
    store = AccountStore(tmp_path, backend=backend)
    store.add(PROD, {cr.ACCESS_KEY: "ak"})
    store.add(QY, {cr.QY_SIGN_KEY: "sign"})
    backend.back = False
    note = store.remove("Prod")
    assert "Prod" not in store.names() and note is store.last_note
    assert "the keyring failed" in note.english and "\n" not in note.english
    backend.back = True
    assert entries(backend) == {"Prod/AccessKey": "ak", "Qy/sign_key": "sign"}
    assert store.key_state("Qy")[cr.QY_SIGN_KEY]  # reading the state does the waiting work first
    assert entries(backend) == {"Qy/sign_key": "sign"} and "pending_keys" not in file_text(store)


def test_renames_without_a_keyring_are_replayed_in_order_once(tmp_path):
    backend = Switchable()
    store = AccountStore(tmp_path, backend=backend)
    store.add(PROD, {cr.ACCESS_KEY: "ak", cr.SECRET_KEY: "sk"})
    backend.set_password(cr.SERVICE, "Last/SessionToken", "orphan-of-an-old-removal")
    offline = AccountStore(tmp_path, backend=fail.Keyring())
    offline.rename("Prod", "Mid")
    offline.rename("Mid", "Last")
    assert "could not be moved" in offline.last_note.english
    assert store.tidy() is True and store.tidy() is True  # done once; again changes nothing
    assert entries(backend) == {"Last/AccessKey": "ak", "Last/SecretKey": "sk"}
    assert store.names() == ["Sandbox", "Last"]


def test_keys_for_a_name_whose_earlier_removal_still_waits_are_refused_not_taken_later(tmp_path):
    class StuckOnOld(MemoryKeyring):
        def delete_password(self, service, username):
            if username.startswith("Old/"):
                raise keyring.errors.KeyringLocked("locked item")
            super().delete_password(service, username)

    backend = StuckOnOld()
    store = AccountStore(tmp_path, backend=backend)
    store.add(Profile("Old", "volcengine"))
    backend.set_password(cr.SERVICE, "Old/AccessKey", "old-ak")
    assert "the keyring failed" in store.remove("Old").english
    with pytest.raises(cr.KeyringUnavailable, match="has not finished earlier work on the name 'Old'"):
        store.add(Profile("Old", "volcengine"), {cr.SECRET_KEY: "new-sk"})
    assert store.names() == ["Sandbox"] and entries(backend) == {"Old/AccessKey": "old-ak"}
    store.add(Profile("Other", "volcengine"), {cr.SECRET_KEY: "other-sk"})  # other names are not held up
    assert entries(backend) == {"Old/AccessKey": "old-ak", "Other/SecretKey": "other-sk"}
