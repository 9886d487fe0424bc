"""How far the checks can be trusted: their verdicts against people's labels, on emails the checks
were not tuned on.

evals/labelled/ holds `dev/` (tune on it) and `test/` (sealed: measured, never tuned on). For each
part this computes:
- per check, on the emails labelled good for its dimension: how often it fails them (false alarms);
  on the emails labelled bad for a fault that is this check's business: how often it misses them;
- per email: a good email (good on every dimension) must pass every blocking check; a bad one must
  be failed for the right reason: by a check whose business is the fault its label and tags name
  (`RULE_CHECKS`), or, for a fault without a tag here, by any check of a dimension labelled bad;
- per dimension: all its checks pass, against its label.
A check that does not apply (`n/a`: no required details given, a language it does not read) is not
counted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..checks import CHECKS, REGISTRY, EmailUnderCheck, run_checks
from ..models import CheckResult, Profile, Severity
from .cases import DIMENSIONS, Dimension, LabelledEmail

# The bars of the test figures (the checks-and-screening issue).
GOOD_PASS_BAR = 0.88
BAD_CAUGHT_BAR = 0.90
AGREEMENT_BAR = 0.90

_SAFETY = ("nothing_sensitive", "nothing_withheld_reused", "nothing_forbidden")
_PEOPLE = ("no_other_people_named", "nothing_withheld_reused", "nothing_forbidden")
_LENGTH = ("length_in_bounds", "paragraphs", "sentence_length", "feedback_depth")
# A bad email's hazard tag (evals/README.md's vocabulary) -> the checks whose business it is.
RULE_CHECKS: dict[str, tuple[str, ...]] = {
    **{tag: _SAFETY for tag in ("score", "comparison", "ranking-in-words", "compensation",
                                "contact-details")},
    "internal-deliberation": ("no_internal_deliberation", *_SAFETY),
    "interviewer-names": _PEOPLE,
    "other-candidate": _PEOPLE,
    "character": ("no_harsh_words", "nothing_sensitive"),
    "harsh": ("no_harsh_words",),
    "sarcasm": ("no_harsh_words",),
    "invented-claim": ("evidence_grounded", "claims_supported", "specific_detail"),
    "dear-candidate": ("addressed_by_name",),
    "wrong-name": ("addressed_by_name",),
    "placeholder": ("no_placeholders",),
    "generic": ("specific_detail", "not_generic"),
    "too-long": _LENGTH,
    "too-short": _LENGTH,
    "no-thanks": ("thanks_candidate",),
    "team-signoff": ("signed_by_a_person",),
    "over-promise": ("no_over_promising",),
    "wrong-decision": ("decision_respected",),
    "unfortunately": ("decision_respected",),
    "hold-no-timing": ("decision_respected",),
    "reapply-not-hiring": ("reapply_only_if_hiring",),
}


def rule_checks(tag: str) -> tuple[str, ...]:
    """The checks whose business a hazard tag is; every `protected-*` tag is safety's."""
    return _SAFETY if tag.startswith("protected-") else RULE_CHECKS.get(tag, ())


@dataclass
class CheckAgreement:
    """One check against the labels: false alarms on good emails, misses on its own faults."""

    name: str
    dimension: Dimension
    severity: Severity
    good: int = 0  # emails good on its dimension, where it applies
    false_alarms: list[tuple[str, str]] = field(default_factory=list)  # (email id, check reason)
    faults: int = 0  # bad emails whose fault is this check's business, where it applies
    misses: list[tuple[str, str]] = field(default_factory=list)  # (email id, human reason)

    @property
    def false_alarm_rate(self) -> float:
        return len(self.false_alarms) / self.good if self.good else 0.0

    @property
    def miss_rate(self) -> float:
        return len(self.misses) / self.faults if self.faults else 0.0


@dataclass
class DimensionAgreement:
    name: Dimension
    compared: int = 0
    agreed: int = 0
    false_alarms: list[tuple[str, str]] = field(default_factory=list)
    misses: list[tuple[str, str]] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.agreed / self.compared if self.compared else 1.0


