"""The terminal tables: pass rates side by side, the baseline comparison, the label agreement."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..screening.evaluation import Report, format_errors
from .baseline import Comparison
from .calibrate import AGREEMENT_BAR, BAD_CAUGHT_BAR, GOOD_PASS_BAR, Calibration
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
             _row("no blocking failure", [_pct(v.pass_rate) for v in variants], widths)]
    checks = run.check_dimensions()
    for dimension in DIMENSIONS:
        lines.append(_row(dimension, [_pct(v.dimension_rates()[dimension]) for v in variants],
                          widths))
        for name in (n for n, d in checks.items() if d == dimension):
            lines.append(_row(f"  {name}", [_pct(v.check_rates().get(name, 0.0)) for v in variants],
                              widths))
    languages = dict.fromkeys(lang for v in variants for lang in v.language_rates())
    if len(languages) > 1:
        lines.append("no blocking failure, by language")
        for language in languages:
            rates = [v.language_rates().get(language) for v in variants]
            lines.append(_row(f"  {language} ({next(r[0] for r in rates if r)})",
                              ["-" if r is None else _pct(r[1]) for r in rates], widths))
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
        lines.append(f"{named}: no blocking failure {_pct(then)} -> {_pct(now)} "
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


SCREEN_RECALL_BAR = 0.98
SCREEN_FALSE_ALARM_BAR = 0.02


def calibration_table(parts: Sequence[Calibration], screening: Sequence[Report] = (), *,
                      details: str | None = "dev") -> str:
    """The checks (and the screening) against people's labels, one column per part (dev, test),
    each figure beside its bar; then, for the part named by `details` only, every disagreement.
    The test part's disagreements are never printed: it is sealed, tuning looks at dev alone."""
    widths = [16] * len(parts) + [8]  # "135/138 97.8%" and a space
    names = [f"{p.part} ({p.emails})" for p in parts]
    lines = ["the checks against people's labels; tune on dev, trust test", "",
             _row("", [*names, "bar"], widths)]

    def figure(title: str, value: Callable[[Calibration], str], bar: str = "") -> None:
        lines.append(_row(title, [*(value(part) for part in parts), bar], widths))

    figure("good emails: pass", lambda c: f"{c.good_passed}/{c.good} {_pct1(c.good_pass_rate)}",
           f">={_pct(GOOD_PASS_BAR)}")
    figure("bad emails: caught", lambda c: f"{c.bad_caught}/{c.bad} {_pct1(c.bad_caught_rate)}",
           f">={_pct(BAD_CAUGHT_BAR)}")
    figure("  ...by a blocking check", lambda c: f"{c.bad_blocked}/{c.bad}")
    figure("  caught for another fault", lambda c: str(len(c.wrong_reason)))
    figure("agreement overall", lambda c: _pct1(c.agreement), f">={_pct(AGREEMENT_BAR)}")
    for index, dimension in enumerate(DIMENSIONS):
        lines.append(_row(f"  {dimension}", [_pct1(p.dimensions[index].rate) for p in parts] + [""],
                          widths))
    if screening:
        lines.append(_row("screening", [f"{r.title} ({r.dangerous + r.innocent})" for r in screening]
                          + [""], widths))
        lines.append(_row("sensitive: withheld", [_pct1(r.withheld_rate) for r in screening]
                          + [f">={_pct(SCREEN_RECALL_BAR)}"], widths))
        lines.append(_row("  every category right", [_pct1(r.recall) for r in screening] + [""],
                          widths))
        lines.append(_row("innocent: withheld", [_pct1(r.false_alarm_rate) for r in screening]
                          + [f"<={_pct(SCREEN_FALSE_ALARM_BAR)}"], widths))
    lines += ["", "good emails: passing every blocking check (advisory notes allowed). bad emails: "
              "failed by a check", "whose business the labelled fault is (blocking or advisory).",
              "", _row("check (severity)", [f"{p.part} f.a./miss" for p in parts], [22] * len(parts))]
    for spec_index, check in enumerate(parts[0].checks):
        rows = [p.checks[spec_index] for p in parts]
        cells = [f"{_rate(len(a.false_alarms), a.good)} {_rate(len(a.misses), a.faults)}" for a in rows]
        lines.append(_row(f"  {check.name} ({check.severity[0]})", cells, [22] * len(parts)))
    lines.append("  f.a.: false alarms / emails good on its dimension; miss: misses / its own faults")
    detailed = next((p for p in parts if p.part == details), None)
    if detailed is not None:
        lines += _disagreements(detailed)
    if screening and details:
        lines += [line for r in screening if r.title == details for line in
                  format_errors(r)]
    return "\n".join(lines) + "\n"


def screening_below(report: Report) -> list[str]:
    """The screening bars this set misses, as lines to print."""
    lines = []
    if report.withheld_rate < SCREEN_RECALL_BAR:
        lines.append(f"{report.title}: sensitive sentences withheld {_pct1(report.withheld_rate)}, "
                     f"below {_pct(SCREEN_RECALL_BAR)}")
    if report.false_alarm_rate > SCREEN_FALSE_ALARM_BAR:
        lines.append(f"{report.title}: innocent sentences withheld {_pct1(report.false_alarm_rate)}, "
                     f"above {_pct(SCREEN_FALSE_ALARM_BAR)}")
    return lines


def _disagreements(c: Calibration) -> list[str]:
    lines: list[str] = []
    for title, items in (("good email held back", c.blocked_good),
                         ("bad email caught for another fault", c.wrong_reason),
                         ("bad email not caught", c.uncaught)):
        lines += [f"  {title}: {email_id}: {why}" for email_id, why in items]
    for check in c.checks:
        lines += [f"  {check.name} false alarm: {email_id}: {why}" for email_id, why in check.false_alarms]
    return ["", f"where the checks and the labels disagree ({c.part}):", *lines] if lines else []


def _pct1(value: float) -> str:
    return f"{value:.1%}"


def _rate(part: int, whole: int) -> str:
    return f"{part}/{whole}" if whole else "-"
