"""The review's record in the round's folder: `review.json`, one entry per draft's file stem.

A verdict (pending, approved, set aside) and whether the recruiter edited the email. It is what
makes a review resumable, and what `followup batch` reads so that a re-run never replaces a draft
a person edited or approved.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, ValidationError

from ..errors import InputError
from ..files import write_atomic

REVIEW_NAME = "review.json"

Verdict = Literal["pending", "approved", "set_aside"]
VERDICTS: tuple[Verdict, ...] = ("pending", "approved", "set_aside")


class CandidateReview(BaseModel):
    verdict: Verdict = "pending"
    edited: bool = Field(default=False, description="The subject or body was changed by a person.")
    updated_at: str = ""

    @property
    def kept_from_batch(self) -> bool:
        """A person's work on this draft: a batch re-run leaves it as it is."""
        return self.edited or self.verdict == "approved"


class ReviewState(BaseModel):
    candidates: dict[str, CandidateReview] = Field(default_factory=dict,
                                                   description="By the draft's file stem.")

    def of(self, stem: str) -> CandidateReview:
        return self.candidates.get(stem) or CandidateReview()


def load_state(folder: Path) -> ReviewState:
    path = folder / REVIEW_NAME
    try:
        return ReviewState.model_validate_json(path.read_bytes())
    except FileNotFoundError:
        return ReviewState()
    except ValidationError as exc:
        raise InputError(f"{path}: not a review file followup wrote "
                         f"({exc.errors()[0]['msg']}); move it away to start the review afresh"
                         ) from None


def save_state(folder: Path, state: ReviewState) -> None:
    write_atomic(folder / REVIEW_NAME, state.model_dump_json(indent=2) + "\n")


def kept_by_review(folder: Path) -> set[str]:
    """The stems of the drafts a person edited or approved."""
    return {stem for stem, review in load_state(folder).candidates.items()
            if review.kept_from_batch}
