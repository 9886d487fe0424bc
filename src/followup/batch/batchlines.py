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

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

ENDPOINT = "/v1/chat/completions"
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


def split(lines: Iterable[tuple[str, bytes]], *, max_requests: int = MAX_REQUESTS,
          max_bytes: int = MAX_BYTES) -> Iterator[list[tuple[str, bytes]]]:
    """(custom_id, line) pairs in input files of at most `max_requests` lines and `max_bytes`."""
    part: list[tuple[str, bytes]] = []
    size = 0
    for custom, line in lines:
        if len(line) > max_bytes:
            raise ValueError(f"{custom}: one request of {len(line):,} bytes is over the "
                             f"{max_bytes:,}-byte limit of an input file")
        if part and (len(part) >= max_requests or size + len(line) > max_bytes):
            yield part
            part, size = [], 0
        part.append((custom, line))
        size += len(line)
    if part:
        yield part


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
