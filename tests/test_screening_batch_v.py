"""Rules added for what the dev half of blind batch v showed (eighth session): each remark is
withheld by the rule written for it and each look-alike is kept. The sentences are close to the dev
ones, not copies, so that a rule that fits only one wording fails here."""

from __future__ import annotations

import pytest

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
    from followup.checks import CheckContext, EmailUnderCheck, nothing_sensitive
    from followup.models import Candidate, Decision, Profile

    context = CheckContext(candidate=Candidate(name="Luis Ortega", role="Auxiliar administrativo"),
                           decision=Decision.REJECT, notes="- Excel básico", profile=Profile())
    signed = "Hola Luis:\n\nGracias por tu tiempo.\n\nUn saludo,\nMarta Iglesias"
    assert nothing_sensitive(EmailUnderCheck(subject="Tu candidatura", body=signed), context).passed
    said = "Hola Luis:\n\nSabemos que vas a las iglesias los domingos.\n\nUn saludo,\nMarta Iglesias"
    assert not nothing_sensitive(EmailUnderCheck(subject="Tu candidatura", body=said), context).passed
