"""The rendered prompts, as the model reads them: snapshotted, so a change to a prompt file or to
what the writer passes in shows up as a reviewable diff. FOLLOWUP_UPDATE_SNAPSHOTS=1 rewrites them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from followup.config import Settings
from followup.models import Decision, Profile
from followup.notes import build_request, parse_notes, read_notes_file
from followup.prompts_loader import PromptFile, PromptSet, version_label
from followup.writer import build_messages, screen

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"


def rendered(example: str, decision: Decision | None = None) -> str:
    path = ROOT / "examples" / example
    fields, body = parse_notes(read_notes_file(path), example)
    request = build_request(fields, body, example, {"decision": decision.value if decision else None})
    settings = Settings(profile=Profile(company="Northwind", sender_name="Dana Whitfield",
                                        sender_title="Talent Partner"))
    used: list[PromptFile] = []
    messages = build_messages(request, settings, PromptSet(), screen(request), used)
    text = "\n".join(f"## {m['role']}\n{m['content']}" for m in messages)
    return f"# prompt {version_label(used)}\n{text}"


@pytest.mark.parametrize(("example", "decision"), [
    ("priya.md", None), ("katherine.md", None), ("marco.md", None),
    ("lena.md", Decision.REJECT),
])
def test_rendered_prompt_matches_its_snapshot(example: str, decision: Decision | None) -> None:
    text = rendered(example, decision)
    snapshot = SNAPSHOTS / f"{Path(example).stem}-prompt.md"
    if os.environ.get("FOLLOWUP_UPDATE_SNAPSHOTS"):
        snapshot.write_text(text, encoding="utf-8")
    assert snapshot.exists(), f"no snapshot {snapshot.name}: run with FOLLOWUP_UPDATE_SNAPSHOTS=1"
    assert text == snapshot.read_text(encoding="utf-8")


def test_the_notes_are_delimited_data_and_screened() -> None:
    text = rendered("priya.md")
    begin, end = text.index("=== BEGIN NOTES "), text.index("=== END NOTES ")
    assert begin < end
    notes = text[begin:end]
    assert "payment retry design" in notes
    assert "3/5" not in notes and "late 40s" not in notes
