"""What one attempt at a request can end in, typed so the retry policy needs no guessing.

`RequestFailed` is one failed attempt that asking again may mend: a time-out, a dropped
connection, a 408/409/429/5xx, a broken body. `retryable` says whether the policy may retry it
(the transport sets it on every one it raises), `retry_after` is the wait the server asked
for (capped at `llm.max_retry_wait`), and `congestion` marks the failures that mean the server is
overloaded (429s and time-outs): a round slows down for those. `attempts` counts the attempt's HTTP
requests (format probes included) and `usage` what they cost. What no retry can mend is raised as
another error and never retried: `AuthError` (credentials) and `EndpointError` (an unknown model, an
exhausted quota, a request the server rejects). The policy in `retry.py` turns the last failure
into the user's message.
"""

from __future__ import annotations

import contextlib
import time
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

from ..errors import EndpointError
from ..models import Usage
from .dialects import RefusableOption

if TYPE_CHECKING:
    import httpx2

# 408 timeout, 409 conflict (OpenAI uses it for transient lock contention), 429 rate limit; 5xx too.
RETRYABLE_STATUS = frozenset({408, 409, 429})


class RequestFailed(EndpointError):
    """One attempt failed. `reason` is the failure alone, `str()` says where (the base URL)."""

    def __init__(self, endpoint: str, reason: str, *, status_code: int | None = None,
                 retryable: bool = False, congestion: bool = False,
                 retry_after: float | None = None, requests: int = 1,
                 usage: Usage | None = None) -> None:
        super().__init__(f"{endpoint}: {reason}", status_code=status_code, attempts=requests)
        self.endpoint = endpoint
        self.reason = reason
        self.retryable = retryable
        self.congestion = congestion
        self.retry_after = retry_after
        # Tokens a failed attempt still cost (a body with usage but no completion, say).
        self.usage = usage if usage is not None else Usage()

    @property
    def rate_limited(self) -> bool:
        """Refused with 429: the server paces us, it is not failing (a larger retry budget)."""
        return self.status_code == 429


class Refused(Exception):
    """The endpoint refused a request option we can do without: ask again without it."""

    def __init__(self, option: RefusableOption) -> None:
        super().__init__(option)
        self.option = option


def retry_after(headers: httpx2.Headers) -> float | None:
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
