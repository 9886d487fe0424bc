"""What the user sees while a round runs, and the summary at the end.

On a terminal: a rich progress bar (done, needs review, failed, tokens) with problems printed above
it. Otherwise (a pipe, a CI log): one plain line per candidate. The summary is plain text on
stdout, so it can be read in a log or piped; rich is imported only for the terminal display.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, TextIO

from ..models import Usage
from .cost import format_cost
from .outputs import ManifestEntry

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from .runner import Plan, RoundReport

LISTED = 20  # problems listed by name in the summary; the manifest has them all


def describe(entry: ManifestEntry) -> str:
    """One line about one candidate: what happened and where to look."""
    who = f"{entry.name} ({entry.role})" if entry.role else entry.name or entry.row
    eml = next((f for f in entry.files if f.endswith(".eml")), None)
    if entry.status == "failed":
        return f"{who}: {entry.reason}"
    if entry.status == "skipped":
        return f"{entry.row}: {entry.reason}"
    detail = f" -> {eml}" if eml else ""
    notes = f"note: {', '.join(c.name for c in entry.advice)}" if entry.advice else ""
    if entry.status == "needs_review":
        checks = "; ".join(f"{c.name}: {c.reason}" for c in entry.failed_checks)
        return f"{who}{detail}: {checks}" + (f" ({notes})" if notes else "")
    parts = [f"{entry.attempts} attempt{'s' * (entry.attempts != 1)}"] if entry.attempts else []
    if entry.usage.total_tokens:
        parts.append(f"{entry.usage.total_tokens:,} tokens")
    elif entry.cached:
        parts.append("from the cache")
    parts += [notes] if notes else []
    return f"{who}{detail}" + (f" ({', '.join(parts)})" if parts else "")


class PlainProgress:
    """A line per finished candidate, for logs and pipes."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.total = 0
        self.done = 0

    def _say(self, text: str) -> None:
        self.stream.write(text + "\n")
        self.stream.flush()

    def started(self, plan: Plan) -> None:
        self.total = len(plan.todo)
        if plan.carried:
            self._say(f"followup: {len(plan.carried)} drafted in an earlier run; "
                      f"{self.total} to draft")

    def finished(self, entry: ManifestEntry, spent: Usage) -> None:
        self.done += 1
        width = len(str(self.total))
        self._say(f"[{self.done:>{width}}/{self.total}] {entry.status:<13}{describe(entry)}")

    def note(self, message: str) -> None:
        self._say(f"followup: {message}")

    def close(self) -> None:
        pass


class RichProgress:
    """A progress bar on the terminal; problems are printed above it as they happen."""

    def __init__(self) -> None:
        from rich.console import Console

        self.console = Console(stderr=True)
        self._progress: Progress | None = None
        self._task: TaskID | None = None
        self.counts = {"ok": 0, "needs_review": 0, "failed": 0}

    def started(self, plan: Plan) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        if plan.carried:
            self.note(f"{len(plan.carried)} drafted in an earlier run; {len(plan.todo)} to draft")
        self._progress = Progress(
            TextColumn("drafting"), BarColumn(), MofNCompleteColumn(),
            TextColumn("[green]{task.fields[ok]} ok[/] [yellow]{task.fields[needs_review]} "
                       "to review[/] [red]{task.fields[failed]} failed[/] {task.fields[tokens]} tokens"),
            TimeElapsedColumn(), TimeRemainingColumn(), console=self.console,
        )
        self._task = self._progress.add_task("drafting", total=len(plan.todo), tokens="0",
                                             ok=0, needs_review=0, failed=0)
        self._progress.start()

    def finished(self, entry: ManifestEntry, spent: Usage) -> None:
        if entry.status in self.counts:
            self.counts[entry.status] += 1
        if self._progress is None or self._task is None:
            return
        if entry.status != "ok":
            style = "yellow" if entry.status == "needs_review" else "red"
            self._progress.console.print(f"[{style}]{entry.status}[/] {describe(entry)}",
                                         markup=True, highlight=False)
        self._progress.update(self._task, advance=1, tokens=f"{spent.total_tokens:,}",
                              ok=self.counts["ok"], needs_review=self.counts["needs_review"],
                              failed=self.counts["failed"])

    def note(self, message: str) -> None:
        target = self._progress.console if self._progress else self.console
        target.print(f"followup: {message}", markup=False, highlight=False)

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()


