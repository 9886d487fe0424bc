"""The built-in writer that needs no model: a well-made template per decision and language, as ATS
tools use, filled with the candidate's fields and, where the notes allow, strengths quoted verbatim.

The wording lives in `prompts/templates/<code>.yaml`, one file per language, where a recruiter can
read and change it (a `templates/` folder in `--prompts-dir` takes precedence)."""

from __future__ import annotations

import re
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import ConfigError, PromptError
from .languages import SUPPORTED, normalise_language
from .models import Candidate, Decision, DraftContent, Evidence, FeedbackDepth, Profile

if TYPE_CHECKING:
    from re import Pattern

TEMPLATE_VERSION = "template@2"


class DecisionText(BaseModel):
    """The paragraphs of one decision's email, with {placeholders}."""

    model_config = ConfigDict(extra="forbid")

    subject: str
    opening: str
    strength: str
    also: str
    more_feedback: str = ""
    next_steps: str
    reapply: str = ""
    farewell: str = ""
    closing: str


class Voice(BaseModel):
    """A form of address (formal or informal) and its three emails."""

    model_config = ConfigDict(extra="forbid")

    greeting: str
    at: str
    where: str
    stage: str = ""
    no_stage: str = ""
    reject: DecisionText
    advance: DecisionText
    hold: DecisionText


class TemplateFile(BaseModel):
    """One language's file: how its notes show a strength, and its emails."""

    model_config = ConfigDict(extra="forbid")

    version: int
    strength_words: list[str]
    did_openers: list[str]
    negative_words: list[str]
    score_words: list[str]
    pronouns: list[str]
    informal_when: list[str] = Field(default_factory=list,
                                     description="Words of a profile's tone that ask for `informal`.")
    formal_when: list[str] = Field(default_factory=list,
                                   description="Words that keep `formal` whatever else it says.")
    formal: Voice
    informal: Voice | None = None

    @cached_property
    def cues(self) -> Cues:
        return Cues(self)


def template_path(language: str, prompts_dir: Path | None) -> Path:
    """The language's template file: the user's copy if there is one, else the built-in one."""
    from .prompts_loader import builtin_dir

    code = template_language(language)
    if prompts_dir is not None and (prompts_dir / "templates" / f"{code}.yaml").is_file():
        return prompts_dir / "templates" / f"{code}.yaml"
    return builtin_dir() / "templates" / f"{code}.yaml"


def template_language(language: str) -> str:
    """The code of a language the built-in writer writes; a one-line error for any other."""
    code = normalise_language(language)
    if code is None:
        raise ConfigError(f"profile.language {language!r}: the built-in writer writes {SUPPORTED}; "
                          "choose one of them, or configure a model to write in another language")
    return code


def load_template(language: str, prompts_dir: Path | None = None) -> TemplateFile:
    path = template_path(language, prompts_dir)
    stat = path.stat()
    return _load(str(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=16)
def _load(path: str, _mtime: int, _size: int) -> TemplateFile:
    """Parsed once per version of the file: a round drafts every candidate from it."""
    import yaml

    try:
        return TemplateFile.model_validate(yaml.safe_load(Path(path).read_text(encoding="utf-8")))
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(part) for part in error["loc"]) or "the file"
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise PromptError(f"{path}: not a valid template file: field '{where}': {error['msg']}"
                          f"{more}") from None
    except (yaml.YAMLError, OSError, UnicodeDecodeError) as exc:
        raise PromptError(f"{path}: not a valid template file: {' '.join(str(exc).split())}") \
            from None


def _any(words: list[str], *, at_start: bool = False) -> Pattern[str]:
    """Any of the words or phrases, whole, ignoring case; nothing at all for an empty list."""
    if not words:
        return re.compile(r"(?!)")
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len,
                                                                               reverse=True))
    return re.compile(("^" if at_start else r"\b") + rf"(?:{alternatives})(?!\w)", re.I)


class Cues:
    """A template file's word lists, compiled once per file."""

    def __init__(self, template: TemplateFile) -> None:
        self.strength = _any(template.strength_words)
        self.did = _any(template.did_openers, at_start=True)
        self.negative = _any(template.negative_words)
        self.score = _any(template.score_words)
        self.pronouns = template.pronouns
        self.informal = _any(template.informal_when)
        self.formal = _any(template.formal_when)


# Numbers are kept ("a 200-seat customer"), scores are not: screening withholds them, and a clause
# that still looks like one ("4/5") is passed over.
SCORE_SHAPE = re.compile(r"\d\s*/\s*\d")
LEAD_IN = re.compile(
    r"^\s*(?:[-*•+>]+|\d+[.)])?\s*(?:(?:pros?|strengths?|positives?|points? forts?|stärken|"
    r"fortalezas|\+)\s*[:\-]\s*)?(?:[A-Z][\w .()]{0,30}:\s+)?",
    re.I,
)
_NEW_ITEM = re.compile(r"^\s*(?:[-*•+>#]|\d+[.)]|\*\*|$)")


