"""The governor and the client layers, on a fake clock and a scripted chat client: no HTTP, no waits."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Coroutine
from typing import Any

import pytest

from followup.batch.clients import EndpointUnusable, GovernedClient
from followup.batch.governor import (
    CONCURRENCY_DECREASE,
    MIN_RATE,
    RATE_DECREASE,
    Governor,
    Ticket,
)
from followup.config import LLMSettings
from followup.errors import AuthError, EndpointError
from followup.llm import Completion, RequestFailed, RetryingClient
from followup.models import Usage


class FakeTime:
    """A clock that only moves when someone sleeps."""

    def __init__(self) -> None:
        self.now = 0.0

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds
        await asyncio.sleep(0)


def governor(concurrency: int = 8, **options: Any) -> tuple[Governor, FakeTime]:
    time = FakeTime()
    return Governor(concurrency, clock=time.clock, sleep=time.sleep, **options), time


def run(coro: Coroutine[Any, Any, Any]) -> Any:
    return asyncio.run(coro)


def test_rpm_spaces_the_starts_evenly() -> None:
    async def starts() -> list[float]:
        gov, _ = governor(rpm=600)
        return [(await gov.acquire()).started for _ in range(4)]

    assert run(starts()) == pytest.approx([0.0, 0.1, 0.2, 0.3])


def test_no_more_than_concurrency_in_flight() -> None:
    async def scenario() -> None:
        gov, _ = governor(2)
        first = await gov.acquire()
        await gov.acquire()
        third = asyncio.create_task(gov.acquire())
        for _ in range(5):
            await asyncio.sleep(0)
        assert not third.done() and gov.in_flight == 2
        gov.release(first, "ok")
        await asyncio.wait_for(third, 1)
        assert gov.in_flight == 2

    run(scenario())


def test_a_429_pauses_every_start_for_the_wait_asked() -> None:
    async def scenario() -> float:
        gov, _ = governor()
        ticket = await gov.acquire()
        gov.release(ticket, "rate_limited", wait=1.5)  # the round's first answer: nothing else
        return (await gov.acquire()).started           # tells us the server accepts anything

    assert run(scenario()) >= 1.5


def test_refusals_of_one_congestion_lower_the_limit_once() -> None:
    async def scenario() -> Governor:
        gov, _ = governor(8)
        tickets = [await gov.acquire() for _ in range(4)]
        for ticket in tickets:  # all started before the first reaction: one event
            gov.release(ticket, "rate_limited", wait=1.0)
        return gov

    gov = run(scenario())
    assert gov.stats.rate_limited == 4 and gov.stats.reactions == 1
    assert gov.limit == pytest.approx(8 * CONCURRENCY_DECREASE)
    assert gov.stats.paused_seconds == pytest.approx(1.0)


def test_successes_bring_the_limit_back_and_no_further() -> None:
    async def scenario() -> Governor:
        gov, _ = governor(4)
        gov.release(await gov.acquire(), "rate_limited")
        for _ in range(40):
            gov.release(await gov.acquire(), "ok")
        return gov

    gov = run(scenario())
    assert gov.limit == 4


def test_the_start_rate_is_learned_from_what_the_server_accepted() -> None:
    async def scenario() -> Governor:
        gov, time = governor(16)
        for _ in range(60):  # 20 a second for 3 s, all accepted
            gov.release(await gov.acquire(), "ok")
            await time.sleep(0.05)
        refused = [await gov.acquire() for _ in range(10)]  # then the server refuses everything
        for ticket in refused:
            gov.release(ticket, "rate_limited", wait=1.0)
        return gov

    gov = run(scenario())
    assert gov.learned_rate == pytest.approx(20 * RATE_DECREASE, rel=0.1)


async def answer(gov: Governor, time: FakeTime, results: list[str], *,
                 every: float = 0.05) -> list[Ticket]:
    """One request at a time, `every` seconds apart, answered as `results` says."""
    tickets = []
    for result in results:
        ticket = await gov.acquire()
        tickets.append(ticket)
        if result == "429":
            gov.release(ticket, "rate_limited", wait=1.0)
        else:
            gov.release(ticket, "ok" if result == "ok" else "fault")
        await time.sleep(every)
    return tickets


def test_scattered_429s_among_answers_that_come_back_do_not_slow_the_round() -> None:
    # 30 % faulty answers, a sixth of them 429s: not a rate limit. Before, each 429 paused the
    # round for its second and cut both limits, down to concurrency 1 and a crawl.
    script = (["ok"] * 6 + ["429"] + ["ok"] * 4 + ["500", "ok", "hang", "ok", "ok"]) * 20

    async def scenario() -> tuple[Governor, list[Ticket]]:
        gov, time = governor(16)
        await answer(gov, time, ["ok"] * 10)
        return gov, await answer(gov, time, script)

    gov, tickets = run(scenario())
    assert gov.stats.rate_limited == 20
    assert gov.stats.paused_seconds == 0 and gov.stats.reactions == 0
    assert gov.limit == 16 and gov.learned_rate is None
    gaps = [b.started - a.started for a, b in itertools.pairwise(tickets)]
    assert max(gaps) == pytest.approx(0.05)  # nobody waited: the refused request waits alone


def test_sustained_429s_cut_the_limits_once_and_answers_bring_them_back() -> None:
    async def scenario() -> tuple[Governor, float, float | None, float]:
        gov, time = governor(16)
        await answer(gov, time, ["ok"] * 20)
        refused = [await gov.acquire() for _ in range(12)]  # the server refuses a burst
        for ticket in refused:
            gov.release(ticket, "rate_limited", wait=1.0)
        cut, learned = gov.limit, gov.learned_rate
        # Answers come back, with a scattered 429 now and then: each lowers the learned rate.
        tickets = await answer(gov, time, (["ok"] * 19 + ["429"]) * 10, every=0.0)
        span = tickets[-1].started - tickets[0].started
        return gov, cut, learned, len(tickets) / span

    gov, cut, learned, rate = run(scenario())
    assert gov.stats.reactions >= 1 and gov.stats.paused_seconds == pytest.approx(1.0)
    assert cut == pytest.approx(16 * CONCURRENCY_DECREASE)
    assert learned is not None
    assert gov.limit == 16  # the answers brought the slots back
    assert gov.learned_rate is not None and gov.learned_rate > 0.5 * learned  # not to the floor
    assert rate > 10 * MIN_RATE


def test_a_hung_request_holds_only_its_own_slot() -> None:
    async def scenario() -> tuple[Governor, int]:
        gov, time = governor(4)
        hung = await gov.acquire()
        started = 0
        for _ in range(20):  # the other three slots go on while it hangs
            ticket = await gov.acquire()
            started += 1
            gov.release(ticket, "ok")
        await time.sleep(2.0)
        gov.release(hung, "fault")  # its time-out: a fault, not a limit
        return gov, started

    gov, started = run(scenario())
    assert started == 20 and gov.in_flight == 0
    assert gov.limit == 4 and gov.learned_rate is None and gov.stats.paused_seconds == 0


# -- GovernedClient in the retry policy: every attempt through the governor --------------------


def completion(**changes: Any) -> Completion:
    values: dict[str, Any] = {
        "text": "{}", "data": {}, "parse_error": None, "finish_reason": "stop", "refusal": None,
        "model": "m", "response_format": "json_schema", "usage": Usage(prompt_tokens=5),
        "requests": 1}
    return Completion(**(values | changes))


class ScriptedChat:
    """Stands in for ChatClient, one attempt per call: each call answers the next item of the
    script; "429" is the typed failure ChatClient raises for a 429 asking for 0.5 s."""

    def __init__(self, script: list[Any]) -> None:
        self.script = script
        self.calls = 0

    async def complete_json(self, messages: list[dict[str, str]], **_: Any) -> Completion:
        self.calls += 1
        item = self.script.pop(0)
        if item == "429":
            raise RequestFailed("http://x/v1", "HTTP 429: slow down", status_code=429,
                                retryable=True, congestion=True, retry_after=0.5)
        if isinstance(item, Exception):
            raise item
        assert isinstance(item, Completion)
        return item


def retrying(chat: Any, gov: Governor, fake: FakeTime, max_retries: int = 2,
             backoff_base: float = 0.0) -> RetryingClient:
    """A round's shared client: the one retry policy around the governed client."""
    settings = LLMSettings(max_retries=max_retries)
    return RetryingClient(GovernedClient(chat, gov, settings), settings,
                          backoff_base=backoff_base, sleep=fake.sleep)


