"""The approved drafts, exported for sending by a person: `.eml` files, one `.mbox`, or a CSV.

Everything goes to `export/` in the round's folder, written atomically and private like every file
followup writes. followup still sends nothing: the `.eml` files open as unsent drafts, the mbox
imports into a mail client, the CSV goes to an ATS's bulk-email import.
"""

from __future__ import annotations

import contextlib
import csv
import email
import email.policy
import io
import mailbox
import os
import tempfile
from enum import StrEnum
from pathlib import Path

from ..batch.outputs import spreadsheet_safe
from ..files import private_folder, write_atomic
from .round import Candidate, ReviewRound

EXPORT_FOLDER = "export"
CSV_COLUMNS = ("name", "email", "role", "decision", "subject", "body", "eml")


class ExportKind(StrEnum):
    EML = "eml"
    MBOX = "mbox"
    CSV = "csv"


def approved(review: ReviewRound) -> list[Candidate]:
    return [c for c in review.candidates() if c.stem and c.review.verdict == "approved"]


def export_approved(review: ReviewRound, kind: ExportKind) -> tuple[Path, int]:
    """Write the approved drafts as `kind`; (where, how many)."""
    chosen = approved(review)
    target = review.folder / EXPORT_FOLDER
    private_folder(target)
    if kind is ExportKind.EML:
        return _eml_folder(review, chosen, target / "approved-eml"), len(chosen)
    if kind is ExportKind.MBOX:
        return _mbox(review, chosen, target / "approved.mbox"), len(chosen)
    return _csv(review, chosen, target / "approved.csv"), len(chosen)


def _eml_folder(review: ReviewRound, chosen: list[Candidate], folder: Path) -> Path:
    private_folder(folder)
    names = set()
    for candidate in chosen:
        name = f"{candidate.stem}.eml"
        # Bytes decoded, not read_text: the .eml keeps its CRLF line ends.
        write_atomic(folder / name, (review.folder / name).read_bytes().decode("utf-8"))
        names.add(name)
    for stale in folder.glob("*.eml"):  # approved once, no longer: not in this export
        if stale.name not in names:
            stale.unlink()
    return folder


def _mbox(review: ReviewRound, chosen: list[Candidate], path: Path) -> Path:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)  # 0600, and empty: mailbox adds to it
    try:
        box = mailbox.mbox(tmp)
        try:
            for candidate in chosen:
                data = (review.folder / f"{candidate.stem}.eml").read_bytes()
                box.add(email.message_from_bytes(data, policy=email.policy.default))
            box.flush()
        finally:
            box.close()
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return path


def _csv(review: ReviewRound, chosen: list[Candidate], path: Path) -> Path:
    table = io.StringIO()
    writer = csv.writer(table, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for candidate in chosen:
        stem = candidate.stem or ""
        saved = review.saved_draft(stem)
        entry = candidate.entry
        writer.writerow([spreadsheet_safe(value) for value in (
            entry.name, entry.email or "", entry.role, entry.decision, saved.subject,
            saved.body, f"{stem}.eml")])
    write_atomic(path, "\ufeff" + table.getvalue())  # the BOM makes Excel read UTF-8
    return path
