"""The LLM edge: the real openai client against a real local server (tests/fake_openai.py)."""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Coroutine
from email.utils import formatdate
from pathlib import Path
from typing import Any, TypeVar

import pytest
from pydantic import BaseModel, Field, SecretStr

from fake_openai import FakeOpenAI, Reply
from followup.config import LLMSettings
from followup.errors import AuthError, EndpointError
from followup.llm import (
    Capabilities,
    CapabilityStore,
    ChatClient,
    Completion,
    RequestFailed,
    RetryingClient,
    accept,
    ask_validated,
    strict_schema,
)
from followup.models import DraftContent, Evidence, Usage

T = TypeVar("T")

KEY = "sk-test-0123456789abcdef"
SCHEMA = DraftContent.model_json_schema()  # what the writer passes; strict form made inside
MESSAGES = [
    {"role": "system", "content": "You write candidate follow-up emails. Answer in JSON."},
    {"role": "user", "content": "Notes: strong on system design; rusty on SQL."},
]
DRAFT = {
    "subject": "Your interview with Acme",
    "greeting": "Hi Priya,",
    "opening": "Thank you for your time on Tuesday.",
    "strengths": [{"point": "Your system design was clear.", "quote": "strong on system design"}],
    "areas_to_grow": [{"point": "Practise SQL joins.", "quote": "rusty on SQL"}],
    "next_steps": "We will not move forward this time.",
    "encouragement": "",
    "closing": "Best wishes,",
}


def run(coro: Coroutine[Any, Any, T], limit: float = 15.0) -> T:
    """Run one async test body, bounded in time so a bug cannot hang the suite."""
    return asyncio.run(asyncio.wait_for(coro, limit))


def settings_for(url: str, **overrides: Any) -> LLMSettings:
    values: dict[str, Any] = {"base_url": url, "model": "test-model", "api_key": SecretStr(KEY),
                              "timeout": 5.0, "max_retries": 2, "max_retry_wait": 5.0}
    return LLMSettings(**{**values, **overrides})


@pytest.fixture
def store(tmp_path: Path) -> CapabilityStore:
    return CapabilityStore(tmp_path / "capabilities.json")


async def ask(settings: LLMSettings, store: CapabilityStore,
              messages: list[dict[str, str]] = MESSAGES, *, retries: bool = True) -> Completion:
    """The ChatClient wrapped in the retry policy, as `followup draft` and `eval` use it
    (`retries=False`: the ChatClient alone, one attempt)."""
    async with ChatClient(settings, capabilities=store) as chat:
        # A short backoff keeps the retry tests fast; the policy is the same.
        client = RetryingClient(chat, settings, backoff_base=0.05) if retries else chat
        return await client.complete_json(messages, schema=SCHEMA, schema_name="draft_content")


def failed_attempt(settings: LLMSettings, store: CapabilityStore) -> RequestFailed:
    """What one attempt of the ChatClient alone raised."""
    with pytest.raises(RequestFailed) as caught:
        run(ask(settings, store, retries=False))
    return caught.value


# -- a normal exchange ---------------------------------------------------------------------------


def test_reply_is_parsed_and_request_is_what_openai_expects(
        fake_openai: FakeOpenAI, store: CapabilityStore) -> None:
    fake_openai.enqueue(Reply.json(DRAFT, model="test-model-2025-01-01",
                                   usage={"prompt_tokens": 120, "completion_tokens": 80}))
    settings = settings_for(fake_openai.url)

    completion = run(ask(settings, store))

    assert completion.data == DRAFT
    assert DraftContent.model_validate(completion.data).greeting == "Hi Priya,"
    assert completion.parse_error is None and completion.refusal is None
    assert completion.finish_reason == "stop"
    assert completion.model == "test-model-2025-01-01"
    assert completion.response_format == "json_schema"
    assert completion.usage == Usage(prompt_tokens=120, completion_tokens=80)
    assert completion.requests == 1
    [sent] = fake_openai.chat_requests
    assert sent.path == "/v1/chat/completions"
    assert sent.headers["authorization"] == f"Bearer {KEY}"
    assert sent.json["model"] == "test-model"
    assert sent.json["messages"] == MESSAGES
    assert sent.json["max_tokens"] == settings.max_output_tokens
    assert sent.json["temperature"] == settings.temperature
    assert sent.json["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "draft_content", "schema": strict_schema(SCHEMA), "strict": True},
    }


