"""What a round costs: tokens always, dollars when the model's prices are known.

The built-in prices are OpenAI's list prices in USD per million tokens (input, output) when this
table was written, with the Batch API's beside them (half, at OpenAI, for every model here); they
change, so the profile can override or add models, with or without the batch columns:

    [prices]
    "gpt-4o-mini" = [0.15, 0.60]              # input, output; the batch rate taken as half
    "my-model" = [0.20, 0.80, 0.12, 0.48]     # input, output, batch input, batch output
    "llama3.1" = [0, 0]
"""

from __future__ import annotations

from collections.abc import Mapping

from ..models import Usage

Prices = tuple[float, ...]  # (input, output) or (input, output, batch input, batch output)

# USD per 1M tokens: (input, output, Batch API input, Batch API output).
PRICES: dict[str, Prices] = {
    "gpt-4o-mini": (0.15, 0.60, 0.075, 0.30),
    "gpt-4o": (2.50, 10.00, 1.25, 5.00),
    "gpt-4.1": (2.00, 8.00, 1.00, 4.00),
    "gpt-4.1-mini": (0.40, 1.60, 0.20, 0.80),
    "gpt-4.1-nano": (0.10, 0.40, 0.05, 0.20),
    "o4-mini": (1.10, 4.40, 0.55, 2.20),
    "o3-mini": (1.10, 4.40, 0.55, 2.20),
    "gpt-3.5-turbo": (0.50, 1.50, 0.25, 0.75),
}
# A price given without batch columns: the Batch API rate taken as this share of it (OpenAI,
# Azure OpenAI, Together and Mistral all charge half).
BATCH_SHARE = 0.5


def price_of(model: str, overrides: Mapping[str, Prices] | None = None, *, batch: bool = False
             ) -> tuple[float, float] | None:
    """The model's prices (its Batch API prices with `batch`); a dated name
    ("gpt-4o-mini-2024-07-18") uses its family's."""
    table = {**PRICES, **(overrides or {})}
    found = table.get(model)
    if found is None:
        family = max((name for name in table if model.startswith(name + "-")), key=len,
                     default=None)
        found = table[family] if family else None
    if found is None:
        return None
    if not batch:
        return found[0], found[1]
    if len(found) >= 4:
        return found[2], found[3]
    return found[0] * BATCH_SHARE, found[1] * BATCH_SHARE


def cost_of(usage: Usage, model: str, overrides: Mapping[str, Prices] | None = None, *,
            batch: bool = False) -> float | None:
    prices = price_of(model, overrides, batch=batch)
    if prices is None:
        return None
    return (usage.prompt_tokens * prices[0] + usage.completion_tokens * prices[1]) / 1_000_000


def mixed_cost(usage: Usage, batch_usage: Usage, model: str,
               overrides: Mapping[str, Prices] | None = None) -> float | None:
    """The cost of `usage`, of which `batch_usage` went through a Batch API at its rate."""
    direct = Usage(prompt_tokens=usage.prompt_tokens - batch_usage.prompt_tokens,
                   completion_tokens=usage.completion_tokens - batch_usage.completion_tokens)
    at_batch = cost_of(batch_usage, model, overrides, batch=True)
    at_sync = cost_of(direct, model, overrides)
    return None if at_batch is None or at_sync is None else at_batch + at_sync


def format_cost(dollars: float | None) -> str:
    if dollars is None:
        return "unknown (no price for the model; add it under [prices] in followup.toml)"
    return f"${dollars:.4f}" if dollars < 1 else f"${dollars:,.2f}"
