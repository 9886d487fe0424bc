"""The types screening hands back: what was found, where, and under which rule."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field

from ..models import WithheldFragment


class Category(StrEnum):
    """Why a piece of text must not reach the candidate; the values are what users see."""

    AGE = "age"
    FAMILY = "pregnancy_family"
    HEALTH = "health_disability"
    RELIGION = "religion"
    ORIGIN = "race_ethnicity_nationality"  # incl. accent, national origin
    SEX = "sex_gender"
    ORIENTATION = "sexual_orientation_gender_identity"
    SCORE = "score"
    COMPARISON = "comparison"
    COMPENSATION = "compensation"
    CHARACTER = "character_judgement"
    PERSONAL_DATA = "personal_data"
    INSTRUCTION = "model_instruction"


# The protected characteristics: every language screens for these.
PROTECTED = frozenset({
    Category.AGE, Category.FAMILY, Category.HEALTH, Category.RELIGION,
    Category.ORIGIN, Category.SEX, Category.ORIENTATION,
})


class Finding(BaseModel):
    """One sensitive span of a text."""

    category: Category
    text: str = Field(description="The matched words, as written.")
    start: int = Field(description="Offset of the first character in the text searched.")
    end: int = Field(description="Offset just past the last character.")
    rule: str = Field(description="Which rule matched, e.g. 'en.age.years_old'.")


class ScreenedNotes(BaseModel):
    """Notes split into what may be sent to the model and what was held back."""

    kept: str = Field(description="A verbatim subset of the notes, safe to send to the model.")
    withheld: list[WithheldFragment] = Field(default_factory=list)
    language: str = Field(description="The language the notes were screened as (en, fr, de, es).")
