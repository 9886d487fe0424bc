"""The review's HTML: server-rendered from the templates in `templates/`, escaped by Jinja.

What a page marks is computed here: the offending text of each failed check in the email, and
each withheld fragment (with its category) in the notes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from ..models import CheckResult, WithheldFragment
from .round import Candidate, SavedDraft

STATUS_LABELS = {"ok": "ok", "needs_review": "needs review", "failed": "failed",
                 "skipped": "skipped"}
VERDICT_LABELS = {"pending": "to review", "approved": "approved", "set_aside": "set aside"}


@dataclass(frozen=True)
class Mark:
    text: str  # the words to find, as they occur
    css: str
    label: str  # said to a screen reader and shown as a tag or a tooltip


def _spans(text: str, marks: Iterable[Mark]) -> list[tuple[int, int, Mark]]:
    """Where each mark's text occurs (every occurrence, case ignored), overlaps dropped."""
    lowered = text.lower()
    found: list[tuple[int, int, Mark]] = []
    for mark in marks:
        needle = mark.text.strip().lower()
        if not needle or len(needle) != len(mark.text.strip()):
            continue
        start = lowered.find(needle)
        while start != -1:
            found.append((start, start + len(needle), mark))
            start = lowered.find(needle, start + len(needle))
    found.sort(key=lambda span: (span[0], -(span[1] - span[0])))
    kept: list[tuple[int, int, Mark]] = []
    for span in found:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def marked(text: str, marks: Iterable[Mark], *, tagged: bool = False) -> Markup:
    """`text` escaped, each mark's text wrapped in <mark>; `tagged` also writes the label
    before it (a withheld fragment's category), else it is the tooltip."""
    pieces: list[str] = []
    at = 0
    for start, end, mark in _spans(text, marks):
        pieces.append(str(escape(text[at:start])))
        tag = (f'<span class="tag">{escape(mark.label)}</span>' if tagged
               else f'<span class="visually-hidden"> ({escape(mark.label)})</span>')
        inner = escape(text[start:end])
        pieces.append(f'<mark class="{mark.css}" title="{escape(mark.label)}">'
                      + (tag + str(inner) if tagged else str(inner) + tag) + "</mark>")
        at = end
    pieces.append(str(escape(text[at:])))
    return Markup("".join(pieces))


def check_marks(checks: Iterable[CheckResult]) -> list[Mark]:
    return [Mark(c.span, "blocking" if c.blocks else "advisory", f"{c.name}: {c.reason}")
            for c in checks if not c.passed and c.span]


def withheld_marks(withheld: Iterable[WithheldFragment]) -> list[Mark]:
    return [Mark(w.text, "withheld", w.category.replace("_", " ")) for w in withheld]


def unmarked_withheld(notes: str, withheld: Iterable[WithheldFragment]) -> list[WithheldFragment]:
    """The fragments that could not be found as written in the notes: listed, never lost."""
    lowered = notes.lower()
    return [w for w in withheld if w.text.strip().lower() not in lowered]


@cache
def environment() -> Environment:
    env = Environment(loader=PackageLoader("followup.review", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals |= {"STATUS_LABELS": STATUS_LABELS, "VERDICT_LABELS": VERDICT_LABELS}
    return env


def render_page(template: str, **context: Any) -> str:
    return environment().get_template(template).render(**context)


def candidate_page(candidate: Candidate, saved: SavedDraft, *, position: tuple[int, int],
                   neighbours: tuple[str | None, str | None], **context: Any) -> str:
    draft = saved.draft
    failing = [c for c in draft.checks if not c.passed]
    return render_page(
        "candidate.html", candidate=candidate, saved=saved, draft=draft,
        title=candidate.entry.name, position=position, previous=neighbours[0], next=neighbours[1],
        blocking=[c for c in draft.checks if c.blocks],
        advisory=[c for c in draft.checks if c.advises],
        passed=[c for c in draft.checks if c.passed],
        subject=marked(saved.subject, check_marks(failing)),
        body=marked(saved.body, check_marks(failing)),
        notes=marked(draft.request.notes, withheld_marks(draft.withheld), tagged=True),
        unmarked=unmarked_withheld(draft.request.notes, draft.withheld),
        **context)
