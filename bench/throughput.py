"""Throughput: 500 candidates, a server answering after 200 ms, concurrency 16.

Targets: wall time within 1.15x of the ideal 500 / 16 x 0.2 s = 6.25 s; the tool's own CPU under
5 ms per candidate. Prints both ratios (the round alone, as the tool's summary times it, and the
whole command with Python's start-up), the CPU per candidate (with the fixed part apart) and the
peak memory. The server runs in its own process; the response cache is on, as by default (a fresh
cache: every request is a miss).

    python bench/throughput.py [--candidates 500] [--concurrency 16] [--delay 0.2]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import manifest, run_batch, server, workspace, write_round


def import_cpu(module: str) -> float:
    """CPU seconds that importing `module` adds to a bare interpreter."""
    def cpu(code: str) -> float:
        process = subprocess.Popen([sys.executable, "-c", code])
        _, _, usage = os.wait4(process.pid, 0)
        return usage.ru_utime + usage.ru_stime

    return max(0.0, min(cpu(f"import {module}") for _ in range(3)) - min(cpu("pass") for _ in range(3)))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--candidates", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--delay", type=float, default=0.2)
    parser.add_argument("--without-screening", action="store_true",
                        help="diagnostic: screening replaced by a no-op (bench/_without_screening.py)")
    args = parser.parse_args()
    command = ([sys.executable, str(Path(__file__).resolve().parent / "_without_screening.py")]
               if args.without_screening else None)
    work = workspace("throughput")
    write_round(work / "round.csv", args.candidates)
    ideal = args.candidates / args.concurrency * args.delay
    options = ("round.csv", "--out", "drafts", "--model", "gpt-4o-mini", "--concurrency",
               str(args.concurrency))
    with server(work, delay=args.delay) as fake:
        run = run_batch(work, *options, "--base-url", fake.url, command=command)
        # The same command again: everything is done, so this is the fixed cost alone (start-up,
        # reading and planning the round, the manifest).
        fixed = run_batch(work, *options, "--base-url", fake.url, command=command)
        log = fake.stop()
    statuses = [row["status"] for row in manifest(work / "drafts")]
    if args.without_screening:
        print("DIAGNOSTIC RUN: screening replaced by a no-op")
    print(f"candidates {args.candidates}, concurrency {args.concurrency}, server delay "
          f"{args.delay * 1000:.0f} ms; exit code {run.exit_code}")
    print(f"  ok {statuses.count('ok')}, needs_review {statuses.count('needs_review')}, "
          f"failed {statuses.count('failed')}; requests {len(log)}")
    print(f"  ideal {ideal:.2f} s")
    print(f"  round  {run.round_seconds:.2f} s  ratio {run.round_seconds / ideal:.3f}  (target <= 1.15)")
    print(f"  command {run.wall:.2f} s  ratio {run.wall / ideal:.3f}  (Python start-up included)")
    print(f"  CPU {run.cpu:.2f} s = {run.cpu / args.candidates * 1000:.2f} ms per candidate "
          "(target < 5 ms; start-up included)")
    # With nothing left to draft the command skips `import openai`: measure that apart.
    fixed_cpu = fixed.cpu + import_cpu("openai")
    marginal = (run.cpu - fixed_cpu) / args.candidates * 1000
    print(f"      of which fixed {fixed_cpu:.2f} s (start-up, planning, manifest, import openai), "
          f"and {marginal:.2f} ms per candidate drafted")
    print(f"  peak memory {run.max_rss_mb:.0f} MB (ru_maxrss)")
    if run.exit_code not in (0, 4):
        print(run.stderr[-2000:])


if __name__ == "__main__":
    main()
