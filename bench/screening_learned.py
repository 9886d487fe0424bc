"""Would a learned classifier screen better than the lexicons? A measurement; nothing here ships.

Trains a logistic regression on words, word pairs and character 3-5-grams of the `dev` sentences
(evals/screening/dev) and reports, on the sealed `test` sentences, the lexicons as shipped, the
model alone and the two OR-ed, at the thresholds that cross-validation on dev (one source batch
held out at a time) says add at most 1.5 % and 0.5 % false alarms. Needs scikit-learn, which is
not a dependency of followup:

    pip install scikit-learn && python bench/screening_learned.py
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from itertools import pairwise
from pathlib import Path
from typing import Any

from followup.screening import screen_notes
from followup.screening.evaluation import LabelledSentence, load_folder, load_labelled

ROOT = Path(__file__).resolve().parent.parent / "evals" / "screening"
THRESHOLDS = (0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.99)
_WORD = re.compile(r"\w+|[^\w\s]")


def features(text: str) -> Counter[str]:
    folded = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    words = _WORD.findall(folded)
    found = ["w:" + ("#" if w.isdigit() else w) for w in words]
    found += [f"b:{a} {b}" for a, b in pairwise(words)]
    for word in words:
        padded = f"<{word}>"
        found += [f"c:{padded[i:i + n]}" for n in (3, 4, 5) for i in range(len(padded) - n + 1)]
    return Counter(found)


def fit(sentences: list[LabelledSentence]) -> Any:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    pipeline = make_pipeline(DictVectorizer(), LogisticRegression(max_iter=3000, class_weight="balanced"))
    return pipeline.fit([features(s.text) for s in sentences], [not s.innocent for s in sentences])


def withheld_by_lexicons(sentences: list[LabelledSentence]) -> list[bool]:
    return [bool(screen_notes(s.text, language=s.language).withheld) for s in sentences]


def added_false_alarms() -> dict[float, float]:
    """Per threshold, the share of dev's innocent sentences the model adds, cross-validated by batch."""
    batches: dict[str, list[LabelledSentence]] = {}
    for path in sorted((ROOT / "dev").glob("*.jsonl")):
        batches.setdefault(path.stem.split("_")[0], []).extend(load_labelled(path))
    added: Counter[float] = Counter()
    innocent = 0
    for held_out, sentences in batches.items():
        model = fit([s for name, group in batches.items() if name != held_out for s in group])
        scores = model.predict_proba([features(s.text) for s in sentences])[:, 1]
        for sentence, score, caught in zip(sentences, scores, withheld_by_lexicons(sentences), strict=True):
            if sentence.innocent:
                innocent += 1
                added.update(t for t in THRESHOLDS if score > t and not caught)
    return {t: added[t] / innocent for t in THRESHOLDS}


def rates(sentences: list[LabelledSentence], withheld: list[bool]) -> str:
    sensitive = [w for s, w in zip(sentences, withheld, strict=True) if not s.innocent]
    innocent = [w for s, w in zip(sentences, withheld, strict=True) if s.innocent]
    return (f"sensitive withheld {sum(sensitive) / len(sensitive):6.1%}   "
            f"innocent withheld {sum(innocent) / len(innocent):5.1%}")


def main() -> None:
    cross_validated = added_false_alarms()
    for threshold, share in cross_validated.items():
        print(f"dev, cross-validated by batch: p > {threshold} adds {share:.1%} false alarms")
    chosen = [next(t for t in THRESHOLDS if cross_validated[t] <= bar) for bar in (0.015, 0.005)]

    dev, test = load_folder(ROOT / "dev"), load_folder(ROOT / "test")
    scores = fit(dev).predict_proba([features(s.text) for s in test])[:, 1]
    lexicons = withheld_by_lexicons(test)
    print(f"\ntest ({len(test)} sentences), trained on dev ({len(dev)})")
    print(f"{'lexicons as shipped':34} {rates(test, lexicons)}")
    for threshold in chosen:
        learned = [score > threshold for score in scores]
        print(f"{f'model alone, p > {threshold}':34} {rates(test, learned)}")
        print(f"{f'lexicons or model, p > {threshold}':34} "
              f"{rates(test, [a or b for a, b in zip(lexicons, learned, strict=True)])}")


if __name__ == "__main__":
    main()
