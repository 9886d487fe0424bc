"""The ChatClient as a round uses it: thin layers with the same `complete_json` signature.

    TallyingClient       one per candidate: its tokens, requests and cache hits
      CachedClient       an identical request is answered from the SQLite cache
        GovernedClient   shared: waits for the governor before every request, owns the retries
          ChatClient     llm.py, made with max_retries=0

Retries: one layer, one budget. The round's ChatClient does not retry (max_retries=0), so each
HTTP failure comes back at once and GovernedClient retries it *through the governor*: a retry waits
for the shared pause and a free slot like any other request, so no retry slips past a 429's pause.
Transient faults (time-outs, dropped connections, 5xx, a broken body) get the user's
`llm.max_retries`, each after a short jittered backoff, and do not slow the round down; 429s get
their own, larger budget: the server is pacing us, not failing. A refused request always waits the
time the server asked before it asks again; the governor decides whether the whole round pauses
with it (sustained 429s) or not (a scattered one among answers that come back).
"""

from __future__ import annotations

import asyncio
import random
import re
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, cast

from ..errors import AuthError, EndpointError
from ..models import Usage
from .cache import ResponseCache, request_key
from .governor import Governor

if TYPE_CHECKING:
    from ..config import LLMSettings
    from ..llm import ChatClient, Completion

RATE_LIMIT_RETRIES = 10
BACKOFF_BASE = 0.5
BACKOFF_MAX = 8.0


class CompletesJson(Protocol):
    async def complete_json(self, messages: list[dict[str, str]], *, schema: dict[str, Any],
                            schema_name: str, max_tokens: int | None = None,
                            temperature: float | None = None) -> Completion: ...


class EndpointUnusable(EndpointError):
    """Every other request would fail the same way (credentials, model, quota): stop the round."""


def as_chat_client(client: CompletesJson) -> ChatClient:
    # write_with_model is annotated with ChatClient but only calls complete_json, which every
    # layer here provides with the same signature.
    return cast("ChatClient", client)


# A draft is a small JSON object: about 250-400 tokens. For estimates only (dry run, budget).
TYPICAL_COMPLETION_TOKENS = 350


def estimate_tokens(messages: list[dict[str, str]]) -> int:
    """About four characters a token: enough for pacing and budgets, no tokenizer needed."""
    return sum(len(m.get("content", "")) for m in messages) // 4 + 4 * len(messages)


@dataclass
class _Attempt:
    rate_limit_wait: float | None = None


# The attempt in progress in this task: ChatClient's on_rate_limit callback runs inside it.
_ATTEMPT: ContextVar[_Attempt | None] = ContextVar("followup_batch_attempt", default=None)


def rate_limit_callback(governor: Governor) -> Callable[[float], None]:
    """For ChatClient(on_rate_limit=...): mark the attempt as refused, with the wait asked for.

    GovernedClient hands the wait to the governor, which pauses the round if the 429s are
    sustained; `governor` stays a parameter so the ChatClient is wired to its round's governor."""

    def on_rate_limit(wait: float) -> None:
        attempt = _ATTEMPT.get()
        if attempt is not None:
            attempt.rate_limit_wait = wait

    return on_rate_limit


def _retryable(exc: EndpointError) -> bool:
    status = exc.status_code
    return status is None or status in (200, 408, 409) or status >= 500


