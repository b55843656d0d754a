import threading

from mixframe.api.ratelimit import RateLimiter


class FakeClock:
    def __init__(self):
        self.now = 1000.0
        self.lock = threading.Lock()

    def __call__(self):
        return self.now

    def sleep(self, seconds):
        # A sleeping caller moves time forward, like the real thing would.
        with self.lock:
            self.now += seconds


def sends_per_window(times, window=1.0):
    times = sorted(times)
    best, j = 0, 0
    for i, t in enumerate(times):
        while times[j] <= t - window:
            j += 1
        best = max(best, i - j + 1)
    return best


def test_never_more_than_rate_in_any_second():
    clock = FakeClock()
    rl = RateLimiter(60, clock=clock, sleep=clock.sleep)
    stamps = []
    for _ in range(300):
        rl.acquire("StartRecord")
        stamps.append(clock.now)
    assert sends_per_window(stamps) <= 60
    # and it is not needlessly slow: 300 requests take about 5.4 seconds of fake time
    assert 5.0 <= stamps[-1] - stamps[0] <= 5.5


def test_burst_goes_without_waiting_then_waits():
    clock = FakeClock()
    rl = RateLimiter(60, burst=6, clock=clock, sleep=clock.sleep)
    waits = [rl.acquire("GetRecordTask") for _ in range(7)]
    assert waits[:6] == [0.0] * 6
    assert abs(waits[6] - 1 / 54) < 1e-9


def test_each_action_has_its_own_bucket():
    clock = FakeClock()
    rl = RateLimiter(60, burst=1, clock=clock, sleep=clock.sleep)
    assert rl.acquire("StartRecord") == 0.0
    assert rl.acquire("StopRecord") == 0.0
    assert rl.acquire("StartRecord") > 0.0


def test_idle_time_refills_only_up_to_burst():
    clock = FakeClock()
    rl = RateLimiter(60, burst=3, clock=clock, sleep=clock.sleep)
    clock.now += 3600
    waits = [rl.acquire("A") for _ in range(4)]
    assert waits == [0.0, 0.0, 0.0, waits[3]] and waits[3] > 0


def test_thread_safe_under_contention():
    clock = FakeClock()
    slept = []
    lock = threading.Lock()

    def sleep(s):
        with lock:
            slept.append(s)

    rl = RateLimiter(60, burst=5, clock=clock, sleep=sleep)  # time frozen: every wait is owed
    threads = [threading.Thread(target=lambda: [rl.acquire("X") for _ in range(50)]) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # 400 reservations, 5 free: the owed waits are exactly 1/55, 2/55, ... 395/55 in some order
    assert len(slept) == 395
    assert sorted(round(s * 55) for s in slept) == list(range(1, 396))
