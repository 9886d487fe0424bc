"""The offline writer: its quoted strengths (positive, verbatim, whole, never a score) and its
emails in English, French, German and Spanish, from files a recruiter can change."""

from __future__ import annotations

import itertools
import re
import shutil
from pathlib import Path

import pytest

from followup.config import Settings
from followup.errors import ConfigError, PromptError
from followup.languages import normalise_language
from followup.models import Candidate, Decision, DraftRequest, FeedbackDepth, Profile
from followup.render import render_body
from followup.template_writer import load_template, pick_strength, template_language
from followup.writer import write_offline

PROMPTS = Path(__file__).resolve().parent.parent / "prompts"

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


# --- the four languages ---------------------------------------------------------------------------

# Notes as an interviewer writes them in each language: two strengths, a weakness, a sensitive aside.
NOTES = {
    "English": "- Explained the move from MySQL to PostgreSQL very clearly.\n"
               "- Built the CI pipeline for the payments team.\n"
               "- Unit tests were thin.\n- Seems older than the rest of the team.",
    "French": "- A très bien expliqué la migration de MySQL vers PostgreSQL.\n"
              "- A mis en place la CI de l'équipe paiements.\n"
              "- Tests unitaires faibles.\n- Jeune papa, très bien pour son âge.",
    "German": "- Hat die Migration von MySQL nach PostgreSQL sehr klar erklärt.\n"
              "- Baut die CI-Pipeline des Payment-Teams.\n"
              "- Unit-Tests schwach.\n- Wirkt deutlich älter als das Team.",
    "Spanish": "- Explicó muy bien la migración de MySQL a PostgreSQL.\n"
               "- Diseñó el pipeline de CI del equipo de pagos.\n"
               "- Pocas pruebas unitarias.\n- Está embarazada, lo dijo al final.",
}
STRENGTHS = {
    "English": ["Explained the move from MySQL to PostgreSQL very clearly",
                "Built the CI pipeline for the payments team"],
    "French": ["A très bien expliqué la migration de MySQL vers PostgreSQL",
               "A mis en place la CI de l'équipe paiements"],
    "German": ["Hat die Migration von MySQL nach PostgreSQL sehr klar erklärt",
               "Baut die CI-Pipeline des Payment-Teams"],
    "Spanish": ["Explicó muy bien la migración de MySQL a PostgreSQL",
                "Diseñó el pipeline de CI del equipo de pagos"],
}
# Words only a greeting and a formal (or informal) email of that language has.
FORMAL = {"English": ("Hi Julien,", "you"), "French": ("Bonjour Julien,", "vous"),
          "German": ("Guten Tag Julien Morel,", "Sie"), "Spanish": ("Hola, Julien:", "usted|su|le")}
INFORMAL = {"French": ("tu", "vous", "chaleureux, tutoiement"),
            "German": ("du", "Sie", "locker, per Du"),
            "Spanish": ("tu", "usted", "cercano, tuteo")}
WANTED = {FeedbackDepth.NONE: 0, FeedbackDepth.BRIEF: 1, FeedbackDepth.DETAILED: 2}


def _draft(language: str, decision: Decision, depth: FeedbackDepth = FeedbackDepth.BRIEF,
           tone: str = "warm", prompts_dir: Path | None = None, **profile: object):
    settings = Settings(profile=Profile(language=language, feedback_depth=depth, tone=tone,
                                        company="Acme", sender_name="Claire Dubois", **profile),
                        prompts_dir=prompts_dir)
    request = DraftRequest(candidate=Candidate(name="Julien Morel", role="Backend", stage="final"),
                           decision=decision, notes=NOTES[language], source="notes.md")
    draft = write_offline(request, settings)
    assert draft.body == render_body(draft.content, settings.profile)  # rendered once, carried
    return draft, draft.body


@pytest.mark.parametrize(("language", "decision", "depth"),
                         list(itertools.product(NOTES, Decision, FeedbackDepth)))
def test_every_language_decision_and_depth_passes_every_blocking_check(
        language: str, decision: Decision, depth: FeedbackDepth) -> None:
    draft, body = _draft(language, decision, depth)
    assert [c.name for c in draft.checks if c.blocks] == []
    greeting, formal_word = FORMAL[language]
    assert body.startswith(greeting + "\n\n")
    assert re.search(rf"\b(?:{formal_word})\b", body)
    # The strengths quoted are the notes' own words, as many as the depth asks; never the aside.
    quotes = [e.quote for e in draft.content.strengths]
    assert quotes == STRENGTHS[language][:WANTED[depth]]
    assert all(q in body for q in quotes)
    for withheld in draft.withheld:
        assert withheld.text not in body
    assert draft.meta.prompt_version.endswith(f" {normalise_language(language)}")


