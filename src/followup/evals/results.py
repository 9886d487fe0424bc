"""What an eval run produced: per variant (model x prompts), per case, the email and its verdicts.

This is also the `--json` file format, read back by `--baseline`.
"""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import BaseModel, Field

from ..models import CheckResult, Usage
from .cases import DIMENSIONS, Dimension

RESULTS_VERSION = 2  # 2: checks have a status and a severity
JUDGE_PASS_SCORE = 4  # out of 5: "good, a recruiter would send it with at most a light edit"


class JudgeScore(BaseModel):
    dimension: Dimension
    score: int = Field(description="1 (unusable) to 5 (send as is); 0 when the judge failed.")
    reason: str

    @property
    def passed(self) -> bool:
        return self.score >= JUDGE_PASS_SCORE


class CaseResult(BaseModel):
    case_id: str
    candidate: str
    role: str
    decision: str
    language: str = Field(default="English", description="The profile's language for this case.")
    tags: list[str] = Field(default_factory=list)
    subject: str = ""
    body: str = ""
    checks: list[CheckResult] = Field(default_factory=list)
    judge: list[JudgeScore] = Field(default_factory=list)
    error: str | None = Field(default=None, description="Why no email came out; fails every check.")
    model: str = Field(default="", description="The model as the endpoint reported it.")
    prompt_version: str = ""
    attempts: int = 0
    usage: Usage = Field(default_factory=Usage)
    seconds: float = 0.0
    readability: float | None = Field(default=None, description="Flesch reading ease of the body.")

    @property
    def failed_checks(self) -> list[CheckResult]:
        """The blocking failures: what would make the draft needs_review."""
        return [c for c in self.checks if c.blocks]

    @property
    def advice(self) -> list[CheckResult]:
        return [c for c in self.checks if c.advises]

    @property
    def passed(self) -> bool:
        """An email that would not need review: no blocking failure (advice is allowed)."""
        return self.error is None and not self.failed_checks

    def check_passed(self, name: str) -> bool:
        return self.error is None and any(c.name == name and c.passed for c in self.checks)

    def dimension_passed(self, dimension: Dimension) -> bool:
        return self.error is None and all(c.passed for c in self.checks if c.dimension == dimension)


class VariantResult(BaseModel):
    """One column of the side-by-side: a model (or the template writer) with one prompt set."""

    label: str
    model: str
    prompts_dir: str | None = None
    cases: list[CaseResult] = Field(default_factory=list)

    @property
    def prompt_versions(self) -> list[str]:
        """Every prompt file and version the variant's emails used ('reject@1'); each case's full
        label, with the hash of the exact text, is in its `prompt_version`."""
        used = {entry for c in self.cases if c.prompt_version
                for entry in c.prompt_version.split("#")[0].split(",")}
        return sorted(used, key=lambda entry: entry.lstrip("_"))

    @property
    def pass_rate(self) -> float:
        """The share of cases whose email passes every blocking check: what would not need review."""
        return _share(c.passed for c in self.cases)

    def dimension_rates(self) -> dict[Dimension, float]:
        return {d: _share(c.dimension_passed(d) for c in self.cases) for d in DIMENSIONS}

    def language_rates(self) -> dict[str, tuple[int, float]]:
        """Per language of the cases: how many, and the share passing every blocking check."""
        languages = dict.fromkeys(c.language for c in self.cases)
        return {language: (len(of), _share(c.passed for c in of)) for language in languages
                if (of := [c for c in self.cases if c.language == language])}

    def check_rates(self) -> dict[str, float]:
        names = dict.fromkeys(o.name for c in self.cases for o in c.checks)
        return {n: _share(c.check_passed(n) for c in self.cases) for n in names}

    def judge_means(self) -> dict[Dimension, float]:
        means: dict[Dimension, float] = {}
        for dimension in DIMENSIONS:
            scores = [j.score for c in self.cases for j in c.judge if j.dimension == dimension]
            if scores:
                means[dimension] = sum(scores) / len(scores)
        return means

    @property
    def errors(self) -> int:
        return sum(1 for c in self.cases if c.error)

    @property
    def mean_readability(self) -> float | None:
        values = [c.readability for c in self.cases if c.readability is not None]
        return sum(values) / len(values) if values else None

    @property
    def usage(self) -> Usage:
        total = Usage()
        for case in self.cases:
            total += case.usage
        return total


class EvalRun(BaseModel):
    version: int = RESULTS_VERSION
    created: str = Field(description="When the run started, ISO 8601 UTC.")
    cases_dir: str
    judge_model: str | None = None
    judge_cached: int = Field(default=0, description="Judge verdicts read from the cache.")
    judge_asked: int = Field(default=0, description="Judge verdicts asked of the model.")
    seconds: float = 0.0
    variants: list[VariantResult]

    def check_dimensions(self) -> dict[str, Dimension]:
        """Every check name seen in the run, with its dimension, in registry order."""
        seen: dict[str, Dimension] = {}
        for variant in self.variants:
            for case in variant.cases:
                for outcome in case.checks:
                    seen.setdefault(outcome.name, outcome.dimension)
        return seen

    def check_severities(self) -> dict[str, str]:
        return {outcome.name: outcome.severity for variant in self.variants
                for case in variant.cases for outcome in case.checks}


def _share(flags: Iterable[bool]) -> float:
    values = list(flags)
    return sum(values) / len(values) if values else 0.0
