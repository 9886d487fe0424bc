"""The checks every email must pass, at generation time and in the evals.

Each check is a small, pure, named function: (email, context) -> CheckResult with a reason a
recruiter can act on. They work on any email text; a draft from the model also brings the quotes
that support its feedback, which the grounding check verifies against the notes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Literal

from .models import (
    Candidate,
    CheckResult,
    Decision,
    DraftContent,
    Evidence,
    FeedbackDepth,
    Profile,
    StageLevel,
    WithheldFragment,
    stage_level,
)


@dataclass(frozen=True)
class EmailUnderCheck:
    """An email as the candidate would read it, plus what a structured draft knows about it."""

    subject: str
    body: str
    strengths: tuple[Evidence, ...] | None = None  # None: a free-text email, counts unknown
    areas_to_grow: tuple[Evidence, ...] | None = None

    @property
    def greeting(self) -> str:
        return next((line.strip() for line in self.body.splitlines() if line.strip()), "")

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        return (self.strengths or ()) + (self.areas_to_grow or ())


@dataclass(frozen=True)
class CheckContext:
    candidate: Candidate
    decision: Decision
    profile: Profile
    notes: str | None = None
    withheld: tuple[WithheldFragment, ...] = field(default_factory=tuple)
    # What an eval case (or `followup check --must-mention`) expects of this one email.
    must_mention: tuple[str, ...] = ()
    must_not_contain: tuple[str, ...] = ()
    min_words: int | None = None  # overrides the default bounds for the decision
    max_words: int | None = None


def _ok(name: str, reason: str = "") -> CheckResult:
    return CheckResult(name=name, passed=True, reason=reason)


def _fail(name: str, reason: str, span: str | None = None) -> CheckResult:
    return CheckResult(name=name, passed=False, reason=reason, span=span)


def words(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+", text)


def normalise(text: str) -> str:
    """Lower case, straight quotes, one space: so a quote matches its notes despite typography."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"}))
    text = re.sub(r"[*_`>#]+", " ", text)  # Markdown emphasis and bullets are not words
    return re.sub(r"\s+", " ", text).strip()


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


# A check that has nothing to judge here (no required details given, a language it does not read)
# passes with a reason starting "n/a: ", so that reports and the label calibration can leave it out.
NOT_APPLICABLE = "n/a: "


def _not_applicable(name: str, reason: str) -> CheckResult:
    return _ok(name, NOT_APPLICABLE + reason)


def applies(result: CheckResult) -> bool:
    return not result.reason.startswith(NOT_APPLICABLE)


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def content_paragraphs(body: str) -> list[str]:
    """The paragraphs between the greeting and the sign-off."""
    paragraphs = _paragraphs(body)
    if paragraphs and len(words(paragraphs[0])) <= 6 and "\n" not in paragraphs[0]:
        paragraphs = paragraphs[1:]  # the greeting
    if paragraphs and _signature_lines(paragraphs[-1]) is not None:
        paragraphs = paragraphs[:-1]
    return paragraphs


# --- personalisation ------------------------------------------------------------------------

GENERIC_GREETING = re.compile(
    r"\b(dear|hi|hello)\s+(candidate|applicant|sir|madam|sir\s*(or|/)\s*madam|there|friend)\b"
    r"|\bto whom it may concern\b",
    re.I,
)
PLACEHOLDER = re.compile(
    r"\[\s*(first\s*name|name|candidate|role|company|position|insert[^\]]*)\s*\]"
    r"|\{\{?\s*\w+\s*\}\}?|<\s*(first_?name|name|role)\s*>|\bXXX\b|\bTBD\b",
    re.I,
)


def addressed_by_name(email: EmailUnderCheck, ctx: CheckContext) -> CheckResult:
    name = "addressed_by_name"
    generic = GENERIC_GREETING.search(email.body)
    if generic:
        return _fail(name, f"generic greeting '{generic.group(0)}'; greet them by name", generic.group(0))
    names = {ctx.candidate.first_name, ctx.candidate.name.split()[0], ctx.candidate.name}
    pattern = r"\b(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b"
    if not re.search(pattern, email.greeting, re.I):
        return _fail(name, f"the greeting '{email.greeting[:60]}' does not name "
                           f"{ctx.candidate.first_name}", email.greeting)
    return _ok(name)


