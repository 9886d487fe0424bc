"""A fake model for whole rounds, for tests/test_batch*.py and the scripts under bench/.

`FakeOpenAI(responder=drafting_responder())` answers every drafting request with a valid draft for
*that* candidate: it reads the name, role, decision and notes from the prompt, quotes a phrase that
really is in the notes, and says what the decision needs said. Wrappers add what benchmarks need:
a delay, a share of faulty answers, a server-side rate limit, a log of who was asked what.

bench/ scripts import this module by putting tests/ on sys.path: one fake model, not two.
"""

from __future__ import annotations

import json
import math
import random
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from fake_openai import Reply, Responder

_CANDIDATE = re.compile(r'^Candidate: (?P<name>.+?) \(address them as "(?P<first>[^"]*)"\)\.$', re.M)
_ROLE = re.compile(r"^Role: (?P<role>.+)\.$", re.M)
_NOTES = re.compile(r"=== BEGIN NOTES (\w+) ===\n(?P<notes>.*?)\n?=== END NOTES \1 ===", re.S)
_WORD = re.compile(r"^[A-Za-z][A-Za-z'-]*[A-Za-z]$")


@dataclass(frozen=True)
class Ask:
    """What a drafting request asks for, read back from the prompt."""

    name: str
    first_name: str
    role: str
    decision: str
    notes: str
    reask: bool


def read_ask(request_json: Any) -> Ask | None:
    messages = request_json.get("messages") if isinstance(request_json, dict) else None
    if not isinstance(messages, list) or len(messages) < 2:
        return None
    user = str(messages[1].get("content", ""))
    candidate, role, notes = _CANDIDATE.search(user), _ROLE.search(user), _NOTES.search(user)
    if not (candidate and role and notes):
        return None
    first_line = user.split("\n", 1)[0].lower()
    decision = ("reject" if "rejection" in first_line else
                "advance" if "moving forward" in first_line else "hold")
    return Ask(candidate["name"], candidate["first"], role["role"], decision, notes["notes"],
               reask=len(messages) > 2)


def quotable_phrase(notes: str, most: int = 10) -> str:
    """The most specific run of plain words in the notes (no digits, no inner punctuation), verbatim."""
    best: tuple[int, str] = (0, "")
    for line in notes.splitlines():
        run: list[str] = []
        for token in [*line.split(), "|"]:
            bare = token.rstrip(".,;:!")
            if _WORD.match(bare) and len(run) < most:
                run.append(bare)
                if bare == token:
                    continue
            score = sum(len(w) >= 5 for w in run)
            if len(run) >= 4 and score > best[0]:
                best = (score, " ".join(run))
            run = []
    return best[1]


def draft_for(ask: Ask) -> dict[str, Any]:
    """A draft that passes every check for this candidate (given a profile signed by a person)."""
    quote = quotable_phrase(ask.notes)
    strengths = [{"point": f"The team especially valued this from your interviews: {quote}.",
                  "quote": quote}] if quote else []
    role, greeting = ask.role, f"Hi {ask.first_name},"
    if ask.decision == "reject":
        return {"subject": f"Your {role} application", "greeting": greeting,
                "opening": f"Thank you for the time and care you put into interviewing for the {role} "
                           "role. After careful thought, we have decided not to move forward with "
                           "your application.",
                "strengths": strengths, "areas_to_grow": [],
                "next_steps": "This closes the process for this role, and we are grateful for the "
                              "energy you brought to every conversation.",
                "encouragement": "We wish you every success in your search and in the work ahead.",
                "closing": "Best wishes,"}
    if ask.decision == "advance":
        return {"subject": f"Next round: {role}", "greeting": greeting,
                "opening": f"Thank you for the time you gave us while interviewing for the {role} "
                           "role. I am pleased to tell you that we would like to move you forward "
                           "to the next round.",
                "strengths": strengths, "areas_to_grow": [],
                "next_steps": "Someone from our team will be in touch within the next few days to "
                              "schedule it. If some times are difficult for you, just reply to "
                              "this email.",
                "encouragement": "", "closing": "Looking forward to speaking again,"}
    return {"subject": f"Update: your {role} application", "greeting": greeting,
            "opening": f"Thank you for your time and energy while interviewing for the {role} role.",
            "strengths": strengths, "areas_to_grow": [],
            "next_steps": "We have not made a final decision yet, and we want to give every "
                          "conversation proper consideration. You will hear from us within the "
                          "next two weeks, whatever the outcome.",
            "encouragement": "Thank you for your patience in the meantime.", "closing": "Best wishes,"}


