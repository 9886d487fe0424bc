"""What got better or worse since a saved run (`--json` of an earlier `followup eval`)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from ..errors import InputError
from .cases import DIMENSIONS, Dimension
from .results import RESULTS_VERSION, CaseResult, EvalRun, VariantResult


@dataclass(frozen=True)
class Change:
    """One check on one case that flipped."""

    case_id: str
    check: str
    now_passes: bool
    reason: str  # the check's reason in the run that failed


@dataclass
class Comparison:
    """One variant of this run against its counterpart in the baseline."""

    label: str
    baseline_label: str
    pass_rate: tuple[float, float]  # (baseline, now)
    dimensions: dict[Dimension, tuple[float, float]]
    better: list[Change] = field(default_factory=list)
    worse: list[Change] = field(default_factory=list)
    new_cases: list[str] = field(default_factory=list)
    dropped_cases: list[str] = field(default_factory=list)


def load_run(path: Path) -> EvalRun:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and data.get("version", RESULTS_VERSION) < RESULTS_VERSION:
            raise InputError(f"{path}: written by an older followup (results version "
                             f"{data['version']}); run that baseline again with `followup eval --json`")
        return EvalRun.model_validate(data)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file (write one with `followup eval --json {path}`)") \
            from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not a `followup eval --json` results file ({exc})") from None
    except ValidationError as exc:
        raise InputError(f"{path}: not a `followup eval --json` results file "
                         f"({exc.errors()[0]['msg']})") from None


def _pairs(run: EvalRun, baseline: EvalRun) -> list[tuple[VariantResult, VariantResult]]:
    """Variants matched by label; a single variant on each side is matched whatever its name, so
    that a new model or prompt can be compared with the last run."""
    if len(run.variants) == 1 and len(baseline.variants) == 1:
        return [(run.variants[0], baseline.variants[0])]
    before = {v.label: v for v in baseline.variants}
    return [(v, before[v.label]) for v in run.variants if v.label in before]


def _verdicts(case: CaseResult) -> dict[str, tuple[bool, str]]:
    """check -> (passed, reason); a case that produced no email fails "generation" instead."""
    if case.error:
        return {"generation": (False, case.error)}
    return {"generation": (True, ""), **{c.name: (c.passed, c.reason) for c in case.checks}}


def compare(run: EvalRun, baseline: EvalRun) -> list[Comparison]:
    comparisons: list[Comparison] = []
    for now, then in _pairs(run, baseline):
        then_cases = {c.case_id: c for c in then.cases}
        now_cases = {c.case_id: c for c in now.cases}
        rates_then, rates_now = then.dimension_rates(), now.dimension_rates()
        comparison = Comparison(
            label=now.label, baseline_label=then.label, pass_rate=(then.pass_rate, now.pass_rate),
            dimensions={d: (rates_then[d], rates_now[d]) for d in DIMENSIONS},
            new_cases=sorted(now_cases.keys() - then_cases.keys()),
            dropped_cases=sorted(then_cases.keys() - now_cases.keys()),
        )
        for case_id in sorted(now_cases.keys() & then_cases.keys()):
            old, new = _verdicts(then_cases[case_id]), _verdicts(now_cases[case_id])
            for name in [n for n in new if n in old]:  # a check added since is not a change
                (was, old_reason), (passes, new_reason) = old[name], new[name]
                if was != passes:
                    change = Change(case_id=case_id, check=name, now_passes=passes,
                                    reason=new_reason if was else old_reason)
                    (comparison.better if passes else comparison.worse).append(change)
        comparisons.append(comparison)
    return comparisons
