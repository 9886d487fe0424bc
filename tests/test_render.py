"""The .eml file: what any mail client reads back from it."""

from __future__ import annotations

import email
import email.policy

from followup.models import Candidate, Decision, Draft, DraftContent, DraftMeta, DraftRequest, Profile
from followup.render import render_body, to_eml

PROFILE = Profile(company="Northwind", sender_name="Dana Whitfield", sender_title="Talent Partner",
                  sender_email="dana@example.com")


def _draft(name: str, subject: str, opening: str) -> Draft:
    content = DraftContent(subject=subject, greeting="Hi Zoë,", opening=opening, strengths=[],
                           areas_to_grow=[], next_steps="We will be in touch.", encouragement="",
                           closing="Best wishes,")
    request = DraftRequest(candidate=Candidate(name=name, email="zoe@example.com", role="Designer"),
                           decision=Decision.HOLD, notes="Strong portfolio review.")
    return Draft(request=request, content=content, checks=[],
                 meta=DraftMeta(writer="llm", model="gpt-4o-mini", prompt_version="hold@1"),
                 kept_notes=request.notes, body=render_body(content, PROFILE))


def _read(text: str) -> email.message.EmailMessage:
    message = email.message_from_string(text, policy=email.policy.default)
    assert isinstance(message, email.message.EmailMessage)
    return message


def test_non_ascii_names_subject_and_body_read_back_exactly() -> None:
    subject = "Your Designer application — what happens next, with a subject long enough to fold"
    opening = "Thank you, Zoë, for the care you put into every stage. " * 12  # one 700-char line
    draft = _draft("Zoë Ünal-Smith, Jr.", subject, opening.strip())
    body = draft.body
    text = to_eml(draft, body, PROFILE)

    assert text.isascii()  # quoted-printable body, RFC 2047 headers: safe for any mail system
    assert all(len(line) <= 78 for line in text.split("\r\n"))
    assert "\n" not in text.replace("\r\n", "")  # CRLF line ends throughout
    message = _read(text)
    assert message["To"].addresses[0].display_name == "Zoë Ünal-Smith, Jr."
    assert message["To"].addresses[0].addr_spec == "zoe@example.com"
    assert message["From"] == "Dana Whitfield <dana@example.com>"
    assert message["Subject"] == subject
    assert message["X-Unsent"] == "1"
    assert message["X-Followup-Status"] == "ok"
    assert message.get_content().replace("\r\n", "\n") == body


def test_newlines_from_the_model_cannot_add_a_header_or_a_bare_carriage_return() -> None:
    draft = _draft("Zoe Smith", "Your application\r\nBcc: everyone@example.com", "Thank you.\rReally.")
    draft.meta.model = "gpt-4o-mini\nCc: someone@example.com"  # as an endpoint named itself
    text = to_eml(draft, draft.body, PROFILE)
    assert "\r" not in text.replace("\r\n", "")
    message = _read(text)
    assert message["Bcc"] is None and message["Cc"] is None
    assert message["Subject"] == "Your application Bcc: everyone@example.com"
    assert "Thank you.\r\nReally." in message.get_content()
