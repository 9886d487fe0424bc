"""Ask for a validated pydantic object, and re-ask with what was wrong: the writer and the judge.

`ask_validated` sends the messages through any `CompletesJson` and validates the reply as the
pydantic model. A reply that is not one (cut off, not a JSON object, failing validation), or one
that the caller's `review` finds problems with, is answered with the problems (`reask` writes that
message, from the caller's prompt) and asked again, up to `attempts` replies in all; a cut-off
reply also gets a larger token budget. The answer with the fewest problems is kept, a later one
winning a tie. A refusal ends it at once: whether that is fatal is the caller's call. A re-ask the
endpoint cannot answer (a small local model's context filled by the earlier replies, say) ends it
too, with the best earlier answer: a draft to review is worth more than a failure.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from pydantic import BaseModel, ValidationError

from ..errors import AuthError, EndpointError
from ..models import Usage
from .completion import CompletesJson, Completion

T = TypeVar("T", bound=BaseModel)

# A cut-off reply is asked again with this much more room.
TRUNCATED_GROWTH = 1.5

log = logging.getLogger(__name__)


class Review(Protocol):
    """What the caller found out about a valid answer; `problems` empty: it is accepted."""

    @property
    def problems(self) -> list[str]: ...


R = TypeVar("R", bound=Review)


@dataclass(frozen=True)
class Accepted:
    """The review of a caller that takes any valid answer (`review=accept`)."""

    problems: list[str]


def accept(value: BaseModel) -> Accepted:
    return Accepted([])


@dataclass
class Answer(Generic[T, R]):
    """How the asking ended."""

    value: T | None  # the best valid answer, or None if no reply validated
    review: R | None  # the caller's review of `value`
    problems: list[str]  # what is still wrong: with `value`, or with the last reply if none
    completion: Completion  # the last reply
    usage: Usage  # of every reply
    attempts: int  # replies asked for
    # Why the asking stopped before `value` passed review, if the endpoint refused a re-ask.
    stopped: str | None = None


def read_reply(completion: Completion, model: type[T]) -> tuple[T | None, list[str]]:
    """The reply validated as `model`, or the problems to re-ask with."""
    if completion.truncated:
        return None, ["your answer was cut off at the length limit; answer with the complete JSON "
                      "object and keep every field short"]
    if completion.data is None:
        return None, [f"your answer was not a JSON object: {completion.parse_error}"]
    try:
        return model.model_validate(completion.data), []
    except ValidationError as exc:
        return None, [f"field '{'.'.join(str(p) for p in e['loc']) or 'root'}': {e['msg']}"
                      for e in exc.errors()[:8]]


async def ask_validated(
    client: CompletesJson,
    messages: list[dict[str, str]],
    model: type[T],
    review: Callable[[T], R],
    *,
    schema: dict[str, Any],
    schema_name: str,
    max_tokens: int,
    temperature: float | None = None,
    attempts: int = 1,
    reask: Callable[[list[str]], str] | None = None,
) -> Answer[T, R]:
    """Ask until a valid answer passes `review`, re-asking with the problems (see the module)."""
    usage = Usage()
    best: tuple[T, R] | None = None
    problems: list[str] = []
    for attempt in range(1, attempts + 1):
        try:
            completion = await client.complete_json(messages, schema=schema, schema_name=schema_name,
                                                    max_tokens=max_tokens, temperature=temperature)
        except EndpointError as failed:
            # Only a request the server rejects as such (400, 413: too long for its context, say);
            # credentials, quotas, unknown models and outages stay failures, to be retried.
            if best is None or isinstance(failed, AuthError) or failed.status_code not in (400, 413):
                raise
            stopped = (f"re-ask {attempt - 1} was refused by the endpoint ({failed}); this is "
                       "the best earlier answer")
            log.info("%s", stopped)
            return Answer(best[0], best[1], best[1].problems, completion, usage, attempt, stopped)
        usage += completion.usage
        if completion.refusal:
            break
        value, problems = read_reply(completion, model)
        if completion.truncated:
            max_tokens = int(max_tokens * TRUNCATED_GROWTH)
        if value is not None:
            reviewed = review(value)
            problems = reviewed.problems
            if best is None or len(problems) <= len(best[1].problems):
                best = (value, reviewed)
            if not problems:
                break
        if attempt < attempts and reask is not None:
            messages = [*messages, {"role": "assistant", "content": completion.text or "(no answer)"},
                        {"role": "user", "content": reask(problems)}]
    if best is not None:
        return Answer(best[0], best[1], best[1].problems, completion, usage, attempt)
    return Answer(None, None, problems, completion, usage, attempt)
