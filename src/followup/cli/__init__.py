"""The command line: parse, call the core, render, map errors to exit codes. Nothing else.

Each command lives in its own module and registers itself on the shared Typer app.
"""

from __future__ import annotations

from . import batch, draft, evals, profile  # noqa: F401  (importing registers the commands)
from .app import app


def main() -> None:
    app()


__all__ = ["app", "main"]
