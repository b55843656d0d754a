"""Both clients retry through one loop, ServiceClient.with_retries (issue 15, item 5)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from mixframe.api import transport
from mixframe.api.qingcloud_client import QingCloudClient
from mixframe.api.transport import RetryPolicy, ServiceClient
from mixframe.api.volc_client import Endpoint, VolcClient
from mixframe.model import sandbox_keys as keys
from mixframe.model.credentials import QingCloudCredentials, VolcCredentials
from mixframe.sandbox.server import start_sandbox

API = Path(transport.__file__).resolve().parent


@pytest.fixture
def counted(monkeypatch):
    calls = []
    shared = ServiceClient.with_retries

    def counting(self, key, once, repeatable, giving_up=None):
        calls.append((type(self).__name__, key))
        return shared(self, key, once, repeatable, giving_up)

    monkeypatch.setattr(ServiceClient, "with_retries", counting)
    return calls


def test_both_clients_call_through_the_one_retry_loop(counted):
    quick = RetryPolicy(attempts=3, base_delay=0.0, max_delay=0.0)
    with start_sandbox() as sandbox:
        sandbox.faults.server_error_next = 1  # the first GetRecordTask fails, the repeat answers
        with VolcClient(Endpoint(sandbox.url, keys.VOLC_REGION),
                        VolcCredentials(keys.VOLC_ACCESS_KEY, keys.VOLC_SECRET_KEY), retry=quick) as volc:
            with pytest.raises(Exception, match="ErrorActiveTaskNotFound|not found|No"):
                volc.get_record_task("demo", "room", "task")
        sandbox.faults.server_error_next = 1
        with QingCloudClient(sandbox.url, QingCloudCredentials(keys.QINGCLOUD_ACCESS_KEY_ID,
                                                               keys.QINGCLOUD_SECRET_ACCESS_KEY), retry=quick) as qing:
            answer = qing.query({"app_id": "demo", "channel": "room"})
        assert answer.attempts == 2  # the shared loop repeated the safe query once
    assert counted == [("VolcClient", "GetRecordTask"), ("QingCloudClient", "qingcloud.query")]


@pytest.mark.parametrize("module", ["volc_client.py", "qingcloud_client.py"])
def test_no_client_keeps_a_retry_loop_of_its_own(module):
    loops = [node.lineno for node in ast.walk(ast.parse((API / module).read_text(encoding="utf-8")))
             if isinstance(node, (ast.While, ast.For)) and "attempt" in ast.unparse(node)]
    assert loops == []

