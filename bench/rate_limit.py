"""Rate limit: a server that allows 600 requests a minute (a token bucket: 10 a second, bursts of
10) and answers 429 beyond it, with the wait until its next free slot.

Target: the round finishes within 1.2x of the time the limit allows, with fewer than 5 % of the
requests refused. Runs twice: adaptive (the tool is not told the limit and learns it from the
429s) and with --rpm 600 (the limit given, as a user on a known tier would).

    python bench/rate_limit.py [--candidates 500] [--per-minute 600] [--concurrency 16]
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import manifest, run_batch, server, workspace, write_round


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--candidates", type=int, default=500)
    parser.add_argument("--per-minute", type=float, default=600)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--delay", type=float, default=0.2)
    parser.add_argument("--only", choices=("adaptive", "rpm"), default=None)
    args = parser.parse_args()
    rate = args.per_minute / 60
    allowed = (args.candidates - rate) / rate + args.delay  # one second's burst, then the rate
    print(f"candidates {args.candidates}, server limit {args.per_minute:g}/min (burst {rate:g}), "
          f"answers after {args.delay * 1000:.0f} ms, concurrency {args.concurrency}")
    print(f"  the limit allows the round in {allowed:.1f} s")
    modes = {"adaptive": [], "rpm": ["--rpm", f"{args.per_minute:g}"]}
    for mode, extra in modes.items():
        if args.only and mode != args.only:
            continue
        work = workspace(f"ratelimit-{mode}")
        write_round(work / "round.csv", args.candidates)
        with server(work, delay=args.delay, per_minute=args.per_minute) as fake:
            run = run_batch(work, "round.csv", "--out", "drafts", "--base-url", fake.url,
                            "--model", "gpt-4o-mini", "--concurrency", str(args.concurrency),
                            "--no-cache", *extra)
            log = fake.stop()
        kinds = collections.Counter(e["kind"] for e in log)
        statuses = collections.Counter(r["status"] for r in manifest(work / "drafts"))
        refused = kinds["429"] / len(log)
        print(f"  {mode:<9} {run.round_seconds:6.1f} s  ratio {run.round_seconds / allowed:.3f} "
              f"(target <= 1.2)  requests {len(log)}, refused {kinds['429']} = {refused:.1%} "
              f"(target < 5 %)  {dict(statuses)}  exit {run.exit_code}")
        governed = [line for line in run.stdout.splitlines() if "refused with 429" in line]
        if governed:
            print(f"            {governed[0].strip()}")


if __name__ == "__main__":
    main()
