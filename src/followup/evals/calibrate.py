"""How far the checks can be trusted: each check's verdict against the human label of its dimension,
over the hand-written, labelled emails in evals/labelled/.

A check is compared on the emails where it applies:
- a pass on an email the humans marked good for the check's dimension agrees; a fail is a false
  alarm (a good email blocked);
- a fail on an email marked bad agrees: the check caught the fault;
- not counted: the check says it does not apply (`n/a`: no required details given, a language it
  does not read), and a pass on a bad email: the fault may be one this check is not about (a
  missing "thank you" is not a harsh word). Whether some check of the dimension caught it is what
  the dimension's own agreement measures (all its checks pass vs the label), with its misses.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..checks import CHECKS, EmailUnderCheck, applies
from ..models import CheckResult, Profile
from .cases import DIMENSIONS, Dimension, LabelledEmail

MIN_AGREEMENT = 0.9


@dataclass
class Agreement:
    """One check (or one whole dimension) against the labels."""

    name: str
    dimension: Dimension
    compared: int = 0
    agreed: int = 0
    caught: int = 0  # bad emails it failed
    false_alarms: list[tuple[str, str]] = field(default_factory=list)  # (email id, check reason)
    misses: list[tuple[str, str]] = field(default_factory=list)  # (email id, human reason)

    @property
    def rate(self) -> float:
        return self.agreed / self.compared if self.compared else 1.0

    def add(self, email_id: str, passed: bool, good: bool, reason: str, human: str) -> None:
        self.compared += 1
        if passed == good:
            self.agreed += 1
            self.caught += not good
        elif good:
            self.false_alarms.append((email_id, reason))
        else:
            self.misses.append((email_id, human))


@dataclass
class Calibration:
    emails: int
    checks: list[Agreement]
    dimensions: list[Agreement]

    def below(self, bar: float = MIN_AGREEMENT) -> list[Agreement]:
        """The checks whose verdicts people disagree with too often to trust."""
        return [a for a in self.checks if a.compared and a.rate < bar]


def check_labelled(item: LabelledEmail) -> dict[str, CheckResult]:
    """Every check on one labelled email, with its notes screened as a draft's would be."""
    from ..screening import screen_notes

    profile = Profile.model_validate(item.profile)
    ctx = item.context(profile, tuple(screen_notes(item.notes).withheld))
    email = EmailUnderCheck(subject=item.email.subject, body=item.email.body)
    return {name: check(email, ctx) for name, (_, check) in CHECKS.items()}


def calibrate(labelled: Sequence[LabelledEmail]) -> Calibration:
    checks = {name: Agreement(name, dimension) for name, (dimension, _) in CHECKS.items()}
    dimensions = {d: Agreement(d, d) for d in DIMENSIONS}
    for item in labelled:
        results = check_labelled(item)
        for dimension in DIMENSIONS:
            label = item.labels[dimension]
            mine = {n: r for n, r in results.items() if CHECKS[n][0] == dimension}
            failed = [r for r in mine.values() if not r.passed]
            dimensions[dimension].add(item.id, not failed, label.good,
                                      "; ".join(f"{r.name}: {r.reason}" for r in failed),
                                      label.reason)
            for name, result in mine.items():
                if applies(result) and (label.good or not result.passed):
                    checks[name].add(item.id, result.passed, label.good, result.reason,
                                     label.reason)
    return Calibration(emails=len(labelled), checks=list(checks.values()),
                       dimensions=list(dimensions.values()))
