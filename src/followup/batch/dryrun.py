"""`--dry-run`: validate the round and show what would be sent and what it would cost; send nothing.

The messages are built exactly as a real run builds them (screening included), so what is shown
for the first candidate is what the model would receive.
"""

from __future__ import annotations

from ..config import Settings
from ..prompts_loader import PromptSet
from ..writer import build_messages, screen
from .clients import TYPICAL_COMPLETION_TOKENS, estimate_tokens
from .cost import cost_of, format_cost
from .runner import Plan


def dry_run(plan: Plan, settings: Settings, prompts: PromptSet, *, batch_api: bool = False) -> str:
    lines: list[str] = []
    if plan.carried:
        lines.append(f"Already drafted by an earlier run, kept: {len(plan.carried)}")
    if plan.offline:
        lines.append(f"No LLM endpoint configured: the template writer would draft "
                     f"{len(plan.todo)} candidate(s) here, offline. Nothing would be sent.")
    prompt_tokens = 0
    first: list[dict[str, str]] | None = None
    for item in plan.todo:
        screened = screen(item.request)
        candidate = item.request.candidate
        line = (f"  would draft  {item.where}: {candidate.name} ({candidate.role}, "
                f"{item.request.decision.value})")
        if not plan.offline:
            messages = build_messages(item.request, settings, prompts, screened, [])
            tokens = estimate_tokens(messages)
            prompt_tokens += tokens
            first = first or messages
            line += f", ~{tokens:,} prompt tokens"
        withheld = len(screened.withheld)
        if withheld:
            line += f", {withheld} fragment{'s' * (withheld != 1)} of the notes withheld"
        lines.append(line)
    if first is not None:
        lines += ["", f"What the model would receive for {plan.todo[0].where} "
                      f"(model {settings.llm.model} at {settings.llm.base_url or 'api.openai.com'}):"]
        for message in first:
            lines += [f"--- {message['role']} ---", message["content"].rstrip()]
        lines.append("---")
    if not plan.offline and plan.todo:
        from ..models import Usage

        completion = TYPICAL_COMPLETION_TOKENS * len(plan.todo)
        estimate = Usage(prompt_tokens=prompt_tokens, completion_tokens=completion)
        cost = cost_of(estimate, settings.llm.model, settings.prices)
        if batch_api:
            at_batch = cost_of(estimate, settings.llm.model, settings.prices, batch=True)
            cost_text = (f"cost {format_cost(at_batch)} through the Batch API "
                         f"({format_cost(cost)} one request at a time)")
        else:
            cost_text = f"cost {format_cost(cost)}"
        lines += ["", f"Estimated for one attempt each: ~{prompt_tokens:,} prompt + ~{completion:,} "
                      f"completion tokens, {cost_text}. A re-ask after a failed check "
                      f"resends the conversation: at most {1 + settings.llm.reask_budget} attempts "
                      "per candidate.",
                  "Nothing was sent."]
    return "\n".join(lines).strip("\n") + "\n"