def _usage(request_json: Any, content: str) -> dict[str, int]:
    sent = sum(len(str(m.get("content", ""))) for m in request_json.get("messages", []))
    return {"prompt_tokens": sent // 4, "completion_tokens": len(content) // 4}


def draft_reply(request_json: Any, *, delay: float = 0.0) -> Reply:
    ask = read_ask(request_json)
    if ask is None:
        return Reply.error(400, "not a drafting request")
    content = json.dumps(draft_for(ask))
    return Reply.completion(content, usage=_usage(request_json, content), delay=delay)


# The faults of the robustness benchmark, each an answer a real endpoint gives now and then.
def standard_faults(timeout: float) -> dict[str, Reply]:
    return {
        "429": Reply.rate_limited("1"),
        "500": Reply.error(500, "upstream overloaded", type="server_error"),
        "hang": Reply.hanging(timeout * 3),  # held past the client's timeout, then dropped
        "drop": Reply.dropped(),
        "broken_body": Reply.malformed_body(),  # HTTP 200 whose body is cut off
        "not_json": Reply.completion("Sure! Here is the email: Hi there, thank you for"),
    }


@dataclass
class RequestLog:
    """Who was asked what, and how the server answered: enough to count lost and duplicate work."""

    entries: list[tuple[float, str, str]]  # (time, candidate name, answer kind)
    lock: threading.Lock

    @classmethod
    def new(cls) -> RequestLog:
        return cls([], threading.Lock())

    def add(self, name: str, kind: str) -> None:
        with self.lock:
            self.entries.append((time.monotonic(), name, kind))

    def names(self, kind: str | None = None) -> list[str]:
        with self.lock:
            return [n for _, n, k in self.entries if kind is None or k == kind]


def drafting_responder(*, delay: float = 0.0, fault_rate: float = 0.0,
                       faults: dict[str, Reply] | None = None, seed: int | None = 0,
                       log: RequestLog | None = None) -> Responder:
    """Valid drafts after `delay`; a share `fault_rate` of answers is one of `faults` instead."""
    rng = random.Random(seed)
    lock = threading.Lock()
    kinds = sorted(faults or {})

    def respond(request_json: Any) -> Reply:
        ask = read_ask(request_json)
        with lock:
            faulty = bool(kinds) and rng.random() < fault_rate
            kind = rng.choice(kinds) if faulty else "ok"
        if log is not None:
            log.add(ask.name if ask else "?", kind)
        if faults and kind in faults:
            fault = faults[kind]
            return replace(fault, delay=fault.delay or delay) if fault.hang is None else fault
        return draft_reply(request_json, delay=delay)

    return respond


def rate_limited(responder: Responder, *, per_minute: float, burst: float | None = None,
                 log: RequestLog | None = None,
                 clock: Callable[[], float] = time.monotonic) -> Responder:
    """A server-side limit: a token bucket refilled at per_minute/60 a second. Beyond it: 429
    with the wait until the next token (Retry-After in seconds, retry-after-ms exact), at once."""
    rate = per_minute / 60.0
    capacity = burst if burst is not None else rate  # one second's worth
    state = {"tokens": capacity, "at": clock()}
    lock = threading.Lock()

    def respond(request_json: Any) -> Reply:
        with lock:
            now = clock()
            state["tokens"] = min(capacity, state["tokens"] + (now - state["at"]) * rate)
            state["at"] = now
            allowed = state["tokens"] >= 1.0
            if allowed:
                state["tokens"] -= 1.0
            wait = (1.0 - state["tokens"]) / rate
        if not allowed:
            if log is not None:
                ask = read_ask(request_json)
                log.add(ask.name if ask else "?", "429")
            return Reply.rate_limited(str(math.ceil(wait)), retry_after_ms=str(math.ceil(wait * 1000)))
        return responder(request_json)

    return respond
