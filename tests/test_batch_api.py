"""`followup batch --batch-api` against the loopback server's Files and Batches endpoints, through
the real `openai` client: every batch status, per-line failures, re-asks, resuming, export/import."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from fake_batches import FakeBatchAPI
from fake_openai import FakeOpenAI, Reply
from followup.batch.batchjournal import BATCH_JOURNAL_NAME
from followup.batch.batchlines import InputFiles, parse_custom_id, request_line
from followup.cli import app
from round_model import Ask, draft_for, draft_reply, read_ask
from test_batch import EXAMPLES, KEY, NAMES, manifest, unless
from test_batch import workdir as workdir  # the fixture: a signed profile, short waits, a key

ROUND = str(EXAMPLES / "round.csv")


@pytest.fixture
def provider() -> Iterator[tuple[FakeOpenAI, FakeBatchAPI]]:
    with FakeOpenAI(responder=unless(lambda ask: None)) as server:
        yield server, FakeBatchAPI.attach(server)


def run(server: FakeOpenAI, *args: str) -> Any:
    return CliRunner().invoke(app, ["batch", ROUND, "--out", "drafts", "--batch-api",
                                    "--poll-every", "0.01", "--base-url", server.url,
                                    "--model", "gpt-4o-mini", *args])


def records(out: Path, kind: str) -> list[dict[str, Any]]:
    lines = (out / BATCH_JOURNAL_NAME).read_text().splitlines()
    return [r for line in lines if (r := json.loads(line))["kind"] == kind]


def test_submit_wait_and_collect_as_the_synchronous_path_would(
        workdir: Path, provider: tuple[FakeOpenAI, FakeBatchAPI]) -> None:
    server, api = provider
    api.script("validating", "in_progress", "finalizing", "completed")
    result = run(server)
    assert result.exit_code == 0, result.output
    assert (api.uploads, api.creates, len(server.chat_requests)) == (1, 1, 0)
    lines = api.input_lines()
    assert len(lines) == 12
    first = lines[0]
    assert first["method"] == "POST" and first["url"] == "/v1/chat/completions"
    assert parse_custom_id(first["custom_id"]) is not None and first["custom_id"].endswith("-0")
    body = first["body"]
    assert body["model"] == "gpt-4o-mini" and "stream" not in body
    assert body["response_format"]["type"] == "json_schema"
    assert read_ask(body) is not None and len(body["messages"]) == 2
    rows = manifest(workdir / "drafts")
    assert [r["name"] for r in rows] == NAMES and {r["status"] for r in rows} == {"ok"}
    ben = rows[1]
    assert ben["files"] == ["ben-carter.eml", "ben-carter.md", "ben-carter.json"] and ben["attempts"] == 1
    assert ben["batch_usage"] == {k: ben["usage"][k] for k in ("prompt_tokens",
                                                               "completion_tokens")}
    # Priced at the Batch API's rate: half of gpt-4o-mini's.
    assert ben["cost_usd"] == pytest.approx((ben["usage"]["prompt_tokens"] * 0.075
                                             + ben["usage"]["completion_tokens"] * 0.30) / 1e6)
    assert "through the Batch API, at its rate; the same tokens one request at a time" \
        in result.stdout
    assert "in_progress, 6 of 12 answered" in result.stderr
    assert records(workdir / "drafts", "collected")[0]["status"] == "completed"
    # Nothing about the candidates is left at the provider: input and output files deleted.
    assert api.files == {} and len(api.deleted) == 2
    # Again: everything is drafted; nothing is uploaded or created.
    again = run(server)
    assert again.exit_code == 0 and (api.uploads, api.creates) == (1, 1)


def test_no_wait_submits_then_says_how_far_then_collects(
        workdir: Path, provider: tuple[FakeOpenAI, FakeBatchAPI]) -> None:
    server, api = provider
    api.script("validating", "in_progress", "in_progress", "completed")
    first = run(server, "--no-wait")
    assert first.exit_code == 6, first.output
    rows = manifest(workdir / "drafts")
    assert {r["status"] for r in rows} == {"skipped"}
    batch_id = records(workdir / "drafts", "created")[0]["batch_id"]
    assert rows[0]["reason"] == (f"in batch {batch_id} at the provider (in_progress, 6 of 12 "
                                 "answered): run the same command again to collect it")
    assert "Waiting: 12" in first.stdout
    second = run(server, "--no-wait")
    assert second.exit_code == 6 and "6 of 12 answered" in second.stderr
    third = run(server, "--no-wait")
    assert third.exit_code == 0, third.output
    assert {r["status"] for r in manifest(workdir / "drafts")} == {"ok"}
    assert (api.uploads, api.creates, len(server.chat_requests)) == (1, 1, 0)


def test_the_collecting_run_checks_against_the_notes_as_screened_when_they_were_sent(
        workdir: Path, provider: tuple[FakeOpenAI, FakeBatchAPI],
        monkeypatch: pytest.MonkeyPatch) -> None:
    server, api = provider
    api.script("validating", "in_progress", "completed")
    assert run(server, "--no-wait").exit_code == 6
    screened = records(workdir / "drafts", "screened")
    assert len(screened) == 12 and all(r["notes"]["kept"] for r in screened)

    import followup.batch.batchapi as batchapi

    def not_again(request: Any) -> Any:
        raise AssertionError(f"{request.candidate.name}'s notes screened again")

    monkeypatch.setattr(batchapi, "screen", not_again)
    collect = run(server, "--no-wait")
    assert collect.exit_code == 0, collect.output
    rows = manifest(workdir / "drafts")
    assert {r["status"] for r in rows} == {"ok"}
    assert len(records(workdir / "drafts", "screened")) == 12  # not written twice
    # What was withheld still travels with the draft: Priya's score and age, say.
    assert any(row["withheld"] for row in rows)


def dear_candidate_once() -> Any:
    """Ben's first draft greets "Dear Candidate" (a blocking failure); his re-ask is fine."""
    seen: list[str] = []

    def special(ask: Ask) -> Reply | None:
        if ask.name == "Ben Carter" and not ask.reask:
            seen.append(ask.name)
            return Reply.json(draft_for(ask) | {"greeting": "Dear Candidate,"})
        return None

    return unless(special)


