"""How many output tokens does a draft need? An estimate from the labelled good emails.

A draft comes back as one `DraftContent` JSON object: the email's text (without the signature, which
our code adds) split into fields, plus a quote from the notes for every strength and area to grow.
This script builds that object for each good email of evals/labelled (dev and test: nothing is tuned
here), with quotes as long as the notes' lines they come from would be, and estimates its tokens at
4 characters a token in English and 3.3 in French, German and Spanish (the rates of OpenAI's
o200k tokenizer on prose; no tokenizer ships offline). It prints the percentiles beside the default
`llm.max_output_tokens`, which has to fit the longest draft with room to spare.

    python bench/output_budget.py
"""

from __future__ import annotations

import json
import statistics
from pathlib import Path

import yaml

from followup.config import LLMSettings

LABELLED = Path(__file__).resolve().parent.parent / "evals" / "labelled"
CHARS_PER_TOKEN = {"english": 4.0}
OTHER_LANGUAGES = 3.3


def reply_tokens(item: dict) -> int:
    body = item["email"]["body"].strip().split("\n\n")
    notes_lines = [line.strip(" -*•") for line in item["notes"].splitlines() if line.strip()]
    quotes = notes_lines[: min(4, max(1, len(body) - 2))]
    reply = {
        "subject": item["email"]["subject"], "greeting": body[0],
        "opening": body[1] if len(body) > 2 else "",
        "strengths": [{"point": paragraph, "quote": quote}
                      for paragraph, quote in zip(body[2:-2], quotes, strict=False)],
        "areas_to_grow": [], "next_steps": body[-2] if len(body) > 3 else "",
        "encouragement": "", "closing": body[-1].splitlines()[0],
    }
    language = str((item.get("profile") or {}).get("language", "english")).lower()
    text = json.dumps(reply, ensure_ascii=False)
    return round(len(text) / CHARS_PER_TOKEN.get(language, OTHER_LANGUAGES))


def main() -> None:
    estimates: dict[str, list[int]] = {}
    for path in sorted(LABELLED.glob("*/*.yaml")):
        item = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not all(label["good"] for label in item["labels"].values()):
            continue
        depth = (item.get("profile") or {}).get("feedback_depth", "brief")
        estimates.setdefault(f"{item['decision']}, {depth}", []).append(reply_tokens(item))
    everything = sorted(t for values in estimates.values() for t in values)
    print(f"{'good emails':22} {'n':>4} {'median':>7} {'p95':>6} {'max':>6}  (estimated output tokens)")
    for name, values in sorted(estimates.items()):
        values.sort()
        print(f"{name:22} {len(values):4} {statistics.median(values):7.0f} "
              f"{values[int(0.95 * (len(values) - 1))]:6} {values[-1]:6}")
    print(f"{'all':22} {len(everything):4} {statistics.median(everything):7.0f} "
          f"{everything[int(0.95 * (len(everything) - 1))]:6} {everything[-1]:6}")
    default = LLMSettings.model_fields["max_output_tokens"].default
    print(f"\ndefault llm.max_output_tokens = {default}: {default / everything[-1]:.1f} x the longest draft")


if __name__ == "__main__":
    main()