def no_placeholders(email: EmailUnderCheck, ctx: CheckContext) -> CheckResult:
    name = "no_placeholders"
    for text in (email.subject, email.body):
        hit = PLACEHOLDER.search(text)
        if hit:
            return _fail(name, f"unfilled placeholder '{hit.group(0)}'", hit.group(0))
    return _ok(name)


def names_the_role(email: EmailUnderCheck, ctx: CheckContext) -> CheckResult:
    name = "names_the_role"
    text = normalise(email.subject + " " + email.body)
    role = normalise(ctx.candidate.role)
    # Job titles get shortened in prose ("the backend role", "the design role", "the SDR role"): the
    # stem of a long word of the title, or its initials in capitals, will do.
    key_words = [w for w in re.split(r"[\s/-]+", role) if len(w) > 3] or words(role)
    initials = "".join(w[0] for w in words(role)).upper()
    if role in text or any(re.search(rf"\b{re.escape(w[:6])}", text) for w in key_words) or (
            len(initials) >= 2 and re.search(rf"\b{initials}s?\b", email.subject + " " + email.body)):
        return _ok(name)
    return _fail(name, f"the email never names the role ({ctx.candidate.role})")


def evidence_grounded(email: EmailUnderCheck, ctx: CheckContext) -> CheckResult:
    name = "evidence_grounded"
    if not email.evidence:
        return _not_applicable(name, "no quoted evidence to verify")
    if ctx.notes is None:
        return _not_applicable(name, "no notes given to verify the quotes against")
    notes = normalise(ctx.notes)
    for item in email.evidence:
        quote = normalise(item.quote).strip(" \"'.,;:")
        if len(words(quote)) < 2:
            return _fail(name, f"quote '{item.quote}' is too short to support '{item.point[:60]}'",
                         item.quote)
        if quote not in notes:
            return _fail(name, f"quote '{item.quote}' does not occur in the notes", item.quote)
    return _ok(name, f"{len(email.evidence)} quote(s) found in the notes")


def uses_a_specific_detail(email: EmailUnderCheck, ctx: CheckContext) -> CheckResult:
    """At least one true detail from the notes, so the email could not go to anyone else."""
    name = "specific_detail"
    if email.evidence:
        return _ok(name, "backed by quotes from the notes")
    if ctx.notes:
        # A free-text email: look for a distinctive phrase of the notes (two content words in a row).
        note_words = [w for w in words(normalise(ctx.notes)) if len(w) > 3]
        body = normalise(email.body)
        for first, second in pairwise(note_words):
            if f"{first} {second}" in body:
                return _ok(name, f"mentions '{first} {second}' from the notes")
    return _fail(name, "nothing specific from the notes; add one true, specific detail")

def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """The phrase as a case-insensitive substring (as evals/README.md defines it: "prioriti" covers
    "prioritise"), with any spaces or hyphens between its words ("rate-limit", "rate limit")."""
    parts = [re.escape(w) for w in re.findall(r"\w+", normalise(phrase))]
    return re.compile(r"[\s'-]+".join(parts), re.I)


def mentions_required(email: EmailUnderCheck, ctx: CheckContext) -> CheckResult:
    """Every detail the case says a good email must mention (specific and true)."""
    name = "mentions_required"
    if not ctx.must_mention:
        return _not_applicable(name, "no required details given")
    text = normalise(email.subject + " " + email.body)
    missing = [p for p in ctx.must_mention if not _phrase_pattern(p).search(text)]
    if missing:
        return _fail(name, "does not mention " + ", ".join(f"'{p}'" for p in missing))
    return _ok(name, f"mentions all {len(ctx.must_mention)} required detail(s)")


