"""Finding sensitive spans in a text: fold it, look its words up, run the phrases they trigger.

Speed is the design constraint: `followup draft` screens inside a command that must answer in
well under 250 ms including Python's start-up, and compiling every phrase of a lexicon costs
Python's regular-expression compiler about 80 ms for English alone. So words are looked up in
dictionaries, and a phrase is compiled (once per process) and run only when one of its trigger
words occurs in the text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache

from . import lexicon
from .findings import Category, Finding
from .lexicon import Lexicon

# Typographic characters that notes pasted from Word or Google Docs carry, mapped to plain ones.
_PUNCTUATION = {"’": "'", "‘": "'", "ʼ": "'", "\u00a0": " ", "\u2010": "-", "\u2011": "-", "–": "-", "—": "-"}


@cache
def _fold_table(ascii_too: bool) -> dict[int, str]:
    """Accented letter -> plain lower-case letter, one character for one, so offsets stay valid."""
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(code))[0].lower()
        if len(base) == 1 and base.isascii() and base.isalpha():
            table[code] = base
    if ascii_too:  # patterns keep their case: "\D" and "\B" must not become "\d" and "\b"
        table.update({code: chr(code + 32) for code in range(ord("A"), ord("Z") + 1)})
        table.update({ord(k): v for k, v in _PUNCTUATION.items()})
    return table


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def fold(text: str) -> str:
    """Lower-case, accent-free copy of `text` with the same length: "Âgée" -> "agee".

    str.translate walks a text character by character in Python objects once it holds one
    non-ASCII character (25 us for an email, ten times str.lower): so lower-case it in C, then
    map only the few non-ASCII characters left."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    table = _fold_table(True)
    if len(lowered) != len(text):  # "İ" lower-cases to two characters: offsets would move
        return text.translate(table)
    return _NON_ASCII.sub(lambda m: table.get(ord(m.group()), m.group()), lowered)


def _fold_pattern(pattern: str) -> str:
    """Strip accents from a pattern's letters; ASCII is left alone so escapes keep their meaning."""
    return pattern if pattern.isascii() else pattern.translate(_fold_table(False))


_MACRO = re.compile(r"\{([A-Z_]+)\}")
_TOKEN = re.compile(r"[^\W_]+")
_DIGITS = re.compile(r"\d+")
_NEWLINE = re.compile(r"\n")
_SEPARATORS = re.compile(r"[_\-'/\s]+")


def _expand(pattern: str, macros: dict[str, str]) -> str:
    def replace(match: re.Match[str]) -> str:
        try:
            return macros[match.group(1)]
        except KeyError:
            raise ValueError(f"unknown macro {{{match.group(1)}}} in {pattern!r}") from None

    return _MACRO.sub(replace, pattern)


@dataclass
class _Terms:
    """Terms in the word syntax of lexicon/__init__.py, looked up one token at a time."""

    endings: tuple[str, ...]
    exact: dict[str, list[int]] = field(default_factory=dict)
    stems: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # keyed by first 3 letters
    short_stems: list[tuple[str, int]] = field(default_factory=list)
    infixes: list[tuple[str, int]] = field(default_factory=list)
    _memo: dict[str, frozenset[int]] = field(default_factory=dict)

    def add(self, term: str, value: int) -> None:
        self._memo.clear()
        word = _fold_pattern(term.strip("*")).lower()
        if term.startswith("*") and term.endswith("*"):
            self.infixes.append((word, value))
        elif term.endswith("*"):
            if len(word) >= 3:
                self.stems.setdefault(word[:3], []).append((word, value))
            else:
                self.short_stems.append((word, value))
        else:
            self.exact.setdefault(word, []).append(value)

    def lookup(self, token: str) -> frozenset[int]:
        # Memoised: the same words come back in every note of a round, and the stem and infix scans
        # below are the screening's hottest loop. Bounded, so a long-running process stays small.
        known = self._memo.get(token)
        if known is None:
            if len(self._memo) > 100_000:
                self._memo.clear()
            known = self._memo[token] = frozenset(self._scan(token))
        return known

    def _scan(self, token: str) -> set[int]:
        found = set(self.exact.get(token, ()))
        for ending in self.endings:
            if token.endswith(ending) and len(token) > len(ending) + 2:
                found.update(self.exact.get(token[: -len(ending)], ()))
        for stem, value in (*self.stems.get(token[:3], ()), *self.short_stems):
            if token.startswith(stem):
                found.add(value)
        found.update(value for stem, value in self.infixes if stem in token)
        return found


