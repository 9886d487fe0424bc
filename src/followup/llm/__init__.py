"""The LLM edge: the one place that talks to an OpenAI-compatible endpoint.

Read in this order, each file on its own:
- `dialects.py`: the structured-output levels (strict json_schema; json_object carrying the
  schema, the llama.cpp dialect; plain json_object; text), the request built for each, which
  option an error refuses, and reading JSON leniently out of a reply.
- `capabilities.py`: what each endpoint and model accepts, remembered across runs.
- `completion.py`: what a request returns (`Completion`) and the one method every client layer
  offers (`CompletesJson`).
- `errors.py`: `RequestFailed`, one failed attempt, typed: retryable or not, congestion or not,
  the wait the server asked for.
- `transport.py`: `ChatClient`, one streamed attempt per call.
- `retry.py`: `RetryingClient`, the project's one retry policy.
- `structured.py`: `ask_validated`, a validated pydantic object, re-asked with what was wrong
  (the writer's and the judge's).

Importing this package is light: `openai` is imported when a `ChatClient` is made and `tenacity`
on the first retried request, never at import time (`followup --help` start-up).
"""

from .capabilities import CapabilityStore
from .completion import CompletesJson, Completion
from .dialects import (
    FORMAT_LEVELS,
    FORMAT_REFUSAL_STATUS,
    SCHEMA_IN_PROMPT,
    Capabilities,
    MaxTokensParam,
    RefusableOption,
    ResponseFormat,
    adapt,
    build_request,
    extract_json_object,
    refused_option,
    strict_schema,
)
from .errors import RETRYABLE_STATUS, Refused, RequestFailed, retry_after
from .retry import RATE_LIMIT_RETRIES, RetryingClient
from .structured import Accepted, Answer, accept, ask_validated, read_reply
from .transport import NO_KEY_PLACEHOLDER, OPENAI_BASE_URL, ChatClient

__all__ = [
    "FORMAT_LEVELS",
    "FORMAT_REFUSAL_STATUS",
    "NO_KEY_PLACEHOLDER",
    "OPENAI_BASE_URL",
    "RATE_LIMIT_RETRIES",
    "RETRYABLE_STATUS",
    "SCHEMA_IN_PROMPT",
    "Accepted",
    "Answer",
    "Capabilities",
    "CapabilityStore",
    "ChatClient",
    "CompletesJson",
    "Completion",
    "MaxTokensParam",
    "RefusableOption",
    "Refused",
    "RequestFailed",
    "ResponseFormat",
    "RetryingClient",
    "accept",
    "adapt",
    "ask_validated",
    "build_request",
    "extract_json_object",
    "read_reply",
    "refused_option",
    "retry_after",
    "strict_schema",
]