def test_line_errors_5xx_and_reasks_go_into_a_second_smaller_batch(
        workdir: Path, provider: tuple[FakeOpenAI, FakeBatchAPI]) -> None:
    server, api = provider
    server.responder = dear_candidate_once()
    api.script("in_progress", "completed")
    api.script("in_progress", "completed")
    failing: dict[str, int] = {}

    def flaky(body: Any) -> Reply:
        ask = read_ask(body)
        if ask and ask.name == "Chloé Dubois" and not failing.get(ask.name):
            failing[ask.name] = 1
            return Reply.error(500, "upstream overloaded", type="server_error")
        return dear(body)

    dear = server.responder
    server.responder = flaky
    first_ids = {}

    result = run(server)
    assert result.exit_code == 0, result.output
    first_ids = {parse_custom_id(line["custom_id"]) for line in api.input_lines("batch_2")}
    assert len(first_ids) == 12
    second = api.input_lines()
    assert len(second) == 2 and api.creates == 2
    by_name = {read_ask(line["body"]).name: line for line in second}  # type: ignore[union-attr]
    assert by_name["Ben Carter"]["custom_id"].endswith("-1")  # the re-ask: turn 1
    assert [m["role"] for m in by_name["Ben Carter"]["body"]["messages"]] == [
        "system", "user", "assistant", "user"]
    assert by_name["Chloé Dubois"]["custom_id"].endswith("-0")  # sent again
    rows = {r["name"]: r for r in manifest(workdir / "drafts")}
    assert {r["status"] for r in rows.values()} == {"ok"}
    assert rows["Ben Carter"]["attempts"] == 2 and rows["Chloé Dubois"]["requests"] == 2
    assert ": 2 requests (1 re-ask after a failed check, 1 sent again)" in result.stdout
    assert ": 12 requests (12 first drafts)" in result.stdout
    assert len(server.chat_requests) == 0


