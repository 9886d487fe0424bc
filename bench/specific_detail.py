"""Word stems or a lemmatiser for "a specific detail of the notes"? Measured on dev only.

    pip install 'simplemma>=1.1,<3'   # only for this comparison
    python bench/specific_detail.py

Each variant replaces `specific_detail` for one calibration over evals/labelled/dev and prints its
false alarms (good emails it flags) and misses (generic emails it passes). First run, 2026-12-06:

    variant                       false alarms  misses
    two words in a row (before)   10/145        1/9
    stems, 1 shared term          0/145         2/9
    stems, 2 shared terms         0/145         2/9    <- adopted (checks/personalisation.py)
    lemmas, 1 shared term         0/145         2/9
    lemmas, 2 shared terms        1/145         2/9

Lemmas (simplemma 2.0: 19 MB installed, about 1 s to load a language's dictionary on first use)
do no better than six-letter stems here, so followup does not depend on simplemma.
"""

from __future__ import annotations

from pathlib import Path

from followup.checks import CHECKS
from followup.checks import personalisation as P
from followup.checks.base import Verdict, _fail, _ok, normalise, words
from followup.evals.calibrate import calibrate
from followup.evals.cases import load_labelled

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = {"french": "fr", "german": "de", "spanish": "es"}


def variant(kind: str, need: int):  # type: ignore[no-untyped-def]
    def check(email, ctx) -> Verdict:  # type: ignore[no-untyped-def]
        if email.evidence:
            return _ok()
        if not ctx.notes:
            return _fail("no notes")
        language = LANGUAGES.get(ctx.profile.language.strip().lower(), "en")

        def keys(text: str) -> set[str]:
            found = set()
            for word in (w.strip("'-") for w in words(normalise(text))):
                if len(word) < 5 or word in P.GENERIC_WORDS or word.isdigit():
                    continue
                if kind == "lemmas":
                    import simplemma

                    found.add(simplemma.lemmatize(word, lang=(language, "en"))[:8])
                else:
                    found.add(word[:6])
            return found

        own = keys(" ".join([ctx.candidate.name, ctx.candidate.role, ctx.profile.company]))
        return _ok() if len((keys(ctx.notes) - own) & keys(email.body)) >= need else _fail("generic")
    return check


def main() -> None:
    dev = load_labelled(ROOT / "evals" / "labelled" / "dev")
    spec = CHECKS["specific_detail"]
    variants = [("adopted", spec.run)]
    variants += [(f"{kind}, {need} shared term(s)", variant(kind, need))
                 for kind in ("stems", "lemmas") for need in (1, 2)]
    print(f"{'variant':30} {'false alarms':>14} {'misses':>8}")
    for name, run in variants:
        object.__setattr__(spec, "run", run)
        try:
            result = next(c for c in calibrate(dev, "dev").checks if c.name == "specific_detail")
        except ImportError:
            print(f"{name:30} (pip install simplemma to measure)")
            continue
        print(f"{name:30} {len(result.false_alarms):>6}/{result.good:<7} "
              f"{len(result.misses):>3}/{result.faults}")


if __name__ == "__main__":
    main()