@pytest.mark.parametrize("language", sorted(INFORMAL))
def test_the_profile_tone_chooses_tu_du_tu_and_formal_is_the_default(language: str) -> None:
    informal_word, formal_word, tone = INFORMAL[language]
    _, formal = _draft(language, Decision.REJECT)
    _, informal = _draft(language, Decision.REJECT, tone=tone)
    assert re.search(rf"\b{formal_word}\b", formal)
    assert re.search(rf"\b{informal_word}\b", informal) and not re.search(rf"\b{formal_word}\b",
                                                                         informal)
    # A tone that names both keeps the formal form: formal is never lost by accident.
    _, both = _draft(language, Decision.REJECT, tone=f"{tone}, {formal_word}")
    assert both == formal


def test_reapply_is_invited_only_when_the_company_hires_actively() -> None:
    _, hiring = _draft("German", Decision.REJECT, hires_actively=True)
    _, not_hiring = _draft("German", Decision.REJECT, hires_actively=False)
    assert "bewerben Sie sich erneut" in hiring and "erneut" not in not_hiring


@pytest.mark.parametrize(("written", "stored"), [
    ("fr", "French"), ("français", "French"), ("Francais", "French"), ("fr-CA", "French"),
    ("Deutsch", "German"), ("de_AT", "German"), ("español", "Spanish"), ("es", "Spanish"),
    ("EN", "English"), ("Italian", "Italian"),
])
def test_a_profile_language_is_a_name_or_a_code(written: str, stored: str) -> None:
    assert Profile(language=written).language == stored


def test_the_team_signs_in_the_email_language_unless_a_person_is_named() -> None:
    assert Profile(language="fr").sender_name == "L'équipe de recrutement"
    assert Profile(language="Italian").sender_name == "The Hiring Team"
    assert Profile(language="de", sender_name="Jana Krüger").sender_name == "Jana Krüger"
    # Switching an English profile's language (as an eval case does) switches the team's name.
    english = Profile()
    assert Profile.model_validate({**english.model_dump(), "language": "es"}).sender_name == \
        "El equipo de selección"


def test_an_unsupported_language_is_one_settings_error_naming_the_supported_ones() -> None:
    with pytest.raises(ConfigError) as info:
        template_language("Italian")
    message = str(info.value)
    assert "\n" not in message and "Italian" in message
    assert all(name in message for name in ("French", "German", "Spanish", "fr", "de", "es"))


def test_a_recruiters_own_template_file_is_used(tmp_path: Path) -> None:
    prompts = tmp_path / "prompts"
    shutil.copytree(PROMPTS, prompts)
    french = prompts / "templates" / "fr.yaml"
    french.write_text(french.read_text(encoding="utf-8").replace(
        'greeting: "Bonjour {first},"', 'greeting: "Chère, cher {first},"', 1), encoding="utf-8")
    _, body = _draft("French", Decision.REJECT, prompts_dir=prompts)
    assert body.startswith("Chère, cher Julien,\n")


@pytest.mark.parametrize(("change", "expected"), [
    (lambda text: text.replace('"Bonjour {first},"', '"Bonjour {prenom},"', 1),
     "unknown or malformed placeholder"),
    (lambda text: text.replace("strength_words:", "strength_wordz:", 1),
     "field 'strength_words': Field required"),
    (lambda text: text + "\n  : [", "fr.yaml"),
])
def test_a_broken_template_file_is_a_one_line_error_naming_it(tmp_path: Path, change, expected) -> None:
    prompts = tmp_path / "prompts"
    shutil.copytree(PROMPTS, prompts)
    french = prompts / "templates" / "fr.yaml"
    french.write_text(change(french.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(PromptError) as info:
        _draft("French", Decision.REJECT, prompts_dir=prompts)
    assert expected in str(info.value) and "\n" not in str(info.value)


def test_the_yaml_word_no_stays_a_word_in_every_template() -> None:
    # Unquoted, YAML reads `no` as false: the file would not load, or "no" would not be a cue.
    for code in ("en", "fr", "de", "es"):
        template = load_template(code)
        assert all(isinstance(word, str) for word in template.negative_words)
    assert "no" in load_template("es").negative_words
