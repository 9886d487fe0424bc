"""The terminal tables: pass rates side by side, the baseline comparison, the label agreement."""

from __future__ import annotations

from collections.abc import Sequence

from .baseline import Comparison
from .calibrate import MIN_AGREEMENT, Calibration
from .cases import DIMENSIONS
from .results import EvalRun

NAME_WIDTH = 26


def _pct(value: float) -> str:
    return f"{value:.0%}"


def _row(name: str, cells: Sequence[str], widths: Sequence[int]) -> str:
    return f"{name:<{NAME_WIDTH}}" + "".join(f"{c:>{w}}" for c, w in zip(cells, widths, strict=True))


def summary_table(run: EvalRun) -> str:
    """Pass rate per dimension and per check, one column per variant."""
    variants = run.variants
    widths = [max(len(v.label), 8) + 2 for v in variants]
    cases = len(variants[0].cases) if variants else 0
    lines = [f"followup eval: {cases} cases x {len(variants)} variant(s) in {run.seconds:.1f} s", "",
             _row("", [v.label for v in variants], widths),
             _row("every check passes", [_pct(v.pass_rate) for v in variants], widths)]
    checks = run.check_dimensions()
    for dimension in DIMENSIONS:
        lines.append(_row(dimension, [_pct(v.dimension_rates()[dimension]) for v in variants],
                          widths))
        for name in (n for n, d in checks.items() if d == dimension):
            lines.append(_row(f"  {name}", [_pct(v.check_rates().get(name, 0.0)) for v in variants],
                              widths))
    if run.judge_model:
        lines.append(f"judge {run.judge_model}, mean score 1-5 ({run.judge_asked} asked, "
                     f"{run.judge_cached} from the cache)")
        for dimension in DIMENSIONS:
            means = [v.judge_means().get(dimension) for v in variants]
            lines.append(_row(f"  {dimension}", ["-" if m is None else f"{m:.1f}" for m in means],
                              widths))
    readability = [v.mean_readability for v in variants]
    lines.append(_row("reading ease (Flesch)", ["-" if r is None else f"{r:.0f}" for r in readability],
                      widths))
    lines.append(_row("no email (errors)", [str(v.errors) for v in variants], widths))
    lines.append(_row("tokens", [f"{v.usage.total_tokens:,}" for v in variants], widths))
    lines.append("")
    for variant in variants:
        lines.append(f"{variant.label}: prompts {', '.join(variant.prompt_versions) or '-'}")
    return "\n".join(lines) + "\n"


def comparison_table(comparisons: Sequence[Comparison], baseline_path: str) -> str:
    if not comparisons:
        return f"baseline {baseline_path}: no variant of this run matches one of the baseline's\n"
    lines = [f"against the baseline {baseline_path}:"]
    for comparison in comparisons:
        then, now = comparison.pass_rate
        named = (comparison.label if comparison.label == comparison.baseline_label
                 else f"{comparison.label} (baseline: {comparison.baseline_label})")
        lines.append(f"{named}: every check passes {_pct(then)} -> {_pct(now)} "
                     f"({(now - then) * 100:+.0f} points)")
        moved = [f"{d} {_pct(a)} -> {_pct(b)}" for d, (a, b) in comparison.dimensions.items()
                 if round(a, 4) != round(b, 4)]
        lines.append("  " + ("; ".join(moved) if moved else "no dimension moved"))
        for title, changes, mark in (("better", comparison.better, "+"),
                                     ("worse", comparison.worse, "-")):
            lines.append(f"  {title} ({len(changes)}):")
            lines += [f"    {mark} {c.case_id}  {c.check}" + ("" if c.now_passes else f": {c.reason}")
                      for c in changes]
        if comparison.new_cases:
            lines.append(f"  new cases: {', '.join(comparison.new_cases)}")
        if comparison.dropped_cases:
            lines.append(f"  cases no longer run: {', '.join(comparison.dropped_cases)}")
    return "\n".join(lines) + "\n"


def calibration_table(calibration: Calibration, *, details: bool = True) -> str:
    """Each check's agreement with the human labels, then each dimension's."""
    widths = [10, 8, 14, 8]
    lines = [f"agreement with the human labels of {calibration.emails} emails "
             f"(bar: {MIN_AGREEMENT:.0%} per check)"]
    for dimension in DIMENSIONS:
        lines += ["", _row(f"{dimension} checks", ["emails", "agree", "false alarms", "caught"],
                           widths)]
        for a in (a for a in calibration.checks if a.dimension == dimension):
            lines.append(_row(f"  {a.name}", [str(a.compared) if a.compared else "n/a",
                                              _pct(a.rate) if a.compared else "-",
                                              str(len(a.false_alarms)), str(a.caught)], widths))
    lines += ["", _row("dimension (all its checks)", ["emails", "agree", "false alarms", "misses"],
                       widths)]
    for a in calibration.dimensions:
        lines.append(_row(f"  {a.name}", [str(a.compared), _pct(a.rate), str(len(a.false_alarms)),
                                          str(len(a.misses))], widths))
    if details:
        disagreements = [(a.name, kind, email_id, why)
                         for a in calibration.dimensions
                         for kind, items in (("false alarm", a.false_alarms), ("miss", a.misses))
                         for email_id, why in items]
        if disagreements:
            lines += ["", "where the checks and the labels disagree:"]
            lines += [f"  {name} {kind}: {email_id}: {why}"
                      for name, kind, email_id, why in disagreements]
    below = calibration.below()
    lines += ["", "checks below the bar: " + ", ".join(f"{a.name} {_pct(a.rate)}" for a in below)
              if below else f"every check agrees with the labels at least {MIN_AGREEMENT:.0%} of "
                            "the time it applies"]
    return "\n".join(lines) + "\n"
