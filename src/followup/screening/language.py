"""Which language a text is in, among the four screening knows, from its function words."""

from __future__ import annotations

import re
from functools import lru_cache

from ..languages import normalise_language
from .lexicon import LANGUAGES

__all__ = ["detect_language", "normalise_language", "undetermined"]

# Short, frequent words that belong to one language. Words shared by two languages ("la", "de",
# "que", "un") are left out: they would only add noise to the count.
_FUNCTION_WORDS = {
    "en": """the and of to is was he she his her with for on not but they very good at it this that had
        has an be are were as from their them would could about also what which""",
    "fr": """le les des du et est une il elle pour avec sur pas très tres dans qui au aux son sa ses ce
        cette mais ou sont été ete avait fait bien peu lui leur nous vous""",
    "de": """der das und ist nicht mit ein eine einen er hat für fur auf im zu von sehr auch war den dem
        sich bei wirkt aber oder ich wir ihm ihr seine sein hatte kann""",
    "es": """el los las y es una con para por muy del su sus está esta tiene pero lo al como se le más
        mas fue tuvo hace parece también tambien sobre""",
}
_WORD_SETS = {language: frozenset(words.split()) for language, words in _FUNCTION_WORDS.items()}
# Letters that only one of the four languages uses.
_LETTERS = {"es": "ñ¿¡áíóú", "de": "ßäöü", "fr": "çèêàùœâîôûë"}
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=64)
def _scores(text: str) -> dict[str, int]:
    """Clues per language: its function words, and twice each letter only it uses."""
    sample = text[:4000].lower()  # the start of a long note says as much as the whole
    scores = dict.fromkeys(LANGUAGES, 0)
    for word in _WORD.findall(sample):
        for language, words in _WORD_SETS.items():
            if word in words:
                scores[language] += 1
    for language, letters in _LETTERS.items():
        scores[language] += 2 * sum(sample.count(letter) for letter in letters)
    return scores


def detect_language(text: str) -> str:
    """The most likely of en, fr, de, es; English when nothing tells (too short, or no clue).

    Remembered for the last texts: a draft's notes are screened, then checked again with it."""
    scores = _scores(text)
    best = max(scores, key=lambda language: scores[language])
    return best if scores[best] > scores["en"] else "en"


def undetermined(text: str) -> bool:
    """Nothing in `text` tells its language: "Klare Einstellungsempfehlung", "Staplerschein ok"."""
    return not any(_scores(text).values())