@dataclass
class Calibration:
    """The checks against the labels of one set of emails (dev or test)."""

    part: str
    emails: int
    checks: list[CheckAgreement]
    dimensions: list[DimensionAgreement]
    good: int = 0
    good_passed: int = 0
    bad: int = 0
    bad_caught: int = 0  # failed for the right reason (by a blocking or an advisory check)
    bad_blocked: int = 0  # ... by a blocking check
    blocked_good: list[tuple[str, str]] = field(default_factory=list)  # good emails held back
    wrong_reason: list[tuple[str, str]] = field(default_factory=list)  # bad, caught by another check
    uncaught: list[tuple[str, str]] = field(default_factory=list)  # bad, nothing fired

    @property
    def good_pass_rate(self) -> float:
        return self.good_passed / self.good if self.good else 1.0

    @property
    def bad_caught_rate(self) -> float:
        return self.bad_caught / self.bad if self.bad else 1.0

    @property
    def agreement(self) -> float:
        total = self.good + self.bad
        return (self.good_passed + self.bad_caught) / total if total else 1.0

    def below(self) -> list[str]:
        """The bars this set misses, as lines to print."""
        bars = [("good emails passing every blocking check", self.good_pass_rate, GOOD_PASS_BAR),
                ("bad emails failed for the right reason", self.bad_caught_rate, BAD_CAUGHT_BAR),
                ("agreement overall", self.agreement, AGREEMENT_BAR)]
        return [f"{self.part}: {what} {value:.1%}, below {bar:.0%}"
                for what, value, bar in bars if value < bar]


def check_labelled(item: LabelledEmail) -> list[CheckResult]:
    """Every check on one labelled email, with its notes screened as a draft's would be."""
    from ..screening import screen_notes

    profile = Profile.model_validate(item.profile)
    ctx = item.context(profile, tuple(screen_notes(item.notes).withheld))
    return run_checks(EmailUnderCheck(subject=item.email.subject, body=item.email.body), ctx)


def responsible_checks(item: LabelledEmail) -> set[str]:
    """The checks whose business this bad email's fault is: those its hazard tags name, within the
    dimensions labelled bad; without such a tag, every check of those dimensions."""
    bad = {d for d, label in item.labels.items() if not label.good}
    named = {name for tag in item.tags for name in rule_checks(tag) if CHECKS[name].dimension in bad}
    return named or {spec.name for spec in REGISTRY if spec.dimension in bad}


def calibrate(labelled: Sequence[LabelledEmail], part: str = "labelled") -> Calibration:
    checks = {s.name: CheckAgreement(s.name, s.dimension, s.severity) for s in REGISTRY}
    dimensions = {d: DimensionAgreement(d) for d in DIMENSIONS}
    result = Calibration(part=part, emails=len(labelled), checks=list(checks.values()),
                         dimensions=list(dimensions.values()))
    for item in labelled:
        results = check_labelled(item)
        failed = [r for r in results if not r.passed]
        why = "; ".join(f"{r.name}: {r.reason}" for r in failed)
        for dimension in DIMENSIONS:
            label = item.labels[dimension]
            mine = [r for r in failed if r.dimension == dimension]
            agreement = dimensions[dimension]
            agreement.compared += 1
            if bool(mine) != label.good:
                agreement.agreed += 1
            elif label.good:
                agreement.false_alarms.append((item.id, "; ".join(f"{r.name}: {r.reason}" for r in mine)))
            else:
                agreement.misses.append((item.id, label.reason))
        bad_reasons = "; ".join(f"{d}: {label.reason}" for d, label in item.labels.items()
                                if not label.good)
        responsible = responsible_checks(item) if bad_reasons else set()
        for r in results:
            if r.status == "n/a":
                continue
            agreement_of = checks[r.name]
            if item.labels[r.dimension].good:
                agreement_of.good += 1
                if not r.passed:
                    agreement_of.false_alarms.append((item.id, r.reason))
            elif r.name in responsible:
                agreement_of.faults += 1
                if r.passed:
                    agreement_of.misses.append((item.id, bad_reasons))
        if not bad_reasons:
            result.good += 1
            blocking = "; ".join(f"{r.name}: {r.reason}" for r in failed if r.blocks)
            if blocking:
                result.blocked_good.append((item.id, blocking))
            else:
                result.good_passed += 1
            continue
        result.bad += 1
        right = [r for r in failed if r.name in responsible]
        if right:
            result.bad_caught += 1
            result.bad_blocked += any(r.blocks for r in right)
        elif failed:
            result.wrong_reason.append((item.id, f"{bad_reasons} | fired: {why}"))
        else:
            result.uncaught.append((item.id, bad_reasons))
    return result