class GovernedClient:
    def __init__(self, inner: CompletesJson, governor: Governor, settings: LLMSettings, *,
                 backoff_base: float = BACKOFF_BASE, backoff_max: float = BACKOFF_MAX,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self.inner = inner
        self.governor = governor
        self.settings = settings
        self._backoff_base = backoff_base
        self._backoff_max = backoff_max
        self._sleep = sleep

    def _backoff(self, retry: int) -> float:
        ceiling = min(self._backoff_max, self._backoff_base * 2.0 ** (retry - 1))
        return ceiling * random.uniform(0.5, 1.0)  # jitter: requests must not retry in lockstep

    async def complete_json(self, messages: list[dict[str, str]], *, schema: dict[str, Any],
                            schema_name: str, max_tokens: int | None = None,
                            temperature: float | None = None) -> Completion:
        estimate = estimate_tokens(messages) + (max_tokens or self.settings.max_output_tokens)
        requests = faults = refusals = 0
        while True:
            ticket = await self.governor.acquire(estimate)
            attempt = _Attempt()
            token = _ATTEMPT.set(attempt)
            try:
                completion = await self.inner.complete_json(
                    messages, schema=schema, schema_name=schema_name, max_tokens=max_tokens,
                    temperature=temperature)
            except EndpointError as exc:
                requests += max(1, exc.attempts)
                if attempt.rate_limit_wait is not None:
                    self.governor.release(ticket, "rate_limited", wait=attempt.rate_limit_wait)
                    refusals += 1
                    if refusals > RATE_LIMIT_RETRIES:
                        raise self._gave_up(exc, requests) from None
                    # Holding no slot; if the round pauses too, both waits end together.
                    await self._sleep(attempt.rate_limit_wait)
                    continue
                self.governor.release(ticket, "fault")
                if isinstance(exc, AuthError) or exc.status_code in (404, 429):
                    raise EndpointUnusable(str(exc), status_code=exc.status_code,
                                           attempts=requests) from None
                if not _retryable(exc) or faults >= self.settings.max_retries:
                    raise self._gave_up(exc, requests) from None
                faults += 1
                # Counted from the failed attempt's start: a time-out has waited long enough.
                await self._sleep(max(0.0, self._backoff(faults) - self.governor.since(ticket)))
                continue
            except BaseException:
                self.governor.release(ticket, "fault")
                raise
            finally:
                _ATTEMPT.reset(token)
            self.governor.release(ticket, "ok", tokens_used=completion.usage.total_tokens or None)
            return completion.model_copy(update={"requests": requests + completion.requests})

    @staticmethod
    def _gave_up(exc: EndpointError, requests: int) -> EndpointError:
        if requests <= 1:
            return exc
        message = re.sub(r"failed after \d+ attempts?", f"failed after {requests} attempts",
                         str(exc), count=1)
        return EndpointError(message, status_code=exc.status_code, attempts=requests)


class CachedClient:
    """Answers a request seen before from the cache; `read=False` still stores new answers."""

    def __init__(self, inner: CompletesJson, cache: ResponseCache, settings: LLMSettings, *,
                 read: bool = True) -> None:
        self.inner = inner
        self.cache = cache
        self.settings = settings
        self.read = read

    async def complete_json(self, messages: list[dict[str, str]], *, schema: dict[str, Any],
                            schema_name: str, max_tokens: int | None = None,
                            temperature: float | None = None) -> Completion:
        from ..llm import OPENAI_BASE_URL

        key = request_key(
            base_url=self.settings.base_url or OPENAI_BASE_URL, model=self.settings.model,
            messages=messages, schema=schema, schema_name=schema_name,
            max_tokens=self.settings.max_output_tokens if max_tokens is None else max_tokens,
            temperature=self.settings.temperature if temperature is None else temperature)
        if self.read:
            hit = self.cache.get(key)
            if hit is not None:
                return hit
        completion = await self.inner.complete_json(messages, schema=schema, schema_name=schema_name,
                                                    max_tokens=max_tokens, temperature=temperature)
        self.cache.put(key, completion)
        return completion


@dataclass
class Tally:
    """One candidate's cost, failures included."""

    usage: Usage = field(default_factory=Usage)
    attempts: int = 0
    requests: int = 0
    cached: int = 0
    batch_usage: Usage = field(default_factory=Usage)  # the part of usage sent by a Batch API


class TallyingClient:
    def __init__(self, inner: CompletesJson, tally: Tally,
                 on_usage: Callable[[Usage], None] | None = None) -> None:
        self.inner = inner
        self.tally = tally
        self._on_usage = on_usage

    async def complete_json(self, messages: list[dict[str, str]], *, schema: dict[str, Any],
                            schema_name: str, max_tokens: int | None = None,
                            temperature: float | None = None) -> Completion:
        self.tally.attempts += 1
        try:
            completion = await self.inner.complete_json(
                messages, schema=schema, schema_name=schema_name, max_tokens=max_tokens,
                temperature=temperature)
        except EndpointError as exc:
            self.tally.requests += exc.attempts
            raise
        self.tally.usage += completion.usage
        self.tally.requests += completion.requests
        self.tally.cached += completion.requests == 0
        if self._on_usage is not None:
            self._on_usage(completion.usage)
        return completion
