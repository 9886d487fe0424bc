"""The types that cross a boundary: what goes into a draft, what the model returns, what comes out."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

# A light check that catches typos; a full RFC 5322 validator would cost start-up time for little gain.
_ADDRESS_SHAPE = re.compile(r"^[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+$")
# Characters that end or escape an address in a header: never inside one we write.
_ADDRESS_SPECIALS = set('()<>[]:;@\\,"')


def mailbox(email: str) -> str:
    """An address as it can be written in the To: line: NFC, its domain valid as IDNA when it is
    not ASCII (RFC 5890), its local part free of header syntax. Non-ASCII local parts are legal
    (RFC 6531) and written in the SMTPUTF8 form (render.py)."""
    import unicodedata

    email = unicodedata.normalize("NFC", email.strip())
    if not _ADDRESS_SHAPE.match(email):
        raise ValueError("not a valid email address")
    local, _, domain = email.rpartition("@")
    if any(ch in _ADDRESS_SPECIALS or unicodedata.category(ch)[0] in "CZ" for ch in local):
        raise ValueError("not a valid email address: the part before @ has a space, a control "
                         "character or one of ()<>[]:;@\\,\"")
    if not domain.isascii():
        try:
            domain.encode("idna")
        except UnicodeError:
            raise ValueError(f"not a valid email address: '{domain}' is not a valid "
                             "internationalised domain name") from None
    return email


EmailAddress = Annotated[str, AfterValidator(mailbox)]


class Decision(StrEnum):
    REJECT = "reject"
    ADVANCE = "advance"
    HOLD = "hold"


class FeedbackDepth(StrEnum):
    NONE = "none"
    BRIEF = "brief"
    DETAILED = "detailed"


class StageLevel(StrEnum):
    """How far the candidate got: shorter emails for early stages."""

    SCREEN = "screen"
    INTERVIEW = "interview"
    FINAL = "final"


_SCREEN_WORDS = re.compile(r"\b(screen|screening|phone|call|application|cv|resume|intro)\b", re.I)
_FINAL_WORDS = re.compile(r"\b(final|onsite|on-site|last|loop|panel|offer)\b", re.I)


def stage_level(stage: str | None) -> StageLevel:
    """Map a free-text stage ("phone screen", "final round") to a level used for length bounds."""
    if not stage:
        return StageLevel.INTERVIEW
    if _FINAL_WORDS.search(stage):
        return StageLevel.FINAL
    if _SCREEN_WORDS.search(stage):
        return StageLevel.SCREEN
    return StageLevel.INTERVIEW


class Candidate(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")

    name: str = Field(min_length=1, max_length=200, description="Full name as it should appear.")
    preferred_name: str | None = Field(
        default=None, max_length=100, description="What they like to be called, if not the first name."
    )
    email: EmailAddress | None = None
    role: str = Field(min_length=1, max_length=200, description="The role they interviewed for.")
    stage: str | None = Field(
        default=None, max_length=100, description="The stage reached, e.g. 'phone screen', 'final round'."
    )

    @field_validator("name")
    @classmethod
    def _a_person_s_name(cls, name: str) -> str:
        return person_name(name)

    @field_validator("preferred_name")
    @classmethod
    def _has_letters(cls, name: str | None) -> str | None:
        if name is not None and not any(ch.isalpha() for ch in name):
            raise ValueError("has no letters: give the name the candidate goes by")
        return name

    @property
    def first_name(self) -> str:
        return self.preferred_name or self.name.split()[0]

    @property
    def identity(self) -> tuple[str, str]:
        return identity(self.name, self.email, self.role)


_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "mba"}


def person_name(name: str) -> str:
    """A full name as the email uses it. ATS exports often write "Last, First": that becomes
    "First Last" ("O'Brien, Siobhán" -> "Siobhán O'Brien"); "King, Jr." keeps its suffix."""
    if not any(ch.isalpha() for ch in name):
        raise ValueError("has no letters: give the candidate's name")
    last, comma, first = name.partition(",")
    suffix = first.strip().rstrip(".").casefold() in _NAME_SUFFIXES
    if comma and "," not in first and first.strip() and last.strip() and not suffix:
        return f"{' '.join(first.split())} {' '.join(last.split())}"
    return name


def identity(name: str, email: str | None, role: str) -> tuple[str, str]:
    """Who a candidate is across rows and rounds: the email (else the name) and the role."""
    who = (email or " ".join(name.split())).casefold()
    return who, " ".join(role.split()).casefold()


class Profile(BaseModel):
    """The company's voice and policy: one per company, in followup.toml."""

    model_config = ConfigDict(extra="forbid")

    company: str = ""
    sender_name: str = Field(default="The Hiring Team", description="Who signs. Left at the team's "
                             "name, it follows the language ('L'équipe de recrutement').")
    sender_title: str = ""
    sender_email: EmailAddress | None = None
    signature: str = Field(default="", description="Extra lines under the sender's name.")
    hires_actively: bool = Field(
        default=False, description="Only then may an email invite the candidate to apply again."
    )
    careers_url: str | None = None
    feedback_depth: FeedbackDepth = FeedbackDepth.BRIEF
    tone: str = "warm, respectful and direct"
    language: str = Field(default="English", description="The language the email is written in: "
                          "a name or a code ('fr', 'French', 'français'); a known one is kept as its "
                          "English name.")
    allow_interviewer_names: bool = False
    send_withheld_to_model: bool = Field(
        default=False,
        description="Send withheld note fragments to the model, marked as not to be used.",
    )

    @field_validator("language")
    @classmethod
    def _known_language_by_name(cls, language: str) -> str:
        from .languages import language_name

        return language_name(language) or "English"

    @model_validator(mode="after")
    def _team_signs_in_the_email_language(self) -> Profile:
        from .languages import TEAM_NAMES, team_name

        if not self.sender_name.strip() or self.sender_name in TEAM_NAMES.values():
            self.sender_name = team_name(self.language)
        return self


