"""The Batch API's part of the output folder's journal: what was uploaded, which batches run,
and the answers of conversations that go on (re-asks).

`.followup-batches.jsonl`, beside `.followup-journal.jsonl`, appended and flushed record by
record, like it. Each step is written the moment it happened at the provider, so a run killed at
any point, then run again, finds the file it uploaded (by its name, which is a hash of its
content), the batch it created (by its input file) and the batch it waits for, and never uploads
or pays twice:

    uploaded   an input file is at the provider: its id, name and the custom_ids it holds
    created    a batch runs over that file
    answer     a reply whose conversation goes on (a re-ask follows): replayed by the next run
    line_failed  a request the batch did not answer (a line error, expired, cancelled, failed)
    collected  the batch's results are read; its candidates are in the journal
    restarted  a candidate failed: its replies and failures are forgotten, so that the next
               run, which drafts a failed candidate again, starts it afresh
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO, Annotated, Literal, Self

from pydantic import BaseModel, Field, TypeAdapter, ValidationError

from ..files import open_journal
from ..llm import Completion, ResponseFormat
from ..screening import ScreenedNotes

log = logging.getLogger(__name__)

BATCH_JOURNAL_NAME = ".followup-batches.jsonl"


class Uploaded(BaseModel):
    kind: Literal["uploaded"] = "uploaded"
    file_id: str
    name: str
    requests: list[str] = Field(description="The custom_ids of the file's lines.")
    response_format: ResponseFormat


class Created(BaseModel):
    kind: Literal["created"] = "created"
    batch_id: str
    file_id: str


class Answer(BaseModel):
    kind: Literal["answer"] = "answer"
    custom_id: str
    completion: Completion


class LineFailed(BaseModel):
    kind: Literal["line_failed"] = "line_failed"
    custom_id: str
    batch_id: str = Field(description="The batch that left it unanswered ('' for --import).")
    reason: str
    counted: bool = Field(default=True, description="False: refused for its response_format, "
                          "sent again in another, not a try.")


class Collected(BaseModel):
    kind: Literal["collected"] = "collected"
    batch_id: str
    status: str


class Screened(BaseModel):
    """A candidate's notes as screened when their first request was built: the collecting run
    checks the reply against them instead of screening the notes again."""

    kind: Literal["screened"] = "screened"
    key: str
    notes: ScreenedNotes


class Restarted(BaseModel):
    kind: Literal["restarted"] = "restarted"
    key: str


# A conversation has at most 1 + reask_budget (5 at most) turns.
MAX_TURNS = 8

Record = Annotated[Uploaded | Created | Answer | LineFailed | Collected | Screened | Restarted,
                   Field(discriminator="kind")]
_RECORD: TypeAdapter[Record] = TypeAdapter(Record)  # type: ignore[arg-type, unused-ignore]  # an Annotated union


@dataclass
class BatchState:
    """What the journal says, folded: the latest word on each upload, batch and request."""

    uploads: dict[str, Uploaded] = field(default_factory=dict)  # file id -> upload
    batches: dict[str, str] = field(default_factory=dict)  # batch id -> its input file id
    collected: dict[str, str] = field(default_factory=dict)  # batch id -> its final status
    answers: dict[str, Completion] = field(default_factory=dict)  # custom_id -> reply
    # custom_id -> {batch id: why it left the request unanswered}: one failure per batch, however
    # often a killed collection was read again
    failures: dict[str, dict[str, str]] = field(default_factory=dict)
    refused: dict[str, set[str]] = field(default_factory=dict)  # custom_id -> batch ids
    screened: dict[str, ScreenedNotes] = field(default_factory=dict)  # candidate key -> notes

    def apply(self, record: Record) -> None:
        if isinstance(record, Uploaded):
            self.uploads[record.file_id] = record
        elif isinstance(record, Created):
            self.batches[record.batch_id] = record.file_id
        elif isinstance(record, Answer):
            self.answers[record.custom_id] = record.completion
        elif isinstance(record, LineFailed) and not record.counted:
            self.refused.setdefault(record.custom_id, set()).add(record.batch_id)
        elif isinstance(record, LineFailed):
            self.failures.setdefault(record.custom_id, {})[record.batch_id] = record.reason
        elif isinstance(record, Screened):
            self.screened[record.key] = record.notes
        elif isinstance(record, Restarted):
            for turn in range(MAX_TURNS):
                self.answers.pop(f"{record.key}-{turn}", None)
                self.failures.pop(f"{record.key}-{turn}", None)
                self.refused.pop(f"{record.key}-{turn}", None)
        else:
            self.collected[record.batch_id] = record.status

    def open_batches(self) -> list[str]:
        """Batches created and not collected yet, oldest first."""
        return [b for b in self.batches if b not in self.collected]

    def upload_by_name(self, name: str) -> Uploaded | None:
        """An upload of this file whose batch is not over: one to go on with, not one done."""
        done = {self.batches[b] for b in self.collected if b in self.batches}
        return next((u for u in self.uploads.values() if u.name == name
                     and u.file_id not in done), None)

    def used_files(self) -> set[str]:
        """Files a batch of ours ran (or runs) over."""
        return set(self.batches.values())

    def batch_of_file(self, file_id: str) -> str | None:
        return next((b for b, f in self.batches.items() if f == file_id), None)

    def waiting(self) -> dict[str, str]:
        """custom_id -> the open batch that holds it."""
        held: dict[str, str] = {}
        for batch_id in self.open_batches():
            upload = self.uploads.get(self.batches[batch_id])
            for custom in upload.requests if upload else ():
                held[custom] = batch_id
        return held


class BatchJournal:
    def __init__(self, folder: Path) -> None:
        self.path = folder / BATCH_JOURNAL_NAME
        self.state = BatchState()
        self._file: IO[bytes] | None = None

    def load(self) -> BatchState:
        state = BatchState()
        try:
            lines = self.path.read_bytes().splitlines()
        except FileNotFoundError:
            lines = []
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                state.apply(_RECORD.validate_json(line))
            except ValidationError:
                log.info("%s line %d: unreadable, ignored (an interrupted write)", self.path, number)
        self.state = state
        return state

    def append(self, record: Record) -> None:
        if self._file is None:
            raise RuntimeError("BatchJournal.append before open()")
        self._file.write(record.model_dump_json().encode() + b"\n")
        self._file.flush()  # in the kernel: survives kill -9, as the journal does
        self.state.apply(record)

    def open(self) -> Self:
        self._file = open_journal(self.path)
        return self

    def close(self) -> None:
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()
            self._file = None

    def __enter__(self) -> Self:
        return self.open()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
