"""The CLI as a recruiter uses it with no endpoint: the built-in template writer, errors, config."""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from followup.cli import app

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    """No endpoint, no profile files: the state of a fresh machine."""
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "FOLLOWUP_MODEL", "FOLLOWUP_PROMPTS_DIR",
                "FOLLOWUP_FEEDBACK_DEPTH", "FOLLOWUP_DEBUG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.chdir(tmp_path)
    return CliRunner()


@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.glob("*.md")))
def test_every_example_gets_a_checked_personal_draft_offline(runner: CliRunner, example: str) -> None:
    result = runner.invoke(app, ["draft", str(EXAMPLES / example), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["status"] == "ok"
    assert data["meta"]["writer"] == "template"
    candidate = data["request"]["candidate"]
    first = candidate["preferred_name"] or candidate["name"].split()[0]
    assert data["email"]["body"].startswith(f"Hi {first},")
    assert "offline template writer" in result.stderr
    assert result.stderr.count("\n") == 1  # one line, not a wall of text


def test_priya_draft_quotes_a_true_strength_and_leaks_nothing(runner: CliRunner) -> None:
    result = runner.invoke(app, ["draft", str(EXAMPLES / "priya.md")])
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.startswith("Subject: Your application for Senior Backend Engineer\n\nHi Priya,")
    assert "payment retry design" in out
    for leak in ("3/5", "Daniel", "40s", "50s", "Marcus", "Dana", "close second"):
        assert leak not in out


def test_notes_from_stdin_with_flags(runner: CliRunner) -> None:
    notes = "Thoughtful, well-structured answers on database indexing and query plans."
    result = runner.invoke(app, ["draft", "-", "--name", "Priya Raghunathan", "--role",
                                 "Senior Backend Engineer", "--decision", "reject"], input=notes)
    assert result.exit_code == 0, result.stderr
    assert "Hi Priya," in result.stdout
    assert "database indexing and query plans" in result.stdout


def test_flags_override_front_matter(runner: CliRunner) -> None:
    result = runner.invoke(app, ["draft", str(EXAMPLES / "priya.md"), "--decision", "hold",
                                 "--preferred-name", "Pri", "--format", "json"])
    data = json.loads(result.stdout)
    assert data["request"]["decision"] == "hold"
    assert data["content"]["greeting"] == "Hi Pri,"


@pytest.mark.parametrize(("text", "args", "message"), [
    ("---\nrole: Designer\ndecision: reject\n---\nGood portfolio.", [],
     "missing name: add 'name:' to the front matter or pass --name"),
    ("---\nname: Ana Silva\ndecision: reject\n---\nGood portfolio.", [], "missing role"),
    ("---\nname: Ana Silva\nrole: Designer\n---\nGood portfolio.", [], "missing decision"),
    ("---\nname: Ana Silva\nrole: Designer\ndecision: maybe\n---\nGood.", [],
     "decision 'maybe' is not one of reject, advance, hold"),
    ("---\nname: Ana Silva\nrole: Designer\ndecision: reject\nnmae: x\n---\nGood.", [],
     "front matter field 'nmae' is not known"),
    ("---\nname: Ana Silva\nrole: Designer\ndecision: reject\n---\n   \n", [], "notes are empty"),
    ("---\nname: Ana Silva\nrole: Designer\ndecision: reject\nemail: not-an-email\n---\nGood.", [],
     "email ('not-an-email'): not a valid email address"),
    ("---\nname: [unclosed\n---\nGood.", [], "front matter"),
])
def test_bad_input_is_one_line_naming_the_file_and_field(
    runner: CliRunner, tmp_path: Path, text: str, args: list[str], message: str
) -> None:
    path = tmp_path / "ana.md"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["draft", str(path), *args])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"followup: error: {path}")
    assert message in result.stderr
    assert result.stderr.count("\n") == 1
    assert result.stdout == ""


