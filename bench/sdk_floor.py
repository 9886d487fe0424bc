"""The CPU the `openai` SDK alone spends on one chat request: the floor under the per-candidate budget.

    python bench/sdk_floor.py [--requests 300]

The loopback server (tests/fake_openai.py) runs in its own process, so its CPU is not counted.
Each request is what the tool sends for a draft, in size (a 4,000-character system prompt, a
1,500-character user message, a 1,000-character JSON answer), streamed with usage as the tool
asks, 16 at once as `followup batch` does; then the same without streaming, one at a time. Only
the SDK is measured: no screening, prompts, checks or files.
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import time
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent / "tests"
SERVER = f"""
import sys
sys.path.insert(0, {str(TESTS)!r})
from fake_openai import FakeOpenAI, Reply
with FakeOpenAI(responder=lambda r: Reply.json({{"subject": "s" * 60, "body": "b" * 900}})) as s:
    print(s.url, flush=True)
    sys.stdin.read()
"""


async def measure(url: str, requests: int) -> tuple[float, float]:
    import openai

    client = openai.AsyncOpenAI(base_url=url, api_key="sk-loopback", max_retries=0)
    body = {"model": "gpt-4o-mini", "response_format": {"type": "json_object"},
            "messages": [{"role": "system", "content": "x" * 4000},
                         {"role": "user", "content": "y" * 1500}]}
    streamed = {**body, "stream": True, "stream_options": {"include_usage": True}}
    slots = asyncio.Semaphore(16)

    async def one() -> None:
        async with slots:
            async for _ in await client.chat.completions.create(**streamed):
                pass

    await one()  # warm: connections opened, SDK code paths imported
    started = time.process_time()
    await asyncio.gather(*(one() for _ in range(requests)))
    per_streamed = (time.process_time() - started) / requests
    started = time.process_time()
    for _ in range(requests // 3):
        await client.chat.completions.create(**body)
    per_plain = (time.process_time() - started) / (requests // 3)
    await client.close()
    return per_streamed, per_plain


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=300)
    requests = parser.parse_args().requests
    server = subprocess.Popen([sys.executable, "-c", SERVER], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None and server.stdin is not None
    try:
        url = server.stdout.readline().strip()
        streamed, plain = asyncio.run(measure(url, requests))
    finally:
        server.stdin.close()
        server.wait(timeout=30)
    print(f"openai SDK, CPU per request: streamed with usage, 16 at once {streamed * 1000:.2f} ms; "
          f"not streamed, one at a time {plain * 1000:.2f} ms (budget per drafted candidate: 5 ms)")


if __name__ == "__main__":
    main()
