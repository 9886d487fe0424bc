"""A readability figure for the report: Flesch reading ease (higher is easier; 60-70 is plain
English), from textstat, in the email's language. Imported only by the evals: textstat loads the
CMU pronouncing dictionary on first use (about half a second)."""

from __future__ import annotations

# Profile languages textstat has syllable rules and Flesch constants for.
LANGUAGE_CODES = {"english": "en", "french": "fr", "german": "de", "spanish": "es",
                  "italian": "it", "dutch": "nl"}


def reading_ease(text: str, language: str) -> float | None:
    """Flesch reading ease of `text`, or None for a language textstat does not know."""
    code = LANGUAGE_CODES.get(language.strip().lower())
    if code is None or not text.strip():
        return None
    import textstat  # type: ignore[import-untyped]

    textstat.set_lang(code)  # module-level state: callers run this one email at a time
    return round(float(textstat.flesch_reading_ease(text)), 1)
