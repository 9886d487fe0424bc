"""What a round leaves in the output folder.

Per candidate with a draft: `<name>.eml` (opens as an unsent draft in a mail client), `<name>.md`
(the same email to read, with its status, failed checks and supporting quotes) and `<name>.json`
(the draft as `--format json` gives it: its notes, content and checks, what `followup review`
reads). Per round:
`manifest.jsonl` and `manifest.csv`, one row per input row in input order, whatever became of it.
Every file is written atomically (followup.files.write_atomic): a reader never sees half a file.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..files import write_atomic
from ..models import Draft, Profile
from ..render import to_eml, to_json, to_markdown
from .cost import Prices, mixed_cost
from .journal import Outcome

MANIFEST_JSONL = "manifest.jsonl"
MANIFEST_CSV = "manifest.csv"
DRAFT_SUFFIXES = (".eml", ".md", ".json")


class ManifestEntry(Outcome):
    """An outcome as the manifest shows it: where the row was, and its estimated cost."""

    duplicate_of: str | None = None
    cost_usd: float | None = None


def slug(name: str) -> str:
    """'Chloé Dubois' -> 'chloe-dubois', '李雷' -> '李雷': letters and digits, accents dropped,
    words joined by '-': a readable file name that survives every file system and mailer."""
    bare = "".join(ch for ch in unicodedata.normalize("NFKD", name)
                   if not unicodedata.combining(ch))
    words = re.sub(r"[\W_]+", "-", unicodedata.normalize("NFC", bare).lower())
    return words.strip("-")[:60].strip("-") or "candidate"


def assign_stems(names: Mapping[str, str], kept: Mapping[str, str],
                 taken_elsewhere: Iterable[str] = ()) -> dict[str, str]:
    """A file stem per key: `kept` ones (from earlier runs) stay, the rest get slugs that no
    other candidate of the folder has (`taken_elsewhere`: the stems of earlier rounds)."""
    stems = dict(kept)
    taken = set(kept.values()) | set(taken_elsewhere)
    for key, name in names.items():
        if key in stems:
            continue
        base = stem = slug(name)
        number = 2
        while stem in taken:
            stem, number = f"{base}-{number}", number + 1
        stems[key] = stem
        taken.add(stem)
    return stems


def refuse_overwriting_input(source: Path, out: Path) -> None:
    """Nothing a round writes may replace its input: not a notes file of a folder round (whose
    drafts would also be read as notes next time), not a table named like the manifest."""
    from ..errors import InputError
    from ..files import same_file
    from ..review.state import REVIEW_NAME
    from .journal import JOURNAL_NAME, LOCK_NAME

    if source.is_dir():
        if same_file(source, out):
            raise InputError(f"{out}: is the folder the notes are read from; give --out another "
                             "folder, so that no notes file is replaced by a draft")
        return
    if source.name in (MANIFEST_JSONL, MANIFEST_CSV, JOURNAL_NAME, LOCK_NAME, REVIEW_NAME) and same_file(
            source.parent, out):
        raise InputError(f"{source}: the round would write its own {source.name} over it; "
                         "give --out another folder")


def remove_stale_temp_files(folder: Path) -> int:
    """Temp files of writes a killed run never finished (write_atomic names them `.name.*.tmp`)."""
    removed = 0
    for path in folder.glob(".*.tmp"):
        with contextlib.suppress(OSError):
            path.unlink()
            removed += 1
    return removed


def draft_files(stem: str, draft: Draft, profile: Profile) -> dict[str, str]:
    """File name -> text of a draft's files, rendered and not yet written."""
    return {f"{stem}.eml": to_eml(draft, draft.body, profile), f"{stem}.md": to_markdown(draft, draft.body),
            f"{stem}.json": to_json(draft, draft.body)}


def write_files(folder: Path, files: Mapping[str, str]) -> None:
    """Atomic, not durable: a power cut can empty a file written in its last seconds, and
    `files_present` then sends that candidate back to be drafted. A kill cannot."""
    for name, text in files.items():
        write_atomic(folder / name, text, durable=False)


