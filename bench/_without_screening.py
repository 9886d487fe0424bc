"""`followup` with screening replaced by a no-op, for one diagnostic only: how much of the tool's
CPU is the batch machinery (HTTP client, scheduling, files, journal) and how much is screening.
Never used for the reported figures themselves.

    python bench/_without_screening.py batch round.csv --out drafts ...
"""

from __future__ import annotations

from typing import Any

import followup.screening as screening
import followup.screening.screen as screen_module
from followup.cli import main
from followup.screening import ScreenedNotes


def _screen_nothing(notes: str, **_: Any) -> ScreenedNotes:
    return ScreenedNotes(kept=notes, withheld=[], language="en")


def _find_nothing(text: str, **_: Any) -> list[Any]:
    return []


for module in (screening, screen_module):
    module.screen_notes = _screen_nothing  # type: ignore[assignment]
    module.find_sensitive = _find_nothing  # type: ignore[assignment]

if __name__ == "__main__":
    main()
