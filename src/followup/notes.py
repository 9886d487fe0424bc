"""Reading one candidate's notes: a file, standard input, or a paste; optional YAML front matter."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from .errors import InputError
from .models import Candidate, Decision, DraftRequest
from .prompts_loader import split_front_matter

MAX_NOTES_BYTES = 1_000_000

# How to give each required field, for the error message.
FIELD_HINTS = {
    "name": "add 'name:' to the front matter or pass --name",
    "role": "add 'role:' to the front matter or pass --role",
    "decision": "add 'decision:' (reject, advance or hold) to the front matter or pass --decision",
}


class FrontMatter(BaseModel):
    """The fields a notes file may carry above its notes."""

    model_config = ConfigDict(extra="forbid")

    name: str | None = None
    preferred_name: str | None = None
    email: str | None = None
    role: str | None = None
    stage: str | None = None
    decision: str | None = None


def decode_notes(raw: bytes, source: str) -> str:
    if len(raw) > MAX_NOTES_BYTES:
        raise InputError(f"{source}: notes are {len(raw) // 1024} KB; the limit is "
                         f"{MAX_NOTES_BYTES // 1024} KB for one candidate")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{source}: not UTF-8 text (byte {exc.start}); save the notes as UTF-8") from None


def parse_notes(text: str, source: str) -> tuple[FrontMatter, str]:
    """Split a notes text into its front matter fields and the notes themselves."""
    try:
        meta, body = split_front_matter(text)
    except (ValueError, yaml.YAMLError) as exc:
        raise InputError(f"{source}: front matter: {str(exc).splitlines()[0]}") from None
    try:
        fields = FrontMatter.model_validate({k: _scalar(v) for k, v in meta.items()})
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"])
        if err["type"] == "extra_forbidden":
            known = ", ".join(FrontMatter.model_fields)
            raise InputError(f"{source}: front matter field '{field}' is not known "
                             f"(known: {known})") from None
        raise InputError(f"{source}: front matter field '{field}': {err['msg']}") from None
    return fields, body.strip()


def _scalar(value: Any) -> Any:
    # YAML turns `stage: 2` into an int and dates into date objects; every field is text.
    return value if value is None or isinstance(value, str) else str(value)


def build_request(
    fields: FrontMatter, notes: str, source: str, overrides: Mapping[str, str | None]
) -> DraftRequest:
    """Combine front matter and flags (flags win) into a validated request, naming what is missing."""
    merged = fields.model_dump()
    merged.update({k: v for k, v in overrides.items() if v is not None})
    for name in ("name", "role", "decision"):
        if not (merged.get(name) or "").strip():
            raise InputError(f"{source}: missing {name}: {FIELD_HINTS[name]}")
    if not notes.strip():
        raise InputError(f"{source}: the notes are empty; there is nothing to write from")
    decision_text = str(merged.pop("decision")).strip().lower()
    try:
        decision = Decision(decision_text)
    except ValueError:
        raise InputError(
            f"{source}: decision '{decision_text}' is not one of reject, advance, hold"
        ) from None
    try:
        candidate = Candidate.model_validate(merged)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"])
        value = merged.get(field)
        shown = f" ({value!r})" if isinstance(value, str) and len(value) < 80 else ""
        raise InputError(f"{source}: {field}{shown}: {_plain(err['msg'])}") from None
    return DraftRequest(candidate=candidate, decision=decision, notes=notes, source=source)


def _plain(msg: str) -> str:
    return msg.removeprefix("Value error, ")


def read_notes_file(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(
            f"{path}: is a folder; give one notes file (use 'followup batch' for a folder)"
        ) from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    return decode_notes(raw, str(path))