def remove_drafts(folder: Path, stem: str) -> None:
    """An older draft for this stem (other notes, decision or model) must not look current."""
    for suffix in DRAFT_SUFFIXES:
        with contextlib.suppress(FileNotFoundError):
            (folder / f"{stem}{suffix}").unlink()


def files_present(folder: Path, outcome: Outcome) -> bool:
    """Every file of the outcome is on disk and not empty (see write_files)."""
    for name in outcome.files:
        try:
            if (folder / name).stat().st_size == 0:
                return False
        except OSError:
            return False
    return True


def draft_complete(folder: Path, outcome: Outcome) -> bool:
    """A draft whose files are all there, its `.json` included (an older followup wrote none:
    such a draft is made again, so that `followup review` can read it)."""
    suffixes = {Path(name).suffix for name in outcome.files}
    return outcome.has_draft and suffixes >= set(DRAFT_SUFFIXES) and files_present(folder, outcome)


# -- the manifest ------------------------------------------------------------------------------

CSV_COLUMNS = ("row", "status", "name", "email", "role", "decision", "reason", "failed_checks",
               "advice", "writer", "model", "prompt_version", "prompt_tokens", "completion_tokens",
               "total_tokens", "cost_usd", "attempts", "requests", "cached", "eml", "md",
               "withheld", "duplicate_of", "key")


def priced(entry: ManifestEntry, prices: Mapping[str, Prices]) -> ManifestEntry:
    if entry.usage.total_tokens == 0:
        return entry
    cost = mixed_cost(entry.usage, entry.batch_usage, entry.model, prices)
    return entry.model_copy(update={"cost_usd": cost})


def _json_line(entry: ManifestEntry) -> str:
    data: dict[str, Any] = {"row": entry.row, "status": entry.status}
    data |= entry.model_dump(mode="json", exclude={"row", "status"})
    data["failed_checks"] = [{"name": c.name, "reason": c.reason} for c in entry.failed_checks]
    data["advice"] = [{"name": c.name, "reason": c.reason} for c in entry.advice]
    data["usage"]["total_tokens"] = entry.usage.total_tokens
    return json.dumps(data, ensure_ascii=False)


def spreadsheet_safe(value: str) -> str:
    # A cell starting with = + - @ is run as a formula by spreadsheet apps: notes are not formulas.
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _csv_row(entry: ManifestEntry) -> list[str]:
    files = {Path(name).suffix: name for name in entry.files}
    values: dict[str, object] = {
        **entry.model_dump(include={"row", "status", "name", "email", "role", "decision", "reason",
                                    "writer", "model", "prompt_version", "attempts", "requests",
                                    "cached", "duplicate_of", "key"}),
        "failed_checks": "; ".join(f"{c.name}: {c.reason}" for c in entry.failed_checks),
        "advice": "; ".join(f"{c.name}: {c.reason}" for c in entry.advice),
        "prompt_tokens": entry.usage.prompt_tokens,
        "completion_tokens": entry.usage.completion_tokens,
        "total_tokens": entry.usage.total_tokens,
        "cost_usd": "" if entry.cost_usd is None else f"{entry.cost_usd:.6f}",
        "eml": files.get(".eml", ""), "md": files.get(".md", ""),
        "withheld": " | ".join(f"{w.category}: {w.text}" for w in entry.withheld),
    }
    return [spreadsheet_safe("" if values[c] is None else str(values[c])) for c in CSV_COLUMNS]


def write_manifest(folder: Path, entries: Iterable[ManifestEntry]) -> list[Path]:
    entries = list(entries)
    jsonl = "".join(_json_line(entry) + "\n" for entry in entries)
    table = io.StringIO()
    writer = csv.writer(table, lineterminator="\r\n")  # what spreadsheet apps expect
    writer.writerow(CSV_COLUMNS)
    writer.writerows(_csv_row(entry) for entry in entries)
    paths = [folder / MANIFEST_JSONL, folder / MANIFEST_CSV]
    write_atomic(paths[0], jsonl)
    write_atomic(paths[1], "\ufeff" + table.getvalue())  # the BOM makes Excel read UTF-8
    return paths
