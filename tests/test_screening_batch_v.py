"""Rules added for what the dev half of blind batch v showed (eighth session): each remark is
withheld (each email failed) by the rule written for it and each look-alike is kept. The sentences
are close to the dev ones, not copies, so that a rule that fits only one wording fails here."""

from __future__ import annotations

import pytest

from followup.checks import (
    CheckContext,
    EmailUnderCheck,
    no_harsh_words,
    no_internal_deliberation,
    no_other_people_named,
    no_over_promising,
    nothing_sensitive,
)
from followup.models import Candidate, Decision, Profile
from followup.screening import screen_notes


def _rules(text: str, language: str) -> list[str]:
    return [f.rule for f in screen_notes(text, language=language).withheld]


@pytest.mark.parametrize(("text", "language", "rule"), [
    ("Values framework: band 3 of 5 on ownership", "en", "level_n_of_m"),
    ("Not as quick as the Bristol applicant on planning", "en", "as_the_other_applicant"),
    ("Asking for £16.20 an hour to move from her current site", "en", "wanted_an_hour"),
    ("Forklift practical: C+", "en", "label_letter_grade"),
    ("Desk extension 4410 if you need to reach her referee", "en", "phone_extension"),
    ("Sous traitement depuis deux ans, fatigable l'après-midi", "fr", "sous_traitement"),
    ("Der von der Spedition hatte am Ende knapp die Nase vorn", "de", "nase_vorn"),
])
def test_a_remark_is_withheld_by_its_rule(text: str, language: str, rule: str) -> None:
    assert any(found.endswith(rule) for found in _rules(text, language)), _rules(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Quoted for re-pointing a 120-year-old boundary wall", "en"),
    ("Calmed a customer asking about their son's refund", "en"),
    ("Walked us through salary negotiations for a placed candidate", "en"),
    ("Gardes de nuit en maternité pendant deux ans", "fr"),
    ("Sabe consolar a un bebé en la siesta sin despertar al resto", "es"),
    ("Picks 140 an hour on the ambient line", "en"),
    ("This was stage 2 of 3 in our process", "en"),
])
def test_a_look_alike_is_kept(text: str, language: str) -> None:
    assert _rules(text, language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("Zu alt für Nachtschichten im Lager", "de"),
    ("Too old for the night rota, honestly", "en"),
    ("Her son's school run rules out the 7.30 start", "en"),
    ("Is on medication for her MS, tires late in the day", "en"),
])
def test_the_candidates_own_case_is_still_withheld(text: str, language: str) -> None:
    assert _rules(text, language) != []


def test_the_signers_name_is_a_name_where_they_sign() -> None:
    context = CheckContext(candidate=Candidate(name="Luis Ortega", role="Auxiliar administrativo"),
                           decision=Decision.REJECT, notes="- Excel básico", profile=Profile())
    signed = "Hola Luis:\n\nGracias por tu tiempo.\n\nUn saludo,\nMarta Iglesias"
    assert nothing_sensitive(EmailUnderCheck(subject="Tu candidatura", body=signed), context).passed
    said = "Hola Luis:\n\nSabemos que vas a las iglesias los domingos.\n\nUn saludo,\nMarta Iglesias"
    assert not nothing_sensitive(EmailUnderCheck(subject="Tu candidatura", body=said), context).passed


# The checks on the email, for what the dev half of batch v's emails showed.
def _hand_written(body: str) -> EmailUnderCheck:
    return EmailUnderCheck(subject="Update", body=f"Hi Sam,\n\n{body}\n\nBest,\nDebbie Walsh")


def _ctx(notes: str = "- good", decision: Decision = Decision.REJECT) -> CheckContext:
    return CheckContext(candidate=Candidate(name="Sam Reid", role="Supervisor"), decision=decision,
                        notes=notes, profile=Profile(), withheld=tuple(screen_notes(notes).withheld))


@pytest.mark.parametrize(("body", "harsh"), [
    ("Wir wissen, dass diese Nachricht enttäuschend ist.", False),
    ("Sabemos que esta noticia es decepcionante.", False),
    ("Ihre Dokumentation war enttäuschend.", True),
    ("Tu prueba práctica fue decepcionante.", True),
])
def test_the_news_may_disappoint_the_work_never_does(body: str, harsh: bool) -> None:
    assert no_harsh_words(_hand_written(body), _ctx()).passed is not harsh


@pytest.mark.parametrize("body", [
    "Honestly, the last meeting is more of a formality.",
    "I'd be very surprised if you weren't with us by April.",
    "Je suis certaine que nous pourrons vous faire une proposition.",
    "Wir sind zuversichtlich, dass wir Ihnen bald ein Angebot machen.",
])
def test_an_offer_not_yet_made_is_not_promised(body: str) -> None:
    assert not no_over_promising(_hand_written(body), _ctx(decision=Decision.HOLD)).passed


def test_a_vote_the_candidate_ran_is_not_the_panels() -> None:
    ran = "In the group task you summed up the options before the vote."
    assert no_internal_deliberation(_hand_written(ran), _ctx()).passed
    ours = "The panel's vote was close, so we are not moving forward."
    assert not no_internal_deliberation(_hand_written(ours), _ctx()).passed


def test_an_interviewer_with_an_abbreviated_title_is_a_person() -> None:
    notes = "- Hold: Gareth Price (ops mgr) back 17 Mar.\n- crusher (Metso, senior model) fine"
    assert not no_other_people_named(_hand_written("Gareth Price will call you."), _ctx(notes)).passed
    assert no_other_people_named(_hand_written("You ran the Metso crusher well."), _ctx(notes)).passed


def test_the_one_hired_described_by_whose_is_a_comparison() -> None:
    body = "We offered the role to someone whose battery experience was a closer match."
    assert not nothing_sensitive(_hand_written(body), _ctx()).passed


@pytest.mark.parametrize(("text", "withheld"), [
    ("très bonne connaissance des procédures visa étudiant", False),
    ("handled student visa applications for 300 students", False),
    ("gestiona trámites de visados para estudiantes", False),
    ("Ella necesita visado de trabajo", True),
    ("needs a visa to work here", True),
])
def test_visas_as_the_work_are_the_work(text: str, withheld: bool) -> None:
    assert bool(screen_notes(text).withheld) is withheld
