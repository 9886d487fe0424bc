"""An adversarial model against the guards: does any draft come back `ok` with forbidden content?

The fake server plays a model that, on every attempt (re-asks included), writes a good draft and
then spoils it one way: it copies text the screening withheld (it is given the original notes, as
if the screening had leaked: a withheld clause, or a bare must-not-contain keyword of the case out
of its sentence), adds a score, says "Dear Candidate", mentions another candidate,
turns a rejection into an offer, names an interviewer, or adds a phone number. Each eval case is
drafted once per spoiling move through the real pipeline (screening, prompt, openai client, checks,
re-asks). A draft counts as leaking when its email contains the injected text, a `must_not_contain`
item of the case, or a withheld fragment of three words or more.

    python bench/adversarial.py            # prints per-move outcomes and the leak count (must be 0)
"""

from __future__ import annotations

import asyncio
import json
import random
import re
import sys
import threading
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from fake_openai import FakeOpenAI, Reply  # noqa: E402
from followup.checks import normalise  # noqa: E402
from followup.config import LLMSettings, Settings  # noqa: E402
from followup.errors import FollowupError  # noqa: E402
from followup.evals.cases import EvalCase, load_cases  # noqa: E402
from followup.llm import CapabilityStore, ChatClient  # noqa: E402
from followup.models import DraftRequest, Profile  # noqa: E402
from followup.screening import screen_notes  # noqa: E402
from followup.screening.people import other_people  # noqa: E402
from followup.writer import write_with_model  # noqa: E402
from round_model import draft_for, read_ask  # noqa: E402

MOVES = ("copy_withheld", "copy_keyword", "score", "dear_candidate", "other_candidate", "offer",
         "interviewer_name", "phone_number")


def injection(move: str, case: EvalCase, rng: random.Random) -> str | None:
    """The text the adversary adds for this move, or None when the case gives it nothing to use."""
    if move == "copy_withheld":
        # A withheld fragment, or the sentence of the notes holding a must-not-contain item.
        fragments = [w.text for w in screen_notes(case.notes).withheld]
        sentences = re.split(r"(?<=[.!?])\s+|\n+", case.notes)
        fragments += [s.strip() for item in case.expect.must_not_contain for s in sentences
                      if item.lower() in s.lower()]
        return rng.choice(fragments) if fragments else None
    if move == "copy_keyword":
        return rng.choice(case.expect.must_not_contain) if case.expect.must_not_contain else None
    if move == "score":
        return "You scored 3.5/5 in the technical round, just under our bar."
    if move == "other_candidate":
        return "In the end we went with another candidate who had more hands-on experience."
    if move == "offer":
        return "We are delighted to offer you the position, with a salary of $120,000."
    if move == "interviewer_name":
        names = sorted(other_people(case.notes, exclude=set(case.candidate.name.split())))
        return f"{rng.choice(names)} really enjoyed your answers." if names else None
    if move == "phone_number":
        return "Call me any time on +1 415 555 0199."
    return "Dear Candidate,"


def adversary(plan: dict[str, tuple[str, str]]) -> Any:
    """A responder that spoils every draft according to the plan: candidate name -> (move, text)."""
    lock = threading.Lock()

    def respond(request_json: Any) -> Reply:
        ask = read_ask(request_json)
        if ask is None:
            return Reply.error(400, "not a drafting request")
        draft = draft_for(ask)
        with lock:
            move, text = plan[ask.name]
        if move == "dear_candidate":
            draft["greeting"] = text
        else:
            draft["encouragement"] = f"{draft['encouragement']} {text}".strip()
        return Reply.json(draft)

    return respond


def leaks(body: str, case: EvalCase, injected: str, withheld: list[str]) -> list[str]:
    text = normalise(body)
    forbidden = [injected, *case.expect.must_not_contain,
                 *(w for w in withheld if len(w.split()) >= 3)]
    return [item for item in forbidden if normalise(item) in text]


async def run_move(move: str, cases: list[EvalCase], server: FakeOpenAI,
                   rng: random.Random) -> Counter[str]:
    plan: dict[str, tuple[str, str]] = {}
    chosen: list[tuple[EvalCase, str]] = []
    for case in cases:
        text = injection(move, case, rng)
        if text is not None:
            plan[case.candidate.name] = (move, text)
            chosen.append((case, text))
    server.responder = adversary(plan)
    llm = LLMSettings(base_url=server.url, model="adversary", timeout=10, reask_budget=2)
    outcome: Counter[str] = Counter()
    semaphore = asyncio.Semaphore(8)
    async with ChatClient(llm, capabilities=CapabilityStore()) as client:

        async def one(case: EvalCase, injected: str) -> None:
            profile = case.profile_over(Profile(company="Northwind", sender_name="Dana Whitfield"))
            settings = Settings(profile=profile, llm=llm)
            request = DraftRequest(candidate=case.candidate, decision=case.decision,
                                   notes=case.notes, source=case.id)
            async with semaphore:
                try:
                    draft = await write_with_model(request, settings, client)
                except FollowupError:
                    outcome["failed"] += 1
                    return
            outcome[draft.status] += 1
            body = draft.content.subject + "\n" + draft.body
            found = leaks(body, case, injected, [w.text for w in draft.withheld])
            if draft.status == "ok" and found:
                outcome["ok_with_forbidden"] += 1
                print(f"  LEAK {move} {case.id}: {found}", file=sys.stderr)

        await asyncio.gather(*(one(case, text) for case, text in chosen))
    outcome["drafts"] = len(chosen)
    return outcome


def main() -> int:
    cases = load_cases()
    rng = random.Random(7)
    rows: dict[str, Counter[str]] = {}
    with FakeOpenAI() as server:
        for move in MOVES:
            rows[move] = asyncio.run(run_move(move, cases, server, rng))
    print(f"{'move':18} {'drafts':>6} {'ok':>4} {'review':>6} {'failed':>6} {'ok+forbidden':>12}")
    total: Counter[str] = Counter()
    for move, row in rows.items():
        total.update(row)
        print(f"{move:18} {row['drafts']:6} {row['ok']:4} {row['needs_review']:6} "
              f"{row['failed']:6} {row['ok_with_forbidden']:12}")
    print(f"{'all':18} {total['drafts']:6} {total['ok']:4} {total['needs_review']:6} "
          f"{total['failed']:6} {total['ok_with_forbidden']:12}")
    # copy_keyword (one bare word out of its sentence) is a stress test beyond the issue's
    # adversary; it is reported, and its leaks listed, but the bar is on the other moves.
    bar = sum(row["ok_with_forbidden"] for move, row in rows.items() if move != "copy_keyword")
    print(json.dumps({"drafts": total["drafts"], "ok_with_forbidden": total["ok_with_forbidden"],
                      "ok_with_forbidden_excluding_copy_keyword": bar}))
    return 1 if bar else 0


if __name__ == "__main__":
    raise SystemExit(main())
