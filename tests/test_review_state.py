"""A `followup batch` re-run leaves alone what a person did in `followup review`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from followup.cli import app
from followup.errors import InputError
from followup.review.state import REVIEW_NAME, CandidateReview, ReviewState, load_state, save_state

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ROUND = [json.loads(line) for line in (EXAMPLES / "round.jsonl").open(encoding="utf-8")]


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "FOLLOWUP_MODEL", "FOLLOWUP_DEBUG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run_batch(source: Path, out: str = "drafts") -> Any:
    return CliRunner().invoke(app, ["batch", str(source), "--out", out])


def manifest(out: Path) -> dict[str, dict[str, Any]]:
    rows = [json.loads(line) for line in (out / "manifest.jsonl").read_text().splitlines()]
    return {row["name"]: row for row in rows}


def with_new_notes(workdir: Path) -> Path:
    """The same round, every candidate's notes changed: a re-run would redraft them all."""
    changed = workdir / "round-again.jsonl"
    changed.write_text("".join(json.dumps(row | {"notes": row["notes"] + "\nAlso: calm under "
                                                 "pressure in the debrief."}) + "\n"
                               for row in ROUND), encoding="utf-8")
    return changed


def test_an_edited_or_approved_draft_survives_a_rerun_with_new_notes(workdir: Path) -> None:
    assert run_batch(EXAMPLES / "round.jsonl").exit_code in (0, 4)
    out = workdir / "drafts"
    (out / "ben-carter.eml").write_text((out / "ben-carter.eml").read_text() + "edited by Dana")
    save_state(out, ReviewState(candidates={
        "ben-carter": CandidateReview(edited=True),
        "chloe-dubois": CandidateReview(verdict="approved"),
        "emily-zhang": CandidateReview(verdict="set_aside"),
    }))
    chloe_before = (out / "chloe-dubois.eml").read_text()
    emily_before = (out / "emily-zhang.json").read_text()
    before = manifest(out)

    result = run_batch(with_new_notes(workdir))
    assert result.exit_code in (0, 4), result.stderr
    assert "kept 2 draft(s) edited or approved in followup review" in result.stderr
    assert (out / "ben-carter.eml").read_text().endswith("edited by Dana")
    assert (out / "chloe-dubois.eml").read_text() == chloe_before
    after = manifest(out)
    assert after["Ben Carter"]["key"] == before["Ben Carter"]["key"]  # the reviewed draft's row
    assert after["Ben Carter"]["row"] == "round-again.jsonl line 2"
    # Set aside is not a person's work on the email: it is redrafted from the new notes.
    assert (out / "emily-zhang.json").read_text() != emily_before
    assert "calm under pressure" in json.loads((out / "emily-zhang.json").read_text())[
        "request"]["notes"]
    assert after["Emily Zhang"]["key"] != before["Emily Zhang"]["key"]
    assert len(after) == len(ROUND)


def test_a_review_file_that_is_not_ours_is_one_error_naming_it(tmp_path: Path) -> None:
    (tmp_path / REVIEW_NAME).write_text('{"candidates": {"ben": {"verdict": "maybe"}}}')
    with pytest.raises(InputError, match=r"review\.json: not a review file followup wrote"):
        load_state(tmp_path)
    assert load_state(tmp_path / "elsewhere") == ReviewState()
