"""A local SQLite cache of model answers, keyed by the full request.

The key is a hash of everything that shapes an answer: endpoint, model, messages, schema,
max_tokens and temperature. Only usable answers are kept (a JSON object, not cut off, not a
refusal): replaying a bad answer would only make the writer fail the same way again.

The cache holds drafts about real people. It lives in the cache folder (`Settings.cache_folder`:
`$FOLLOWUP_CACHE_DIR`, `cache_dir` or the platform's), never in the output folder, and `--no-cache`
skips it.
"""

from __future__ import annotations

import contextlib
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from ..files import make_private_file, private_folder
from ..llm import Completion
from ..models import Usage
from .keys import digest

if TYPE_CHECKING:
    import sqlite3

log = logging.getLogger(__name__)

CACHE_NAME = "responses.sqlite"


def request_key(*, base_url: str, model: str, messages: list[dict[str, str]], schema: dict[str, Any],
                schema_name: str, max_tokens: int, temperature: float) -> str:
    return digest({"base_url": base_url.rstrip("/"), "model": model, "messages": messages,
                   "schema": schema, "schema_name": schema_name, "max_tokens": max_tokens,
                   "temperature": temperature})


def worth_keeping(completion: Completion) -> bool:
    return (completion.data is not None and completion.refusal is None
            and completion.finish_reason != "length")


class ResponseCache:
    """key -> Completion, shared by every process; an unusable cache file disables the cache.

    New answers are written in batches, one transaction for up to FLUSH_EVERY of them or
    FLUSH_SECONDS, and at close: a transaction per answer cost SQLite's locks and WAL writes
    every time, about 0.4 ms of CPU per candidate in a round (measured). Answers not yet written
    are served from memory; a killed run loses them, which costs a cache nothing but a miss.
    """

    FLUSH_EVERY = 64
    FLUSH_SECONDS = 5.0

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db: sqlite3.Connection | None = None
        self.problem: str | None = None  # why the cache is off, once it is
        self._pending: dict[str, str] = {}  # key -> completion JSON, not written yet
        self._flushed_at = time.monotonic()

    @classmethod
    def in_folder(cls, folder: Path) -> ResponseCache:
        """The cache in the cache folder (`Settings.cache_folder`)."""
        return cls(folder / CACHE_NAME)

    def _connect(self) -> sqlite3.Connection | None:
        if self._db is not None or self.problem is not None:
            return self._db
        import sqlite3

        try:
            private_folder(self.path.parent)
            make_private_file(self.path)  # SQLite gives its -wal and -shm files the same mode
            db = sqlite3.connect(self.path, timeout=5.0, isolation_level=None)
            # WAL with synchronous=NORMAL: a write is a few microseconds, not an fsync; a power
            # cut can lose the last answers, which is harmless for a cache.
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("CREATE TABLE IF NOT EXISTS responses (key TEXT PRIMARY KEY, "
                       "completion TEXT NOT NULL, stored_at REAL NOT NULL)")
        except (OSError, sqlite3.Error) as exc:
            self.problem = f"{self.path}: {exc}"
            log.info("response cache off: %s", self.problem)
            return None
        self._db = db
        return db

    def get(self, key: str) -> Completion | None:
        """The stored answer, reporting no tokens and no requests: this time it cost nothing."""
        import sqlite3

        stored = self._pending.get(key)
        if stored is None:
            db = self._connect()
            if db is None:
                return None
            try:
                row = db.execute("SELECT completion FROM responses WHERE key = ?", (key,)).fetchone()
            except sqlite3.Error as exc:
                log.info("response cache read failed: %s", exc)
                return None
            if row is None:
                return None
            stored = row[0]
        try:
            completion = Completion.model_validate_json(stored)
        except ValidationError:
            return None
        return completion.model_copy(update={"usage": Usage(), "requests": 0})

    def put(self, key: str, completion: Completion) -> None:
        if self.problem is not None or not worth_keeping(completion):
            return
        self._pending[key] = completion.model_dump_json()
        if (len(self._pending) >= self.FLUSH_EVERY
                or time.monotonic() - self._flushed_at >= self.FLUSH_SECONDS):
            self.flush()

    def flush(self) -> None:
        """Write the answers kept in memory, in one transaction."""
        import sqlite3

        self._flushed_at = time.monotonic()
        if not self._pending:
            return
        rows = [(key, text, time.time()) for key, text in self._pending.items()]
        self._pending.clear()
        db = self._connect()
        if db is None:
            return
        try:
            db.execute("BEGIN")
            db.executemany("INSERT OR REPLACE INTO responses VALUES (?, ?, ?)", rows)
            db.execute("COMMIT")
        except sqlite3.Error as exc:  # busy or full: only a cache
            log.info("response cache write failed: %s", exc)
            with contextlib.suppress(sqlite3.Error):
                if db.in_transaction:
                    db.execute("ROLLBACK")

    def close(self) -> None:
        self.flush()
        if self._db is not None:
            self._db.close()
            self._db = None
