"""The Typer app and what every command shares: options, one-line errors, output."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from ..errors import FollowupError, InputError

EPILOG = """Exit codes: 0 ok, 2 bad input or settings, 3 endpoint or model error, 4 draft needs review."""

app = typer.Typer(
    name="followup",
    help="Turn an interviewer's notes into a short, personal, checked email to the candidate.\n\n"
         "Drafts are for a person to review and send: followup never sends mail.",
    epilog=EPILOG,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

_state = {"debug": False}


def say(message: str) -> None:
    typer.echo(f"followup: {message}", err=True)


def user_path_error(exc: OSError) -> InputError:
    """An OSError on a path the user gave (no permission, a symlink loop, a folder where a file
    should be): bad input, said in one line naming the path."""
    where = exc.filename if exc.filename is not None else "a file"
    return InputError(f"{where}: {exc.strerror or exc}")


def fail(exc: BaseException) -> typer.Exit:
    """Turn an error into one line on stderr and its exit code; --debug adds the traceback, and
    the exit code stays the same."""
    if _state["debug"]:
        import traceback

        traceback.print_exception(exc, file=sys.stderr)
    if isinstance(exc, OSError):
        exc = user_path_error(exc)
    if isinstance(exc, FollowupError):
        say(f"error: {' '.join(str(exc).split())}")
        return typer.Exit(exc.exit_code)
    say(f"internal error: {type(exc).__name__}: {' '.join(str(exc).split())[:300]} "
         "(run with --debug for the traceback)")
    return typer.Exit(1)


@app.callback()
def main_options(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks instead of one-line errors.")]
    = False,
) -> None:
    # Set on every run, so one invocation's --debug never leaks into the next in the same process.
    _state["debug"] = debug or bool(os.environ.get("FOLLOWUP_DEBUG"))


def say_offline(language: str) -> None:
    """The one line that says drafts come from the built-in templates, and how to use a model.
    A language the templates do not have is a settings error, before any candidate is drafted."""
    from ..template_writer import template_language

    template_language(language)
    say("offline template writer (no LLM endpoint configured); set OPENAI_API_KEY or --base-url to "
        "draft with a model")


def say_language(language: str) -> None:
    """A language screening and the checks do not read goes to the model as written: say so."""
    from ..languages import SUPPORTED, normalise_language

    if normalise_language(language) is None:
        say(f"note: profile.language {language!r} is passed to the model as written; screening and "
            f"the checks read {SUPPORTED}")


def write_output(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text)
        return
    from ..files import write_atomic

    try:
        write_atomic(out, text)
    except OSError as exc:
        raise InputError(f"{out}: cannot write: {exc.strerror}") from None
