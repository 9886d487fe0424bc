"""`ChatClient`: one attempt at one JSON request to an OpenAI-compatible endpoint.

`complete_json` builds the request for what the endpoint accepts (`dialects.build_request`), sends
it, and returns the model's answer as a `Completion`. When the endpoint refuses an option it can do
without (a response_format, max_tokens, a temperature, streaming), it learns that in the
`CapabilityStore` and asks again without it: that negotiation is part of the one attempt. Any
other failure is raised at once, typed (`errors.py`): whether to retry, and when, is the policy's
call (`retry.py`), so there is no retry, backoff or tenacity in here, and the SDK's own retries are
off.

Replies are streamed, so `llm.timeout` measures silence, not length: a slow model still writing is
waited for, up to `llm.request_cap` for the request. Errors are one line, with the key scrubbed.

`openai` costs ~0.6 s to import, so it is imported when a client is made, never at import time.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from ..errors import AuthError, EndpointError
from ..models import Usage
from .capabilities import CapabilityStore
from .completion import Completion
from .dialects import (
    Capabilities,
    ResponseFormat,
    adapt,
    build_request,
    extract_json_object,
    refused_option,
)
from .errors import RETRYABLE_STATUS, Refused, RequestFailed, retry_after

if TYPE_CHECKING:
    import httpx2
    import openai

    from ..config import LLMSettings

log = logging.getLogger(__name__)

OPENAI_BASE_URL = "https://api.openai.com/v1"
# Local servers need no key, but the SDK refuses to start without one.
NO_KEY_PLACEHOLDER = "not-needed"
CONNECT_TIMEOUT = 5.0
# `on_progress`: say a request is still waiting after this many seconds, then this often.
WAITING_NOTICE = 5.0
WAITING_REPEAT = 15.0
MESSAGE_LIMIT = 200


@dataclass
class _Tally:
    """The HTTP requests of one `complete_json` call (probes included) and their usage."""

    requests: int = 0
    usage: Usage = field(default_factory=Usage)


@dataclass
class _Heard:
    """How much of the reply has arrived: the difference between a silent and a slow server."""

    chars: int = 0


def _content_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # some servers answer content parts
        return "".join(p.get("text", "") for p in content
                       if isinstance(p, dict) and isinstance(p.get("text"), str))
    return ""


def _usage(reported: Any) -> Usage:
    def tokens(value: Any) -> int:
        return value if isinstance(value, int) and value >= 0 else 0

    if not isinstance(reported, dict):
        return Usage()
    return Usage(prompt_tokens=tokens(reported.get("prompt_tokens")),
                 completion_tokens=tokens(reported.get("completion_tokens")))


class ChatClient:
    """Sends chat messages to the configured endpoint and returns the model's JSON answer.

    One attempt per call: wrap it in `RetryingClient` (or a round's governor and then
    `RetryingClient`) for retries. `capabilities` remembers what the endpoint accepts; without one,
    only for this client's life (`CapabilityStore.in_folder(settings.cache_folder)` shares it with
    later runs). `on_progress` hears that a request is still waiting for its answer: `followup
    draft` says it on stderr, so a slow endpoint is not silent."""

    def __init__(
        self,
        settings: LLMSettings,
        *,
        capabilities: CapabilityStore | None = None,
        on_progress: Callable[[str], None] | None = None,
    ) -> None:
        import openai

        self.settings = settings
        self.model = settings.model
        self.base_url = (settings.base_url or OPENAI_BASE_URL).rstrip("/")
        self.capabilities = capabilities if capabilities is not None else CapabilityStore()
        self._on_progress = on_progress
        self._secret = settings.api_key.get_secret_value() if settings.api_key else ""
        self._client = openai.AsyncOpenAI(
            api_key=self._secret or NO_KEY_PLACEHOLDER,
            # Explicit, so OPENAI_BASE_URL is read in one place only (config.py), not again here.
            base_url=self.base_url,
            timeout=openai.Timeout(settings.timeout,
                                   connect=min(settings.timeout, CONNECT_TIMEOUT)),
            max_retries=0,  # retry.py owns retries: one layer, one budget
        )

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._client.close()

    async def complete_json(
        self,
        messages: list[dict[str, str]],
        *,
        schema: dict[str, Any],
        schema_name: str,
        max_tokens: int | None = None,
        temperature: float | None = None,
    ) -> Completion:
        """Ask once for a JSON object matching `schema`, in the best mode the endpoint accepts.

        Raises `RequestFailed` (worth retrying), `AuthError`, or `EndpointError` (not)."""
        tally = _Tally()
        caps = self.capabilities.get(self.base_url, self.model)
        while True:
            request = build_request(
                messages, caps, model=self.model, schema=schema, schema_name=schema_name,
                max_tokens=self.settings.max_output_tokens if max_tokens is None else max_tokens,
                temperature=self.settings.temperature if temperature is None else temperature)
            try:
                body = await self._send_once(request, tally)
            except Refused as refused:
                learned = adapt(caps, refused.option)
                log.info("%s refused %s for %s; asking without it (%s)", self.base_url,
                         refused.option, self.model, learned.response_format)
                caps = learned
                self.capabilities.remember(self.base_url, self.model, caps)
                continue
            return self._completion(body, caps.response_format, tally, schema)

    # -- the Batch API: the same request and the same reading, another transport ---------------
    # Used by followup.batch.batchapi, which sends the requests as JSONL lines and reads the
    # results from a file: the body is what complete_json's first request would send, and a
    # result is read as complete_json reads a reply.

    def request_body(self, messages: list[dict[str, str]], *, schema: dict[str, Any],
                     schema_name: str, max_tokens: int | None = None,
                     temperature: float | None = None,
                     capabilities: Capabilities | None = None) -> dict[str, Any]:
        """The body of the request complete_json would send, with the negotiated capabilities
        (or `capabilities`), not streamed: a batch's replies come back whole."""
        caps = capabilities or self.capabilities.get(self.base_url, self.model)
        return build_request(
            messages, caps.model_copy(update={"stream": False}), model=self.model, schema=schema,
            schema_name=schema_name,
            max_tokens=self.settings.max_output_tokens if max_tokens is None else max_tokens,
            temperature=self.settings.temperature if temperature is None else temperature)

    def read_reply(self, body: Any, *, schema: dict[str, Any],
                   response_format: ResponseFormat) -> Completion:
        """A chat completion body (a batch result line's) read as complete_json reads a reply:
        refusal, truncation, JSON and schema. Not a completion: EndpointError, in one line."""
        if not isinstance(body, dict):
            raise EndpointError("the result is not a chat completion")
        tally = _Tally(requests=1, usage=_usage(body.get("usage")))
        choices = body.get("choices")
        if not (isinstance(choices, list) and choices and isinstance(choices[0], dict)):
            error = body.get("error")
            said = error.get("message") if isinstance(error, dict) else error
            detail = f": {self._one_line(str(said))}" if said else ""
            raise EndpointError(f"the result has no completion{detail}")
        return self._completion(body, response_format, tally, schema)

    # -- one HTTP request ------------------------------------------------------------------------

    async def _send_once(self, request: dict[str, Any], tally: _Tally) -> dict[str, Any]:
        import httpx2
        import openai

        tally.requests += 1
        heard = _Heard()
        # response_format goes through extra_body, as sent: the SDK's parameter transform walks
        # every node of a schema, which costs more CPU (2.7 ms a request, measured) than all of
        # followup's own work on a draft.
        params = {k: v for k, v in request.items() if k != "response_format"}
        extra = {"response_format": request["response_format"]} if "response_format" in request else None
        try:
            async with asyncio.timeout(self.settings.request_cap):
                with self._waiting_notices(heard):
                    async with self._client.chat.completions.with_streaming_response.create(
                            **params, extra_body=extra) as response:
                        kind = response.headers.get("content-type", "")
                        if "text/event-stream" not in kind:
                            if request.get("stream") and "json" in kind:
                                raise Refused("stream")  # a plain completion: it does not stream
                            return self._completion_body(response.http_response, await response.read(),
                                                         tally)
                        return await self._streamed_body(response.iter_lines(), heard, tally,
                                                         response.status_code)
        except openai.APIStatusError as exc:
            raise self._status_failure(exc, request, tally) from None
        except (openai.APITimeoutError, httpx2.TimeoutException):
            said = (f"silent for {self.settings.timeout:g} s after {heard.chars} characters of the "
                    "reply" if heard.chars else f"no answer within {self.settings.timeout:g} s")
            raise self._failed(f"{said} (a slow local model may need a larger llm.timeout)",
                               tally, congestion=True) from None
        except TimeoutError:
            raise self._failed(f"still writing after {self.settings.request_cap:g} s, the cap "
                               "for one request (llm.request_cap)", tally, congestion=True) from None
        except (openai.APIConnectionError, httpx2.TransportError) as exc:
            cause = exc.__cause__ if isinstance(exc, openai.APIConnectionError) else exc
            reason = self._one_line(str(cause) or type(cause).__name__) if cause else str(exc)
            where = " in the middle of the reply" if heard.chars else ""
            raise self._failed(f"connection failed{where} ({reason})", tally) from None

    async def _streamed_body(self, lines: AsyncIterator[str], heard: _Heard, tally: _Tally,
                             status: int) -> dict[str, Any]:
        """Server-sent chunks put together as one completion body, as `_completion` reads it."""
        content: list[str] = []
        refusal: list[str] = []
        finish_reason: str | None = None
        model: str | None = None
        chunks = 0
        async for line in lines:
            data = line.removeprefix("data:").strip() if line.startswith("data:") else ""
            if not data:
                continue  # blank lines, comments, event: lines
            if data == "[DONE]":
                await self._drain(lines)
                break
            try:
                chunk = json.loads(data)
            except ValueError:
                raise self._failed(f"HTTP {status} with a stream event that is not JSON: "
                                   f"{self._one_line(data, 80)}", tally, status) from None
            if not isinstance(chunk, dict):
                continue
            if "error" in chunk:
                error = chunk["error"]
                said = error.get("message") if isinstance(error, dict) else error
                raise self._failed(f"the stream reported an error: {self._one_line(str(said))}",
                                   tally, status)
            chunks += 1
            model = chunk.get("model") or model
            tally.usage += _usage(chunk.get("usage"))
            for choice in chunk.get("choices") or ():
                if not isinstance(choice, dict) or choice.get("index", 0) != 0:
                    continue
                delta = choice.get("delta")
                said = delta.get("content") if isinstance(delta, dict) else None
                if isinstance(said, str):
                    content.append(said)
                    heard.chars += len(said)
                refused = delta.get("refusal") if isinstance(delta, dict) else None
                if isinstance(refused, str):
                    refusal.append(refused)
                finish_reason = choice.get("finish_reason") or finish_reason
        if not chunks:
            raise self._failed(f"HTTP {status} with a stream of no chunks", tally, status)
        message = {"content": "".join(content), "refusal": "".join(refusal) or None}
        return {"model": model, "choices": [{"message": message, "finish_reason": finish_reason}]}

    @staticmethod
    async def _drain(lines: AsyncIterator[str]) -> None:
        """Read what follows [DONE] (the end of the body, at once): a response read to its end
        leaves its connection in the pool for the next request; one left unread closes it."""
        import httpx2

        with contextlib.suppress(httpx2.HTTPError):
            async for _ in lines:
                pass

    def _completion_body(self, response: httpx2.Response, content: bytes,
                         tally: _Tally) -> dict[str, Any]:
        # A 200 whose body is not a chat completion is worth retrying: gateways and overloaded
        # local servers answer an HTML page or a cut-off body with 200 now and then, and the
        # request is idempotent. If it persists, the error says what came.
        status = response.status_code
        try:
            body = json.loads(content)
        except ValueError:
            snippet = self._one_line(content.decode(errors="replace"), 80) or "an empty body"
            raise self._failed(f"HTTP {status} with a body that is not JSON: {snippet}",
                               tally, status) from None
        if not isinstance(body, dict):
            raise self._failed(f"HTTP {status} with JSON that is not a completion", tally, status)
        tally.usage += _usage(body.get("usage"))
        choices = body.get("choices")
        if not (isinstance(choices, list) and choices and isinstance(choices[0], dict)):
            error = body.get("error")
            said = error.get("message") if isinstance(error, dict) else error
            detail = f": {self._one_line(str(said))}" if said else ""
            raise self._failed(f"HTTP {status} without a completion{detail}", tally, status)
        return body

    def _status_failure(self, exc: openai.APIStatusError, request: dict[str, Any],
                        tally: _Tally) -> Exception:
        status = exc.status_code
        said = self._server_message(exc)
        requests = tally.requests
        if status in (401, 403):
            return AuthError(
                f"{self.base_url} refused the credentials (HTTP {status}): check OPENAI_API_KEY"
                f" ({said})", status_code=status, attempts=requests)
        searchable = f"{said} {json.dumps(exc.body, default=str)}".lower()
        option = refused_option(status, searchable, request)
        if option is not None:
            return Refused(option)
        if status == 429 and "insufficient_quota" in searchable:
            return EndpointError(f"{self.base_url} says the account is out of quota (HTTP 429): "
                                 f"{said}", status_code=status, attempts=requests)
        if status in RETRYABLE_STATUS or status >= 500:
            return self._failed(f"HTTP {status}: {said}", tally, status, congestion=status == 429,
                                retry_after=retry_after(exc.response.headers))
        if status == 404:
            return EndpointError(
                f"{self.base_url} has no model '{self.model}' or no chat completions endpoint "
                f"(HTTP 404): check the model name and the base URL ({said})",
                status_code=status, attempts=requests)
        return EndpointError(f"{self.base_url} rejected the request (HTTP {status}): {said}",
                             status_code=status, attempts=requests)

    def _failed(self, reason: str, tally: _Tally, status: int | None = None, *,
                congestion: bool = False, retry_after: float | None = None) -> RequestFailed:
        """An attempt worth retrying. The wait the server asked for is capped here, once."""
        if retry_after is not None:
            retry_after = min(retry_after, self.settings.max_retry_wait)
        return RequestFailed(self.base_url, reason, status_code=status, retryable=True,
                             congestion=congestion, retry_after=retry_after,
                             requests=tally.requests, usage=tally.usage)

    @contextlib.contextmanager
    def _waiting_notices(self, heard: _Heard) -> Iterator[None]:
        """While a request runs: a notice after WAITING_NOTICE s, then every WAITING_REPEAT s,
        saying whether the model is silent or still writing."""
        if self._on_progress is None:
            yield
            return
        loop = asyncio.get_running_loop()
        started = loop.time()
        notify = self._on_progress
        handle: asyncio.TimerHandle | None = None

        def say() -> None:
            nonlocal handle
            after = loop.time() - started
            if heard.chars:
                notify(f"{self.base_url}: the model is still writing after {after:.0f} s "
                       f"({heard.chars} characters so far)")
            else:
                notify(f"waiting for {self.base_url}: no answer yet after {after:.0f} s (gives up "
                       f"after {self.settings.timeout:g} s of silence)")
            handle = loop.call_later(WAITING_REPEAT, say)

        handle = loop.call_later(WAITING_NOTICE, say)
        try:
            yield
        finally:
            handle.cancel()

    # -- messages and results --------------------------------------------------------------------

    def _scrub(self, text: str) -> str:
        return text.replace(self._secret, "****") if len(self._secret) >= 6 else text

    def _one_line(self, text: str, limit: int = MESSAGE_LIMIT) -> str:
        """Text fit for one stderr line: no markup, no newlines, no key, at most `limit` chars."""
        flat = " ".join(re.sub(r"<[^>]{0,200}>", " ", self._scrub(text)).split())
        return flat if len(flat) <= limit else flat[:limit - 1].rstrip() + "…"

    def _server_message(self, exc: openai.APIStatusError) -> str:
        body = exc.body  # the SDK already unwrapped {"error": {...}}
        if isinstance(body, dict):
            message = body.get("message")
            useful = isinstance(message, str) and message
            text = str(message) if useful else json.dumps(body, default=str)
        elif isinstance(body, str) and body.strip():
            text = body
        else:
            text = "no details given"
        return self._one_line(text)

    def _completion(self, body: dict[str, Any], level: ResponseFormat, tally: _Tally,
                    schema: dict[str, Any]) -> Completion:
        choice = body["choices"][0]
        message = choice.get("message")
        message = message if isinstance(message, dict) else {}
        text = _content_text(message.get("content"))
        finish_reason = choice.get("finish_reason")
        finish_reason = finish_reason if isinstance(finish_reason, str) else None
        refusal = message.get("refusal")
        refusal = refusal if isinstance(refusal, str) and refusal.strip() else None
        if refusal is None and finish_reason == "content_filter":
            refusal = "the endpoint's content filter blocked the reply"
        data, parse_error = extract_json_object(text)
        keys = list(schema.get("properties", {}))
        if data is not None and keys and not any(key in data for key in keys):
            # "Some JSON object" ({}, {"title": ..., "url": ...}): a server that ignored the schema.
            log.info("%s answered %s without following the schema", self.base_url, level)
            data, parse_error = None, (f"the reply ignores the JSON schema: it has none of its keys "
                                       f"({', '.join(keys)})")
        if data is None and refusal is not None:
            parse_error = f"the model refused: {self._one_line(refusal)}"
        elif data is None and finish_reason == "length":
            parse_error = f"the reply was cut off at the token limit ({parse_error})"
        model = body.get("model")
        return Completion(
            text=text, data=data, parse_error=parse_error, finish_reason=finish_reason,
            refusal=refusal, model=model if isinstance(model, str) and model else self.model,
            response_format=level, usage=tally.usage, requests=tally.requests,
        )
