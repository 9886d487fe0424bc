"""Domain errors, with messages written for the user. The CLI maps each kind to an exit code."""

from __future__ import annotations


class FollowupError(Exception):
    """Base of every error followup reports to the user."""

    exit_code = 1


class InputError(FollowupError):
    """Bad input: a file, a row or a field the user gave. Names where the problem is."""

    exit_code = 2


class ConfigError(InputError):
    """A settings file or value is wrong."""


class PromptError(InputError):
    """A prompt file is missing, malformed, or uses a variable that has no value."""


class EndpointError(FollowupError):
    """The LLM endpoint could not be used: unreachable, refused, too slow, or out of retries."""

    exit_code = 3

    def __init__(self, message: str, *, status_code: int | None = None, attempts: int = 0) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.attempts = attempts


class AuthError(EndpointError):
    """The endpoint refused the credentials (401/403). Never retried."""


class GenerationError(FollowupError):
    """The model answered, but no usable draft came out of it (refusal, unparseable output)."""

    exit_code = 3

    def __init__(self, message: str, *, attempts: int = 0, last_output: str | None = None) -> None:
        super().__init__(message)
        self.attempts = attempts
        self.last_output = last_output


# Not an exception: a draft was written but failed checks. Kept here so every exit code is in one place.
EXIT_NEEDS_REVIEW = 4
# `followup batch`: some candidates failed or were skipped; the manifest says which.
EXIT_INCOMPLETE = 5
# `followup batch --batch-api`: requests are at the provider (or exported), not collected yet.
EXIT_WAITING = 6
