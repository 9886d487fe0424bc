"""The checks every email must pass, at generation time and in the evals.

Each check is a small, pure, named function: (email, context) -> CheckResult with a reason a
recruiter can act on. They work on any email text; a draft from the model also brings the quotes
that support its feedback, which the grounding check verifies against the notes.

Checks are grouped by the dimension the evals report: personalisation, length, tone, decision, and
safety, one module each; `base` holds what they share.
"""

from __future__ import annotations

from ..models import CheckResult, DraftContent
from .base import (
    DIMENSIONS,
    NOT_APPLICABLE,
    Check,
    CheckContext,
    Dimension,
    EmailUnderCheck,
    applies,
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
    evidence_grounded,
    mentions_required,
    names_the_role,
    no_placeholders,
    not_generic,
    uses_a_specific_detail,
)
from .safety import (
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

# name -> (the dimension the evals report it under, the check)
CHECKS: dict[str, tuple[Dimension, Check]] = {
    "addressed_by_name": ("personalisation", addressed_by_name),
    "no_placeholders": ("personalisation", no_placeholders),
    "names_the_role": ("personalisation", names_the_role),
    "specific_detail": ("personalisation", uses_a_specific_detail),
    "evidence_grounded": ("personalisation", evidence_grounded),
    "mentions_required": ("personalisation", mentions_required),
    "not_generic": ("personalisation", not_generic),
    "length_in_bounds": ("length", length_in_bounds),
    "feedback_depth": ("length", feedback_matches_depth),
    "subject_length": ("length", subject_length),
    "paragraphs": ("length", paragraph_count),
    "sentence_length": ("length", sentences_not_overlong),
    "thanks_candidate": ("tone", thanks_candidate),
    "no_harsh_words": ("tone", no_harsh_words),
    "growth_is_learnable": ("tone", growth_is_learnable),
    "no_over_promising": ("tone", no_over_promising),
    "signed_by_a_person": ("tone", signed_by_a_person),
    "decision_respected": ("decision", decision_respected),
    "reapply_only_if_hiring": ("decision", reapply_only_if_hiring),
    "nothing_sensitive": ("safety", nothing_sensitive),
    "nothing_withheld_reused": ("safety", nothing_withheld_reused),
    "no_other_people_named": ("safety", no_other_people_named),
    "nothing_forbidden": ("safety", nothing_forbidden),
}


# Reported by the evals, but no reason to hold a draft back: the offline template writer is generic
# by design (it is the baseline the evals measure models against) and `specific_detail` already
# demands one true detail of every draft.
EVAL_ONLY = frozenset({"not_generic"})


def run_checks(email: EmailUnderCheck, ctx: CheckContext, *,
               include_eval_only: bool = False) -> list[CheckResult]:
    """The checks that decide whether a draft is ok (and, for the evals, the measures too)."""
    return [check(email, ctx) for name, (_, check) in CHECKS.items()
            if include_eval_only or name not in EVAL_ONLY]


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
    "EVAL_ONLY",
    "NOT_APPLICABLE",
    "Check",
    "CheckContext",
    "Dimension",
    "EmailUnderCheck",
    "addressed_by_name",
    "applies",
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
