"""Decision: the email says what was decided, and nothing the decision does not allow."""

from __future__ import annotations

from ..models import Decision
from .base import (
    CheckContext,
    Cues,
    EmailUnderCheck,
    Verdict,
    _fail,
    _ok,
    _sentences,
)

NEGATION = Cues(
    r"\b(not|no|never|unable|won't|cannot|can't|isn't|aren't|wasn't|unfortunately|regret|decline[ds]?)\b"
    r"|n't\b",
)
ADVANCE_CUES = Cues(
    r"\b(offer you|an offer|job offer|pleased to offer|welcome (you )?(aboard|to the team)|you(['’]ve| have) "
    r"been (hired|selected)|congratulations|next round|next stage|move (you )?forward|"
    r"moving (you )?forward|advance you|advancing|progress(ing)? (you )?to|invite you to (the|a|an|our) "
    r"(next|final|second|third|onsite|on-site)|"
    r"einladen|nächsten? runde|prochaine étape|étape suivante|vous inviter|"
    r"siguiente (fase|etapa|entrevista)|próxima (fase|etapa|entrevista)|invitarle|invitarte)\b",
)
# An advance may also just name the next step; in a rejection or a hold these would be harmless.
ADVANCE_SAID = Cues(ADVANCE_CUES.source + r"|\b((like|love) you to meet|as the next step)\b")
REJECTION_CUES = Cues(
    r"\b(unfortunately|regret|unsuccessful|not (be )?(moving|move|progress|progressing|proceed|"
    r"proceeding|advancing|going) |decided not to|decided to (go|move|proceed) (in a different|with other)|"
    r"won't be (moving|progressing|proceeding|advancing|taking)|will not be (moving|progressing|"
    r"proceeding|advancing|taking)|not (been )?selected|not able to offer|unable to offer|"
    r"went with (someone|another|a different|a candidate|other)|"
    r"leider|absage|nicht weiter|malheureusement|ne pas (donner suite|retenir)|pas (été )?retenue?|"
    r"regrettons|lamentablemente|lamentamos|desafortunadamente|no (continuaremos|seguiremos|"
    r"continuar|seguir))",
)
WHEN_CUES = Cues(
    r"\b(by|before|within|next|this|end of|in the coming|in a|over the|"
    r"sous|d'ici|dans|avant|bis|innerhalb|in den|ende|en|antes|dentro de|la próxima)\b.{0,25}"
    r"\b(day|days|week|weeks|month|monday|tuesday|wednesday|thursday|friday|weekend|\d{1,2}(st|nd|rd|th)?|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jours?|semaines?|mois|lundi|mardi|mercredi|jeudi|vendredi|"
    r"tage?n?|wochen?|monat|montag|dienstag|mittwoch|donnerstag|freitag|"
    r"días?|semanas?|mes|lunes|martes|miércoles|jueves|viernes)\b",
)


def decision_respected(email: EmailUnderCheck, ctx: CheckContext) -> Verdict:
    """A rejection never reads as an offer or a next round; an advance never as a rejection."""
    text = email.subject + "\n" + email.body
    # Sentence by sentence only when the whole text has a cue: a cue in a sentence is a cue in the
    # text, and most drafts have none, so one scan instead of one per sentence.
    if ctx.decision in (Decision.REJECT, Decision.HOLD) and ADVANCE_CUES.search(text):
        for sentence in _sentences(text):
            cue = ADVANCE_CUES.search(sentence)
            if cue and not NEGATION.search(sentence):
                return _fail(f"reads as moving forward ('{cue}') but the decision is "
                                   f"{ctx.decision}", sentence.strip())
    if ctx.decision in (Decision.ADVANCE, Decision.HOLD) and REJECTION_CUES.search(text):
        for sentence in _sentences(text):
            cue = REJECTION_CUES.search(sentence)
            if cue:
                return _fail(f"reads as a rejection ('{cue.strip()}') but the decision "
                                   f"is {ctx.decision}", sentence.strip())
    if ctx.decision is Decision.REJECT and not REJECTION_CUES.search(email.body):
        return _fail("never says clearly that they are not moving forward")
    if ctx.decision is Decision.ADVANCE and not ADVANCE_SAID.search(email.body):
        return _fail("never says that they are moving to the next round")
    if ctx.decision is Decision.HOLD and not WHEN_CUES.search(email.body):
        return _fail("a pending decision must say roughly when they will hear back")
    return _ok()


REAPPLY = Cues(
    r"\b(re-?apply|apply again|applying again|apply (for|to) (future|other|another)|"
    r"future (openings|roles|opportunities|positions|vacancies)|keep an eye on (our|the) (careers|jobs)|"
    r"(keep|hold) (your|you) (details|cv|résumé|resume|application|profile)? ?(on file|in mind)|"
    r"on file for future|hear from you again)\b",
)


def reapply_only_if_hiring(email: EmailUnderCheck, ctx: CheckContext) -> Verdict:
    hit = REAPPLY.search(email.body)
    if hit and not ctx.profile.hires_actively:
        return _fail(f"invites them back ('{hit}') but the profile says the company is "
                           "not hiring actively", hit)
    if hit and ctx.decision is not Decision.REJECT:
        return _fail(f"invites them to apply again ('{hit}') in a {ctx.decision} email", hit)
    return _ok()
