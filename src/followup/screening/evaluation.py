"""Measuring screening on a labelled set: recall per category, false alarms on innocent sentences.

The test suite and bench/screening.py both call `evaluate`, so the figures they report are the same
computation. A labelled sentence is one JSON object per line:

    {"text": "...", "language": "en", "expected": ["age"], "note": "why"}

`expected` empty means innocent: nothing in it may be withheld.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .findings import Category, ScreenedNotes
from .screen import screen_notes

Screener = Callable[..., ScreenedNotes]


@dataclass(frozen=True)
class LabelledSentence:
    text: str
    language: str
    expected: frozenset[Category]
    note: str = ""

    @property
    def innocent(self) -> bool:
        return not self.expected


def load_folder(folder: Path) -> list[LabelledSentence]:
    """Every .jsonl file of a folder (evals/screening/dev or test), in name order."""
    paths = sorted(folder.glob("*.jsonl"))
    if not paths:
        raise ValueError(f"{folder}: no .jsonl files found")
    return [sentence for path in paths for sentence in load_labelled(path)]


def load_labelled(path: Path) -> list[LabelledSentence]:
    sentences = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            sentences.append(LabelledSentence(
                text=record["text"], language=record["language"],
                expected=frozenset(Category(c) for c in record["expected"]), note=record.get("note", ""),
            ))
        except (ValueError, KeyError) as exc:
            raise ValueError(f"{path}:{number}: {exc}") from None
    return sentences


@dataclass
class Tally:
    """Counts for one category or one language."""

    expected: int = 0  # dangerous sentences that carry it
    caught: int = 0  # ... withheld with that category
    innocent: int = 0  # innocent sentences (per language) ...
    false_alarms: int = 0  # ... withheld anyway (per category: withheld under this category)

    @property
    def recall(self) -> float:
        return self.caught / self.expected if self.expected else 1.0


@dataclass
class Miss:
    sentence: LabelledSentence
    found: frozenset[Category]
    withheld_text: tuple[str, ...] = ()


@dataclass
class Report:
    by_category: dict[Category, Tally] = field(default_factory=dict)
    by_language: dict[str, Tally] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)  # a dangerous category not withheld
    false_alarms: list[Miss] = field(default_factory=list)  # an innocent sentence withheld
    title: str = "screening"
    dangerous: int = 0
    withheld: int = 0  # dangerous sentences of which something was withheld
    innocent: int = 0
    language_detected_right: int = 0

    @property
    def recall(self) -> float:
        expected = sum(t.expected for t in self.by_category.values())
        caught = sum(t.caught for t in self.by_category.values())
        return caught / expected if expected else 1.0

    @property
    def withheld_rate(self) -> float:
        """Sensitive sentences withheld at all (whatever the category): what keeps them from the
        model and the email."""
        return self.withheld / self.dangerous if self.dangerous else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return len(self.false_alarms) / self.innocent if self.innocent else 0.0


def evaluate(
    sentences: Iterable[LabelledSentence], *, screener: Screener = screen_notes, detect: bool = False,
    title: str = "screening",
) -> Report:
    """Screen each sentence (in its labelled language, or detected when `detect`) and tally."""
    from .language import detect_language

    report = Report(by_category={c: Tally() for c in Category}, title=title)
    for sentence in sentences:
        screened = screener(sentence.text, language=None if detect else sentence.language)
        found = frozenset(Category(w.category) for w in screened.withheld)
        report.language_detected_right += detect_language(sentence.text) == sentence.language
        language = report.by_language.setdefault(sentence.language, Tally())
        withheld_text = tuple(w.text for w in screened.withheld)
        if sentence.innocent:
            report.innocent += 1
            language.innocent += 1
            if found:
                language.false_alarms += 1
                report.false_alarms.append(Miss(sentence, found, withheld_text))
                for category in found:
                    report.by_category[category].false_alarms += 1
            continue
        report.dangerous += 1
        report.withheld += bool(found)
        for category in sentence.expected:
            report.by_category[category].expected += 1
            language.expected += 1
            if category in found:
                report.by_category[category].caught += 1
                language.caught += 1
        if not sentence.expected <= found:
            report.misses.append(Miss(sentence, found, withheld_text))
    return report


def format_report(report: Report, *, title: str = "screening") -> str:
    """A plain-text table: recall and false alarms per category and per language, then the errors."""
    lines = [f"{title}: {report.dangerous} dangerous and {report.innocent} innocent sentences", ""]
    lines.append(f"{'category':38} {'recall':>14} {'false alarms':>13}")
    for category, tally in report.by_category.items():
        lines.append(f"{category.value:38} {_ratio(tally.caught, tally.expected):>14} "
                     f"{tally.false_alarms:>13}")
    lines.append("")
    lines.append(f"{'language':38} {'recall':>14} {'false alarms':>13}")
    for language, tally in sorted(report.by_language.items()):
        lines.append(f"{language:38} {_ratio(tally.caught, tally.expected):>14} "
                     f"{_ratio(tally.false_alarms, tally.innocent):>13}")
    lines.append("")
    total = report.dangerous + report.innocent
    lines.append(f"recall {report.recall:.1%}   false alarms {len(report.false_alarms)}/{report.innocent}"
                 f" = {report.false_alarm_rate:.1%}   language detected right on "
                 f"{report.language_detected_right}/{total} single sentences; sensitive sentences "
                 f"withheld at all {report.withheld_rate:.1%}")
    return "\n".join(lines + format_errors(report))


def format_errors(report: Report) -> list[str]:
    """Every missed and every false alarm, a line each."""
    return [*_errors(f"{report.title} missed", report.misses),
            *_errors(f"{report.title} false alarm", report.false_alarms)]


def _ratio(part: int, whole: int) -> str:
    return f"{part}/{whole} {part / whole:6.1%}" if whole else "-"


def _errors(kind: str, misses: Sequence[Miss]) -> list[str]:
    lines = []
    for miss in misses:
        expected = ",".join(sorted(c.value for c in miss.sentence.expected)) or "nothing"
        found = ",".join(sorted(c.value for c in miss.found)) or "nothing"
        lines.append(f"  {kind} [{miss.sentence.language}] {miss.sentence.text!r}: expected {expected}, "
                     f"withheld {found} {list(miss.withheld_text)}")
    return ["", *lines] if lines else []