@pytest.mark.parametrize("status", ["expired", "cancelled"])
def test_an_expired_or_cancelled_batch_sends_what_it_left_again(
        workdir: Path, provider: tuple[FakeOpenAI, FakeBatchAPI], status: str) -> None:
    server, api = provider
    api.script("in_progress", status, answered=5)
    result = run(server)
    assert result.exit_code == 0, result.output
    assert len(api.input_lines()) == 7 and api.creates == 2
    assert {r["status"] for r in manifest(workdir / "drafts")} == {"ok"}
    assert f"{status}, 12 requests, 7 left unanswered" in result.stdout


def test_a_failed_batch_twice_fails_its_candidates_with_the_reason(
        workdir: Path, provider: tuple[FakeOpenAI, FakeBatchAPI]) -> None:
    server, api = provider
    api.script("validating", "failed")
    api.script("validating", "failed")
    result = run(server)
    assert result.exit_code == 5, result.output
    rows = manifest(workdir / "drafts")
    assert {r["status"] for r in rows} == {"failed"} and api.creates == 2
    assert rows[0]["reason"].startswith("the Batch API left its request unanswered 2 times; "
                                        "the last: batch batch_")
    assert "failed: invalid_request: the input file is not valid" in rows[0]["reason"]
    assert rows[0]["requests"] == 2
    # A candidate that failed still lists what screening withheld (Ben's notes compare him).
    assert rows[1]["name"] == "Ben Carter" and rows[1]["withheld"]
    # Run again, the failed candidates are sent afresh, in a batch of their own.
    again = run(server)
    assert again.exit_code == 0, again.output
    assert {r["status"] for r in manifest(workdir / "drafts")} == {"ok"}
    assert api.creates == 3 and len(api.input_lines()) == 12


def test_line_level_errors_and_finish_sync(workdir: Path,
                                           provider: tuple[FakeOpenAI, FakeBatchAPI]) -> None:
    server, api = provider
    server.responder = dear_candidate_once()
    # The custom_ids are derived from the journal keys: learn them from an export first.
    assert run(server, "--export", "requests.jsonl").exit_code == 6
    ids = {read_ask(line["body"]).name: line["custom_id"]  # type: ignore[union-attr]
           for line in map(json.loads, Path("requests.jsonl").read_text().splitlines())}
    api.line_errors[ids["Emily Zhang"]] = ("server_error", "the model is overloaded")
    result = run(server, "--finish-sync")
    assert result.exit_code == 0, result.output
    assert api.creates == 1
    sent = sorted((ask.name, ask.reask) for r in server.chat_requests if (ask := read_ask(r.json)))
    assert sent == [("Ben Carter", True), ("Emily Zhang", False)]
    assert "Sent synchronously (--finish-sync): 2" in result.stdout
    rows = {r["name"]: r for r in manifest(workdir / "drafts")}
    assert {r["status"] for r in rows.values()} == {"ok"}
    ben = rows["Ben Carter"]
    assert ben["attempts"] == 2 and 0 < ben["batch_usage"]["prompt_tokens"] < ben["usage"][
        "prompt_tokens"]


