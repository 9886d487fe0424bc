"""A real HTTP server on 127.0.0.1 that speaks the OpenAI chat completions protocol, for tests.

Tests get it through the `fake_openai` fixture; scripts under bench/ use it directly:

    with FakeOpenAI(responder=slow_and_flaky(delay=0.2, fault_rate=0.1)) as server:
        settings = LLMSettings(base_url=server.url, ...)

Replies come first from a FIFO queue (`server.enqueue(...)`), then from `server.responder`.
Every request is recorded (`server.requests`) so tests can assert what the client sent.
Other endpoints plug in through `server.routes` (fake_batches.py: the Files and Batches API).
"""

from __future__ import annotations

import contextlib
import itertools
import json
import random
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

LOOPBACK = "127.0.0.1"
DEFAULT_MODEL = "fake-model"
DEFAULT_USAGE: Mapping[str, int] = {"prompt_tokens": 10, "completion_tokens": 20}


@dataclass(frozen=True)
class Reply:
    """One scripted answer. Build it with the class methods; the fields are for unusual cases."""

    status: int = 200
    content: str | None = "{}"
    finish_reason: str | None = "stop"
    refusal: str | None = None
    usage: Mapping[str, int] | None = field(default_factory=lambda: dict(DEFAULT_USAGE))
    model: str | None = None  # None: echo the requested model
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes | None = None  # sent verbatim instead of a generated completion
    content_type: str = "application/json"
    delay: float = 0.0  # seconds before answering
    hang: float | None = None  # hold the request this long (or until stop), then drop it
    drop: bool = False  # close the connection without any response
    # When the client asks for a stream: the content in this many pieces, this long apart; after
    # `silent_after` pieces (if set), nothing more until the server stops.
    pieces: int = 3
    piece_delay: float = 0.0
    silent_after: int | None = None

    @classmethod
    def completion(
        cls,
        content: str | None = "{}",
        *,
        finish_reason: str | None = "stop",
        refusal: str | None = None,
        usage: Mapping[str, int] | None = DEFAULT_USAGE,
        model: str | None = None,
        delay: float = 0.0,
        headers: Mapping[str, str] | None = None,
    ) -> Reply:
        return cls(content=content, finish_reason=finish_reason, refusal=refusal,
                   usage=None if usage is None else dict(usage), model=model, delay=delay,
                   headers=dict(headers or {}))

    @classmethod
    def json(cls, data: Any, **kwargs: Any) -> Reply:
        """A completion whose content is `data` serialised as JSON."""
        return cls.completion(json.dumps(data), **kwargs)

    @classmethod
    def truncated(cls, content: str = '{"subject": "Thank you', **kwargs: Any) -> Reply:
        return cls.completion(content, finish_reason="length", **kwargs)

    @classmethod
    def refused(cls, text: str = "I'm sorry, I can't help with that.", **kwargs: Any) -> Reply:
        return cls.completion(None, refusal=text, **kwargs)

    @classmethod
    def error(
        cls,
        status: int,
        message: str = "error",
        *,
        type: str = "invalid_request_error",
        param: str | None = None,
        code: str | None = None,
        headers: Mapping[str, str] | None = None,
        delay: float = 0.0,
    ) -> Reply:
        body = {"error": {"message": message, "type": type, "param": param, "code": code}}
        return cls(status=status, body=json.dumps(body).encode(), headers=dict(headers or {}),
                   delay=delay)

    @classmethod
    def rate_limited(cls, retry_after: str | None = "1", *, retry_after_ms: str | None = None,
                     message: str = "Rate limit reached, please retry",
                     code: str | None = None) -> Reply:
        headers = {}
        if retry_after is not None:
            headers["Retry-After"] = retry_after
        if retry_after_ms is not None:
            headers["retry-after-ms"] = retry_after_ms
        return cls.error(429, message, type="rate_limit_error", code=code, headers=headers)

    @classmethod
    def malformed_body(cls, body: bytes = b'{"id": "chatcmpl-x", "choices": [{"mess',
                       *, content_type: str = "application/json") -> Reply:
        """HTTP 200 whose body is not a JSON completion."""
        return cls(body=body, content_type=content_type)

    @classmethod
    def streamed(cls, content: str, *, pieces: int, piece_delay: float,
                 silent_after: int | None = None, **kwargs: Any) -> Reply:
        """A completion that, streamed, arrives in `pieces` parts `piece_delay` seconds apart."""
        return replace(cls.completion(content, **kwargs), pieces=pieces, piece_delay=piece_delay,
                       silent_after=silent_after)

    @classmethod
    def hanging(cls, seconds: float = 30.0) -> Reply:
        return cls(hang=seconds)

    @classmethod
    def dropped(cls) -> Reply:
        return cls(drop=True)


