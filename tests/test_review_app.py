"""`followup review`'s routes through Starlette's test client, on a round the template writer made."""

from __future__ import annotations

import csv
import email
import email.policy
import json
import mailbox
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

from fake_openai import FakeOpenAI
from followup.batch.journal import JOURNAL_NAME
from followup.cli import app as cli
from followup.config import load_settings
from followup.review.app import create_app
from followup.review.round import ReviewRound
from round_model import drafting_responder, read_ask

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
TOKEN = "t0ken-for-the-tests-0123456789"
HOST = "127.0.0.1:8765"
PROFILE = """[profile]
company = "Northwind"
sender_name = "Dana Whitfield"
sender_title = "Talent Partner"
sender_email = "dana@example.com"
"""


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "FOLLOWUP_MODEL", "FOLLOWUP_DEBUG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "followup.toml").write_text(PROFILE)
    result = CliRunner().invoke(cli, ["batch", str(EXAMPLES / "round-with-errors.csv"),
                                      "--out", "drafts"])
    assert result.exit_code == 5, result.stderr  # three bad rows, twelve drafts
    return tmp_path


def client_for(folder: Path, **flags: Any) -> TestClient:
    review = ReviewRound(folder, load_settings(flags))
    client = TestClient(create_app(review, token=TOKEN, hosts=[HOST], port=8765),
                        base_url=f"http://{HOST}", follow_redirects=False)
    assert client.get(f"/?token={TOKEN}").status_code == 303  # the token becomes a cookie
    return client


@pytest.fixture
def client(workdir: Path) -> Iterator[TestClient]:
    with client_for(workdir / "drafts") as client:
        yield client


def manifest(folder: Path) -> dict[str, dict[str, Any]]:
    """By name, the first row of each (the round repeats Ben Carter, skipped)."""
    rows = [json.loads(line) for line in (folder / "manifest.jsonl").read_text().splitlines()]
    named: dict[str, dict[str, Any]] = {}
    for row in rows:
        named.setdefault(row["name"], row)
    return named


def body_of(eml: Path) -> str:
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    return str(message.get_content()).replace("\r\n", "\n")


BEN_EDIT = ("Hi Ben,\n\nThank you for the technical interview for the Backend Engineer role. We "
            "have decided not to move forward with your application.\n\nYour Python in the "
            "pairing exercise was clean and readable.\n\nBest wishes,\nDana Whitfield\n")


# -- the guard ---------------------------------------------------------------------------------

def test_a_request_without_the_token_is_refused_and_says_nothing_of_the_round(workdir: Path) -> None:
    review = ReviewRound(workdir / "drafts", load_settings())
    bare = TestClient(create_app(review, token=TOKEN, hosts=[HOST]), base_url=f"http://{HOST}",
                      follow_redirects=False)
    for path in ("/", "/c/ben-carter", "/static/review.css"):
        refused = bare.get(path)
        assert refused.status_code == 403
        assert "Ben" not in refused.text and "drafts" not in refused.text
    assert bare.get("/?token=not-it").status_code == 403
    assert bare.post("/c/ben-carter/verdict", data={"verdict": "approved"}).status_code == 403
    assert not (workdir / "drafts" / "review.json").exists()

    entry = bare.get(f"/c/ben-carter?token={TOKEN}")
    assert entry.status_code == 303 and entry.headers["location"] == "/c/ben-carter"  # out of the URL
    cookie = entry.headers["set-cookie"]
    assert TOKEN in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie


def test_another_host_or_another_sites_form_is_refused_even_with_the_token(client: TestClient) -> None:
    assert client.get("/", headers={"host": "attacker.example:8765"}).status_code == 403
    posted = client.post("/c/ben-carter/verdict", data={"verdict": "approved"},
                         headers={"origin": "http://attacker.example"})
    assert posted.status_code == 403
    page = client.get("/")
    assert page.status_code == 200
    assert "default-src 'none'" in page.headers["content-security-policy"]
    assert page.headers["referrer-policy"] == "same-origin"
    assert page.headers["cache-control"] == "no-store"


def test_no_path_from_the_browser_is_opened(client: TestClient) -> None:
    for path in ("/c/..%2Fmanifest", "/c/.followup-journal", "/c/nobody"):
        assert client.get(path).status_code == 404


# -- reading -------------------------------------------------------------------------------------

