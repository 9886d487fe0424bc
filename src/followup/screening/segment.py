"""Cutting notes into lines, sentences and clauses, as (start, end) spans of the original text.

Spans, never copies: whatever screening keeps is a slice of the notes, so a quote taken from the
kept text is found verbatim in the notes.
"""

from __future__ import annotations

import re

Span = tuple[int, int]

# "- ", "* ", "• ", "1. ", "a) ", "[ ] ", "> " at the start of a line.
_BULLET = re.compile(r"[ \t]*(?:[-*•·–—>]|\d{1,2}[.)]|[a-z][.)]|\[[ xX]?\])[ \t]+")

# Tokens that end with a full stop without ending the sentence (e.g., Dr., approx., z.B., p.ej.).
_ABBREVIATION_LIST = """
    e.g i.e etc vs dr mr mrs ms prof approx incl inc ltd co corp jr sr st no nr fig cf ca esp
    dept min max mins hrs yrs avg est env mme mlle cad c.-à-d z.b u.a bzw ggf usw d.h evtl
    sra dra p.ej aprox ud uds
"""
_ABBREVIATIONS = frozenset(_ABBREVIATION_LIST.split())
_SENTENCE_END = re.compile(r"[.!?…]+[\"')\]»”]*(?=\s)")
_LAST_TOKEN = re.compile(r"(\S+)$")

# Where a clause ends: semicolons, colons and commas before a space (not "95,000" nor "10:30"),
# dashes between spaces, brackets around words (not "(415) 555-0132"), and before a contrastive
# conjunction, which then opens the next clause.
_CLAUSE_BREAK = re.compile(
    r"\s*;\s*|,\s+|\s*:\s+|\s+[-–—]+\s+|\s+\((?=[^\W\d])|(?<=[^\W\d])\)\s*"
    r"|\s+(?=(?:but|though|although|however|whereas|mais|cependant|pourtant|toutefois|aber|jedoch"
    r"|obwohl|trotzdem|pero|aunque|sin embargo)\b)",
    re.IGNORECASE,
)


# A wrapped line goes on with a lower-case word, a digit or a bracket ("Réponse sous deux / semaines.").
_CONTINUATION = re.compile(r"[^\W\d_A-ZÀ-Ý]|[\d(]")


def line_spans(text: str) -> list[tuple[Span, Span]]:
    """Each logical line as (whole line, content after its bullet), without the final line break.

    Hard-wrapped prose is one logical line: a physical line continues the one above when that one
    has no closing punctuation and this one starts lower-case and has no bullet. Below a bullet,
    only an indented line is its wrapped text; one flush with the margin is a new item ("- wears
    hijab" then "advance to system design").
    """
    spans: list[tuple[Span, Span]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        visible_end = end - 1 if line.endswith("\r") else end
        bullet = _BULLET.match(text, start, visible_end)
        content_start = bullet.end() if bullet else start
        if spans and not bullet and _continues(text, spans[-1], start, visible_end):
            (line_start, _), content = spans[-1]
            spans[-1] = ((line_start, visible_end), (content[0], visible_end))
        else:
            spans.append(((start, visible_end), (content_start, visible_end)))
        start = end + 1
    return spans


def _continues(text: str, previous: tuple[Span, Span], start: int, end: int) -> bool:
    (line_start, line_end), (content_start, _) = previous
    before = text[line_start:line_end].rstrip()
    first = text[start:end].lstrip()[:1]
    bulleted = content_start > line_start
    if bulleted and not text[start:end][:1].isspace():
        return False
    return bool(before and first) and before[-1] not in ".!?:;…" and bool(_CONTINUATION.match(first))


def _is_abbreviation(text: str, dot: int) -> bool:
    token = _LAST_TOKEN.search(text, max(0, dot - 12), dot)
    if not token:
        return False
    word = token.group(1).lstrip("([\"'").lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())  # an initial: "J. Smith"


def split_sentences(text: str, start: int, end: int) -> list[Span]:
    """Sentences of text[start:end]; a full stop after an abbreviation or an initial ends nothing."""
    spans: list[Span] = []
    begin = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if match.group() == "." and _is_abbreviation(text, match.start()):
            continue
        spans.append((begin, match.end()))
        begin = match.end()
    spans.append((begin, end))
    return [span for span in (_trim(text, s, e) for s, e in spans) if span[0] < span[1]]


def split_clauses(text: str, start: int, end: int) -> list[Span]:
    """Clauses of one sentence: the pieces a mixed sentence can be cut into."""
    spans: list[Span] = []
    begin = start
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        if match.start() > begin:
            spans.append((begin, match.start()))
        begin = match.end()
    spans.append((begin, end))
    return [span for span in (_trim(text, s, e) for s, e in spans) if span[0] < span[1]]


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
