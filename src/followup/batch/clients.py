"""The ChatClient as a round uses it: thin layers with the same `complete_json` signature.

    TallyingClient         one per candidate: its tokens, requests and cache hits
      CachedClient         an identical request is answered from the SQLite cache
        RetryingClient     shared: the project's one retry policy (llm/retry.py)
          GovernedClient   shared: one attempt per governor slot
            ChatClient     llm/transport.py: one attempt

Retries: one layer, one budget. The retry policy wraps the governed client, so every attempt, a
retry too, waits for the shared pause and a free slot like any other request: no retry slips past
a 429's pause, and a retry's wait holds no slot. GovernedClient tells the governor how each
attempt ended: ok, congestion (a 429 or a time-out, with the wait the server asked for; the
governor decides whether the whole round pauses with it and slows down) or another fault (which
never touches the limits). A refused key, an unknown model or an exhausted quota would fail every
other request the same way: EndpointUnusable stops the round.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import AuthError, EndpointError
from ..llm import OPENAI_BASE_URL, RequestFailed
from ..models import Usage
from .cache import ResponseCache, request_key
from .governor import Governor

if TYPE_CHECKING:
    from ..config import LLMSettings
    from ..llm import CompletesJson, Completion


class EndpointUnusable(EndpointError):
    """Every other request would fail the same way (credentials, model, quota): stop the round."""


# A draft is a small JSON object: about 250-400 tokens. For estimates only (dry run, budget).
TYPICAL_COMPLETION_TOKENS = 350


def estimate_tokens(messages: list[dict[str, str]]) -> int:
    """About four characters a token: enough for pacing and budgets, no tokenizer needed."""
    return sum(len(m.get("content", "")) for m in messages) // 4 + 4 * len(messages)


class GovernedClient:
    """One attempt per governor slot; the retry policy around it decides what comes next."""

    def __init__(self, inner: CompletesJson, governor: Governor, settings: LLMSettings) -> None:
        self.inner = inner
        self.governor = governor
        self.settings = settings

    async def complete_json(self, messages: list[dict[str, str]], *, schema: dict[str, Any],
                            schema_name: str, max_tokens: int | None = None,
                            temperature: float | None = None) -> Completion:
        estimate = estimate_tokens(messages) + (max_tokens or self.settings.max_output_tokens)
        ticket = await self.governor.acquire(estimate)
        try:
            completion = await self.inner.complete_json(
                messages, schema=schema, schema_name=schema_name, max_tokens=max_tokens,
                temperature=temperature)
        except RequestFailed as failure:
            if failure.congestion:
                self.governor.release(ticket, "rate_limited", wait=failure.retry_after or 0.0)
            else:
                self.governor.release(ticket, "fault")
            raise
        except EndpointError as exc:
            self.governor.release(ticket, "fault")
            if isinstance(exc, AuthError) or exc.status_code in (404, 429):
                raise EndpointUnusable(str(exc), status_code=exc.status_code,
                                       attempts=exc.attempts) from None
            raise
        except BaseException:
            self.governor.release(ticket, "fault")
            raise
        self.governor.release(ticket, "ok", tokens_used=completion.usage.total_tokens or None)
        return completion


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
