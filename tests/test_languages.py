"""A French, German or Spanish profile, as a recruiter sets it: the offline writer writes in that
language, eval reports per language, and a language followup does not know is said at once."""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fake_openai import FakeOpenAI, Reply
from followup.cli import app

ROOT = Path(__file__).resolve().parent.parent
INTL = ROOT / "examples" / "intl"
KEY = "sk-test-abcdefghijklmnop0123456789"
# The example's greeting, a phrase of its decision, and what its notes say that must stay out.
EXPECTED = {
    "julien-fr.md": ("fr", "Bonjour Julien,", "ne pas donner suite", ("58k", "papa")),
    "lena-de.md": ("de", "Guten Tag Lena Hoffmann,", "nächste Runde", ("4/5", "älter")),
    "sofia-es.md": ("es", "Hola, Sofía:", "decisión definitiva", ("embarazada", "finalista")),
}


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "FOLLOWUP_MODEL", "FOLLOWUP_PROMPTS_DIR",
                "FOLLOWUP_FEEDBACK_DEPTH", "FOLLOWUP_LANGUAGE", "FOLLOWUP_DEBUG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.chdir(tmp_path)
    return CliRunner()


@pytest.mark.parametrize("example", sorted(EXPECTED))
def test_a_profile_in_another_language_gets_a_checked_email_in_it_with_no_key(
        runner: CliRunner, tmp_path: Path, example: str) -> None:
    code, greeting, decided, withheld = EXPECTED[example]
    (tmp_path / "followup.toml").write_text(f'[profile]\nlanguage = "{code}"\n'
                                            'sender_name = "Claire Dubois"\n', encoding="utf-8")
    result = runner.invoke(app, ["draft", str(INTL / example), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["status"] == "ok"
    assert [c["name"] for c in data["checks"] if c["status"] == "fail"
            and c["severity"] == "blocking"] == []
    body = data["email"]["body"]
    assert body.startswith(greeting + "\n\n") and decided in body
    assert data["content"]["strengths"][0]["quote"] in body  # a strength of the notes, verbatim
    assert not any(word in body for word in withheld)
    assert result.stderr.count("\n") == 1 and "offline template writer" in result.stderr


def test_the_language_flag_and_its_name_in_the_users_own_language(runner: CliRunner,
                                                                    tmp_path: Path) -> None:
    by_flag = runner.invoke(app, ["draft", str(INTL / "julien-fr.md"), "--language", "fr"])
    (tmp_path / "followup.toml").write_text('[profile]\nlanguage = "français"\n', encoding="utf-8")
    by_name = runner.invoke(app, ["draft", str(INTL / "julien-fr.md")])
    assert by_flag.exit_code == by_name.exit_code == 0, by_flag.stderr + by_name.stderr
    assert by_flag.stdout == by_name.stdout
    assert by_flag.stdout.startswith("Subject: Votre candidature au poste de Développeur Full-Stack")
    assert by_flag.stdout.rstrip().endswith("Bien cordialement,\nL'équipe de recrutement")


def test_an_unsupported_language_offline_is_a_one_line_settings_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["draft", str(INTL / "julien-fr.md"), "--language", "Italian"])
    assert result.exit_code == 2
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert "Italian" in line and "French, German and Spanish" in line


def test_an_unsupported_language_goes_to_the_model_as_written_and_is_said(
        runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        fake_openai: FakeOpenAI) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    (tmp_path / "followup.toml").write_text('[profile]\nlanguage = "Italian"\n'
                                            '[llm]\ntimeout = 5\nmax_retry_wait = 1\n')
    fake_openai.enqueue(Reply.json({
        "subject": "La tua candidatura", "greeting": "Ciao Julien,",
        "opening": "Grazie per il tempo dedicato ai colloqui per il ruolo di Développeur Full-Stack. "
                   "Abbiamo deciso di non proseguire con la tua candidatura.",
        "strengths": [{"point": "Hai spiegato bene la migrazione da MySQL a PostgreSQL.",
                       "quote": "A bien expliqué la migration de MySQL vers PostgreSQL"}],
        "areas_to_grow": [], "next_steps": "Questo chiude il processo per questo ruolo.",
        "encouragement": "Ti auguriamo il meglio.", "closing": "Cordiali saluti,"}))
    result = runner.invoke(app, ["draft", str(INTL / "julien-fr.md"), "--base-url", fake_openai.url,
                                 "--model", "test-model"])
    assert "profile.language 'Italian' is passed to the model as written" in result.stderr
    assert "Write the email in Italian." in fake_openai.chat_requests[0].json["messages"][0]["content"]
    assert "Ciao Julien," in result.stdout
    # The checks do not read Italian (the note says so): the draft comes out for a person to review.
    assert result.exit_code == 4


def test_eval_only_a_language_runs_its_cases_and_a_mixed_run_reports_per_language(
        runner: CliRunner) -> None:
    cases = str(ROOT / "evals" / "cases")
    french = runner.invoke(app, ["eval", "--cases", cases, "--only", "fr"])
    assert french.exit_code == 0, french.stderr
    assert "template@2 fr" in french.stdout and "template@2 en" not in french.stdout
    assert "by language" not in french.stdout  # one language: nothing to break down
    every = runner.invoke(app, ["eval", "--cases", cases])
    assert every.exit_code == 0, every.stderr
    rows = every.stdout.split("no blocking failure, by language\n")[1].splitlines()[:4]
    assert [row.split("(")[0].strip() for row in rows] == ["English", "French", "German", "Spanish"]
    for row in rows[1:]:
        assert row.rstrip().endswith("100%"), row


def test_batch_writes_the_round_in_the_profile_language(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["batch", str(ROOT / "examples" / "round.jsonl"), "--out", "drafts",
                                 "--language", "de"])
    assert result.exit_code in (0, 4), result.stderr
    emails = sorted((tmp_path / "drafts").glob("*.eml"))
    assert len(emails) == len((ROOT / "examples" / "round.jsonl").read_text().splitlines())
    for path in emails:
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        assert "Bewerbung als " in message["Subject"]
        assert message["X-Followup-Prompt"] == "template@2 de"
        body = message.get_content()
        assert body.startswith("Guten Tag ") and "Das Recruiting-Team" in body