# Words any follow-up email may use, whoever it is for: using them shows nothing about this person.
_GENERIC = """
about above after again also although always among another anyone anything around asked asking
back because been before being below best better between both came come comes could days decided
decision does doing done during each either else even every from further gave given giving going
good great had has have having here hope into just know last less like looking made make makes
many more most much must need needed next none only other others over part really role said same
should since some something soon still such take taken than that their them then there these they
thing things think this those though through time times today together told took under until very
want wanted was week weeks well were what when where which while whole will wish with within
without would year years your yours you're you've we've we're we'd we'll they're it's that's
thank thanks thanked thankful thoughtful appreciate appreciated interview interviews interviewed
interviewing application applications applied apply candidate candidates position positions process
opportunity opportunities experience experiences skills skill background team teams company
companies people person hiring hire hired stage stages round rounds final forward moving move moved
progress update news email call calls conversation conversations meeting meet talk talking spoke
speak speaking chat career search future success luck regards wishes kind warm pleased happy glad
delighted enjoyed enjoy impressed impressive strong strength strengths area areas grow growth
feedback decide deciding consideration careful carefully reflect difficult easy clear clearly
genuinely truly sincerely work working worked job jobs care thought closes questions welcome
reply ahead tell schedule scheduled scheduling touch around particularly especially noted words
stood energy completing proper whatever outcome patience meantime keep open roles fits regularly
interviewers interviewer panel invite invited looking speaking
"""
GENERIC_WORDS = frozenset(_GENERIC.split())
MIN_DISTINCTIVE_TERMS = 3


def _stem(word: str) -> str:
    # Crude but language-blind: "structured" and "structure" meet at "struct", "Kunden" and "Kundin"
    # do not; enough to tell whether the email draws on the notes.
    return word.strip("'-")[:6]


def distinctive_terms(notes: str, ctx: CheckContext) -> set[str]:
    """Stems of the notes' words that another candidate's email would not contain."""
    own = {_stem(w) for w in words(normalise(" ".join(
        [ctx.candidate.name, ctx.candidate.role, ctx.candidate.stage or "", ctx.profile.company])))}
    return {_stem(w) for w in words(normalise(notes))
            if len(w.strip("'-")) >= 4 and w not in GENERIC_WORDS and not w.isdigit()} - own


def not_generic(email: EmailUnderCheck, ctx: CheckContext) -> CheckResult:
    """How much of the email could go to anyone: it must use a few distinctive terms of the notes."""
    name = "not_generic"
    if not ctx.notes:
        return _not_applicable(name, "no notes to compare with")
    terms = distinctive_terms(ctx.notes, ctx)
    used = sorted({_stem(w) for w in words(normalise(email.subject + " " + email.body))} & terms)
    if len(used) < MIN_DISTINCTIVE_TERMS:
        return _fail(name, f"uses {len(used)} distinctive term(s) of the notes "
                           f"({', '.join(used) or 'none'}); the rest would fit any candidate")
    return _ok(name, f"uses {len(used)} distinctive terms of the notes")


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


def length_in_bounds(email: EmailUnderCheck, ctx: CheckContext) -> CheckResult:
    name = "length_in_bounds"
    low, high = length_bounds(ctx.decision, ctx.profile.feedback_depth, ctx.candidate.stage)
    low = low if ctx.min_words is None else ctx.min_words
    high = high if ctx.max_words is None else ctx.max_words
    count = len(words(email.body))
    if count < low:
        return _fail(name, f"{count} words; at least {low} expected for a {ctx.decision} email")
    if count > high:
        return _fail(name, f"{count} words; at most {high} for a {ctx.decision} email "
                           f"with {ctx.profile.feedback_depth} feedback")
    return _ok(name, f"{count} words ({low}-{high})")


def feedback_matches_depth(email: EmailUnderCheck, ctx: CheckContext) -> CheckResult:
    name = "feedback_depth"
    if email.strengths is None or email.areas_to_grow is None:
        return _not_applicable(name, "free-text email: not counted")
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
        return _fail(name, f"{strengths} strength(s) and {areas} area(s) to grow; {depth} feedback "
                           f"on a {ctx.decision} allows at most {most_strengths} and {most_areas}")
    return _ok(name)