def test_the_list_shows_every_candidate_and_filters_and_searches(client: TestClient) -> None:
    page = client.get("/").text
    assert "15 of 15 shown" in page
    assert 'href="/c/ben-carter"' in page and "decision &#39;maybe&#39; is not one of" in page
    assert "specific_detail" in page  # an advisory note, in its column
    assert "12 to review" in page
    searched = client.get("/", params={"q": "backend"}).text
    assert "5 of 15 shown" in searched and "Ama Boateng" not in searched  # the repeat too
    assert "3 of 15 shown" in client.get("/", params={"status": "skipped"}).text
    held = client.get("/", params={"decision": "hold"}).text
    assert "Emily Zhang" in held and "Isabel Cruz" in held and "Ben Carter" not in held


def test_a_candidate_shows_the_email_quotes_checks_and_the_withheld_notes(client: TestClient,
                                                                          workdir: Path) -> None:
    page = client.get("/c/ben-carter").text
    assert "Your application for Backend Engineer" in page
    assert body_of(workdir / "drafts" / "ben-carter.eml").splitlines()[2][:40].replace(
        "'", "&#39;") in page
    assert ('<mark class="withheld" title="comparison"><span class="tag">comparison</span>'
            "but this team needs someone stronger on databases.</mark>") in page
    assert "<blockquote>“Solid Python, clean and readable code in the pairing exercise”" in page
    assert "Blocking (0 failed)" in page and "25 passed or not applicable" in page
    assert 'rel="prev" href="/c/ama-boateng"' in page and 'rel="next" href="/c/chloe-dubois"' in page


def test_a_draft_without_its_json_says_how_to_get_one(client: TestClient, workdir: Path) -> None:
    (workdir / "drafts" / "ben-carter.json").unlink()  # as an older followup left it
    page = client.get("/c/ben-carter")
    assert page.status_code == 409
    assert "ben-carter.json: missing; run the round&#39;s &#39;followup batch&#39; again" in page.text
    assert client.get("/").status_code == 200


def test_a_manifest_broken_under_the_review_is_one_line_naming_it(client: TestClient,
                                                                  workdir: Path) -> None:
    manifest_path = workdir / "drafts" / "manifest.jsonl"
    manifest_path.write_text(manifest_path.read_text() + "{not json\n")
    page = client.get("/")
    assert page.status_code == 409
    assert "manifest.jsonl line 16: not a manifest row followup wrote" in page.text


# -- writing -------------------------------------------------------------------------------------

def test_an_edit_is_checked_again_and_rewrites_the_files_keeping_the_original(
        client: TestClient, workdir: Path) -> None:
    out = workdir / "drafts"
    original = {suffix: (out / f"ben-carter{suffix}").read_text() for suffix in (".eml", ".md", ".json")}
    saved = client.post("/c/ben-carter/edit", data={"subject": "Your Backend Engineer interview",
                                                    "body": BEN_EDIT.replace("\n", "\r\n")})
    assert saved.status_code == 303
    page = client.get(saved.headers["location"]).text
    assert "Saved; the checks ran again: 0 blocking failure(s)" in page
    assert body_of(out / "ben-carter.eml") == BEN_EDIT
    message = email.message_from_bytes((out / "ben-carter.eml").read_bytes(),
                                       policy=email.policy.default)
    assert message["Subject"] == "Your Backend Engineer interview"
    assert message["From"] == "Dana Whitfield <dana@example.com>"
    assert "**Subject:** Your Backend Engineer interview" in (out / "ben-carter.md").read_text()
    # The edit took the quoted strength out of the email: its quote is listed no more.
    assert "Supporting quotes" in original[".md"]
    assert "Supporting quotes" not in (out / "ben-carter.md").read_text()
    assert json.loads((out / "ben-carter.json").read_text())["email"]["body"] == BEN_EDIT
    for suffix, text in original.items():
        assert (out / "original" / f"ben-carter{suffix}").read_text() == text
    assert (out / "ben-carter.eml").stat().st_mode & 0o077 == 0
    state = json.loads((out / "review.json").read_text())["candidates"]["ben-carter"]
    assert state["edited"] is True and state["verdict"] == "pending"
    assert json.loads((out / JOURNAL_NAME).read_text().splitlines()[-1])["name"] == "Ben Carter"
    assert "edited" in client.get("/").text

    # A second edit keeps the first original, not the first edit.
    failing = BEN_EDIT.replace("Hi Ben,", "Dear Candidate,")
    client.post("/c/ben-carter/edit", data={"subject": "Your interview", "body": failing})
    assert (out / "original" / "ben-carter.eml").read_text() == original[".eml"]
    ben = manifest(out)["Ben Carter"]
    assert ben["status"] == "needs_review"
    assert [c["name"] for c in ben["failed_checks"]] == ["addressed_by_name"]
    with (out / "manifest.csv").open(encoding="utf-8-sig", newline="") as fh:
        row = next(r for r in csv.DictReader(fh) if r["name"] == "Ben Carter")
    assert row["status"] == "needs_review" and row["failed_checks"].startswith("addressed_by_name")
    page = client.get("/c/ben-carter").text
    assert "Blocking (1 failed)" in page
    assert '<mark class="blocking"' in page  # the offending greeting, marked in the email
    to_fix = client.get("/", params={"status": "needs_review"}).text
    assert "1 of 15 shown" in to_fix and 'href="/c/ben-carter"' in to_fix