def test_local_endpoint_without_key_gets_a_placeholder(
        fake_openai: FakeOpenAI, store: CapabilityStore) -> None:
    run(ask(settings_for(fake_openai.url, api_key=None), store))
    assert fake_openai.chat_requests[0].headers["authorization"] == "Bearer not-needed"


def test_openai_is_not_imported_with_the_module() -> None:
    """Importing openai costs ~0.6 s of CLI start-up; only making a client may pay it."""
    code = "import sys, followup.llm; print('openai' in sys.modules, 'tenacity' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


# -- strict schema -------------------------------------------------------------------------------


def _objects(node: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        if node.get("type") == "object":
            found.append(node)
        for key, value in node.items():
            found += _objects(list(value.values()) if key in ("properties", "$defs") else value)
    elif isinstance(node, list):
        for item in node:
            found += _objects(item)
    return found


def _keywords(node: Any) -> set[str]:
    keys: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("properties", "$defs"):  # names, not keywords
                for sub in value.values():
                    keys |= _keywords(sub)
            else:
                keys.add(key)
                keys |= _keywords(value)
    elif isinstance(node, list):
        for item in node:
            keys |= _keywords(item)
    return keys


def test_strict_schema_of_draft_content_is_what_strict_mode_accepts() -> None:
    schema = strict_schema(DraftContent)

    objects = _objects(schema)
    assert len(objects) == 2  # DraftContent and Evidence
    for obj in objects:
        assert obj["additionalProperties"] is False
        assert obj["required"] == list(obj["properties"])
    assert schema["required"] == list(DraftContent.model_fields)
    assert not _keywords(schema) & {"title", "default", "minLength", "maxLength", "pattern"}
    assert schema["properties"]["strengths"]["items"] == {"$ref": "#/$defs/Evidence"}
    assert set(schema["$defs"]["Evidence"]["properties"]) == {"point", "quote"}
    assert schema["properties"]["greeting"]["description"] == "e.g. 'Hi Priya,'"
    json.dumps(schema)  # it must travel as JSON


def test_strict_schema_inlines_refs_with_siblings_and_keeps_optionals_nullable() -> None:
    class Outer(BaseModel):
        evidence: Evidence = Field(description="The one piece of evidence.")
        note: str | None = None

    schema = strict_schema(Outer)

    assert schema["required"] == ["evidence", "note"]
    evidence = schema["properties"]["evidence"]
    assert "$ref" not in evidence  # strict mode refuses keywords beside $ref
    assert evidence["description"] == "The one piece of evidence."
    assert evidence["additionalProperties"] is False
    assert {"type": "null"} in schema["properties"]["note"]["anyOf"]


# -- structured-output negotiation ---------------------------------------------------------------


@pytest.mark.parametrize("reject_status", [400, 422, 500])
def test_refused_json_schema_falls_back_to_json_object_with_the_schema_and_is_remembered(
        tmp_path: Path, reject_status: int) -> None:
    path = tmp_path / "capabilities.json"
    with FakeOpenAI(rejects_json_schema=True, reject_status=reject_status) as server:
        server.responder = lambda request: Reply.json(DRAFT)
        settings = settings_for(server.url)
        shared = CapabilityStore(path)

        first = run(ask(settings, shared))
        assert first.data == DRAFT
        assert first.response_format == "json_object+schema"
        assert first.requests == 2
        assert [r.response_format for r in server.chat_requests] == ["json_schema",
                                                                     "json_object+schema"]
        # The llama.cpp dialect: the full schema, lengths kept, in response_format and the prompt.
        sent = server.chat_requests[1].json
        assert sent["response_format"]["schema"] == SCHEMA
        assert '"maxLength"' in json.dumps(sent["response_format"]["schema"])
        assert json.dumps(SCHEMA, ensure_ascii=False) in sent["messages"][-1]["content"]

        # The same process (a new client sharing the store) and a later one (a new store reading
        # the file) both start at json_object+schema: no second probe.
        again = run(ask(settings, shared))
        later = run(ask(settings, CapabilityStore(path)))

    assert again.requests == later.requests == 1
    assert [r.response_format for r in server.chat_requests[2:]] == ["json_object+schema"] * 2


def test_a_server_that_refuses_a_schema_in_json_object_gets_plain_json_object_and_the_schema_in_the_prompt(
        store: CapabilityStore) -> None:
    with FakeOpenAI(rejects_json_schema=True, rejects_json_object_schema=True) as server:
        server.responder = lambda request: Reply.json(DRAFT)
        completion = run(ask(settings_for(server.url), store))
    assert completion.data == DRAFT and completion.response_format == "json_object"
    assert [r.response_format for r in server.chat_requests] == ["json_schema", "json_object+schema",
                                                                 "json_object"]
    last = server.chat_requests[-1].json
    assert last["response_format"] == {"type": "json_object"}
    assert '"greeting"' in last["messages"][-1]["content"]


def test_refused_json_object_too_falls_back_to_text_and_reads_a_fenced_block(
        tmp_path: Path) -> None:
    path = tmp_path / "capabilities.json"
    fenced = f"Here is the draft:\n```json\n{json.dumps(DRAFT, indent=2)}\n```\nHope it helps!"
    with FakeOpenAI(rejects_json_schema=True, rejects_json_object=True) as server:
        server.responder = lambda request: Reply.completion(fenced)
        settings = settings_for(server.url)

        first = run(ask(settings, CapabilityStore(path)))
        later = run(ask(settings, CapabilityStore(path)))

    assert first.data == DRAFT and first.text == fenced
    assert first.response_format == "text"
    assert first.requests == 4
    assert later.requests == 1 and later.response_format == "text"
    formats = [r.response_format for r in server.chat_requests]
    assert formats == ["json_schema", "json_object+schema", "json_object", None, None]
    assert '"greeting"' in server.chat_requests[-1].json["messages"][-1]["content"]
    assert "response_format" not in server.chat_requests[-1].json


def test_json_object_mode_adds_the_word_json_when_the_messages_lack_it(
        store: CapabilityStore) -> None:
    plain = [{"role": "user", "content": "Write the follow-up email."}]
    with FakeOpenAI(rejects_json_schema=True) as server:
        run(ask(settings_for(server.url), store, messages=plain))

    schema_request, object_request = server.chat_requests
    assert schema_request.json["messages"] == plain
    assert object_request.json["messages"][:-1] == plain
    assert object_request.json["messages"][-1]["role"] == "system"
    assert "JSON" in object_request.json["messages"][-1]["content"]


@pytest.mark.parametrize(("refusal", "check"), [
    (Reply.error(400, "Unsupported parameter: 'max_tokens' is not supported with this model. "
                      "Use 'max_completion_tokens' instead.", param="max_tokens"),
     lambda sent: "max_completion_tokens" in sent and "max_tokens" not in sent),
    (Reply.error(400, "Unsupported value: 'temperature' does not support 0.4 with this model. "
                      "Only the default (1) value is supported.", param="temperature"),
     lambda sent: "temperature" not in sent),
])
def test_reasoning_model_parameter_refusals_are_adapted_to(
        fake_openai: FakeOpenAI, store: CapabilityStore, refusal: Reply, check: Any) -> None:
    fake_openai.enqueue(refusal, Reply.json(DRAFT))

    completion = run(ask(settings_for(fake_openai.url), store))

    assert completion.data == DRAFT and completion.requests == 2
    assert check(fake_openai.chat_requests[1].json)


def test_a_corrupt_capability_file_is_ignored_and_replaced(tmp_path: Path) -> None:
    path = tmp_path / "capabilities.json"
    path.write_text("{not json")
    store = CapabilityStore(path)
    assert store.response_format("http://127.0.0.1:1/v1", "m") == "json_schema"

    store.remember("http://127.0.0.1:1/v1", "m",
                   store.get("http://127.0.0.1:1/v1", "m").model_copy(
                       update={"response_format": "text"}))

    assert CapabilityStore(path).response_format("http://127.0.0.1:1/v1", "m") == "text"
    assert CapabilityStore(path).response_format("http://127.0.0.1:1/v1", "other") == "json_schema"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["capabilities.json"]  # no temp left


# -- transport retries ---------------------------------------------------------------------------


def test_rate_limit_is_a_typed_congestion_failure_and_the_retry_waits_retry_after(
        fake_openai: FakeOpenAI, store: CapabilityStore) -> None:
    fake_openai.enqueue(Reply.rate_limited(retry_after="1"))
    failure = failed_attempt(settings_for(fake_openai.url), store)
    assert failure.retryable and failure.congestion and failure.rate_limited
    assert failure.retry_after == 1.0 and failure.status_code == 429 and failure.attempts == 1
    assert "\n" not in str(failure) and fake_openai.url in str(failure)

    fake_openai.enqueue(Reply.rate_limited(retry_after="1"), Reply.json(DRAFT))
    started = time.monotonic()
    completion = run(ask(settings_for(fake_openai.url), store))
    elapsed = time.monotonic() - started

    assert completion.data == DRAFT and completion.requests == 2
    assert 0.9 <= elapsed < 8
    first, second = fake_openai.chat_requests[1:]
    assert second.time - first.time >= 0.9


@pytest.mark.parametrize(("headers", "expected"), [
    ({"retry-after-ms": "150"}, 0.15),
    ({"Retry-After": "100"}, 0.3),  # capped at max_retry_wait
    ({"Retry-After": formatdate(time.time() + 3600, usegmt=True)}, 0.3),
    ({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}, 0.0),  # in the past: retry at once
])
def test_retry_after_forms_and_cap(fake_openai: FakeOpenAI, store: CapabilityStore,
                                   headers: dict[str, str], expected: float) -> None:
    fake_openai.enqueue(Reply.error(429, "slow down", headers=headers))

    failure = failed_attempt(settings_for(fake_openai.url, max_retry_wait=0.3), store)

    assert failure.retry_after == pytest.approx(expected, abs=0.01)


def test_the_chat_client_makes_one_attempt_and_says_what_kind_of_failure(
        fake_openai: FakeOpenAI, store: CapabilityStore) -> None:
    fake_openai.enqueue(Reply.error(503, "overloaded"), Reply.hanging(10))

    fault = failed_attempt(settings_for(fake_openai.url), store)
    assert fault.retryable and not fault.congestion and fault.status_code == 503
    assert fault.retry_after is None and fault.reason == "HTTP 503: overloaded"
    silent = failed_attempt(settings_for(fake_openai.url, timeout=0.3), store)
    assert silent.retryable and silent.congestion and not silent.rate_limited
    assert len(fake_openai.chat_requests) == 2


def test_a_stream_of_no_chunks_is_a_retryable_failure_that_says_so(
        fake_openai: FakeOpenAI, store: CapabilityStore) -> None:
    fake_openai.enqueue(Reply.malformed_body(b"data: [DONE]\n\n", content_type="text/event-stream"))

    fault = failed_attempt(settings_for(fake_openai.url), store)
    assert fake_openai.chat_requests[0].json["stream"] is True
    assert fault.retryable and fault.reason == "HTTP 200 with a stream of no chunks"


@pytest.mark.parametrize("fault", [
    Reply.error(500, "The server had an error while processing your request."),
    Reply.error(503, "<html><body><h1>503 Service Unavailable</h1></body></html>"),
    Reply.error(408, "Request timeout"),
    Reply.error(409, "Conflict"),
    Reply.dropped(),
    Reply.malformed_body(),
    Reply.malformed_body(b"<html>Bad gateway</html>", content_type="text/html"),
    # HTTP 200 and a stream with nothing in it (a llama.cpp server that failed mid-request), or
    # with an event that is not JSON.
    Reply.malformed_body(b"data: [DONE]\n\n", content_type="text/event-stream"),
    Reply.malformed_body(b"data: {\"choices\": [{\"delta\n\n", content_type="text/event-stream"),
], ids=["500", "503", "408", "409", "dropped", "truncated-json-body", "html-body", "empty-stream",
        "stream-event-not-json"])
def test_transient_fault_then_success(fake_openai: FakeOpenAI, store: CapabilityStore,
                                      fault: Reply) -> None:
    fake_openai.enqueue(fault, Reply.json(DRAFT))

    completion = run(ask(settings_for(fake_openai.url), store))

    assert completion.data == DRAFT
    assert completion.requests == 2
    assert len(fake_openai.chat_requests) == 2


def test_a_hanging_server_times_out_and_is_retried(fake_openai: FakeOpenAI,
                                                   store: CapabilityStore) -> None:
    fake_openai.enqueue(Reply.hanging(30), Reply.json(DRAFT))

    started = time.monotonic()
    completion = run(ask(settings_for(fake_openai.url, timeout=0.5), store))

    assert completion.data == DRAFT and completion.requests == 2
    assert 0.45 <= time.monotonic() - started < 8


def test_usage_is_summed_over_every_attempt_that_reported_it(
        fake_openai: FakeOpenAI, store: CapabilityStore) -> None:
    no_choices = {"id": "x", "object": "chat.completion", "model": "test-model", "choices": [],
                  "usage": {"prompt_tokens": 7, "completion_tokens": 0, "total_tokens": 7}}
    fake_openai.enqueue(Reply.error(500, "boom"), Reply(body=json.dumps(no_choices).encode()),
                        Reply.json(DRAFT, usage={"prompt_tokens": 11, "completion_tokens": 13}))
    # A server that does not stream (it answers plain completions): the non-streamed path.
    store.remember(fake_openai.url, "test-model", Capabilities(stream=False))

    completion = run(ask(settings_for(fake_openai.url, max_retries=3), store))

    assert completion.requests == 3
    assert completion.usage == Usage(prompt_tokens=18, completion_tokens=13)


def test_retries_exhausted_names_status_attempts_and_reason(
        fake_openai: FakeOpenAI, store: CapabilityStore) -> None:
    fake_openai.responder = lambda request: Reply.error(503, "Engine overloaded\nplease retry")

    with pytest.raises(EndpointError) as caught:
        run(ask(settings_for(fake_openai.url, max_retries=2), store))

    error = caught.value
    assert error.attempts == 3 and error.status_code == 503
    assert len(fake_openai.chat_requests) == 3
    message = str(error)
    assert "\n" not in message
    assert fake_openai.url in message and "3 attempts" in message and "503" in message
    assert "Engine overloaded please retry" in message


def test_no_retries_means_one_request_and_the_same_error(
        fake_openai: FakeOpenAI, store: CapabilityStore) -> None:
    """max_retries=0: one request, and the error says so."""
    fake_openai.responder = lambda request: Reply.error(503, "Engine overloaded")

    with pytest.raises(EndpointError) as caught:
        run(ask(settings_for(fake_openai.url, max_retries=0), store))

    assert caught.value.attempts == 1 and caught.value.status_code == 503
    assert len(fake_openai.chat_requests) == 1
    assert "failed after 1 attempt:" in str(caught.value) and "Engine overloaded" in str(caught.value)


def test_unreachable_endpoint_is_an_endpoint_error(store: CapabilityStore) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/v1"

    with pytest.raises(EndpointError) as caught:
        run(ask(settings_for(url, max_retries=1), store))

    assert caught.value.attempts == 2
    assert "connection failed" in str(caught.value) and url in str(caught.value)


# -- errors that are not retried -----------------------------------------------------------------


@pytest.mark.parametrize("status", [401, 403])
def test_rejected_key_fails_at_once_without_showing_the_key(
        fake_openai: FakeOpenAI, store: CapabilityStore, status: int) -> None:
    fake_openai.enqueue(Reply.error(status, f"Incorrect API key provided: {KEY}.",
                                    code="invalid_api_key"))

    with pytest.raises(AuthError) as caught:
        run(ask(settings_for(fake_openai.url), store))

    message = str(caught.value)
    assert KEY not in message and KEY[-8:] not in message
    assert fake_openai.url in message and "OPENAI_API_KEY" in message and "\n" not in message
    assert caught.value.status_code == status
    assert len(fake_openai.chat_requests) == 1


def test_unknown_model_names_model_and_url(fake_openai: FakeOpenAI,
                                           store: CapabilityStore) -> None:
    fake_openai.enqueue(Reply.error(404, "The model `test-model` does not exist.",
                                    code="model_not_found"))

    with pytest.raises(EndpointError) as caught:
        run(ask(settings_for(fake_openai.url), store))

    assert not isinstance(caught.value, AuthError)
    assert "'test-model'" in str(caught.value) and fake_openai.url in str(caught.value)
    assert caught.value.status_code == 404
    assert len(fake_openai.chat_requests) == 1


@pytest.mark.parametrize("status", [400, 422])
def test_bad_request_is_not_retried(fake_openai: FakeOpenAI, store: CapabilityStore,
                                    status: int) -> None:
    fake_openai.enqueue(Reply.error(status, "This model's maximum context length is 8192 tokens."))

    with pytest.raises(EndpointError) as caught:
        run(ask(settings_for(fake_openai.url), store))

    assert caught.value.status_code == status
    assert "maximum context length is 8192 tokens" in str(caught.value)
    assert len(fake_openai.chat_requests) == 1


def test_out_of_quota_is_not_retried(fake_openai: FakeOpenAI, store: CapabilityStore) -> None:
    fake_openai.enqueue(Reply.rate_limited(message="You exceeded your current quota.",
                                           code="insufficient_quota"))

    with pytest.raises(EndpointError, match="quota"):
        run(ask(settings_for(fake_openai.url), store))

    assert len(fake_openai.chat_requests) == 1


# -- answers the writer must judge ---------------------------------------------------------------


def test_malformed_json_content_is_reported_not_raised(
        fake_openai: FakeOpenAI, store: CapabilityStore) -> None:
    fake_openai.enqueue(Reply.completion('{"subject": "Hi",, "greeting": "Hi Priya,"}'))

    completion = run(ask(settings_for(fake_openai.url), store))

    assert completion.data is None
    assert completion.parse_error is not None and "not valid JSON" in completion.parse_error
    assert completion.text.startswith('{"subject"')
    assert completion.requests == 1


def test_truncated_reply_is_reported(fake_openai: FakeOpenAI, store: CapabilityStore) -> None:
    fake_openai.enqueue(Reply.truncated('{"subject": "Your interview", "greeting": "Hi'))

    completion = run(ask(settings_for(fake_openai.url), store))

    assert completion.finish_reason == "length" and completion.truncated
    assert completion.data is None
    assert completion.parse_error is not None and "cut off" in completion.parse_error


@pytest.mark.parametrize(("reply", "refusal"), [
    (Reply.refused("I can't help with that request."), "I can't help with that request."),
    (Reply.completion(None, finish_reason="content_filter"), "content filter"),
])
def test_refusal_is_reported(fake_openai: FakeOpenAI, store: CapabilityStore, reply: Reply,
                             refusal: str) -> None:
    fake_openai.enqueue(reply)

    completion = run(ask(settings_for(fake_openai.url), store))

    assert completion.refusal is not None and refusal in completion.refusal
    assert completion.data is None and completion.text == ""
    assert completion.parse_error is not None and "refused" in completion.parse_error


# -- the fake server itself ----------------------------------------------------------------------


def test_fake_server_stop_ends_hanging_requests_promptly() -> None:
    server = FakeOpenAI().start()
    server.enqueue(Reply.hanging(60))
    request = urllib.request.Request(f"{server.url}/chat/completions", data=b'{"model": "m"}',
                                     headers={"Content-Type": "application/json"})
    outcome: list[BaseException | bytes] = []

    def call() -> None:
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                outcome.append(response.read())
        except Exception as exc:  # the dropped connection is the expected outcome
            outcome.append(exc)

    caller = threading.Thread(target=call, daemon=True)
    caller.start()
    deadline = time.monotonic() + 5
    while not server.chat_requests and time.monotonic() < deadline:
        time.sleep(0.01)

    started = time.monotonic()
    server.stop()
    caller.join(5)

    assert time.monotonic() - started < 3
    assert not caller.is_alive() and isinstance(outcome[0], Exception)
    models = FakeOpenAI().start()
    try:
        with urllib.request.urlopen(f"{models.url}/models", timeout=5) as response:
            assert json.load(response)["data"][0]["id"] == "fake-model"
    finally:
        models.stop()


# -- streaming: the time-out measures silence ------------------------------------------------------


def test_a_streamed_reply_longer_than_the_timeout_is_waited_for(
        fake_openai: FakeOpenAI, store: CapabilityStore) -> None:
    # Six pieces 0.25 s apart: 1.5 s in all, three times the time-out, never silent for 0.5 s.
    fake_openai.enqueue(Reply.streamed(json.dumps(DRAFT), pieces=6, piece_delay=0.25,
                                       usage={"prompt_tokens": 5, "completion_tokens": 9}))
    started = time.monotonic()
    completion = run(ask(settings_for(fake_openai.url, timeout=0.5), store))
    assert time.monotonic() - started > 1.0
    assert completion.data == DRAFT and completion.requests == 1
    assert completion.usage == Usage(prompt_tokens=5, completion_tokens=9)
    [sent] = fake_openai.chat_requests
    assert sent.json["stream"] is True and sent.json["stream_options"] == {"include_usage": True}


def test_streamed_replies_are_read_to_the_end_and_the_connection_reused(
        fake_openai: FakeOpenAI, store: CapabilityStore) -> None:
    async def three() -> list[Completion]:
        async with ChatClient(settings_for(fake_openai.url), capabilities=store) as client:
            return [await client.complete_json(MESSAGES, schema=SCHEMA, schema_name="draft_content")
                    for _ in range(3)]

    fake_openai.responder = lambda request: Reply.json(DRAFT)
    assert [c.data for c in run(three())] == [DRAFT] * 3
    assert all(r.json.get("stream") for r in fake_openai.chat_requests)
    assert fake_openai.connections_opened == 1


@pytest.mark.parametrize(("reply", "said"), [
    (Reply.hanging(10), "no answer within 0.5 s"),
    (Reply.streamed(json.dumps(DRAFT), pieces=6, piece_delay=0.05, silent_after=2),
     "silent for 0.5 s after"),
])
def test_a_silent_server_is_given_up_after_the_timeout(
        fake_openai: FakeOpenAI, store: CapabilityStore, reply: Reply, said: str) -> None:
    fake_openai.responder = lambda request: reply
    started = time.monotonic()
    with pytest.raises(EndpointError) as caught:
        run(ask(settings_for(fake_openai.url, timeout=0.5, max_retries=1), store))
    assert said in str(caught.value) and caught.value.attempts == 2
    assert time.monotonic() - started < 4


def test_a_reply_still_streaming_at_the_request_cap_is_given_up(
        fake_openai: FakeOpenAI, store: CapabilityStore) -> None:
    fake_openai.responder = lambda request: Reply.streamed(json.dumps(DRAFT), pieces=20,
                                                           piece_delay=0.1)
    with pytest.raises(EndpointError) as caught:
        run(ask(settings_for(fake_openai.url, timeout=0.5, request_cap=0.6, max_retries=0), store))
    assert "still writing after 0.6 s" in str(caught.value)


def test_raw_newlines_inside_strings_are_tolerated() -> None:
    from followup.llm import extract_json_object

    # A raw newline and tab inside a string, as small models write them: not valid strict JSON.
    reply = '{"subject": "Hi", "body": "line one\nline\ttwo"}'
    with pytest.raises(json.JSONDecodeError):
        json.loads(reply)
    assert extract_json_object(reply) == ({"subject": "Hi", "body": "line one\nline\ttwo"}, None)


def test_a_server_that_does_not_stream_is_asked_without_stream_from_then_on(
        fake_openai: FakeOpenAI, store: CapabilityStore) -> None:
    plain = json.dumps({"id": "x", "object": "chat.completion", "model": "test-model",
                        "choices": [{"index": 0, "message": {"role": "assistant",
                                                             "content": json.dumps(DRAFT)},
                                     "finish_reason": "stop"}]}).encode()
    fake_openai.enqueue(Reply(body=plain), Reply(body=plain), Reply(body=plain))
    first = run(ask(settings_for(fake_openai.url), store))
    again = run(ask(settings_for(fake_openai.url), store))
    assert first.data == again.data == DRAFT
    assert [r.json.get("stream") for r in fake_openai.chat_requests] == [True, None, None]


@pytest.mark.parametrize("ignored", [{}, {"title": "Follow-up", "url": "https://example.com"}])
def test_a_server_that_ignores_the_schema_is_detected(
        ignored: dict[str, Any], store: CapabilityStore) -> None:
    with FakeOpenAI(rejects_json_schema=True) as server:
        server.responder = lambda request: Reply.json(ignored)
        completion = run(ask(settings_for(server.url), store))
    assert completion.data is None
    assert completion.parse_error is not None
    assert completion.parse_error.startswith("the reply ignores the JSON schema: it has none of its "
                                             "keys (subject, greeting")


# -- a validated object, re-asked with what was wrong (the writer's and the judge's) ------------


class Verdict(BaseModel):
    score: int = Field(ge=1, le=5)
    reason: str = Field(min_length=1)


class Strict:
    """A review that wants a score of at least 4."""

    def __init__(self, verdict: Verdict) -> None:
        self.problems = [] if verdict.score >= 4 else [f"score {verdict.score} is too low"]


def ask_verdict(settings: LLMSettings, store: CapabilityStore, attempts: int,
                review: Any = accept) -> Any:
    async def go() -> Any:
        async with ChatClient(settings, capabilities=store) as chat:
            return await ask_validated(
                chat, MESSAGES, Verdict, review, schema=Verdict.model_json_schema(),
                schema_name="verdict", max_tokens=300, attempts=attempts,
                reask=lambda problems: "Fix: " + "; ".join(problems))
    return run(go())


def test_an_invalid_reply_is_reasked_with_its_problems_and_a_cut_off_one_gets_more_room(
        fake_openai: FakeOpenAI, store: CapabilityStore) -> None:
    fake_openai.enqueue(Reply.truncated('{"score": 4, "reas'), Reply.json({"score": 9, "reason": ""}),
                        Reply.json({"score": 4, "reason": "clear"}))

    answer = ask_verdict(settings_for(fake_openai.url), store, attempts=3)

    assert answer.value == Verdict(score=4, reason="clear") and answer.problems == []
    assert answer.attempts == 3 and answer.usage.total_tokens == 90
    first, second, third = (r.json for r in fake_openai.chat_requests)
    assert (first["max_tokens"], second["max_tokens"], third["max_tokens"]) == (300, 450, 450)
    assert "cut off at the length limit" in second["messages"][-1]["content"]
    reasked = third["messages"][-1]["content"]
    assert reasked.startswith("Fix: field 'score':") and "field 'reason':" in reasked
    assert third["messages"][-2] == {"role": "assistant", "content": '{"score": 9, "reason": ""}'}


def test_the_answer_with_fewest_problems_is_kept_and_a_refusal_ends_the_asking(
        fake_openai: FakeOpenAI, store: CapabilityStore) -> None:
    fake_openai.enqueue(Reply.json({"score": 2, "reason": "weak"}), Reply.json({"score": "x"}))
    answer = ask_verdict(settings_for(fake_openai.url), store, attempts=2, review=Strict)
    assert answer.value == Verdict(score=2, reason="weak")
    assert answer.problems == ["score 2 is too low"] and answer.attempts == 2

    fake_openai.enqueue(Reply.refused("I can't help with that request."))
    refused = ask_verdict(settings_for(fake_openai.url), store, attempts=3)
    assert refused.value is None and refused.attempts == 1
    assert refused.completion.refusal == "I can't help with that request."