MAX_SUBJECT_CHARS = 78  # about what an inbox shows before cutting the subject off
MAX_SENTENCE_WORDS = 55  # the labelled emails people judged fine reach 50
MAX_PARAGRAPH_WORDS = 110


def subject_length(email: EmailUnderCheck, ctx: CheckContext) -> CheckResult:
    name = "subject_length"
    count = len(words(email.subject))
    if count < 2:
        return _fail(name, f"subject '{email.subject}' says too little; name the role or the stage",
                     email.subject or None)
    if len(email.subject) > MAX_SUBJECT_CHARS:
        return _fail(name, f"subject is {len(email.subject)} characters; an inbox shows about "
                           f"{MAX_SUBJECT_CHARS}", email.subject)
    return _ok(name, f"{count} words")


def paragraph_count(email: EmailUnderCheck, ctx: CheckContext) -> CheckResult:
    """A few short paragraphs: a wall of text is not read."""
    name = "paragraphs"
    paragraphs = content_paragraphs(email.body)
    most = 6 if ctx.profile.feedback_depth is FeedbackDepth.DETAILED else 5
    if not paragraphs:
        return _fail(name, "nothing between the greeting and the sign-off")
    if len(paragraphs) > most:
        return _fail(name, f"{len(paragraphs)} paragraphs; at most {most} keep it short")
    longest = max(paragraphs, key=lambda p: len(words(p)))
    if len(words(longest)) > MAX_PARAGRAPH_WORDS:
        return _fail(name, f"a paragraph of {len(words(longest))} words; at most "
                           f"{MAX_PARAGRAPH_WORDS} read easily", longest[:80])
    return _ok(name, f"{len(paragraphs)} paragraph(s)")


def sentences_not_overlong(email: EmailUnderCheck, ctx: CheckContext) -> CheckResult:
    name = "sentence_length"
    longest = max(_sentences(email.body), key=lambda s: len(words(s)), default="")
    count = len(words(longest))
    if count > MAX_SENTENCE_WORDS:
        return _fail(name, f"a sentence of {count} words; split it (at most {MAX_SENTENCE_WORDS})",
                     longest.strip())
    return _ok(name, f"longest sentence {count} words")


# --- tone and decision ----------------------------------------------------------------------

THANKS = re.compile(
    r"\b(thank|thanks|grateful|appreciate[ds]?|merci|remercie\w*|danke|dank|bedanke\w*|gracias|"
    r"agradec\w*)\b",
    re.I,
)
NEGATION = re.compile(
    r"\b(not|no|never|unable|won't|cannot|can't|isn't|aren't|wasn't|unfortunately|regret|decline[ds]?)\b"
    r"|n't\b",
    re.I,
)
ADVANCE_CUES = re.compile(
    r"\b(offer you|an offer|job offer|pleased to offer|welcome (you )?(aboard|to the team)|you(['’]ve| have) "
    r"been (hired|selected)|congratulations|next round|next stage|move (you )?forward|"
    r"moving (you )?forward|advance you|advancing|progress(ing)? (you )?to|invite you to (the|a|an|our) "
    r"(next|final|second|third|onsite|on-site)|"
    r"einladen|nächsten? runde|prochaine étape|étape suivante|vous inviter|"
    r"siguiente (fase|etapa|entrevista)|próxima (fase|etapa|entrevista)|invitarle|invitarte)\b",
    re.I,
)
# An advance may also just name the next step; in a rejection or a hold these would be harmless.
ADVANCE_SAID = re.compile(ADVANCE_CUES.pattern + r"|\b((like|love) you to meet|as the next step)\b",
                          re.I)