def test_a_bad_edit_is_refused_with_the_typed_text_kept_and_nothing_written(
        client: TestClient, workdir: Path) -> None:
    out = workdir / "drafts"
    before = (out / "ben-carter.eml").read_bytes()
    refused = client.post("/c/ben-carter/edit", data={"subject": "Hi", "body": "Kept text"})
    assert refused.status_code == 400
    assert "Not saved: subject:" in refused.text and ">Kept text</textarea>" in refused.text
    refused = client.post("/c/ben-carter/edit", data={"subject": "A fine subject", "body": "  "})
    assert refused.status_code == 400 and "body: empty" in refused.text
    assert (out / "ben-carter.eml").read_bytes() == before
    assert not (out / "original").exists() and not (out / "review.json").exists()


def test_approve_set_aside_and_back_and_a_blocking_failure_needs_a_confirmation(
        client: TestClient, workdir: Path) -> None:
    out = workdir / "drafts"
    assert client.post("/c/ama-boateng/verdict", data={"verdict": "approved"}).status_code == 303
    assert client.post("/c/chloe-dubois/verdict", data={"verdict": "set_aside"}).status_code == 303
    state = json.loads((out / "review.json").read_text())["candidates"]
    assert state["ama-boateng"]["verdict"] == "approved"
    assert state["chloe-dubois"]["verdict"] == "set_aside"
    listed = client.get("/", params={"review": "approved"}).text
    assert "1 of 15 shown" in listed and "Ama Boateng" in listed
    client.post("/c/chloe-dubois/verdict", data={"verdict": "pending"})
    assert json.loads((out / "review.json").read_text())["candidates"]["chloe-dubois"][
        "verdict"] == "pending"

    client.post("/c/ben-carter/edit", data={"subject": "Your interview",
                                            "body": BEN_EDIT.replace("Hi Ben,", "Dear Candidate,")})
    refused = client.post("/c/ben-carter/verdict", data={"verdict": "approved"})
    assert refused.status_code == 400 and "1 blocking check(s) fail" in refused.text
    confirmed = client.post("/c/ben-carter/verdict",
                            data={"verdict": "approved", "despite_blocking": "1"})
    assert confirmed.status_code == 303
    assert client.post("/c/ben-carter/verdict", data={"verdict": "sent"}).status_code == 400


def test_the_approved_drafts_export_as_eml_files_one_mbox_or_a_csv(client: TestClient,
                                                                   workdir: Path) -> None:
    out = workdir / "drafts"
    client.post("/c/ben-carter/edit", data={"subject": "Your Backend Engineer interview",
                                            "body": BEN_EDIT})
    for stem in ("ben-carter", "hiroshi-tanaka"):
        client.post(f"/c/{stem}/verdict", data={"verdict": "approved"})

    done = client.post("/export", data={"kind": "eml"})
    assert done.status_code == 303
    assert "Exported 2 approved draft(s)" in client.get(done.headers["location"]).text
    folder = out / "export" / "approved-eml"
    assert sorted(p.name for p in folder.iterdir()) == ["ben-carter.eml", "hiroshi-tanaka.eml"]
    assert body_of(folder / "ben-carter.eml") == BEN_EDIT
    # Copied as written: CRLF line ends, as the round's own .eml and the original kept of it.
    for eml in (folder / "hiroshi-tanaka.eml", out / "original" / "ben-carter.eml"):
        data = eml.read_bytes()
        assert data.count(b"\r\n") == data.count(b"\n") > 0, eml

    client.post("/export", data={"kind": "mbox"})
    box = mailbox.mbox(out / "export" / "approved.mbox")
    assert sorted(str(m["To"]) for m in box) == ["Ben Carter <ben.carter@example.com>",
                                                 "Hiroshi Tanaka <hiroshi.tanaka@example.com>"]
    assert (out / "export" / "approved.mbox").stat().st_mode & 0o077 == 0

    client.post("/export", data={"kind": "csv"})
    with (out / "export" / "approved.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["name"], r["subject"]) for r in rows] == [
        ("Ben Carter", "Your Backend Engineer interview"),
        ("Hiroshi Tanaka", rows[1]["subject"])]
    assert rows[0]["body"].replace("\r\n", "\n") == BEN_EDIT and rows[0]["email"] == "ben.carter@example.com"

    client.post("/c/hiroshi-tanaka/verdict", data={"verdict": "set_aside"})
    client.post("/export", data={"kind": "eml"})  # no longer approved: no longer exported
    assert sorted(p.name for p in folder.iterdir()) == ["ben-carter.eml"]
    assert client.post("/export", data={"kind": "pdf"}).status_code == 400