def governed(script: list[Any], max_retries: int = 2) -> tuple[RetryingClient, Governor, ScriptedChat]:
    gov, fake = governor(4)
    chat = ScriptedChat(script)
    return retrying(chat, gov, fake, max_retries), gov, chat


def ask(client: RetryingClient) -> Completion:
    return run(client.complete_json([{"role": "user", "content": "hi"}], schema={},
                                    schema_name="s"))


def fault(status: int | None = 500) -> RequestFailed:
    return RequestFailed("http://x/v1", f"HTTP {status}: boom", status_code=status, retryable=True)


def test_transient_faults_are_retried_within_max_retries() -> None:
    client, gov, _ = governed([fault(500), fault(None), completion()], max_retries=2)
    assert ask(client).requests == 3
    assert gov.stats.requests == 3 and gov.in_flight == 0  # one slot per attempt
    client, _, _ = governed([fault(500), fault(502), fault(503)], max_retries=2)
    with pytest.raises(EndpointError, match="http://x/v1 failed after 3 attempts: HTTP 503"):
        ask(client)


def test_429s_wait_for_the_pause_and_have_their_own_budget() -> None:
    client, gov, chat = governed(["429", "429", completion()], max_retries=0)
    result = ask(client)
    assert result.requests == 3 and chat.calls == 3
    assert gov.stats.rate_limited == 2
    assert gov.stats.paused_seconds >= 0.5