def test_export_then_import_sends_nothing(workdir: Path,
                                          provider: tuple[FakeOpenAI, FakeBatchAPI]) -> None:
    server, _ = provider
    exported = run(server, "--export", "requests.jsonl")
    assert exported.exit_code == 6, exported.output
    assert "Exported 12 requests to requests.jsonl; nothing was sent" in exported.stdout
    # Not drafted yet is not skipped: the table says the twelve are waiting.
    assert re.search(r"skipped +0\n +waiting +12\n", exported.stdout), exported.stdout
    lines = [json.loads(line) for line in Path("requests.jsonl").read_text().splitlines()]
    assert len(lines) == 12 and not server.requests
    results_for(Path("requests.jsonl"), Path("results.jsonl"), server)
    with Path("results.jsonl").open("a") as fh:
        fh.write("not json\n")
    imported = run(server, "--import", "results.jsonl")
    assert imported.exit_code == 0, imported.output
    assert "results.jsonl line 13: not a batch result" in imported.stderr
    assert {r["status"] for r in manifest(workdir / "drafts")} == {"ok"}
    assert not server.requests
    refused = run(server, "--export", ROUND)
    assert refused.exit_code == 2 and "give --export another file" in refused.stderr


def _recorded(body: Any) -> Any:
    from fake_openai import RecordedRequest

    return RecordedRequest("POST", "/v1/chat/completions", {}, b"", body, 0.0)


def test_a_run_killed_after_uploading_or_creating_finds_its_file_and_batch(
        workdir: Path, provider: tuple[FakeOpenAI, FakeBatchAPI]) -> None:
    server, api = provider
    api.script("validating", "in_progress", "in_progress", "completed")
    assert run(server, "--no-wait").exit_code == 6
    journal = workdir / "drafts" / BATCH_JOURNAL_NAME
    # As if killed the instant the provider had the file and the batch, before the journal did.
    journal.write_text("")
    again = run(server, "--no-wait")
    assert again.exit_code == 6, again.output
    assert (api.uploads, api.creates) == (1, 1)
    assert run(server).exit_code == 0
    assert (api.uploads, api.creates) == (1, 1)


