"""The provider's Files and Batches API, through the `openai` SDK: each input file uploaded once,
each batch created once, its status, its result files, and once they are read, none of its files
left at the provider.

Every step is in the batch journal the moment the provider answered it. A run killed between the
provider's answer and the journal's line finds what it made by asking: an upload by its file name
(a hash of its content, see batchlines.InputFiles), a batch by its input file. So a round run
again never uploads a file twice nor creates (and pays for) a batch twice.

Failures are EndpointError in one line, the key never in it; 401, 403 and 404 are
EndpointUnusable (the round stops). Every call goes through the project's one retry policy
(llm/retry.py: Retry-After or a jittered backoff, `llm.max_retries` faults, 10 rate limits, "BASE
failed after N attempts: reason"), the SDK's own retries off. batches.create is the one call not
safe to repeat blindly: each of its attempts first asks whether an earlier one made the batch.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Self, TypeVar

from ..errors import EndpointError
from ..files import make_private_file
from .batchjournal import BatchJournal, Created, Uploaded
from .batchlines import ENDPOINT, InputFile
from .clients import EndpointUnusable

if TYPE_CHECKING:
    import openai
    from openai.types import Batch

    from ..config import LLMSettings
    from ..llm import ResponseFormat

# Objects the provider lists on one page, searched for what a killed run uploaded or created.
LISTED = 100
T = TypeVar("T")


class BatchProvider:
    def __init__(self, settings: LLMSettings, journal: BatchJournal,
                 say: Callable[[str], None]) -> None:
        self.settings = settings
        self.journal = journal
        self.say = say
        self.where = (settings.base_url or "api.openai.com").rstrip("/")
        self._secret = settings.api_key.get_secret_value() if settings.api_key else ""
        self._api: openai.AsyncOpenAI | None = None

    async def __aenter__(self) -> Self:
        import openai

        from ..llm import NO_KEY_PLACEHOLDER, OPENAI_BASE_URL
        from ..llm.transport import CONNECT_TIMEOUT

        self._api = openai.AsyncOpenAI(
            api_key=self._secret or NO_KEY_PLACEHOLDER,
            base_url=(self.settings.base_url or OPENAI_BASE_URL).rstrip("/"),
            timeout=openai.Timeout(self.settings.request_cap, connect=CONNECT_TIMEOUT),
            max_retries=0)  # retried by the project's policy, in _call
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        if self._api is not None:
            await self._api.close()
            self._api = None

    @property
    def api(self) -> openai.AsyncOpenAI:
        if self._api is None:
            raise RuntimeError("BatchProvider used outside 'async with'")
        return self._api

    def one_line(self, text: str) -> str:
        """Text fit for one stderr line: no newlines, no key, at most 200 characters."""
        if len(self._secret) >= 6:
            text = text.replace(self._secret, "****")
        flat = " ".join(text.split())
        return flat if len(flat) <= 200 else flat[:199] + "…"

    async def _call(self, doing: str, call: Callable[[], Awaitable[T]]) -> T:
        """`call()` under the project's retry policy."""
        from ..llm.retry import with_retries

        value, _ = await with_retries(lambda: self._attempt(doing, call), self.settings)
        return value

    async def _attempt(self, doing: str, call: Callable[[], Awaitable[T]]) -> T:
        """One try of `call()`, its failure typed: RequestFailed when it is worth trying again."""
        import openai

        from ..llm.errors import RETRYABLE_STATUS, RequestFailed, retry_after

        try:
            return await call()
        except openai.APIStatusError as exc:
            said = self.one_line(str(exc.body if exc.body is not None else exc))
            status = exc.status_code
            reason = f"refused to {doing} (HTTP {status}): {said}"
            if status in RETRYABLE_STATUS or status >= 500:
                raise RequestFailed(self.where, reason, status_code=status, retryable=True,
                                    congestion=status == 429,
                                    retry_after=retry_after(exc.response.headers)) from None
            kind = EndpointUnusable if status in (401, 403, 404) else EndpointError
            raise kind(f"{self.where} {reason}", status_code=status) from None
        except openai.APIConnectionError as exc:  # time-outs too
            raise RequestFailed(self.where, f"could not {doing}: "
                                f"{self.one_line(str(exc.__cause__ or exc))}",
                                retryable=True) from None

    # -- submitting ------------------------------------------------------------------------------

    async def submit(self, file: InputFile, response_format: ResponseFormat) -> str:
        """The batch over this input file: uploaded and created if no run did it before."""
        state = self.journal.state
        upload = state.upload_by_name(file.name) or await self._upload(file, response_format)
        file.path.unlink(missing_ok=True)
        batch_id = state.batch_of_file(upload.file_id) or await self._create(upload)
        self.say(f"batch {batch_id}: {len(upload.requests):,} requests submitted (input file "
                 f"{upload.file_id})")
        return batch_id

    async def _upload(self, file: InputFile, response_format: ResponseFormat) -> Uploaded:
        api = self.api
        listed = await self._call("list its files", functools.partial(
            api.files.list, purpose="batch", limit=LISTED))
        used = self.journal.state.used_files()
        # A run killed after the upload, before the journal: its file has this name and this size
        # (a size short of it is an upload cut off by the kill, never to be used).
        found = next((f for f in listed.data if f.filename == file.name and f.bytes == file.size
                      and f.id not in used), None)
        if found is None:
            self.say(f"uploading {len(file.requests):,} requests ({file.size / 1e6:.1f} MB)")
            with file.path.open("rb") as content:
                found = await self._call("take the input file", functools.partial(
                    api.files.create, file=(file.name, content), purpose="batch"))
        upload = Uploaded(file_id=found.id, name=file.name, requests=file.requests,
                          response_format=response_format)
        self.journal.append(upload)
        return upload

    async def _create(self, upload: Uploaded) -> str:
        async def find_or_create() -> Batch:
            # A create repeated after a lost answer could make two batches: asked, not guessed.
            listed = await self.api.batches.list(limit=LISTED)
            made = next((b for b in listed.data if b.input_file_id == upload.file_id), None)
            return made or await self.api.batches.create(
                input_file_id=upload.file_id, endpoint=ENDPOINT, completion_window="24h",
                metadata={"created_by": "followup"})

        batch = await self._call("create the batch", find_or_create)
        self.journal.append(Created(batch_id=batch.id, file_id=upload.file_id))
        return batch.id

    # -- waiting and collecting ------------------------------------------------------------------

    async def retrieve(self, batch_id: str) -> Batch:
        return await self._call("say how the batch is going",
                                functools.partial(self.api.batches.retrieve, batch_id))

    async def download(self, file_id: str, folder: Path) -> Path:
        """A result file, into `folder`, private from its first byte: the replies are about
        candidates. The caller removes it once read."""
        path = folder / f".followup-batch-{file_id}.jsonl.tmp"
        make_private_file(path)

        async def fetch() -> None:
            async with self.api.files.with_streaming_response.content(file_id) as response:
                await response.stream_to_file(path)

        await self._call("send the batch's results", fetch)
        return path

    async def forget(self, batch: Batch) -> None:
        """A collected batch's files, deleted at the provider: they are about candidates, and a
        provider keeps them for weeks otherwise. A failure is said, never fatal."""
        for file_id in (batch.input_file_id, batch.output_file_id, batch.error_file_id):
            if not file_id:
                continue
            try:
                await self._call(f"delete {file_id}", functools.partial(self.api.files.delete,
                                                                        file_id))
            except EndpointError as exc:
                self.say(f"{exc}; it stays at the provider until it expires")
