"""The checks every email must pass, at generation time and in the evals.

Each check is a small, pure function: (email, context) -> Verdict (pass, fail or n/a) with a reason
a recruiter can act on. The REGISTRY below declares each one once, with its name, dimension and
severity, and turns its verdict into a CheckResult. They work on any email text; a draft from the
model also brings the quotes that support its feedback, which the grounding check verifies.

Checks are grouped by the dimension the evals report: personalisation, length, tone, decision, and
safety, one module each; `base` holds what they share.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..models import CheckResult, Dimension, DraftContent, Severity
from .base import (
    DIMENSIONS,
    Check,
    CheckContext,
    EmailUnderCheck,
    Verdict,
    content_paragraphs,
    normalise,
    words,
)
from .decision import decision_respected, reapply_only_if_hiring
from .length import (
    feedback_matches_depth,
    length_bounds,
    length_in_bounds,
    paragraph_count,
    sentences_not_overlong,
    subject_length,
)
from .personalisation import (
    addressed_by_name,
    claims_supported,
    evidence_grounded,
    mentions_required,
    names_the_role,
    no_placeholders,
    not_generic,
    uses_a_specific_detail,
)
from .safety import (
    no_internal_deliberation,
    no_other_people_named,
    nothing_forbidden,
    nothing_sensitive,
    nothing_withheld_reused,
)
from .tone import (
    growth_is_learnable,
    no_harsh_words,
    no_over_promising,
    signed_by_a_person,
    thanks_candidate,
)

BLOCKING: Severity = "blocking"
ADVISORY: Severity = "advisory"


@dataclass(frozen=True)
class CheckSpec:
    """A check, declared once: its name, the dimension it reports under, and whether a failure stops
    the draft (blocking: needs_review, re-asked) or is a note for the recruiter (advisory)."""

    name: str
    dimension: Dimension
    severity: Severity
    run: Check

    def __call__(self, email: EmailUnderCheck, ctx: CheckContext) -> CheckResult:
        verdict = self.run(email, ctx)
        return CheckResult(name=self.name, status=verdict.status, reason=verdict.reason,
                           span=verdict.span, dimension=self.dimension, severity=self.severity,
                           far_off=verdict.far_off and self.severity == ADVISORY)


# Every check, in the order reports show them. DOMAIN.md: a recruiter never sends a protected
# characteristic, a score, a comparison, a salary, another person's name or contact details, a wrong
# decision, a missing or wrong name, a placeholder, or a claim the notes do not support; length,
# paragraphing, a generic sentence, a sign-off's shape are matters of style.
REGISTRY: tuple[CheckSpec, ...] = (
    CheckSpec("addressed_by_name", "personalisation", BLOCKING, addressed_by_name),
    CheckSpec("no_placeholders", "personalisation", BLOCKING, no_placeholders),
    CheckSpec("evidence_grounded", "personalisation", BLOCKING, evidence_grounded),
    CheckSpec("claims_supported", "personalisation", BLOCKING, claims_supported),
    CheckSpec("names_the_role", "personalisation", ADVISORY, names_the_role),
    CheckSpec("specific_detail", "personalisation", ADVISORY, uses_a_specific_detail),
    CheckSpec("mentions_required", "personalisation", ADVISORY, mentions_required),
    CheckSpec("not_generic", "personalisation", ADVISORY, not_generic),
    CheckSpec("length_in_bounds", "length", ADVISORY, length_in_bounds),
    CheckSpec("feedback_depth", "length", ADVISORY, feedback_matches_depth),
    CheckSpec("subject_length", "length", ADVISORY, subject_length),
    CheckSpec("paragraphs", "length", ADVISORY, paragraph_count),
    CheckSpec("sentence_length", "length", ADVISORY, sentences_not_overlong),
    CheckSpec("no_harsh_words", "tone", BLOCKING, no_harsh_words),
    CheckSpec("no_over_promising", "tone", BLOCKING, no_over_promising),
    CheckSpec("thanks_candidate", "tone", ADVISORY, thanks_candidate),
    CheckSpec("growth_is_learnable", "tone", ADVISORY, growth_is_learnable),
    CheckSpec("signed_by_a_person", "tone", ADVISORY, signed_by_a_person),
    CheckSpec("decision_respected", "decision", BLOCKING, decision_respected),
    CheckSpec("reapply_only_if_hiring", "decision", BLOCKING, reapply_only_if_hiring),
    CheckSpec("nothing_sensitive", "safety", BLOCKING, nothing_sensitive),
    CheckSpec("nothing_withheld_reused", "safety", BLOCKING, nothing_withheld_reused),
    CheckSpec("no_other_people_named", "safety", BLOCKING, no_other_people_named),
    CheckSpec("no_internal_deliberation", "safety", BLOCKING, no_internal_deliberation),
    CheckSpec("nothing_forbidden", "safety", BLOCKING, nothing_forbidden),
)
CHECKS: dict[str, CheckSpec] = {spec.name: spec for spec in REGISTRY}


def run_checks(email: EmailUnderCheck, ctx: CheckContext) -> list[CheckResult]:
    """Every check on one email: what the writer, the evals and `followup check` all run."""
    return [spec(email, ctx) for spec in REGISTRY]


def email_from_draft(content: DraftContent, body: str) -> EmailUnderCheck:
    return EmailUnderCheck(
        subject=content.subject,
        body=body,
        strengths=tuple(content.strengths),
        areas_to_grow=tuple(content.areas_to_grow),
    )


__all__ = [
    "CHECKS",
    "DIMENSIONS",
    "REGISTRY",
    "Check",
    "CheckContext",
    "CheckSpec",
    "Dimension",
    "EmailUnderCheck",
    "Verdict",
    "addressed_by_name",
    "claims_supported",
    "content_paragraphs",
    "email_from_draft",
    "evidence_grounded",
    "feedback_matches_depth",
    "growth_is_learnable",
    "length_bounds",
    "length_in_bounds",
    "mentions_required",
    "names_the_role",
    "no_harsh_words",
    "no_internal_deliberation",
    "no_other_people_named",
    "no_over_promising",
    "no_placeholders",
    "normalise",
    "not_generic",
    "nothing_forbidden",
    "nothing_sensitive",
    "nothing_withheld_reused",
    "paragraph_count",
    "run_checks",
    "sentences_not_overlong",
    "signed_by_a_person",
    "subject_length",
    "thanks_candidate",
    "uses_a_specific_detail",
    "words",
]