REJECTION_CUES = re.compile(
    r"\b(unfortunately|regret|unsuccessful|not (be )?(moving|move|progress|progressing|proceed|"
    r"proceeding|advancing|going) |decided not to|decided to (go|move|proceed) (in a different|with other)|"
    r"won't be (moving|progressing|proceeding|advancing|taking)|will not be (moving|progressing|"
    r"proceeding|advancing|taking)|not (been )?selected|not able to offer|unable to offer|"
    r"went with (someone|another|a different|a candidate|other)|"
    r"leider|absage|nicht weiter|malheureusement|ne pas (donner suite|retenir)|pas (été )?retenue?|"
    r"regrettons|lamentablemente|lamentamos|desafortunadamente|no (continuaremos|seguiremos|"
    r"continuar|seguir))",
    re.I,
)
WHEN_CUES = re.compile(
    r"\b(by|before|within|next|this|end of|in the coming|in a|over the|"
    r"sous|d'ici|dans|avant|bis|innerhalb|in den|ende|en|antes|dentro de|la próxima)\b.{0,25}"
    r"\b(day|days|week|weeks|month|monday|tuesday|wednesday|thursday|friday|weekend|\d{1,2}(st|nd|rd|th)?|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jours?|semaines?|mois|lundi|mardi|mercredi|jeudi|vendredi|"
    r"tage?n?|wochen?|monat|montag|dienstag|mittwoch|donnerstag|freitag|"
    r"días?|semanas?|mes|lunes|martes|miércoles|jueves|viernes)\b",
    re.I,
)


def thanks_candidate(email: EmailUnderCheck, ctx: CheckContext) -> CheckResult:
    if THANKS.search(email.body):
        return _ok("thanks_candidate")
    return _fail("thanks_candidate", "the email never thanks the candidate")


def decision_respected(email: EmailUnderCheck, ctx: CheckContext) -> CheckResult:
    """A rejection never reads as an offer or a next round; an advance never as a rejection."""
    name = "decision_respected"
    sentences = _sentences(email.subject + "\n" + email.body)
    if ctx.decision in (Decision.REJECT, Decision.HOLD):
        for sentence in sentences:
            cue = ADVANCE_CUES.search(sentence)
            if cue and not NEGATION.search(sentence):
                return _fail(name, f"reads as moving forward ('{cue.group(0)}') but the decision is "
                                   f"{ctx.decision}", sentence.strip())
    if ctx.decision in (Decision.ADVANCE, Decision.HOLD):
        for sentence in sentences:
            cue = REJECTION_CUES.search(sentence)
            if cue:
                return _fail(name, f"reads as a rejection ('{cue.group(0).strip()}') but the decision "
                                   f"is {ctx.decision}", sentence.strip())
    if ctx.decision is Decision.REJECT and not REJECTION_CUES.search(email.body):
        return _fail(name, "never says clearly that they are not moving forward")
    if ctx.decision is Decision.ADVANCE and not ADVANCE_SAID.search(email.body):
        return _fail(name, "never says that they are moving to the next round")
    if ctx.decision is Decision.HOLD and not WHEN_CUES.search(email.body):
        return _fail(name, "a pending decision must say roughly when they will hear back")
    return _ok(name)


REAPPLY = re.compile(
    r"\b(re-?apply|apply again|applying again|apply (for|to) (future|other|another)|"
    r"future (openings|roles|opportunities|positions|vacancies)|keep an eye on (our|the) (careers|jobs)|"
    r"(keep|hold) (your|you) (details|cv|résumé|resume|application|profile)? ?(on file|in mind)|"
    r"on file for future|hear from you again)\b",
    re.I,
)


def reapply_only_if_hiring(email: EmailUnderCheck, ctx: CheckContext) -> CheckResult:
    name = "reapply_only_if_hiring"
    hit = REAPPLY.search(email.body)
    if hit and not ctx.profile.hires_actively:
        return _fail(name, f"invites them back ('{hit.group(0)}') but the profile says the company is "
                           "not hiring actively", hit.group(0))
    if hit and ctx.decision is not Decision.REJECT:
        return _fail(name, f"invites them to apply again ('{hit.group(0)}') in a {ctx.decision} email",
                     hit.group(0))
    return _ok(name)


