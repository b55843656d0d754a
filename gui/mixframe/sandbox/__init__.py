"""sandbox room: a local emulator of both recording services, on 127.0.0.1 only."""

from mixframe.model.sandbox_keys import (
    APP_ID,
    QINGCLOUD_ACCESS_KEY_ID,
    QINGCLOUD_SECRET_ACCESS_KEY,
    VOLC_ACCESS_KEY,
    VOLC_REGION,
    VOLC_SECRET_KEY,
    VOLC_SESSION_TOKEN,
)
from mixframe.sandbox.server import DEFAULT_PORT, Faults, Sandbox, ensure_running, find_running, sandbox_port, start_sandbox

__all__ = [
    "APP_ID", "QINGCLOUD_ACCESS_KEY_ID", "QINGCLOUD_SECRET_ACCESS_KEY", "VOLC_ACCESS_KEY", "VOLC_REGION",
    "VOLC_SECRET_KEY", "VOLC_SESSION_TOKEN", "DEFAULT_PORT", "sandbox_port", "Faults", "Sandbox", "ensure_running", "find_running", "start_sandbox",
]
