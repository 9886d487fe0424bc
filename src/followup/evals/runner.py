"""Runs every case through the real generation pipeline, for each variant, concurrently.

A variant is a model (or `template`, the offline writer: the baseline an LLM must beat) with one
prompt set. Each email is then checked with the same CHECKS as every draft, plus what the case
expects of it (must_mention, must_not_contain, word bounds), and optionally scored by the judge.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..checks import content_paragraphs, email_from_draft, run_checks
from ..config import Settings
from ..errors import AuthError, ConfigError, EndpointError, GenerationError
from ..models import Draft, DraftRequest
from ..prompts_loader import PromptSet
from ..writer import write_offline, write_with_model
from .cases import EvalCase
from .readability import reading_ease
from .results import CaseResult, EvalRun, VariantResult

if TYPE_CHECKING:
    from ..llm import CompletesJson
    from .judge import Judge

TEMPLATE_MODEL = "template"  # the --model name of the offline template writer


@dataclass(frozen=True)
class Variant:
    """One column of the side-by-side report."""

    model: str
    prompts_dir: Path | None = None

    @property
    def offline(self) -> bool:
        return self.model == TEMPLATE_MODEL

    @property
    def label(self) -> str:
        return self.model if self.prompts_dir is None else f"{self.model} · {self.prompts_dir.name}"


def variants_for(models: Sequence[str], prompts_dirs: Sequence[Path]) -> list[Variant]:
    """Every model with every prompt set (the template writer uses no prompts: it appears once).
    Each prompts folder must be one, with prompts in it, even if only the template is run."""
    for directory in prompts_dirs:
        PromptSet(directory)  # raises PromptError naming the folder
    variants: list[Variant] = []
    for model in models:
        if model == TEMPLATE_MODEL or not prompts_dirs:
            variants.append(Variant(model))
        else:
            variants.extend(Variant(model, directory) for directory in prompts_dirs)
    return list(dict.fromkeys(variants))


Progress = Callable[[Variant, CaseResult], None]


async def run_eval(
    cases: Sequence[EvalCase],
    variants: Sequence[Variant],
    settings: Settings,
    *,
    concurrency: int = 4,
    judge_model: str | None = None,
    cases_dir: str = "",
    progress: Progress | None = None,
) -> EvalRun:
    from ..llm import CapabilityStore, ChatClient, RetryingClient

    if (any(not v.offline for v in variants) or judge_model) and not settings.llm.configured:
        raise ConfigError("no LLM endpoint configured for the models asked for: set "
                          "OPENAI_API_KEY or --base-url, or use --model template")
    created = datetime.now(UTC).isoformat(timespec="seconds")
    started = time.perf_counter()
    semaphore = asyncio.Semaphore(concurrency)
    store = CapabilityStore.in_folder(settings.cache_folder)
    async with contextlib.AsyncExitStack() as stack:

        async def client_for(model: str) -> RetryingClient:
            llm = settings.llm.model_copy(update={"model": model})
            chat = await stack.enter_async_context(ChatClient(llm, capabilities=store))
            return RetryingClient(chat, llm)

        clients: dict[Variant, CompletesJson] = {
            variant: await client_for(variant.model) for variant in variants if not variant.offline}
        judge = None
        if judge_model:
            from .judge import Judge

            # The ruler stays the same across the variants: the profile's prompts, not --prompts-dir.
            judge = Judge(await client_for(judge_model),
                          settings.llm.model_copy(update={"model": judge_model}),
                          settings.cache_folder / "judge", PromptSet(settings.prompts_dir))
        prompt_sets = {v: PromptSet(v.prompts_dir or settings.prompts_dir) for v in variants}

        async def one(variant: Variant, case: EvalCase) -> CaseResult:
            async with semaphore:
                result = await run_case(case, settings, clients.get(variant),
                                        prompt_sets[variant], judge)
            if progress is not None:
                progress(variant, result)
            return result

        try:
            async with asyncio.TaskGroup() as group:
                tasks = [[group.create_task(one(v, c)) for c in cases] for v in variants]
        except BaseExceptionGroup as group_error:
            # A fatal error (bad key, broken prompt) stops the whole run: report the first one.
            first = group_error.exceptions[0]
            while isinstance(first, BaseExceptionGroup):
                first = first.exceptions[0]
            raise first from None
    return EvalRun(
        created=created, cases_dir=cases_dir, judge_model=judge_model,
        judge_asked=judge.asked if judge else 0, judge_cached=judge.cached if judge else 0,
        seconds=round(time.perf_counter() - started, 2),
        variants=[VariantResult(label=v.label, model=v.model,
                                prompts_dir=str(v.prompts_dir) if v.prompts_dir else None,
                                cases=[t.result() for t in row])
                  for v, row in zip(variants, tasks, strict=True)],
    )


async def run_case(case: EvalCase, settings: Settings, client: CompletesJson | None,
                   prompts: PromptSet, judge: Judge | None = None) -> CaseResult:
    """One case through one writer: the email, its checks, its judge scores; or why none came."""
    profile = case.profile_over(settings.profile)
    case_settings = settings.model_copy(update={"profile": profile})
    request = DraftRequest(candidate=case.candidate, decision=case.decision, notes=case.notes,
                           source=case.id)
    result = CaseResult(case_id=case.id, candidate=case.candidate.name, role=case.candidate.role,
                        decision=case.decision.value, language=profile.language,
                        tags=case.tags)
    started = time.perf_counter()
    try:
        draft: Draft = (write_offline(request, case_settings) if client is None
                        else await write_with_model(request, case_settings, client, prompts))
    except (GenerationError, EndpointError) as exc:
        if isinstance(exc, AuthError):
            raise
        result.error = " ".join(str(exc).split())
        result.seconds = round(time.perf_counter() - started, 2)
        return result
    body = draft.body
    email = email_from_draft(draft.content, body)
    ctx = case.context(profile, tuple(draft.withheld))
    result.checks = run_checks(email, ctx)
    result.subject, result.body = draft.content.subject, body
    result.model, result.prompt_version = draft.meta.model, draft.meta.prompt_version
    result.attempts, result.usage = draft.meta.attempts, draft.meta.usage
    result.readability = reading_ease("\n\n".join(content_paragraphs(body)), profile.language)
    if judge is not None:
        result.judge = await judge.score(case, profile, draft.kept_notes, draft.content.subject,
                                         body)
    result.seconds = round(time.perf_counter() - started, 2)
    return result

