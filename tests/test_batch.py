"""`followup batch` as a recruiter runs it, against a real OpenAI-protocol server on 127.0.0.1."""

from __future__ import annotations

import collections
import csv
import email
import email.policy
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from fake_openai import FakeOpenAI, Reply, Responder
from followup.batch.journal import JOURNAL_NAME
from followup.cli import app
from followup.screening import screen_notes
from round_model import Ask, draft_for, draft_reply, drafting_responder, read_ask

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
KEY = "sk-test-abcdefghijklmnop0123456789"
ROUND = [json.loads(line) for line in (EXAMPLES / "round.jsonl").open(encoding="utf-8")]
NAMES = [row["name"] for row in ROUND]
PROFILE = """[profile]
company = "Northwind"
sender_name = "Dana Whitfield"
sender_title = "Talent Partner"
sender_email = "dana@example.com"

[llm]
timeout = 5
max_retry_wait = 3
max_retries = 1
"""


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for var in ("OPENAI_BASE_URL", "FOLLOWUP_MODEL", "FOLLOWUP_PROMPTS_DIR",
                "FOLLOWUP_FEEDBACK_DEPTH", "FOLLOWUP_DEBUG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "followup.toml").write_text(PROFILE)  # a person signs; short waits
    return tmp_path


@pytest.fixture
def model() -> Iterator[FakeOpenAI]:
    """A model that answers every candidate with a draft that passes its checks."""
    with FakeOpenAI(responder=drafting_responder()) as server:
        yield server


def unless(special: Callable[[Ask], Reply | None]) -> Responder:
    """Valid drafts, except where `special` answers something else for a candidate."""

    def respond(request_json: Any) -> Reply:
        ask = read_ask(request_json)
        return (special(ask) if ask else None) or draft_reply(request_json)

    return respond


def batch(server: FakeOpenAI, *args: str) -> Any:
    return CliRunner().invoke(app, ["batch", *args, "--base-url", server.url,
                                    "--model", "gpt-4o-mini"])


def manifest(out: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (out / "manifest.jsonl").open(encoding="utf-8")]


def asked(server: FakeOpenAI, since: int = 0) -> list[str]:
    """The candidates the server was asked about, one entry per request."""
    return [ask.name for r in server.chat_requests[since:] if (ask := read_ask(r.json))]


def wait_for_journal(process: subprocess.Popen[Any], journal: Path, *, lines: int) -> None:
    """Until `lines` candidates are journaled (or the run ends, or a minute passes)."""
    deadline = time.monotonic() + 60
    while (process.poll() is None and time.monotonic() < deadline
           and (not journal.exists() or journal.read_bytes().count(b"\n") < lines)):
        time.sleep(0.01)


def test_a_round_gives_an_eml_and_md_per_candidate_and_a_manifest(workdir: Path,
                                                                  model: FakeOpenAI) -> None:
    result = batch(model, str(EXAMPLES / "round.csv"), "--out", "drafts")
    assert result.exit_code == 0, result.stderr
    out = workdir / "drafts"
    rows = manifest(out)
    assert [r["name"] for r in rows] == NAMES
    assert {r["status"] for r in rows} == {"ok"}
    ben = rows[1]
    assert ben["row"] == "round.csv row 3" and ben["decision"] == "reject"
    assert ben["files"] == ["ben-carter.eml", "ben-carter.md", "ben-carter.json"]
    assert ben["model"] == "gpt-4o-mini" and ben["writer"] == "llm"
    assert ben["prompt_version"].startswith("system@1,reject@1,_candidate@1#")
    assert (ben["attempts"], ben["requests"], ben["cached"]) == (1, 1, 0)
    assert ben["usage"]["total_tokens"] == ben["usage"]["prompt_tokens"] + ben["usage"][
        "completion_tokens"] > 0
    assert ben["cost_usd"] == pytest.approx((ben["usage"]["prompt_tokens"] * 0.15
                                             + ben["usage"]["completion_tokens"] * 0.6) / 1e6)
    withheld = screen_notes(ROUND[1]["notes"]).withheld
    assert ben["withheld"] == [w.model_dump(mode="json") for w in withheld]

    message = email.message_from_bytes((out / "ben-carter.eml").read_bytes(),
                                       policy=email.policy.default)
    assert message["To"] == "Ben Carter <ben.carter@example.com>"
    assert message["From"] == "Dana Whitfield <dana@example.com>"
    assert message["X-Unsent"] == "1"
    assert message.get_content().replace("\r\n", "\n").startswith("Hi Ben,\n\nThank you for the")
    assert (out / "ben-carter.md").read_text().startswith("**To:** Ben Carter <ben.carter@")
    saved = json.loads((out / "ben-carter.json").read_text())  # what `followup review` reads
    assert saved["request"]["notes"] == ROUND[1]["notes"] and saved["status"] == "ok"
    assert saved["email"]["body"] == message.get_content().replace("\r\n", "\n")

    with (out / "manifest.csv").open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.DictReader(fh))
    assert [(r["name"], r["status"], r["eml"]) for r in table][1] == (
        "Ben Carter", "ok", "ben-carter.eml")
    assert sorted(asked(model)) == sorted(NAMES)  # one request each
    assert "ok                    12" in result.stdout


