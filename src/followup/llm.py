"""The one place that talks to an OpenAI-compatible endpoint.

`ChatClient.complete_json` sends chat messages and returns the model's JSON object, or why there is
none. It negotiates structured output once per endpoint (strict json_schema; else json_object
carrying the schema, the llama.cpp dialect; else plain json_object; else text, the last three with
the schema in the prompt too) and remembers the answer in a `CapabilityStore`. Replies are streamed,
so `llm.timeout` measures silence, not length: a slow model still writing is waited for, up to
`llm.request_cap` in all. It owns the only transport retry loop (tenacity; the SDK's own
retries are off), and it turns HTTP failures into `followup.errors` with
one-line messages. Whether a reply is good enough (refusal, truncation, schema) is the writer's
call.

`openai` costs ~0.6 s to import, so it is imported when a client is made, never at import time.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import random
import re
import tempfile
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self

from pydantic import BaseModel, Field, ValidationError

from .errors import AuthError, EndpointError
from .models import Usage

if TYPE_CHECKING:
    import httpx2
    import openai
    from tenacity import RetryCallState

    from .config import LLMSettings

log = logging.getLogger(__name__)

ResponseFormat = Literal["json_schema", "json_object+schema", "json_object", "text"]
MaxTokensParam = Literal["max_tokens", "max_completion_tokens"]

# Best first: each level is tried only when the endpoint refused the one before.
FORMAT_LEVELS: tuple[ResponseFormat, ...] = ("json_schema", "json_object+schema", "json_object", "text")
OPENAI_BASE_URL = "https://api.openai.com/v1"
# Local servers need no key, but the SDK refuses to start without one.
NO_KEY_PLACEHOLDER = "not-needed"
# Outside strict mode the schema goes in the prompt too, so a model without a grammar still sees the
# shape (json_object mode is also refused unless the word JSON appears in the messages).
SCHEMA_IN_PROMPT = ("Reply with one JSON object and nothing else: no prose, no code fence. It must "
                    "follow this JSON schema:\n{schema}")
CONNECT_TIMEOUT = 5.0
# `on_progress`: say a request is still waiting after this many seconds, then this often.
WAITING_NOTICE = 5.0
WAITING_REPEAT = 15.0
MESSAGE_LIMIT = 200
# 408 timeout, 409 conflict (OpenAI uses it for transient lock contention), 429 rate limit; 5xx too.
RETRYABLE_STATUS = frozenset({408, 409, 429})
# Statuses with which servers refuse a response_format they do not support (some crash with 500).
FORMAT_REFUSAL_STATUS = frozenset({400, 422, 500})


class Completion(BaseModel):
    """What the model answered to one `complete_json` call, and what it cost."""

    text: str = Field(description="The raw assistant content ('' if none).")
    data: dict[str, Any] | None = Field(description="The JSON object parsed from text, if any.")
    parse_error: str | None = Field(description="Why data is None, for the re-ask message.")
    finish_reason: str | None
    refusal: str | None = Field(description="The model's refusal text, if it refused.")
    model: str = Field(description="The model as reported by the server, else the one requested.")
    response_format: ResponseFormat = Field(description="The structured-output mode used.")
    usage: Usage = Field(description="Summed over every HTTP attempt that reported usage.")
    requests: int = Field(description="HTTP requests made, retries and probes included.")

    @property
    def truncated(self) -> bool:
        return self.finish_reason == "length"


# -- strict JSON schema --------------------------------------------------------------------------

# Keywords OpenAI's strict mode (or a less capable compatible server) refuses. They are validation
# details only: the caller validates the reply with the pydantic model anyway.
_UNSUPPORTED_KEYWORDS = frozenset({
    "title", "default", "examples", "deprecated", "readOnly", "writeOnly", "discriminator",
    "minLength", "maxLength", "pattern", "format", "contentEncoding", "contentMediaType",
    "minItems", "maxItems", "uniqueItems", "contains",
    "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
    "minProperties", "maxProperties", "patternProperties", "propertyNames",
})


def strict_schema(model: type[BaseModel] | dict[str, Any]) -> dict[str, Any]:
    """A model's JSON schema (or a pydantic JSON schema) in the form OpenAI strict structured
    outputs accept.

    Every object is closed (`additionalProperties: false`) with every property required (optional
    fields stay nullable), unsupported keywords are dropped, and `$defs`/`$ref` are kept.
    """
    schema = model if isinstance(model, dict) else model.model_json_schema()
    defs: dict[str, Any] = schema.get("$defs", {})

    def visit(node: Any, inlining: frozenset[str]) -> Any:
        if isinstance(node, list):
            return [visit(item, inlining) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and len(node) > 1:
            # Strict mode refuses keywords beside $ref (pydantic puts a description there): inline
            # the definition instead, unless it is recursive.
            name = ref.removeprefix("#/$defs/")
            if name in defs and name not in inlining:
                siblings = {k: v for k, v in node.items() if k != "$ref"}
                return visit({**defs[name], **siblings}, inlining | {name})
            return {"$ref": ref}
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in _UNSUPPORTED_KEYWORDS:
                continue
            if key in ("properties", "$defs") and isinstance(value, dict):
                out[key] = {name: visit(sub, inlining) for name, sub in value.items()}
            else:
                out["anyOf" if key == "oneOf" else key] = visit(value, inlining)
        if out.get("type") == "object" or "properties" in out:
            # A free-form dict (additionalProperties: {schema}) cannot be strict; it becomes closed.
            out["additionalProperties"] = False
            out["required"] = list(out.get("properties", {}))
        all_of = out.get("allOf")
        if isinstance(all_of, list) and len(all_of) == 1 and len(out) == 1:
            return all_of[0]
        return out

    result: dict[str, Any] = visit(schema, frozenset())
    return result


# -- reading JSON out of a reply -----------------------------------------------------------------

_FENCED = re.compile(r"```[A-Za-z0-9_-]*[ \t]*\r?\n?(.*?)```", re.DOTALL)


def extract_json_object(text: str) -> tuple[dict[str, Any] | None, str | None]:
    """The JSON object in a reply (bare, in a ```json fence, or the outermost {...}), or why not."""
    stripped = text.strip()
    if not stripped:
        return None, "the reply was empty"
    candidates = [stripped, *(m.group(1).strip() for m in _FENCED.finditer(stripped))]
    first, last = stripped.find("{"), stripped.rfind("}")
    if first != -1 and last > first:
        candidates.append(stripped[first:last + 1])
    errors: list[json.JSONDecodeError] = []
    wrong_type: str | None = None
    for candidate in candidates:
        try:
            # strict=False: a raw newline or tab inside a string, which small models write, is kept.
            value = json.loads(candidate, strict=False)
        except json.JSONDecodeError as exc:
            errors.append(exc)
            continue
        if isinstance(value, dict):
            return value, None
        wrong_type = wrong_type or type(value).__name__
    if first != -1:
        # Trailing prose after the object (with braces of its own) defeats the slices above.
        with contextlib.suppress(json.JSONDecodeError):
            value, _ = json.JSONDecoder(strict=False).raw_decode(stripped, first)
            if isinstance(value, dict):
                return value, None
    if errors:
        # The bare reply failing is expected when the JSON is wrapped: prefer a fence's error.
        error = errors[1] if len(errors) > 1 else errors[0]
        where = f"line {error.lineno}, column {error.colno}"
        return None, f"the reply is not valid JSON: {error.msg} ({where})"
    if wrong_type is not None:
        kind = {"list": "an array", "str": "a string"}.get(wrong_type, f"a {wrong_type}")
        return None, f"the reply is JSON but {kind}, not an object"
    return None, "the reply contains no JSON object"


# -- what each endpoint accepts ------------------------------------------------------------------


class Capabilities(BaseModel):
    """What one (base_url, model) accepts, learned from what it refused."""

    response_format: ResponseFormat = "json_schema"
    max_tokens_param: MaxTokensParam = "max_tokens"
    temperature: bool = Field(default=True, description="False once the model refused one.")
    stream: bool = Field(default=True, description="False once the server answered a stream with "
                         "no events (it does not stream).")
    stream_usage: bool = Field(default=True, description="False once it refused stream_options.")
    learned_at: float = Field(default=0.0, description="Unix time of the last refusal learned.")


def default_cache_dir() -> Path:
    override = os.environ.get("FOLLOWUP_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("followup"))


class CapabilityStore:
    """Remembers, per (base_url, model), what the endpoint accepts, so later calls skip the probe.

    Kept in memory and in a small JSON file shared by every process; a corrupt file is ignored.
    """

    FILE_NAME = "capabilities.json"
    # Re-probe now and then: local servers get upgraded and start accepting json_schema.
    MAX_AGE = 7 * 24 * 3600.0

    def __init__(self, path: Path | None = None, *, persist: bool = True) -> None:
        self._path = path
        self._persist = persist
        self._entries: dict[str, Capabilities] | None = None

    @property
    def path(self) -> Path:
        if self._path is None:
            self._path = default_cache_dir() / self.FILE_NAME
        return self._path

    @staticmethod
    def _key(base_url: str, model: str) -> str:
        return f"{base_url.rstrip('/')} {model}"

    def get(self, base_url: str, model: str) -> Capabilities:
        if self._entries is None:
            self._entries = self._read() if self._persist else {}
        found = self._entries.get(self._key(base_url, model))
        if found is None or time.time() - found.learned_at > self.MAX_AGE:
            return Capabilities()
        return found.model_copy()

    def response_format(self, base_url: str, model: str) -> ResponseFormat:
        return self.get(base_url, model).response_format

    def remember(self, base_url: str, model: str, capabilities: Capabilities) -> None:
        learned = capabilities.model_copy(update={"learned_at": time.time()})
        key = self._key(base_url, model)
        if self._entries is None:
            self._entries = {}
        self._entries[key] = learned
        if self._persist:
            self._write(key, learned)

    def _read(self) -> dict[str, Capabilities]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.debug("ignoring unreadable capability cache %s: %s", self.path, exc)
            return {}
        endpoints = raw.get("endpoints") if isinstance(raw, dict) else None
        entries: dict[str, Capabilities] = {}
        for key, value in (endpoints if isinstance(endpoints, dict) else {}).items():
            try:
                entries[str(key)] = Capabilities.model_validate(value)
            except ValidationError:
                log.debug("ignoring a malformed capability cache entry for %s", key)
        return entries

    def _write(self, key: str, capabilities: Capabilities) -> None:
        path = self.path
        try:
            from .files import private_folder

            private_folder(path.parent)
            on_disk = self._read()  # keep what other processes learned meanwhile
            on_disk[key] = capabilities
            endpoints = {k: v.model_dump(mode="json") for k, v in sorted(on_disk.items())}
            payload = {"version": 1, "endpoints": endpoints}
            fd, tmp = tempfile.mkstemp(prefix=".capabilities-", suffix=".tmp", dir=path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    json.dump(payload, fh, indent=2)
                os.replace(tmp, path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
        except OSError as exc:
            # Only a cache: the next process pays for the probe again.
            log.debug("could not save capability cache %s: %s", path, exc)


# -- the client ----------------------------------------------------------------------------------


@dataclass
class _Tally:
    requests: int = 0
    usage: Usage = field(default_factory=Usage)


@dataclass
class _Heard:
    """How much of the reply has arrived: the difference between a silent and a slow server."""

    chars: int = 0


class _TransientFault(Exception):
    """A failure worth retrying: the wait before the next attempt is decided when it is raised."""

    def __init__(self, message: str, *, status_code: int | None, wait: float) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.wait = wait


RefusableOption = Literal["response_format", "max_tokens", "temperature", "stream",
                          "stream_options"]


class _Refused(Exception):
    """The endpoint refused a request option we can do without."""

    def __init__(self, option: RefusableOption) -> None:
        super().__init__(option)
        self.option = option


def _planned_wait(retry_state: RetryCallState) -> float:
    outcome = retry_state.outcome
    fault = outcome.exception() if outcome is not None else None
    return fault.wait if isinstance(fault, _TransientFault) else 0.0


def _retry_after(headers: httpx2.Headers) -> float | None:
    """Seconds the server asked us to wait (retry-after-ms, Retry-After seconds or HTTP date)."""
    millis = headers.get("retry-after-ms")
    if millis:
        with contextlib.suppress(ValueError):
            return max(0.0, float(millis) / 1000)
    value = headers.get("retry-after")
    if not value:
        return None
    with contextlib.suppress(ValueError):
        return max(0.0, float(value))
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _content_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # some servers answer content parts
        return "".join(p.get("text", "") for p in content
                       if isinstance(p, dict) and isinstance(p.get("text"), str))
    return ""


def _tokens(value: Any) -> int:
    return value if isinstance(value, int) and value >= 0 else 0


class ChatClient:
    """Sends chat messages to the configured endpoint and returns the model's JSON answer."""

    def __init__(
        self,
        settings: LLMSettings,
        *,
        capabilities: CapabilityStore | None = None,
        on_rate_limit: Callable[[float], None] | None = None,
        on_progress: Callable[[str], None] | None = None,
        backoff_base: float = 0.5,
        backoff_max: float = 8.0,
    ) -> None:
        """`on_progress` hears, as they happen, that a request is still waiting for its answer
        and each retry: `followup draft` says them on stderr, so a slow endpoint is not silent."""
        import openai

        self.settings = settings
        self.model = settings.model
        self.base_url = (settings.base_url or OPENAI_BASE_URL).rstrip("/")
        self.capabilities = capabilities if capabilities is not None else CapabilityStore()
        self._strict_schemas: dict[str, dict[str, Any]] = {}
        self._on_rate_limit = on_rate_limit
        self._on_progress = on_progress
        self._backoff_base = backoff_base
        self._backoff_max = backoff_max
        self._secret = settings.api_key.get_secret_value() if settings.api_key else ""
        self._client = openai.AsyncOpenAI(
            api_key=self._secret or NO_KEY_PLACEHOLDER,
            # Explicit, so OPENAI_BASE_URL is read in one place only (config.py), not again here.
            base_url=self.base_url,
            timeout=openai.Timeout(settings.timeout,
                                   connect=min(settings.timeout, CONNECT_TIMEOUT)),
            max_retries=0,  # tenacity below owns retries: one layer, one budget
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
        """Ask for a JSON object matching `schema`, in the best mode the endpoint accepts."""
        tally = _Tally()
        caps = self.capabilities.get(self.base_url, self.model)
        while True:
            request = self._request(messages, caps, schema=schema, schema_name=schema_name,
                                    max_tokens=max_tokens, temperature=temperature)
            try:
                body = await self._send_with_retries(request, caps.response_format, tally)
            except _Refused as refused:
                caps = self._adapt(caps, refused.option)
                self.capabilities.remember(self.base_url, self.model, caps)
                continue
            return self._completion(body, caps.response_format, tally, schema)

    # -- request building and negotiation --------------------------------------------------------

    def _request(self, messages: list[dict[str, str]], caps: Capabilities, *,
                 schema: dict[str, Any], schema_name: str, max_tokens: int | None,
                 temperature: float | None) -> dict[str, Any]:
        sent: list[dict[str, str]] = [dict(m) for m in messages]
        level = caps.response_format
        if level != "json_schema":
            sent.append({"role": "system", "content": SCHEMA_IN_PROMPT.format(
                schema=json.dumps(schema, ensure_ascii=False))})
        request: dict[str, Any] = {
            "model": self.model,
            "messages": sent,
            caps.max_tokens_param: (self.settings.max_output_tokens if max_tokens is None
                                    else max_tokens),
        }
        if caps.temperature:
            request["temperature"] = (self.settings.temperature if temperature is None
                                      else temperature)
        if level == "json_schema":
            name = re.sub(r"[^A-Za-z0-9_-]", "_", schema_name)[:64] or "response"
            if name not in self._strict_schemas:
                self._strict_schemas[name] = strict_schema(schema)
            request["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": name, "schema": self._strict_schemas[name], "strict": True},
            }
        elif level == "json_object+schema":
            # llama.cpp's server (and those built on it) constrain decoding to this schema.
            request["response_format"] = {"type": "json_object", "schema": schema}
        elif level == "json_object":
            request["response_format"] = {"type": "json_object"}
        if caps.stream:
            request["stream"] = True
            if caps.stream_usage:
                request["stream_options"] = {"include_usage": True}
        return request

    def _adapt(self, caps: Capabilities, option: RefusableOption) -> Capabilities:
        """The capabilities without what the endpoint just refused.

        Each step removes the refused option from the next request (text mode sends no
        response_format), so a server that refuses everything cannot make this loop forever.
        """
        if option == "response_format":
            level = FORMAT_LEVELS[FORMAT_LEVELS.index(caps.response_format) + 1]
            log.info("%s refused response_format %s for %s; using %s", self.base_url,
                     caps.response_format, self.model, level)
            return caps.model_copy(update={"response_format": level})
        if option == "max_tokens":
            return caps.model_copy(update={"max_tokens_param": "max_completion_tokens"})
        if option == "stream":
            return caps.model_copy(update={"stream": False})
        if option == "stream_options":
            return caps.model_copy(update={"stream_usage": False})
        return caps.model_copy(update={"temperature": False})

    def _refused_option(self, status: int, text: str, level: ResponseFormat,
                        request: dict[str, Any]) -> RefusableOption | None:
        if status in (400, 422) and "stream_options" in request and "stream_options" in text:
            return "stream_options"
        if status in FORMAT_REFUSAL_STATUS and level != "text" and any(
                word in text for word in ("response_format", "json_schema", "json_object", "schema")):
            return "response_format"
        if status not in (400, 422):
            return None
        if request.get("stream") and "stream" in text and ("support" in text or "unknown" in text):
            return "stream"
        # Reasoning models refuse max_tokens ("use 'max_completion_tokens' instead") and
        # any temperature but the default.
        if "max_tokens" in request and "max_completion_tokens" in text and "max_tokens" in text:
            return "max_tokens"
        if "temperature" in request and "temperature" in text and "support" in text:
            return "temperature"
        return None

    # -- transport -------------------------------------------------------------------------------

    async def _send_with_retries(self, request: dict[str, Any], level: ResponseFormat,
                                 tally: _Tally) -> dict[str, Any]:
        attempts = 0
        try:
            if self.settings.max_retries == 0:
                # A batch's client: its GovernedClient owns the retries. Without tenacity's
                # machinery a request costs 0.2 ms less CPU (measured), which 500 of them notice.
                attempts = 1
                return await self._send_once(request, level, tally, attempts)
            from tenacity import AsyncRetrying, retry_if_exception_type, stop_after_attempt

            retrying = AsyncRetrying(
                stop=stop_after_attempt(self.settings.max_retries + 1),
                retry=retry_if_exception_type(_TransientFault),
                wait=_planned_wait,
                before_sleep=self._log_retry,
                reraise=True,
            )
            async for attempt in retrying:
                with attempt:
                    attempts += 1
                    return await self._send_once(request, level, tally, attempts)
        except _TransientFault as fault:
            raise EndpointError(
                f"{self.base_url} failed after {attempts} attempt{'s' * (attempts != 1)}: "
                f"{fault.message}",
                status_code=fault.status_code, attempts=attempts,
            ) from None
        raise AssertionError("unreachable: tenacity returns the result or raises")

    async def _send_once(self, request: dict[str, Any], level: ResponseFormat, tally: _Tally,
                         attempt: int) -> dict[str, Any]:
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
                                raise _Refused("stream")  # a plain completion: it does not stream
                            return self._completion_body(response.http_response, await response.read(),
                                                         tally, attempt)
                        return await self._streamed_body(response.iter_lines(), heard, tally,
                                                         response.status_code, attempt)
        except openai.APIStatusError as exc:
            raise self._status_failure(exc, level, request, attempt) from None
        except (openai.APITimeoutError, httpx2.TimeoutException):
            said = (f"silent for {self.settings.timeout:g} s after {heard.chars} characters of the "
                    "reply" if heard.chars else f"no answer within {self.settings.timeout:g} s")
            raise self._congestion(f"{said} (a slow local model may need a larger llm.timeout)",
                                   attempt) from None
        except TimeoutError:
            raise self._congestion(f"still writing after {self.settings.request_cap:g} s, the cap "
                                   "for one request (llm.request_cap)", attempt) from None
        except (openai.APIConnectionError, httpx2.TransportError) as exc:
            cause = exc.__cause__ if isinstance(exc, openai.APIConnectionError) else exc
            reason = self._one_line(str(cause) or type(cause).__name__) if cause else str(exc)
            where = " in the middle of the reply" if heard.chars else ""
            raise self._fault(f"connection failed{where} ({reason})", None, attempt) from None

    async def _streamed_body(self, lines: AsyncIterator[str], heard: _Heard, tally: _Tally,
                             status: int, attempt: int) -> dict[str, Any]:
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
                raise self._fault(f"HTTP {status} with a stream event that is not JSON: "
                                  f"{self._one_line(data, 80)}", status, attempt) from None
            if not isinstance(chunk, dict):
                continue
            if "error" in chunk:
                error = chunk["error"]
                said = error.get("message") if isinstance(error, dict) else error
                raise self._fault(f"the stream reported an error: {self._one_line(str(said))}",
                                  status, attempt)
            chunks += 1
            model = chunk.get("model") or model
            usage = chunk.get("usage")
            if isinstance(usage, dict):
                tally.usage += Usage(prompt_tokens=_tokens(usage.get("prompt_tokens")),
                                     completion_tokens=_tokens(usage.get("completion_tokens")))
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
            raise self._fault(f"HTTP {status} with a stream of no chunks", status, attempt)
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

    def _congestion(self, message: str, attempt: int) -> _TransientFault:
        """A time-out: retried like any fault, and, in a round, taken as congestion like a 429."""
        fault = self._fault(message, None, attempt)
        if self._on_rate_limit is not None:
            self._on_rate_limit(fault.wait)
        return fault

    def _completion_body(self, response: httpx2.Response, content: bytes, tally: _Tally,
                         attempt: int) -> dict[str, Any]:
        # A 200 whose body is not a chat completion is retried: gateways and overloaded local
        # servers answer an HTML page or a cut-off body with 200 now and then, the request is
        # idempotent, and the retry budget bounds it. If it persists, EndpointError says what came.
        try:
            body = json.loads(content)
        except ValueError:
            snippet = self._one_line(content.decode(errors="replace"), 80) or "an empty body"
            status = response.status_code
            raise self._fault(f"HTTP {status} with a body that is not JSON: {snippet}",
                              status, attempt) from None
        if not isinstance(body, dict):
            raise self._fault(f"HTTP {response.status_code} with JSON that is not a completion",
                              response.status_code, attempt)
        usage = body.get("usage")
        if isinstance(usage, dict):
            tally.usage += Usage(prompt_tokens=_tokens(usage.get("prompt_tokens")),
                                 completion_tokens=_tokens(usage.get("completion_tokens")))
        choices = body.get("choices")
        if not (isinstance(choices, list) and choices and isinstance(choices[0], dict)):
            error = body.get("error")
            said = error.get("message") if isinstance(error, dict) else error
            detail = f": {self._one_line(str(said))}" if said else ""
            raise self._fault(f"HTTP {response.status_code} without a completion{detail}",
                              response.status_code, attempt)
        return body

    def _status_failure(self, exc: openai.APIStatusError, level: ResponseFormat,
                        request: dict[str, Any], attempt: int) -> Exception:
        status = exc.status_code
        said = self._server_message(exc)
        if status in (401, 403):
            return AuthError(
                f"{self.base_url} refused the credentials (HTTP {status}): check OPENAI_API_KEY"
                f" ({said})", status_code=status, attempts=attempt)
        searchable = f"{said} {json.dumps(exc.body, default=str)}".lower()
        option = self._refused_option(status, searchable, level, request)
        if option is not None:
            return _Refused(option)
        if status == 429 and "insufficient_quota" in searchable:
            return EndpointError(f"{self.base_url} says the account is out of quota (HTTP 429): "
                                 f"{said}", status_code=status, attempts=attempt)
        if status in RETRYABLE_STATUS or status >= 500:
            fault = self._fault(f"HTTP {status}: {said}", status, attempt,
                                _retry_after(exc.response.headers))
            if status == 429 and self._on_rate_limit is not None:
                self._on_rate_limit(fault.wait)
            return fault
        if status == 404:
            return EndpointError(
                f"{self.base_url} has no model '{self.model}' or no chat completions endpoint "
                f"(HTTP 404): check the model name and the base URL ({said})",
                status_code=status, attempts=attempt)
        return EndpointError(f"{self.base_url} rejected the request (HTTP {status}): {said}",
                             status_code=status, attempts=attempt)

    def _fault(self, message: str, status: int | None, attempt: int,
               retry_after: float | None = None) -> _TransientFault:
        if retry_after is not None:
            wait = min(retry_after, self.settings.max_retry_wait)
        else:
            ceiling = min(self._backoff_max, self._backoff_base * 2 ** (attempt - 1))
            wait = ceiling * random.uniform(0.5, 1.0)  # jitter: a batch must not retry in lockstep
        return _TransientFault(message, status_code=status, wait=wait)

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

    def _log_retry(self, retry_state: RetryCallState) -> None:
        outcome = retry_state.outcome
        fault = outcome.exception() if outcome is not None else None
        if isinstance(fault, _TransientFault):
            log.info("%s: %s; retry %d in %.1f s", self.base_url, fault.message,
                     retry_state.attempt_number, fault.wait)
            if self._on_progress is not None:
                self._on_progress(f"{self.base_url}: {fault.message}; retry "
                                  f"{retry_state.attempt_number} of {self.settings.max_retries} "
                                  f"in {fault.wait:.1f} s")

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

    # -- the Batch API: the same request and the same reading, another transport ------------------
    # Used by followup.batch.batchapi, which sends the requests as JSONL lines and reads the
    # results from a file: the body is what complete_json's first request would send, and the
    # result is read as complete_json reads a reply.

    def request_body(self, messages: list[dict[str, str]], *, schema: dict[str, Any],
                     schema_name: str, max_tokens: int | None = None,
                     temperature: float | None = None,
                     capabilities: Capabilities | None = None) -> dict[str, Any]:
        """The body of the request complete_json would send, with the negotiated capabilities
        (or `capabilities`), not streamed: a batch's replies come back whole."""
        caps = capabilities or self.capabilities.get(self.base_url, self.model)
        return self._request(messages, caps.model_copy(update={"stream": False}), schema=schema,
                             schema_name=schema_name, max_tokens=max_tokens,
                             temperature=temperature)

    def read_reply(self, body: Any, *, schema: dict[str, Any],
                   response_format: ResponseFormat) -> Completion:
        """A chat completion body (a batch result line's) read as complete_json reads a reply:
        refusal, truncation, JSON and schema. Not a completion: EndpointError, in one line."""
        if not isinstance(body, dict):
            raise EndpointError("the result is not a chat completion")
        tally = _Tally(requests=1)
        usage = body.get("usage")
        if isinstance(usage, dict):
            tally.usage = Usage(prompt_tokens=_tokens(usage.get("prompt_tokens")),
                                completion_tokens=_tokens(usage.get("completion_tokens")))
        choices = body.get("choices")
        if not (isinstance(choices, list) and choices and isinstance(choices[0], dict)):
            error = body.get("error")
            said = error.get("message") if isinstance(error, dict) else error
            detail = f": {self._one_line(str(said))}" if said else ""
            raise EndpointError(f"the result has no completion{detail}")
        return self._completion(body, response_format, tally, schema)
