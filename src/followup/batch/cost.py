"""What a round costs: tokens always, dollars when the model's prices are known.

The built-in prices are OpenAI's list prices in USD per million tokens (input, output) when this
table was written; they change, so the profile can override or add models:

    [prices]
    "gpt-4o-mini" = [0.15, 0.60]
    "llama3.1" = [0, 0]
"""

from __future__ import annotations

from collections.abc import Mapping

from ..models import Usage

# USD per 1M tokens: (input, output).
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
    "o4-mini": (1.10, 4.40),
    "o3-mini": (1.10, 4.40),
    "gpt-3.5-turbo": (0.50, 1.50),
}


def price_of(model: str, overrides: Mapping[str, tuple[float, float]] | None = None
             ) -> tuple[float, float] | None:
    """The model's prices; a dated name ("gpt-4o-mini-2024-07-18") uses its family's."""
    table = {**PRICES, **(overrides or {})}
    if model in table:
        return table[model]
    family = max((name for name in table if model.startswith(name + "-")), key=len, default=None)
    return table[family] if family else None


def cost_of(usage: Usage, model: str,
            overrides: Mapping[str, tuple[float, float]] | None = None) -> float | None:
    prices = price_of(model, overrides)
    if prices is None:
        return None
    return (usage.prompt_tokens * prices[0] + usage.completion_tokens * prices[1]) / 1_000_000


def format_cost(dollars: float | None) -> str:
    if dollars is None:
        return "unknown (no price for the model; add it under [prices] in followup.toml)"
    return f"${dollars:.4f}" if dollars < 1 else f"${dollars:,.2f}"
