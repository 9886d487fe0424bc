"""`followup eval` and `followup check`, end to end: offline with the template writer, and against a
real OpenAI-protocol server on 127.0.0.1 that plays two models (and a judge) side by side."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from fake_openai import FakeOpenAI, Reply
from followup.cli import app

KEY = "sk-test-abcdefghijklmnop0123456789"

CASES = {
    "reject-backend": """\
id: reject-backend
candidate: {name: Priya Raghunathan, role: Senior Backend Engineer, stage: final round}
decision: reject
notes: |
  - Clear, structured walkthrough of the payment retry design, starting from the failure modes.
  - Did not think about clock skew between nodes until prompted.
  - 3/5, leaning no hire. Going with Daniel.
expect:
  must_mention: ["payment retry"]
  must_not_contain: ["3/5", "Daniel"]
tags: [reject, final, score, comparison]
""",
    "advance-designer": """\
id: advance-designer
candidate: {name: Chloé Martin, role: Product Designer, stage: portfolio review}
decision: advance
notes: |
  Invoicing app case study: thoughtful usability tests with eight users, then a redesign of the
  payment reminder flow. Strong accessibility instincts. Next: design exercise.
expect:
  must_mention: ["invoicing"]
tags: [advance, design]
""",
    "hold-support": """\
id: hold-support
candidate: {name: Marco Bianchi, role: Support Team Lead, stage: final round}
decision: hold
notes: |
  Excellent double-billing role-play: acknowledged the problem and gave a concrete refund timeline.
  Runs weekly QA reviews on a sample of tickets. Decision by the end of next week.
tags: [hold, support]
""",
}

NOTES_LINE = re.compile(r"=== BEGIN NOTES \w+ ===\n(.*?)\n=== END NOTES", re.S)


def careful_draft(request: dict[str, Any]) -> dict[str, Any]:
    """What a good model writes: the candidate's name, the role, a quote from the notes."""
    user = request["messages"][1]["content"]
    first = re.search(r'address them as "([^"]+)"', user).group(1)  # type: ignore[union-attr]
    role = re.search(r"^Role: (.*)\.$", user, re.M).group(1)  # type: ignore[union-attr]
    notes = NOTES_LINE.search(user).group(1)  # type: ignore[union-attr]
    quote = " ".join(notes.splitlines()[0].lstrip("- ").split()[:7]).rstrip(",:;.")
    decision = user.splitlines()[0]
    strengths = [{"point": f"We especially valued this: {quote.lower()}.", "quote": quote}]
    if "rejection" in decision:
        opening = (f"Thank you for the time you gave us for the {role} role. After careful thought, "
                   "we have decided not to move forward with your application.")
        next_steps, areas = "This closes the process for this role.", [{
            "point": "Reasoning about clock skew early, before it is raised, is something you can "
                     "practise and would strengthen your designs.",
            "quote": "clock skew between nodes"}]
    elif "moving forward" in decision:
        opening = f"Thank you for your time on the {role} role: we'd like to invite you to the next round."
        next_steps, areas = "We will be in touch within the next few days to schedule it.", []
    else:
        opening = f"Thank you for your time during the final round for the {role} role."
        next_steps, areas = ("We have not decided yet, and you will hear from us by the end of next "
                             "week."), []
    return {"subject": f"Your application for {role}", "greeting": f"Hi {first},",
            "opening": opening, "strengths": strengths, "areas_to_grow": areas,
            "next_steps": next_steps, "encouragement": "We wish you every success.",
            "closing": "Best wishes,"}


def sloppy_draft(request: dict[str, Any]) -> dict[str, Any]:
    """What a careless model writes: generic, and it repeats the score from the notes."""
    return {"subject": "Update", "greeting": "Dear Candidate,",
            "opening": "Thanks for applying. You scored 3/5 in the final round.",
            "strengths": [], "areas_to_grow": [], "next_steps": "We will be in touch.",
            "encouragement": "", "closing": "Regards,"}


