"""`followup eval` (the eval suite over evals/) and `followup check` (the checks on one email)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..errors import EXIT_NEEDS_REVIEW, FollowupError, InputError
from .app import EPILOG, app, fail, say, write_output
from .draft import DecisionChoice, DepthChoice

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..evals.results import CaseResult
    from ..evals.runner import Variant

EXIT_BELOW_BAR = 1  # `eval --min-pass-rate` or `--calibrate` below the bar: for CI


@app.command("eval", epilog=EPILOG + " For eval, 1: a variant below --min-pass-rate, or a check "
                                     "below the calibration bar.")
def eval_command(
    cases_dir: Annotated[Path | None, typer.Option(
        "--cases", help="Folder of eval cases (.yaml). Default: ./evals/cases, else the cases "
                         "installed with followup.",
        show_default=False)] = None,
    models: Annotated[list[str] | None, typer.Option(
        "--model", metavar="MODEL",
        help="Model to evaluate; repeat for side by side. 'template' is the offline writer. "
             "Default: the configured model, or 'template' with no endpoint.")]
    = None,
    prompts_dirs: Annotated[list[Path] | None, typer.Option(
        "--prompts-dir", metavar="DIR", help="Prompt folder to evaluate; repeat to compare prompt versions.")]
    = None,
    base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible endpoint URL.")] = None,
    judge: Annotated[str | None, typer.Option(
        help="Also score every email with this model as a judge (prompts/judge.md); cached.")]
    = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the results here (JSON).")]
    = None,
    report: Annotated[Path | None, typer.Option(help="Write the HTML report here.")] = None,
    baseline: Annotated[Path | None, typer.Option(
        help="A results file from an earlier --json: list what got better or worse.")] = None,
    min_pass_rate: Annotated[float | None, typer.Option(
        min=0.0, max=1.0, help="Exit 1 if a variant's share of emails passing every check is "
                               "below this (e.g. 0.9).")] = None,
    only: Annotated[str | None, typer.Option(
        help="Run only the cases in this language ('fr', 'German'), or whose id or a tag contains "
             "this.")] = None,
    concurrency: Annotated[int, typer.Option(min=1, max=64, help="Cases drafted at once.")] = 4,
    calibrate: Annotated[bool, typer.Option(
        "--calibrate", help="Instead: print each check's agreement with the human labels.")] = False,
    labelled_dir: Annotated[Path | None, typer.Option(
        "--labelled", help="Folder of labelled emails. Default: ./evals/labelled, else those installed "
                            "with followup.",
        show_default=False)] = None,
    screening_dir: Annotated[Path | None, typer.Option(
        "--screening", help="With --calibrate: folder of labelled note sentences (.jsonl). Default: "
                            "./evals/screening, else those installed with followup.",
        show_default=False)] = None,
) -> None:
    """Run the eval cases through the writer(s) and score every email with the checks.

    \b
    Examples:
      followup eval                                       # configured model, or the template
      followup eval --model gpt-4o-mini --model template  # side by side with the baseline
      followup eval --prompts-dir my-prompts/ --baseline reports/last.json
      followup eval --judge gpt-4o --report report.html --json reports/last.json
      followup eval --min-pass-rate 0.9                   # exit 1 below the bar, for CI
      followup eval --calibrate                           # how far the checks agree with people
    """
    if calibrate:
        _calibrate(labelled_dir, screening_dir)
        return
    try:
        import asyncio

        from ..config import load_settings
        from ..evals.baseline import compare, load_run
        from ..evals.cases import load_cases, select_cases
        from ..evals.runner import TEMPLATE_MODEL, run_eval, variants_for
        from ..evals.table import comparison_table, summary_table

        settings = load_settings({"llm.base_url": base_url})
        cases = select_cases(load_cases(cases_dir), only, settings.profile.language)
        if not cases:
            raise InputError(f"{cases_dir or 'the eval cases'}: no case matches --only {only!r}")
        default = (TEMPLATE_MODEL if settings.offline or not settings.llm.configured
                   else settings.llm.model)
        variants = variants_for(models or [default], prompts_dirs or [])
        before = load_run(baseline) if baseline else None
        partial = json_out.with_name(json_out.name + ".partial.jsonl") if json_out else None
        try:
            run = asyncio.run(run_eval(cases, variants, settings, concurrency=concurrency,
                                       judge_model=judge, cases_dir=str(cases_dir or "built-in"),
                                       progress=_progress(len(cases) * len(variants), partial)))
        except KeyboardInterrupt:
            kept = f"; the finished cases are in {partial}" if partial and partial.exists() else ""
            say(f"interrupted{kept}")
            raise typer.Exit(130) from None
        comparisons = compare(run, before) if before else []
        sys.stdout.write(summary_table(run))
        if baseline:
            sys.stdout.write("\n" + comparison_table(comparisons, str(baseline)))
        if json_out:
            write_output(run.model_dump_json(indent=2) + "\n", json_out)
            if partial is not None:
                partial.unlink(missing_ok=True)
            say(f"results written to {json_out}")
        if report:
            from ..evals.report import render_report

            write_output(render_report(run, comparisons), report)
            say(f"report written to {report}")
    except (FollowupError, OSError) as exc:
        raise fail(exc) from None
    if min_pass_rate is not None:
        below = [v for v in run.variants if v.pass_rate < min_pass_rate]
        for variant in below:
            say(f"{variant.label}: {variant.pass_rate:.0%} of emails pass every check, below "
                f"--min-pass-rate {min_pass_rate:.0%}")
        if below:
            raise typer.Exit(EXIT_BELOW_BAR)


def _progress(total: int, partial: Path | None) -> Callable[[Variant, CaseResult], None]:
    """A counter on a terminal, else a line per case; with --json, each case's result is also
    appended to `partial` as it finishes, so an interrupted run keeps what it did."""
    tty = sys.stderr.isatty()
    done = 0
    if partial is not None:
        partial.unlink(missing_ok=True)

    def show(variant: Variant, result: CaseResult) -> None:
        nonlocal done
        done += 1
        if partial is not None:
            from ..files import open_private

            line = json.dumps({"variant": variant.label, **result.model_dump(mode="json")},
                              ensure_ascii=False)
            with open_private(partial) as fh:
                fh.write(line.encode() + b"\n")
        if tty:
            end = "\n" if done == total else ""
            sys.stderr.write(f"\rfollowup: {done}/{total} emails drafted and checked{end}")
        else:
            failed = [c.name for c in result.failed_checks]
            notes = f"; note: {', '.join(c.name for c in result.advice)}" if result.advice else ""
            verdict = (f"error: {result.error}" if result.error
                       else f"failed {', '.join(failed)}{notes}" if failed
                       else f"passed every blocking check{notes}")
            sys.stderr.write(f"followup: {done}/{total} {variant.label} {result.case_id}: "
                             f"{verdict}\n")
        sys.stderr.flush()

    return show


def _calibrate(labelled_dir: Path | None, screening_dir: Path | None) -> None:
    """The checks and the screening against people's labels, dev and test side by side; exit 1
    when the test part (the last one) misses a bar."""
    try:
        from ..evals.calibrate import calibrate
        from ..evals.cases import default_dir, load_labelled, split_parts
        from ..evals.table import calibration_table, screening_below
        from ..screening.evaluation import evaluate, load_folder

        parts = [calibrate(load_labelled(folder), part)
                 for part, folder in split_parts(labelled_dir or default_dir("labelled"))]
        screening = [evaluate(load_folder(folder), title=part)
                     for part, folder in split_parts(screening_dir or default_dir("screening"))]
    except (FollowupError, OSError, ValueError) as exc:
        raise fail(exc) from None
    sys.stdout.write(calibration_table(parts, screening))
    below = parts[-1].below() + screening_below(screening[-1])
    for line in below:
        say(line)
    if below:
        raise typer.Exit(EXIT_BELOW_BAR)


@app.command(epilog=EPILOG)
def check(
    email_file: Annotated[Path, typer.Argument(
        help="The email: plain text, optionally starting with a 'Subject:' line; or an .eml file; "
             "'-' reads standard input.", show_default=False)],
    notes: Annotated[Path, typer.Option(help="The interviewer's notes the email answers (front "
                                             "matter may give the candidate's fields).")],
    name: Annotated[str | None, typer.Option(help="Candidate's full name.")] = None,
    preferred_name: Annotated[str | None, typer.Option(help="What they like to be called.")] = None,
    role: Annotated[str | None, typer.Option(help="The role they interviewed for.")] = None,
    stage: Annotated[str | None, typer.Option(help="Stage reached, e.g. 'phone screen'.")] = None,
    decision: Annotated[DecisionChoice | None, typer.Option(help="The decision.")] = None,
    feedback_depth: Annotated[DepthChoice | None, typer.Option(help="Feedback depth expected.")]
    = None,
    must_mention: Annotated[list[str] | None, typer.Option(
        metavar="TEXT", help="A detail the email must mention; repeatable.")] = None,
    must_not_contain: Annotated[list[str] | None, typer.Option(
        metavar="TEXT", help="Text the email must never contain; repeatable.")] = None,
    min_words: Annotated[int | None, typer.Option(help="Override the lower word bound.")] = None,
    max_words: Annotated[int | None, typer.Option(help="Override the upper word bound.")] = None,
) -> None:
    """Lint a hand-written email with the same checks as every draft.

    \b
    Examples:
      followup check my-email.txt --notes notes/priya.md
      pbpaste | followup check - --notes notes/priya.md --must-mention "payment retry"
    """
    try:
        from ..checks import DIMENSIONS, CheckContext, run_checks
        from ..config import load_settings
        from ..evals.emails import read_email
        from ..notes import build_request, parse_notes, read_notes_file
        from ..screening import screen_notes

        settings = load_settings({
            "profile.feedback_depth": feedback_depth.value if feedback_depth else None})
        fields, body = parse_notes(read_notes_file(notes), str(notes))
        request = build_request(fields, body, str(notes), {
            "name": name, "preferred_name": preferred_name, "role": role, "stage": stage,
            "decision": decision.value if decision else None})
        email = read_email(email_file)
        ctx = CheckContext(
            candidate=request.candidate, decision=request.decision, profile=settings.profile,
            notes=request.notes, withheld=tuple(screen_notes(request.notes).withheld),
            must_mention=tuple(must_mention or ()), must_not_contain=tuple(must_not_contain or ()),
            min_words=min_words, max_words=max_words)
        results = run_checks(email, ctx)
    except (FollowupError, OSError, ValueError) as exc:
        raise fail(exc) from None
    failed = [r for r in results if r.blocks]
    advice = [r for r in results if r.advises]
    verdict = (f"{len(failed)} blocking check(s) failed: needs review" if failed
               else "no blocking check failed")
    lines = [f"{email_file}: {verdict}" + (f"; {len(advice)} note(s)" if advice else "")]
    marks = {"pass": "pass", "n/a": "n/a "}
    for dimension in DIMENSIONS:
        lines.append(dimension)
        for result in (r for r in results if r.dimension == dimension):
            mark = ("FAIL" if result.blocks else "note") if not result.passed else marks[result.status]
            lines.append(f"  {mark}  {result.name}" + (f": {result.reason}" if result.reason else ""))
            if not result.passed and result.span:
                lines.append(f"        > {' '.join(result.span.split())[:160]}")
    lines.append("FAIL: blocking (a recruiter never sends it); note: advisory (a matter of style)")
    sys.stdout.write("\n".join(lines) + "\n")
    if failed:
        raise typer.Exit(EXIT_NEEDS_REVIEW)
