"""What never reaches the candidate, nor the model: screening notes and guarding drafts.

    screen_notes(notes)     -> ScreenedNotes: the notes to send to the model, and what was withheld
    find_sensitive(text)    -> [Finding]: sensitive spans of a draft email (or of any text)

Matching is whole-word and phrase-based on accent-free, lower-cased text, with per-language
lexicons (lexicon/en.py, fr.py, de.py, es.py) loaded on first use. phonenumbers is imported only
when a text holds a run of seven digits or more.
"""

from .findings import PROTECTED, Category, Finding, ScreenedNotes
from .language import detect_language, normalise_language
from .screen import find_sensitive, resolve_language, screen_notes

__all__ = [
    "PROTECTED",
    "Category",
    "Finding",
    "ScreenedNotes",
    "detect_language",
    "find_sensitive",
    "normalise_language",
    "resolve_language",
    "screen_notes",
]
