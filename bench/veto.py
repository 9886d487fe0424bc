"""How far the learned model may overrule a lexicon's word: the choice of learned.VETO_BELOW.

    python bench/veto.py

A fair test needs lexicon false alarms on sentences nobody tuned to, and the lexicons of today were
tuned on every dev sentence. So each batch's dev half is scored by the code of the commit before
that batch arrived (its lexicons and its model had never seen it), checked out into a temporary
worktree: batches l, m and n by 63bed65, batch o by 9abbc22. For each threshold: of the sentences a
lexicon withholds, how many innocent ones the model would let through (false alarms dropped) and
how many sensitive ones (true findings lost). Only dev halves are read.

2026-12-07, fourth session:
    threshold   false alarms dropped   true findings lost
    p < 0.02    20/55 (36 %)           0/267
    p < 0.05    26/55 (47 %)           2/267
    p < 0.1     32/55 (58 %)           3/267
    p < 0.2     40/55 (73 %)           4/267

These figures are for the models of 63bed65 and 9abbc22, not the shipped one, and they score whole
sentences. The veto is off (learned.VETO_BELOW = 0, since 49503c4): a review showed a sentence's
score falls with every harmless word, so a protected clause at the end of a long sentence was let
through. Before it is switched back on it must score the finding's own clause, never fire where
she, her or his is the candidate, and be re-measured here with the shipped model.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "evals" / "screening" / "dev"
BEFORE = {"63bed65": ("l", "m", "n"), "9abbc22": ("o",)}
THRESHOLDS = (0.02, 0.05, 0.1, 0.2, 0.3, 0.5)

# Run inside the old checkout: the lexicon hits of each sentence and the model's probability.
PROBE = """
import json, sys
from pathlib import Path
from followup.screening import find_sensitive, learned
from followup.screening.evaluation import load_labelled
model = learned.model()
for path in sys.argv[1:]:
    for s in load_labelled(Path(path)):
        if find_sensitive(s.text, language=s.language):
            print(json.dumps([model.probability(s.text), s.innocent]))
"""


def scored(commit: str, batches: tuple[str, ...]) -> list[tuple[float, bool]]:
    with tempfile.TemporaryDirectory() as folder:
        tree = Path(folder) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree), commit],
                       check=True)
        try:
            env = {**os.environ, "PYTHONPATH": str(tree / "src")}
            out = subprocess.run([sys.executable, "-c", PROBE, *(str(DEV / f"{b}.jsonl") for b in batches)],
                                 env=env, check=True, capture_output=True, text=True).stdout
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)
    return [tuple(json.loads(line)) for line in out.splitlines()]  # type: ignore[misc]


def main() -> None:
    rows = [row for commit, batches in BEFORE.items() for row in scored(commit, batches)]
    innocent = [p for p, is_innocent in rows if is_innocent]
    sensitive = [p for p, is_innocent in rows if not is_innocent]
    print(f"lexicon findings on unseen dev halves: {len(innocent)} innocent, {len(sensitive)} sensitive")
    print("threshold   false alarms dropped   true findings lost")
    for t in THRESHOLDS:
        dropped = sum(p < t for p in innocent)
        lost = sum(p < t for p in sensitive)
        share = f"{dropped}/{len(innocent)} ({dropped / len(innocent):.0%})"
        print(f"p < {t:<7} {share:<22} {lost}/{len(sensitive)}")


if __name__ == "__main__":
    main()
