"""Client-side rate limit: one token bucket per API, so a process stays under the vendor's 60 QPS.

The clock and the sleep are injected so tests drive time by hand.
"""

from __future__ import annotations

import threading
import time
from typing import Callable

DEFAULT_RATE = 60.0  # requests per second, per API (documented limit)


class TokenBucket:
    def __init__(self, rate: float, burst: float, clock: Callable[[], float]):
        self.rate = rate
        self.burst = burst
        self._clock = clock
        self._tokens = burst
        self._stamp = clock()

    def reserve(self) -> float:
        """Take one token; return how long the caller must wait before using it (0 if none)."""
        now = self._clock()
        self._tokens = min(self.burst, self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now
        self._tokens -= 1.0
        if self._tokens >= 0:
            return 0.0
        return -self._tokens / self.rate


class RateLimiter:
    """Thread-safe; each key (the API's Action name) has its own bucket."""

    def __init__(
        self,
        limit: float = DEFAULT_RATE,
        burst: float | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ):
        # A bucket lets through at most burst + rate*T in any window T, so refilling at
        # limit - burst keeps every one-second window at or under `limit`.
        self.limit = limit
        self.burst = burst if burst is not None else max(1.0, limit / 10)
        self.rate = limit - self.burst
        if self.rate <= 0:
            raise ValueError("burst must be smaller than the limit")
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._buckets: dict[str, TokenBucket] = {}

    def acquire(self, key: str) -> float:
        """Block until a request under `key` may go; return the seconds waited."""
        with self._lock:
            bucket = self._buckets.get(key)
            if bucket is None:
                bucket = self._buckets[key] = TokenBucket(self.rate, self.burst, self._clock)
            wait = bucket.reserve()
        if wait > 0:
            self._sleep(wait)
        return wait
