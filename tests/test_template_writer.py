"""The offline writer's one quoted strength: positive, verbatim, whole, and never a score."""

from __future__ import annotations

import pytest

from followup.models import Candidate
from followup.template_writer import pick_strength

SAM = Candidate(name="Sam Lee", role="Support Lead")


@pytest.mark.parametrize(("notes", "expected"), [
    # A hard-wrapped line is one thought: the quote is not cut at the wrap.
    ("Runs a weekly QA review on a sample of\ntickets and coaches from it.",
     "Runs a weekly QA review on a sample of tickets and coaches from it"),
    # Something they did counts as a strength; a leading pronoun is dropped.
    ("- He built their rate-limiting layer and can talk token buckets vs sliding windows",
     "built their rate-limiting layer and can talk token buckets vs sliding windows"),
    # Ordinary numbers are fine; a clause that takes itself back is not a strength.
    ("Presentation on onboarding a 200-seat customer was well structured.\n"
     "Good instinct for when to pull product in, but not always.",
     "Presentation on onboarding a 200-seat customer was well structured"),
    # Scores and anything sensitive are never quoted.
    ("Strong SQL, scored 4/5 on the exercise.", None),
    ("Great energy for someone his age, very clear explanations of the ticket flow.", None),
    ("Struggled with the escalation case.", None),
])
def test_pick_strength(notes: str, expected: str | None) -> None:
    assert pick_strength(notes, SAM) == expected
