"""Per-language lexicons: the words and phrases screening looks for, as readable data.

Each language module (`en.py`, `fr.py`, ...) defines `LEXICON`; `common.py` holds what does not
depend on the language (scores written with digits, money, e-mail addresses, model control tokens).

How to read and write an entry
------------------------------
Matching works on a copy of the text that is lower-cased and stripped of accents, so write
"enceinte", "âgé" or "age": all work. It runs word by word, so "manage" never hits "age".

`words` maps a category to a whitespace-separated list of terms, each a whole word:

    wheelchair      the word, or the word plus one of the language's `endings`: wheelchairs
    pregnan*        any word starting with "pregnan": pregnant, pregnancy, pregnancies
    *behindert*     any word containing the stem, for German compounds: schwerbehindert
    sick_leave      several words, separated by spaces or hyphens: "sick leave", "sick-leave"

`phrases` are (category, name, triggers, regular expression) for what a single word cannot say
("older than the team", "2 out of 5"). In the expression, `{NAME}` expands to `macros[NAME]`;
write it in lower case, without accents. A phrase is compiled and tried only when one of its
triggers occurs in the text, which keeps start-up and matching fast. Triggers use the word syntax
above, plus `{NAME}` (every word of a macro that is a plain list of words; `{NAME}*` as stems),
`=text` (that text occurs anywhere, e.g. "=/" or "=@") and `#digit` (the text holds a digit).
A trigger list must name a word that every match contains: the labelled tests catch one that
does not.

`cased_phrases` are matched on the text as written, case-sensitively, for the few rules where
capitals carry meaning ("Polish" the nationality, "42 Elm Street").

`look_alikes` are (triggers, expression) for innocent phrases that contain a term ("race
condition", "lazy loading"): a finding that overlaps one is dropped. They are the precision half
of the lexicon.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from ..findings import Category

LANGUAGES = ("en", "fr", "de", "es")


@dataclass(frozen=True)
class Lexicon:
    language: str
    words: Mapping[Category, str] = field(default_factory=dict)
    # (category, rule name, triggers, regular expression)
    phrases: Sequence[tuple[Category, str, str, str]] = ()
    cased_phrases: Sequence[tuple[Category, str, str, str]] = ()
    # (triggers, regular expression)
    look_alikes: Sequence[tuple[str, str]] = ()
    macros: Mapping[str, str] = field(default_factory=dict)
    # Endings a plain word may take: ("s", "es") lets "wheelchair" match "wheelchairs".
    endings: tuple[str, ...] = ()


@cache
def load(language: str) -> Lexicon:
    """The lexicon of one language ("common" for the language-neutral rules), imported on first use."""
    if language != "common" and language not in LANGUAGES:
        raise ValueError(f"no screening lexicon for language {language!r}")
    module = importlib.import_module(f"{__name__}.{language}")
    lexicon: Lexicon = module.LEXICON
    return lexicon
