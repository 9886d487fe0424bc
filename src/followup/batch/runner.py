"""A round: plan what is left to draft, draft it concurrently, record each candidate as it finishes.

The plan compares the round with the journal: a candidate whose key already has a draft on disk
is carried over; every other one is drafted. Workers take candidates in input order; each one is
screened, prompted and checked by `writer.write_with_model` (or `write_offline` with no endpoint),
its files are written, and only then is it appended to the journal. The manifest is rebuilt from the
journal at the end, also after Ctrl-C, so it always says what is really on disk.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from ..config import Settings
from ..errors import (
    EXIT_INCOMPLETE,
    EXIT_NEEDS_REVIEW,
    EXIT_WAITING,
    EndpointError,
    GenerationError,
    InputError,
)
from ..llm import CompletesJson
from ..models import Draft, Usage
from ..prompts_loader import PromptSet
from ..review.state import kept_by_review
from ..writer import build_messages, screen, write_offline, write_with_model
from .cache import ResponseCache
from .clients import (
    TYPICAL_COMPLETION_TOKENS,
    CachedClient,
    EndpointUnusable,
    GovernedClient,
    Tally,
    TallyingClient,
    estimate_tokens,
)
from .cost import cost_of, mixed_cost
from .governor import Governor, RoundStopped, Stats
from .inputs import RoundInput, RoundItem
from .journal import FolderLock, Journal, Outcome
from .keys import draft_key, recipe_digest
from .outputs import (
    ManifestEntry,
    assign_stems,
    draft_complete,
    draft_files,
    files_present,
    priced,
    refuse_overwriting_input,
    remove_drafts,
    remove_stale_temp_files,
    write_files,
    write_manifest,
)

if TYPE_CHECKING:
    from ..screening import ScreenedNotes

EXIT_STOPPED = 3  # the endpoint cannot be used (credentials, model, quota, unreachable)
# This many candidates in a row failing at the endpoint, none drafted in between: it is down.
FAILURES_IN_A_ROW = 10
EXIT_INTERRUPTED = 130


@dataclass(frozen=True)
class RoundOptions:
    out: Path
    concurrency: int = 8
    rpm: float | None = None
    tpm: float | None = None
    max_tokens_total: int | None = None
    cache: bool = True
    debug: bool = False  # an unexpected error stops the round with its traceback


@dataclass
class Plan:
    round: RoundInput
    offline: bool
    keys: dict[int, str]  # input position -> draft key
    stems: dict[str, str]  # draft key -> file stem
    earlier: dict[str, Outcome]  # the journal: draft key -> latest outcome
    todo: list[RoundItem]
    carried: list[RoundItem]  # drafted by an earlier run, files on disk
    # Candidates of earlier rounds into the same folder, not in this one: the manifest keeps them.
    others: list[Outcome] = field(default_factory=list)
    # Input position -> the draft a person edited or approved in `followup review`, kept as it is.
    reviewed: dict[int, Outcome] = field(default_factory=dict)

    def key(self, item: RoundItem) -> str:
        return self.keys[item.position]


def plan_round(round_input: RoundInput, settings: Settings, out: Path, prompts: PromptSet,
               *, offline: bool) -> Plan:
    refuse_overwriting_input(round_input.source, out)
    recipe = recipe_digest(settings, offline=offline, prompts=None if offline else prompts)
    keys = {item.position: draft_key(item.request, recipe) for item in round_input.items}
    earlier = Journal(out).load() if out.is_dir() else {}
    # Who the folder already holds, latest outcome first: a candidate of this round keeps the
    # stem they had (a redraft replaces their files); everyone else keeps theirs untouched.
    latest = sorted(earlier.values(), key=lambda o: o.finished_at, reverse=True)
    by_identity: dict[tuple[str, str], Outcome] = {}
    for outcome in latest:
        by_identity.setdefault(outcome.identity, outcome)
    current = {item.request.candidate.identity for item in round_input.items}
    others = [o for o in by_identity.values() if o.identity not in current
              and (not o.has_draft or files_present(out, o))]
    kept: dict[str, str] = {}
    for item in round_input.items:
        key = keys[item.position]
        same = earlier.get(key) or by_identity.get(item.request.candidate.identity)
        if same is not None and same.files:
            kept[key] = Path(same.files[0]).stem
    names = {keys[item.position]: item.request.candidate.name for item in round_input.items}
    stems = assign_stems(names, kept, (Path(o.files[0]).stem for o in others if o.files))
    others.sort(key=lambda o: (o.row, o.finished_at))
    todo: list[RoundItem] = []
    carried: list[RoundItem] = []
    reviewed: dict[int, Outcome] = {}
    by_review = kept_by_review(out) if out.is_dir() else set()
    for item in round_input.items:
        key = keys[item.position]
        done = earlier.get(key)
        if done is not None and draft_complete(out, done):
            carried.append(item)
            continue
        # Edited or approved in `followup review`: a person's work, never replaced by a redraft.
        same = done or by_identity.get(item.request.candidate.identity)
        if stems[key] in by_review and same is not None and draft_complete(out, same):
            reviewed[item.position] = same
        else:
            todo.append(item)
    return Plan(round_input, offline, keys, stems, earlier, todo, carried, others, reviewed)


class Listener(Protocol):
    """Who hears about the round as it goes: the progress display."""

    def started(self, plan: Plan) -> None: ...

    def finished(self, entry: ManifestEntry, spent: Usage) -> None: ...

    def note(self, message: str) -> None: ...


@dataclass
class RoundReport:
    plan: Plan
    entries: list[ManifestEntry]
    model: str
    elapsed: float
    usage: Usage
    cost_usd: float | None
    requests: int
    cached: int
    governor: Stats | None
    stopped: str | None
    fatal: bool
    interrupted: bool
    manifest: list[Path] = field(default_factory=list)
    # With --batch-api: the tokens sent through it, what the round would have cost sent one
    # request at a time, what became of the batches, and whether some are still at the provider.
    batch_usage: Usage = field(default_factory=Usage)
    sync_cost_usd: float | None = None
    batch_notes: list[str] = field(default_factory=list)
    waiting: bool = False

    def count(self, status: str) -> int:
        return sum(1 for e in self.entries if e.status == status)

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return EXIT_INTERRUPTED
        if self.fatal:
            return EXIT_STOPPED
        if self.waiting:
            return EXIT_WAITING
        bad_rows = any(p.needs_attention for p in self.plan.round.problems)
        not_started = any(e.status == "skipped" and e.key for e in self.entries)
        if self.count("failed") or bad_rows or not_started:
            return EXIT_INCOMPLETE
        return EXIT_NEEDS_REVIEW if self.count("needs_review") else 0


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Round:
    def __init__(self, plan: Plan, settings: Settings, options: RoundOptions, listener: Listener,
                 prompts: PromptSet) -> None:
        self.plan = plan
        self.settings = settings
        self.options = options
        self.listener = listener
        self.prompts = prompts
        self.journal = Journal(options.out)
        self.cache = (ResponseCache.in_folder(settings.cache_folder)
                      if options.cache and not plan.offline else None)
        self.spent = Usage()
        self.spent_batch = Usage()  # the part of spent sent through a Batch API
        self.waiting = False  # some candidates are in batches still at the provider
        self.batch_notes: list[str] = []
        self.requests = 0
        self.cached = 0
        self.stopped: str | None = None
        self.fatal = False
        self.finished: dict[str, Outcome] = {}
        self.governor: Governor | None = None
        self.failing_in_a_row = 0
        self.shared: CompletesJson | None = None  # the round's one governed, retrying client
        self.reserved = 0  # tokens expected of the candidates in flight (--max-tokens-total)
        self.tokens_finished = (0, 0)  # tokens spent by finished candidates, and how many

    # -- running ---------------------------------------------------------------------------------

    def run(self) -> RoundReport:
        out = self.options.out
        if out.exists() and not out.is_dir():
            raise InputError(f"{out}: exists and is not a folder; give --out a folder")
        lock = FolderLock(out)
        if not lock.acquire():
            raise InputError(f"{out}: another 'followup batch' is writing to this folder")
        if self.plan.todo and not self.plan.offline:
            import openai  # noqa: F401  (0.4 s to import: before the round's clock, not during)
        started = time.monotonic()
        interrupted = False
        try:
            if remove_stale_temp_files(out):
                self.listener.note("removed half-written temporary files left by an interrupted run")
            self.listener.started(self.plan)
            if self.plan.reviewed:
                self.listener.note(f"kept {len(self.plan.reviewed)} draft(s) edited or approved in "
                                   "followup review; redraft them there")
            with self.journal:
                asyncio.run(self._run())
        except KeyboardInterrupt:
            interrupted = True
        finally:
            if self.cache is not None:
                self.cache.close()
            try:
                report = self._report(time.monotonic() - started, interrupted)
            finally:
                lock.release()
        return report

    async def _run(self) -> None:
        queue = deque(self.plan.todo)
        if not queue:
            return
        if self.plan.offline:
            await self._workers(queue, 1, self._draft_offline)
            return
        await self._draft_synchronously(queue)

    async def _draft_synchronously(self, queue: deque[RoundItem]) -> None:
        from ..llm import CapabilityStore, ChatClient, RetryingClient

        if self.cache is not None and self.cache.problem:
            self.listener.note(f"response cache off: {self.cache.problem}")
        self.governor = Governor(self.options.concurrency, rpm=self.options.rpm,
                                 tpm=self.options.tpm)
        llm = self.settings.llm
        store = CapabilityStore.in_folder(self.settings.cache_folder)
        async with ChatClient(llm, capabilities=store) as chat:
            # Every attempt, retries included, waits for the governor and holds one slot.
            self.shared = RetryingClient(GovernedClient(chat, self.governor, llm), llm)
            # One worker per slot: a candidate is taken up only when a request could start, so a
            # stop or the token budget keeps every candidate not yet sent out of the round.
            await self._workers(queue, self.options.concurrency, self._draft_with_model)

    async def _workers(
        self, queue: deque[RoundItem], count: int,
        draft: Callable[[RoundItem], Awaitable[tuple[Outcome, Draft | None] | None]],
    ) -> None:
        async def work() -> None:
            while queue and self.stopped is None:
                budget = self.options.max_tokens_total
                expected = 0
                if budget is not None:
                    # Reserved before it starts: the round passes the budget by at most how far
                    # the candidates in flight exceed what was expected of them.
                    expected = self._expected_tokens(queue[0])
                    committed = self.spent.total_tokens + self.reserved
                    if committed + expected > budget:
                        self._stop(f"token budget reached: {self.spent.total_tokens:,} of "
                                   f"--max-tokens-total {budget:,} spent, {self.reserved:,} "
                                   f"reserved in flight, ~{expected:,} for the next candidate; "
                                   "no new candidates are started")
                        return
                    self.reserved += expected
                item = queue.popleft()
                try:
                    drafted = await draft(item)
                finally:
                    self.reserved -= expected
                if drafted is not None:  # None: stopped before anything was sent for it
                    self._record(item, *drafted)

        await asyncio.gather(*(work() for _ in range(min(count, len(queue)) or 1)))

    def _stop(self, reason: str, *, fatal: bool = False) -> None:
        if self.stopped is None:
            self.stopped = reason
            self.fatal = fatal
            self.listener.note(reason)
        if fatal and self.governor is not None:
            self.governor.close(reason)

    def _spend(self, usage: Usage) -> None:
        self.spent += usage

    def _expected_tokens(self, item: RoundItem) -> int:
        """What a candidate is expected to cost: the mean of this round's finished candidates,
        or before the first has finished, its prompt's size and a typical draft."""
        if self.tokens_finished[1]:
            return -(-self.tokens_finished[0] // self.tokens_finished[1])
        if self.plan.offline:
            return 0
        messages = build_messages(item.request, self.settings, self.prompts, screen(item.request),
                                  [])
        return estimate_tokens(messages) + TYPICAL_COMPLETION_TOKENS

    # -- one candidate ---------------------------------------------------------------------------

    def _base(self, item: RoundItem) -> Outcome:
        candidate = item.request.candidate
        return Outcome(key=self.plan.key(item), status="failed", name=candidate.name,
                       role=candidate.role, decision=item.request.decision.value,
                       email=candidate.email, row=item.where)

    def _from_draft(self, item: RoundItem, draft: Draft, tally: Tally | None) -> Outcome:
        meta = draft.meta
        return self._base(item).model_copy(update={
            "status": draft.status, "failed_checks": draft.failed_checks,
            "advice": draft.advice, "writer": meta.writer,
            "model": meta.model, "prompt_version": meta.prompt_version,
            "usage": tally.usage if tally else meta.usage,
            "batch_usage": tally.batch_usage if tally else Usage(),
            "attempts": tally.attempts if tally else meta.attempts,
            "requests": tally.requests if tally else 0, "cached": tally.cached if tally else 0,
            "withheld": draft.withheld, "finished_at": _now(),
        })

    def _failed(self, item: RoundItem, reason: str, tally: Tally,
                screened: ScreenedNotes | None = None) -> Outcome:
        """`screened`: the candidate's screened notes, if screening got that far."""
        withheld = screened.withheld if screened is not None else []
        return self._base(item).model_copy(update={
            "reason": " ".join(reason.split()), "writer": "llm", "model": self.settings.llm.model,
            "usage": tally.usage, "batch_usage": tally.batch_usage,
            "attempts": tally.attempts, "requests": tally.requests,
            "cached": tally.cached, "withheld": withheld, "finished_at": _now(),
        })

    async def _draft_with_model(self, item: RoundItem) -> tuple[Outcome, Draft | None] | None:
        tally = Tally()
        if self.shared is None:
            raise RuntimeError("_draft_with_model outside _run")
        screened: ScreenedNotes | None = None
        try:
            client = self._client_for(item, tally, self.shared)
            # Screened here, once: a candidate that fails still lists what was withheld.
            screened = screen(item.request)
            draft = await write_with_model(item.request, self.settings, client, self.prompts,
                                           screened)
        except RoundStopped as exc:
            if tally.requests == 0 and tally.cached == 0:
                return None
            return self._failed(item, str(exc), tally, screened), None
        except EndpointUnusable as exc:
            self._stop(f"stopped: {exc}", fatal=True)
            return self._failed(item, str(exc), tally, screened), None
        except EndpointError as exc:
            self.failing_in_a_row += 1
            if self.failing_in_a_row >= max(FAILURES_IN_A_ROW, self.options.concurrency):
                self._stop(f"stopped: {self.failing_in_a_row} candidates in a row failed at the "
                           f"endpoint; the last: {exc}", fatal=True)
            return self._failed(item, str(exc), tally, screened), None
        except GenerationError as exc:
            return self._failed(item, str(exc), tally, screened), None
        except InputError:
            raise  # a prompt file or a setting: every candidate would fail the same way
        except Exception as exc:
            if self.options.debug:
                raise
            reason = f"internal error: {type(exc).__name__}: {exc}"
            return self._failed(item, reason, tally, screened), None
        self.failing_in_a_row = 0
        return self._from_draft(item, draft, tally), draft

    def _client_for(self, item: RoundItem, tally: Tally, shared: CompletesJson) -> CompletesJson:
        """The client one candidate's draft talks to: the cache, then the round's shared client."""
        client = shared
        if self.cache is not None:
            earlier = self.plan.earlier.get(self.plan.key(item))
            # A candidate that failed before gets a fresh answer, not the one that failed.
            client = CachedClient(client, self.cache, self.settings.llm,
                                  read=earlier is None or earlier.status != "failed")
        return TallyingClient(client, tally, self._spend)

    async def _draft_offline(self, item: RoundItem) -> tuple[Outcome, Draft | None]:
        try:
            draft = write_offline(item.request, self.settings)
        except Exception as exc:
            if self.options.debug:
                raise
            reason = f"internal error: {type(exc).__name__}: {exc}"
            return self._failed(item, reason, Tally()).model_copy(update={"writer": "template",
                                                                          "model": ""}), None
        return self._from_draft(item, draft, None), draft

    def _record(self, item: RoundItem, outcome: Outcome, draft: Draft | None) -> None:
        """Files first, then the journal: a candidate is done only once both are on disk.

        On the event loop, not in a thread: two small writes and a journal line cost less than
        handing them to a thread (no fsync: see outputs.write_files).
        """
        out, stem = self.options.out, self.plan.stems[outcome.key]
        files: dict[str, str] = {}
        if draft is not None:
            try:
                files = draft_files(stem, draft, self.settings.profile)
            except Exception as exc:  # this candidate's draft alone: the round goes on
                if self.options.debug:
                    raise
                outcome = outcome.model_copy(update={
                    "status": "failed", "failed_checks": [], "advice": [],
                    "reason": f"cannot write the draft files: {type(exc).__name__}: "
                              f"{' '.join(str(exc).split())}"})
        try:
            if files:
                write_files(out, files)
            else:
                remove_drafts(out, stem)
            saved = outcome.model_copy(update={"files": list(files)})
            self.journal.append(saved)
        except OSError as exc:  # a full disk or a read-only folder: every candidate would fail
            raise InputError(f"{out}: cannot write the drafts: {exc.strerror or exc}") from None
        self.finished[saved.key] = saved
        spent, count = self.tokens_finished
        self.tokens_finished = (spent + saved.usage.total_tokens, count + 1)
        self.requests += saved.requests
        self.cached += saved.cached
        self.listener.finished(self._entry(item, saved), self.spent)

    # -- the report ------------------------------------------------------------------------------

    def _unfinished_reason(self, key: str, not_started: str) -> str:
        """Why a candidate of this round has no outcome (the Batch API round says more)."""
        return not_started

    def _entry(self, item: RoundItem, outcome: Outcome) -> ManifestEntry:
        # The outcome's fields are validated already: copied over, not dumped and validated again.
        entry = ManifestEntry.model_construct(**(dict(outcome) | {"row": item.where}))
        return priced(entry, self.settings.prices)

    def _report(self, elapsed: float, interrupted: bool) -> RoundReport:
        # Re-read only for candidates this run did not finish (carried over, or interrupted):
        # what this run finished, it wrote itself.
        unfinished = any(self.plan.key(i) not in self.finished for i in self.plan.round.items)
        on_disk = Journal(self.options.out).load() if unfinished else {}
        not_started = "not started: " + (self.stopped or "the round was interrupted")
        entries: list[ManifestEntry] = []
        rows = sorted([(i.position, i) for i in self.plan.round.items]
                      + [(p.position, p) for p in self.plan.round.problems], key=lambda r: r[0])
        for _, row in rows:
            if isinstance(row, RoundItem):
                key = self.plan.key(row)
                outcome = (self.finished.get(key) or on_disk.get(key)
                           or self.plan.reviewed.get(row.position))
                if outcome is None:
                    outcome = self._base(row).model_copy(update={
                        "status": "skipped", "reason": self._unfinished_reason(key, not_started)})
                entries.append(self._entry(row, outcome))
            else:
                entries.append(ManifestEntry(key="", status="skipped", name=row.name, role=row.role,
                                             reason=row.reason, row=row.where,
                                             duplicate_of=row.duplicate_of))
        model = "template" if self.plan.offline else self.settings.llm.model
        report = RoundReport(
            plan=self.plan, entries=entries, model=model, elapsed=elapsed, usage=self.spent,
            cost_usd=mixed_cost(self.spent, self.spent_batch, model, self.settings.prices),
            requests=self.requests,
            cached=self.cached, governor=self.governor.stats if self.governor else None,
            stopped=self.stopped, fatal=self.fatal, interrupted=interrupted,
            batch_usage=self.spent_batch, sync_cost_usd=cost_of(self.spent, model,
                                                               self.settings.prices),
            batch_notes=list(self.batch_notes), waiting=self.waiting and not interrupted,
        )
        others = [priced(ManifestEntry.model_construct(**dict(o)), self.settings.prices)
                  for o in self.plan.others]
        report.manifest = write_manifest(self.options.out, [*entries, *others])
        return report
