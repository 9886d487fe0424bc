"""`followup batch --batch-api` on a 10,000-candidate round through the loopback Batch API.

Part 1, the figures: the tool's own time (wall and CPU) and peak memory to build the input file
(`--export`, which sends nothing; then `--no-wait`, which builds, uploads and creates the batch)
and to collect the results (`--no-wait` again, once the batch is done: download, read, check,
write every draft), and the cost at the batch rate beside the synchronous estimate.

Part 2, kills: the same round in a fresh folder, SIGKILLed while building the input file, while
uploading it, while waiting for the batch and while collecting it, then the same command again
to the end: every candidate drafted, one file uploaded, one batch created, each request answered
(paid for) once.

The server runs in its own process (bench/_server.py): its CPU and memory are not the tool's.

    python bench/batch_api.py [--candidates 10000]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import urllib.request
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Run, manifest, run_batch, server, workspace, write_round

JOURNAL = ".followup-journal.jsonl"
BATCHES = ".followup-batches.jsonl"


def lines_of(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def records(path: Path, kind: str) -> list[dict[str, object]]:
    return [r for line in path.read_text().splitlines() if (r := json.loads(line))["kind"] == kind]


def has_record(path: Path, kind: str) -> bool:
    try:
        return f'"kind":"{kind}"'.encode() in path.read_bytes()
    except FileNotFoundError:
        return False


def input_file_size(out: Path) -> int:
    return sum(p.stat().st_size for p in out.glob(".followup-batch-input-*.tmp"))


def at_provider(url: str) -> tuple[int, int]:
    """Files and batches the loopback provider holds (the tool's journal may not know yet)."""
    counts = []
    for what in ("files?purpose=batch", "batches?limit=100"):
        with urllib.request.urlopen(f"{url}/{what}", timeout=60) as answer:
            counts.append(len(json.load(answer)["data"]))
    return counts[0], counts[1]


def after(condition: Callable[[], bool], delay: float) -> Callable[[], bool]:
    """`condition`, then `delay` seconds more: a kill in the middle of what follows it."""
    since: list[float] = []

    def check() -> bool:
        if not since and condition():
            since.append(time.monotonic())
        return bool(since) and time.monotonic() - since[0] >= delay

    return check


def figure(label: str, run: Run) -> str:
    return (f"  {label:<34} wall {run.wall:6.1f} s   CPU {run.cpu:6.1f} s   peak "
            f"{run.max_rss_mb:6.0f} MB   exit {run.exit_code}")


def cost_line(stdout: str) -> str:
    found = re.search(r"estimated cost (\S+)\n.*one request at a time: (\S+)", stdout)
    return f"{found.group(1)} at the batch rate, {found.group(2)} sent one request at a time" \
        if found else "not reported"


def figures(count: int) -> int:
    work = workspace("batchapi")
    write_round(work / "round.csv", count)
    base = ("round.csv", "--model", "gpt-4o-mini", "--batch-api")
    with server(work, delay=0, batch_api=1) as fake:
        export = run_batch(work, *base, "--out", "exported", "--export", "requests.jsonl",
                           "--base-url", fake.url)
        submit = run_batch(work, *base, "--out", "drafts", "--no-wait", "--base-url", fake.url)
        # The provider's work, not the tool's: one status check from here lets the loopback
        # server answer the batch's lines, so that the collecting run finds it done.
        started = time.monotonic()
        batch_id = next(r["batch_id"] for r in records(work / "drafts" / BATCHES, "created"))
        with urllib.request.urlopen(f"{fake.url}/batches/{batch_id}", timeout=600) as answer:
            status = json.load(answer)["status"]
        provider = time.monotonic() - started
        collect = run_batch(work, *base, "--out", "drafts", "--no-wait", "--base-url", fake.url)
        log = fake.stop()
    rows = manifest(work / "drafts")
    size = (work / "requests.jsonl").stat().st_size
    print(f"{count:,} candidates, loopback Batch API (server in its own process)")
    print(figure("build only (--export)", export))
    print(figure("build + upload + create (--no-wait)", submit))
    print(f"  (the loopback provider answered the batch ({status}) in {provider:.1f} s)")
    print(figure("collect (--no-wait, batch done)", collect))
    peak = max(submit.max_rss_mb, collect.max_rss_mb)
    print(f"  input file {size / 1e6:.0f} MB; build + collect: {submit.wall + collect.wall:.1f} s "
          f"wall, {submit.cpu + collect.cpu:.1f} s CPU, peak {peak:.0f} MB")
    print(f"  statuses {dict(Counter(r['status'] for r in rows))}; cost {cost_line(collect.stdout)}")
    served = log[-1]
    print(f"  server: {served['uploads']} upload, {served['creates']} batch, "
          f"{sum(e['kind'] == 'ok' for e in log)} requests answered")
    return size


def kills(count: int, size: int) -> None:
    work = workspace("batchapi-kills")
    write_round(work / "round.csv", count)
    out = work / "drafts"
    command = ("round.csv", "--out", "drafts", "--model", "gpt-4o-mini", "--batch-api",
               "--poll-every", "0.5")
    stages: list[tuple[str, Callable[[], bool]]] = [
        ("building", lambda: input_file_size(out) > size // 3),
        # The input file complete: the upload (about a second for 55 MB here) has begun.
        ("uploading", after(lambda: input_file_size(out) >= size, 0.3)),
        ("waiting", lambda: has_record(out / BATCHES, "created")),
        ("collecting", lambda: lines_of(out / JOURNAL) >= count // 3),
    ]
    print(f"\nkills: the same {count:,} candidates in a fresh folder, SIGKILL at each stage, then "
          "the same command again")
    with server(work, delay=0, batch_api=3) as fake:
        for stage, when in stages:
            started = time.monotonic()
            killed = run_batch(work, *command, "--base-url", fake.url, kill_when=when)
            journaled = lines_of(out / JOURNAL)
            files, batches = at_provider(fake.url)
            print(f"  killed while {stage:<11} after {time.monotonic() - started:5.1f} s (exit "
                  f"{killed.exit_code}): {journaled:,} drafts journaled; journal says uploaded "
                  f"{has_record(out / BATCHES, 'uploaded')}, created "
                  f"{has_record(out / BATCHES, 'created')}; the provider holds {files} file(s), "
                  f"{batches} batch(es)")
        last = run_batch(work, *command, "--base-url", fake.url)
        log = fake.stop()
    rows = manifest(out)
    answered = Counter(e["name"] for e in log if e["kind"] == "ok")
    served = log[-1]
    emls = len(list(out.glob("*.eml")))
    print(f"  then to the end: exit {last.exit_code}, {last.wall:.1f} s; statuses "
          f"{dict(Counter(r['status'] for r in rows))}, {emls:,} .eml files, temp files left "
          f"{len(list(out.glob('.*.tmp')))}")
    print(f"  server: {served['uploads']} upload(s), {served['creates']} batch(es) created; "
          f"{sum(answered.values()):,} requests answered for {len(answered):,} candidates, "
          f"{sum(1 for n in answered.values() if n > 1)} answered more than once")
    lost = count - sum(1 for r in rows if r["status"] in ("ok", "needs_review"))
    print(f"  lost: {lost}; paid twice: {sum(n - 1 for n in answered.values())}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--candidates", type=int, default=10_000)
    args = parser.parse_args()
    size = figures(args.candidates)
    kills(args.candidates, size)


if __name__ == "__main__":
    main()
