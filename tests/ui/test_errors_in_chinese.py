"""On a Chinese desktop the window says the service's errors, the connection verdict and the
file sentences in Chinese, with the service's own Code, Message and RequestId as it gave them;
on an English desktop (no translator installed) every line is the English one, unchanged."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication

from mixframe.model.problems import DocumentError
from mixframe.session import test_connection as check_connection
from mixframe.store.presets import read_document
from mixframe.store.profiles import sandbox_profile
from mixframe.ui.recording import describe

translate = QCoreApplication.translate
HAN = re.compile("[\u4e00-\u9fff]")


def test_a_refusal_reads_in_chinese_with_the_services_values_unchanged(qapp, chinese, refused):
    sentence, details = describe(refused)
    assert sentence.startswith("服务拒绝了请求签名") and "SecretKey" in sentence and "AccessKey" in sentence
    assert f"错误码：SignatureDoesNotMatch ({refused.code_n})" in details
    assert f"请求 ID：{refused.request_id}" in details
    assert f"服务返回信息：{refused.message}" in details  # the sandbox's own message, untranslated
    assert not any(HAN.search(line) for line in refused.lines())  # str() and lines() stay English


def test_without_a_translator_the_window_shows_the_english_lines(qapp, refused):
    assert describe(refused) == (refused.sentence, refused.lines()[1:])
    assert refused.lines(translate) == refused.lines()


def test_the_connection_verdict_and_a_missing_file_read_in_chinese(qapp, chinese, tmp_path):
    verdict = check_connection(sandbox_profile(), sandbox_url="http://127.0.0.1:9", timeout=2)
    assert verdict.kind == "unreachable" and not verdict.ok
    assert verdict.text(translate).startswith("无法连接到 127.0.0.1:9") and verdict.sentence.startswith("Could not")
    with pytest.raises(DocumentError) as info:
        read_document(tmp_path / "gone.json")
    assert info.value.text(translate) == "gone.json 不存在。" and str(info.value) == "gone.json does not exist."
    with pytest.raises(DocumentError) as info:
        read_document(_write(tmp_path / "broken.json", "{"))
    assert info.value.text(translate).startswith("broken.json 不是有效的 JSON（第 1 行")


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_an_account_sentence_reads_in_chinese(qapp, chinese, tmp_path):
    from mixframe.store.accounts import AccountStore
    from mixframe.store.profiles import ProfileError

    with pytest.raises(ProfileError) as info:
        AccountStore(tmp_path).remove("Sandbox")
    assert info.value.text(translate) == "沙盒账号是内置的，不能删除。"
    assert str(info.value) == "The Sandbox account is built in and cannot be removed."
