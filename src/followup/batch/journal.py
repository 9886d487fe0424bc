"""The journal: one line per finished candidate, appended and flushed the moment it is done.

It lives in the output folder. A rerun reads it back and skips every candidate whose key (inputs +
recipe, see keys.py) already has a draft there; `kill -9` at any point loses at most the candidates
still in flight. A torn last line (killed mid-write) is ignored and the next append starts a fresh
line. The latest record for a key wins, so a failed candidate that succeeds later is simply done.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from types import TracebackType
from typing import IO, Literal, Self

from pydantic import BaseModel, Field, ValidationError

from ..files import open_journal, open_private, private_folder
from ..models import CheckResult, Usage, WithheldFragment, identity

log = logging.getLogger(__name__)

JOURNAL_NAME = ".followup-journal.jsonl"
LOCK_NAME = ".followup-lock"

Status = Literal["ok", "needs_review", "failed", "skipped"]


class Outcome(BaseModel):
    """What became of one candidate: the journal's record and the manifest's row."""

    key: str = Field(description="Hash of the inputs and the recipe; see keys.py.")
    status: Status
    row: str = Field(default="", description="Where the row is in the input, e.g. 'round.csv row 3'.")
    name: str
    role: str = ""
    decision: str = ""
    email: str | None = None
    reason: str = Field(default="", description="Why it failed or was skipped, in one line.")
    failed_checks: list[CheckResult] = Field(default_factory=list, description="Blocking failures.")
    advice: list[CheckResult] = Field(default_factory=list, description="Advisory failures: notes.")
    writer: str = ""
    model: str = ""
    prompt_version: str = ""
    usage: Usage = Field(default_factory=Usage, description="Tokens spent, every attempt counted.")
    batch_usage: Usage = Field(default_factory=Usage, description="The part of usage that went "
                               "through a Batch API, at its price.")
    attempts: int = Field(default=0, description="Drafts asked of the model (re-asks included).")
    requests: int = Field(default=0, description="HTTP requests made, retries included.")
    cached: int = Field(default=0, description="Answers that came from the response cache.")
    files: list[str] = Field(default_factory=list, description="Output files, in the out folder.")
    withheld: list[WithheldFragment] = Field(default_factory=list)
    finished_at: str = ""

    @property
    def has_draft(self) -> bool:
        return self.status in ("ok", "needs_review")

    @property
    def identity(self) -> tuple[str, str]:
        return identity(self.name, self.email, self.role)


class Journal:
    """Append-only record of finished candidates."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / JOURNAL_NAME
        self._file: IO[bytes] | None = None

    def load(self) -> dict[str, Outcome]:
        """The latest outcome per key whose files are still its own.

        Unreadable lines (a torn last line) are skipped. When a later record wrote the same file
        names for another key (the notes or the model changed, then changed back), the earlier
        record no longer describes what is on disk and is dropped.
        """
        latest: dict[str, Outcome] = {}
        owner: dict[str, str] = {}
        try:
            lines = self.path.read_bytes().splitlines()
        except FileNotFoundError:
            return latest
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                outcome = Outcome.model_validate_json(line)
            except ValidationError:
                log.info("%s line %d: unreadable, ignored (an interrupted write)", self.path, number)
                continue
            latest[outcome.key] = outcome
            owner.update(dict.fromkeys(outcome.files, outcome.key))
        return {key: o for key, o in latest.items() if all(owner[f] == key for f in o.files)}

    def open(self) -> Self:
        self._file = open_journal(self.path)
        return self

    def append(self, outcome: Outcome) -> None:
        if self._file is None:
            raise RuntimeError("Journal.append before open()")
        line = outcome.model_dump_json().encode() + b"\n"
        self._file.write(line)
        # In the kernel now: survives kill -9. No fsync, as for the draft files: a power cut can
        # lose the last lines, and a candidate whose line is lost is drafted again.
        self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def __enter__(self) -> Self:
        return self.open()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


class FolderLock:
    """One round at a time per output folder: two would interleave their files and journals."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._file: IO[bytes] | None = None

    def acquire(self) -> bool:
        private_folder(self.path.parent)
        self._file = open_private(self.path)
        try:
            import fcntl
        except ImportError:  # Windows: no advisory locks; one round at a time is on the user
            return True
        try:
            fcntl.flock(self._file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self.release()
            return False
        return True

    def release(self) -> None:
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()
            self._file = None
