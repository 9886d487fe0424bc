"""A round always finishes, never writes over an input, keeps every candidate of its folder and
its files private; wrong input is one line naming where (issue: nothing lost, overwritten, exposed).

Offline rounds (the template writer) unless a model is needed: the behaviour is the runner's.
"""

from __future__ import annotations

import csv
import email
import email.policy
import json
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from fake_openai import FakeOpenAI
from followup.batch.journal import JOURNAL_NAME
from followup.cli import app
from round_model import drafting_responder

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
NOTES = ("Walked through the payment retry design clearly, idempotency keys first. "
         "Capacity estimates were missing even with the traffic figures.")
PROFILE = """[profile]
company = "Northwind"
sender_name = "Dana Whitfield"
sender_email = "dana@example.com"
"""


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "FOLLOWUP_MODEL", "FOLLOWUP_PROMPTS_DIR",
                "FOLLOWUP_FEEDBACK_DEPTH", "FOLLOWUP_DEBUG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "followup.toml").write_text(PROFILE)
    return tmp_path


def run(*args: str) -> Any:
    return CliRunner().invoke(app, list(args))


def write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=["name", "email", "role", "stage", "decision",
                                                "notes"])
        writer.writeheader()
        for row in rows:
            writer.writerow({"role": "Backend Engineer", "stage": "technical interview",
                             "decision": "reject", "notes": NOTES, "email": ""} | row)
    return path


def manifest(out: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (out / "manifest.jsonl").open(encoding="utf-8")]


def to_header(path: Path) -> Any:
    # An SMTPUTF8 message is UTF-8 throughout, headers too (RFC 6532): read as such, as mail
    # clients do (the stdlib's byte parser would take the header's bytes for undecodable ones).
    text = path.read_bytes().decode("utf-8")
    return email.message_from_string(text, policy=email.policy.default)["To"]


# -- 1. an address, or anything else about one candidate, never stops the round ------------------

def test_international_addresses_are_written_in_their_standard_forms(work: Path) -> None:
    source = write_csv(work / "round.csv", [
        {"name": "Zoë Müller", "email": "zoë.müller@example.com"},
        {"name": "Jonas Weber", "email": "jonas@bücher.de"},
        {"name": "Ben Carter", "email": "ben@example.com"},
    ])
    result = run("batch", str(source), "--out", "drafts")
    assert result.exit_code in (0, 4), result.output
    statuses = {row["name"]: row["status"] for row in manifest(work / "drafts")}
    assert set(statuses.values()) <= {"ok", "needs_review"}, statuses
    zoe = to_header(work / "drafts" / "zoe-muller.eml")
    assert zoe.addresses[0].addr_spec == "zoë.müller@example.com"  # SMTPUTF8: UTF-8 as it is
    assert zoe.addresses[0].display_name == "Zoë Müller"
    assert to_header(work / "drafts" / "jonas-weber.eml").addresses[0].domain == "xn--bcher-kva.de"

    out = work / "zoe.eml"
    result = run("draft", str(EXAMPLES / "priya.md"), "--email", "zoë.müller@example.com",
                 "--format", "eml", "--out", str(out))
    assert result.exit_code in (0, 4), result.output
    assert to_header(out).addresses[0].addr_spec == "zoë.müller@example.com"


def test_an_address_the_run_would_refuse_is_reported_by_the_dry_run_too(work: Path) -> None:
    source = write_csv(work / "round.csv", [
        {"name": "Zoë Müller", "email": "zoë@exämple..com"},  # an empty label: no IDNA form
        {"name": "Ben Carter", "email": "ben@example.com"},
    ])
    dry = run("batch", str(source), "--out", "drafts", "--dry-run")
    real = run("batch", str(source), "--out", "drafts")
    assert dry.exit_code == real.exit_code == 5
    for result in (dry, real):
        assert "round.csv row 2: email" in result.stderr
        assert "internationalised domain" in result.stderr
    assert [row["status"] for row in manifest(work / "drafts")] == ["skipped", "ok"]