def test_bad_rows_and_duplicates_are_reported_once_and_the_rest_drafted(
        workdir: Path, model: FakeOpenAI) -> None:
    result = batch(model, str(EXAMPLES / "round-with-errors.csv"), "--out", "drafts")
    assert result.exit_code == 5
    where = "followup: round-with-errors.csv"
    for line in (f"{where} row 14: missing name",
                 f"{where} row 15: decision 'maybe' is not one of reject, advance, hold",
                 f"{where} row 16: duplicate of round-with-errors.csv row 3 (same candidate and "
                 "notes)"):
        assert result.stderr.count(line + "\n") == 1
    skipped = [(r["row"], r["duplicate_of"]) for r in manifest(workdir / "drafts")
               if r["status"] == "skipped"]
    assert skipped == [("round-with-errors.csv row 14", None),
                       ("round-with-errors.csv row 15", None),
                       ("round-with-errors.csv row 16", "round-with-errors.csv row 3")]
    assert collections.Counter(asked(model)) == dict.fromkeys(NAMES, 1)  # Ben Carter once


def test_a_second_run_sends_nothing_for_what_is_done(workdir: Path, model: FakeOpenAI) -> None:
    assert batch(model, str(EXAMPLES / "round.csv"), "--out", "drafts").exit_code == 0
    eml = workdir / "drafts" / "ama-boateng.eml"
    before = (eml.read_bytes(), eml.stat().st_mtime_ns)
    second = batch(model, str(EXAMPLES / "round.csv"), "--out", "drafts")
    assert second.exit_code == 0, second.stderr
    assert len(model.chat_requests) == 12
    assert "12 drafted in an earlier run; 0 to draft" in second.stderr
    assert (eml.read_bytes(), eml.stat().st_mtime_ns) == before
    assert {r["status"] for r in manifest(workdir / "drafts")} == {"ok"}


def test_a_deleted_or_emptied_draft_or_changed_notes_are_drafted_again(
        workdir: Path, model: FakeOpenAI) -> None:
    assert batch(model, str(EXAMPLES / "round.jsonl"), "--out", "drafts").exit_code == 0
    (workdir / "drafts" / "ben-carter.eml").unlink()
    (workdir / "drafts" / "ama-boateng.md").write_bytes(b"")  # what a power cut can leave
    changed = [dict(row, notes=row["notes"] + "\nFollow-up call went well.")
               if row["name"] == "Liam Walsh" else row for row in ROUND]
    (workdir / "round.jsonl").write_text("".join(json.dumps(r) + "\n" for r in changed))
    result = batch(model, "round.jsonl", "--out", "drafts", "--no-cache")
    assert result.exit_code == 0, result.stderr
    assert sorted(asked(model, since=12)) == ["Ama Boateng", "Ben Carter", "Liam Walsh"]
    assert (workdir / "drafts" / "ama-boateng.md").stat().st_size > 0