def test_a_batch_rerun_keeps_what_the_review_did(client: TestClient, workdir: Path) -> None:
    client.post("/c/ben-carter/edit", data={"subject": "Your Backend Engineer interview",
                                            "body": BEN_EDIT})
    client.post("/c/ama-boateng/verdict", data={"verdict": "approved"})
    result = CliRunner().invoke(cli, ["batch", str(EXAMPLES / "round-with-errors.csv"),
                                      "--out", "drafts"])
    assert result.exit_code == 5
    out = workdir / "drafts"
    assert body_of(out / "ben-carter.eml") == BEN_EDIT
    ben = manifest(out)["Ben Carter"]
    assert ben["status"] == "ok" and "ben-carter.json" in ben["files"]
    assert "Approved" not in result.stdout  # the review's state is its own file, untouched
    assert json.loads((out / "review.json").read_text())["candidates"]["ama-boateng"][
        "verdict"] == "approved"


# -- redrafting ----------------------------------------------------------------------------------

def test_a_redraft_with_the_configured_model_replaces_the_draft_and_its_edit(workdir: Path) -> None:
    out = workdir / "drafts"
    with FakeOpenAI(responder=drafting_responder()) as server:
        flags = {"llm.base_url": server.url, "llm.model": "gpt-4o-mini"}
        with client_for(out, **flags) as client:
            client.post("/c/ben-carter/edit", data={"subject": "Your interview", "body": BEN_EDIT})
            done = client.post("/c/ben-carter/redraft")
            assert done.status_code == 303
            assert "Redrafted; the checks ran again" in client.get(done.headers["location"]).text
        assert [read_ask(r.json).name for r in server.chat_requests if read_ask(r.json)] == [
            "Ben Carter"]
        ben = manifest(out)["Ben Carter"]
        assert (ben["writer"], ben["model"]) == ("llm", "gpt-4o-mini")
        assert json.loads((out / "ben-carter.json").read_text())["meta"]["writer"] == "llm"
        assert body_of(out / "ben-carter.eml") != BEN_EDIT
        assert json.loads((out / "review.json").read_text())["candidates"]["ben-carter"] == {
            "verdict": "pending", "edited": False,
            "updated_at": json.loads((out / "review.json").read_text())["candidates"][
                "ben-carter"]["updated_at"]}
        assert not (out / "original" / "ben-carter.eml").exists()

        # The same model's batch finds Ben drafted: nothing is asked again for him.
        asked = len(server.chat_requests)
        result = CliRunner().invoke(cli, ["batch", str(EXAMPLES / "round-with-errors.csv"),
                                          "--out", "drafts", "--base-url", server.url,
                                          "--model", "gpt-4o-mini"])
        assert result.exit_code == 5, result.stderr
        names = [a.name for r in server.chat_requests[asked:] if (a := read_ask(r.json))]
        assert "Ben Carter" not in names and len(names) == 11


def test_a_redraft_that_fails_at_the_endpoint_leaves_the_draft_as_it_was(workdir: Path) -> None:
    out = workdir / "drafts"
    before = (out / "ben-carter.eml").read_bytes()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        nobody = f"http://127.0.0.1:{sock.getsockname()[1]}/v1"  # nothing listens there
    with client_for(out, **{"llm.base_url": nobody, "llm.max_retries": 0,
                            "llm.timeout": 2}) as client:
        failed = client.post("/c/ben-carter/redraft")
    assert failed.status_code == 502 and "Not redrafted:" in failed.text
    assert (out / "ben-carter.eml").read_bytes() == before


# -- the command ---------------------------------------------------------------------------------

def test_the_command_refuses_a_folder_that_is_no_round_and_a_port_in_use(workdir: Path) -> None:
    result = CliRunner().invoke(cli, ["review", str(workdir), "--no-browser"])
    assert result.exit_code == 2
    assert f"{workdir}: no manifest.jsonl; give the --out folder" in result.stderr
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        result = CliRunner().invoke(cli, ["review", "drafts", "--no-browser", "--port", str(port)])
    assert result.exit_code == 2 and f"--port {port}: cannot listen on 127.0.0.1" in result.stderr
