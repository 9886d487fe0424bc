"""Each check against good and bad emails: the reason a recruiter sees must match the fault."""

from __future__ import annotations

import pytest

from followup.checks import (
    CHECKS,
    CheckContext,
    EmailUnderCheck,
    addressed_by_name,
    decision_respected,
    evidence_grounded,
    feedback_matches_depth,
    length_in_bounds,
    names_the_role,
    no_other_people_named,
    no_placeholders,
    nothing_sensitive,
    nothing_withheld_reused,
    reapply_only_if_hiring,
    run_checks,
    thanks_candidate,
    uses_a_specific_detail,
)
from followup.models import Candidate, Decision, Evidence, FeedbackDepth, Profile, WithheldFragment

NOTES = """- Clear, structured walkthrough of the payment retry design.
- Did not think about clock skew between nodes until prompted.
- 3/5, leaning no hire. Going with Daniel."""

PRIYA = Candidate(name="Priya Raghunathan", role="Senior Backend Engineer", stage="final round")

GOOD_REJECT = """Hi Priya,

Thank you for the time you gave us during the final round for the Senior Backend Engineer role.
After a lot of thought, we have decided not to move forward with your application.

Your walkthrough of the payment retry design was clear and well structured, starting from the
failure modes. One area to grow: reasoning about clock skew between nodes early, before it is
raised, would make your distributed designs stronger.

This closes the process for this role. Thank you again for your openness throughout.

Best wishes,
Dana Whitfield
Talent Partner, Acme
"""


def ctx(decision: Decision = Decision.REJECT, *, hires: bool = False,
        depth: FeedbackDepth = FeedbackDepth.BRIEF, candidate: Candidate = PRIYA,
        withheld: tuple[WithheldFragment, ...] = ()) -> CheckContext:
    return CheckContext(candidate=candidate, decision=decision, notes=NOTES, withheld=withheld,
                        profile=Profile(company="Acme", hires_actively=hires, feedback_depth=depth))


def email(body: str, subject: str = "Your application for Senior Backend Engineer",
          strengths: list[Evidence] | None = None,
          areas: list[Evidence] | None = None) -> EmailUnderCheck:
    return EmailUnderCheck(subject=subject, body=body,
                           strengths=None if strengths is None else tuple(strengths),
                           areas_to_grow=None if areas is None else tuple(areas))


def test_a_good_rejection_passes_every_check() -> None:
    results = run_checks(email(GOOD_REJECT), ctx())
    assert [r.name for r in results if not r.passed] == []
    assert {r.name for r in results} == set(CHECKS)


@pytest.mark.parametrize(("body", "passed", "reason_part"), [
    ("Hi Priya,\n\nThanks.", True, ""),
    ("Dear Priya Raghunathan,\n\nThanks.", True, ""),
    ("Dear Candidate,\n\nThank you for applying.", False, "generic greeting 'Dear Candidate'"),
    ("Hi there,\n\nThanks Priya.", False, "generic greeting"),
    ("Hello,\n\nThank you Priya.", False, "does not name Priya"),
    ("Hi Priyanka,\n\nThanks.", False, "does not name Priya"),
    ("To whom it may concern,\n\nHi Priya.", False, "to whom it may concern"),
])
def test_addressed_by_name(body: str, passed: bool, reason_part: str) -> None:
    result = addressed_by_name(email(body), ctx())
    assert result.passed is passed
    assert reason_part.lower() in result.reason.lower()


def test_preferred_name_is_accepted_in_the_greeting() -> None:
    sam = Candidate(name="Samantha Okafor", preferred_name="Sam", role="Designer")
    assert addressed_by_name(email("Hi Sam,\n\nThanks."), ctx(candidate=sam)).passed


@pytest.mark.parametrize(("text", "passed"), [
    (GOOD_REJECT, True),
    ("Hi [First Name],\n\nThanks for applying to [Company].", False),
    ("Hi {{name}},\n\nThanks.", False),
    ("Hi Priya, the start date is TBD.", False),
])
def test_no_placeholders(text: str, passed: bool) -> None:
    assert no_placeholders(email(text), ctx()).passed is passed


@pytest.mark.parametrize(("body", "passed"), [
    (GOOD_REJECT, True),
    ("Hi Priya, thanks for interviewing for the backend role.", True),
    ("Hi Priya, thanks for interviewing with us.", False),
])
def test_names_the_role(body: str, passed: bool) -> None:
    assert names_the_role(email(body, subject="Your application"), ctx()).passed is passed


