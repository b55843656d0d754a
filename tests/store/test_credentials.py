
import keyring
import pytest
from keyring.backends import chainer, fail

from mixframe.store import credentials as cr
from support import MemoryKeyring
from mixframe.store.profiles import Profile, ProfileStore, sandbox_profile
from mixframe.sandbox import VOLC_ACCESS_KEY, VOLC_SECRET_KEY, QINGCLOUD_ACCESS_KEY_ID


class BrokenKeyring(MemoryKeyring):
    def get_password(self, service, username):
        raise keyring.errors.KeyringLocked("locked")


PROD = Profile("Prod", "volcengine", app_id="app1")


def test_secrets_go_to_the_keyring_under_mixframe(memory_keyring, tmp_path):
    ProfileStore(tmp_path).save(PROD)
    cr.set_secret("Prod", cr.ACCESS_KEY, "AKLTprod")
    cr.set_secret("Prod", cr.SECRET_KEY, "PRODSECRET==")
    cr.set_secret("Prod", cr.S3_SECRET_KEY, "S3SECRET")
    assert memory_keyring.items[("mixframe", "Prod/SecretKey")] == "PRODSECRET=="
    creds = cr.volc_credentials(PROD)
    assert (creds.access_key, creds.secret_key, creds.session_token) == ("AKLTprod", "PRODSECRET==", "")
    assert cr.storage_secrets(PROD) == {"SecretKey": "S3SECRET"}
    text = (tmp_path / "profiles.json").read_text()
    assert "PRODSECRET" not in text and "S3SECRET" not in text and "AKLTprod" not in text


def test_session_token_and_delete(memory_keyring):
    for f, v in ((cr.ACCESS_KEY, "a"), (cr.SECRET_KEY, "s"), (cr.SESSION_TOKEN, "tok")):
        cr.set_secret("Prod", f, v)
    assert cr.volc_credentials(PROD).session_token == "tok"
    cr.set_secret("Prod", cr.SESSION_TOKEN, "")
    assert cr.get_secret("Prod", cr.SESSION_TOKEN) is None
    cr.delete_secrets("Prod")
    assert memory_keyring.items == {}


def test_move_secrets_follows_rename(memory_keyring, tmp_path):
    cr.set_secret("Prod", cr.SECRET_KEY, "s")
    cr.move_secrets("Prod", "Live")
    assert cr.get_secret("Live", cr.SECRET_KEY) == "s" and cr.get_secret("Prod", cr.SECRET_KEY) is None


def test_profile_without_keys_says_where_to_set_them(memory_keyring):
    with pytest.raises(cr.CredentialsMissing, match="Account .Prod. has no AccessKey/SecretKey in the keyring; set them in Accounts"):
        cr.volc_credentials(PROD)


def test_unknown_field_is_refused(memory_keyring):
    with pytest.raises(ValueError):
        cr.set_secret("Prod", "Password", "x")


@pytest.mark.parametrize("backend", [fail.Keyring(), chainer.ChainerBackend.__new__(chainer.ChainerBackend)])
def test_no_usable_keyring_is_one_sentence_and_no_file(backend, tmp_path, monkeypatch):
    if isinstance(backend, chainer.ChainerBackend):
        monkeypatch.setattr(chainer.ChainerBackend, "backends", [fail.Keyring()], raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    monkeypatch.setenv("MIXFRAME_CONFIG_DIR", str(tmp_path))
    try:
        with pytest.raises(cr.KeyringUnavailable) as info:
            cr.set_secret("Prod", cr.SECRET_KEY, "NEVER-ON-DISK")
        assert "\n" not in str(info.value) and "keyring" in str(info.value)
        with pytest.raises(cr.KeyringUnavailable):
            cr.volc_credentials(PROD)
    finally:
        keyring.set_keyring(previous)
    for f in tmp_path.rglob("*"):
        assert "NEVER-ON-DISK" not in f.read_text()


def test_locked_keyring_is_one_sentence():
    with pytest.raises(cr.KeyringUnavailable, match="locked or stopped"):
        cr.get_secret("Prod", cr.SECRET_KEY, backend=BrokenKeyring())


def test_sandbox_profile_needs_no_keyring():
    keyring_failing = fail.Keyring()
    creds = cr.volc_credentials(sandbox_profile(), backend=keyring_failing)
    assert (creds.access_key, creds.secret_key) == (VOLC_ACCESS_KEY, VOLC_SECRET_KEY)
    assert cr.qingcloud_credentials(sandbox_profile(), backend=keyring_failing).access_key_id == QINGCLOUD_ACCESS_KEY_ID


def test_environment_credentials():
    env = {"VOLC_ACCESSKEY": "ak", "VOLC_SECRETKEY": "sk", "VOLC_SESSION_TOKEN": "tok",
           "QY_ACCESS_KEY_ID": "qk", "QY_SECRET_ACCESS_KEY": "qs"}
    v = cr.volc_credentials(env=env)
    assert (v.access_key, v.secret_key, v.session_token) == ("ak", "sk", "tok")
    q = cr.qingcloud_credentials(env=env)
    assert (q.access_key_id, q.secret_access_key) == ("qk", "qs")
    with pytest.raises(cr.CredentialsMissing, match="VOLC_SECRETKEY is not set"):
        cr.volc_credentials(env={"VOLC_ACCESSKEY": "ak"})
    with pytest.raises(cr.CredentialsMissing, match="No keys: choose an account, or set QY_ACCESS_KEY_ID"):
        cr.qingcloud_credentials(env={})
