"""Robustness: 500 candidates, 20 % of answers faulty (429 with Retry-After, 500, hangs past the
timeout, dropped connections, a cut-off body, a reply that is not JSON).

Checks that every candidate ends ok, needs_review or failed with a reason, none lost or drafted
twice, and that running the same command again finishes the failed ones (and only those).
The profile sets llm.max_retries = 1 (default 4) so that some candidates do fail in the first run.

Speed: the same round first runs against a fault-free server, in a workspace of its own; the
faulty round's time is compared with it. Target: at most 3x the fault-free round (bar: 4x).

    python bench/robustness.py [--candidates 500] [--fault-rate 0.2] [--max-retries 1] [--seed 0]
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import manifest, run_batch, server, workspace, write_round


def check_round(out: Path, names: list[str]) -> tuple[collections.Counter[str], list[str]]:
    rows = manifest(out)
    problems = []
    statuses = collections.Counter(row["status"] for row in rows)
    drafted = collections.Counter(row["name"] for row in rows)
    lost = [n for n in names if drafted[n] == 0]
    twice = [n for n, count in drafted.items() if count > 1]
    if lost or twice or len(rows) != len(names):
        problems.append(f"lost {len(lost)}, listed twice {len(twice)}, rows {len(rows)}")
    for row in rows:
        if row["status"] not in ("ok", "needs_review", "failed"):
            problems.append(f"{row['name']}: status {row['status']}")
        if row["status"] == "failed" and not row["reason"]:
            problems.append(f"{row['name']}: failed without a reason")
        if row["status"] != "failed" and not all((out / f).is_file() for f in row["files"]):
            problems.append(f"{row['name']}: a file is missing")
    emls = sorted(p.name for p in out.glob("*.eml"))
    if len(emls) != len(set(emls)) or len(emls) != sum(1 for r in rows if r["files"]):
        problems.append(f"{len(emls)} .eml files for {sum(1 for r in rows if r['files'])} drafts")
    return statuses, problems


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--candidates", type=int, default=500)
    parser.add_argument("--fault-rate", type=float, default=0.2)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--timeout", type=float, default=2.0)
    parser.add_argument("--max-retries", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0, help="the fake server's choice of faults")
    args = parser.parse_args()
    command = ("round.csv", "--out", "drafts", "--model", "gpt-4o-mini", "--concurrency",
               str(args.concurrency))

    def prepare(name: str) -> tuple[Path, list[str]]:
        work = workspace(name, timeout=args.timeout)
        with (work / "followup.toml").open("a") as fh:
            fh.write(f"max_retries = {args.max_retries}\n")
        return work, write_round(work / "round.csv", args.candidates)

    clean, names = prepare("robustness-clean")
    with server(clean, delay=0.2, timeout=args.timeout) as fake:
        baseline = run_batch(clean, *command, "--base-url", fake.url)
        fake.stop()
    baseline_statuses, baseline_problems = check_round(clean / "drafts", names)

    work, names = prepare("robustness")
    with server(work, delay=0.2, fault_rate=args.fault_rate, timeout=args.timeout,
                seed=args.seed) as fake:
        first = run_batch(work, *command, "--base-url", fake.url)
        first_statuses, first_problems = check_round(work / "drafts", names)
        rows = manifest(work / "drafts")
        failed_first = {r["name"] for r in rows if r["status"] == "failed"}
        reasons = collections.Counter(r["reason"][:90] for r in rows if r["status"] == "failed")
        between = time.monotonic()  # CLOCK_MONOTONIC: the server process's clock too
        second = run_batch(work, *command, "--base-url", fake.url)
        second_statuses, second_problems = check_round(work / "drafts", names)
        log = fake.stop()
    kinds = collections.Counter(e["kind"] for e in log)
    asked_again = {e["name"] for e in log if e["t"] > between}
    print(f"candidates {args.candidates}, fault rate {args.fault_rate:.0%}, concurrency "
          f"{args.concurrency}, timeout {args.timeout:g} s, max_retries {args.max_retries}, "
          f"seed {args.seed}")
    print(f"  fault-free: {baseline.round_seconds:.1f} s, exit {baseline.exit_code}, "
          f"{dict(baseline_statuses)}; problems: {baseline_problems or 'none'}")
    print(f"  server answers: {dict(sorted(kinds.items()))}")
    print(f"  run 1: {first.round_seconds:.1f} s, exit {first.exit_code}, {dict(first_statuses)}; "
          f"problems: {first_problems or 'none'}")
    for reason, count in reasons.most_common(8):
        print(f"     failed x{count}: {reason}")
    print(f"  run 2: {second.round_seconds:.1f} s, exit {second.exit_code}, {dict(second_statuses)}; "
          f"problems: {second_problems or 'none'}")
    print(f"  run 2 asked the server about {len(asked_again)} candidate(s); "
          f"{len(asked_again - failed_first)} of them had not failed in run 1 (expected 0); "
          f"{len(failed_first - asked_again)} failed one(s) not retried (expected 0)")
    ratio = first.round_seconds / baseline.round_seconds
    print(f"  time: fault-free {baseline.round_seconds:.1f} s, {args.fault_rate:.0%} faults "
          f"{first.round_seconds:.1f} s: ratio {ratio:.2f}x (target <= 3x, bar 4x)")
    governed = [line.strip() for line in first.stdout.splitlines() if line.startswith("Requests:")]
    if governed:
        print(f"  run 1 {governed[0]}")


if __name__ == "__main__":
    main()