HARSH_WORDS = re.compile(
    r"\b(sloppy|careless(ly|ness)?|lazy|laziness|arrogan(t|ce)|rude|incompetent|useless|terrible|"
    r"awful|pathetic|mediocre|clueless|unprofessional|embarrassing|frankly|disappointing|"
    r"culture fit|cultural fit|basic mistake|(wasn't|was not|not) your finest|normal person|"
    r"(haven't|didn't|did not|have not) (even )?bother(ed)?|far more seriously|"
    r"full of (typos|mistakes|errors)|wall of jargon|drag(ged)? .{0,30} out of you|"
    r"bit of a mystery|as you('ve| have)? probably guessed|waste of (our|my) time)\b",
    re.I,
)


def no_harsh_words(email: EmailUnderCheck, ctx: CheckContext) -> CheckResult:
    """Never harsh, blaming, sarcastic or about the person (English phrases)."""
    name = "no_harsh_words"
    hit = HARSH_WORDS.search(email.subject + "\n" + email.body)
    if hit:
        return _fail(name, f"'{hit.group(0)}' is harsh, blaming or about the person; describe what "
                           "was observed and how to build it", hit.group(0))
    return _ok(name)


GAP_CUES = re.compile(
    r"\b(weaker|gap|needed more|need(ed)? someone|we'd have liked|would have liked|didn't|did not|"
    r"wasn't|haven't|hasn't|lack(ed|ing)?|missing|struggled|area to (grow|work on)|"
    r"where we needed|not (yet )?(enough|as much))\b",
    re.I,
)
LEARNABLE_CUES = re.compile(
    r"\b(learn\w*|practi[cs]\w*|build\w*|develop\w*|strengthen\w*|grow\w*|rounds? out|great way|"
    r"next step|try(ing)?|course|getting (involved|comfortable|closer)|work(ing)? (through|on)|"
    r"adding|partnering|brush(ing)? up|reading up|acquire\w*|improve\w*|shadow\w*|"
    r"would (help|make|strengthen|build|put|give))\b",
    re.I,
)
DEMANDS = re.compile(
    r"\b(you('ll| will) need to (fix|take|improve|learn|work|sort)|you (must|have to) (fix|improve|"
    r"learn|take)|needs? to fix)\b",
    re.I,
)


def growth_is_learnable(email: EmailUnderCheck, ctx: CheckContext) -> CheckResult:
    """An area to grow says how it can be built, and is not a demand."""
    name = "growth_is_learnable"
    demand = DEMANDS.search(email.body)
    if demand:
        return _fail(name, f"'{demand.group(0)}' is a demand; frame the gap as something they can "
                           "learn or practise", demand.group(0))
    if email.areas_to_grow is not None:
        for item in email.areas_to_grow:
            if not LEARNABLE_CUES.search(item.point):
                return _fail(name, f"area to grow '{item.point[:60]}' says what was missing but "
                                   "not how to build it", item.point)
        return _ok(name)
    if ctx.profile.language.strip().lower() != "english":
        return _not_applicable(name, f"free text in {ctx.profile.language} is not read")
    if ctx.decision is Decision.REJECT and GAP_CUES.search(email.body) \
            and not LEARNABLE_CUES.search(email.body):
        return _fail(name, "names a gap but never frames it as something they can learn or build")
    return _ok(name)


OVER_PROMISE = re.compile(
    r"\b((i'm|i am|we're|we are) (certain|sure|confident) (that )?(we'll|we will|there will|"
    r"there'll|you'll be (hired|offered|selected))|perfect (role|fit|position|job) for you|"
    r"skip (straight )?(to|past)|fast-?track|guarantee\w*|(i|we) promise|"
    r"(would|'d) (like|love) to hire you|the (job|role) is yours|there will be a role for you|"
    r"definitely (have|be|hire|offer)|(fully|really) expect (that )?you('ll| will))\b",
    re.I,
)