def _listed(title: str, entries: list[ManifestEntry], lines: list[str]) -> None:
    if not entries:
        return
    lines.append(f"{title} ({len(entries)}):")
    for entry in entries[:LISTED]:
        prefix = "" if entry.status == "skipped" else f"{entry.row}  "
        lines.append(f"  {prefix}{describe(entry)}")
    if len(entries) > LISTED:
        lines.append(f"  ... and {len(entries) - LISTED} more: see the manifest")


def summary(report: RoundReport) -> str:
    plan = report.plan
    rows = len(report.entries)
    source = plan.round.source
    lines = [f"Round {source.name} -> {report.manifest[0].parent if report.manifest else '?'}/: "
             f"{rows} row{'s' * (rows != 1)} in {report.elapsed:.1f} s", "",
             f"  {'status':<14}{'candidates':>10}"]
    by_status = {s: [e for e in report.entries if e.status == s]
                 for s in ("needs_review", "failed", "skipped")}
    # A row not drafted yet (waiting for a batch, or stopped before its turn) has a key; a skipped
    # row (one that cannot be drafted) has none: the table says which is which.
    not_started = [e for e in by_status["skipped"] if e.key]
    counts = {s: report.count(s) for s in ("ok", "needs_review", "failed")}
    counts["skipped"] = len(by_status["skipped"]) - len(not_started)
    if not_started:
        counts["waiting" if report.waiting else "not started"] = len(not_started)
    for status, count in counts.items():
        lines.append(f"  {status:<14}{count:>10}")
    lines.append("")
    usage = report.usage
    if plan.offline:
        lines.append("Drafted offline by the template writer (no LLM endpoint configured).")
    else:
        lines.append(f"Tokens this run: {usage.total_tokens:,} ({usage.prompt_tokens:,} prompt + "
                     f"{usage.completion_tokens:,} completion) with {report.model}; estimated cost "
                     f"{format_cost(report.cost_usd)}")
        if report.batch_usage.total_tokens:
            lines.append(f"  of which {report.batch_usage.total_tokens:,} tokens through the Batch "
                         f"API, at its rate; the same tokens one request at a time: "
                         f"{format_cost(report.sync_cost_usd)}")
        requests = f"Requests: {report.requests:,}"
        if report.cached:
            requests += f"; {report.cached:,} answers from the cache"
        stats = report.governor
        if stats and stats.rate_limited:
            learned = (f", start rate learned {stats.learned_rate:.1f}/s" if stats.learned_rate
                       else "")
            lowered = (f", concurrency lowered to {stats.lowest_limit}"
                       if stats.lowest_limit < stats.max_limit else "")
            requests += (f"; {stats.rate_limited} refused with 429 or timed out (paused "
                         f"{stats.paused_seconds:.1f} s{lowered}{learned})")
        lines.append(requests)
    if plan.carried:
        lines.append(f"Drafted in an earlier run and kept: {len(plan.carried)}")
    lines += report.batch_notes
    if report.stopped:
        lines.append(f"Stopped early: {report.stopped}")
    lines.append("")
    _listed("Needs review", by_status["needs_review"], lines)
    _listed("Failed (run the same command again to retry them)", by_status["failed"], lines)
    _listed("Skipped rows", [e for e in by_status["skipped"] if not e.key], lines)
    if not_started and report.waiting:
        why = not_started[0].reason
        lines.append(f"Waiting: {len(not_started)} ({why})")
    elif not_started:
        why = not_started[0].reason.removeprefix("not started: ")
        lines.append(f"Not started: {len(not_started)} ({why}); run the same command again to "
                     "draft them")
    if report.manifest:
        lines.append(f"Manifest: {report.manifest[1]} and {report.manifest[0].name}")
    return "\n".join(lines).rstrip() + "\n"
