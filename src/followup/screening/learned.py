"""A learned second opinion for screening: a logistic regression over words and character n-grams.

The lexicons name what they find, but only in the words they list; notes written elsewhere say the
same things in other words. This model, trained on the labelled `dev` sentences by
bench/train_screening.py (scikit-learn, not needed at run time), scores what the lexicons and their
context kept (a sentence they left whole, else each clause they kept): above the threshold chosen by
cross-validation on dev, it is withheld too. Its categories are a best guess. Its weights ship
in learned.json, read on first use (about 30 ms); scoring a clause is a sum over its features.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import pairwise
from pathlib import Path

from .findings import Category

MODEL_PATH = Path(__file__).with_name("learned.json")
_TOKEN = re.compile(r"\w+|[^\w\s]")


def features(text: str) -> list[str]:
    """Words (digits folded to #), word pairs, 3-5-character pieces of words and 5-character pieces
    across words, lower-cased and accents removed."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = ["#" if word.isdigit() else word for word in _TOKEN.findall(folded)]
    found = [f"w:{word}" for word in words]
    found += [f"b:{a} {b}" for a, b in pairwise(words)]
    for word in words:
        padded = f"<{word}>"
        found += [f"c:{padded[i:i + n]}" for n in (3, 4, 5) for i in range(len(padded) - n + 1)]
    joined = f" {' '.join(words)} "
    found += [f"x:{joined[i:i + 5]}" for i in range(len(joined) - 4)]
    return found


@dataclass(frozen=True)
class Linear:
    """A linear score: a bias plus a weight for each feature found (as often as it is found)."""

    bias: float
    weights: dict[str, float]

    def score(self, found: list[str]) -> float:
        weight = self.weights.get
        return self.bias + sum(weight(feature, 0.0) for feature in found)


@dataclass(frozen=True)
class Model:
    sensitive_score: Linear  # log-odds that a clause is sensitive
    threshold: float  # withhold above this probability
    by_category: dict[Category, Linear]  # which kind, for a clause found sensitive

    def probability(self, text: str) -> float:
        return self._probability(features(text))

    def judge(self, text: str) -> Category | None:
        """The category `text` is withheld under, or None if the model finds it innocent."""
        found = features(text)
        if self._probability(found) <= self.threshold:
            return None
        scores = {category: part.bias for category, part in self.by_category.items()}
        for feature in found:  # the category weights are sparse: look each feature up once
            for category, weight in self._category_weights.get(feature, ()):
                scores[category] += weight
        return max(scores, key=scores.__getitem__)

    def _probability(self, found: list[str]) -> float:
        score = self.sensitive_score.score(found)
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, score))))

    @cached_property
    def _category_weights(self) -> dict[str, list[tuple[Category, float]]]:
        by_feature: dict[str, list[tuple[Category, float]]] = {}
        for category, part in self.by_category.items():
            for feature, weight in part.weights.items():
                by_feature.setdefault(feature, []).append((category, weight))
        return by_feature

    def dump(self, path: Path) -> None:
        def linear(part: Linear) -> dict[str, object]:
            return {"bias": round(part.bias, 4),
                    "weights": {f: round(w, 4) for f, w in sorted(part.weights.items())}}

        record = {"threshold": self.threshold, "sensitive": linear(self.sensitive_score),
                  "by_category": {c.value: linear(part) for c, part in self.by_category.items()}}
        path.write_text(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n",
                        encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> Model:
        record = json.loads(path.read_text(encoding="utf-8"))
        return cls(sensitive_score=Linear(**record["sensitive"]), threshold=record["threshold"],
                   by_category={Category(c): Linear(**part) for c, part in record["by_category"].items()})


@cache
def model() -> Model | None:
    """The shipped model, or None if the package was installed without it."""
    return Model.load(MODEL_PATH) if MODEL_PATH.exists() else None


# The rules a fragment withheld by the model is reported under: "learned.sensitive", and
# "learned.follows_withheld" for its context. checks.safety does not look for them in drafts.
PREFIX = "learned."
RULE = f"{PREFIX}sensitive"