def judge_verdict(request: dict[str, Any]) -> dict[str, Any]:
    email = request["messages"][0]["content"].split("=== BEGIN EMAIL")[1]
    generic = "Dear Candidate" in email
    score = 2 if generic else 5
    return {d: {"score": score, "reason": "generic" if generic else "specific and kind"}
            for d in ("length", "personalisation", "tone", "safety", "decision")}


def two_models(request: dict[str, Any]) -> Reply:
    """The fake server answers per requested model."""
    if request.get("response_format", {}).get("json_schema", {}).get("name") == "followup_judge":
        return Reply.json(judge_verdict(request))
    if request["model"] == "careful-model":
        return Reply.json(careful_draft(request))
    return Reply.json(sloppy_draft(request))


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for var in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "FOLLOWUP_MODEL", "FOLLOWUP_PROMPTS_DIR",
                "FOLLOWUP_DEBUG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "followup.toml").write_text(
        '[profile]\ncompany = "Acme"\nsender_name = "Dana Whitfield"\n'
        '[llm]\ntimeout = 5\nmax_retry_wait = 1\nreask_budget = 1\n')
    cases = tmp_path / "evals" / "cases"
    cases.mkdir(parents=True)
    for name, text in CASES.items():
        (cases / f"{name}.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def run(*args: str) -> Any:
    return CliRunner().invoke(app, list(args))


def test_offline_eval_runs_every_case_with_the_template_writer(project: Path) -> None:
    result = run("eval", "--json", "out.json")
    assert result.exit_code == 0, result.stderr
    assert "3 cases x 1 variant(s)" in result.stdout
    for row in ("no blocking failure", "length", "personalisation", "tone", "safety", "decision",
                "  not_generic", "  nothing_forbidden", "reading ease (Flesch)"):
        assert row in result.stdout
    data = json.loads((project / "out.json").read_text())
    [variant] = data["variants"]
    assert variant["label"] == "template"
    assert {c["case_id"] for c in variant["cases"]} == set(CASES)
    backend = next(c for c in variant["cases"] if c["case_id"] == "reject-backend")
    assert backend["body"].startswith("Hi Priya,")
    assert "Daniel" not in backend["body"] and "3/5" not in backend["body"]
    assert backend["prompt_version"] == "template@2 en"


def test_two_models_side_by_side_write_the_report(project: Path) -> None:
    with FakeOpenAI(responder=two_models) as server:
        result = run("eval", "--base-url", server.url, "--model", "careful-model",
                     "--model", "sloppy-model", "--report", "report.html", "--json", "out.json",
                     "--concurrency", "3")
    assert result.exit_code == 0, result.stderr
    header = next(line for line in result.stdout.splitlines() if "careful-model" in line)
    assert "sloppy-model" in header
    data = json.loads((project / "out.json").read_text())
    careful, sloppy = data["variants"]
    assert careful["label"] == "careful-model" and sloppy["label"] == "sloppy-model"

    def failed(variant: dict[str, Any], case_id: str) -> set[str]:
        case = next(c for c in variant["cases"] if c["case_id"] == case_id)
        return {c["name"] for c in case["checks"] if c["status"] == "fail"}

    assert failed(careful, "reject-backend") == set()
    assert {"addressed_by_name", "nothing_forbidden", "not_generic"} <= failed(sloppy,
                                                                              "reject-backend")
    html = (project / "report.html").read_text()
    assert "<script" not in html and "http" not in html.split("</style>")[1]  # self-contained
    assert html.count('class="card"') == 2
    assert '<mark title="addressed_by_name' in html  # the offending text is highlighted
    assert "Dear Candidate" in html and "Hi Priya," in html
    assert "nothing_forbidden</strong>" in html


def test_min_pass_rate_fails_below_the_bar(project: Path) -> None:
    assert run("eval", "--min-pass-rate", "1").exit_code == 0  # no blocking failure: advice only
    hold = project / "evals" / "cases" / "hold-support.yaml"  # the template greets by name
    hold.write_text(CASES["hold-support"] + "expect:\n  must_not_contain: [\"Hi \"]\n")
    assert run("eval", "--min-pass-rate", "0").exit_code == 0
    result = run("eval", "--min-pass-rate", "1")
    assert result.exit_code == 1
    assert "template:" in result.stderr and "below --min-pass-rate 100%" in result.stderr


def test_baseline_lists_what_got_better_and_worse(project: Path) -> None:
    assert run("eval", "--json", "base.json").exit_code == 0
    hold = project / "evals" / "cases" / "hold-support.yaml"
    hold.write_text(CASES["hold-support"] + "expect:\n  must_mention: [\"escalation matrix\"]\n")
    result = run("eval", "--baseline", "base.json", "--json", "now.json")
    assert result.exit_code == 0, result.stderr
    assert "against the baseline base.json:" in result.stdout
    assert "worse (1):" in result.stdout
    assert "- hold-support  mentions_required: does not mention 'escalation matrix'" in result.stdout
    hold.write_text(CASES["hold-support"])
    again = run("eval", "--baseline", "now.json")
    assert "better (1):" in again.stdout and "+ hold-support  mentions_required" in again.stdout


def test_a_missing_baseline_is_a_one_line_error(project: Path) -> None:
    result = run("eval", "--baseline", "nope.json")
    assert result.exit_code == 2
    assert "nope.json: no such file" in result.stderr


def test_the_judge_scores_each_email_once_then_comes_from_the_cache(project: Path) -> None:
    with FakeOpenAI(responder=two_models) as server:
        args = ("eval", "--base-url", server.url, "--model", "careful-model", "--judge",
                "judge-model", "--json", "out.json")
        first = run(*args)
        assert first.exit_code == 0, first.stderr
        judged = [r for r in server.chat_requests if r.json["model"] == "judge-model"]
        assert len(judged) == len(CASES)
        assert all(r.json["temperature"] == 0 for r in judged)
        # The judge reads the notes as the writer had them: screened, the withheld part left out.
        sent = [json.dumps(r.json["messages"]) for r in judged]
        assert any("payment retry design" in text for text in sent)
        assert not any("leaning no hire" in text for text in sent)
        second = run(*args)
        assert second.exit_code == 0, second.stderr
        assert len([r for r in server.chat_requests if r.json["model"] == "judge-model"]) == 3
    assert "judge judge-model, mean score 1-5 (3 asked, 0 from the cache)" in first.stdout
    assert "judge judge-model, mean score 1-5 (0 asked, 3 from the cache)" in second.stdout
    data = json.loads((project / "out.json").read_text())
    scores = {j["dimension"]: j["score"] for j in data["variants"][0]["cases"][0]["judge"]}
    assert scores == dict.fromkeys(("length", "personalisation", "tone", "safety", "decision"), 5)


def test_a_judge_answer_that_is_not_json_is_a_scored_failure(project: Path) -> None:
    def broken_judge(request: dict[str, Any]) -> Reply:
        if request["model"] == "judge-model":
            return Reply.completion("I think it is fine.")
        return Reply.json(careful_draft(request))

    with FakeOpenAI(responder=broken_judge) as server:
        result = run("eval", "--base-url", server.url, "--model", "careful-model", "--judge",
                     "judge-model", "--json", "out.json", "--only", "hold")
    assert result.exit_code == 0, result.stderr
    [case] = json.loads((project / "out.json").read_text())["variants"][0]["cases"]
    assert {j["score"] for j in case["judge"]} == {0}
    assert "the judge gave no JSON" in case["judge"][0]["reason"]


NOTES = """---
name: Priya Raghunathan
role: Senior Backend Engineer
stage: final round
decision: reject
---
- Clear, structured walkthrough of the payment retry design, starting from the failure modes.
- Did not think about clock skew between nodes until prompted.
- 3/5, leaning no hire. Going with Daniel.
"""

GOOD_EMAIL = """Subject: Your final round for Senior Backend Engineer

Hi Priya,

Thank you for the time you gave us during the final round for the Senior Backend Engineer role.
After a lot of thought, we have decided not to move forward with your application.

Your walkthrough of the payment retry design was clear and well structured, starting from the
failure modes. Reasoning about clock skew between nodes early, before it is raised, would make your
distributed designs stronger, and it is something you can practise.

This closes the process for this role. Thank you again for your openness throughout.

Best wishes,
Dana Whitfield
Talent Partner, Acme
"""


def test_check_passes_a_good_hand_written_email(project: Path) -> None:
    (project / "priya.md").write_text(NOTES, encoding="utf-8")
    (project / "email.txt").write_text(GOOD_EMAIL, encoding="utf-8")
    result = run("check", "email.txt", "--notes", "priya.md", "--must-mention", "payment retry")
    assert result.exit_code == 0, result.stdout
    assert result.stdout.startswith("email.txt: no blocking check failed")
    assert "  pass  mentions_required: mentions all 1 required detail(s)" in result.stdout
    assert "  n/a   feedback_depth" in result.stdout


def test_check_lists_failures_with_reasons_and_exits_4(project: Path) -> None:
    (project / "priya.md").write_text(NOTES, encoding="utf-8")
    bad = GOOD_EMAIL.replace("Hi Priya,", "Dear Candidate,").replace(
        "This closes", "You scored 3/5, and frankly the design was sloppy. This closes")
    (project / "email.txt").write_text(bad, encoding="utf-8")
    result = run("check", "email.txt", "--notes", "priya.md", "--must-not-contain", "3/5")
    assert result.exit_code == 4
    assert "blocking check(s) failed: needs review" in result.stdout.splitlines()[0]
    assert "  FAIL  addressed_by_name: generic greeting 'Dear Candidate'" in result.stdout
    assert "  FAIL  no_harsh_words: 'frankly' is harsh" in result.stdout
    assert "  FAIL  nothing_forbidden: contains '3/5'" in result.stdout


def test_check_bad_input_is_exit_2(project: Path) -> None:
    (project / "priya.md").write_text(NOTES, encoding="utf-8")
    result = run("check", "missing.txt", "--notes", "priya.md")
    assert result.exit_code == 2 and "missing.txt: no such file" in result.stderr
    (project / "email.txt").write_text(GOOD_EMAIL, encoding="utf-8")
    (project / "bare.md").write_text("Strong on payments.\n", encoding="utf-8")
    result = run("check", "email.txt", "--notes", "bare.md")
    assert result.exit_code == 2 and "missing name" in result.stderr


def test_prompt_folders_side_by_side(project: Path) -> None:
    builtin = Path(__file__).resolve().parent.parent / "prompts"
    for name in ("v1", "v2"):
        folder = project / name
        folder.mkdir()
        for prompt in builtin.glob("*.md"):
            (folder / prompt.name).write_text(prompt.read_text(encoding="utf-8"), encoding="utf-8")
    system = project / "v2" / "system.md"
    system.write_text(system.read_text().replace("version: 1", "version: 2", 1), encoding="utf-8")
    with FakeOpenAI(responder=two_models) as server:
        result = run("eval", "--base-url", server.url, "--model", "careful-model",
                     "--prompts-dir", "v1", "--prompts-dir", "v2", "--json", "out.json")
    assert result.exit_code == 0, result.stderr
    first, second = json.loads((project / "out.json").read_text())["variants"]
    assert (first["label"], second["label"]) == ("careful-model · v1", "careful-model · v2")
    assert all(c["prompt_version"].startswith("system@1,") for c in first["cases"])
    assert all(c["prompt_version"].startswith("system@2,") for c in second["cases"])
    assert "careful-model · v2: prompts " in result.stdout and "system@2" in result.stdout


def test_a_refused_key_stops_the_run_with_one_line(project: Path) -> None:
    with FakeOpenAI(responder=lambda request: Reply.error(401, "Incorrect API key")) as server:
        result = run("eval", "--base-url", server.url, "--model", "careful-model",
                     "--concurrency", "1")
    assert result.exit_code == 3
    ours = [line for line in result.stderr.splitlines() if line.startswith("followup:")]
    assert len(ours) == 1 and "refused the credentials (HTTP 401)" in ours[0]


def test_models_without_an_endpoint_are_a_settings_error(project: Path) -> None:
    result = run("eval", "--model", "gpt-4o-mini")
    assert result.exit_code == 2 and "no LLM endpoint configured" in result.stderr
