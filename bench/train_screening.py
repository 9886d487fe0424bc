"""Train screening's learned model on the dev sentences; choose its threshold by cross-validation.

    pip install scikit-learn && python bench/train_screening.py [--write]

A logistic regression over the features of followup.screening.learned (words, word pairs,
character 3-5-grams) learns whether a sentence is sensitive from evals/screening/dev, and a second,
multinomial one which category it is. Only dev is read while training and choosing: each dev
batch (a file, one source) is held out in turn, a model is trained on the others, and screening
runs on the held-out sentences exactly as shipped (lexicons and their context, then the model on
what they kept, then its context). The threshold is the lowest at which the model adds at most
MAX_ADDED of false alarms across the held-out batches (the highest tried, if none does). Then the
model is trained on all of dev; `--write` saves it to src/followup/screening/learned.json. The
sealed test split is screened last, for the report only.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Any

from followup.screening import Category, learned
from followup.screening.evaluation import LabelledSentence, evaluate, load_folder, load_labelled
from followup.screening.learned import Linear, Model, features

ROOT = Path(__file__).resolve().parent.parent
SCREENING = ROOT / "evals" / "screening"
THRESHOLDS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97)
MAX_ADDED = 0.02  # of the held-out batches' innocent sentences, on top of the lexicons' own
# Weights smaller than these are dropped: a file a tenth the size, read in a tenth of the time, and
# the cross-validated rates within 0.3 points of the unpruned model's.
PRUNE_SENSITIVE = 0.02
PRUNE_CATEGORY = 0.1


def _linear(bias: float, names: Any, coefficients: Any, prune: float) -> Linear:
    return Linear(bias=float(bias), weights={str(name): float(weight)
                                             for name, weight in zip(names, coefficients, strict=True)
                                             if abs(weight) >= prune})


def fit(sentences: list[LabelledSentence], threshold: float) -> Model:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([Counter(features(s.text)) for s in sentences])
    names = vectorizer.get_feature_names_out()
    binary = LogisticRegression(max_iter=3000, class_weight="balanced")
    binary.fit(matrix, [not s.innocent for s in sentences])

    rows = [(i, category) for i, s in enumerate(sentences) for category in sorted(s.expected)]
    kinds = LogisticRegression(max_iter=3000)
    kinds.fit(matrix[[i for i, _ in rows]], [category.value for _, category in rows])
    by_category = {Category(label): _linear(bias, names, weights, PRUNE_CATEGORY)
                   for label, bias, weights in zip(kinds.classes_, kinds.intercept_, kinds.coef_,
                                                   strict=True)}
    return Model(sensitive_score=_linear(binary.intercept_[0], names, binary.coef_[0], PRUNE_SENSITIVE),
                 threshold=threshold, by_category=by_category)


def screened_with(model: Model | None, sentences: list[LabelledSentence]) -> tuple[float, float]:
    """(sensitive withheld, innocent withheld) when screening runs with `model`."""
    original = learned.model
    learned.model = lambda: model  # type: ignore[assignment]
    try:
        report = evaluate(sentences)
    finally:
        learned.model = original
    return report.withheld_rate, report.false_alarm_rate


def cross_validate() -> dict[float | None, tuple[float, float]]:
    """Per threshold (None: lexicons alone), the rates over all held-out dev batches."""
    batches = {path.stem: load_labelled(path) for path in sorted((SCREENING / "dev").glob("*.jsonl"))}
    totals: dict[float | None, list[float]] = {t: [0.0, 0.0] for t in (None, *THRESHOLDS)}
    dangerous = innocent = 0
    for held_out, sentences in batches.items():
        trained = fit([s for name, group in batches.items() if name != held_out for s in group], 0.5)
        d = sum(not s.innocent for s in sentences)
        i = len(sentences) - d
        dangerous, innocent = dangerous + d, innocent + i
        for threshold in totals:
            model = None if threshold is None else Model(trained.sensitive_score, threshold,
                                                          trained.by_category)
            withheld, false_alarms = screened_with(model, sentences)
            totals[threshold][0] += withheld * d
            totals[threshold][1] += false_alarms * i
    return {t: (w / dangerous, f / innocent) for t, (w, f) in totals.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="save the model to learned.json")
    args = parser.parse_args()

    print("dev, each batch held out in turn:")
    rates = cross_validate()
    for threshold, (withheld, false_alarms) in rates.items():
        label = "lexicons alone" if threshold is None else f"with the model, p > {threshold}"
        print(f"  {label:30} sensitive withheld {withheld:6.1%}   innocent withheld {false_alarms:5.1%}")
    base = rates[None][1]
    threshold = next((t for t in THRESHOLDS if rates[t][1] - base <= MAX_ADDED), THRESHOLDS[-1])
    print(f"chosen: p > {threshold} (adds at most {MAX_ADDED:.0%} false alarms on held-out dev)")

    model = fit(load_folder(SCREENING / "dev"), threshold)
    test = load_folder(SCREENING / "test")
    for label, candidate in (("lexicons alone", None), (f"with the model, p > {threshold}", model)):
        withheld, false_alarms = screened_with(candidate, test)
        print(f"test, {label:24} sensitive withheld {withheld:6.1%}   innocent withheld {false_alarms:5.1%}")
    if args.write:
        model.dump(learned.MODEL_PATH)
        print(f"wrote {learned.MODEL_PATH.relative_to(ROOT)} "
              f"({learned.MODEL_PATH.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