class Evidence(BaseModel):
    """A point made to the candidate, with the words of the notes that support it."""

    model_config = ConfigDict(extra="forbid")

    point: str = Field(description="One or two sentences written to the candidate.")
    quote: str = Field(description="The short phrase from the notes, copied exactly, that supports it.")


class DraftContent(BaseModel):
    """The structured draft the model returns; our code renders the email from it."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    subject: str = Field(min_length=3, max_length=120)
    greeting: str = Field(min_length=2, max_length=80, description="e.g. 'Hi Priya,'")
    opening: str = Field(min_length=1, description="Thanks the candidate, personally.")
    strengths: list[Evidence] = Field(description="Specific strengths, each backed by the notes.")
    areas_to_grow: list[Evidence] = Field(
        description="Specific, learnable areas to grow, each backed by the notes."
    )
    next_steps: str = Field(min_length=1, description="What happens next, or that nothing does.")
    encouragement: str = Field(description="Encouragement where true; may be empty.")
    closing: str = Field(min_length=1, max_length=200, description="A warm closing line, e.g. 'Best wishes,'")

    @field_validator("strengths", "areas_to_grow")
    @classmethod
    def _at_most_four(cls, items: list[Evidence]) -> list[Evidence]:
        if len(items) > 4:
            raise ValueError("at most 4 items; keep the email short")
        return items


class Usage(BaseModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
        )


CheckStatus = Literal["pass", "fail", "n/a"]
# blocking: a recruiter never sends it (needs_review, re-asked); advisory: a matter of style, a note.
Severity = Literal["blocking", "advisory"]
Dimension = Literal["length", "personalisation", "tone", "safety", "decision"]


class CheckResult(BaseModel):
    """One check's verdict on one email, with what the registry declares of the check."""

    name: str
    status: CheckStatus
    reason: str = ""
    span: str | None = Field(default=None, description="The offending text, when there is one.")
    dimension: Dimension
    severity: Severity
    far_off: bool = Field(default=False, description="An advisory failure far outside its bounds "
                                                     "(say twice the length): worth a re-ask.")

    @property
    def passed(self) -> bool:
        return self.status != "fail"

    @property
    def blocks(self) -> bool:
        return self.status == "fail" and self.severity == "blocking"

    @property
    def advises(self) -> bool:
        return self.status == "fail" and self.severity == "advisory"


class WithheldFragment(BaseModel):
    """A piece of the notes kept from the model and the email, and why."""

    text: str
    category: str
    rule: str = ""
    matched: list[str] = Field(default_factory=list,
                               description="The words in it that made it sensitive.")


class DraftRequest(BaseModel):
    """Everything a writer needs for one candidate."""

    candidate: Candidate
    decision: Decision
    notes: str
    source: str = Field(default="<notes>", description="Where the notes came from, for messages.")


DraftStatus = Literal["ok", "needs_review"]


class DraftMeta(BaseModel):
    writer: Literal["llm", "template"]
    model: str
    prompt_version: str
    response_format: str | None = None
    attempts: int = 1
    usage: Usage = Field(default_factory=Usage)
    # Set when the endpoint refused a re-ask: the draft is the best answer before it.
    reask_refused: str | None = None


class Draft(BaseModel):
    """A finished draft: the content, how it was made, how it fared in the checks, and what was
    computed on the way, which travels with it and is never recomputed downstream."""

    request: DraftRequest
    content: DraftContent
    meta: DraftMeta
    checks: list[CheckResult]
    withheld: list[WithheldFragment] = Field(default_factory=list)
    kept_notes: str = Field(description="The notes as screening kept them: what the writer drafted "
                            "from, and what a judge reads.")
    body: str = Field(description="The email body rendered from `content` with the profile it was "
                      "written for: what was checked, and what every output shows.")

    @property
    def failed_checks(self) -> list[CheckResult]:
        """The blocking failures: what makes the draft needs_review."""
        return [c for c in self.checks if c.blocks]

    @property
    def advice(self) -> list[CheckResult]:
        """The advisory failures: notes for the recruiter, not a reason to hold the draft back."""
        return [c for c in self.checks if c.advises]

    @property
    def status(self) -> DraftStatus:
        return "needs_review" if self.failed_checks else "ok"