def no_over_promising(email: EmailUnderCheck, ctx: CheckContext) -> CheckResult:
    name = "no_over_promising"
    hit = OVER_PROMISE.search(email.body)
    if hit:
        return _fail(name, f"'{hit.group(0)}' promises what no one can commit to", hit.group(0))
    return _ok(name)


CLOSING_LINE = re.compile(
    r"[,!]$|^(best|cheers|thanks|regards|warmly|sincerely|cordialement|atentamente|saludos|"
    r"viele grüße|beste grüße|mit freundlichen grüßen)\b",
    re.I,
)
NAME_LINE = re.compile(r"^[A-ZÀ-Ý][\w'’.-]+(?: (?:[a-z]{1,3} )?[A-ZÀ-Ý][\w'’.-]*){0,3}$")
TEAM_SIGNATURE = re.compile(
    r"\b(team|department|departamento|équipe|abteilung|recruiting|recruitment|talent acquisition|"
    r"human resources|hr|hiring|people ops|careers|no-?reply)\b",
    re.I,
)


def _signature_lines(paragraph: str) -> list[str] | None:
    """The lines of a sign-off block (closing, name, title), or None if this is not one."""
    lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
    if not lines or len(lines) > 5:
        return None
    if CLOSING_LINE.search(lines[0]) and len(words(lines[0])) <= 6:
        return lines
    if all(len(words(line)) <= 6 and not line.endswith(".") for line in lines):
        return lines
    return None


def signed_by_a_person(email: EmailUnderCheck, ctx: CheckContext) -> CheckResult:
    name = "signed_by_a_person"
    if email.strengths is not None:
        # Our code signs every draft from the profile: nothing a model could fix.
        return _not_applicable(name, f"signed from the profile ({ctx.profile.sender_name})")
    paragraphs = _paragraphs(email.body)
    lines = _signature_lines(paragraphs[-1]) if paragraphs else None
    if not lines:
        return _fail(name, "no sign-off: end with a closing line and a person's name")
    signer = next((line for line in lines if not CLOSING_LINE.search(line)), "")
    if not signer or TEAM_SIGNATURE.search(signer) or not NAME_LINE.match(signer):
        shown = signer or lines[0]
        return _fail(name, f"signed '{shown}', not by a person", shown)
    return _ok(name, f"signed by {signer}")


# --- safety ---------------------------------------------------------------------------------


def _profile_contact_text(profile: Profile) -> str:
    return " ".join(filter(None, (profile.sender_email, profile.signature, profile.careers_url)))


def nothing_sensitive(email: EmailUnderCheck, ctx: CheckContext) -> CheckResult:
    """Nothing from DOMAIN.md's never-reaches-the-candidate list, matched as whole words and phrases.

    Contact details are allowed only when they are the company's own, from the profile."""
    from .screening import Category, find_sensitive, resolve_language

    name = "nothing_sensitive"
    own_contacts = _profile_contact_text(ctx.profile)
    # A model may copy words of the notes' language into an email written in another one.
    languages = [None, resolve_language(None, ctx.notes)] if ctx.notes else [None]
    for text in (email.subject, email.body):
        findings = [f for lang in dict.fromkeys(languages) for f in find_sensitive(text, language=lang)]
        for finding in findings:
            if finding.category is Category.PERSONAL_DATA and finding.text.strip() in own_contacts:
                continue
            return _fail(name, f"mentions {finding.category.value.replace('_', ' ')}: "
                               f"'{finding.text}'", finding.text)
    return _ok(name)


def no_other_people_named(email: EmailUnderCheck, ctx: CheckContext) -> CheckResult:
    """No interviewer (unless the profile allows it) and no other candidate named in the notes."""
    from .screening.people import Person, other_people

    name = "no_other_people_named"
    if not ctx.notes:
        return _not_applicable(name, "no notes to find other people in")
    # The candidate, and the sender who signs the email (often one of the interviewers), may be named.
    allowed = {*ctx.candidate.name.split(), ctx.candidate.first_name, *ctx.profile.sender_name.split()}
    for person, who in other_people(ctx.notes, exclude=allowed).items():
        if who is Person.INTERVIEWER and ctx.profile.allow_interviewer_names:
            continue
        if re.search(rf"\b{re.escape(person)}\b", email.subject + "\n" + email.body):
            who_text = "an interviewer" if who is Person.INTERVIEWER else "another candidate"
            return _fail(name, f"names {person}, {who_text} in the notes", person)
    return _ok(name)