def test_undecodable_and_missing_files(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "latin1.md"
    bad.write_bytes("---\nname: Zoë\n---\nTrès bien".encode("latin-1"))
    result = runner.invoke(app, ["draft", str(bad)])
    assert result.exit_code == 2 and "not UTF-8" in result.stderr
    result = runner.invoke(app, ["draft", str(tmp_path / "nope.md")])
    assert result.exit_code == 2 and "no such file" in result.stderr


def test_debug_shows_the_traceback(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["--debug", "draft", str(tmp_path / "nope.md")])
    assert result.exit_code == 2  # the same code as without --debug
    assert "Traceback (most recent call last)" in result.stderr
    assert "no such file" in result.stderr


def test_eml_output_is_a_valid_unsent_message(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out" / "priya.eml"
    result = runner.invoke(app, ["draft", str(EXAMPLES / "priya.md"), "--format", "eml",
                                 "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    message = email.message_from_bytes(out.read_bytes(), policy=email.policy.default)
    assert message["To"] == "Priya Raghunathan <priya.raghunathan@example.com>"
    assert message["Subject"] == "Your application for Senior Backend Engineer"
    assert message["X-Unsent"] == "1"
    assert message.get_content().startswith("Hi Priya,")
    assert not list(out.parent.glob(".*.tmp"))  # the atomic write left nothing behind


def test_markdown_output_shows_status_and_quotes(runner: CliRunner) -> None:
    result = runner.invoke(app, ["draft", str(EXAMPLES / "priya.md"), "--format", "markdown"])
    assert "**Subject:**" in result.stdout
    assert "Draft for review: ok; written by template" in result.stdout


def test_show_withheld_lists_what_was_held_back(runner: CliRunner) -> None:
    result = runner.invoke(app, ["draft", str(EXAMPLES / "priya.md"), "--show-withheld"])
    assert result.exit_code == 0
    withheld = [line for line in result.stderr.splitlines() if "withheld (" in line]
    assert any("3/5" in line for line in withheld)
    assert any("Daniel" in line for line in withheld)


def test_advice_is_a_note_not_a_reason_to_hold_the_draft(runner: CliRunner, tmp_path: Path) -> None:
    # Nothing positive to quote: the template cannot show it read the notes, and says so, as a
    # note (genericness is advisory): the draft is ok, exit 0, and the .md carries the note too.
    path = tmp_path / "jo.md"
    path.write_text("---\nname: Jo Park\nrole: Analyst\ndecision: reject\n---\nNo-show to the "
                    "case study, then asked to reschedule twice.\n", encoding="utf-8")
    result = runner.invoke(app, ["draft", str(path), "--format", "markdown"])
    assert result.exit_code == 0, result.stderr
    assert "Hi Jo," in result.stdout
    assert "note: specific_detail" in result.stderr and "needs review" not in result.stderr
    assert "- note: specific_detail: " in result.stdout and "Draft for review: ok" in result.stdout


def test_help_on_every_command_has_examples(runner: CliRunner) -> None:
    for command in ("draft", "init", "config"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0
        assert "Example" in result.stdout
    assert "Exit codes" in runner.invoke(app, ["--help"]).stdout


def test_init_writes_a_profile_then_drafts_use_it(runner: CliRunner, tmp_path: Path) -> None:
    answers = "Northwind\nDana Whitfield\nTalent Partner\ndana@example.com\ny\nbrief\n" \
              "https://northwind.example.com/careers\n\ngpt-4o-mini\n"
    result = runner.invoke(app, ["init"], input=answers)
    assert result.exit_code == 0, result.stderr
    profile = (tmp_path / "followup.toml").read_text()
    assert 'company = "Northwind"' in profile and "hires_actively = true" in profile
    assert "api_key" not in profile
    again = runner.invoke(app, ["init"], input=answers)
    assert again.exit_code == 2 and "--force" in again.stderr
    drafted = runner.invoke(app, ["draft", str(EXAMPLES / "priya.md")])
    assert drafted.exit_code == 0, drafted.stderr
    assert "Dana Whitfield\nTalent Partner, Northwind" in drafted.stdout
    assert "northwind.example.com/careers" in drafted.stdout


def test_config_masks_the_key_and_shows_sources(runner: CliRunner,
                                                monkeypatch: pytest.MonkeyPatch,
                                                tmp_path: Path) -> None:
    key = "sk-test-0123456789abcdefSECRET"
    monkeypatch.setenv("OPENAI_API_KEY", key)
    (tmp_path / "followup.toml").write_text('[llm]\nmodel = "from-project"\n')
    monkeypatch.setenv("FOLLOWUP_MODEL", "from-env")
    result = runner.invoke(app, ["config"])
    assert result.exit_code == 0
    assert key not in result.stdout and "****CRET" in result.stdout
    assert "llm.model" in result.stdout and "from-env  (environment)" in result.stdout


def test_a_key_in_the_profile_file_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "followup.toml").write_text('[llm]\napi_key = "sk-live-abcdefabcdefabcdef"\n')
    result = runner.invoke(app, ["config"])
    assert result.exit_code == 2
    assert "must not be stored in a file" in result.stderr
    assert "sk-live" not in result.stderr
