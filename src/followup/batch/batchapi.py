"""`followup batch --batch-api`: the round's requests sent through the provider's Batch API.

The same plan, screening, prompts, checks, files, manifest and journal as `followup batch`; only
the transport differs. Each candidate's draft is `writer.write_with_model`, unchanged, run against
a `Replay` client that answers from the batch results so far. Where the conversation needs a
reply nobody has yet (the first draft, or a re-ask after a failed blocking check), it stops with
that request, which goes into the next batch. So a round goes:

    build    each candidate replayed up to the request it needs; the body is what the synchronous
             path would send (ChatClient.request_body), one JSONL line, custom_id "<key>-<turn>"
    upload   files.create(purpose="batch"), a file per 50,000 requests or 200 MB
    create   batches.create(endpoint="/v1/chat/completions", completion_window="24h")
    wait     batches.retrieve with back-off; request_counts as progress
    collect  the output and error files; each reply read as a synchronous one (ChatClient.
             read_reply) and its candidate replayed with it: a draft is checked and written, a
             re-ask goes into a second, smaller batch (or, with --finish-sync, is sent at once)

The provider's side (upload once, create once, status, results) is provider.py. Every step is in
the batch journal (batchjournal.py) the moment it happened at the provider, so Ctrl-C or a kill
at any stage, then the same command, picks up where it was: nothing uploaded, created or paid
for twice. A request the Batch API leaves unanswered (a line error, an expired,
cancelled or failed batch) is sent once more, then its candidate fails with the reason.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..config import Settings
from ..errors import EndpointError, GenerationError, InputError
from ..files import move_private, same_file
from ..models import Draft
from ..prompts_loader import PromptSet
from ..writer import draft_schema, screen, write_with_model
from .batchjournal import Answer, BatchJournal, Collected, LineFailed, Restarted, Screened
from .batchlines import (
    MAX_BYTES,
    MAX_REQUESTS,
    BadLine,
    InputFile,
    InputFiles,
    ResultLine,
    custom_id,
    parse_custom_id,
    read_results,
    request_line,
)
from .clients import Tally
from .inputs import RoundItem
from .journal import Outcome
from .provider import BatchProvider
from .runner import Listener, Plan, Round, RoundOptions

if TYPE_CHECKING:
    from openai.types import Batch

    from ..llm import Capabilities, ChatClient, CompletesJson, Completion, ResponseFormat
    from ..screening import ScreenedNotes

# A request the Batch API did not answer is sent this many times in all, then its candidate fails.
MAX_LINE_TRIES = 2
POLL_MAX = 300.0  # the longest wait between two status checks
RUNNING = frozenset({"validating", "in_progress", "finalizing", "cancelling"})


@dataclass(frozen=True)
class BatchApiOptions:
    wait: bool = True
    finish_sync: bool = False  # re-asks and unanswered requests one at a time, not in a batch
    export: Path | None = None  # write the input file there, send nothing
    results: Path | None = None  # --import: a results file produced elsewhere
    poll: float = 10.0  # seconds before the first status check; doubled up to POLL_MAX
    max_requests: int = MAX_REQUESTS
    max_bytes: int = MAX_BYTES


class NeedsAnswer(Exception):
    """The conversation needs a reply nobody has yet: this request, at this turn."""

    def __init__(self, turn: int, body: dict[str, Any]) -> None:
        super().__init__(f"turn {turn} needs a reply")
        self.turn = turn
        self.body = body


class Replay:
    """Answers write_with_model with the replies so far, in order; then asks `fallback` (the
    synchronous path) or stops with the request the next reply is for."""

    def __init__(self, answers: list[Completion], tally: Tally,
                 body: Callable[..., dict[str, Any]], fallback: CompletesJson | None = None) -> None:
        self.answers = answers
        self.tally = tally
        self.body = body
        self.fallback = fallback
        self.turn = 0

    async def complete_json(self, messages: list[dict[str, str]], *, schema: dict[str, Any],
                            schema_name: str, max_tokens: int | None = None,
                            temperature: float | None = None) -> Completion:
        turn, self.turn = self.turn, self.turn + 1
        if turn < len(self.answers):
            answer = self.answers[turn]
            self.tally.attempts += 1
            self.tally.requests += answer.requests
            self.tally.usage += answer.usage
            self.tally.batch_usage += answer.usage
            return answer
        if self.fallback is not None:
            return await self.fallback.complete_json(messages, schema=schema,
                                                     schema_name=schema_name,
                                                     max_tokens=max_tokens, temperature=temperature)
        raise NeedsAnswer(turn, self.body(messages, schema=schema, schema_name=schema_name,
                                          max_tokens=max_tokens, temperature=temperature))


def refuse_overwriting(options: BatchApiOptions, source: Path) -> None:
    """--export never replaces the round's input or the results it is to collect."""
    export = options.export
    if export is None:
        return
    for other in (source, options.results):
        if other is not None and (export == other or same_file(export, other)):
            raise InputError(f"{export}: is an input of this round; give --export another file")