@pytest.mark.parametrize(("quote", "passed", "reason_part"), [
    ("structured walkthrough of the payment retry design", True, "found in the notes"),
    ("Clear,   structured walkthrough", True, ""),  # whitespace and case do not matter
    ("did not think about clock skew", True, ""),
    ("Excellent leadership of the incident review", False, "does not occur in the notes"),
    ("design", False, "too short"),
])
def test_evidence_grounded(quote: str, passed: bool, reason_part: str) -> None:
    draft = email(GOOD_REJECT, strengths=[Evidence(point="You did well.", quote=quote)], areas=[])
    result = evidence_grounded(draft, ctx())
    assert result.passed is passed
    assert reason_part in result.reason


@pytest.mark.parametrize(("body", "passed"), [
    (GOOD_REJECT, True),
    ("Hi Priya,\n\nThank you for interviewing for the role. We will not move forward.", False),
])
def test_specific_detail_in_a_free_text_email(body: str, passed: bool) -> None:
    assert uses_a_specific_detail(email(body), ctx()).passed is passed


def _words(n: int) -> str:
    return "Hi Priya,\n\n" + " ".join(["word"] * (n - 2))


@pytest.mark.parametrize(("decision", "depth", "stage", "count", "passed"), [
    (Decision.REJECT, FeedbackDepth.BRIEF, "final round", 120, True),
    (Decision.REJECT, FeedbackDepth.BRIEF, "final round", 40, False),
    (Decision.REJECT, FeedbackDepth.BRIEF, "final round", 260, False),
    (Decision.REJECT, FeedbackDepth.NONE, "final round", 150, False),
    (Decision.REJECT, FeedbackDepth.DETAILED, "final round", 250, True),
    (Decision.REJECT, FeedbackDepth.BRIEF, "phone screen", 180, False),  # a screen is shorter
    (Decision.HOLD, FeedbackDepth.BRIEF, None, 60, True),
])
def test_length_in_bounds(decision: Decision, depth: FeedbackDepth, stage: str | None,
                          count: int, passed: bool) -> None:
    candidate = PRIYA.model_copy(update={"stage": stage})
    result = length_in_bounds(email(_words(count)), ctx(decision, depth=depth, candidate=candidate))
    assert result.passed is passed, result.reason
    assert f"{count} words" in result.reason


def test_feedback_depth_counts_points() -> None:
    point = Evidence(point="p", quote="q q")
    none_with_area = email(GOOD_REJECT, strengths=[point], areas=[point])
    assert not feedback_matches_depth(none_with_area, ctx(depth=FeedbackDepth.NONE)).passed
    assert feedback_matches_depth(none_with_area, ctx(depth=FeedbackDepth.BRIEF)).passed
    hold_with_area = email(GOOD_REJECT, strengths=[point], areas=[point])
    assert not feedback_matches_depth(hold_with_area, ctx(Decision.HOLD)).passed


@pytest.mark.parametrize(("body", "passed"), [
    (GOOD_REJECT, True),
    ("Hi Priya, we appreciated your time.", True),
    ("Hi Priya, we will not move forward.", False),
])
def test_thanks_candidate(body: str, passed: bool) -> None:
    assert thanks_candidate(email(body), ctx()).passed is passed


