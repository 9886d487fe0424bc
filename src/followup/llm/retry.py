"""The one retry policy of the project (tenacity), around any client that makes one attempt.

`RetryingClient` wraps a `CompletesJson` whose failed attempts raise `RequestFailed`: `followup
draft` and `eval` wrap the `ChatClient`, and a `batch` round wraps its governed client, so a retry
waits for the round's governor like any request (one slot per attempt). Only a `RequestFailed`
marked retryable is retried; credentials, an unknown model, an exhausted quota, a rejected request
and a stopped round are raised at once.

- Wait: what the server asked for (Retry-After, already capped at `llm.max_retry_wait`), else a
  jittered exponential backoff, BACKOFF_BASE x 2^(n-1) capped at BACKOFF_MAX, so that the
  requests of a round never retry in lockstep.
- Budget: `llm.max_retries` faults (time-outs, dropped connections, 5xx, broken bodies), and
  apart from those RATE_LIMIT_RETRIES refusals with 429: a server pacing us is not failing.
- Each retry is logged and said to `on_progress` as it happens. The last failure becomes
  "BASE failed after N attempts: reason".

tenacity is imported on the first request, not with the package (start-up time).
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

from ..errors import EndpointError
from .completion import CompletesJson, Completion
from .errors import RequestFailed

if TYPE_CHECKING:
    from tenacity import RetryCallState

    from ..config import LLMSettings

log = logging.getLogger(__name__)

T = TypeVar("T")
RATE_LIMIT_RETRIES = 10
BACKOFF_BASE = 0.5
BACKOFF_MAX = 8.0


def backoff(retry: int, base: float = BACKOFF_BASE) -> float:
    """The wait before retry number `retry` (1, 2, ...) when the server did not say."""
    ceiling = min(BACKOFF_MAX, base * 2.0 ** (retry - 1))
    return ceiling * random.uniform(0.5, 1.0)  # jitter: requests must not retry in lockstep


def exhausted(failures: list[RequestFailed], max_retries: int) -> bool:
    """Whether the budget is spent: more faults than `max_retries`, or more 429s than
    RATE_LIMIT_RETRIES (each kind counted on its own)."""
    refusals = sum(1 for f in failures if f.rate_limited)
    return refusals > RATE_LIMIT_RETRIES or len(failures) - refusals > max_retries


async def with_retries(attempt: Callable[[], Awaitable[T]], settings: LLMSettings, *,
                       on_progress: Callable[[str], None] | None = None,
                       backoff_base: float = BACKOFF_BASE,
                       sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
                       ) -> tuple[T, list[RequestFailed]]:
    """`attempt()` under the policy, with the failed attempts before its answer. Whatever makes
    one attempt and raises `RequestFailed` goes through here: a chat request, a Batch API call."""
    from tenacity import AsyncRetrying, retry_if_exception

    failures: list[RequestFailed] = []

    def wait(retry: int) -> float:
        failure = failures[-1]
        return failure.retry_after if failure.retry_after is not None else backoff(retry, backoff_base)

    retrying = AsyncRetrying(
        retry=retry_if_exception(lambda exc: isinstance(exc, RequestFailed) and exc.retryable),
        stop=lambda state: exhausted(failures, settings.max_retries),
        wait=lambda state: wait(state.attempt_number),
        before_sleep=lambda state: _say_retry(failures, settings, state, on_progress),
        sleep=sleep,
        reraise=True,
    )
    try:
        async for trying in retrying:
            with trying:
                try:
                    value = await attempt()
                except RequestFailed as failure:
                    failures.append(failure)
                    raise
    except RequestFailed as last:
        if not last.retryable and len(failures) == 1:
            raise
        raise _gave_up(failures) from last
    except EndpointError as final:
        # Not retryable (credentials, model, quota, a rejected request): the error as it came,
        # counting the requests of the attempts before it.
        final.attempts += sum(f.attempts for f in failures)
        raise
    return value, failures


def _say_retry(failures: list[RequestFailed], settings: LLMSettings, state: RetryCallState,
               on_progress: Callable[[str], None] | None) -> None:
    failure = failures[-1]
    budget = RATE_LIMIT_RETRIES if failure.rate_limited else settings.max_retries
    done = sum(1 for f in failures if f.rate_limited == failure.rate_limited)
    wait = state.upcoming_sleep
    log.info("%s: %s; retry %d of %d in %.1f s", failure.endpoint, failure.reason, done, budget,
             wait)
    if on_progress is not None:
        on_progress(f"{failure.endpoint}: {failure.reason}; retry {done} of {budget} in {wait:.1f} s")


def _gave_up(failures: list[RequestFailed]) -> EndpointError:
    last = failures[-1]
    count = len(failures)
    return EndpointError(
        f"{last.endpoint} failed after {count} attempt{'s' * (count != 1)}: {last.reason}",
        status_code=last.status_code, attempts=sum(f.attempts for f in failures))


class RetryingClient:
    """`complete_json` with retries. `requests` and `usage` of the answer (and `attempts` of the
    error) count every HTTP request made, failed attempts included."""

    def __init__(self, inner: CompletesJson, settings: LLMSettings, *,
                 on_progress: Callable[[str], None] | None = None,
                 backoff_base: float = BACKOFF_BASE,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self.inner = inner
        self.settings = settings
        self._on_progress = on_progress
        self._backoff_base = backoff_base
        self._sleep = sleep

    async def complete_json(self, messages: list[dict[str, str]], *, schema: dict[str, Any],
                            schema_name: str, max_tokens: int | None = None,
                            temperature: float | None = None) -> Completion:
        completion, failures = await with_retries(
            lambda: self.inner.complete_json(messages, schema=schema, schema_name=schema_name,
                                             max_tokens=max_tokens, temperature=temperature),
            self.settings, on_progress=self._on_progress, backoff_base=self._backoff_base,
            sleep=self._sleep)
        usage = completion.usage
        for earlier in failures:
            usage += earlier.usage
        requests = completion.requests + sum(f.attempts for f in failures)
        return completion.model_copy(update={"requests": requests, "usage": usage})
