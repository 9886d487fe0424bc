"""The optional LLM judge: a rubric (prompts/judge.md), temperature 0, a score and a reason per
dimension as structured output, cached on disk so that re-running an eval costs nothing.

A judge that fails to answer usable JSON gives a scored failure (score 0) with the reason, never a
crash; failures are not cached, so the next run asks again.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

from ..files import write_atomic
from ..llm import OPENAI_BASE_URL, accept, ask_validated
from ..models import Profile
from ..prompts_loader import PromptSet
from .cases import DIMENSIONS, EvalCase
from .results import JudgeScore

if TYPE_CHECKING:
    from ..config import LLMSettings
    from ..llm import CompletesJson

SCHEMA_NAME = "followup_judge"


@functools.cache
def judge_schema() -> dict[str, Any]:
    """The JSON schema of the judge's verdict: built once, shared read-only by every call."""
    return JudgeVerdict.model_json_schema()


class DimensionVerdict(BaseModel):
    model_config = ConfigDict(extra="forbid")

    score: int = Field(ge=1, le=5)
    reason: str = Field(min_length=1)


class JudgeVerdict(BaseModel):
    model_config = ConfigDict(extra="forbid")

    length: DimensionVerdict
    personalisation: DimensionVerdict
    tone: DimensionVerdict
    safety: DimensionVerdict
    decision: DimensionVerdict

    def scores(self) -> list[JudgeScore]:
        return [JudgeScore(dimension=d, score=getattr(self, d).score, reason=getattr(self, d).reason)
                for d in DIMENSIONS]


class Judge:
    """Scores emails with one model; remembers every verdict by the exact request that made it."""

    def __init__(self, client: CompletesJson, llm: LLMSettings, cache_dir: Path,
                 prompts: PromptSet | None = None) -> None:
        """`llm`: the settings `client` was made with (its endpoint and model key the cache);
        `cache_dir`: where verdicts are kept (the cache folder's `judge/`)."""
        self.client = client
        self.llm = llm
        self.cache_dir = cache_dir
        self.prompts = prompts or PromptSet()
        self.asked = 0  # verdicts requested from the model: 0 on a fully cached re-run
        self.cached = 0

    def messages(self, case: EvalCase, profile: Profile, notes: str, subject: str,
                 body: str) -> list[dict[str, str]]:
        variables: dict[str, Any] = {
            "candidate": {**case.candidate.model_dump(), "first_name": case.candidate.first_name},
            "decision": case.decision.value,
            "profile": profile.model_dump(mode="json"),
            "notes": notes,
            "subject": subject,
            "body": body,
            "boundary": hashlib.sha256((notes + body).encode()).hexdigest()[:12],
        }
        return [{"role": "user", "content": self.prompts.render("judge.md", **variables)}]

    def _key(self, messages: list[dict[str, str]]) -> str:
        request = {"base_url": (self.llm.base_url or OPENAI_BASE_URL).rstrip("/"),
                   "model": self.llm.model,
                   "messages": messages, "temperature": 0}
        return hashlib.sha256(json.dumps(request, sort_keys=True).encode()).hexdigest()

    async def score(self, case: EvalCase, profile: Profile, notes: str, subject: str,
                    body: str) -> list[JudgeScore]:
        messages = self.messages(case, profile, notes, subject, body)
        path = self.cache_dir / f"{self._key(messages)}.json"
        cached = self._read(path)
        if cached is not None:
            self.cached += 1
            return cached.scores()
        self.asked += 1
        # One reply, not re-asked: a judge that fails is a scored failure, asked again next run.
        answer = await ask_validated(self.client, messages, JudgeVerdict, accept,
                                     schema=judge_schema(), schema_name=SCHEMA_NAME,
                                     max_tokens=800, temperature=0.0)
        verdict = answer.value
        if verdict is None:
            if answer.completion.data is None:
                return _failed(f"the judge gave no JSON: {answer.completion.parse_error}")
            return _failed(f"the judge's answer is unusable: {answer.problems[0]}")
        self._write(path, verdict)
        return verdict.scores()

    def _read(self, path: Path) -> JudgeVerdict | None:
        try:
            return JudgeVerdict.model_validate_json(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None  # missing or corrupt: ask again

    def _write(self, path: Path, verdict: JudgeVerdict) -> None:
        with contextlib.suppress(OSError):  # only a cache: the next run pays again
            write_atomic(path, verdict.model_dump_json(indent=2))


def _failed(reason: str) -> list[JudgeScore]:
    return [JudgeScore(dimension=d, score=0, reason=reason) for d in DIMENSIONS]