class BatchApiRound(Round):
    def __init__(self, plan: Plan, settings: Settings, options: RoundOptions, listener: Listener,
                 prompts: PromptSet, api_options: BatchApiOptions) -> None:
        super().__init__(plan, settings, options, listener, prompts)
        self.api_options = api_options
        self.batches = BatchJournal(options.out)
        self.todo = {plan.key(item): item for item in plan.todo}
        self.ready: dict[str, NeedsAnswer] = {}  # the next request of a candidate just replayed
        self.unfinished: dict[str, str] = {}  # key -> why it has no outcome yet
        self.progress: dict[str, str] = {}  # open batch id -> its last status, in words
        self._held: dict[str, str] | None = None  # for the report: custom_id -> open batch
        self._codec: ChatClient | None = None
        self.provider = BatchProvider(settings.llm, self.batches, listener.note)
        self._provider: BatchProvider | None = None  # once connected
        self._caps: Capabilities | None = None
        self.schema = draft_schema()

    # -- the round -------------------------------------------------------------------------------

    async def _run(self) -> None:
        if not self.todo:
            return
        from ..llm import CapabilityStore, ChatClient

        self.batches.load()
        with self.batches:
            # Builds the bodies and reads the replies; it sends nothing. What the endpoint accepts
            # is what the synchronous path negotiated and remembered.
            store = CapabilityStore.in_folder(self.settings.cache_folder)
            async with ChatClient(self.settings.llm, capabilities=store) as codec:
                self._codec = codec
                self._caps = codec.capabilities.get(codec.base_url, codec.model)
                try:
                    if self.api_options.results is not None:
                        await self._import(self.api_options.results)
                        await self._rounds(submit=False)
                    else:
                        async with self.provider:
                            self._provider = self.provider
                            await self._rounds(submit=True)
                except EndpointError as exc:
                    self._stop(f"stopped: {exc}", fatal=True)

    async def _rounds(self, *, submit: bool) -> None:
        """Build, send, wait, collect; again for the re-asks, until nothing is left to send."""
        while self.stopped is None:
            sync, files = await self._advance()
            if sync:
                self.batch_notes.append(f"Sent synchronously (--finish-sync): {len(sync):,} "
                                        "re-asks and unanswered requests")
                await self._draft_synchronously(deque(sync))
            if files:
                if self.api_options.export is not None:
                    self._export(files, self.api_options.export)
                    return
                if not submit:
                    self._leave(files, "needs another reply (a re-ask, or no answer in the "
                                "results): --export writes its request, --finish-sync sends it")
                    return
                await self._submit(files)
            waiting = self.batches.state.open_batches()
            if not submit or not waiting:
                return
            if not await self._check(waiting) and not self.api_options.wait:
                return

    def _answers(self, key: str) -> list[Completion]:
        answers = self.batches.state.answers
        found: list[Completion] = []
        while (answer := answers.get(custom_id(key, len(found)))) is not None:
            found.append(answer)
        return found

    def _tally(self, key: str) -> Tally:
        """A candidate's requests that the Batch API left unanswered: sent, so counted."""
        state = self.batches.state
        tally = Tally()
        for turn in range(len(self._answers(key)) + 1):
            custom = custom_id(key, turn)
            tally.requests += len(state.failures.get(custom, {})) + len(state.refused.get(custom, ()))
        return tally

    def _screened(self, key: str, item: RoundItem) -> ScreenedNotes:
        """The notes as screened when the candidate's first request was built, else now."""
        return self.batches.state.screened.get(key) or screen(item.request)

    def _body(self, messages: list[dict[str, str]], **request: Any) -> dict[str, Any]:
        assert self._codec is not None
        return self._codec.request_body(messages, capabilities=self._caps, **request)

    async def _replay(self, item: RoundItem, answers: list[Completion]) -> NeedsAnswer | None:
        """The candidate's draft from the replies so far: recorded when it is done (or failed);
        else the request it needs next."""
        key = self.plan.key(item)
        tally = self._tally(key)
        screened: ScreenedNotes | None = None
        try:
            # Screened before the model is asked: a candidate that fails still lists what was
            # withheld.
            screened = self._screened(key, item)
            draft = await write_with_model(item.request, self.settings,
                                           Replay(answers, tally, self._body), self.prompts, screened)
        except NeedsAnswer as need:
            if key not in self.batches.state.screened:
                self.batches.append(Screened(key=key, notes=screened))
            return need
        except GenerationError as exc:
            self._record(item, self._failed(item, str(exc), tally, screened), None)
            return None
        except InputError:
            raise  # a prompt file or a setting: every candidate would fail the same way
        except Exception as exc:
            if self.options.debug:
                raise
            reason = f"internal error: {type(exc).__name__}: {exc}"
            self._record(item, self._failed(item, reason, tally, screened), None)
            return None
        self._record(item, self._from_draft(item, draft, tally), draft)
        return None

    # -- building the requests -------------------------------------------------------------------

    async def _advance(self) -> tuple[list[RoundItem], list[InputFile]]:
        """Every candidate not done and not in an open batch, replayed: recorded if its draft is
        done, else its next request goes into an input file (or, with --finish-sync, a re-ask or
        a retry goes to the synchronous list)."""
        state = self.batches.state
        held = state.waiting()
        sync: list[RoundItem] = []
        if self.api_options.export is not None:  # one file, whatever its size: vLLM has no limit
            files = InputFiles(self.options.out, max_requests=2**62, max_bytes=2**62)
        else:
            files = InputFiles(self.options.out, max_requests=self.api_options.max_requests,
                               max_bytes=self.api_options.max_bytes)
        for key, item in self.todo.items():
            if key in self.finished:
                continue
            answers = self._answers(key)
            custom = custom_id(key, len(answers))
            if custom in held:
                continue
            failures = state.failures.get(custom, {})
            if self.api_options.finish_sync and (answers or failures):
                sync.append(item)
                continue
            if len(failures) >= MAX_LINE_TRIES:
                reason = (f"the Batch API left its request unanswered {len(failures)} times; "
                          f"the last: {list(failures.values())[-1]}")
                self._record(item, self._failed(item, reason, self._tally(key),
                                                self._screened(key, item)), None)
                continue
            need = self.ready.pop(key, None) or await self._replay(item, answers)
            if need is not None:
                files.add(custom, request_line(custom, need.body), salt=str(len(failures)))
        return sync, files.close()

    def _export(self, files: list[InputFile], target: Path) -> None:
        [file] = files  # written without limits: one file
        count = len(file.requests)
        move_private(file.path, target)
        self.waiting = True
        for custom in file.requests:
            key, _ = parse_custom_id(custom) or (custom, 0)
            self.unfinished[key] = (f"exported to {target}, not sent: collect its result with "
                                    f"--import")
        over = (f" (over the {MAX_REQUESTS:,} requests a provider takes in one file: for a "
                "provider's console, send it with --batch-api instead)" if count > MAX_REQUESTS
                else "")
        self.batch_notes.append(f"Exported {count:,} requests to {target}{over}; nothing was sent. "
                                f"Run them elsewhere (vllm run-batch -i {target} -o results.jsonl "
                                f"--model {self.settings.llm.model}), then the same command with "
                                "--import results.jsonl")

    def _leave(self, files: list[InputFile], reason: str) -> None:
        self.waiting = True
        for file in files:
            file.path.unlink(missing_ok=True)
            for custom in file.requests:
                key, _ = parse_custom_id(custom) or (custom, 0)
                self.unfinished[key] = reason

    async def _submit(self, files: list[InputFile]) -> None:
        assert self._provider is not None and self._caps is not None
        for file in files:
            what = self._what_is_in(file)
            batch_id = await self._provider.submit(file, self._caps.response_format)
            self.batch_notes.append(f"Submitted {batch_id}: {what}")

    def _what_is_in(self, file: InputFile) -> str:
        """'12 requests (10 first drafts, 1 re-ask after a failed check, 1 sent again)'."""
        state = self.batches.state
        kinds = {"first draft": 0, "re-ask": 0, "sent again": 0}
        for custom in file.requests:
            turn = (parse_custom_id(custom) or ("", 0))[1]
            kind = ("sent again" if custom in state.failures or custom in state.refused else
                    "re-ask" if turn else "first draft")
            kinds[kind] += 1
        words = {"first draft": ("first draft", "first drafts"),
                 "re-ask": ("re-ask after a failed check", "re-asks after a failed check"),
                 "sent again": ("sent again", "sent again")}
        said = ", ".join(f"{count:,} {words[kind][count != 1]}" for kind, count in kinds.items()
                         if count)
        return f"{len(file.requests):,} requests ({said})"

    # -- waiting ---------------------------------------------------------------------------------

    async def _check(self, batch_ids: list[str]) -> bool:
        """Status checks until every batch is done (or once, with --no-wait): each batch done is
        collected. Whether any was. Ctrl-C leaves the batches running, and says so."""
        try:
            return await self._poll(batch_ids)
        except asyncio.CancelledError:
            self.waiting = True
            running = self.batches.state.open_batches()
            names = ", ".join(f"{b} ({self.progress.get(b, 'submitted')})" for b in running)
            if running:
                self.listener.note(f"interrupted: the batch keeps running at the provider: "
                                   f"{names}; run the same command again to collect it (nothing "
                                   "is sent or paid for twice)")
            raise

    async def _poll(self, batch_ids: list[str]) -> bool:
        assert self._provider is not None
        provider = self._provider
        delay = self.api_options.poll
        collected = False
        pending = list(batch_ids)
        while pending:
            running: list[Batch] = []
            for batch_id in pending:
                batch = await provider.retrieve(batch_id)
                if batch.status in RUNNING:
                    running.append(batch)
                else:
                    await self._collect(batch)
                    collected = True
            if not running:
                break
            for batch in running:
                self.progress[batch.id] = _how_far(batch)
            if not self.api_options.wait:
                self.waiting = True
                for batch in running:
                    self.listener.note(f"batch {batch.id}: {self.progress[batch.id]}; run the "
                                       "same command again to collect it")
                return collected
            for batch in running:
                self.listener.note(f"batch {batch.id}: {self.progress[batch.id]}; next check in "
                                   f"{delay:.3g} s")
            await asyncio.sleep(delay)
            delay = min(POLL_MAX, delay * 2)
            pending = [b.id for b in running]
        return collected

    # -- collecting ------------------------------------------------------------------------------

    async def _collect(self, batch: Batch) -> None:
        state = self.batches.state
        upload = state.uploads.get(state.batches.get(batch.id, ""))
        asked = upload.requests if upload else []
        response_format = upload.response_format if upload else "json_schema"
        answered: set[str] = set()
        counts = {"replied": 0, "unanswered": 0}
        assert self._provider is not None
        for file_id in (batch.output_file_id, batch.error_file_id):
            if not file_id:
                continue
            path = await self._provider.download(file_id, self.options.out)
            try:
                with path.open("rb") as lines:
                    await self._take_all(lines, batch.id, f"batch {batch.id}", response_format,
                                         answered, counts)
            finally:
                path.unlink(missing_ok=True)
        missing = [c for c in asked if c not in answered]
        if missing:
            why = _unanswered(batch)
            for custom in missing:
                self._line_failed(custom, batch.id, why)
            counts["unanswered"] += len(missing)
        self.batches.append(Collected(batch_id=batch.id, status=batch.status))
        await self._provider.forget(batch)
        self.progress.pop(batch.id, None)
        self.batch_notes.append(f"Batch {batch.id}: {batch.status}, {len(asked):,} requests, "
                                f"{counts['unanswered']:,} left unanswered")
        self.listener.note(f"batch {batch.id}: {batch.status}; collected")

    async def _import(self, results: Path) -> None:
        try:
            lines = results.open("rb")
        except OSError as exc:
            raise InputError(f"{results}: cannot be read: {exc.strerror or exc}") from None
        counts = {"replied": 0, "unanswered": 0}
        with lines:
            await self._take_all(lines, f"--import {results}", str(results),
                                 self._caps.response_format
                                 if self._caps else "json_schema", set(), counts)
        self.batch_notes.append(f"Imported {results}: {counts['replied']:,} replies read, "
                                f"{counts['unanswered']:,} without an answer")

    async def _take_all(self, lines: Iterable[bytes], batch_id: str, source: str,
                        response_format: ResponseFormat, answered: set[str],
                        counts: dict[str, int]) -> None:
        ignored = 0
        for result in read_results(lines):
            if isinstance(result, BadLine):
                self.listener.note(f"{source} line {result.number}: {result.reason}; ignored")
                continue
            answered.add(result.custom_id)
            taken = await self._take(result, batch_id, response_format)
            if taken is None:
                ignored += 1
            else:
                counts["replied" if taken else "unanswered"] += 1
        if ignored:
            self.listener.note(f"{source}: {ignored:,} results for no candidate waiting for them "
                               "(drafted already, or of another round); ignored")

    async def _take(self, result: ResultLine, batch_id: str,
                    response_format: ResponseFormat) -> bool | None:
        """One result line: the candidate replayed with it. True: a reply; False: none (the
        request is sent again); None: no candidate of this round waits for it."""
        parsed = parse_custom_id(result.custom_id)
        if parsed is None or parsed[0] not in self.todo or parsed[0] in self.finished:
            return None
        key, turn = parsed
        answers = self._answers(key)
        if turn != len(answers):
            return None
        if not result.ok:
            # Refused for its response_format: not a try, sent again in the format it takes.
            counted = not self._format_refused(result, response_format)
            self._line_failed(result.custom_id, batch_id, result.reason, counted=counted)
            return False
        assert self._codec is not None and result.response is not None
        try:
            completion = self._codec.read_reply(result.response.body, schema=self.schema,
                                                response_format=response_format)
        except EndpointError as exc:
            self._line_failed(result.custom_id, batch_id, str(exc))
            return False
        self.spent += completion.usage
        self.spent_batch += completion.usage
        need = await self._replay(self.todo[key], [*answers, completion])
        if need is not None:
            # The conversation goes on (a re-ask): the reply is kept for the next run too.
            self.batches.append(Answer(custom_id=result.custom_id, completion=completion))
            self.ready[key] = need
        return True

    def _format_refused(self, result: ResultLine, level: ResponseFormat) -> bool:
        """A line refused for its response_format: as the synchronous path does, the next
        format down is used (and remembered) for the requests sent from now on."""
        from ..llm import FORMAT_LEVELS

        status = result.response.status_code if result.response is not None else None
        said = result.reason.lower()
        if status not in (400, 422) or level == "text" or not any(
                word in said for word in ("response_format", "json_schema", "json_object")):
            return False
        assert self._codec is not None and self._caps is not None
        if self._caps.response_format == level:
            lower = FORMAT_LEVELS[FORMAT_LEVELS.index(level) + 1]
            self._caps = self._caps.model_copy(update={"response_format": lower})
            self._codec.capabilities.remember(self._codec.base_url, self._codec.model, self._caps)
            self.listener.note(f"the Batch API refused response_format {level} "
                               f"({self.provider.one_line(result.reason)}); sending {lower} instead")
        return True

    def _line_failed(self, custom: str, batch_id: str, reason: str, *,
                     counted: bool = True) -> None:
        state = self.batches.state
        if batch_id in state.failures.get(custom, {}) or batch_id in state.refused.get(custom, ()):
            return  # read again after a killed collection: one failure, not two
        self.batches.append(LineFailed(custom_id=custom, batch_id=batch_id,
                                       reason=self.provider.one_line(reason), counted=counted))

    def _record(self, item: RoundItem, outcome: Outcome, draft: Draft | None) -> None:
        super()._record(item, outcome, draft)
        if outcome.status == "failed":
            # Run again, a failed candidate is drafted afresh: not from the replies that failed.
            self.batches.append(Restarted(key=outcome.key))

    # -- synchronously, with --finish-sync -------------------------------------------------------

    def _client_for(self, item: RoundItem, tally: Tally, shared: CompletesJson) -> CompletesJson:
        key = self.plan.key(item)
        tally.requests += self._tally(key).requests
        return Replay(self._answers(key), tally, self._body,
                      fallback=super()._client_for(item, tally, shared))

    # -- the report ------------------------------------------------------------------------------

    def _unfinished_reason(self, key: str, not_started: str) -> str:
        if key in self.unfinished:
            return self.unfinished[key]
        if self._held is None:
            self._held = self.batches.state.waiting()
        batch_id = self._held.get(custom_id(key, len(self._answers(key))))
        if batch_id is not None:
            how = self.progress.get(batch_id, "submitted")
            return (f"in batch {batch_id} at the provider ({how}): run the same command again "
                    "to collect it")
        return not_started


def _how_far(batch: Batch) -> str:
    counts = batch.request_counts
    if counts is None or not counts.total:
        return batch.status
    failed = f", {counts.failed:,} failed" if counts.failed else ""
    return f"{batch.status}, {counts.completed:,} of {counts.total:,} answered{failed}"


def _unanswered(batch: Batch) -> str:
    if batch.status == "expired":
        return f"batch {batch.id} expired (24 h) before answering it"
    if batch.status == "cancelled":
        return f"batch {batch.id} was cancelled before answering it"
    if batch.status == "failed":
        errors = batch.errors.data if batch.errors and batch.errors.data else []
        said = "; ".join(f"{e.code}: {e.message}" if e.code else str(e.message) for e in errors[:3])
        return f"batch {batch.id} failed" + (f": {said}" if said else "")
    return f"batch {batch.id} ({batch.status}) has no result for it"
