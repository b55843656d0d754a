"""One secret through a REAL Secret Service keyring (gnome-keyring in a private D-Bus session)."""

import os
import shutil
import subprocess
import sys
import textwrap

import pytest

CHILD = textwrap.dedent(
    """
    import sys
    import keyring
    from keyring.backends import SecretService
    from mixframe.store import credentials as cr
    from mixframe.store.profiles import Profile

    backend = SecretService.Keyring()
    keyring.set_keyring(backend)
    cr.set_secret("RealTest", cr.ACCESS_KEY, "AKLTreal")
    cr.set_secret("RealTest", cr.SECRET_KEY, "real-secret-Ω")
    # read back through a fresh backend object, so nothing is cached in Python
    keyring.set_keyring(SecretService.Keyring())
    creds = cr.volc_credentials(Profile("RealTest", "volcengine"))
    assert (creds.access_key, creds.secret_key) == ("AKLTreal", "real-secret-Ω"), creds
    cr.delete_secrets("RealTest")
    assert cr.get_secret("RealTest", cr.SECRET_KEY) is None

    # One account through AccountStore: add with keys, rename (the keys follow), remove (they go).
    from mixframe.store.accounts import AccountStore

    store = AccountStore()
    store.add(Profile("Studio", "volcengine", app_id="app1"), {cr.ACCESS_KEY: "AKLTstudio", cr.SECRET_KEY: "studio-secret-Ω"})
    assert store.key_state("Studio")[cr.SECRET_KEY] is True
    store.rename("Studio", "Studio B")
    keyring.set_keyring(SecretService.Keyring())
    assert cr.get_secret("Studio", cr.SECRET_KEY) is None
    assert cr.volc_credentials(store.get("Studio B")).secret_key == "studio-secret-Ω"
    store.remove("Studio B")
    assert cr.get_secret("Studio B", cr.SECRET_KEY) is None and "Studio B" not in store.names()
    print("ROUND-TRIP-OK", type(keyring.get_keyring()).__module__)
    """
)


@pytest.mark.keyring_real
def test_secret_round_trips_through_gnome_keyring(tmp_path):
    tools = [shutil.which("dbus-run-session"), shutil.which("gnome-keyring-daemon")]
    if not all(tools):
        if os.environ.get("CI"):
            pytest.fail("dbus-run-session and gnome-keyring-daemon are required in CI (apt-get install dbus gnome-keyring)")
        pytest.skip("dbus-run-session or gnome-keyring-daemon is not installed")
    child = tmp_path / "child.py"
    child.write_text(CHILD, encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "GNOME_KEYRING"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local/share"), XDG_RUNTIME_DIR=str(tmp_path),
               MIXFRAME_CONFIG_DIR=str(tmp_path / "cfg"), PYTHONIOENCODING="utf-8")
    script = (f"echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; "
              f"exec {sys.executable} {child}")
    proc = subprocess.run(["dbus-run-session", "--", "sh", "-c", script], env=env, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "ROUND-TRIP-OK keyring.backends.SecretService" in proc.stdout
    assert "real-secret" not in proc.stdout + proc.stderr and "studio-secret" not in proc.stdout + proc.stderr
    for written in (tmp_path / "cfg").rglob("*"):  # the profiles file holds no key
        if written.is_file():
            assert "studio-secret" not in written.read_text(encoding="utf-8", errors="replace")
