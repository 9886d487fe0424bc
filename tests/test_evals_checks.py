"""The checks added for the evals: each against good and bad emails, with the reason a recruiter sees."""

from __future__ import annotations

import pytest

from followup.checks import (
    CHECKS,
    DIMENSIONS,
    CheckContext,
    EmailUnderCheck,
    content_paragraphs,
    decision_respected,
    growth_is_learnable,
    length_in_bounds,
    mentions_required,
    names_the_role,
    no_harsh_words,
    no_over_promising,
    not_generic,
    nothing_forbidden,
    paragraph_count,
    sentences_not_overlong,
    signed_by_a_person,
    subject_length,
    thanks_candidate,
)
from followup.models import Candidate, Decision, Evidence, Profile

NOTES = """- Clear, structured walkthrough of the payment retry design; idempotency keys per attempt.
- Did not think about clock skew between nodes until prompted.
- 3/5, leaning no hire. Going with Daniel."""

PRIYA = Candidate(name="Priya Raghunathan", role="Senior Backend Engineer", stage="final round")

BODY = """Hi Priya,

Thank you for the final round for the Senior Backend Engineer role. We have decided not to move
forward with your application.

Your walkthrough of the payment retry design was clear, and the idempotency keys per attempt showed
real care. Reasoning about clock skew early would make your designs stronger.

Best wishes,
Dana Whitfield
Talent Partner, Acme
"""


def ctx(decision: Decision = Decision.REJECT, *, language: str = "English",
        candidate: Candidate = PRIYA, **expect: object) -> CheckContext:
    return CheckContext(candidate=candidate, decision=decision, notes=NOTES,
                        profile=Profile(company="Acme", language=language), **expect)  # type: ignore[arg-type]


def email(body: str = BODY, subject: str = "Your final round for Senior Backend Engineer",
          **fields: object) -> EmailUnderCheck:
    return EmailUnderCheck(subject=subject, body=body, **fields)  # type: ignore[arg-type]


def test_every_check_has_one_of_the_five_dimensions() -> None:
    assert {spec.dimension for spec in CHECKS.values()} == set(DIMENSIONS)


@pytest.mark.parametrize(("subject", "passed", "reason_part"), [
    ("Your final round for Senior Backend Engineer", True, "7 words"),
    ("Update", False, "says too little"),
    ("An update on your application for the Senior Backend Engineer role at Acme Payments Ltd",
     False, "characters"),
])
def test_subject_length(subject: str, passed: bool, reason_part: str) -> None:
    result = subject_length(email(subject=subject), ctx())
    assert result.passed is passed and reason_part in result.reason


def test_greeting_and_sign_off_are_not_content_paragraphs() -> None:
    assert [p.split()[0] for p in content_paragraphs(BODY)] == ["Thank", "Your"]


@pytest.mark.parametrize(("body", "passed", "reason_part"), [
    (BODY, True, "2 paragraph(s)"),
    ("Hi Priya,\n\n" + "\n\n".join(["Thank you for your time."] * 6) + "\n\nBest,\nDana", False,
     "6 paragraphs"),
    ("Hi Priya,\n\n" + "word " * 120 + "\n\nBest,\nDana", False, "a paragraph of 120 words"),
    ("Hi Priya,\n\nBest,\nDana", False, "nothing between"),
])
def test_paragraphs(body: str, passed: bool, reason_part: str) -> None:
    result = paragraph_count(email(body), ctx())
    assert result.passed is passed and reason_part in result.reason


def test_an_overlong_sentence_is_quoted() -> None:
    long_sentence = "We " + "really " * 60 + "liked it."
    result = sentences_not_overlong(email("Hi Priya,\n\n" + long_sentence), ctx())
    assert not result.passed and "a sentence of 63 words" in result.reason
    assert result.span == long_sentence
    assert sentences_not_overlong(email(), ctx()).passed


def test_case_word_bounds_override_the_defaults() -> None:
    assert not length_in_bounds(email(), ctx()).passed  # short for a final-round rejection
    assert length_in_bounds(email(), ctx(min_words=40)).passed
    result = length_in_bounds(email(), ctx(min_words=20, max_words=40))
    assert not result.passed and "at most 40" in result.reason