def test_a_killed_run_loses_nothing_finished_and_the_rerun_does_the_rest(
        workdir: Path) -> None:
    with FakeOpenAI(responder=drafting_responder(delay=0.3)) as slow:
        process = subprocess.Popen(
            [sys.executable, "-m", "followup", "batch", str(EXAMPLES / "round.csv"), "--out",
             "drafts", "--base-url", slow.url, "--concurrency", "2", "--no-cache"],
            cwd=workdir, env=dict(os.environ), stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        journal = workdir / "drafts" / JOURNAL_NAME
        wait_for_journal(process, journal, lines=4)
        process.send_signal(signal.SIGKILL)
        assert process.wait(timeout=30) == -signal.SIGKILL  # killed mid-round, not finished

        done = {json.loads(line)["name"]: json.loads(line)["files"]
                for line in journal.read_text().splitlines() if line.endswith("}")}
        assert 4 <= len(done) < 12
        for files in done.values():  # everything journaled is whole on disk
            message = email.message_from_bytes((workdir / "drafts" / files[0]).read_bytes(),
                                               policy=email.policy.default)
            assert message["Subject"] and message.get_content().rstrip().endswith("Northwind")

        before = len(slow.chat_requests)
        result = batch(slow, str(EXAMPLES / "round.csv"), "--out", "drafts", "--no-cache")
        assert result.exit_code == 0, result.stderr
        again = asked(slow, since=before)
    assert not set(again) & set(done)  # nothing finished is asked for again
    assert set(again) | set(done) == set(NAMES)
    assert list((workdir / "drafts").glob(".*.tmp")) == []
    assert len(list((workdir / "drafts").glob("*.eml"))) == 12


def test_ctrl_c_keeps_what_is_done_and_says_how_to_go_on(workdir: Path) -> None:
    with FakeOpenAI(responder=drafting_responder(delay=0.3)) as slow:
        process = subprocess.Popen(
            [sys.executable, "-m", "followup", "batch", str(EXAMPLES / "round.csv"), "--out",
             "drafts", "--base-url", slow.url, "--concurrency", "2"],
            cwd=workdir, env=dict(os.environ), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True)
        journal = workdir / "drafts" / JOURNAL_NAME
        wait_for_journal(process, journal, lines=2)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert "run the same command again for the rest" in stderr
    rows = manifest(workdir / "drafts")
    assert len(rows) == 12
    assert {r["status"] for r in rows} == {"ok", "skipped"}
    assert all(r["reason"] == "not started: the round was interrupted"
               for r in rows if r["status"] == "skipped")


def test_identical_requests_are_answered_from_the_cache(workdir: Path, model: FakeOpenAI) -> None:
    assert batch(model, str(EXAMPLES / "round.csv"), "--out", "first").exit_code == 0
    second = batch(model, str(EXAMPLES / "round.csv"), "--out", "second")
    assert second.exit_code == 0, second.stderr
    assert len(model.chat_requests) == 12  # the second round made no request
    rows = manifest(workdir / "second")
    assert {(r["cached"], r["requests"], r["usage"]["total_tokens"]) for r in rows} == {(1, 0, 0)}
    assert (workdir / "first" / "ben-carter.eml").read_text().split("Date:")[0] == (
        workdir / "second" / "ben-carter.eml").read_text().split("Date:")[0]
    third = batch(model, str(EXAMPLES / "round.csv"), "--out", "third", "--no-cache")
    assert third.exit_code == 0 and len(model.chat_requests) == 24


def test_a_failed_candidate_is_retried_by_the_next_run_and_only_it(workdir: Path) -> None:
    broken = {"Chloé Dubois"}
    responder = unless(lambda ask: Reply.error(500, "upstream overloaded", type="server_error")
                       if ask.name in broken else None)
    with FakeOpenAI(responder=responder) as server:
        first = batch(server, str(EXAMPLES / "round.csv"), "--out", "drafts")
        assert first.exit_code == 5
        chloe = next(r for r in manifest(workdir / "drafts") if r["name"] == "Chloé Dubois")
        assert chloe["status"] == "failed" and chloe["files"] == []
        assert "failed after 2 attempts: HTTP 500: upstream overloaded" in chloe["reason"]
        assert chloe["requests"] == 2  # max_retries = 1
        assert "Failed (run the same command again to retry them) (1):" in first.stdout
        broken.clear()
        before = len(server.chat_requests)
        second = batch(server, str(EXAMPLES / "round.csv"), "--out", "drafts")
        assert second.exit_code == 0, second.stderr
        assert asked(server, since=before) == ["Chloé Dubois"]


def test_a_candidate_that_fails_still_lists_what_was_withheld(workdir: Path) -> None:
    responder = unless(lambda ask: Reply.error(500, "upstream overloaded", type="server_error")
                       if ask.name == "Ben Carter" else None)
    with FakeOpenAI(responder=responder) as server:
        result = batch(server, str(EXAMPLES / "round.csv"), "--out", "drafts")
    assert result.exit_code == 5
    ben = next(r for r in manifest(workdir / "drafts") if r["name"] == "Ben Carter")
    withheld = screen_notes(ROUND[1]["notes"]).withheld
    assert ben["status"] == "failed" and withheld
    assert ben["withheld"] == [w.model_dump(mode="json") for w in withheld]


def test_a_draft_that_keeps_failing_a_check_exits_4_and_says_why(workdir: Path) -> None:
    def generic(ask: Ask) -> Reply | None:
        if ask.name != "Liam Walsh":
            return None
        return Reply.json({**draft_for(ask), "greeting": "Dear Candidate,"})

    with FakeOpenAI(responder=unless(generic)) as server:
        result = batch(server, str(EXAMPLES / "round.csv"), "--out", "drafts")
    assert result.exit_code == 4
    liam = next(r for r in manifest(workdir / "drafts") if r["name"] == "Liam Walsh")
    assert liam["status"] == "needs_review" and liam["attempts"] == 3  # one ask, two re-asks
    assert [c["name"] for c in liam["failed_checks"]] == ["addressed_by_name"]
    assert liam["files"] == ["liam-walsh.eml", "liam-walsh.md", "liam-walsh.json"]
    assert "Needs review (1):" in result.stdout and "generic greeting" in result.stdout


def test_a_refused_key_stops_the_round_with_exit_3(workdir: Path) -> None:
    refused = Reply.error(401, f"Incorrect API key provided: {KEY}.", code="invalid_api_key")
    with FakeOpenAI(responder=lambda request: refused) as server:
        result = batch(server, str(EXAMPLES / "round.csv"), "--out", "drafts", "--concurrency", "2")
    assert result.exit_code == 3
    assert len(server.chat_requests) <= 2  # the requests already in flight, then nothing
    assert "stopped: " in result.stderr and "OPENAI_API_KEY" in result.stderr
    rows = manifest(workdir / "drafts")
    assert collections.Counter(r["status"] for r in rows)["skipped"] >= 10
    for text in (result.stdout, result.stderr, (workdir / "drafts" / "manifest.jsonl").read_text()):
        assert KEY not in text


def test_the_token_budget_stops_starting_new_candidates(workdir: Path, model: FakeOpenAI) -> None:
    result = batch(model, str(EXAMPLES / "round.csv"), "--out", "drafts", "--concurrency", "1",
                   "--max-tokens-total", "1500")
    assert result.exit_code == 5
    assert "token budget reached" in result.stderr
    rows = manifest(workdir / "drafts")
    statuses = collections.Counter(r["status"] for r in rows)
    # ~1,100 tokens each: a second one would pass the budget, so it is not started.
    assert statuses["ok"] == 1 and statuses["skipped"] == 11
    assert sum(r["usage"]["total_tokens"] for r in rows) <= 1500
    assert all(r["reason"].startswith("not started: token budget reached")
               for r in rows if r["status"] == "skipped")
    # The table tells them from rows that cannot be drafted.
    assert re.search(r"skipped +0\n +not started +11\n", result.stdout), result.stdout
    rest = batch(model, str(EXAMPLES / "round.csv"), "--out", "drafts")
    assert rest.exit_code == 0 and len(model.chat_requests) == 12


def test_the_token_budget_holds_with_many_in_flight(workdir: Path, model: FakeOpenAI) -> None:
    # Before, every slot started a candidate at once: 8 x ~1,100 tokens against a budget of 3,000.
    result = batch(model, str(EXAMPLES / "round.csv"), "--out", "drafts", "--concurrency", "8",
                   "--max-tokens-total", "3000")
    assert result.exit_code == 5
    rows = manifest(workdir / "drafts")
    spent = sum(r["usage"]["total_tokens"] for r in rows)
    assert 0 < spent <= 3000 * 1.2, spent  # the estimates' error, never a slot's worth each


def test_a_429_pauses_the_round_which_still_finishes(workdir: Path, model: FakeOpenAI) -> None:
    # The round's first answer: a 429 before any answer came back is sustained, so the whole
    # round pauses (one in flight, so no answer can come back first; a scattered 429 among
    # answers that come back delays only its own retry, see test_batch_governor.py).
    model.enqueue(Reply.rate_limited("1"))
    started = time.monotonic()
    result = batch(model, str(EXAMPLES / "round.csv"), "--out", "drafts", "--concurrency", "1")
    assert result.exit_code == 0, result.stderr
    assert time.monotonic() - started >= 1.0  # the server asked for a second
    assert "1 refused with 429 or timed out (paused 1.0 s" in result.stdout
    counts = collections.Counter(asked(model))
    assert sorted(counts.values()) == [1] * 11 + [2]  # one refused, then drafted


def test_without_an_endpoint_the_template_writer_drafts_offline_and_says_so_once(
        workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY")
    result = CliRunner().invoke(app, ["batch", str(EXAMPLES / "round.jsonl"), "--out", "drafts"])
    assert result.exit_code in (0, 4), result.stderr  # the template's drafts may need review
    assert result.stderr.count("offline template writer") == 1
    rows = manifest(workdir / "drafts")
    assert len(rows) == 12 and {r["writer"] for r in rows} == {"template"}
    assert {r["status"] for r in rows} <= {"ok", "needs_review"}
    assert all((workdir / "drafts" / f).is_file() for r in rows for f in r["files"])


@pytest.mark.parametrize("kind", ["yaml", "folder"])
def test_yaml_and_a_folder_of_notes_make_rounds_too(workdir: Path, kind: str,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY")
    if kind == "yaml":
        import yaml

        (workdir / "round.yaml").write_text(yaml.safe_dump({"candidates": ROUND}))
        source, count = "round.yaml", 12
    else:
        source, count = str(EXAMPLES), len(list(EXAMPLES.glob("*.md")))
    result = CliRunner().invoke(app, ["batch", source, "--out", "drafts"])
    assert result.exit_code in (0, 4), result.stderr
    assert len(manifest(workdir / "drafts")) == count


def test_dry_run_shows_what_would_be_sent_and_sends_nothing(workdir: Path,
                                                            model: FakeOpenAI) -> None:
    result = batch(model, str(EXAMPLES / "round-with-errors.csv"), "--out", "drafts", "--dry-run")
    assert result.exit_code == 5  # some rows would be skipped
    assert "round-with-errors.csv row 14: missing name" in result.stderr
    assert result.stdout.count("would draft") == 12
    assert "--- system ---" in result.stdout and "=== BEGIN NOTES " in result.stdout
    assert "Nothing was sent." in result.stdout and "prompt + ~" in result.stdout
    assert model.chat_requests == []
    assert not (workdir / "drafts").exists()


def test_without_a_terminal_each_candidate_is_one_plain_line(workdir: Path,
                                                            model: FakeOpenAI) -> None:
    result = batch(model, str(EXAMPLES / "round.csv"), "--out", "drafts")
    lines = [line for line in result.stderr.splitlines() if line.startswith("[")]
    assert len(lines) == 12
    assert all(" ok " in line and ".eml" in line for line in lines)


def test_time_outs_count_as_congestion_and_lower_concurrency(workdir: Path, model: FakeOpenAI) -> None:
    # The first four requests (all in flight at once) hear nothing: a server swamped by a round.
    (workdir / "followup.toml").write_text(PROFILE.replace("timeout = 5", "timeout = 0.5"))
    model.enqueue(*[Reply.hanging(3)] * 4)
    result = batch(model, str(EXAMPLES / "round.csv"), "--out", "drafts", "--concurrency", "4")
    assert result.exit_code == 0, result.stderr
    assert "4 refused with 429 or timed out" in result.stdout
    assert "concurrency lowered to " in result.stdout
    assert {r["status"] for r in manifest(workdir / "drafts")} == {"ok"}
