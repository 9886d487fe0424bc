"""Rendering a structured draft as the email a person reads: text, Markdown, JSON or .eml."""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, ClassVar

from pydantic_core import to_json as to_json_bytes

from .models import Draft, DraftContent, Profile

if TYPE_CHECKING:
    from email.headerregistry import BaseHeader
    from email.message import EmailMessage
    from email.policy import EmailPolicy


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
    """A line per blocking failure ("needs review") and per advisory one ("note"); a note too if
    the endpoint refused a re-ask."""
    return ([f"needs review: {c.name}: {c.reason}" for c in draft.failed_checks]
            + [f"note: {c.name}: {c.reason}" for c in draft.advice]
            + ([f"note: {draft.meta.reask_refused}"] if draft.meta.reask_refused else []))


def to_text(draft: Draft, body: str) -> str:
    return f"Subject: {draft.content.subject}\n\n{body}"


def to_markdown(draft: Draft, body: str) -> str:
    lines = [f"**To:** {draft.request.candidate.name}"
             + (f" <{draft.request.candidate.email}>" if draft.request.candidate.email else ""),
             f"**Subject:** {draft.content.subject}", "", body.rstrip(), "", "---",
             f"*Draft for review: {draft.status}; written by {draft.meta.model} "
             f"with prompt {draft.meta.prompt_version}.*"]
    lines += [f"- {line}" for line in _review_lines(draft)]
    evidence = [*draft.content.strengths, *draft.content.areas_to_grow]
    if evidence:
        lines += ["", "Supporting quotes from the notes:"]
        lines += [f"- \"{item.quote}\"" for item in evidence]
    return "\n".join(lines) + "\n"


def to_json(draft: Draft, body: str) -> str:
    # The body is under "email", beside the subject.
    data = draft.model_dump(mode="json", exclude={"body"})
    data["status"] = draft.status
    data["email"] = {"subject": draft.content.subject, "body": body}
    # pydantic's own encoder: the same JSON as json.dumps(indent=2, ensure_ascii=False), a tenth of
    # the CPU (the stdlib's is pure Python once indented).
    return to_json_bytes(data, indent=2).decode() + "\n"


def is_draft_markdown(text: str) -> bool:
    """A `.md` file that `to_markdown` wrote: followup's own draft, never notes to draft from."""
    return text.startswith("**To:** ") and "\n*Draft for review: " in text


@cache
def _mail_policy(utf8: bool) -> EmailPolicy[EmailMessage]:
    """The SMTP policy, its header classes made once: the stdlib's registry builds a new class for
    every header it parses (40 % of the time `to_eml` takes), the same class each time."""
    from email.headerregistry import HeaderRegistry
    from email.policy import SMTP

    class MadeOnce(HeaderRegistry):
        made: ClassVar[dict[str, type[BaseHeader]]] = {}

        def __getitem__(self, name: str) -> type[BaseHeader]:
            if name not in self.made:
                self.made[name] = super().__getitem__(name)
            return self.made[name]

    return SMTP.clone(utf8=utf8, header_factory=MadeOnce())


def to_eml(draft: Draft, body: str, profile: Profile) -> str:
    """An RFC 5322 message that opens as an unsent draft in Outlook and Apple Mail, built by the
    standard library's `email` package: one text/plain part, UTF-8, quoted-printable, CRLF line
    ends, RFC 2047 headers. A mailbox whose local part is not ASCII has no ASCII form: then the
    headers are written in UTF-8, the SMTPUTF8 form of RFC 6532 that mail clients open as such."""
    from email.headerregistry import Address
    from email.message import EmailMessage
    from email.utils import formatdate

    def mailbox(name: str, email: str) -> Address:
        local, _, domain = email.rpartition("@")
        return Address(display_name=" ".join(name.split()), username=local,
                       domain=domain if domain.isascii() else domain.encode("idna").decode("ascii"))

    candidate = draft.request.candidate
    addresses = {"To": (candidate.name, candidate.email),
                 "From": (profile.sender_name, profile.sender_email)}
    utf8 = any(email and not email.rpartition("@")[0].isascii() for _, email in addresses.values())
    message = EmailMessage(policy=_mail_policy(utf8))
    for field, (name, email) in addresses.items():
        if email:
            message[field] = mailbox(name, email)
    # Whitespace, newlines too, collapsed: a model's subject can neither add headers nor break one.
    message["Subject"] = " ".join(draft.content.subject.split())
    message["Date"] = formatdate(localtime=True)
    message["X-Unsent"] = "1"  # opens as a draft to edit, never as a received mail
    message["X-Followup-Status"] = draft.status
    message["X-Followup-Model"] = " ".join(draft.meta.model.split())
    message["X-Followup-Prompt"] = " ".join(draft.meta.prompt_version.split())
    # No bare CR reaches the file.
    message.set_content(body.replace("\r\n", "\n").replace("\r", "\n"), charset="utf-8",
                        cte="quoted-printable")
    return message.as_string()


def render(draft: Draft, fmt: Format, profile: Profile) -> str:
    body = draft.body
    if fmt is Format.MARKDOWN:
        return to_markdown(draft, body)
    if fmt is Format.JSON:
        return to_json(draft, body)
    if fmt is Format.EML:
        return to_eml(draft, body, profile)
    return to_text(draft, body)