def _contains(text: str, piece: str) -> bool:
    return re.search(rf"(?<![\w]){re.escape(piece)}(?![\w])", text) is not None


def _withheld_pieces(fragment: WithheldFragment, kept: str) -> list[str]:
    """What of a withheld fragment must not come back: the fragment itself, the sensitive words in
    it (the reason it was withheld), its numbers, and any two words in a row of which one is a word
    the model was never given (five letters or more, absent from the kept notes). Common short
    phrases ("for this role") are left alone: they would be false alarms."""
    from .screening import find_sensitive

    text = normalise(fragment.text).strip(" .,;:-")
    tokens = words(text)
    pieces = [text]
    pieces += [normalise(f.text) for f in find_sensitive(fragment.text)]
    pieces += [t for t in tokens if any(c.isdigit() for c in t) and not _contains(kept, t)]
    unseen = {t for t in tokens if len(t) >= 5 and t.isalpha() and not _contains(kept, t)}
    pieces += [f"{a} {b}" for a, b in pairwise(tokens) if a in unseen or b in unseen]
    return [p for p in pieces if p]


def nothing_withheld_reused(email: EmailUnderCheck, ctx: CheckContext) -> CheckResult:
    """Nothing withheld from the notes comes back in the email: not the fragment, not the words
    that made it sensitive, not its numbers, not a run of its words."""
    name = "nothing_withheld_reused"
    if not ctx.withheld:
        return _ok(name)
    body = normalise(email.subject + " " + email.body + " " + " ".join(e.quote for e in email.evidence))
    body = re.sub(r"[^\w'/$€£%.,-]+", " ", body)
    withheld = {normalise(f.text) for f in ctx.withheld}
    # What the model was given: words that are also in the kept notes may be used.
    kept = normalise(ctx.notes or "")
    for fragment in withheld:
        kept = kept.replace(fragment, " ")
    kept = re.sub(r"[^\w'/$€£%.,-]+", " ", kept)
    for fragment in ctx.withheld:
        for piece in _withheld_pieces(fragment, kept):
            if _contains(body, re.sub(r"[^\w'/$€£%.,-]+", " ", piece).strip()):
                return _fail(name, f"repeats '{piece}' from a withheld {fragment.category} fragment",
                             piece)
    return _ok(name)


def nothing_forbidden(email: EmailUnderCheck, ctx: CheckContext) -> CheckResult:
    """Nothing the case says must never be in the email (a score, a name, an injected offer)."""
    name = "nothing_forbidden"
    if not ctx.must_not_contain:
        return _not_applicable(name, "nothing forbidden by name")
    text = normalise(email.subject + " " + email.body)
    for phrase in ctx.must_not_contain:
        # A substring exactly as written ("3/5", "95k"); the cases avoid short, ambiguous strings.
        if normalise(phrase) in text:
            return _fail(name, f"contains '{phrase}', which must never reach the candidate", phrase)
    return _ok(name)


Check = Callable[[EmailUnderCheck, CheckContext], CheckResult]
Dimension = Literal["length", "personalisation", "tone", "safety", "decision"]
DIMENSIONS: tuple[Dimension, ...] = ("length", "personalisation", "tone", "safety", "decision")

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


def run_checks(email: EmailUnderCheck, ctx: CheckContext) -> list[CheckResult]:
    return [check(email, ctx) for _, check in CHECKS.values()]


def email_from_draft(content: DraftContent, body: str) -> EmailUnderCheck:
    return EmailUnderCheck(
        subject=content.subject,
        body=body,
        strengths=tuple(content.strengths),
        areas_to_grow=tuple(content.areas_to_grow),
    )