@dataclass(frozen=True)
class _Rule:
    category: Category
    name: str  # as reported in Finding.rule
    source: str  # the regular expression, macros expanded
    cased: bool = False  # matched on the text as written, not on its folded copy


@dataclass
class _Triggers:
    """Which rules a text can set off: by its words, by a substring, or by holding a digit."""

    terms: _Terms
    substrings: list[tuple[str, int]] = field(default_factory=list)
    on_digit: list[int] = field(default_factory=list)

    def add(self, triggers: str, value: int, macros: dict[str, str]) -> None:
        for trigger in triggers.split():
            if trigger == "#digit":
                self.on_digit.append(value)
            elif trigger.startswith("="):
                self.substrings.append((fold(trigger[1:]), value))
            elif _MACRO.fullmatch(trigger.rstrip("*")):
                star = "*" if trigger.endswith("*") else ""
                for word in _macro_words(_fold_pattern(_expand(trigger.rstrip("*"), macros))):
                    self.terms.add(word + star, value)
            else:
                self.terms.add(trigger, value)

    def fired(self, text: _Text) -> dict[int, list[int]]:
        """The rules this text sets off, each with the positions of its triggers."""
        fired: dict[int, list[int]] = {}
        for token, spans in text.occurrences.items():
            for value in self.terms.lookup(token):
                fired.setdefault(value, []).extend(start for start, _ in spans)
        for substring, value in self.substrings:
            position = text.folded.find(substring)
            while position >= 0:
                fired.setdefault(value, []).append(position)
                position = text.folded.find(substring, position + 1)
        for value in self.on_digit:
            if text.digits:
                fired.setdefault(value, []).extend(text.digits)
        return fired


def _macro_words(expanded: str) -> set[str]:
    """The words that can trigger a rule through a macro.

    A plain list of alternatives ("sri lanka|the philippines|...") gives the longest word of each:
    "the" in front of a country would otherwise set the rule off in nearly every text. A macro
    with regular-expression syntax in it gives all its words of three letters or more."""
    if re.fullmatch(r"[a-z' |-]+", expanded):
        return {max(_SEPARATORS.split(alternative.strip()), key=len)
                for alternative in expanded.split("|") if alternative.strip()}
    return set(re.findall(r"[a-z]{3,}", expanded))


def _term_trigger(term: str) -> str:
    """The trigger of a several-word term ("sick_leave*"): its longest word, the rarest in any text
    ("in_laws" sets off on "laws", not on every "in"), with the term's stars where they apply."""
    parts = _SEPARATORS.split(term.strip("*"))
    index = max(range(len(parts)), key=lambda i: (len(parts[i]), i))
    word = parts[index]
    prefix = index == 0 and term.startswith("*")  # "*in_law" matches "grandin law"
    suffix = index == len(parts) - 1 and term.endswith("*")
    if prefix:
        return f"*{word}*"  # a word ending in it: the infix form covers that
    return word + "*" if suffix else word


@dataclass
class CompiledLexicon:
    """A lexicon ready to match; phrases are compiled on first use and kept for the process."""

    language: str
    words: _Terms
    word_categories: list[Category]
    rules: list[_Rule]
    rule_triggers: _Triggers
    look_alikes: list[str]
    look_alike_triggers: _Triggers
    _patterns: dict[tuple[str, int], re.Pattern[str]] = field(default_factory=dict)

    def pattern(self, kind: str, index: int) -> re.Pattern[str]:
        key = (kind, index)
        if key not in self._patterns:
            if kind == "rule":
                rule = self.rules[index]
                source = rule.source if rule.cased else _fold_pattern(rule.source)
                self._patterns[key] = _compile(source, f"{self.language} rule {rule.name!r}")
            else:
                self._patterns[key] = _compile(self.look_alikes[index], f"{self.language} look-alike")
        return self._patterns[key]