@pytest.mark.parametrize(("must_mention", "passed", "reason_part"), [
    ((), True, "no required details"),
    (("payment retry", "idempotency"), True, "all 2"),
    (("payment-retry",), True, ""),  # hyphen or space
    (("idempotency key",), True, ""),  # "keys" is the same detail
    (("clock skew", "ledger"), False, "does not mention 'ledger'"),
])
def test_mentions_required(must_mention: tuple[str, ...], passed: bool, reason_part: str) -> None:
    result = mentions_required(email(), ctx(must_mention=must_mention))
    assert result.passed is passed and reason_part in result.reason


@pytest.mark.parametrize(("forbidden", "passed"), [
    ((), True),
    (("3/5", "Daniel"), True),
    (("Acme",), False),  # in the signature
    (("going with",), True),
    (("Whitfield",), False),  # case-insensitive substrings, as evals/README.md defines them
])
def test_nothing_forbidden(forbidden: tuple[str, ...], passed: bool) -> None:
    assert nothing_forbidden(email(), ctx(must_not_contain=forbidden)).passed is passed


GENERIC = """Hi Priya,

Thank you so much for taking the time to interview for the Senior Backend Engineer role. We really
enjoyed meeting you and learning about your skills and experience.

After careful consideration, we have decided not to move forward with your application.

Warm regards,
Dana Whitfield
"""


def test_a_generic_email_is_caught_and_a_specific_one_is_not() -> None:
    result = not_generic(email(GENERIC), ctx())
    assert not result.passed and "would fit any candidate" in result.reason
    assert not_generic(email(), ctx()).passed


@pytest.mark.parametrize(("text", "passed"), [
    (BODY, True),
    ("Honestly, the code was sloppy.", False),
    ("We didn't feel you'd be the right culture fit.", False),
    ("That wasn't your finest moment!", False),
    ("Your explanation was a wall of jargon.", False),
    ("You handled the careful rollout well.", True),  # "careful" is not "careless"
    ("I know this is disappointing news.", True),
    ("It is disappointing that your code had no tests.", False),
    ("Dominas desde lo más básico hasta la optimización de consultas.", True),
    ("Fallaste en lo más básico.", False),
    ("Quizá convenga leer la descripción del puesto; para un analista es lo más básico.", False),
    ("Before the next round, please read the job description again.", True),
    ("You clearly didn't read the job description.", False),
    ("Votre personnalité chaleureuse a marqué l'équipe.", True),
    ("Votre personnalité ne colle pas à l'équipe.", False),
])
def test_no_harsh_words(text: str, passed: bool) -> None:
    assert no_harsh_words(email("Hi Priya,\n\n" + text), ctx()).passed is passed


@pytest.mark.parametrize(("text", "decision", "language", "passed"), [
    (BODY, Decision.REJECT, "English", True),
    ("We needed more depth on capacity planning.", Decision.REJECT, "English", False),
    ("We needed more depth on capacity planning; practising estimates would help.",
     Decision.REJECT, "English", True),
    ("Tests are things you'll need to fix before your next interview.", Decision.REJECT,
     "English", False),
    ("We haven't decided yet and will write by Friday.", Decision.HOLD, "English", True),
    ("Il vous a manqué de l'expérience.", Decision.REJECT, "French", True),  # not read: n/a
])
def test_growth_is_learnable(text: str, decision: Decision, language: str, passed: bool) -> None:
    result = growth_is_learnable(email("Hi Priya,\n\n" + text), ctx(decision, language=language))
    assert result.passed is passed, result.reason


def test_a_structured_area_to_grow_must_say_how_to_build_it() -> None:
    vague = Evidence(point="Clock skew was missed.", quote="clock skew between nodes")
    learnable = Evidence(point="Practising clock-skew scenarios would help.", quote="clock skew")
    assert not growth_is_learnable(email(areas_to_grow=(vague,), strengths=()), ctx()).passed
    assert growth_is_learnable(email(areas_to_grow=(learnable,), strengths=()), ctx()).passed


