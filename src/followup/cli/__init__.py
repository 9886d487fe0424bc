"""The command line: parse, call the core, render, map errors to exit codes. Nothing else.

Each command lives in its own module and registers itself on the shared Typer app.
"""

from __future__ import annotations

import sys

from . import batch, draft, evals, profile, review  # noqa: F401  (importing registers the commands)
from .app import app, fail


def main() -> None:
    # --debug belongs to the app, before the command; after it ("followup draft x.md --debug") it
    # is taken too, moved to the front. Arguments after "--" are left alone.
    args = sys.argv[1:]
    end = args.index("--") if "--" in args else len(args)
    if "--debug" in args[1:end]:
        args = ["--debug", *(a for a in args[:end] if a != "--debug"), *args[end:]]
    try:
        app(args=args, prog_name="followup")
    except Exception as exc:  # a bug of ours: one line, or the traceback with --debug, exit 1
        raise SystemExit(fail(exc).exit_code) from None


__all__ = ["app", "main"]
