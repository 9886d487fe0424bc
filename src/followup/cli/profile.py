"""`followup init` and `followup config`: the company profile and the effective settings."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from ..errors import FollowupError, InputError
from .app import app, fail, say


@app.command()
def init(
    user: Annotated[bool, typer.Option("--user", help="Write the user-wide profile instead of "
                                                      "./followup.toml.")] = False,
    force: Annotated[bool, typer.Option(help="Overwrite an existing profile.")] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Accept every default, ask nothing.")]
    = False,
) -> None:
    """Write a followup.toml company profile, asking a few questions.

    \b
    Examples:
      followup init
      followup init --user
    """
    from pydantic import BaseModel, ValidationError

    from ..config import LLMSettings, project_config_path, render_toml, user_config_path
    from ..files import write_atomic
    from ..models import FeedbackDepth, Profile

    path = user_config_path() if user else project_config_path()
    if path.exists() and not force:
        raise fail(InputError(f"{path} exists; pass --force to overwrite it"))

    def ask(question: str, default: str, model: type[BaseModel] = Profile,
            field: str | None = None) -> Any:
        """The answer, checked as the setting it becomes: a wrong one is said and asked again."""

        def checked(text: str) -> Any:
            value = text.strip() or None
            if field is not None:
                try:
                    model.__pydantic_validator__.validate_assignment(model.model_construct(),
                                                                     field, value)
                except ValidationError as exc:
                    message = str(exc.errors()[0]["msg"]).removeprefix("Value error, ")
                    raise typer.BadParameter(message) from None
            return value

        return checked(default) if yes else typer.prompt(question, default=default,
                                                         value_proc=checked)

    try:
        profile = Profile(
            company=ask("Company name", "Acme") or "",
            sender_name=ask("Who signs the emails (a real person)", "Alex Morgan",
                            field="sender_name") or Profile().sender_name,
            sender_title=ask("Their title", "Talent Partner") or "",
            sender_email=ask("Their email address", "alex.morgan@example.com",
                             field="sender_email"),
            hires_actively=(not yes) and typer.confirm(
                "Is the company hiring actively (may emails invite candidates to apply again)?",
                default=False),
            feedback_depth=FeedbackDepth(ask("Feedback depth (none, brief, detailed)", "brief",
                                             field="feedback_depth") or "brief"),
        )
        if profile.hires_actively:
            profile.careers_url = ask("Careers page URL", "")
        llm = {"base_url": ask("LLM endpoint URL (empty for OpenAI, or for offline templates)", "",
                               LLMSettings, "base_url"),
               "model": ask("Model", "gpt-4o-mini") or "gpt-4o-mini"}
        write_atomic(path, render_toml(profile, llm))
    except (ValueError, OSError) as exc:
        raise fail(InputError(f"{path}: {' '.join(str(exc).split())[:200]}")) from None
    say(f"wrote {path}; the API key is read from OPENAI_API_KEY and never stored")


@app.command("config")
def show_config() -> None:
    """Print the effective settings, where each comes from, with secrets masked.

    \b
    Example:
      followup config
    """
    from ..config import describe, load_settings

    try:
        settings = load_settings()
    except FollowupError as exc:
        raise fail(exc) from None
    rows = describe(settings)
    width = max(len(key) for key, _, _ in rows)
    for key, value, source in rows:
        typer.echo(f"{key:<{width}}  {value or '-'}  ({source})")
