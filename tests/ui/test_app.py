"""Start-up: language choice, the Chinese catalogue, --quit-after-show, and Qt staying unloaded for --version."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QCoreApplication

from mixframe import language
from mixframe.ui import i18n


@pytest.mark.parametrize("value, expected", [("zh_CN", "zh_CN"), ("zh_TW", "zh_CN"), ("en", "en"), ("en_US", "en"), ("de_DE", "en")])
def test_env_overrides_the_system_language(monkeypatch, value, expected):
    monkeypatch.setenv("MIXFRAME_LANG", value)
    assert i18n.chosen_language() == expected


def test_chinese_catalogue_is_shipped_and_translates(qapp):
    assert language.translation_file("zh_CN").is_file()
    installed = i18n.install_translator(qapp, "zh_CN")
    try:
        assert installed, "the .qm file did not load"
        assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"
        assert QCoreApplication.translate("Arrange", "Align left") == "左对齐"
        assert QCoreApplication.translate("Inspector", "Opacity") == "不透明度"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_english_installs_nothing(qapp):
    assert i18n.install_translator(qapp, "en") == []


def test_every_translation_is_finished():
    import xml.etree.ElementTree as ET

    ts = language.translations_dir() / "mixframe_zh_CN.ts"
    unfinished = [
        (c.findtext("name"), m.findtext("source"))
        for c in ET.parse(ts).getroot().iter("context")
        for m in c.iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []


def _env(**extra):
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra)
    return env


def test_quit_after_show_prints_seconds_and_exits_zero(tmp_path):
    env = _env(XDG_CONFIG_HOME=str(tmp_path), HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-m", "mixframe", "--quit-after-show"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    seconds = float(done.stdout.strip().splitlines()[-1])
    assert 0 < seconds < 60


def test_quit_after_show_with_a_bad_file_says_one_sentence(tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text("[1, 2")
    env = _env(XDG_CONFIG_HOME=str(tmp_path), HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-m", "mixframe", str(bad), "--quit-after-show"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    assert "Traceback" not in done.stderr
    assert "broken.json" in done.stderr and "JSON" in done.stderr


def test_version_does_not_import_qt():
    code = "import sys; from mixframe.cli import main\ntry:\n    main(['--version'])\nexcept SystemExit:\n    pass\nprint('PySide6' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip().splitlines()[-1] == "False", done.stdout + done.stderr


def test_process_start_clock_counts_interpreter_start_up():
    from mixframe.ui.app import seconds_since_process_start

    assert seconds_since_process_start() > 0


def test_start_sweeps_what_a_crash_mid_save_left_in_our_folders(tmp_path, monkeypatch):
    import time

    from mixframe.store.files import STALE_AFTER_SECONDS
    from mixframe.ui.app import sweep_crash_leftovers

    monkeypatch.setenv("MIXFRAME_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("MIXFRAME_CONFIG_DIR", str(tmp_path / "config"))
    left = [tmp_path / "data" / "presets" / ".Show.mixframe.json.a1b2c3d4.tmp",
            tmp_path / "config" / ".profiles.json.a1b2c3d4.tmp"]
    old = time.time() - STALE_AFTER_SECONDS - 5
    for path in left:
        path.parent.mkdir(parents=True)
        path.write_text("{", encoding="utf-8")
        os.utime(path, (old, old))
    sweep_crash_leftovers()
    assert not any(path.exists() for path in left)


def test_the_application_has_its_icon(qapp):
    from mixframe.ui.app import create_application

    app = create_application()
    assert not app.windowIcon().isNull()
    assert {s.width() for s in app.windowIcon().availableSizes()} >= {16, 48, 256}