def test_a_scattered_429_delays_only_its_own_retry() -> None:
    client, gov, _ = governed([completion()] * 5 + ["429", completion()], max_retries=0)
    clock = gov.since
    for _ in range(5):
        ask(client)
    first = gov.stats.requests
    ticket = Ticket(started=0.0, active=0.0)
    before = clock(ticket)
    assert ask(client).requests == 2  # refused, then answered
    assert clock(ticket) - before >= 0.5  # it waited what the server asked
    assert gov.stats.paused_seconds == 0  # the round did not
    assert gov.stats.requests == first + 2 and gov.limit == 4


def test_a_time_out_is_congestion_and_retried_after_the_short_backoff() -> None:
    class SlowFault(ScriptedChat):
        async def complete_json(self, messages: list[dict[str, str]], **kw: Any) -> Completion:
            if self.calls == 0:
                await fake.sleep(2.0)  # waits out its time-out
            return await super().complete_json(messages, **kw)

    gov, fake = governor(4)
    timed_out = RequestFailed("http://x/v1", "no answer within 2 s", retryable=True,
                              congestion=True)
    client = retrying(SlowFault([timed_out, completion()]), gov, fake, max_retries=1,
                      backoff_base=0.5)
    assert ask(client).requests == 2
    assert 2.25 <= fake.now <= 2.5  # the time-out, then the first backoff (0.25-0.5 s)
    assert gov.stats.rate_limited == 1  # counted as congestion, as a 429 is
    assert gov.limit == 4 and gov.stats.paused_seconds == 0  # one alone is not yet a limit


def test_time_outs_in_a_row_lower_concurrency() -> None:
    gov, fake = governor(4)
    timed_out = RequestFailed("http://x/v1", "no answer within 2 s", retryable=True,
                              congestion=True)
    client = retrying(ScriptedChat([timed_out, timed_out, completion()]), gov, fake)
    assert ask(client).requests == 3
    assert gov.stats.rate_limited == 2 and gov.limit < 4


@pytest.mark.parametrize("error", [
    AuthError("http://x/v1 refused the credentials (HTTP 401)", status_code=401, attempts=1),
    EndpointError("http://x/v1 has no model 'm' (HTTP 404)", status_code=404, attempts=1),
    EndpointError("http://x/v1 says the account is out of quota (HTTP 429)", status_code=429,
                  attempts=1),  # not a RequestFailed: ChatClient's quota case
])
def test_errors_every_request_would_hit_stop_at_once(error: EndpointError) -> None:
    client, _, chat = governed([fault(503), error, completion()])
    with pytest.raises(EndpointUnusable) as caught:
        ask(client)
    assert chat.calls == 2
    assert caught.value.attempts == 2  # the retried fault's request is counted too


def test_a_bad_request_is_not_retried() -> None:
    rejected = EndpointError("http://x/v1 rejected the request (HTTP 400): too long",
                             status_code=400, attempts=1)
    client, gov, chat = governed([rejected, completion()])
    with pytest.raises(EndpointError, match="HTTP 400"):
        ask(client)
    assert chat.calls == 1
    assert gov.in_flight == 0
