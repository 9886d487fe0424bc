"""The Files and Batches endpoints of the OpenAI protocol, for FakeOpenAI (tests and bench/).

    with FakeOpenAI(responder=drafting_responder()) as server:
        api = FakeBatchAPI.attach(server)
        api.script("validating", "in_progress", "completed")   # the next batch's statuses

A batch moves one status further at each `batches.retrieve`; when it reaches its last status its
lines are answered by the server's responder, as chat completions would be: 200 replies go to the
output file, others to the error file (`{"response": {"status_code": 500, ...}}`), and the
custom_ids in `line_errors` get a line-level error (`"response": null, "error": {...}`).
`expired` answers the first `answered` lines and puts the rest in the error file with code
`batch_expired`, as OpenAI does; `cancelled` answers the first `answered` and leaves the rest out
of both files; `failed` answers none and says why in `errors`.

Every upload and batch creation is counted (`uploads`, `creates`): a test can say that nothing
was uploaded or paid for twice.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

from fake_openai import FakeOpenAI, RecordedRequest

FINAL = frozenset({"completed", "expired", "cancelled", "failed"})
DEFAULT_SCRIPT = ("validating", "in_progress", "completed")


@dataclass
class StoredFile:
    id: str
    filename: str
    purpose: str
    content: bytes
    created_at: int

    def public(self) -> dict[str, Any]:
        return {"id": self.id, "object": "file", "bytes": len(self.content),
                "created_at": self.created_at, "filename": self.filename,
                "purpose": self.purpose, "status": "processed"}


@dataclass
class FakeBatch:
    id: str
    input_file_id: str
    endpoint: str
    metadata: dict[str, str] | None
    script: list[str]
    answered: int | None  # expired/cancelled: how many lines were answered before
    created_at: int
    step: int = 0
    output_file_id: str | None = None
    error_file_id: str | None = None
    errors: list[dict[str, Any]] = field(default_factory=list)
    total: int = 0
    completed: int = 0
    failed: int = 0

    @property
    def status(self) -> str:
        return self.script[min(self.step, len(self.script) - 1)]

    def public(self) -> dict[str, Any]:
        done = self.status in FINAL
        counts = {"total": self.total,
                  "completed": self.completed if done else (self.total // 2 if
                                                            self.status == "in_progress" else 0),
                  "failed": self.failed if done else 0}
        return {"id": self.id, "object": "batch", "endpoint": self.endpoint,
                "input_file_id": self.input_file_id, "completion_window": "24h",
                "status": self.status, "created_at": self.created_at,
                "output_file_id": self.output_file_id, "error_file_id": self.error_file_id,
                "errors": {"object": "list", "data": self.errors} if self.errors else None,
                "metadata": self.metadata, "request_counts": counts}


class FakeBatchAPI:
    def __init__(self, server: FakeOpenAI) -> None:
        self.server = server
        self.files: dict[str, StoredFile] = {}
        self.batches: dict[str, FakeBatch] = {}
        self.inputs: dict[str, bytes] = {}  # batch id -> its input file's content
        self.scripts: deque[tuple[list[str], int | None]] = deque()
        self.default_script: tuple[str, ...] = DEFAULT_SCRIPT  # for a batch with no script
        self.line_errors: dict[str, tuple[str, str]] = {}  # custom_id -> (code, message)
        self.uploads = 0
        self.deleted: list[str] = []  # file ids, as the client deleted them
        self.creates = 0
        self.refusals: deque[int] = deque()  # statuses the next Files/Batches requests get instead
        self.refused = 0
        self._ids = itertools.count(1)
        self._lock = threading.Lock()

    @classmethod
    def attach(cls, server: FakeOpenAI) -> FakeBatchAPI:
        api = cls(server)
        server.routes.append(api.handle)
        return api

    def script(self, *statuses: str, answered: int | None = None) -> None:
        """The statuses the next batch created goes through, one per retrieve."""
        with self._lock:
            self.scripts.append((list(statuses), answered))

    def input_lines(self, batch_id: str | None = None) -> list[dict[str, Any]]:
        """The request lines of a batch (the last one created by default)."""
        with self._lock:
            batch = self.batches[batch_id] if batch_id else list(self.batches.values())[-1]
            content = self.inputs[batch.id]
        return [json.loads(line) for line in content.splitlines() if line.strip()]

    # -- HTTP -------------------------------------------------------------------------------------

    def handle(self, request: RecordedRequest) -> tuple[int, bytes, str] | None:
        url = urlsplit(request.path)
        parts = [p for p in url.path.split("/") if p][1:] if url.path.startswith("/v1/") else \
            [p for p in url.path.split("/") if p]
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        with self._lock:
            if parts[:1] in (["files"], ["batches"]) and self.refusals:
                self.refused += 1
                status = self.refusals.popleft()
                return status, json.dumps({"error": {"message": "slow down"}}).encode(), \
                    "application/json"
            if parts[:1] == ["files"]:
                return self._files(request, parts[1:], query)
            if parts[:1] == ["batches"]:
                return self._batches(request, parts[1:], query)
        return None

    def _files(self, request: RecordedRequest, rest: list[str], query: dict[str, str]
               ) -> tuple[int, bytes, str]:
        if request.method == "POST" and not rest:
            fields = _multipart(request)
            if "file" not in fields or "purpose" not in fields:
                return _error(400, "file and purpose are required")
            filename, content = fields["file"]
            stored = StoredFile(f"file-{next(self._ids)}", filename, fields["purpose"][1].decode(),
                                content, int(time.time()))
            self.files[stored.id] = stored
            self.uploads += 1
            return _json(stored.public())
        if request.method == "GET" and not rest:
            listed = [f.public() for f in reversed(self.files.values())
                      if f.purpose == query.get("purpose", f.purpose)]
            return _json({"object": "list", "data": listed[:int(query.get("limit", 10000))],
                          "has_more": False})
        found = self.files.get(rest[0]) if rest else None
        if found is None:
            return _error(404, f"No such File object: {rest[0] if rest else ''}")
        if request.method == "DELETE":
            del self.files[found.id]
            self.deleted.append(found.id)
            return _json({"id": found.id, "object": "file", "deleted": True})
        if rest[1:] == ["content"]:
            return 200, found.content, "application/octet-stream"
        return _json(found.public())

    def _batches(self, request: RecordedRequest, rest: list[str], query: dict[str, str]
                 ) -> tuple[int, bytes, str]:
        if request.method == "POST" and not rest:
            asked = request.json if isinstance(request.json, dict) else {}
            file_id = asked.get("input_file_id")
            if file_id not in self.files:
                return _error(400, f"Invalid input_file_id: {file_id}")
            if asked.get("endpoint") != "/v1/chat/completions" or asked.get(
                    "completion_window") != "24h":
                return _error(400, "endpoint and completion_window must be given")
            script, answered = self.scripts.popleft() if self.scripts else (
                list(self.default_script), None)
            lines = [line for line in self.files[file_id].content.splitlines() if line.strip()]
            batch = FakeBatch(f"batch_{next(self._ids)}", file_id, asked["endpoint"],
                              asked.get("metadata"), script, answered, int(time.time()),
                              total=len(lines))
            self.batches[batch.id] = batch
            self.inputs[batch.id] = self.files[file_id].content  # kept after a delete, for tests
            self.creates += 1
            self._advance(batch, 0)
            return _json(batch.public())
        if request.method == "GET" and not rest:
            listed = [b.public() for b in reversed(self.batches.values())]
            return _json({"object": "list", "data": listed[:int(query.get("limit", 20))],
                          "has_more": False})
        batch = self.batches.get(rest[0]) if rest else None
        if batch is None:
            return _error(404, f"No batch found with id '{rest[0] if rest else ''}'.")
        if request.method == "POST" and rest[1:] == ["cancel"]:
            batch.script = [batch.status, "cancelling", "cancelled"][batch.step > 0:]
            batch.step = 0
            return _json(batch.public())
        self._advance(batch, 1)
        return _json(batch.public())

    # -- running a batch --------------------------------------------------------------------------

    def _advance(self, batch: FakeBatch, steps: int) -> None:
        if batch.status in FINAL:
            return
        batch.step += steps
        if batch.status in FINAL:
            self._run(batch)

    def _run(self, batch: FakeBatch) -> None:
        lines = [json.loads(line) for line in self.inputs[batch.id].splitlines() if line.strip()]
        if batch.status == "failed":
            batch.errors = [{"code": "invalid_request", "message": "the input file is not valid",
                             "line": 1, "param": None}]
            return
        answered = len(lines) if batch.status == "completed" else (batch.answered or 0)
        output: list[bytes] = []
        errors: list[bytes] = []
        for number, line in enumerate(lines):
            custom = line.get("custom_id")
            if number >= answered:
                if batch.status == "expired":
                    errors.append(_line(custom, None, ("batch_expired", "This request could not "
                                                       "be executed before the completion window "
                                                       "expired.")))
                continue
            if custom in self.line_errors:
                errors.append(_line(custom, None, self.line_errors[custom]))
                continue
            status, body = self._answer(line.get("body") or {})
            (output if status == 200 else errors).append(_line(custom, (status, body), None))
        batch.completed, batch.failed = len(output), len(lines) - len(output)
        if output:
            batch.output_file_id = self._store(batch, "output", output)
        if errors:
            batch.error_file_id = self._store(batch, "error", errors)

    def _answer(self, body: dict[str, Any]) -> tuple[int, Any]:
        """What the chat completions endpoint would have answered this body."""
        raw = json.dumps(body).encode()
        recorded = RecordedRequest("POST", "/v1/chat/completions", {}, raw, body, time.monotonic())
        reply = self.server.responder(body)
        if reply.body is not None:
            return reply.status, json.loads(reply.body)
        return reply.status, json.loads(self.server._completion_body(reply, recorded))

    def _store(self, batch: FakeBatch, kind: str, lines: list[bytes]) -> str:
        stored = StoredFile(f"file-{next(self._ids)}", f"{batch.id}_{kind}.jsonl", "batch_output",
                            b"".join(lines), int(time.time()))
        self.files[stored.id] = stored
        return stored.id


def _line(custom: Any, response: tuple[int, Any] | None, error: tuple[str, str] | None) -> bytes:
    line = {"id": f"batch_req_{custom}", "custom_id": custom,
            "response": None if response is None else {"status_code": response[0],
                                                       "request_id": f"req_{custom}",
                                                       "body": response[1]},
            "error": None if error is None else {"code": error[0], "message": error[1]}}
    return json.dumps(line).encode() + b"\n"


def _json(data: Any) -> tuple[int, bytes, str]:
    return 200, json.dumps(data).encode(), "application/json"


def _error(status: int, message: str) -> tuple[int, bytes, str]:
    body = {"error": {"message": message, "type": "invalid_request_error", "param": None,
                      "code": None}}
    return status, json.dumps(body).encode(), "application/json"


def _multipart(request: RecordedRequest) -> dict[str, tuple[str, bytes]]:
    """name -> (filename, content) of a multipart/form-data body."""
    kind = request.headers.get("content-type", "")
    boundary = next((p.split("=", 1)[1].strip('"') for p in kind.split(";")
                     if p.strip().startswith("boundary=")), None)
    if boundary is None:
        return {}
    fields: dict[str, tuple[str, bytes]] = {}
    for part in request.body.split(b"--" + boundary.encode()):
        head, sep, content = part.partition(b"\r\n\r\n")
        if not sep:
            continue
        disposition = next((h for h in head.decode(errors="replace").split("\r\n")
                            if h.lower().startswith("content-disposition")), "")
        params = dict(p.strip().split("=", 1) for p in disposition.split(";")[1:] if "=" in p)
        name = params.get("name", "").strip('"')
        fields[name] = (params.get("filename", "").strip('"'), content.removesuffix(b"\r\n"))
    return fields