def _compile(source: str, what: str) -> re.Pattern[str]:
    try:
        return re.compile(source, re.MULTILINE)
    except re.error as exc:
        raise ValueError(f"{what}: {exc}") from None


def _build(lex: Lexicon) -> CompiledLexicon:
    macros = dict(lex.macros)
    words = _Terms(lex.endings)
    categories: list[Category] = []
    rules: list[_Rule] = []
    triggers = _Triggers(_Terms(lex.endings))
    for category, terms in lex.words.items():
        categories.append(category)
        for term in terms.split():
            if _SEPARATORS.search(term.strip("*")):  # several words: a small phrase
                triggers.add(_term_trigger(term), len(rules), macros)
                rules.append(_Rule(category, f"{lex.language}.{category.name.lower()}.word",
                                   rf"\b{_term_regex(term, lex.endings)}\b"))
            else:
                words.add(term, len(categories) - 1)
    for phrases, cased in ((lex.phrases, False), (lex.cased_phrases, True)):
        for category, name, trigger_words, regex in phrases:
            triggers.add(trigger_words, len(rules), macros)
            rules.append(_Rule(category, f"{lex.language}.{category.name.lower()}.{name}",
                               _expand(regex, macros), cased))
    look_alike_triggers = _Triggers(_Terms(lex.endings))
    look_alikes: list[str] = []
    for trigger_words, regex in lex.look_alikes:
        look_alike_triggers.add(trigger_words, len(look_alikes), macros)
        look_alikes.append(_fold_pattern(_expand(regex, macros)))
    return CompiledLexicon(lex.language, words, categories, rules, triggers, look_alikes,
                           look_alike_triggers)


def _term_regex(term: str, endings: tuple[str, ...]) -> str:
    """A several-word term as a regular expression: "sick_leave" -> "sick[\\s-]+leave(?:s|es)?"."""
    prefix = r"\w*" if term.startswith("*") else ""
    suffix = r"\w*" if term.endswith("*") else f"(?:{'|'.join(endings)})?"
    parts = [re.escape(_fold_pattern(part)) for part in term.strip("*").split("_")]
    return prefix + r"[\s-]+".join(parts) + suffix


@cache
def compiled(language: str) -> CompiledLexicon:
    """The lexicon of one language ("common" for the language-neutral rules), ready to match."""
    return _build(lexicon.load(language))


_Match = tuple[Category, int, int, str]

# Leading characters a clause-start rule may have consumed; a finding starts at the first word.
_LEADING_JUNK = " \t\n-•*,;:(."


# How far from its trigger a phrase may reach. Phrases are short; the longest spans ~100 characters.
_REACH = 160


@dataclass
class _Text:
    """A text prepared once for every lexicon: folded, its words with where they occur, its lines."""

    original: str
    folded: str
    occurrences: dict[str, list[tuple[int, int]]]
    digits: list[int]
    line_starts: list[int]

    @classmethod
    def of(cls, text: str) -> _Text:
        folded = fold(text)
        occurrences: dict[str, list[tuple[int, int]]] = {}
        for match in _TOKEN.finditer(folded):
            occurrences.setdefault(match.group(), []).append(match.span())
        digits = [m.start() for m in _DIGITS.finditer(folded)]
        line_starts = [0, *(m.end() for m in _NEWLINE.finditer(folded))]
        return cls(text, folded, occurrences, digits, line_starts)

    def windows(self, positions: list[int]) -> list[tuple[int, int]]:
        """Whole lines within _REACH of the positions, merged: where a phrase can match.

        Scanning these instead of the whole text keeps a 2,000-word note fast; whole lines keep
        `^`, `$` and look-arounds meaning what they mean on the full text.
        """
        spans: list[tuple[int, int]] = []
        for position in sorted(positions):
            start = self.line_starts[bisect_right(self.line_starts, max(0, position - _REACH)) - 1]
            after = bisect_right(self.line_starts, position + _REACH)
            end = self.line_starts[after] - 1 if after < len(self.line_starts) else len(self.folded)
            if spans and start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
            else:
                spans.append((start, end))
        return spans


