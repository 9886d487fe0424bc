"""ChatClient.request_body and read_reply: the Batch API's lines are what the synchronous path
sends and reads. The synchronous request is captured by the loopback server and compared."""

from __future__ import annotations

import asyncio
import json

import pytest

from fake_openai import FakeOpenAI, Reply
from followup.config import LLMSettings
from followup.errors import EndpointError
from followup.llm import Capabilities, CapabilityStore, ChatClient

SCHEMA = {"type": "object", "properties": {"subject": {"type": "string", "maxLength": 80}},
          "required": ["subject"]}
MESSAGES = [{"role": "system", "content": "Write JSON."}, {"role": "user", "content": "Hi"}]


def client(url: str, store: CapabilityStore) -> ChatClient:
    settings = LLMSettings(base_url=url, model="gpt-4o-mini", api_key="sk-test-0123456789abcdef",
                           max_retries=0)
    return ChatClient(settings, capabilities=store)


@pytest.mark.parametrize("level", ["json_schema", "json_object+schema", "json_object", "text"])
def test_request_body_is_the_synchronous_request_unstreamed(fake_openai: FakeOpenAI,
                                                            level: str) -> None:
    store = CapabilityStore()
    chat = client(fake_openai.url, store)
    store.remember(chat.base_url, chat.model, Capabilities(response_format=level))  # type: ignore[arg-type]
    fake_openai.enqueue(Reply.json({"subject": "Hello"}))

    async def run() -> None:
        async with chat:
            await chat.complete_json(MESSAGES, schema=SCHEMA, schema_name="draft", max_tokens=300,
                                     temperature=0.4)

    asyncio.run(run())
    sent = dict(fake_openai.requests[-1].json)
    body = chat.request_body(MESSAGES, schema=SCHEMA, schema_name="draft", max_tokens=300,
                             temperature=0.4)
    assert sent.pop("stream") is True and sent.pop("stream_options") == {"include_usage": True}
    assert body == sent
    assert "stream" not in body


def test_read_reply_reads_as_the_synchronous_path() -> None:
    chat = client("http://127.0.0.1:9/v1", CapabilityStore())
    body = {"model": "gpt-4o-mini-2024", "usage": {"prompt_tokens": 7, "completion_tokens": 3},
            "choices": [{"message": {"content": json.dumps({"subject": "Hi"})},
                         "finish_reason": "stop"}]}
    read = chat.read_reply(body, schema=SCHEMA, response_format="json_schema")
    assert read.data == {"subject": "Hi"} and read.model == "gpt-4o-mini-2024"
    assert (read.usage.prompt_tokens, read.usage.completion_tokens, read.requests) == (7, 3, 1)
    ignored = chat.read_reply({"choices": [{"message": {"content": '{"title": "x"}'}}]},
                              schema=SCHEMA, response_format="json_object")
    assert ignored.data is None and "ignores the JSON schema" in (ignored.parse_error or "")
    cut = chat.read_reply({"choices": [{"message": {"content": '{"sub'}, "finish_reason": "length"}]},
                          schema=SCHEMA, response_format="json_schema")
    assert cut.truncated and "cut off" in (cut.parse_error or "")
    with pytest.raises(EndpointError, match="no completion: overloaded"):
        chat.read_reply({"error": {"message": "overloaded"}}, schema=SCHEMA,
                        response_format="json_schema")
