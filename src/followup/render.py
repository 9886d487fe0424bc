"""Rendering a structured draft as the email a person reads: text, Markdown, JSON or .eml."""

from __future__ import annotations

import json
from enum import StrEnum

from .models import Draft, DraftContent, Profile


class Format(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"
    JSON = "json"
    EML = "eml"


def signature(profile: Profile) -> str:
    title = ", ".join(part for part in (profile.sender_title, profile.company) if part)
    lines = [profile.sender_name, title, profile.signature]
    return "\n".join(line for line in lines if line.strip())


def render_body(content: DraftContent, profile: Profile) -> str:
    """The email body, built from the draft's fields by our code, signed from the profile."""
    paragraphs = [
        content.greeting,
        content.opening,
        " ".join(item.point for item in content.strengths),
        " ".join(item.point for item in content.areas_to_grow),
        content.next_steps,
        content.encouragement,
        content.closing + "\n" + signature(profile),
    ]
    return "\n\n".join(p.strip() for p in paragraphs if p.strip()) + "\n"


def _review_lines(draft: Draft) -> list[str]:
    return [f"{c.name}: {c.reason}" for c in draft.failed_checks]


def to_text(draft: Draft, body: str) -> str:
    return f"Subject: {draft.content.subject}\n\n{body}"


def to_markdown(draft: Draft, body: str) -> str:
    lines = [f"**To:** {draft.request.candidate.name}"
             + (f" <{draft.request.candidate.email}>" if draft.request.candidate.email else ""),
             f"**Subject:** {draft.content.subject}", "", body.rstrip(), "", "---",
             f"*Draft for review: {draft.status}; written by {draft.meta.model} "
             f"with prompt {draft.meta.prompt_version}.*"]
    lines += [f"- needs review: {line}" for line in _review_lines(draft)]
    evidence = [*draft.content.strengths, *draft.content.areas_to_grow]
    if evidence:
        lines += ["", "Supporting quotes from the notes:"]
        lines += [f"- \"{item.quote}\"" for item in evidence]
    return "\n".join(lines) + "\n"


def to_json(draft: Draft, body: str) -> str:
    data = draft.model_dump(mode="json")
    data["status"] = draft.status
    data["email"] = {"subject": draft.content.subject, "body": body}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def to_eml(draft: Draft, body: str, profile: Profile) -> str:
    """An RFC 5322 message that opens as an unsent draft in Outlook and Apple Mail."""
    from email.headerregistry import Address
    from email.message import EmailMessage
    from email.policy import SMTP
    from email.utils import formatdate

    message = EmailMessage(policy=SMTP)
    candidate = draft.request.candidate
    if candidate.email:
        message["To"] = Address(candidate.name, addr_spec=candidate.email)
    if profile.sender_email:
        message["From"] = Address(profile.sender_name, addr_spec=profile.sender_email)
    message["Subject"] = draft.content.subject
    message["Date"] = formatdate(localtime=True)
    message["X-Unsent"] = "1"  # opens as a draft to edit, never as a received mail
    message["X-Followup-Status"] = draft.status
    message["X-Followup-Model"] = draft.meta.model
    message["X-Followup-Prompt"] = draft.meta.prompt_version
    message.set_content(body)
    return message.as_string()


def render(draft: Draft, fmt: Format, profile: Profile) -> str:
    body = render_body(draft.content, profile)
    if fmt is Format.MARKDOWN:
        return to_markdown(draft, body)
    if fmt is Format.JSON:
        return to_json(draft, body)
    if fmt is Format.EML:
        return to_eml(draft, body, profile)
    return to_text(draft, body)
