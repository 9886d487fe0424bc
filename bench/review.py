"""`followup review` on a large round: how long the pages and an edit take to answer.

A round of N candidates is drafted offline by the template writer, then the review's app answers
through Starlette's test client (in process: the figure is the app's work, not the network's):
the list, the list searched, one candidate, an edit saved (checks re-run, files, journal and
manifest rewritten), an approval and an mbox export of every approved draft.

    python bench/review.py [--candidates 500] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import run_batch, workspace, write_round


def timed(action: Callable[[], object], repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    from starlette.testclient import TestClient

    from followup.config import load_settings
    from followup.review.app import create_app
    from followup.review.round import ReviewRound

    workdir = workspace("review")
    write_round(workdir / "round.csv", args.candidates)
    run = run_batch(workdir, "round.csv", "--out", "drafts")
    if run.exit_code not in (0, 4):
        sys.exit(f"batch failed ({run.exit_code}): {run.stderr[-300:]}")
    os.chdir(workdir)
    review = ReviewRound(workdir / "drafts", load_settings())
    client = TestClient(create_app(review, token="bench", hosts=["testserver"]),
                        follow_redirects=False)
    client.get("/?token=bench")
    stems = [c.stem for c in review.candidates() if c.stem]
    middle = stems[len(stems) // 2]
    body = review.saved_draft(middle).body
    counter = iter(range(10**6))

    def edit() -> object:
        response = client.post(f"/c/{middle}/edit", data={
            "subject": f"Your interview, take {next(counter)}", "body": body})
        assert response.status_code == 303, response.text[:300]
        return response

    for stem in stems[::2]:  # half the round approved, for the export
        client.post(f"/c/{stem}/verdict", data={"verdict": "approved"})

    actions: dict[str, Callable[[], object]] = {
        "list (every candidate)": lambda: client.get("/"),
        "list searched": lambda: client.get("/", params={"q": "backend"}),
        "one candidate": lambda: client.get(f"/c/{middle}"),
        "edit saved": edit,
        "approve": lambda: client.post(f"/c/{middle}/verdict", data={"verdict": "approved"}),
        f"export mbox ({len(stems[::2])} approved)": lambda: client.post("/export",
                                                                         data={"kind": "mbox"}),
    }
    print(f"followup review, {len(stems)} drafts (median and worst of {args.repeat}, ms)")
    for label, action in actions.items():
        median, worst = timed(action, args.repeat)
        print(f"  {label:32} median {median:7.1f}   worst {worst:7.1f}")


if __name__ == "__main__":
    main()