Responder = Callable[[Any], Reply]


def echo_json_responder(request_json: Any) -> Reply:
    """The default: a small valid JSON object, whatever was asked."""
    return Reply.json({"ok": True})


def slow_and_flaky(
    *,
    content: str = '{"ok": true}',
    delay: float = 0.2,
    fault_rate: float = 0.0,
    faults: tuple[Reply, ...] = (Reply.error(500, "upstream overloaded"),
                                 Reply.rate_limited("1"), Reply.dropped()),
    seed: int | None = 0,
) -> Responder:
    """A responder for benchmarks: every answer takes `delay`; a fraction `fault_rate` fails."""
    rng = random.Random(seed)
    lock = threading.Lock()

    def respond(request_json: Any) -> Reply:
        with lock:
            faulty = rng.random() < fault_rate
            fault = rng.choice(faults) if faults else None
        if faulty and fault is not None:
            return replace(fault, delay=fault.delay or delay)
        return Reply.completion(content, delay=delay)

    return respond


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    headers: Mapping[str, str]  # lower-cased names
    body: bytes
    json: Any  # the parsed body, None if it was not JSON
    time: float  # time.monotonic() when it arrived

    @property
    def response_format(self) -> str | None:
        """The response_format type asked for ('json_object+schema' when a json_object carries a
        schema, the llama.cpp dialect), or None when there was none."""
        fmt = self.json.get("response_format") if isinstance(self.json, dict) else None
        if not isinstance(fmt, dict):
            return None
        kind = fmt.get("type")
        return f"{kind}+schema" if kind == "json_object" and "schema" in fmt else kind


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # stop() ends handlers itself, bounded in time
    request_queue_size = 1024  # benchmarks open hundreds of connections at once
    allow_reuse_address = True
    fake: FakeOpenAI


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like the real API
    timeout = 30  # an idle keep-alive connection is closed after this long
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep test output clean

    def setup(self) -> None:
        super().setup()
        # Headers and body leave in two writes: without this, Nagle's algorithm holds the body
        # until the client's delayed ACK (~40 ms), which real servers (uvicorn, nginx) avoid.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.fake._opened(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.fake._closed(self.connection)

    def _routed(self, request: RecordedRequest) -> bool:
        """Answered by one of the server's routes (the Files and Batches API)?"""
        for route in self.server.fake.routes:
            answer = route(request)
            if answer is not None:
                self._send(answer[0], answer[1], content_type=answer[2])
                return True
        return False

    def do_GET(self) -> None:
        request = self.server.fake._record(self, b"")
        if self._routed(request):
            return
        if self.path.split("?")[0].rstrip("/") in ("/v1/models", "/models"):
            model = self.server.fake.model
            self._send(200, json.dumps({"object": "list", "data": [
                {"id": model, "object": "model", "created": 0, "owned_by": "fake"}]}).encode())
        else:
            self._send_error(404, f"Unknown path {self.path}")

    def do_DELETE(self) -> None:
        request = self.server.fake._record(self, b"")
        if not self._routed(request):
            self._send_error(404, f"Unknown path {self.path}")

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        request = self.server.fake._record(self, body)
        if self._routed(request):
            return
        if request.path.split("?")[0].rstrip("/") not in ("/v1/chat/completions",
                                                          "/chat/completions"):
            self._send_error(404, f"Unknown path {request.path}")
            return
        if request.json is None:
            self._send_error(400, "We could not parse the JSON body of your request.")
            return
        self._answer(self.server.fake._next_reply(request), request)

    def _answer(self, reply: Reply, request: RecordedRequest) -> None:
        stopping = self.server.fake._stopping
        if reply.hang is not None:
            stopping.wait(reply.hang)
            self._drop()
            return
        if reply.delay > 0 and stopping.wait(reply.delay):
            self._drop()  # the server is stopping: end now rather than answer late
            return
        if reply.drop:
            self._drop()
            return
        if reply.body is None and reply.status == 200 and isinstance(request.json, dict) \
                and request.json.get("stream"):
            self._stream(reply, request)
            return
        body = reply.body if reply.body is not None else self.server.fake._completion_body(
            reply, request)
        self._send(reply.status, body, reply.headers, reply.content_type)

    def _stream(self, reply: Reply, request: RecordedRequest) -> None:
        """Server-sent events as OpenAI sends them: content deltas, then the finish reason, then
        (when stream_options.include_usage) a chunk with the usage, then [DONE]."""
        stopping = self.server.fake._stopping
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()
        chunks = self.server.fake._stream_chunks(reply, request)
        try:
            for index, chunk in enumerate(chunks):
                if index and reply.silent_after is not None and index > reply.silent_after:
                    stopping.wait(30)
                    self._drop()
                    return
                if index and 0 < index < len(chunks) - 1 and reply.piece_delay > 0 \
                        and stopping.wait(reply.piece_delay):
                    self._drop()
                    return
                data = b"data: " + chunk + b"\n\n"
                self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
                self.wfile.flush()
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()
        except OSError:
            self.close_connection = True  # the client went away (a time-out): nothing to send to

    def _send(self, status: int, body: bytes, headers: Mapping[str, str] | None = None,
              content_type: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _send_error(self, status: int, message: str) -> None:
        error = {"message": message, "type": "invalid_request_error", "param": None, "code": None}
        self._send(status, json.dumps({"error": error}).encode())

    def _drop(self) -> None:
        self.close_connection = True
        with contextlib.suppress(OSError):  # the client may have gone away already
            self.connection.shutdown(socket.SHUT_RDWR)


class FakeOpenAI:
    """An OpenAI-compatible chat completions server on 127.0.0.1, on a random port."""

    def __init__(
        self,
        *,
        responder: Responder | None = None,
        model: str = DEFAULT_MODEL,
        rejects_json_schema: bool = False,
        rejects_json_object: bool = False,
        rejects_json_object_schema: bool = False,
        reject_status: int = 400,
    ) -> None:
        self.responder: Responder = responder or echo_json_responder
        self.model = model
        self.rejected_formats: set[str] = set()
        if rejects_json_schema:
            self.rejected_formats.add("json_schema")
        if rejects_json_object:
            self.rejected_formats.update(("json_object", "json_object+schema"))
        if rejects_json_object_schema:
            self.rejected_formats.add("json_object+schema")
        self.reject_status = reject_status
        # Other endpoints: each route answers (status, body, content type) or None (not mine).
        self.routes: list[Callable[[RecordedRequest], tuple[int, bytes, str] | None]] = []
        self._queue: deque[Reply] = deque()
        self._requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._connections: set[socket.socket] = set()
        self.connections_opened = 0  # a client that reuses its connections opens one
        self._idle = threading.Condition(self._lock)
        self._ids = itertools.count(1)
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle --------------------------------------------------------------------------------

    def start(self) -> FakeOpenAI:
        if self._server is not None:
            return self
        self._stopping.clear()
        server = _Server((LOOPBACK, 0), _Handler)
        server.fake = self
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="fake-openai", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Stop serving, end hanging and idle connections, wait (bounded) for handlers to end."""
        server, self._server = self._server, None
        if server is None:
            return
        self._stopping.set()
        server.shutdown()
        server.server_close()
        with self._lock:
            for conn in list(self._connections):
                with contextlib.suppress(OSError):  # already closed by the client
                    conn.shutdown(socket.SHUT_RDWR)
            deadline = time.monotonic() + timeout
            while self._connections and time.monotonic() < deadline:
                self._idle.wait(deadline - time.monotonic())
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("FakeOpenAI is not running: call start() first")
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        """The base URL to give a client: http://127.0.0.1:PORT/v1."""
        return f"http://{LOOPBACK}:{self.port}/v1"

    # -- scripting --------------------------------------------------------------------------------

    def enqueue(self, *replies: Reply) -> None:
        """Answer the next chat requests with these, in order; then the responder answers."""
        with self._lock:
            self._queue.extend(replies)

    @property
    def pending(self) -> int:
        """Scripted replies not used yet."""
        with self._lock:
            return len(self._queue)

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    @property
    def chat_requests(self) -> list[RecordedRequest]:
        return [r for r in self.requests if r.method == "POST" and "chat/completions" in r.path]

    def iter_requests(self) -> Iterator[RecordedRequest]:
        yield from self.requests

    # -- used by the handler ----------------------------------------------------------------------

    def _opened(self, conn: socket.socket) -> None:
        with self._lock:
            self._connections.add(conn)
            self.connections_opened += 1

    def _closed(self, conn: socket.socket) -> None:
        with self._lock:
            self._connections.discard(conn)
            self._idle.notify_all()

    def _record(self, handler: BaseHTTPRequestHandler, body: bytes) -> RecordedRequest:
        try:
            parsed: Any = json.loads(body) if body else None
        except ValueError:
            parsed = None
        request = RecordedRequest(
            method=handler.command, path=handler.path,
            headers={k.lower(): v for k, v in handler.headers.items()},
            body=body, json=parsed, time=time.monotonic(),
        )
        with self._lock:
            self._requests.append(request)
        return request

    def _next_reply(self, request: RecordedRequest) -> Reply:
        asked = request.response_format
        if asked is not None and asked in self.rejected_formats:
            return Reply.error(
                self.reject_status,
                f"Invalid parameter: 'response_format' of type '{asked}' is not supported "
                "with this model.",
                param="response_format", code="invalid_request_error",
            )
        with self._lock:
            scripted = self._queue.popleft() if self._queue else None
        return scripted if scripted is not None else self.responder(request.json)

    def _stream_chunks(self, reply: Reply, request: RecordedRequest) -> list[bytes]:
        asked_model = request.json.get("model") if isinstance(request.json, dict) else None
        base = {"id": f"chatcmpl-fake-{next(self._ids)}", "object": "chat.completion.chunk",
                "created": int(time.time()), "model": reply.model or asked_model or self.model}

        def chunk(delta: dict[str, Any] | None, finish: str | None = None, **extra: Any) -> bytes:
            choices = [] if delta is None else [{"index": 0, "delta": delta, "finish_reason": finish,
                                                 "logprobs": None}]
            return json.dumps({**base, "choices": choices, **extra}).encode()

        content = reply.content or ""
        size = max(1, -(-len(content) // max(1, reply.pieces)))
        pieces = [content[i:i + size] for i in range(0, len(content), size)] or [""]
        chunks = [chunk({"role": "assistant", "content": ""})]
        chunks += [chunk({"content": piece}) for piece in pieces if reply.content is not None]
        if reply.refusal is not None:
            chunks.append(chunk({"refusal": reply.refusal}))
        chunks.append(chunk({}, reply.finish_reason))
        options = request.json.get("stream_options") if isinstance(request.json, dict) else None
        if reply.usage is not None and isinstance(options, dict) and options.get("include_usage"):
            prompt = int(reply.usage.get("prompt_tokens", 0))
            completion = int(reply.usage.get("completion_tokens", 0))
            chunks.append(chunk(None, usage={"prompt_tokens": prompt, "completion_tokens": completion,
                                             "total_tokens": prompt + completion}))
        return [*chunks, b"[DONE]"]

    def _completion_body(self, reply: Reply, request: RecordedRequest) -> bytes:
        asked_model = request.json.get("model") if isinstance(request.json, dict) else None
        message: dict[str, Any] = {"role": "assistant", "content": reply.content,
                                   "refusal": reply.refusal}
        body: dict[str, Any] = {
            "id": f"chatcmpl-fake-{next(self._ids)}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": reply.model or asked_model or self.model,
            "choices": [{"index": 0, "message": message, "finish_reason": reply.finish_reason,
                         "logprobs": None}],
        }
        if reply.usage is not None:
            prompt = int(reply.usage.get("prompt_tokens", 0))
            completion = int(reply.usage.get("completion_tokens", 0))
            body["usage"] = {"prompt_tokens": prompt, "completion_tokens": completion,
                             "total_tokens": prompt + completion}
        return json.dumps(body).encode()