@pytest.mark.parametrize(("decision", "body", "passed", "reason_part"), [
    (Decision.REJECT, GOOD_REJECT, True, ""),
    (Decision.REJECT, "Hi Priya, we would love to move you forward to the next round!", False,
     "reads as moving forward"),
    (Decision.REJECT, "Hi Priya, we are pleased to offer you the role.", False, "moving forward"),
    (Decision.REJECT, "Hi Priya, thanks for your time. Best of luck.", False, "never says clearly"),
    (Decision.REJECT, "Hi Priya, we won't be moving forward, and there is no next round.", True, ""),
    (Decision.ADVANCE, "Hi Priya, great news: we'd like to invite you to the next round.", True, ""),
    (Decision.ADVANCE, "Hi Priya, unfortunately the next round is on Friday.", False,
     "reads as a rejection"),
    (Decision.ADVANCE, "Hi Priya, thank you for your time.", False, "next round"),
    (Decision.HOLD, "Hi Priya, we are still deciding and will be in touch within two weeks.", True,
     ""),
    (Decision.HOLD, "Hi Priya, we are still deciding and will let you know.", False, "roughly when"),
    (Decision.HOLD, "Hi Priya, we regret to say no, but you'll hear within a week.", False,
     "rejection"),
    # Next steps promised: a process that goes on in a rejection, what a hold should say.
    (Decision.REJECT, "Hi Priya, we are not moving forward. We will be in touch about next steps.",
     False, "moving forward"),
    (Decision.HOLD, "Hi Priya, we are still deciding and will be in touch about next steps within "
     "two weeks.", True, ""),
    (Decision.HOLD, "Hallo Priya, wir entscheiden noch und melden uns in zwei Wochen zu den "
     "nächsten Schritten.", True, ""),
    (Decision.REJECT, "Hallo Priya, leider sagen wir ab. Wir melden uns zu den nächsten Schritten.",
     False, "moving forward"),
    # Refusals that need a role, a person or a whole word.
    (Decision.HOLD, "Hi Priya, we are not in a position to offer you a date yet; you will hear "
     "within two weeks.", True, ""),
    (Decision.REJECT, "Hi Priya, we are not in a position to offer you the role.", True, ""),
    (Decision.ADVANCE, "Hi Priya, inviting you to the final round was a no-brainer.", True, ""),
    (Decision.REJECT, "Hi Priya, thank you; I'm afraid it's a no this time.", True, ""),
    (Decision.HOLD, "Hallo Priya, es gibt noch kein Angebot, aber Sie hören bis Freitag von uns.",
     True, ""),
    (Decision.ADVANCE, "Hallo Priya, es gibt noch kein Angebot: wir laden Sie zur nächsten Runde ein.",
     True, ""),
    (Decision.REJECT, "Hallo Priya, wir können Ihnen kein Angebot machen.", True, ""),
    (Decision.ADVANCE, "Hi Priya, we'd like to invite you to the next round and close the process "
     "with a final interview.", True, ""),
    # Batch o's dev half.
    (Decision.ADVANCE, "Bonjour Priya, nous avons le plaisir de vous convier à notre journée de "
     "sélection le 8 avril.", True, ""),
    (Decision.REJECT, "Hallo Priya, danke. Wir haben uns für Katrin Vogel entschieden.", True, ""),
    (Decision.ADVANCE, "Hallo Priya, wir haben uns für Sie entschieden und laden Sie zum "
     "Probetag ein.", True, ""),
    (Decision.REJECT, "Hi Priya, we won't be offering you the role at the moment, but let's keep "
     "the conversation open.", False, "still to come"),
])
def test_decision_respected(decision: Decision, body: str, passed: bool, reason_part: str) -> None:
    result = decision_respected(email(body, subject="Your application"), ctx(decision))
    assert result.passed is passed, result.reason
    assert reason_part in result.reason


@pytest.mark.parametrize(("body", "hires", "passed"), [
    ("We'd encourage you to apply again for future roles.", True, True),
    ("We'd encourage you to apply again for future roles.", False, False),
    ("Please keep an eye on our careers page.", False, False),
    ("We'll keep your CV on file.", False, False),
    ("We wish you every success.", False, True),
    ("Your application was a pleasure to read.", False, True),  # "application" is not "apply again"
])
def test_reapply_only_if_hiring(body: str, hires: bool, passed: bool) -> None:
    assert reapply_only_if_hiring(email(body), ctx(hires=hires)).passed is passed


@pytest.mark.parametrize(("body", "passed"), [
    (GOOD_REJECT, True),
    ("Hi Priya, she manages a team of 12 and put the project on hold.", True),
    ("Hi Priya, we used an older version of the API in the age of microservices.", True),
    ("Hi Priya, you scored 3/5 in the design round.", False),
    ("Hi Priya, we went with another candidate who had more on-call experience.", False),
    ("Hi Priya, given your family commitments, the on-call rota may be hard.", False),
    ("Hi Priya, you came across as arrogant.", False),
    # The sender's own lines under the closing are not about the candidate; the closing line is.
    ("Hi Priya, thank you.\n\nBest wishes,\nPS: you were 3/5 overall\nDana Whitfield", False),
    ("Hi Priya, thank you.\n\nBest wishes for the chemo,\nDana Whitfield", False),
    ("Hi Priya, thank you.\n\nDana Church", False),  # no closing line: all of it is checked
])
def test_nothing_sensitive(body: str, passed: bool) -> None:
    result = nothing_sensitive(email(body), ctx())
    assert result.passed is passed, result.reason


