"""CPU per drafted candidate, without the network: screening, the offline writer and every check.

    python bench/per_draft.py [--repeat 300]

The budget is 5 ms per candidate (DEVELOPERS.md). On 2026-12-06, 2 cores shared with other work:
priya.md screening 2.2 ms, checks 2.8 ms, whole offline draft 5.7 ms (before the checks-and-screening
issue, on the same machine minutes apart: 2.0, 2.0 and 4.9 ms).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from followup.config import load_settings
from followup.notes import build_request, parse_notes, read_notes_file
from followup.writer import check_draft, screen, write_offline

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=300)
    repeat = parser.parse_args().repeat
    settings = load_settings({})
    for path in sorted(EXAMPLES.glob("*.md")):
        fields, body = parse_notes(read_notes_file(path), str(path))
        request = build_request(fields, body, str(path), {})
        draft = write_offline(request, settings)  # warm: lexicons loaded, patterns compiled
        parts = {"screening": lambda r=request: screen(r),
                 "checks": lambda r=request, d=draft: check_draft(d.content, d.body, r, settings,
                                                                  d.withheld),
                 "whole draft": lambda r=request: write_offline(r, settings)}
        timings = []
        for name, run in parts.items():
            start = time.perf_counter()
            for _ in range(repeat):
                run()
            timings.append(f"{name} {(time.perf_counter() - start) / repeat * 1000:.2f} ms")
        print(f"{path.name:14} " + ", ".join(timings))


if __name__ == "__main__":
    main()
