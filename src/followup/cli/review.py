"""`followup review`: a round's drafts in the browser, to read, edit, approve and export."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..errors import FollowupError
from .app import app, fail, say


@app.command()
def review(
    folder: Annotated[Path, typer.Argument(help="The --out folder of a 'followup batch' round.",
                                           show_default=False)],
    port: Annotated[int, typer.Option(min=0, max=65535,
                                      help="Port on 127.0.0.1; 0 picks a free one.")] = 0,
    browser: Annotated[bool, typer.Option(help="Open the review in the web browser.")] = True,
    model: Annotated[str | None, typer.Option(help="Model for a redraft.")] = None,
    base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible endpoint for a redraft.")]
    = None,
    offline: Annotated[bool, typer.Option(help="Redraft with the built-in template writer.")]
    = False,
) -> None:
    """Review a round in the browser: read, edit, approve or set aside, redraft, export.

    Served on 127.0.0.1 only, at an address with a secret token; it reads and writes only the
    round's folder, where the review is kept (review.json). Ctrl-C stops it; run it again to go on.

    \b
    Examples:
      followup review drafts/
      followup review drafts/ --port 8765 --no-browser
    """
    try:
        from ..config import load_settings
        from ..review.round import ReviewRound
        from ..review.server import serve

        settings = load_settings({"llm.model": model, "llm.base_url": base_url,
                                  "offline": offline or None})
        if not folder.is_dir():
            raise FileNotFoundError(2, "not a folder", str(folder))
        writer = ("the built-in template writer" if settings.offline or not settings.llm.configured
                  else f"the model {settings.llm.model}")
        round_review = ReviewRound(folder, settings)

        def announce(url: str) -> None:
            typer.echo(f"Reviewing {folder} at {url}")
            say("served on 127.0.0.1 only; the address carries the token: share it with no one. "
                "Ctrl-C stops the review; what you did is saved in the folder")

        serve(round_review, port=port, open_browser=browser, redraft_with=writer,
              announce=announce)
    except (FollowupError, OSError) as exc:
        raise fail(exc) from None
    say("review stopped; run the same command to go on")