def test_an_upload_cut_off_by_a_kill_is_not_taken_for_the_input_file(
        workdir: Path, provider: tuple[FakeOpenAI, FakeBatchAPI]) -> None:
    from fake_batches import StoredFile

    server, api = provider
    api.script("validating", "in_progress", "completed")
    assert run(server, "--no-wait").exit_code == 6
    uploaded = next(iter(api.files.values()))
    # As if the first run had been killed halfway through the upload, and the provider had kept
    # what arrived under the file's name: no journal, half the bytes.
    api.files.clear()
    api.batches.clear()
    api.uploads = api.creates = 0
    (workdir / "drafts" / BATCH_JOURNAL_NAME).write_text("")
    api.files["file-cut"] = StoredFile("file-cut", uploaded.filename, "batch",
                                       uploaded.content[:len(uploaded.content) // 2], 0)
    again = run(server, "--no-wait")
    assert again.exit_code == 6, again.output
    assert (api.uploads, api.creates) == (1, 1)
    assert [b.input_file_id for b in api.batches.values()] != ["file-cut"]


def test_ctrl_c_while_waiting_leaves_the_batch_running(
        workdir: Path, provider: tuple[FakeOpenAI, FakeBatchAPI]) -> None:
    server, api = provider
    api.script("validating", *["in_progress"] * 10_000, "completed")
    process = subprocess.Popen(
        [sys.executable, "-m", "followup", "batch", ROUND, "--out", "drafts", "--batch-api",
         "--poll-every", "0.05", "--base-url", server.url, "--model", "gpt-4o-mini"],
        cwd=workdir, env=dict(os.environ), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True)
    journal = workdir / "drafts" / BATCH_JOURNAL_NAME
    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline and not (
            journal.exists() and b'"created"' in journal.read_bytes()):
        time.sleep(0.01)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "the batch keeps running at the provider" in stderr
    assert "run the same command again to collect it" in stderr
    batch = next(iter(api.batches.values()))
    batch.script, batch.step = ["in_progress", "completed"], 0
    again = run(server)
    assert again.exit_code == 0, again.output
    assert "0 left unanswered" in again.stdout
    assert (api.uploads, api.creates) == (1, 1)


def test_input_files_split_at_the_request_and_byte_limits(tmp_path: Path) -> None:
    by_count = InputFiles(tmp_path, max_requests=5)
    for n in range(12):
        by_count.add(f"k-{n}", request_line(f"k-{n}", {"n": n}))
    assert [len(f.requests) for f in by_count.close()] == [5, 5, 2]
    size = len(request_line("k-0", {"n": 0}))
    by_size = InputFiles(tmp_path / "b", max_bytes=size * 3)
    for n in range(7):
        by_size.add(f"k-{n}", request_line(f"k-{n}", {"n": n}))
    files = by_size.close()
    assert [len(f.requests) for f in files] == [3, 3, 1]
    assert all(f.path.stat().st_size <= size * 3 for f in files)
    assert len({f.name for f in files}) == 3
    again = InputFiles(tmp_path / "c", max_bytes=size * 3)
    for n in range(3):
        again.add(f"k-{n}", request_line(f"k-{n}", {"n": n}), salt="1")
    assert again.close()[0].name != files[0].name  # a retry is a file of its own


def test_a_round_over_the_limits_is_split_into_several_batches(
        workdir: Path, provider: tuple[FakeOpenAI, FakeBatchAPI]) -> None:
    from followup.batch.batchapi import BatchApiOptions, BatchApiRound
    from followup.batch.inputs import read_round
    from followup.batch.progress import PlainProgress
    from followup.batch.runner import RoundOptions, plan_round
    from followup.config import load_settings
    from followup.prompts_loader import PromptSet

    server, api = provider
    settings = load_settings({"llm.base_url": server.url, "llm.model": "gpt-4o-mini"})
    prompts = PromptSet(settings.prompts_dir)
    out = workdir / "drafts"
    plan = plan_round(read_round(Path(ROUND)), settings, out, prompts, offline=False)
    report = BatchApiRound(plan, settings, RoundOptions(out=out), PlainProgress(), prompts,
                           BatchApiOptions(poll=0.01, max_requests=5)).run()
    assert report.exit_code == 0
    assert api.creates == api.uploads == 3
    assert [len(api.input_lines(b)) for b in api.batches] == [5, 5, 2]
    assert {e.status for e in report.entries} == {"ok"}


def test_a_refused_key_stops_the_round_in_one_line_without_the_key(
        workdir: Path, provider: tuple[FakeOpenAI, FakeBatchAPI]) -> None:
    server, api = provider
    refusal = json.dumps({"error": {"message": "Incorrect API key provided", "type":
                                    "invalid_request_error", "code": "invalid_api_key"}}).encode()
    server.routes.insert(0, lambda request: (401, refusal, "application/json")
                         if "/files" in request.path else None)
    result = run(server)
    assert result.exit_code == 3, result.output
    assert "refused to list its files (HTTP 401)" in result.stderr
    assert KEY not in result.output and api.creates == 0
    rows = manifest(workdir / "drafts")
    assert {r["status"] for r in rows} == {"skipped"}


def test_a_refused_response_format_is_sent_again_in_the_next_one_down(
        workdir: Path, provider: tuple[FakeOpenAI, FakeBatchAPI]) -> None:
    server, api = provider

    def strict_refused(body: Any) -> Reply:
        if body.get("response_format", {}).get("type") == "json_schema":
            return Reply.error(400, "Invalid parameter: 'response_format' of type 'json_schema' "
                               "is not supported with this model")
        return draft_reply(body)

    server.responder = strict_refused
    result = run(server)
    assert result.exit_code == 0, result.output
    assert "refused response_format json_schema" in result.stderr
    assert api.creates == 2
    retried = api.input_lines()
    assert len(retried) == 12
    assert {line["body"]["response_format"]["type"] for line in retried} == {"json_object"}
    assert {r["status"] for r in manifest(workdir / "drafts")} == {"ok"}
    assert {r["requests"] for r in manifest(workdir / "drafts")} == {2}


def test_dry_run_shows_the_batch_price_beside_the_synchronous_one(
        workdir: Path, provider: tuple[FakeOpenAI, FakeBatchAPI]) -> None:
    server, _ = provider
    result = run(server, "--dry-run")
    assert result.exit_code == 0, result.output
    assert "through the Batch API ($" in result.stdout and "one request at a time)" in result.stdout
    assert not server.requests


def results_for(requests: Path, target: Path, server: FakeOpenAI,
                special: dict[str, Any] | None = None) -> None:
    """What `vllm run-batch` would write for `requests`: a result line per request, answered by
    the drafting model; `special` maps a candidate to an error line or a reply of its own."""
    with target.open("w") as fh:
        for line in map(json.loads, requests.read_text().splitlines()):
            ask = read_ask(line["body"])
            said = (special or {}).get(ask.name if ask else "")
            if isinstance(said, tuple):
                fh.write(json.dumps({"custom_id": line["custom_id"], "response": None,
                                     "error": {"code": said[0], "message": said[1]}}) + "\n")
                continue
            reply = said(ask) if callable(said) else draft_reply(line["body"])
            body = json.loads(server._completion_body(reply, _recorded(line["body"])))
            fh.write(json.dumps({"custom_id": line["custom_id"], "error": None,
                                 "response": {"status_code": 200, "body": body}}) + "\n")


def test_export_and_import_again_for_the_re_asks(
        workdir: Path, provider: tuple[FakeOpenAI, FakeBatchAPI]) -> None:
    server, _ = provider
    assert run(server, "--export", "round-0.jsonl").exit_code == 6
    results_for(Path("round-0.jsonl"), Path("results-0.jsonl"), server, {
        "Ben Carter": lambda ask: Reply.json(draft_for(ask) | {"greeting": "Dear Candidate,"}),
        "Emily Zhang": ("server_error", "the GPU fell over")})
    first = run(server, "--import", "results-0.jsonl")
    assert first.exit_code == 6, first.output
    rows = {r["name"]: r for r in manifest(workdir / "drafts")}
    assert rows["Ben Carter"]["status"] == rows["Emily Zhang"]["status"] == "skipped"
    assert rows["Ben Carter"]["reason"].startswith("needs another reply (a re-ask")
    assert sum(r["status"] == "ok" for r in rows.values()) == 10
    assert run(server, "--export", "round-1.jsonl").exit_code == 6
    again = [json.loads(line) for line in Path("round-1.jsonl").read_text().splitlines()]
    assert sorted(line["custom_id"][-2:] for line in again) == ["-0", "-1"]
    results_for(Path("round-1.jsonl"), Path("results-1.jsonl"), server)
    second = run(server, "--import", "results-1.jsonl")
    assert second.exit_code == 0, second.output
    rows = {r["name"]: r for r in manifest(workdir / "drafts")}
    assert {r["status"] for r in rows.values()} == {"ok"}
    assert rows["Ben Carter"]["attempts"] == 2 and rows["Emily Zhang"]["requests"] == 2
    assert not server.requests


def test_the_files_and_batches_calls_retry_by_the_one_policy(
        workdir: Path, provider: tuple[FakeOpenAI, FakeBatchAPI]) -> None:
    server, api = provider
    # Three refusals: more than the SDK's own 2 retries would take, within the policy's budget.
    api.refusals.extend([429, 429, 503])
    result = run(server)
    assert result.exit_code == 0, result.output
    assert api.refused == 3 and api.uploads == 1 and api.creates == 1
    assert {r["status"] for r in manifest(workdir / "drafts")} == {"ok"}


def test_a_provider_that_keeps_failing_says_so_after_the_policy_s_attempts(
        workdir: Path, provider: tuple[FakeOpenAI, FakeBatchAPI]) -> None:
    server, api = provider
    api.refusals.extend([503] * 20)
    (workdir / "followup.toml").write_text("[llm]\nmax_retries = 1\n")
    result = run(server)
    assert result.exit_code != 0
    assert "failed after 2 attempts: refused to list its files (HTTP 503)" in result.output
    assert api.refused == 2