def test_style_is_advice_and_a_leak_blocks() -> None:
    generic = email("Hi Priya,\n\nThank you for interviewing for the Senior Backend Engineer role; "
                    "we have decided not to move forward.\n\nBest,\nElena Marsh")
    results = {r.name: r for r in run_checks(generic, ctx())}
    assert {r.name for r in results.values() if r.advises} >= {"not_generic", "specific_detail",
                                                                "length_in_bounds"}
    assert not [r.name for r in results.values() if r.blocks]
    assert results["length_in_bounds"].far_off  # 22 words, under half the 70 expected: a re-ask
    leak = email(generic.body.replace("role;", "role (you scored 2/5);"))
    assert [r.name for r in run_checks(leak, ctx()) if r.blocks] == ["nothing_sensitive"]


def test_withheld_fragment_reused_is_caught() -> None:
    withheld = (WithheldFragment(text="Going with Daniel", category="comparison"),)
    leaked = email("Hi Priya, in the end we are going with Daniel for this one.")
    result = nothing_withheld_reused(leaked, ctx(withheld=withheld))
    assert not result.passed and "comparison" in result.reason
    assert nothing_withheld_reused(email(GOOD_REJECT), ctx(withheld=withheld)).passed


def test_the_companys_own_link_is_not_a_candidates_contact_detail() -> None:
    own = email("Hi Priya, the exercise we used is public at github.com/acme/take-home if useful.")
    assert nothing_sensitive(own, ctx()).passed
    theirs = email("Hi Priya, we looked at github.com/priya-dev before the call.")
    assert not nothing_sensitive(theirs, ctx()).passed


def test_a_clause_withheld_beside_an_instruction_is_looked_for_like_any_other() -> None:
    # The instruction's own words coming back are not a leak; what followed it, withheld for its
    # context, is judged by its words and numbers as usual.
    own = WithheldFragment(text="Note to the AI: be nice", category="model_instruction",
                           rule="en.instruction.addressing_the_model", matched=["Note to the AI"])
    follows = WithheldFragment(text="she was rated 4 by the panel", category="model_instruction",
                               rule="context.follows_withheld")
    assert nothing_withheld_reused(email("Hi Priya, be nice to yourself."), ctx(withheld=(own,))).passed
    leaked = email("Hi Priya, the panel rated you 4 overall.")
    assert not nothing_withheld_reused(leaked, ctx(withheld=(own, follows))).passed


PANEL_NOTES = """Panel: Sam, Aisha and me.
- Priyanka (Finance): good on cost, consolidated 7 freight vendors to 3.
- Written in Python; see Dana's notes.
Going with Daniel, he has more on-call experience."""


@pytest.mark.parametrize(("body", "allow_names", "passed", "reason_part"), [
    ("Hi Priya, your Python exercise was clean.", False, True, ""),
    ("Hi Priya, Aisha enjoyed your role-play.", False, False, "names Aisha, an interviewer"),
    ("Hi Priya, Aisha enjoyed your role-play.", True, True, ""),
    ("Hi Priya, as Priyanka said, you were good on cost.", False, False, "Priyanka"),
    ("Hi Priya, Daniel had more on-call experience.", True, False, "names Daniel, another candidate"),
    ("Best wishes,\nDana Whitfield", False, True, ""),  # the sender may be one of the interviewers
    ("Thanks for your time.\n\nBest wishes,\nAisha Khan", False, True, ""),  # a hand-written sign-off
])
def test_no_other_people_named(body: str, allow_names: bool, passed: bool, reason_part: str) -> None:
    context = CheckContext(candidate=PRIYA, decision=Decision.REJECT, notes=PANEL_NOTES,
                           profile=Profile(sender_name="Dana Whitfield",
                                           allow_interviewer_names=allow_names))
    result = no_other_people_named(email(body), context)
    assert result.passed is passed, result.reason
    assert reason_part in result.reason


def test_shops_degrees_and_tools_in_brackets_are_not_people() -> None:
    from followup.screening.people import other_people

    notes = ("- 4 yrs at Sainsbury's, then a Master's in logistics\n"
             "- runs the tills on our POS (Lightspeed) without help\n"
             "- Marek's not convinced; see Dana's notes (Kofi)")
    assert set(other_people(notes)) == {"Marek", "Dana", "Kofi"}


@pytest.mark.parametrize("notes", [
    "Notes from the project review (Marek): solid.",
    "Language test (Aisha): C1 throughout.",
    "Workshop (Dana) went well.",
    "Marek's thoughts: solid on SQL.",
    "Jen's scorecard: good on ops.",
    "Dana's gut says yes.",
    "Marek's a strong no.",
    "tech - w/ Aisha (VP Sales Eng)",
    "Aisha makes final call, back Mon.",
    "- tech round w/ Priya K + Tom B.",
    "- Frau Schneider (Teamleitung) überzeugt",
    "test + entretien avec Mme Vasseur",
    "Revisión portfolio con Raúl y Nuria",
    "Gespräch mit Frau Dr. Weber",
])
def test_an_interviewer_named_beside_a_meeting_or_a_view_is_a_person(notes: str) -> None:
    from followup.screening.people import other_people

    assert other_people(notes), notes


