"""Resume: a round killed with SIGKILL halfway; the second run makes no request for a candidate
the first one finished, and nothing finished is lost or left half-written.

Both runs use --no-cache, so that only the journal can spare the requests (with the cache on, the
second run would not even re-ask for candidates answered but not yet journaled at the kill).

    python bench/resume.py [--candidates 500] [--kill-after 250]
"""

from __future__ import annotations

import argparse
import contextlib
import email
import email.policy
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import manifest, run_batch, server, workspace, write_round

JOURNAL = ".followup-journal.jsonl"


def journaled(out: Path) -> list[dict[str, object]]:
    try:
        lines = (out / JOURNAL).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    records = []
    for line in lines:
        with contextlib.suppress(ValueError):  # a torn last line: the tool ignores it too
            records.append(json.loads(line))
    return records


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--candidates", type=int, default=500)
    parser.add_argument("--kill-after", type=int, default=250)
    parser.add_argument("--concurrency", type=int, default=16)
    args = parser.parse_args()
    work = workspace("resume")
    write_round(work / "round.csv", args.candidates)
    out = work / "drafts"
    command = ("round.csv", "--out", "drafts", "--model", "gpt-4o-mini", "--concurrency",
               str(args.concurrency), "--no-cache")
    with server(work, delay=0.2) as fake:
        first = run_batch(work, *command, "--base-url", fake.url,
                          kill_when=lambda: len(journaled(out)) >= args.kill_after)
        done = journaled(out)
        done_names = {str(r["name"]) for r in done}
        broken = []
        for record in done:  # everything journaled is complete on disk
            for name in record["files"]:  # type: ignore[union-attr]
                path = out / str(name)
                text = path.read_text(encoding="utf-8") if path.is_file() else ""
                if name.endswith(".eml"):
                    message = email.message_from_string(text, policy=email.policy.default)
                    if not message["Subject"] or not message.get_content().strip():
                        broken.append(name)
                elif not text.endswith("\n"):
                    broken.append(name)
        temp_files = sorted(p.name for p in out.glob(".*.tmp"))
        between = time.monotonic()
        second = run_batch(work, *command, "--base-url", fake.url)
        log = fake.stop()
    asked_again = [e["name"] for e in log if e["t"] > between]
    rows = manifest(out)
    print(f"candidates {args.candidates}, concurrency {args.concurrency}; SIGKILL once "
          f"{args.kill_after} are journaled")
    print(f"  run 1: killed after {first.wall:.1f} s (exit {first.exit_code}); journaled {len(done)}, "
          f"files of journaled candidates incomplete: {len(broken)}, temp files left: "
          f"{len(temp_files)} {temp_files[:3]}")
    print(f"  run 2: {second.round_seconds:.1f} s, exit {second.exit_code}; asked the server "
          f"{len(asked_again)} time(s) for {len(set(asked_again))} candidate(s); "
          f"{len(set(asked_again) & done_names)} of them already done in run 1 (expected 0)")
    statuses = {r["status"] for r in rows}
    emls = list(out.glob("*.eml"))
    print(f"  after run 2: {len(rows)} manifest rows, statuses {sorted(statuses)}, {len(emls)} .eml "
          f"files, temp files left {len(list(out.glob('.*.tmp')))}")


if __name__ == "__main__":
    main()
