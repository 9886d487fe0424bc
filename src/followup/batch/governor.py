"""How the requests of a round share one endpoint: how many in flight, how fast they start, and
the pause a 429 asks for. Pure scheduling, no HTTP: clients.py asks it before every attempt.

- Scattered or sustained: a 429 is *sustained* when 429s make up at least SUSTAINED_SHARE of the
  last RECENT_ANSWERS answers (the refusal included; a time-out counts as a 429, congestion
  too; 5xx and other faults do not count)
  and it is not the only one there, or when none of those answers came back ok (the round's first
  answer, say). Otherwise it is *scattered*: most answers come back, the server is not limiting
  the round, and only the refused request waits for the time the server asked before its retry
  (the retry policy, llm/retry.py, does that). Faults never touch the limits: the policy retries
  them after a short jittered backoff.
- The pause: a sustained 429 stops every new start for the wait the server asked; requests wait in
  one FIFO line, so when the pause ends they leave one by one, paced, not as a burst.
- In flight: at most `limit`, which starts at --concurrency. A sustained 429 with another one among
  the recent answers (one alone pauses the round, but is not yet a limit) multiplies it by
  CONCURRENCY_DECREASE; each success adds 1/limit (one more per full window), like TCP's AIMD.
- Start rate: a request may not start before every pacer allows it: --rpm, --tpm (by the request's
  estimated tokens) and, once the server has limited the round, a start rate learned from the
  refusals. At each reaction to a confirmed sustained 429 it drops to RATE_DECREASE x the rate the
  server accepted over the last RATE_WINDOW seconds (paused time does not count; early in a round,
  over at least one second). Then, like TCP's slow start and congestion avoidance, it grows fast
  (FAST_INCREASE, about +30 % a second) while below the last accepted rate measured over a full
  window, and slowly (SLOW_INCREASE, about +2 % a second) once near it, so that it settles just
  under what the server accepts and probes above it only now and then. Once there is a learned
  rate, a scattered 429 means a probe went too far: it lowers the rate the same way, without a
  pause or fewer in flight.
- Refusals of requests that started before our last reaction belong to the congestion we already
  reacted to: they extend the pause but do not cut the limits again.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Literal

CONCURRENCY_DECREASE = 0.7
RATE_DECREASE = 0.9
# Starts per second gained per success: with r successes a second, +x per success is +x*100 % a
# second at any rate.
FAST_INCREASE = 0.3
SLOW_INCREASE = 0.02
NEAR_CEILING = 0.95
RECENT_ANSWERS = 20  # the answers (ok or 429) that tell scattered 429s from sustained ones
SUSTAINED_SHARE = 1 / 3  # a 429 is sustained when 429s are at least this share of them
RATE_WINDOW = 2.0  # seconds of unpaused history that measure the rate the server accepts
MIN_RATE = 0.2  # starts per second: never slower than one every five seconds
MIN_START_GAP = 0.003  # seconds: even the first requests do not leave as one burst
TPM_BURST_SECONDS = 5.0

Result = Literal["ok", "rate_limited", "fault"]


class RoundStopped(Exception):
    """The round was stopped (the endpoint is unusable): no request starts any more."""


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


@dataclass(frozen=True)
class Ticket:
    """One admitted request: when it started, on the wall clock and on the unpaused clock."""

    started: float
    active: float
    tokens: int = 0


@dataclass
class Stats:
    """What the governor did, for the summary."""

    requests: int = 0
    rate_limited: int = 0  # refused with 429, or timed out: both are the server's congestion
    reactions: int = 0
    paused_seconds: float = 0.0
    lowest_limit: int = 0
    max_limit: int = 0
    learned_rate: float | None = None


class Governor:
    def __init__(self, concurrency: int, *, rpm: float | None = None, tpm: float | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self.max_limit = max(1, concurrency)
        self.limit = float(self.max_limit)
        self._clock = clock
        self._sleep = sleep
        self._rpm = Pacer(rpm / 60.0) if rpm else None
        self._tpm = Pacer(tpm / 60.0, burst=tpm / 60.0 * TPM_BURST_SECONDS) if tpm else None
        self._learned: Pacer | None = None
        self._ceiling: float | None = None  # the accepted rate measured over a full window
        self._in_flight = 0
        self._paused_until = 0.0
        self._reacted_at = -math.inf
        self._last_start = -math.inf
        self._first_active: float | None = None
        self._starts: deque[float] = deque()  # unpaused-clock times of recent starts
        self._refused: deque[float] = deque()  # ... of recent starts that were refused
        self._answers: deque[bool] = deque(maxlen=RECENT_ANSWERS)  # True: ok, False: a 429
        self.closed: str | None = None  # why no request may start any more
        self._line = asyncio.Lock()  # FIFO: one request at a time waits for its turn
        self._freed = asyncio.Event()
        self.stats = Stats(lowest_limit=self.max_limit, max_limit=self.max_limit)

    @property
    def in_flight(self) -> int:
        return self._in_flight

    @property
    def learned_rate(self) -> float | None:
        return self._learned.rate if self._learned else None

    def _active(self, now: float) -> float:
        """The unpaused clock: wall time minus every pause, frozen while paused."""
        return now - self.stats.paused_seconds + max(0.0, self._paused_until - now)

    def _ready_at(self) -> float:
        times = [self._paused_until, self._last_start + MIN_START_GAP]
        times += [p.ready_at() for p in (self._rpm, self._tpm, self._learned) if p is not None]
        return max(times)

    async def acquire(self, tokens: int = 0) -> Ticket:
        """Wait for a slot and for every pacer; give the ticket back to release()."""
        async with self._line:
            while True:
                if self.closed is not None:
                    raise RoundStopped(self.closed)
                if self._in_flight >= max(1, round(self.limit)):
                    self._freed.clear()
                    await self._freed.wait()
                    continue
                now = self._clock()
                ready = self._ready_at()
                if ready > now:
                    await self._sleep(min(ready - now, 1.0))  # then look again: closed?
                    continue
                return self._start(now, tokens)

    def _start(self, now: float, tokens: int) -> Ticket:
        self._in_flight += 1
        self._last_start = now
        for pacer, cost in ((self._rpm, 1), (self._learned, 1), (self._tpm, tokens)):
            if pacer is not None:
                pacer.take(cost, now)
        active = self._active(now)
        if self._first_active is None:
            self._first_active = active
        self._starts.append(active)
        for recent in (self._starts, self._refused):
            while recent and recent[0] < active - RATE_WINDOW:
                recent.popleft()
        self.stats.requests += 1
        return Ticket(now, active, tokens)

    def since(self, ticket: Ticket) -> float:
        """Seconds since the ticket's request started."""
        return self._clock() - ticket.started

    def close(self, reason: str) -> None:
        """Nothing starts after this; requests waiting for their turn get RoundStopped."""
        self.closed = reason
        self._freed.set()

    def pause(self, wait: float) -> None:
        """The server refused with 429 and asked for `wait` seconds: nobody starts before then."""
        now = self._clock()
        until = now + max(0.0, wait)
        if until > self._paused_until:
            self.stats.paused_seconds += until - max(now, self._paused_until)
            self._paused_until = until

    def release(self, ticket: Ticket, result: Result, *, tokens_used: int | None = None,
                wait: float = 0.0) -> None:
        """The request is over. For a 429, `wait` is the time the server asked for."""
        self._in_flight -= 1
        self._freed.set()
        if self._tpm is not None and tokens_used is not None and tokens_used < ticket.tokens:
            self._tpm.refund(ticket.tokens - tokens_used)
        if result == "ok":
            self._answers.append(True)
            self.limit = min(self.max_limit, self.limit + 1.0 / self.limit)
            if self._learned is not None:
                near = self._ceiling is not None and (
                    self._learned.rate >= NEAR_CEILING * self._ceiling)
                self._learned.rate += SLOW_INCREASE if near else FAST_INCREASE
        elif result == "rate_limited":
            self._refusal(ticket, wait)

    def _refusal(self, ticket: Ticket, wait: float) -> None:
        self.stats.rate_limited += 1
        self._refused.append(ticket.active)
        self._answers.append(False)
        refusals = self._answers.count(False)
        new = ticket.started > self._reacted_at  # not part of the congestion we reacted to
        sustained = refusals >= SUSTAINED_SHARE * len(self._answers) and (
            refusals >= 2 or all(not ok for ok in self._answers))
        if sustained:
            self.pause(wait)
            if new and refusals >= 2:  # one refusal alone is not yet a limit: pause, then see
                self._react(self._clock(), cut=True)
        elif new and self._learned is not None:
            self._react(self._clock(), cut=False)

    def _react(self, now: float, *, cut: bool) -> None:
        """One congestion event: a start rate under what the server accepted and, if `cut`, fewer
        in flight."""
        self.stats.reactions += 1
        self._reacted_at = now
        if cut:
            self.limit = max(1.0, self.limit * CONCURRENCY_DECREASE)
            self.stats.lowest_limit = min(self.stats.lowest_limit, round(self.limit))
        active = self._active(now)
        history = active - (self._first_active if self._first_active is not None else active)
        since = active - RATE_WINDOW
        accepted = (sum(1 for t in self._starts if t >= since)
                    - sum(1 for t in self._refused if t >= since))
        # Early in a round the server's initial burst inflates the count: spread it over a second.
        measured = accepted / max(1.0, min(history, RATE_WINDOW))
        if history >= RATE_WINDOW:
            self._ceiling = measured
        current = min(measured, self._learned.rate) if self._learned else measured
        rate = max(MIN_RATE, current * RATE_DECREASE)
        if self._learned is None:
            self._learned = Pacer(rate)
        else:
            self._learned.rate = rate
        self.stats.learned_rate = rate