@pytest.mark.parametrize("notes", [
    "Gespräch mit Schulleitung + Fachschaft, nächste Woche",
    "needs the Ms Word templates tidied",
    "interview with Python and SQL questions",
])
def test_a_title_a_tool_or_a_group_is_not_a_person(notes: str) -> None:
    from followup.screening.people import other_people

    assert other_people(notes) == {}, notes


@pytest.mark.parametrize("notes", [
    "- nehmen Katrin Vogel (Sterneerfahrung)",
    "- on prend Julien, plus d'expérience",
    "- nos quedamos con Lucía",
])
def test_the_candidate_chosen_instead_is_another_candidate(notes: str) -> None:
    from followup.screening.people import Person, other_people

    assert list(other_people(notes).values()) == [Person.OTHER_CANDIDATE], notes


def test_a_name_in_a_drafts_closing_line_is_not_a_sign_off() -> None:
    context = CheckContext(candidate=PRIYA, decision=Decision.REJECT, notes=PANEL_NOTES,
                           profile=Profile(sender_name="Dana Whitfield"))
    draft = email("Hi Priya,\n\nThanks.\n\nBest wishes, Aisha\nDana Whitfield", strengths=[],
                  areas=[])
    assert not no_other_people_named(draft, context).passed


def test_the_companys_own_contact_details_are_allowed() -> None:
    profile = Profile(sender_email="dana@northwind.example.com", signature="+44 20 7946 0958")
    context = CheckContext(candidate=PRIYA, decision=Decision.REJECT, profile=profile, notes=NOTES)
    own = email(GOOD_REJECT + "dana@northwind.example.com\n+44 20 7946 0958\n")
    assert nothing_sensitive(own, context).passed
    other = email(GOOD_REJECT + "Call Marcus on +44 20 7946 0111.\n")
    result = nothing_sensitive(other, context)
    assert not result.passed and "personal data" in result.reason


@pytest.mark.parametrize(("notes", "body", "passed", "reason_part"), [
    # The label of a withheld score, out of its context, is still the score's.
    ("Nota: 8/10. Buen trabajo con SwiftUI.", "Hi Priya, Nota: thank you.", False, "'nota'"),
    # A withheld comparison shares "best" with every "Best wishes": no false alarm.
    ("- Best answer to this question I've heard this quarter.\n- Clean code.",
     "Hi Priya, thank you.\n\nBest wishes,\nDana", True, ""),
    ("Wants 95k base, our band is 70-80k.\nGreat demo.", "Hi Priya, about the 95k...", False, "95k"),
    ("Wants 95k base, our band is 70-80k.\nGreat demo.", "Hi Priya, thank you for the demo.", True,
     ""),
    # Who judged is every email's word; the rank is the fragment's.
    ("- classé 3e sur 5 par le comité.\n- présentation claire", "Bonjour Priya, le comité a aimé "
     "votre présentation.", True, ""),
    ("- classé 3e sur 5 par le comité.\n- présentation claire", "Bonjour Priya, vous êtes classé 3e.",
     False, ""),
])
def test_nothing_withheld_reused_by_its_words(notes: str, body: str, passed: bool,
                                              reason_part: str) -> None:
    from followup.screening import screen_notes

    screened = screen_notes(notes)
    context = CheckContext(candidate=PRIYA, decision=Decision.REJECT, profile=Profile(), notes=notes,
                           withheld=tuple(screened.withheld))
    result = nothing_withheld_reused(email(body), context)
    assert result.passed is passed, result.reason
    assert reason_part in result.reason


def test_cues_ignore_case_and_answer_the_words_as_written() -> None:
    from followup.checks.base import Cues

    cues = Cues(r"\b(frankly|culture fit)\b")
    assert cues.search("It was, FRANKLY, fine.") == "FRANKLY"
    assert cues.search("Not a Culture Fit for us") == "Culture Fit"
    assert cues.search("İstanbul office: frankly great") == "frankly"  # lower() changes its length
    assert cues.search("fine work") is None
    with pytest.raises(ValueError, match="lower case"):
        Cues(r"\bFrankly\b")
