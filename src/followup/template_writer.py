"""The built-in writer that needs no model: a well-made template per decision, as ATS tools use,
filled with the candidate's fields and, where the notes allow, one strength quoted verbatim."""

from __future__ import annotations

import re

from .models import Candidate, Decision, DraftContent, Evidence, Profile

TEMPLATE_VERSION = "template@1"

POSITIVE = re.compile(
    r"\b(strong|strongest|clear|clearly|excellent|great|good|impressive|impressed|solid|well|"
    r"thoughtful|structured|confident|creative|insightful|thorough|sharp|deep|crisp|pragmatic|"
    r"empathetic|collaborative|loved|liked|fantastic|outstanding|articulate|concise|organi[sz]ed|"
    r"elegant|quick|fluent|polished|careful|calm|calmly|curious|genuine|rigorous|excellent|"
    r"in detail|in depth)\b",
    re.I,
)
# A clause that opens with something they did ("Built their rate-limiting layer") is a concrete
# strength as it stands, when nothing in it takes it back.
ACCOMPLISHMENT = re.compile(
    r"^(built|led|leads|shipped|designed|launched|created|ran|runs|set up|automated|migrated|"
    r"reduced|grew|saved|closed|handled|walked (me|us|the panel) through|explained|presented|"
    r"mentors|mentored|owns|owned|introduced|wrote|rebuilt|scaled|won)\b",
    re.I,
)
# Numbers are kept ("a 200-seat customer"), scores are not: screening withholds them, and a clause
# that still looks like one is passed over.
SCORE_LIKE = re.compile(r"\d\s*/\s*\d|\bout of\b|\bscored?\b|\brated\b", re.I)
NEGATIVE = re.compile(
    r"\b(not|no|never|lack|lacked|lacking|weak|weaker|struggled|struggle|missing|missed|poor|limited|"
    r"concern|concerns|concerned|unclear|slow|unable|needs?|should|shaky|rough|vague|confused|"
    r"jumped|overly|too|but|however|although|though|despite|except|only|bit|somewhat|red flag|"
    r"worried|hesitant|gap|gaps|less|wrong|mistake|mistakes|failed|fail)\b|n't\b|\?",
    re.I,
)
LEAD_IN = re.compile(
    r"^\s*(?:[-*•+>]+|\d+[.)])?\s*(?:(?:pros?|strengths?|positives?|\+)\s*[:\-]\s*)?"
    r"(?:[A-Z][\w .()]{0,30}:\s+)?",
)


_NEW_ITEM = re.compile(r"^\s*(?:[-*•+>#]|\d+[.)]|\*\*|$)")


def _logical_lines(notes: str) -> list[str]:
    """Lines as written, with hard-wrapped ones joined again: a line break ends a thought only
    before a new bullet, heading or blank line, or after closing punctuation."""
    joined: list[str] = []
    for line in notes.splitlines():
        if joined and joined[-1].strip() and not _NEW_ITEM.match(line) \
                and not joined[-1].rstrip().endswith((".", "!", "?", ":")):
            joined[-1] = joined[-1].rstrip() + " " + line.strip()
        else:
            joined.append(line)
    return joined


def _clauses(notes: str) -> list[str]:
    """Lines, then sentences, then clauses split on ';' or ': ': the pieces a strength could be
    quoted from."""
    pieces: list[str] = []
    for line in _logical_lines(notes):
        for sentence in re.split(r"(?<=[.!?])\s+", line):
            pieces.extend(re.split(r";|:\s", sentence))
    return pieces


def pick_strength(notes: str, candidate: Candidate) -> str | None:
    """The most specific positive clause of the notes, verbatim (minus bullets and a leading pronoun)."""
    from .screening import find_sensitive

    pronoun = re.compile(
        rf"^(?:she|he|they|candidate|{re.escape(candidate.first_name)})\s+(?=[a-z])", re.I
    )
    best: tuple[int, str] | None = None
    for piece in _clauses(notes):
        clause = LEAD_IN.sub("", piece, count=1).strip()
        clause = pronoun.sub("", clause).strip().rstrip(".!,;:- ")
        count = len(clause.split())
        positive = POSITIVE.search(clause) or ACCOMPLISHMENT.search(clause)
        if not (4 <= count <= 24) or not positive or NEGATIVE.search(clause):
            continue
        if SCORE_LIKE.search(clause) or find_sensitive(clause):
            continue
        specificity = sum(1 for w in clause.split() if len(w) > 4)
        if best is None or specificity > best[0]:
            best = (specificity, clause)
    return best[1] if best else None


def _stage(candidate: Candidate) -> str:
    return f"the {candidate.stage}" if candidate.stage else "our interviews"


def _at(profile: Profile) -> str:
    return f" at {profile.company}" if profile.company else ""


def write_template_draft(
    candidate: Candidate, decision: Decision, notes: str, profile: Profile
) -> DraftContent:
    """Fill the decision's template; `notes` should already be screened."""
    quote = pick_strength(notes, candidate)
    first, role, at = candidate.first_name, candidate.role, _at(profile)
    strengths: list[Evidence] = []
    if decision is Decision.REJECT:
        subject = f"Your application for {role}{at}"
        opening = (f"Thank you for the time and care you put into {_stage(candidate)} for the {role} "
                   f"role{at}. After careful thought, we have decided not to move forward "
                   "with your application for this role.")
        if quote:
            strengths.append(Evidence(point="We want you to know what stood out to the team, in the "
                                            f"interviewers' own words: \"{quote}\".", quote=quote))
        next_steps = ("This closes the process for this role. If you have questions about the "
                      "decision, you are welcome to reply to this email.")
        if profile.hires_actively:
            where = f" at {profile.careers_url}" if profile.careers_url else ""
            encouragement = (f"We hire regularly, so please keep an eye on our open roles{where} "
                             "and apply again when one fits your experience.")
        else:
            encouragement = "We wish you every success in your search and in the work ahead."
        closing = "Best wishes,"
    elif decision is Decision.ADVANCE:
        subject = f"Next steps for the {role} role{at}"
        opening = (f"Thank you for the time you gave us during {_stage(candidate)}. I'm pleased to "
                   f"tell you that we would like to move you forward to the next round for the {role} "
                   "role.")
        if quote:
            strengths.append(Evidence(point="The team particularly appreciated this, in the "
                                            f"interviewers' words: \"{quote}\".", quote=quote))
        next_steps = ("Someone from our team will be in touch within the next few days to schedule "
                      "the next conversation. If some times are difficult for you, just reply to this "
                      "email and we will work around them.")
        encouragement = ""
        closing = "Looking forward to speaking again,"
    else:
        subject = f"An update on your application for {role}"
        opening = (f"Thank you for your time and energy during {_stage(candidate)} for the {role} "
                   f"role{at}.")
        if quote:
            strengths.append(Evidence(point="The team especially noted, in the interviewers' words: "
                                            f"\"{quote}\".", quote=quote))
        next_steps = ("We have not made a final decision yet: we are still completing conversations "
                      "and want to give each one proper consideration. You will hear from us within "
                      "the next two weeks, whatever the outcome.")
        encouragement = "Thank you for your patience in the meantime."
        closing = "Best wishes,"
    return DraftContent(
        subject=subject,
        greeting=f"Hi {first},",
        opening=opening,
        strengths=strengths,
        areas_to_grow=[],
        next_steps=next_steps,
        encouragement=encouragement,
        closing=closing,
    )
