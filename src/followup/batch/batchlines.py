"""The Batch API's JSONL formats: request lines in, result lines out, and the provider's limits.

A request line (OpenAI's batch input, which `vllm run-batch` reads too):

    {"custom_id": "<key>-<turn>", "method": "POST", "url": "/v1/chat/completions", "body": {...}}

A result line (the output file, and the error file, alike):

    {"id": "...", "custom_id": "...", "response": {"status_code": 200, "body": {...}} | null,
     "error": {"code": "...", "message": "..."} | null}

The custom_id is the candidate's journal key and the turn of the conversation the request asks
for (0: the first draft, 1: the first re-ask), so a result finds its candidate and its place.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Final, Literal

from pydantic import BaseModel, ValidationError

from ..files import open_private, private_folder

ENDPOINT: Final[Literal["/v1/chat/completions"]] = "/v1/chat/completions"
# OpenAI's limits for one input file (Azure's and others' are the same or larger).
MAX_REQUESTS = 50_000
MAX_BYTES = 200 * 1024 * 1024


def custom_id(key: str, turn: int) -> str:
    return f"{key}-{turn}"


def parse_custom_id(value: str) -> tuple[str, int] | None:
    key, sep, turn = value.rpartition("-")
    if not sep or not key or not turn.isdigit():
        return None
    return key, int(turn)


def request_line(custom: str, body: dict[str, Any]) -> bytes:
    line = {"custom_id": custom, "method": "POST", "url": ENDPOINT, "body": body}
    return json.dumps(line, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


@dataclass
class InputFile:
    """One input file, on disk in the output folder until it is uploaded."""

    path: Path
    name: str  # followup-<hash of the content>.jsonl: a killed run's upload is found by it
    requests: list[str] = field(default_factory=list)  # its custom_ids, in order
    size: int = 0


class InputFiles:
    """The input files of the next batches, written as the requests are built (never all in
    memory), a new file begun before one would pass `max_requests` lines or `max_bytes`."""

    def __init__(self, folder: Path, *, max_requests: int = MAX_REQUESTS,
                 max_bytes: int = MAX_BYTES) -> None:
        self.folder = folder
        self.max_requests = max_requests
        self.max_bytes = max_bytes
        self.files: list[InputFile] = []
        self._out: IO[bytes] | None = None
        self._hash = hashlib.sha256()

    def add(self, custom: str, line: bytes, *, salt: str = "") -> None:
        """`salt` makes a file that sends the same lines again (a retry) a file of its own."""
        current = self.files[-1] if self.files and self._out is not None else None
        if current is None or len(current.requests) >= self.max_requests \
                or current.size + len(line) > self.max_bytes:
            self._finish()
            private_folder(self.folder)
            path = self.folder / f".followup-batch-input-{len(self.files) + 1}.jsonl.tmp"
            self._out = open_private(path)
            self._out.truncate(0)
            self._hash = hashlib.sha256()
            current = InputFile(path, "")
            self.files.append(current)
        assert self._out is not None
        self._out.write(line)
        self._hash.update(line + salt.encode())
        current.requests.append(custom)
        current.size += len(line)

    def _finish(self) -> None:
        if self._out is not None:
            self._out.close()
            self._out = None
            self.files[-1].name = f"followup-{self._hash.hexdigest()[:24]}.jsonl"

    def close(self) -> list[InputFile]:
        self._finish()
        return self.files


class LineError(BaseModel):
    code: str | None = None
    message: str | None = None


class LineResponse(BaseModel):
    status_code: int
    request_id: str | None = None
    body: Any = None


class ResultLine(BaseModel):
    custom_id: str
    response: LineResponse | None = None
    error: LineError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and self.response is not None \
            and self.response.status_code == 200

    @property
    def reason(self) -> str:
        """Why this line has no reply, in one line."""
        if self.error is not None:
            said = self.error.message or "no message"
            return f"{self.error.code}: {said}" if self.error.code else said
        if self.response is None:
            return "no response"
        body = self.response.body
        error = body.get("error") if isinstance(body, dict) else None
        message = error.get("message") if isinstance(error, dict) else None
        return f"HTTP {self.response.status_code}" + (f": {message}" if message else "")


@dataclass(frozen=True)
class BadLine:
    """A line of a results file that is not a result: said, never fatal."""

    number: int
    reason: str


def read_results(lines: Iterable[bytes]) -> Iterator[ResultLine | BadLine]:
    """Each line of a results file, validated; blank lines skipped, bad ones reported."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield ResultLine.model_validate_json(line)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "line"
            yield BadLine(number, f"not a batch result ({where}: {first['msg']})")
