"""Screening notes before the model sees them, and finding what must not reach a candidate."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..models import WithheldFragment
from . import learned
from .findings import PROTECTED, Category, Finding, ScreenedNotes
from .language import detect_language, normalise_language, undetermined
from .lexicon import LANGUAGES
from .matcher import find_in
from .segment import Span, line_spans, split_clauses, split_sentences


def resolve_language(language: str | None, text: str) -> str:
    """The screening language: the one given if known ("French" -> "fr"), else detected."""
    known = normalise_language(language) if language else None
    return known or detect_language(text)


def find_sensitive(text: str, *, language: str | None = None) -> list[Finding]:
    """Every sensitive span of `text` (an email or a note), sorted by position."""
    return find_in(text, ("common", resolve_language(language, text)))


# A clause after a withheld one is kept only if it turns away from it ("Non-native speaker, but great
# at writing specs") without speculating ("..., but might not stick around").
_CONTRAST = re.compile(
    r"(?:but|though|although|however|whereas|mais|cependant|pourtant|toutefois|néanmoins|aber|jedoch"
    r"|obwohl|trotzdem|dennoch|pero|aunque|sin embargo|no obstante)\b[\s,:]*",
    re.IGNORECASE,
)
_SPECULATION = re.compile(
    r"\b(?:might|may|could|would|won't|wouldn't|can't|cannot|probably|likely|maybe|perhaps|not sure"
    r"|should|must|worried|worry|concerns?|concerned|risk|risky"
    r"|pourrait|pourraient|peut-être|risque|probablement|könnte|vielleicht|wahrscheinlich|würde"
    r"|podría|podrian|quizá|quizás|tal vez|probablemente)\b",
    re.IGNORECASE,
)
# A sentence that follows a withheld one and refers back to it: "That explains the gap."
_CONSEQUENCE = re.compile(
    r"(?:so|which|this|that|hence|therefore|thus|also|donc|du coup|ce qui|deshalb|daher|así que"
    r"|por eso|por lo que|lo que)\b",
    re.IGNORECASE,
)
# In the same sentence, a clause that opens with a pronoun after a withheld one most likely speaks of
# what was withheld: "Going with Daniel, he's run incident response at his last two jobs."
_PRONOUN = re.compile(r"(?:he|she|they|he's|she's|they're|who|his|her|their|il|elle|er|sie|él|ella)\b",
                      re.IGNORECASE)
# A withheld clause that gives the reason for the clause before it: "Can't travel, because of her kids".
_CAUSE = re.compile(
    r"(?:because|since|as|given|due to|what with|car|parce que|puisque|vu|weil|da|denn|porque|ya que"
    r"|dado que|debido a)\b",
    re.IGNORECASE,
)


# Categories whose clause colours the clauses after it in the sentence ("Heavy accent, hard to
# follow at times"; "Wants 180k + equity; within range if we stretch"). After a score or a
# comparison, the next clause is usually the evidence ("4/5 - found the webhook secret in the logs").
_CONTEXT_CARRYING = PROTECTED | {
    Category.CHARACTER, Category.COMPENSATION, Category.INSTRUCTION, Category.PERSONAL_DATA,
}


@dataclass
class _Clause:
    span: Span
    line: int
    sentence: int
    # (category, rule) pairs, one per category, that withhold this clause.
    reasons: list[tuple[Category, str]] = field(default_factory=list)
    direct: bool = False  # withheld for what it says, not for what it is next to
    matched: list[str] = field(default_factory=list)  # the words that made it sensitive

    @property
    def withheld(self) -> bool:
        return bool(self.reasons)


def _clauses(notes: str) -> tuple[list[_Clause], list[tuple[Span, Span]]]:
    lines = line_spans(notes)
    clauses: list[_Clause] = []
    sentence = 0
    for number, (_, (start, end)) in enumerate(lines):
        for sentence_start, sentence_end in split_sentences(notes, start, end):
            sentence += 1
            for span in split_clauses(notes, sentence_start, sentence_end):
                clauses.append(_Clause(span, number, sentence))
    return clauses, lines


# A clause that speaks of a person ("she is pregnant", "sa hernie", "ihr Rücken") is never vetoed:
# the person may be the candidate, and the model cannot tell.
_A_PERSON = re.compile(
    r"\b(?:she|he|her|his|him|hers|they|them|their|herself|himself|themselves|elle|il|sa|son|ses|lui"
    r"|sie|er|ihr|ihre[mnrs]?|sein|seine[mnrs]?|ihn|ihm|ella|él|su|sus)\b"
    # Notes leave the candidate out as the subject: "has a bad back", "a des crises d'angoisse",
    # "hat Rückenprobleme", "tiene fibromialgia" at the start of a clause speak of them too.
    r"|^\W*(?:has|is|was|had|needs|suffers|takes|uses|wears|sees|gets"
    r"|est|avait|était|etait|prend|souffre|a (?:des|un|une|eu|du|de)"
    r"|hat|ist|war|hatte|nimmt|leidet|tiene|está|esta|tenía|tenia|viene|toma|sufre|padece)\b"
    # ... or open on how much of a trait: "Zu alt für Montage", "too old for nights", "trop jeune".
    r"|^\W*(?:too|zu|trop|demasiado) \w+",
    re.IGNORECASE)


def _not_vetoed(notes: str, clauses: Sequence[_Clause], findings: list[Finding]) -> list[Finding]:
    """The lexicons' findings, less those whose own clause the learned model is all but sure is
    innocent (learned.VETO_BELOW) and that speaks of no person."""
    model = learned.model()
    if (model is None or learned.VETO_BELOW <= 0
            or all(f.category in learned.NEVER_VETOED for f in findings)):
        return findings  # switched off, or nothing it may overrule: no clause is scored
    kept = []
    for finding in findings:
        clause = next((c.span for c in clauses if c.span[0] <= finding.start < c.span[1]), None)
        text = notes[clause[0]:clause[1]] if clause else finding.text
        if (finding.category in learned.NEVER_VETOED or _A_PERSON.search(text)
                or model.probability(text) >= learned.VETO_BELOW):
            kept.append(finding)
    return kept


def _mark_direct(clauses: Sequence[_Clause], findings: Sequence[Finding]) -> None:
    for clause in clauses:
        start, end = clause.span
        for finding in findings:
            overlaps = finding.start < end and finding.end > start
            if overlaps:
                clause.matched.append(finding.text)
            if overlaps and all(category != finding.category for category, _ in clause.reasons):
                clause.reasons.append((finding.category, finding.rule))
        clause.direct = clause.withheld


def _mark_learned(notes: str, clauses: Sequence[_Clause]) -> bool:
    """Withhold what the learned model finds sensitive among the clauses the lexicons (and their
    context) kept.

    The model was trained on whole sentences, so it scores a sentence the lexicons left whole; in
    a sentence they cut, it scores each kept clause, so "Heavy accent, but strong Python" keeps
    its second half unless that half is sensitive in itself. A clause with a hold's timing
    ("decision in two weeks") is always kept. True if anything was withheld."""
    model = learned.model()
    if model is None:
        return False
    marked = False
    by_sentence: dict[int, list[_Clause]] = {}
    for clause in clauses:
        if _WORDLIKE.search(notes, *clause.span):
            by_sentence.setdefault(clause.sentence, []).append(clause)
    for group in by_sentence.values():
        kept = [clause for clause in group if not clause.withheld]
        if len(kept) == len(group):
            pieces = [(notes[group[0].span[0]:group[-1].span[1]], kept)]
        else:
            pieces = [(notes[clause.span[0]:clause.span[1]], [clause]) for clause in kept]
        for text, covered in pieces:
            if (category := model.judge(text)) is not None:
                for clause in covered:
                    if not _TIMING.search(notes, *clause.span):
                        clause.reasons.append((category, learned.RULE))
                        clause.direct = True
                        marked = True
    return marked


_WORDLIKE = re.compile(r"\w")


def _context_reason(withheld: _Clause, why: str) -> tuple[Category, str]:
    """The reason a neighbour of `withheld` is withheld with it; learned if its own reason is."""
    category, rule = withheld.reasons[0]
    return category, f"{learned.PREFIX if rule.startswith(learned.PREFIX) else 'context.'}{why}"


def _mark_context(notes: str, clauses: Sequence[_Clause]) -> None:
    """Withhold the clauses that only make sense with a withheld neighbour.

    Forward, the context runs on through a sentence ("She's transgender - not an issue for me but
    not sure how clients will react") until a clause turns away from it without speculating;
    across a sentence break, only to the next clause, and only if it refers back or speculates.
    """
    for i, clause in enumerate(clauses):
        if clause.direct and i > 0 and clauses[i - 1].sentence == clause.sentence \
                and _CAUSE.match(notes, clause.span[0]):
            _add_reason(clauses[i - 1], *_context_reason(clause, "explained_by_withheld"))
    for i, clause in enumerate(clauses[:-1]):
        following = clauses[i + 1]
        if not clause.withheld or following.direct:
            continue
        if (clause.direct or following.sentence == clause.sentence) \
                and _depends_on_previous(notes, clause, following):
            _add_reason(following, *_context_reason(clause, "follows_withheld"))


# When the candidate hears back is what a hold must tell them: "budget approval pending, answer in
# about three weeks" keeps its second clause; "respuesta sobre su baja en un mes" is about her.
_TIMING = re.compile(
    r"\b(?:answer|reply|response|decision|feedback|update|news|hear back|get back|réponse|retour|décision"
    r"|nouvelles|antwort|rückmeldung|entscheidung|bescheid|respuesta|decisión|noticias)\b"
    r"(?:(?!\b(?:about|regarding|on|sobre|acerca de|sur|concernant|über|zu)\s+(?:her|his|their|su|sus"
    r"|son|sa|ses|leur|ihre[mnrs]?|seine[mnrs]?)\b)[^.;]){0,40}"
    r"\b(?:days?|weeks?|months?|jours?|semaines?|mois|tage?n?|woche[n]?|monat(?:e|en)?|d[ií]as?|semanas?"
    r"|mes(?:es)?|monday|tuesday|wednesday|thursday|friday|lundi|mardi|mercredi|jeudi|vendredi|montag"
    r"|dienstag|mittwoch|donnerstag|freitag|lunes|martes|miércoles|jueves|viernes)\b",
    re.IGNORECASE,
)


def _depends_on_previous(notes: str, withheld: _Clause, following: _Clause) -> bool:
    start, end = following.span
    if _TIMING.search(notes, start, end):
        return False
    speculative = _SPECULATION.search(notes, start, end) is not None
    refers_back = _CONSEQUENCE.match(notes, start, end) is not None
    carries = any(category in _CONTEXT_CARRYING for category, _ in withheld.reasons)
    if following.sentence == withheld.sentence:
        if carries:
            return speculative or not _CONTRAST.match(notes, start, end)
        return speculative or refers_back or _PRONOUN.match(notes, start, end) is not None
    return speculative or refers_back


def _add_reason(clause: _Clause, category: Category, rule: str) -> None:
    if all(existing != category for existing, _ in clause.reasons):
        clause.reasons.append((category, rule))


def _kept_line(notes: str, line: Span, content: Span, clauses: Sequence[_Clause]) -> str | None:
    """The line as sent to the model: verbatim runs of kept clauses, " … " where text was cut."""
    if not any(clause.withheld for clause in clauses):
        return notes[line[0]:line[1]]  # untouched, indentation and brackets included
    runs: list[Span] = []
    after_cut = False
    for clause in clauses:
        if clause.withheld:
            after_cut = True
            continue
        start, end = clause.span
        if runs and not after_cut:
            runs[-1] = (runs[-1][0], end)  # neighbours: keep the notes' own punctuation between them
            continue
        if after_cut:  # "but great at SQL" -> "great at SQL"
            contrast = _CONTRAST.match(notes, start, end)
            start = contrast.end() if contrast else start
        if _WORDLIKE.search(notes, start, end):  # not the lone "." after a cut: "side … ."
            runs.append((start, end))
        after_cut = False
    if not runs:
        return None
    bullet = notes[line[0]:content[0]]
    return bullet + " … ".join(notes[start:end] for start, end in runs)


def screen_notes(notes: str, *, language: str | None = None) -> ScreenedNotes:
    """Split the notes into what may go to the model (`kept`) and what is withheld, and why."""
    code = resolve_language(language, notes)
    clauses, lines = _clauses(notes)
    # Notes too short to tell their language (a line or two of nouns) are read in all four.
    languages = LANGUAGES if language is None and undetermined(notes) else (code,)
    _mark_direct(clauses, _not_vetoed(notes, clauses, find_in(notes, ("common", *languages))))
    _mark_context(notes, clauses)
    # The model judges only what the lexicons and their context kept, so that a clause withheld
    # for its neighbour keeps that reason (and is looked for in the draft); then the context of
    # what the model withheld.
    if _mark_learned(notes, clauses):
        _mark_context(notes, clauses)

    by_line: dict[int, list[_Clause]] = {}
    for clause in clauses:
        by_line.setdefault(clause.line, []).append(clause)
    kept_lines: list[str] = []
    for number, (line, content) in enumerate(lines):
        kept = _kept_line(notes, line, content, by_line.get(number, []))
        if kept is not None:
            kept_lines.append(kept)
    withheld = [
        WithheldFragment(text=notes[c.span[0]:c.span[1]], category=category.value, rule=rule,
                         matched=c.matched)
        for c in clauses for category, rule in c.reasons
    ]
    return ScreenedNotes(kept="\n".join(kept_lines).strip("\n"), withheld=withheld, language=code)
