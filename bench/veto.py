"""How far the learned model may overrule a lexicon's word: the choice of learned.VETO_BELOW.

    python bench/veto.py SENTENCES.jsonl [...]

The veto keeps a lexicon's finding out of the withheld list when the shipped model scores the
finding's own clause below the threshold and the clause speaks of no person (she, her, sa, ihr,
su...). It is fair only on sentences nobody tuned the lexicons or trained the model on: a fresh
blind batch, before it is split into dev and test. For each threshold this prints the share of
sensitive sentences withheld and of innocent ones withheld anyway.

2026-12-07, sixth session, blind batch r (400 sentences, 177 of them 20-40 words long, most of
those with one sensitive remark in the middle or at the end), at commit 962823c's lexicons and
model, before anything saw it:
    threshold   sensitive withheld   innocent withheld
    off         81.1 %               15.1 %
    p < 0.01    81.1 %               11.6 %
    p < 0.02    81.1 %                8.5 %
    p < 0.05    81.1 %                6.0 %
    p < 0.1     81.1 %                5.5 %
0.02 was fixed before batch r arrived (the fourth session chose it on batches l-o, scoring whole
sentences with older models).

Seventh session: 0.1, chosen on two dev halves, each scored before anything was tuned to it (r's at
dfaed73, t's at 61a669a); their test halves were not used:
    threshold   r dev: sensitive / innocent withheld   t dev: sensitive / innocent withheld
    off         84.2 % / 13.0 %                        85.9 % / 18.0 %
    p < 0.02    84.2 % /  6.0 %                        85.9 % /  9.0 %
    p < 0.1     84.2 % /  3.0 %                        85.9 % /  9.0 %
    p < 0.2     84.2 % /  3.0 %                        85.9 % /  8.0 %
    p < 0.3     83.2 % /  3.0 %                        85.9 % /  7.0 %
Not 0.2: a clause without a pronoun in a test ("Viene de una lesión de rodilla") scores 0.16.
"""

from __future__ import annotations

import sys
from pathlib import Path

from followup.screening import learned
from followup.screening.evaluation import evaluate, load_labelled

THRESHOLDS = (0.0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5)


def main() -> None:
    sentences = [s for name in sys.argv[1:] for s in load_labelled(Path(name))]
    if not sentences:
        sys.exit(__doc__)
    print("threshold   sensitive withheld   innocent withheld")
    for threshold in THRESHOLDS:
        learned.VETO_BELOW = threshold
        report = evaluate(sentences)
        name = "off" if threshold == 0 else f"p < {threshold}"
        print(f"{name:<11} {100 * report.withheld_rate:5.1f} %{'':14}{100 * report.false_alarm_rate:5.1f} %")


if __name__ == "__main__":
    main()