@pytest.mark.parametrize(("text", "passed"), [
    (BODY, True),
    ("I'm certain we'll have the perfect role for you soon.", False),
    ("You'd skip straight to the final round next time.", False),
    ("The panel would like to hire you, pending budget.", False),
    ("We're confident you'll find a great opportunity.", True),  # a wish, not a promise
    ("In the next round you will walk through a system design with two engineers.", True),
    ("You'll sail through the final round.", False),
])
def test_no_over_promising(text: str, passed: bool) -> None:
    assert no_over_promising(email("Hi Priya,\n\n" + text), ctx()).passed is passed


@pytest.mark.parametrize(("sign_off", "passed"), [
    ("Best wishes,\nDana Whitfield\nTalent Partner, Acme", True),
    ("Thanks,\nMia", True),
    ("Viele Grüße\nJana Krüger\nRecruiting, Copperleaf", True),
    ("Alles Gute und viele Grüße\nMarkus Engel\nRestaurantleiter, Gasthaus Zur Linde", True),
    ("Kind regards,\nThe Talent Acquisition Team\nAcme", False),
    ("Best,\nRecruiting at Acme", False),
])
def test_signed_by_a_person(sign_off: str, passed: bool) -> None:
    body = "Hi Priya,\n\nThank you for your time on the payment retry design.\n\n" + sign_off
    assert signed_by_a_person(email(body), ctx()).passed is passed


def test_a_structured_draft_is_signed_from_the_profile_not_judged() -> None:
    result = signed_by_a_person(email(strengths=(), areas_to_grow=()), ctx())
    assert result.status == "n/a"


@pytest.mark.parametrize(("role", "text", "passed"), [
    ("Product Designer", "Thanks for the design exercise.", True),  # a stem of the title
    ("Sales Development Representative", "Thanks for your time on the SDR call.", True),
    ("Product Manager", "Let's talk at 3 pm.", False),  # initials count only in capitals
    ("Frontend-Entwicklerin", "Danke für das Frontend-Interview.", True),
    ("Hôtesse de l'air / Steward (PNC)", "Convocation à la journée de sélection PNC.", True),
    ("Hôtesse de l'air / Steward (PNC)", "Merci pour votre entretien.", False),
])
def test_names_the_role_in_short(role: str, text: str, passed: bool) -> None:
    candidate = Candidate(name="Alex Kim", role=role)
    result = names_the_role(email("Hi Alex,\n\n" + text, subject="Your interview"),
                            ctx(candidate=candidate))
    assert result.passed is passed


@pytest.mark.parametrize(("text", "passed"), [
    ("Merci pour votre temps.", True),
    ("Vielen Dank für das Gespräch.", True),
    ("Le agradecemos su interés.", True),
    ("Nous avons décidé de ne pas donner suite.", False),
])
def test_thanks_in_other_languages(text: str, passed: bool) -> None:
    assert thanks_candidate(email("Bonjour,\n\n" + text), ctx()).passed is passed


@pytest.mark.parametrize(("decision", "text", "passed"), [
    (Decision.REJECT, "Nous avons décidé de ne pas donner suite à votre candidature.", True),
    (Decision.REJECT, "Leider haben wir uns für eine andere Person entschieden.", True),
    (Decision.REJECT, "Lamentamos comunicarle que no continuaremos con su proceso.", True),
    (Decision.REJECT, "In the end we went with someone who knows the channel.", True),
    (Decision.ADVANCE, "Wir möchten Sie gern zur finalen Runde einladen.", True),
    (Decision.ADVANCE, "Leider können wir noch keinen Termin nennen, aber die finale Runde kommt.",
     False),
    (Decision.ADVANCE, "We'd like you to meet our CEO as the next step.", True),
    (Decision.HOLD, "Vous aurez notre réponse sous deux semaines.", True),
    (Decision.HOLD, "Danke für die Finale Runde; Sie hören bis Freitag von uns.", True),
    (Decision.HOLD, "Le daremos una respuesta en unos diez días.", True),
])
def test_decision_in_other_languages(decision: Decision, text: str, passed: bool) -> None:
    result = decision_respected(email("Hola,\n\n" + text, subject="Su candidatura"), ctx(decision))
    assert result.passed is passed, result.reason