def test_one_candidate_whose_files_cannot_be_made_fails_alone(
        work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import followup.batch.runner as runner

    real = runner.draft_files

    def draft_files(stem: str, *args: Any) -> dict[str, str]:
        if stem == "ben-carter":
            raise UnicodeEncodeError("ascii", "ë", 0, 1, "a bug of ours, in any form")
        return real(stem, *args)

    monkeypatch.setattr(runner, "draft_files", draft_files)
    source = write_csv(work / "round.csv", [{"name": "Ama Boateng"}, {"name": "Ben Carter"},
                                            {"name": "Chloé Dubois"}])
    result = run("batch", str(source), "--out", "drafts")
    assert result.exit_code == 5, result.output
    rows = {row["name"]: row for row in manifest(work / "drafts")}
    assert rows["Ben Carter"]["status"] == "failed"
    assert "cannot write the draft files: UnicodeEncodeError" in rows["Ben Carter"]["reason"]
    assert rows["Ama Boateng"]["status"] == rows["Chloé Dubois"]["status"] == "ok"
    assert not (work / "drafts" / "ben-carter.eml").exists()


# -- 2. never write over an input, never read our own drafts as notes ---------------------------

def test_a_folder_round_refuses_to_write_into_its_notes_folder(work: Path) -> None:
    notes = work / "notes"
    notes.mkdir()
    original = "---\nname: Ben Carter\nrole: Backend Engineer\ndecision: reject\n---\n" + NOTES
    (notes / "ben-carter.md").write_text(original)
    for args in (["--dry-run"], []):
        result = run("batch", str(notes), "--out", str(notes), *args)
        assert result.exit_code == 2, result.output
        assert "is the folder the notes are read from" in result.stderr
    assert (notes / "ben-carter.md").read_text() == original
    assert sorted(p.name for p in notes.iterdir()) == ["ben-carter.md"]


def test_a_table_named_like_the_manifest_is_not_replaced(work: Path) -> None:
    (work / "drafts").mkdir()
    source = write_csv(work / "drafts" / "manifest.csv", [{"name": "Ben Carter"}])
    before = source.read_bytes()
    result = run("batch", str(source), "--out", "drafts")
    assert result.exit_code == 2 and "manifest.csv over it" in result.stderr
    assert source.read_bytes() == before


def test_draft_refuses_to_replace_its_notes(work: Path) -> None:
    notes = work / "x.md"
    notes.write_text((EXAMPLES / "priya.md").read_text())
    result = run("draft", str(notes), "--out", str(notes))
    assert result.exit_code == 2 and "is the notes file" in result.stderr
    assert notes.read_text() == (EXAMPLES / "priya.md").read_text()


def test_drafts_in_a_notes_folder_are_not_read_as_notes(work: Path) -> None:
    notes = work / "notes"
    notes.mkdir()
    (notes / "ben.md").write_text(
        "---\nname: Ben Carter\nrole: Backend Engineer\ndecision: reject\n---\n" + NOTES)
    assert run("batch", str(notes), "--out", "drafts").exit_code == 0
    (notes / "ben-draft.md").write_bytes((work / "drafts" / "ben-carter.md").read_bytes())
    result = run("batch", str(notes), "--out", "drafts2")
    assert result.exit_code == 0, result.output
    assert "not read as notes, drafts written by followup: notes/ben-draft.md" in result.stderr
    assert [row["name"] for row in manifest(work / "drafts2")] == ["Ben Carter"]


# -- 3. two rounds, one folder ----------------------------------------------------------------

def test_two_rounds_into_one_folder_keep_both_namesakes(work: Path) -> None:
    first = write_csv(work / "first.csv", [
        {"name": "Priya Raghunathan", "email": "priya.r@example.com"}, {"name": "Ama Boateng"}])
    second = write_csv(work / "second.csv", [
        {"name": "Priya Raghunathan", "email": "p.raghunathan@example.org"}])
    assert run("batch", str(first), "--out", "drafts").exit_code == 0
    assert run("batch", str(second), "--out", "drafts").exit_code == 0
    rows = manifest(work / "drafts")
    assert sorted((r["email"] or "", r["status"]) for r in rows) == [
        ("", "ok"), ("p.raghunathan@example.org", "ok"), ("priya.r@example.com", "ok")]
    assert len({r["files"][0] for r in rows}) == 3
    assert (work / "drafts" / "priya-raghunathan.eml").is_file()
    assert (work / "drafts" / "priya-raghunathan-2.eml").is_file()
    assert to_header(work / "drafts" / "priya-raghunathan.eml").addresses[0].addr_spec == (
        "priya.r@example.com")

    # The first round again, with new notes for its Priya: her draft is replaced, not doubled.
    write_csv(first, [{"name": "Priya Raghunathan", "email": "priya.r@example.com",
                       "notes": NOTES + " Asked sharp questions about the ledger."},
                      {"name": "Ama Boateng"}])
    assert run("batch", str(first), "--out", "drafts").exit_code == 0
    assert sorted(p.name for p in (work / "drafts").glob("*.eml")) == [
        "ama-boateng.eml", "priya-raghunathan-2.eml", "priya-raghunathan.eml"]
    assert len(manifest(work / "drafts")) == 3


def test_a_name_in_another_script_keeps_a_readable_stem(work: Path) -> None:
    source = write_csv(work / "round.csv", [{"name": "李雷"}, {"name": "Ανδρέας Παπαδόπουλος"}])
    run("batch", str(source), "--out", "drafts")
    assert sorted(p.name for p in (work / "drafts").glob("*.eml")) == [
        "ανδρεας-παπαδοπουλος.eml", "李雷.eml"]


# -- 4. files about candidates are private ---------------------------------------------------

@pytest.fixture
def model() -> Iterator[FakeOpenAI]:
    with FakeOpenAI(responder=drafting_responder()) as server:
        yield server


def test_everything_a_round_writes_is_private(work: Path, model: FakeOpenAI,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    old = os.umask(0o022)
    try:
        cache = work / "cache"  # made by followup, as on a fresh machine
        monkeypatch.setenv("FOLLOWUP_CACHE_DIR", str(cache))
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-abcdefghijklmnop0123456789")
        source = write_csv(work / "round.csv", [{"name": "Ben Carter"}])
        result = run("batch", str(source), "--out", "drafts", "--base-url", model.url)
        assert result.exit_code == 0, result.output
        # What an endpoint accepts is learned from refusals, which this model does not make.
        from followup.config import load_settings
        from followup.llm import Capabilities, CapabilityStore

        CapabilityStore.in_folder(load_settings().cache_folder).remember(
            model.url, "gpt-4o-mini", Capabilities())
    finally:
        os.umask(old)
    files = [p for folder in (work / "drafts", cache) for p in folder.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    assert {JOURNAL_NAME, "manifest.csv", "ben-carter.eml", "responses.sqlite",
            "capabilities.json"} <= names, names
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    for folder in (work / "drafts", cache):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


# -- 5. wrong input is said, not guessed ------------------------------------------------------

def test_a_duplicated_header_is_refused(work: Path) -> None:
    source = work / "round.csv"
    source.write_text("name,name,role,decision,notes\nBen Carter,Ada Lovelace,Backend Engineer,"
                      f"reject,{NOTES}\n")
    result = run("batch", str(source), "--out", "drafts")
    assert result.exit_code == 2
    assert "round.csv: the header 'name' is there 2 times" in result.stderr


@pytest.mark.parametrize("kind", ["missing", "empty", "file"])
def test_a_prompts_dir_that_is_not_a_prompts_folder_is_refused(work: Path, kind: str) -> None:
    prompts = work / "my-prompts"
    if kind == "empty":
        prompts.mkdir()
    elif kind == "file":
        prompts.write_text("not a folder")
    for args in (["draft", str(EXAMPLES / "priya.md"), "--prompts-dir", str(prompts)],
                 ["eval", "--prompts-dir", str(prompts), "--only", "reject-phone-sdr-terse"]):
        result = run(*args)
        assert result.exit_code == 2, (args, result.output)
        assert "my-prompts" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    result = CliRunner(env={"FOLLOWUP_PROMPTS_DIR": str(prompts)}).invoke(
        app, ["eval", "--only", "reject-phone-sdr-terse"])
    assert result.exit_code == 2 and "my-prompts" in result.stderr, result.output


def test_last_comma_first_names_are_turned_round(work: Path) -> None:
    result = run("draft", str(EXAMPLES / "priya.md"), "--name", "O'Brien, Siobhán")
    assert result.exit_code in (0, 4), result.output
    assert "Hi Siobhán," in result.stdout and "O'Brien,," not in result.stdout


def test_a_name_without_letters_is_a_bad_row(work: Path) -> None:
    source = write_csv(work / "round.csv", [{"name": "12345"}, {"name": "Ben Carter"}])
    result = run("batch", str(source), "--out", "drafts")
    assert result.exit_code == 5
    assert "round.csv row 2: name ('12345'): has no letters" in result.stderr


# -- 6. every OSError on a user's path: one line, exit 2 -----------------------------------------

def test_a_folder_where_the_profile_should_be(work: Path) -> None:
    (work / "followup.toml").unlink()
    (work / "followup.toml").mkdir()
    result = run("draft", str(EXAMPLES / "priya.md"))
    assert result.exit_code == 2 and "followup.toml: cannot read the settings file" in result.stderr


def test_a_symlink_loop(work: Path) -> None:
    (work / "loop.md").symlink_to(work / "loop.md")
    result = run("draft", str(work / "loop.md"))
    assert result.exit_code == 2, result.output
    assert "loop.md" in result.stderr and "internal error" not in result.stderr
    (work / "followup.toml").unlink()
    (work / "followup.toml").symlink_to(work / "followup.toml")
    result = run("draft", str(EXAMPLES / "priya.md"))
    assert result.exit_code == 2 and "followup.toml" in result.stderr, result.output


def test_an_out_folder_that_cannot_be_made(work: Path) -> None:
    source = write_csv(work / "round.csv", [{"name": "Ben Carter"}])
    # /sys refuses new folders even to root (permission bits alone would not stop a root test run)
    result = run("batch", str(source), "--out", "/sys/followup-test-out")
    assert result.exit_code == 2, result.output
    assert "/sys/followup-test-out" in result.stderr and "internal error" not in result.stderr
    result = run("draft", str(EXAMPLES / "priya.md"), "--out", "/sys/followup-test/x.txt")
    assert result.exit_code == 2, result.output


def test_debug_after_the_command_keeps_the_exit_code(
        work: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from followup.cli import main

    monkeypatch.setattr(sys, "argv", ["followup", "draft", str(work / "nope.md"), "--debug"])
    with pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err and "no such file" in err


# -- usability found on the way ------------------------------------------------------------------

def test_eval_works_from_any_folder_with_the_installed_cases(work: Path) -> None:
    result = run("eval", "--only", "reject-phone-sdr-terse", "--json", "out.json")
    assert result.exit_code == 0, result.output
    # Off a terminal, a line per case as it finishes; the partial file is gone once all is saved.
    assert "followup: 1/1 template reject-phone-sdr-terse: " in result.stderr
    assert (work / "out.json").is_file() and not (work / "out.json.partial.jsonl").exists()
    calibration = run("eval", "--calibrate")  # exit 1 while a test figure is below its bar
    assert calibration.exit_code in (0, 1) and "test (" in calibration.stdout, calibration.output


def test_an_interrupted_eval_keeps_the_cases_it_finished(
        work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import followup.evals.runner as runner

    real = runner.run_case
    done = 0

    async def run_case(*args: Any, **kwargs: Any) -> Any:
        nonlocal done
        done += 1
        if done > 2:
            raise KeyboardInterrupt
        return await real(*args, **kwargs)

    monkeypatch.setattr(runner, "run_case", run_case)
    result = run("eval", "--only", "reject", "--concurrency", "1", "--json", "out.json")
    assert result.exit_code == 130, result.output
    kept = (work / "out.json.partial.jsonl").read_text().splitlines()
    assert len(kept) == 2 and json.loads(kept[0])["variant"] == "template"
    assert "the finished cases are in out.json.partial.jsonl" in result.stderr


def test_show_withheld_says_a_fragment_once(work: Path) -> None:
    notes = work / "n.md"
    notes.write_text("---\nname: Ben Carter\nrole: Backend Engineer\ndecision: reject\n---\n"
                     "Solid Python in the pairing exercise.\n"
                     "She is 58 and pregnant, might slow down.\n")
    result = run("draft", str(notes), "--show-withheld")
    withheld = [line for line in result.stderr.splitlines() if "withheld (" in line]
    texts = [line.split("): ", 1)[1] for line in withheld]
    assert len(texts) == len(set(texts)), withheld


def test_init_asks_again_after_a_wrong_answer(work: Path) -> None:
    (work / "followup.toml").unlink()
    answers = ["Northwind", "Dana Whitfield", "Talent Partner", "not-an-email", "dana@example.com",
               "n", "medium", "brief", "localhost:11434", "http://localhost:11434/v1", "llama3.1"]
    result = CliRunner().invoke(app, ["init"], input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    assert "Error: not a valid email address" in result.output
    assert "Error: Input should be 'none', 'brief' or 'detailed'" in result.output
    assert "is not an http:// or https:// URL" in result.output
    written = (work / "followup.toml").read_text()
    assert 'sender_email = "dana@example.com"' in written
    assert 'base_url = "http://localhost:11434/v1"' in written


def test_a_file_moved_elsewhere_arrives_private_and_whole(tmp_path: Path) -> None:
    from followup.files import move_private

    source = tmp_path / "out" / "requests.tmp"
    source.parent.mkdir()
    source.write_text("line one\r\nline two\n")
    shm = Path("/dev/shm")
    # Across devices when /dev/shm is another file system (a rename alone would fail there).
    folder = shm if shm.is_dir() and shm.stat().st_dev != tmp_path.stat().st_dev else tmp_path
    target = folder / f"followup-test-{os.getpid()}.jsonl"
    try:
        move_private(source, target)
        assert target.read_bytes() == b"line one\r\nline two\n"
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        assert not source.exists() and not list(folder.glob(f".{target.name}.*.tmp"))
    finally:
        target.unlink(missing_ok=True)
