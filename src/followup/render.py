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
    """A line per blocking failure ("needs review") and per advisory one ("note")."""
    return ([f"needs review: {c.name}: {c.reason}" for c in draft.failed_checks]
            + [f"note: {c.name}: {c.reason}" for c in draft.advice])


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
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _header(name: str, text: str) -> str:
    """A header's value: whitespace (newlines too) collapsed, RFC 2047 encoded and folded
    when it is not ASCII, so a model's subject can neither add headers nor break a mail client."""
    from email.header import Header

    flat = " ".join(text.split())
    if flat.isascii() and len(name) + 2 + len(flat) <= 78:
        return flat  # the common case: nothing to encode, nothing to fold
    return Header(flat, "us-ascii" if flat.isascii() else "utf-8", header_name=name).encode(
        linesep="\r\n")


def _address(name: str, email: str) -> str:
    """`Name <address>`. An ASCII mailbox gets an RFC 2047 name; a non-ASCII domain is written
    as IDNA. A non-ASCII local part has no ASCII form: the header is written in UTF-8, the
    SMTPUTF8 form of RFC 6532 that mail clients open and send as such."""
    from email.headerregistry import Address
    from email.utils import formataddr

    display = " ".join(name.split())
    local, _, domain = email.rpartition("@")
    if not local.isascii():
        return str(Address(display_name=display, username=local, domain=domain))
    if not domain.isascii():
        domain = domain.encode("idna").decode("ascii")
    return formataddr((display, f"{local}@{domain}"), charset="utf-8")


def is_draft_markdown(text: str) -> bool:
    """A `.md` file that `to_markdown` wrote: followup's own draft, never notes to draft from."""
    return text.startswith("**To:** ") and "\n*Draft for review: " in text


def to_eml(draft: Draft, body: str, profile: Profile) -> str:
    """An RFC 5322 message that opens as an unsent draft in Outlook and Apple Mail.

    One text/plain part, UTF-8, quoted-printable, CRLF line ends. The stdlib does the encoding
    (RFC 2047 headers, addresses, the date, the body); the message around it is a dozen header
    lines, written here: `EmailMessage` builds an equivalent message in 0.6-0.8 ms a draft,
    against 0.05 ms (measured), which a round of 500 candidates notices.
    """
    import binascii
    from email.utils import formatdate

    candidate = draft.request.candidate
    headers: list[tuple[str, str]] = []
    if candidate.email:
        headers.append(("To", _address(candidate.name, candidate.email)))
    if profile.sender_email:
        headers.append(("From", _address(profile.sender_name, profile.sender_email)))
    headers += [
        ("Subject", _header("Subject", draft.content.subject)),
        ("Date", formatdate(localtime=True)),
        ("X-Unsent", "1"),  # opens as a draft to edit, never as a received mail
        ("X-Followup-Status", draft.status),
        ("X-Followup-Model", _header("X-Followup-Model", draft.meta.model)),
        ("X-Followup-Prompt", _header("X-Followup-Prompt", draft.meta.prompt_version)),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'text/plain; charset="utf-8"'),
        ("Content-Transfer-Encoding", "quoted-printable"),
    ]
    lines = body.replace("\r\n", "\n").replace("\r", "\n")  # no bare CR reaches the file
    encoded = binascii.b2a_qp(lines.encode("utf-8"), istext=True).decode("ascii")
    return "".join(f"{name}: {value}\r\n" for name, value in headers) + "\r\n" + encoded.replace(
        "\n", "\r\n")


def render(draft: Draft, fmt: Format, profile: Profile) -> str:
    body = draft.body
    if fmt is Format.MARKDOWN:
        return to_markdown(draft, body)
    if fmt is Format.JSON:
        return to_json(draft, body)
    if fmt is Format.EML:
        return to_eml(draft, body, profile)
    return to_text(draft, body)