def _word_matches(lex: CompiledLexicon, text: _Text) -> Iterator[_Match]:
    for token, spans in text.occurrences.items():
        for index in lex.words.lookup(token):
            category = lex.word_categories[index]
            for start, end in spans:
                yield category, start, end, f"{lex.language}.{category.name.lower()}.word"


def _phrase_matches(lex: CompiledLexicon, text: _Text, exhaustive: bool) -> Iterator[_Match]:
    everywhere: list[int] = []  # no positions needed: the window is the whole text
    fired = dict.fromkeys(range(len(lex.rules)), everywhere) if exhaustive else lex.rule_triggers.fired(text)
    for index, positions in sorted(fired.items()):
        rule = lex.rules[index]
        target = text.original if rule.cased else text.folded
        pattern = lex.pattern("rule", index)
        windows = [(0, len(target))] if exhaustive else text.windows(positions)
        for window_start, window_end in windows:
            for match in pattern.finditer(target, window_start, window_end):
                start, end = match.span()
                while start < end and target[start] in _LEADING_JUNK:
                    start += 1
                if start < end:
                    yield rule.category, start, end, rule.name


def _look_alike_spans(lex: CompiledLexicon, text: _Text, exhaustive: bool) -> Iterator[tuple[int, int]]:
    everywhere: list[int] = []
    fired = (dict.fromkeys(range(len(lex.look_alikes)), everywhere) if exhaustive
             else lex.look_alike_triggers.fired(text))
    for index, positions in fired.items():
        pattern = lex.pattern("look_alike", index)
        windows = [(0, len(text.folded))] if exhaustive else text.windows(positions)
        for window_start, window_end in windows:
            for match in pattern.finditer(text.folded, window_start, window_end):
                yield match.span()


# At least seven digits, possibly separated: the only texts worth handing to phonenumbers.
_PHONE_HINT = re.compile(r"\+?\(?\d[\d\s().\-/]{5,}\d")
_PHONE_REGIONS = ("US", "GB", "FR", "DE", "ES")


def _phone_matches(text: str) -> Iterator[_Match]:
    if not _PHONE_HINT.search(text):
        return  # spares importing phonenumbers (about 10 ms) for notes without a long number
    import phonenumbers

    seen: set[tuple[int, int]] = set()
    # Every region: notes in English mention French mobiles too. VALID, not POSSIBLE: POSSIBLE
    # accepts "2019-2023", version numbers and ticket ids.
    for region in _PHONE_REGIONS:
        for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID):
            if (match.start, match.end) not in seen:
                seen.add((match.start, match.end))
                yield Category.PERSONAL_DATA, match.start, match.end, "phonenumbers"


def find_in(text: str, languages: Sequence[str], *, exhaustive: bool = False) -> list[Finding]:
    """Every finding of the given lexicons in `text`, look-alikes removed, sorted by position.

    `exhaustive` runs every rule over the whole text, ignoring triggers: slow, and only there so a
    test can check that triggers and windows never lose a finding.
    """
    prepared = _Text.of(text)
    lexicons = [compiled(language) for language in languages]
    raw: list[_Match] = []
    for lex in lexicons:
        raw.extend(_word_matches(lex, prepared))
        raw.extend(_phrase_matches(lex, prepared, exhaustive))
    raw.extend(_phone_matches(text))
    if raw:
        innocent = [span for lex in lexicons for span in _look_alike_spans(lex, prepared, exhaustive)]
        # Overlap, not containment: "$120k a year" is innocent when "cut cloud spend by $120k" is.
        raw = [m for m in raw if not any(s < m[2] and m[1] < e for s, e in innocent)]
    return [Finding(category=c, text=text[s:e], start=s, end=e, rule=rule)
            for c, s, e, rule in _without_overlaps(raw)]


def _without_overlaps(matches: list[_Match]) -> list[_Match]:
    """Keep one finding per overlapping run within a category: the earliest, then the longest."""
    result: list[_Match] = []
    last_end: dict[Category, int] = {}
    for match in sorted(matches, key=lambda m: (m[1], -m[2])):
        category, start, end, _ = match
        if start < last_end.get(category, -1):
            continue
        result.append(match)
        last_end[category] = end
    return result
