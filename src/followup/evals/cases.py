"""The eval data in evals/: cases (a candidate, notes, a decision and what the email must and must
not say) and labelled emails (a hand-written email with a human good/bad label per dimension)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..checks import DIMENSIONS, CheckContext, Dimension
from ..errors import InputError
from ..languages import normalise_language
from ..models import Candidate, Decision, Profile, WithheldFragment


def default_dir(folder: str) -> Path:
    """`cases`, `labelled` or `screening`: the project's own `evals/<folder>/` in the current folder when it
    has one, else the eval data installed with followup, so that eval works from any folder."""
    local = Path("evals") / folder
    if local.is_dir():
        return local
    from importlib import resources

    return Path(str(resources.files("followup.evaldata") / folder))


__all__ = ["DIMENSIONS", "Dimension", "EvalCase", "LabelledEmail", "load_cases", "load_labelled",
           "select_cases"]


class Expectations(BaseModel):
    model_config = ConfigDict(extra="forbid")

    must_mention: list[str] = Field(default_factory=list, description="Specific, true details.")
    must_not_contain: list[str] = Field(default_factory=list, description="Never in the email.")
    min_words: int | None = Field(default=None, description="Overrides the default lower bound.")
    max_words: int | None = Field(default=None, description="Overrides the default upper bound.")


class EvalCase(BaseModel):
    """One candidate: what a writer gets, and what its email is held to."""

    model_config = ConfigDict(extra="forbid")

    id: str
    candidate: Candidate
    decision: Decision
    notes: str
    profile: dict[str, Any] = Field(default_factory=dict,
                                    description="Overrides of the company profile for this case.")
    expect: Expectations = Field(default_factory=Expectations)
    tags: list[str] = Field(default_factory=list)

    def profile_over(self, base: Profile) -> Profile:
        return base.model_validate({**base.model_dump(), **self.profile})

    def context(self, profile: Profile, withheld: tuple[WithheldFragment, ...] = ()) -> CheckContext:
        """The check context for this case's email: the candidate, the notes and the expectations."""
        return CheckContext(
            candidate=self.candidate, decision=self.decision, profile=profile, notes=self.notes,
            withheld=withheld, must_mention=tuple(self.expect.must_mention),
            must_not_contain=tuple(self.expect.must_not_contain),
            min_words=self.expect.min_words, max_words=self.expect.max_words,
        )


T = TypeVar("T", bound=EvalCase)


class Label(BaseModel):
    model_config = ConfigDict(extra="forbid")

    good: bool
    reason: str


class WrittenEmail(BaseModel):
    model_config = ConfigDict(extra="forbid")

    subject: str
    body: str


class LabelledEmail(EvalCase):
    """A hand-written email answering a case's notes, with a person's verdict per dimension."""

    email: WrittenEmail
    labels: dict[Dimension, Label]

    @field_validator("labels")
    @classmethod
    def _every_dimension(cls, labels: dict[Dimension, Label]) -> dict[Dimension, Label]:
        missing = [d for d in DIMENSIONS if d not in labels]
        if missing:
            raise ValueError(f"a label is needed for every dimension; missing: {', '.join(missing)}")
        return labels


def _load(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise InputError(f"{path}: not valid YAML: {' '.join(str(exc).split())}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read: {exc}") from None
    if not isinstance(data, dict):
        raise InputError(f"{path}: expected a mapping of fields")
    return data


def _load_dir(directory: Path, kind: type[T]) -> list[T]:
    paths = sorted([*directory.glob("*.yaml"), *directory.glob("*.yml")])
    if not paths:
        raise InputError(f"{directory}: no .yaml files found")
    items: list[T] = []
    seen: set[str] = set()
    for path in paths:
        try:
            item = kind.model_validate(_load(path))
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(str(p) for p in err["loc"])
            raise InputError(f"{path}: field '{where}': {err['msg']}") from None
        if item.id in seen:
            raise InputError(f"{path}: id '{item.id}' is used by another file")
        seen.add(item.id)
        items.append(item)
    return items


def load_cases(directory: Path | None = None) -> list[EvalCase]:
    return _load_dir(directory or default_dir("cases"), EvalCase)


def load_labelled(directory: Path | None = None) -> list[LabelledEmail]:
    return _load_dir(directory or default_dir("labelled"), LabelledEmail)


def select_cases(cases: list[T], only: str | None, default_language: str) -> list[T]:
    """`--only`: a language's name or code ('fr', 'German') keeps the cases written in it (their
    profile's language, else `default_language`); anything else keeps the cases whose id or a tag
    contains it."""
    if not only:
        return cases
    code = normalise_language(only)
    if code is not None:
        return [c for c in cases
                if normalise_language(str(c.profile.get("language", default_language))) == code]
    return [c for c in cases if only in c.id or any(only in tag for tag in c.tags)]


SPLIT = ("dev", "test")


def split_parts(directory: Path) -> list[tuple[str, Path]]:
    """A folder's `dev/` and `test/` parts (evals/README.md: the split), or the folder itself as
    one part when it is not split."""
    parts = [(part, directory / part) for part in SPLIT if (directory / part).is_dir()]
    return parts or [(directory.name, directory)]
