"""Notes -> checked draft: screen the notes, prompt the model, validate, check, re-ask."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from .checks import CheckContext, email_from_draft, length_bounds, run_checks
from .config import Settings
from .errors import GenerationError
from .llm.structured import ask_validated
from .models import CheckResult, Draft, DraftContent, DraftMeta, DraftRequest, WithheldFragment
from .prompts_loader import PromptFile, PromptSet, version_label
from .render import render_body
from .template_writer import TEMPLATE_VERSION, template_language, write_template_draft

if TYPE_CHECKING:
    from collections.abc import Callable

    from .llm import CompletesJson
    from .screening import ScreenedNotes

SCHEMA_NAME = "followup_draft"


def screen(request: DraftRequest) -> ScreenedNotes:
    from .screening import screen_notes

    return screen_notes(request.notes)


def check_draft(
    content: DraftContent, body: str, request: DraftRequest, settings: Settings,
    withheld: list[WithheldFragment],
) -> list[CheckResult]:
    """Every check on a draft and its body (`render_body(content, settings.profile)`)."""
    ctx = CheckContext(
        candidate=request.candidate, decision=request.decision, profile=settings.profile,
        notes=request.notes, withheld=tuple(withheld),
    )
    return run_checks(email_from_draft(content, body), ctx)


def worth_a_reask(checks: list[CheckResult]) -> list[CheckResult]:
    """What a re-ask asks the model to fix: every blocking failure, and an advisory one only when it
    is far outside its bounds (twice the length, say). Other advice stays a note for the recruiter."""
    return [c for c in checks if c.blocks or c.far_off]


def write_offline(request: DraftRequest, settings: Settings) -> Draft:
    """The built-in default: no model, no key; the same checks."""
    screened = screen(request)
    content = write_template_draft(request.candidate, request.decision, screened.kept, settings.profile,
                                   prompts_dir=settings.prompts_dir, notes_language=screened.language)
    version = f"{TEMPLATE_VERSION} {template_language(settings.profile.language)}"
    body = render_body(content, settings.profile)
    return Draft(
        request=request,
        content=content,
        meta=DraftMeta(writer="template", model="template", prompt_version=version),
        checks=check_draft(content, body, request, settings, screened.withheld),
        withheld=screened.withheld,
        kept_notes=screened.kept,
        body=body,
    )


def build_messages(
    request: DraftRequest, settings: Settings, prompts: PromptSet, screened: ScreenedNotes,
    used: list[PromptFile],
) -> list[dict[str, str]]:
    low, high = length_bounds(request.decision, settings.profile.feedback_depth,
                              request.candidate.stage)
    variables: dict[str, Any] = {
        "candidate": {**request.candidate.model_dump(), "first_name": request.candidate.first_name},
        "profile": settings.profile.model_dump(mode="json"),
        "feedback_depth": settings.profile.feedback_depth.value,
        "notes": screened.kept,
        # The markers around the notes carry a hash of them, so notes cannot forge an end marker.
        "boundary": hashlib.sha256(request.notes.encode()).hexdigest()[:12],
        "withheld": [w.model_dump() for w in screened.withheld]
        if settings.profile.send_withheld_to_model else [],
        "min_words": low,
        "max_words": high,
    }
    return [
        {"role": "system", "content": prompts.render("system.md", used, **variables)},
        {"role": "user", "content": prompts.render(f"{request.decision.value}.md", used, **variables)},
    ]


@cache
def draft_schema() -> dict[str, Any]:
    """The JSON schema the model's draft must follow, lengths and limits kept (the LLM edge makes
    the strict form of it where the endpoint takes one): built once, shared read-only."""
    return DraftContent.model_json_schema()


@dataclass
class _Checked:
    """A valid draft's body and checks; its problems are what a re-ask asks the model to fix."""

    body: str
    checks: list[CheckResult]

    @property
    def problems(self) -> list[str]:
        return [f"{c.name}: {c.reason}" for c in worth_a_reask(self.checks)]


async def write_with_model(
    request: DraftRequest, settings: Settings, client: CompletesJson, prompts: PromptSet | None = None,
    screened: ScreenedNotes | None = None,
) -> Draft:
    """Ask the model for a structured draft; re-ask with the reasons while it fails validation or
    a blocking check (`worth_a_reask`), within the re-ask budget. Still failing a blocking check:
    returned as needs_review, never as fine. `screened`: the notes already screened by the caller
    (a round keeps them for a candidate that fails), else screened here."""
    prompts = prompts or PromptSet(settings.prompts_dir)
    screened = screened if screened is not None else screen(request)
    used: list[PromptFile] = []

    def check(content: DraftContent) -> _Checked:
        body = render_body(content, settings.profile)
        return _Checked(body, check_draft(content, body, request, settings, screened.withheld))

    attempts = 1 + settings.llm.reask_budget
    answer = await ask_validated(
        client, build_messages(request, settings, prompts, screened, used), DraftContent, check,
        schema=draft_schema(), schema_name=SCHEMA_NAME, max_tokens=settings.llm.max_output_tokens,
        temperature=settings.llm.temperature, attempts=attempts,
        reask=lambda problems: prompts.render("reask.md", used, problems=problems))
    last = answer.completion
    if last.refusal:
        raise GenerationError(f"{request.source}: the model refused to write this draft: "
                              f"{last.refusal[:200]}", attempts=answer.attempts, last_output=last.text)
    if answer.value is None or answer.review is None:
        raise GenerationError(
            f"{request.source}: no usable draft after {attempts} attempt(s): {answer.problems[0]}",
            attempts=attempts, last_output=last.text,
        )
    return Draft(
        request=request,
        content=answer.value,
        meta=DraftMeta(writer="llm", model=last.model, prompt_version=version_label(used),
                       response_format=last.response_format, attempts=answer.attempts,
                       usage=answer.usage, reask_refused=answer.stopped),
        checks=answer.review.checks,
        withheld=screened.withheld,
        kept_notes=screened.kept,
        body=answer.review.body,
    )


def write_draft(request: DraftRequest, settings: Settings,
                on_progress: Callable[[str], None] | None = None) -> Draft:
    """One draft, synchronously: the model when an endpoint is configured, else the template.
    `on_progress` hears that the endpoint is slow to answer, and each retry, as they happen."""
    if settings.offline or not settings.llm.configured:
        return write_offline(request, settings)
    import asyncio

    from .llm import CapabilityStore, ChatClient, RetryingClient

    async def run() -> Draft:
        store = CapabilityStore.in_folder(settings.cache_folder)
        async with ChatClient(settings.llm, capabilities=store, on_progress=on_progress) as chat:
            client = RetryingClient(chat, settings.llm, on_progress=on_progress)
            return await write_with_model(request, settings, client)

    return asyncio.run(run())
