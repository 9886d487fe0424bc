"""Reading a hand-written email for `followup check`: plain text with an optional Subject line, or
an .eml file."""

from __future__ import annotations

import sys
from pathlib import Path

from ..checks import EmailUnderCheck
from ..errors import InputError


def read_email(path: Path) -> EmailUnderCheck:
    """An email from a file: 'Subject:' (and other header) lines, a blank line, the body; or .eml."""
    try:
        raw = sys.stdin.buffer.read() if str(path) == "-" else path.read_bytes()
        text = raw.decode("utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder; give one email file") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    text = text.replace("\r\n", "\n")
    head, _, rest = text.partition("\n\n")
    header_lines = head.splitlines()
    if header_lines and all(":" in line.split(" ")[0] or line.startswith((" ", "\t"))
                            for line in header_lines):
        if any(line.lower().startswith(("mime-version:", "content-type:")) for line in header_lines):
            return _from_eml(raw)
        subject = next((line.split(":", 1)[1].strip() for line in header_lines
                        if line.lower().startswith("subject:")), "")
        return EmailUnderCheck(subject=subject, body=rest.strip("\n") + "\n")
    if not text.strip():
        raise InputError(f"{path}: the email is empty")
    return EmailUnderCheck(subject="", body=text.strip("\n") + "\n")


def _from_eml(raw: bytes) -> EmailUnderCheck:
    from email import message_from_bytes, policy
    from email.message import EmailMessage

    message = message_from_bytes(raw, policy=policy.default)
    part = message.get_body(preferencelist=("plain",))
    body = part.get_content() if isinstance(part, EmailMessage) else ""
    return EmailUnderCheck(subject=str(message.get("Subject", "")), body=body)
