"""The one owner of the local sandbox a process talks to with the Sandbox account.

`SandboxHost.url_now()` answers the sandbox's URL: the one given (a test's, a window's), else a
`mixframe sandbox` already running on its port, else one this process starts, once, however
many threads ask at the same time. `stop()` stops the one started here (at quit, at the end of a
command); a sandbox found running belongs to whoever started it and is left alone.
"""

from __future__ import annotations

import threading
from typing import Any, Callable

STARTED_NOTE = ("note: started a sandbox inside this command; its tasks end with it "
                "(run `mixframe sandbox` in another terminal to keep one).")


class SandboxHost:
    def __init__(self, url: str | None = None, *, port: int | None = None,
                 ensure: Callable[[int | None], tuple[str, Any]] | None = None):
        self._url = url
        self.port = port
        self.started = None  # the Sandbox this host started (stopped by stop())
        self._ensure = ensure
        self._lock = threading.Lock()

    @property
    def url(self) -> str | None:
        """The sandbox's URL once known (given, found or started); None before anyone asked."""
        return self._url

    def set_url(self, url: str | None) -> None:
        """Talk to the sandbox at `url` from now on (None: find or start one when next asked)."""
        with self._lock:
            self._url = url

    def url_now(self) -> str:
        """(blocking, any thread) The sandbox's URL, found or started first; started once."""
        with self._lock:
            if self._url is None:
                ensure = self._ensure
                if ensure is None:
                    from mixframe.sandbox import ensure_running as ensure  # the HTTP server loads only now
                url, started = ensure(self.port)
                self.started, self._url = started, url
            return self._url

    def stop(self) -> bool:
        """Stop the sandbox started here, if any (its tasks end with it); True when one stopped."""
        with self._lock:
            started, self.started = self.started, None
            if started is not None and self._url == started.url:
                self._url = None
        if started is None:
            return False
        started.stop()
        return True
