"""Length: short enough to be read, long enough to say something, for the decision and depth."""

from __future__ import annotations

from ..models import Decision, FeedbackDepth, StageLevel, stage_level
from .base import (
    CheckContext,
    EmailUnderCheck,
    Verdict,
    _fail,
    _not_applicable,
    _ok,
    _sentences,
    content_paragraphs,
    words,
)

# --- length ---------------------------------------------------------------------------------

# Words in the whole body, greeting and signature included.
LENGTH_BOUNDS: dict[tuple[Decision, FeedbackDepth], tuple[int, int]] = {
    (Decision.REJECT, FeedbackDepth.NONE): (40, 130),
    (Decision.REJECT, FeedbackDepth.BRIEF): (70, 190),
    (Decision.REJECT, FeedbackDepth.DETAILED): (110, 280),
    (Decision.ADVANCE, FeedbackDepth.NONE): (40, 150),
    (Decision.ADVANCE, FeedbackDepth.BRIEF): (50, 170),
    (Decision.ADVANCE, FeedbackDepth.DETAILED): (50, 200),
    (Decision.HOLD, FeedbackDepth.NONE): (35, 130),
    (Decision.HOLD, FeedbackDepth.BRIEF): (40, 150),
    (Decision.HOLD, FeedbackDepth.DETAILED): (40, 170),
}


def length_bounds(decision: Decision, depth: FeedbackDepth, stage: str | None) -> tuple[int, int]:
    low, high = LENGTH_BOUNDS[(decision, depth)]
    if stage_level(stage) is StageLevel.SCREEN:
        high = int(high * 0.85)  # a phone-screen email is shorter than a final-round one
    return low, high


def length_in_bounds(email: EmailUnderCheck, ctx: CheckContext) -> Verdict:
    low, high = length_bounds(ctx.decision, ctx.profile.feedback_depth, ctx.candidate.stage)
    low = low if ctx.min_words is None else ctx.min_words
    high = high if ctx.max_words is None else ctx.max_words
    count = len(words(email.body))
    if count < low:
        return _fail(f"{count} words; at least {low} expected for a {ctx.decision} email",
                     far_off=count < low / 2)
    if count > high:
        return _fail(f"{count} words; at most {high} for a {ctx.decision} email "
                     f"with {ctx.profile.feedback_depth} feedback", far_off=count > 2 * high)
    return _ok(f"{count} words ({low}-{high})")


def feedback_matches_depth(email: EmailUnderCheck, ctx: CheckContext) -> Verdict:
    if email.strengths is None or email.areas_to_grow is None:
        return _not_applicable("free-text email: not counted")
    depth = ctx.profile.feedback_depth
    most_strengths, most_areas = {
        FeedbackDepth.NONE: (1, 0), FeedbackDepth.BRIEF: (2, 1), FeedbackDepth.DETAILED: (3, 3),
    }[depth]
    if ctx.decision is Decision.HOLD:
        most_areas = 0
    elif ctx.decision is Decision.ADVANCE:
        most_areas = min(most_areas, 1)
    strengths, areas = len(email.strengths), len(email.areas_to_grow)
    if strengths > most_strengths or areas > most_areas:
        return _fail(f"{strengths} strength(s) and {areas} area(s) to grow; {depth} feedback "
                           f"on a {ctx.decision} allows at most {most_strengths} and {most_areas}")
    return _ok()


MAX_SUBJECT_CHARS = 78  # about what an inbox shows before cutting the subject off
MAX_SENTENCE_WORDS = 55  # the labelled emails people judged fine reach 50
MAX_PARAGRAPH_WORDS = 110


def subject_length(email: EmailUnderCheck, ctx: CheckContext) -> Verdict:
    count = len(words(email.subject))
    if count < 2:
        return _fail(f"subject '{email.subject}' says too little; name the role or the stage",
                     email.subject or None)
    if len(email.subject) > MAX_SUBJECT_CHARS:
        return _fail(f"subject is {len(email.subject)} characters; an inbox shows about "
                           f"{MAX_SUBJECT_CHARS}", email.subject)
    return _ok(f"{count} words")


def paragraph_count(email: EmailUnderCheck, ctx: CheckContext) -> Verdict:
    """A few short paragraphs: a wall of text is not read."""
    paragraphs = content_paragraphs(email.body)
    most = 6 if ctx.profile.feedback_depth is FeedbackDepth.DETAILED else 5
    if not paragraphs:
        return _fail("nothing between the greeting and the sign-off")
    if len(paragraphs) > most:
        return _fail(f"{len(paragraphs)} paragraphs; at most {most} keep it short")
    longest = max(paragraphs, key=lambda p: len(words(p)))
    if len(words(longest)) > MAX_PARAGRAPH_WORDS:
        return _fail(f"a paragraph of {len(words(longest))} words; at most "
                           f"{MAX_PARAGRAPH_WORDS} read easily", longest[:80])
    return _ok(f"{len(paragraphs)} paragraph(s)")


def sentences_not_overlong(email: EmailUnderCheck, ctx: CheckContext) -> Verdict:
    longest = max(_sentences(email.body), key=lambda s: len(words(s)), default="")
    count = len(words(longest))
    if count > MAX_SENTENCE_WORDS:
        return _fail(f"a sentence of {count} words; split it (at most {MAX_SENTENCE_WORDS})",
                     longest.strip())
    return _ok(f"longest sentence {count} words")
