"""`followup batch`: a whole decision round from an ATS export or a folder of notes."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import Annotated

import typer

from ..errors import EXIT_INCOMPLETE, FollowupError, InputError
from .app import _state, app, fail, say, say_language, say_offline
from .draft import DepthChoice

BATCH_EPILOG = ("Exit codes: 0 every candidate has a draft that passed its checks; 2 bad input file "
                "or settings; 3 the endpoint cannot be used, the round stopped; 4 some drafts need "
                "review; 5 some candidates failed or were skipped (manifest.csv says which); "
                "6 --batch-api: batches still running at the provider, or requests exported; "
                "130 interrupted.")


@app.command(epilog=BATCH_EPILOG)
def batch(
    source: Annotated[Path, typer.Argument(
        help="A CSV export (name, email, role, stage, decision, notes), a .jsonl or "
                              ".yaml file, or a folder of notes files with front matter.",
        show_default=False)],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the drafts and the manifest.",
                                      show_default=False)],
    concurrency: Annotated[int, typer.Option(min=1, max=256, help="Requests in flight at most.")]
    = 8,
    rpm: Annotated[float | None, typer.Option(min=1, help="Requests per minute at most.")] = None,
    tpm: Annotated[float | None, typer.Option(min=100, help="Tokens per minute at most.")] = None,
    max_tokens_total: Annotated[int | None, typer.Option(
        min=1, help="Start no new candidate once the round has spent this many tokens.")] = None,
    dry_run: Annotated[bool, typer.Option(
        "--dry-run", help="Check the input and show what would be sent; send nothing.")] = False,
    cache: Annotated[bool, typer.Option(
        help="Answer identical requests from the local response cache.")] = True,
    model: Annotated[str | None, typer.Option(help="Model name at the endpoint.")] = None,
    base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible endpoint URL.")] = None,
    prompts_dir: Annotated[Path | None, typer.Option(help="Folder with your own prompt copies.")]
    = None,
    feedback_depth: Annotated[DepthChoice | None, typer.Option(help="How much feedback to give.")]
    = None,
    language: Annotated[str | None, typer.Option(
        help="Language of the email: en, fr, de, es (or its name); overrides profile.language.")]
    = None,
    offline: Annotated[bool, typer.Option(help="Use the built-in template writer, no model.")]
    = False,
    batch_api: Annotated[bool, typer.Option(
        "--batch-api", help="Send the round through the provider's Batch API: half the price, "
        "answers within 24 h.", rich_help_panel="Batch API")] = False,
    wait: Annotated[bool, typer.Option(
        help="Wait for the batches and collect them; --no-wait submits (or collects what is "
        "done) and returns.", rich_help_panel="Batch API")] = True,
    finish_sync: Annotated[bool, typer.Option(
        "--finish-sync", help="Send re-asks and unanswered requests one at a time, not in a "
        "second batch.", rich_help_panel="Batch API")] = False,
    export: Annotated[Path | None, typer.Option(
        "--export", help="Write the batch input JSONL here (for vllm run-batch); send nothing.",
        rich_help_panel="Batch API")] = None,
    results: Annotated[Path | None, typer.Option(
        "--import", help="Collect a batch results JSONL produced elsewhere.",
        rich_help_panel="Batch API")] = None,
    poll_every: Annotated[float, typer.Option(
        min=0.01, help="Seconds before the first status check of a batch; doubled each time, up "
        "to 5 minutes.", rich_help_panel="Batch API")] = 10.0,
) -> None:
    """Draft every candidate of a decision round: an .eml and an .md each, and a manifest.

    Run the same command again after a crash or Ctrl-C: only what is missing or failed is drafted.

    \b
    Examples:
      followup batch round.csv --out drafts/
      followup batch round.jsonl --out drafts/ --concurrency 16 --rpm 500
      followup batch notes/ --out drafts/
      followup batch round.csv --out drafts/ --dry-run
      followup batch round.csv --out drafts/ --batch-api --no-wait
    """
    try:
        from ..batch.dryrun import dry_run as show_dry_run
        from ..batch.inputs import read_round
        from ..batch.progress import PlainProgress, RichProgress, summary
        from ..batch.runner import Round, RoundOptions, plan_round
        from ..config import load_settings
        from ..prompts_loader import PromptSet

        settings = load_settings({
            "llm.model": model, "llm.base_url": base_url, "prompts_dir": prompts_dir,
            "profile.feedback_depth": feedback_depth.value if feedback_depth else None,
            "profile.language": language,
            "offline": offline or None,
        })
        round_input = read_round(source)
        for problem in round_input.problems:
            say(problem.message)
        if round_input.drafts:
            say(f"{source}: not read as notes, drafts written by followup: "
                f"{', '.join(round_input.drafts[:5])}{' ...' if len(round_input.drafts) > 5 else ''}")
        is_offline = settings.offline or not settings.llm.configured
        if not batch_api and (export or results or finish_sync or not wait):
            raise InputError("--export, --import, --finish-sync and --no-wait go with --batch-api")
        if batch_api and max_tokens_total is not None:
            raise InputError("--max-tokens-total does not go with --batch-api: a batch is not "
                             "stopped halfway; --dry-run estimates what it will spend")
        if batch_api and is_offline:
            raise InputError("--batch-api needs an endpoint: set --base-url or OPENAI_API_KEY "
                             "(and not --offline)")
        prompts = PromptSet(settings.prompts_dir)
        plan = plan_round(round_input, settings, out, prompts, offline=is_offline)
        if dry_run:
            typer.echo(show_dry_run(plan, settings, prompts, batch_api=batch_api), nl=False)
            bad_rows = any(p.needs_attention for p in round_input.problems)
            raise typer.Exit(EXIT_INCOMPLETE if bad_rows else 0)
        if is_offline:
            say_offline(settings.profile.language)
        else:
            say_language(settings.profile.language)
        options = RoundOptions(out=out, concurrency=concurrency, rpm=rpm, tpm=tpm,
                               max_tokens_total=max_tokens_total, cache=cache,
                               debug=_state["debug"])
        listener = RichProgress() if sys.stderr.isatty() else PlainProgress()
        # What is alive now (the modules, their classes) lives until the process exits: frozen, the
        # garbage collector stops re-scanning it at every full collection of the round and at exit
        # (about 0.4 s of CPU a round of 500, measured). A process-wide choice, so the CLI's.
        gc.freeze()
        try:
            if batch_api:
                from ..batch.batchapi import BatchApiOptions, BatchApiRound, refuse_overwriting

                api_options = BatchApiOptions(wait=wait, finish_sync=finish_sync, export=export,
                                              results=results, poll=poll_every)
                refuse_overwriting(api_options, source)
                report = BatchApiRound(plan, settings, options, listener, prompts,
                                       api_options).run()
            else:
                report = Round(plan, settings, options, listener, prompts).run()
        finally:
            listener.close()
    except (FollowupError, OSError) as exc:
        raise fail(exc) from None
    typer.echo(summary(report), nl=False)
    if report.interrupted:
        say("interrupted: every finished draft is saved; run the same command again for the rest"
            + (" (batches already at the provider go on, and are collected then)" if batch_api
               else ""))
    raise typer.Exit(report.exit_code)
