"""`followup draft`: one candidate's notes in, a checked email out."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ..errors import EXIT_NEEDS_REVIEW, FollowupError, InputError
from ..files import same_file
from .app import EPILOG, app, fail, say, say_language, say_offline, write_output


class DecisionChoice(StrEnum):
    reject = "reject"
    advance = "advance"
    hold = "hold"


class DepthChoice(StrEnum):
    none = "none"
    brief = "brief"
    detailed = "detailed"


class FormatChoice(StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"
    eml = "eml"


def _read_notes_arg(notes: Path | None) -> tuple[str, str]:
    """(text, source name) from a file, '-' for standard input, or a paste on a terminal."""
    from ..notes import decode_notes, read_notes_file

    if notes is not None and str(notes) != "-":
        return read_notes_file(notes), str(notes)
    if notes is None and sys.stdin.isatty():
        say("paste the notes, then press Ctrl-D on a new line (Ctrl-Z then Enter on Windows)")
    return decode_notes(sys.stdin.buffer.read(), "<stdin>"), "<stdin>"



@app.command(epilog=EPILOG)
def draft(
    notes: Annotated[Path | None, typer.Argument(
        help="Notes file (.md or .txt, optional YAML front matter); '-' reads standard input; "
             "omit it to paste on a terminal.", show_default=False)] = None,
    name: Annotated[str | None, typer.Option(help="Candidate's full name.")] = None,
    preferred_name: Annotated[str | None, typer.Option(help="What they like to be called.")] = None,
    email: Annotated[str | None, typer.Option(help="Candidate's email address (for --format eml).")]
    = None,
    role: Annotated[str | None, typer.Option(help="The role they interviewed for.")] = None,
    stage: Annotated[str | None, typer.Option(help="Stage reached, e.g. 'phone screen'.")] = None,
    decision: Annotated[DecisionChoice | None, typer.Option(help="The decision.")] = None,
    fmt: Annotated[FormatChoice, typer.Option("--format", "-f", help="Output format.")]
    = FormatChoice.text,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of stdout.")]
    = None,
    feedback_depth: Annotated[DepthChoice | None, typer.Option(help="How much feedback to give.")]
    = None,
    language: Annotated[str | None, typer.Option(
        help="Language of the email: en, fr, de, es (or its name); overrides profile.language.")]
    = None,
    model: Annotated[str | None, typer.Option(help="Model name at the endpoint.")] = None,
    base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible endpoint URL.")] = None,
    prompts_dir: Annotated[Path | None, typer.Option(help="Folder with your own prompt copies.")]
    = None,
    offline: Annotated[bool, typer.Option(help="Use the built-in template writer, no model.")]
    = False,
    show_withheld: Annotated[bool, typer.Option(
        help="List what was withheld from the notes, and why, on stderr.")] = False,
) -> None:
    """Draft one candidate's email from their notes.

    \b
    Examples:
      followup draft examples/priya.md
      pbpaste | followup draft - --name "Priya Raghunathan" --role "Backend Engineer" --decision reject
      followup draft examples/priya.md --format eml --out priya.eml
      followup draft examples/priya.md --base-url http://localhost:11434/v1 --model llama3.1
    """
    try:
        from ..config import load_settings
        from ..notes import build_request, parse_notes
        from ..render import Format, render
        from ..writer import write_draft

        settings = load_settings({
            "llm.model": model, "llm.base_url": base_url, "prompts_dir": prompts_dir,
            "profile.feedback_depth": feedback_depth.value if feedback_depth else None,
            "profile.language": language,
            "offline": offline or None,
        })
        if out is not None and notes is not None and same_file(out, notes):
            raise InputError(f"{out}: is the notes file; give --out another file name")
        text, source = _read_notes_arg(notes)
        fields, body = parse_notes(text, source)
        request = build_request(fields, body, source, {
            "name": name, "preferred_name": preferred_name, "email": email, "role": role,
            "stage": stage, "decision": decision.value if decision else None,
        })
        if settings.offline or not settings.llm.configured:
            say_offline(settings.profile.language)
        else:
            say_language(settings.profile.language)
        result = write_draft(request, settings, on_progress=say)
        if fmt is FormatChoice.eml and not request.candidate.email:
            say(f"{source}: no email address for {request.candidate.name}; the .eml has no To: line")
        write_output(render(result, Format(fmt.value), settings.profile), out)
    except (FollowupError, OSError, ValueError) as exc:
        raise fail(exc) from None
    if show_withheld:
        categories: dict[str, list[str]] = {}  # a fragment with two categories is said once
        for fragment in result.withheld:
            categories.setdefault(fragment.text, []).append(fragment.category)
        for text, kinds in categories.items():
            say(f"withheld ({', '.join(dict.fromkeys(kinds))}): {text}")
        if not result.withheld:
            say("withheld: nothing")
    for check in result.failed_checks:
        say(f"needs review: {check.name}: {check.reason}")
    for check in result.advice:
        say(f"note: {check.name}: {check.reason}")
    if result.meta.reask_refused:
        say(f"note: {result.meta.reask_refused}")
    if result.failed_checks:
        raise typer.Exit(EXIT_NEEDS_REVIEW)
