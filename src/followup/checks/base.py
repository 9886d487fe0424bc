"""What every check shares: the email under check, its context, and small text helpers."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from ..models import (
    Candidate,
    CheckStatus,
    Decision,
    Dimension,
    Evidence,
    Profile,
    WithheldFragment,
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


@dataclass(frozen=True)
class Verdict:
    """What a check function finds; the registry (checks/__init__.py) names it and gives it its
    dimension and severity."""

    status: CheckStatus
    reason: str = ""
    span: str | None = None
    far_off: bool = False  # an advisory failure far outside its bounds: worth a re-ask

    @property
    def passed(self) -> bool:
        return self.status != "fail"


def _ok(reason: str = "") -> Verdict:
    return Verdict("pass", reason)


def _fail(reason: str, span: str | None = None, *, far_off: bool = False) -> Verdict:
    return Verdict("fail", reason, span, far_off)


def words(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+", text)


_TYPOGRAPHY = str.maketrans("’‘“”–—", "''\"\"--")


def normalise(text: str) -> str:
    """Lower case, straight quotes, one space: so a quote matches its notes despite typography."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.translate(_TYPOGRAPHY)
    text = re.sub(r"[*_`>#]+", " ", text)  # Markdown emphasis and bullets are not words
    return re.sub(r"\s+", " ", text).strip()


def has_word(text: str, phrase: str) -> bool:
    """`phrase` in `text` as whole words ("Dan" is not in "Daniel"). No regex: checks search for
    many different phrases per draft, and compiling a pattern for each costs more than the check."""
    start = text.find(phrase)
    while start != -1:
        end = start + len(phrase)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            return True
        start = text.find(phrase, start + 1)
    return False


class Cues:
    """A list of phrases as one regular expression, written in lower case, matched ignoring case.

    It runs on a lower-cased copy of the text rather than with re.IGNORECASE, which keeps Python's
    engine from its fast scans: three times faster on these lists (measured), and they run on
    every draft. `search` answers the words as the text writes them.
    """

    def __init__(self, pattern: str) -> None:
        if pattern != pattern.lower():
            raise ValueError(f"Cues are written in lower case: {pattern[:60]!r}")
        self.source = pattern
        self._lower = re.compile(pattern)

    def search(self, text: str) -> str | None:
        lowered = text.lower()
        if len(lowered) != len(text):  # "İ" lower-cases to two characters: offsets would move
            hit = re.search(self.source, text, re.IGNORECASE)
            return hit.group(0) if hit else None
        found = self._lower.search(lowered)
        return text[found.start():found.end()] if found else None


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


def _not_applicable(reason: str) -> Verdict:
    """Nothing to judge here (no required details given, a language the check does not read)."""
    return Verdict("n/a", reason)


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


CLOSING_LINE = re.compile(
    r"[,!]$|^(best|cheers|thanks|regards|warmly|sincerely|cordialement|atentamente|saludos|"
    r"viele grüße|beste grüße|mit freundlichen grüßen|(herzliche|liebe|freundliche|schöne|sonnige)"
    r" gr(ü|ue)(ß|ss)e|gr(ü|ue)(ß|ss)e|bien (à vous|cordialement|amicalement)|amicalement|salutations"
    r"|un (cordial )?saludo|un abrazo|kind regards|warm(est)? regards|all the best|best wishes"
    r"|many thanks|with thanks|take care|alles gute|herzlichst|mit besten gr(ü|ue)(ß|ss)en)\b",
    re.I,
)
NAME_LINE = re.compile(r"^[A-ZÀ-Ý][\w'’.-]+(?: (?:[a-z]{1,3} )?[A-ZÀ-Ý][\w'’.-]*){0,3}$")
TEAM_SIGNATURE = re.compile(
    r"\b(team|department|departamento|équipe|equipo|abteilung|recruiting|recruitment|talent acquisition|"
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


Check = Callable[[EmailUnderCheck, CheckContext], Verdict]
DIMENSIONS: tuple[Dimension, ...] = ("length", "personalisation", "tone", "safety", "decision")
