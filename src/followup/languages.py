"""The four languages followup reads and writes, and the names users give them.

One table, shared by the profile (which keeps a language's English name), screening (which works
with codes) and the built-in writer (one template file per code)."""

from __future__ import annotations

import re

# The code, its English name first, then what users write in a profile or a flag.
_NAMES = {
    "en": ("English", "en", "anglais", "englisch", "inglés", "ingles"),
    "fr": ("French", "fr", "français", "francais", "französisch", "francés", "frances"),
    "de": ("German", "de", "deutsch", "allemand", "alemán", "aleman"),
    "es": ("Spanish", "es", "español", "espanol", "castellano", "espagnol", "spanisch"),
}
CODES = tuple(_NAMES)
# Who signs when the profile names no one: the team, in the email's language.
TEAM_NAMES = {"en": "The Hiring Team", "fr": "L'équipe de recrutement", "de": "Das Recruiting-Team",
              "es": "El equipo de selección"}
SUPPORTED = "English, French, German and Spanish (en, fr, de, es)"


def normalise_language(language: str) -> str | None:
    """"French", "fr-CA", "Deutsch" -> "fr", "fr", "de"; None for a language followup does not know."""
    name = language.strip().lower()
    code = re.split(r"[-_]", name, maxsplit=1)[0]
    for known, names in _NAMES.items():
        if code == known or name in (n.lower() for n in names):
            return known
    return None


def language_name(language: str) -> str:
    """The English name of a known language ("fr", "français" -> "French"); others as written."""
    code = normalise_language(language)
    return _NAMES[code][0] if code else language.strip()


def team_name(language: str) -> str:
    """The signature of the hiring team in a language; English for one followup does not know."""
    return TEAM_NAMES[normalise_language(language) or "en"]
