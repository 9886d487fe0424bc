"""Not part of CI: needs a llama.cpp-based server on 127.0.0.1:8089 (bench/reports/llamacpp-2026-12-07.md).

Measure followup's drafts against a local OpenAI-compatible server, per structured-output level.

Uses exactly what `followup draft` uses (load_settings, read_notes_file/parse_notes/build_request,
CapabilityStore.in_folder, ChatClient, RetryingClient, write_with_model), plus a recording layer
between RetryingClient and the writer that notes each ask (time, tokens, finish reason, level used).
Exit code as the CLI would give it: 0 ok, 4 needs review, else the error's exit_code.

usage: python bench/llamacpp_dialects.py LEVEL|fresh CACHE_DIR OUT.jsonl FILE...
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path

from followup.config import load_settings
from followup.errors import FollowupError
from followup.llm import CapabilityStore, ChatClient, RetryingClient
from followup.llm.dialects import Capabilities
from followup.notes import build_request, parse_notes, read_notes_file
from followup.writer import write_with_model

BASE_URL = "http://127.0.0.1:8089/v1"
MODEL = "gemma-3-270m"


class Recorder:
    def __init__(self, inner):
        self.inner = inner
        self.asks: list[dict] = []

    async def complete_json(self, messages, **kw):
        started = time.monotonic()
        try:
            c = await self.inner.complete_json(messages, **kw)
        except Exception as exc:
            self.asks.append({"seconds": round(time.monotonic() - started, 2),
                              "error": f"{type(exc).__name__}: {exc}"})
            raise
        self.asks.append({
            "seconds": round(time.monotonic() - started, 2), "level": c.response_format,
            "finish_reason": c.finish_reason, "prompt_tokens": c.usage.prompt_tokens,
            "completion_tokens": c.usage.completion_tokens, "requests": c.requests,
            "chars": len(c.text), "parse_error": c.parse_error, "text_head": c.text[:300],
            "reply_tokens": count_tokens(c.text),
        })
        return c


def count_tokens(text: str) -> int | None:
    """Tokens in a reply, counted by the server's tokenizer (its stream reports no usage)."""
    import urllib.request
    if not text:
        return 0
    req = urllib.request.Request("http://127.0.0.1:8089/extras/tokenize/count",
                                 data=json.dumps({"input": text}).encode(),
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=15) as r:
            return json.load(r)["count"]
    except Exception:
        return None


def progress(message: str) -> None:
    print(f"  progress: {message}", file=sys.stderr, flush=True)


async def one(path: Path, settings) -> dict:
    text = read_notes_file(path)
    fields, body = parse_notes(text, str(path))
    request = build_request(fields, body, str(path), {})
    store = CapabilityStore.in_folder(settings.cache_folder)
    row: dict = {"file": str(path), "level_before": store.response_format(BASE_URL, MODEL)}
    started = time.monotonic()
    async with ChatClient(settings.llm, capabilities=store, on_progress=progress) as chat:
        rec = Recorder(RetryingClient(chat, settings.llm, on_progress=progress))
        try:
            draft = await write_with_model(request, settings, rec)
        except FollowupError as exc:
            row.update(exit=exc.exit_code, error=" ".join(str(exc).split()))
        else:
            failed = [f"{c.name}: {c.reason}" for c in draft.failed_checks]
            row.update(exit=4 if failed else 0, failed_checks=failed,
                       level_used=draft.meta.response_format, attempts=draft.meta.attempts,
                       completion_tokens=draft.meta.usage.completion_tokens)
    row["seconds"] = round(time.monotonic() - started, 2)
    row["level_after"] = CapabilityStore.in_folder(settings.cache_folder).response_format(BASE_URL, MODEL)
    row["asks"] = rec.asks
    row["tokens_generated"] = sum(a.get("completion_tokens", 0) for a in rec.asks)
    row["reply_tokens"] = sum(a.get("reply_tokens") or 0 for a in rec.asks)
    return row


def main() -> None:
    level, cache_dir, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    files = [Path(p) for p in sys.argv[4:]]
    cache_dir.mkdir(parents=True, exist_ok=True)
    env = {"OPENAI_API_KEY": "sk-dummy-local", "FOLLOWUP_CACHE_DIR": str(cache_dir)}
    settings = load_settings({"llm.base_url": BASE_URL, "llm.model": MODEL}, env=env,
                             cwd=cache_dir, user_path=cache_dir / "none.toml")
    with out.open("a", encoding="utf-8") as fh:
        for path in files:
            if level != "fresh":
                # Force the level before every draft (learned_at=now, so it is not stale).
                CapabilityStore.in_folder(cache_dir).remember(
                    BASE_URL, MODEL, Capabilities(response_format=level))
            row = asyncio.run(one(path, settings))
            row["forced"] = level
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            fh.flush()
            print(f"{level} {path.name}: exit {row['exit']} {row['seconds']} s "
                  f"{row['tokens_generated']}/{row['reply_tokens']} tok used={row.get('level_used')} "
                  f"{row.get('error', '') or '; '.join(row.get('failed_checks', []))[:200]}",
                  flush=True)


if __name__ == "__main__":
    main()