def _logical_lines(notes: str) -> list[str]:
    """Lines as written, with hard-wrapped ones joined again: a line break ends a thought only
    before a new bullet, heading or blank line, or after closing punctuation."""
    joined: list[str] = []
    for line in notes.splitlines():
        if joined and joined[-1].strip() and not _NEW_ITEM.match(line) \
                and not joined[-1].rstrip().endswith((".", "!", "?", ":")):
            joined[-1] = joined[-1].rstrip() + " " + line.strip()
        else:
            joined.append(line)
    return joined


def _clauses(notes: str) -> list[str]:
    """Lines, then sentences, then clauses split on ';' or ': ': the pieces a strength could be
    quoted from."""
    pieces: list[str] = []
    for line in _logical_lines(notes):
        for sentence in re.split(r"(?<=[.!?])\s+", line):
            pieces.extend(re.split(r";|:\s", sentence))
    return pieces


def pick_strengths(notes: str, candidate: Candidate, template: TemplateFile, *,
                   count: int = 1) -> list[str]:
    """The most specific positive clauses of the notes, verbatim (minus bullets and a leading
    pronoun), best first: never one that hedges, looks like a score or holds anything sensitive."""
    from .screening import find_sensitive

    cues = template.cues
    who = [*cues.pronouns, candidate.first_name]
    pronoun = re.compile(rf"^(?:{'|'.join(re.escape(w) for w in who)})\s+(?=\w)", re.I)
    scored: list[tuple[int, int, str]] = []
    for position, piece in enumerate(_clauses(notes)):
        clause = LEAD_IN.sub("", piece, count=1).strip()
        clause = pronoun.sub("", clause).strip().rstrip(".!,;:- ")
        if not 4 <= len(clause.split()) <= 24 or "?" in clause:
            continue
        if not (cues.strength.search(clause) or cues.did.search(clause)) or cues.negative.search(clause):
            continue
        if SCORE_SHAPE.search(clause) or cues.score.search(clause) or find_sensitive(clause):
            continue
        if any(clause == seen for _, _, seen in scored):
            continue
        specificity = sum(1 for w in clause.split() if len(w) > 4)
        scored.append((-specificity, position, clause))
    return [clause for _, _, clause in sorted(scored)[:count]]


def pick_strength(notes: str, candidate: Candidate) -> str | None:
    """The best strength of English notes (kept for callers that want one)."""
    found = pick_strengths(notes, candidate, load_template("en"))
    return found[0] if found else None


def voice(template: TemplateFile, profile: Profile) -> Voice:
    """The form of address the profile's tone asks for (tu, du, tú); formal unless it asks."""
    cues = template.cues
    if template.informal is not None and cues.informal.search(profile.tone) \
            and not cues.formal.search(profile.tone):
        return template.informal
    return template.formal


def write_template_draft(
    candidate: Candidate, decision: Decision, notes: str, profile: Profile, *,
    prompts_dir: Path | None = None, notes_language: str | None = None,
) -> DraftContent:
    """Fill the decision's template in the profile's language; `notes` should already be screened.
    Strengths are found with the cues of the notes' language, when it is one of the four."""
    template = load_template(profile.language, prompts_dir)
    notes_template = template
    if notes_language and normalise_language(notes_language) != normalise_language(profile.language):
        notes_template = load_template(notes_language, prompts_dir)
    form = voice(template, profile)
    text = {Decision.REJECT: form.reject, Decision.ADVANCE: form.advance,
            Decision.HOLD: form.hold}[decision]
    wanted = {FeedbackDepth.NONE: 0, FeedbackDepth.BRIEF: 1, FeedbackDepth.DETAILED: 2}
    quotes = pick_strengths(notes, candidate, notes_template,
                            count=wanted[profile.feedback_depth]) if wanted[profile.feedback_depth] else []
    surname = candidate.name.split()[-1] if len(candidate.name.split()) > 1 else ""
    fields = {
        "first": candidate.first_name,
        "full": f"{candidate.first_name} {surname}".strip(),
        "role": candidate.role,
        "at": _fill(form.at, company=profile.company) if profile.company else "",
        "where": _fill(form.where, url=profile.careers_url) if profile.careers_url else "",
        "stage": _fill(form.stage, stage=candidate.stage) if candidate.stage else form.no_stage,
    }
    strengths = [Evidence(point=_fill(text.strength if i == 0 else text.also, **fields, quote=q),
                          quote=q) for i, q in enumerate(quotes)]
    if decision is Decision.REJECT and profile.hires_actively and text.reapply:
        encouragement = _fill(text.reapply, **fields)
    else:
        encouragement = _fill(text.farewell, **fields)
    more = text.more_feedback if profile.feedback_depth is FeedbackDepth.DETAILED else ""
    return DraftContent(
        subject=_fill(text.subject, **fields),
        greeting=_fill(form.greeting, **fields),
        opening=_fill(text.opening, **fields),
        strengths=strengths,
        areas_to_grow=[],
        next_steps=" ".join(p for p in (_fill(more, **fields), _fill(text.next_steps, **fields)) if p),
        encouragement=encouragement,
        closing=_fill(text.closing, **fields),
    )


def _fill(text: str, **fields: str | None) -> str:
    try:
        return text.format(**fields)
    except (KeyError, IndexError, ValueError) as exc:
        raise PromptError(f"template text {text[:50]!r}: unknown or malformed placeholder {exc}; "
                          f"use {', '.join('{' + k + '}' for k in fields)}") from None
