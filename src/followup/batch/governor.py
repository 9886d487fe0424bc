"""How the requests of a round share one endpoint: how many in flight, how fast they start, and
the pause a 429 asks for. Pure scheduling, no HTTP: clients.py asks it before every request.

- In flight: at most `limit`, which starts at --concurrency. A 429 multiplies it by
  CONCURRENCY_DECREASE; each success adds 1/limit (one more per full window), like TCP's AIMD.
- Start rate: a request may not start before every pacer allows it: --rpm, --tpm (by the request's
  estimated tokens) and, once the server has refused us, a start rate learned from the refusals.
  The learned rate drops to RATE_DECREASE x the rate we were starting at, and creeps up by
  RATE_INCREASE per success, so it settles just under what the server accepts.
- The pause: a 429 stops every new start for the wait the server asked; requests wait in one FIFO
  line, so when the pause ends they leave one by one, paced, not as a burst.
- Refusals of requests that started before our last reaction belong to the congestion we already
  reacted to: they extend the pause but do not cut the limits again.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

CONCURRENCY_DECREASE = 0.7
RATE_DECREASE = 0.85
RATE_INCREASE = 0.05  # starts per second gained per success: about +5 % a second
RATE_WINDOW = 1.0  # seconds of start times that measure the rate we were sending at
MIN_START_GAP = 0.003  # seconds: even the first requests do not leave as one burst
TPM_BURST_SECONDS = 5.0

Result = Literal["ok", "rate_limited", "fault"]


@dataclass
class Pacer:
    """A rate with a small burst allowance (GCRA): when may the next `cost` units start?"""

    rate: float  # units per second
    burst: float = 0.0  # units that may go ahead of the steady pace
    _due: float = field(default=0.0, repr=False)  # when everything taken so far is paid for

    def ready_at(self) -> float:
        return self._due - self.burst / self.rate

    def take(self, cost: float, now: float) -> None:
        self._due = max(self._due, now) + cost / self.rate

    def refund(self, cost: float) -> None:
        self._due -= cost / self.rate


@dataclass
class Stats:
    """What the governor did, for the summary."""

    requests: int = 0
    rate_limited: int = 0
    reactions: int = 0
    paused_seconds: float = 0.0
    lowest_limit: int = 0


class Governor:
    def __init__(self, concurrency: int, *, rpm: float | None = None, tpm: float | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.max_limit = max(1, concurrency)
        self.limit = float(self.max_limit)
        self._clock = clock
        self._rpm = Pacer(rpm / 60.0) if rpm else None
        self._tpm = Pacer(tpm / 60.0, burst=tpm / 60.0 * TPM_BURST_SECONDS) if tpm else None
        self._learned: Pacer | None = None
        self._in_flight = 0
        self._paused_until = 0.0
        self._reacted_at = -math.inf
        self._last_start = -math.inf
        self._starts: deque[float] = deque()
        self._line = asyncio.Lock()  # FIFO: one request at a time waits for its turn
        self._freed = asyncio.Event()
        self.stats = Stats(lowest_limit=self.max_limit)

    @property
    def in_flight(self) -> int:
        return self._in_flight

    @property
    def learned_rate(self) -> float | None:
        return self._learned.rate if self._learned else None

    def _ready_at(self) -> float:
        times = [self._paused_until, self._last_start + MIN_START_GAP]
        times += [p.ready_at() for p in (self._rpm, self._tpm, self._learned) if p is not None]
        return max(times)

    async def acquire(self, tokens: int = 0) -> float:
        """Wait for a slot and the pacers; returns the start time to give back to release()."""
        async with self._line:
            while True:
                if self._in_flight >= max(1, int(self.limit)):
                    self._freed.clear()
                    await self._freed.wait()
                    continue
                now = self._clock()
                ready = self._ready_at()
                if ready > now:
                    await asyncio.sleep(ready - now)
                    continue
                self._in_flight += 1
                self._last_start = now
                self._starts.append(now)
                while self._starts[0] < now - RATE_WINDOW:
                    self._starts.popleft()
                for pacer, cost in ((self._rpm, 1), (self._learned, 1), (self._tpm, tokens)):
                    if pacer is not None:
                        pacer.take(cost, now)
                self.stats.requests += 1
                return now

    def pause(self, wait: float) -> None:
        """The server refused with 429 and asked for `wait` seconds: nobody starts before then."""
        now = self._clock()
        until = now + max(0.0, wait)
        if until > self._paused_until:
            self.stats.paused_seconds += until - max(now, self._paused_until)
            self._paused_until = until

    def release(self, started: float, result: Result, *, tokens_estimated: int = 0,
                tokens_used: int | None = None) -> None:
        self._in_flight -= 1
        self._freed.set()
        if self._tpm is not None and tokens_used is not None and tokens_used < tokens_estimated:
            self._tpm.refund(tokens_estimated - tokens_used)
        if result == "ok":
            self.limit = min(self.max_limit, self.limit + 1.0 / self.limit)
            if self._learned is not None:
                self._learned.rate += RATE_INCREASE
        elif result == "rate_limited":
            self.stats.rate_limited += 1
            if started >= self._reacted_at:
                self._react(self._clock())

    def _react(self, now: float) -> None:
        """One congestion event: fewer in flight, a slower start rate."""
        self.stats.reactions += 1
        self._reacted_at = now
        self.limit = max(1.0, self.limit * CONCURRENCY_DECREASE)
        self.stats.lowest_limit = min(self.stats.lowest_limit, int(self.limit))
        sending = max(1.0, sum(1 for t in self._starts if t >= now - RATE_WINDOW) / RATE_WINDOW)
        current = min(sending, self._learned.rate) if self._learned else sending
        rate = max(0.2, current * RATE_DECREASE)
        if self._learned is None:
            self._learned = Pacer(rate)
        else:
            self._learned.rate = rate
