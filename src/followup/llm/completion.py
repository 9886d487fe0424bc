"""What a JSON request returns, and the one method every client layer offers."""

from __future__ import annotations

from typing import Any, Protocol

from pydantic import BaseModel, Field

from ..models import Usage
from .dialects import ResponseFormat


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


class CompletesJson(Protocol):
    """A client the writer and the judge can ask: ChatClient, and each layer wrapped around it
    (retries, a round's governor, the response cache, a candidate's tally)."""

    async def complete_json(self, messages: list[dict[str, str]], *, schema: dict[str, Any],
                            schema_name: str, max_tokens: int | None = None,
                            temperature: float | None = None) -> Completion: ...
