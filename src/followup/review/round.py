"""A round as the review sees it, and what the review writes back to its folder.

What it reads: `manifest.jsonl` (every candidate, in the round's order), each draft's `<stem>.json`
(its notes, withheld fragments, content, checks and the email as it will be sent) and
`review.json` (state.py). What it writes, only in that folder and always atomically: after an edit
or a redraft, the draft's `.eml`, `.md` and `.json`, a journal line (so that the next
`followup batch` sees the draft as it now is) and the manifest; the original draft is kept in
`original/` the first time a person edits it.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..batch.journal import FolderLock, Journal, Outcome
from ..batch.outputs import MANIFEST_JSONL, ManifestEntry, priced, write_files, write_manifest
from ..checks import CHECKS, CheckContext, EmailUnderCheck, run_checks
from ..config import Settings
from ..errors import InputError
from ..files import private_folder, write_atomic
from ..models import CheckResult, Draft, DraftContent, Severity
from ..render import to_eml, to_json, to_markdown
from .state import CandidateReview, ReviewState, Verdict, load_state, save_state

ORIGINAL_FOLDER = "original"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _check_result(data: dict[str, Any], severity_if_unknown: Severity) -> CheckResult:
    """A manifest's check ({name, reason}) with what the registry declares of it."""
    spec = CHECKS.get(data.get("name", ""))
    return CheckResult(name=data.get("name", "?"), status="fail", reason=data.get("reason", ""),
                       dimension=spec.dimension if spec else "safety",
                       severity=spec.severity if spec else severity_if_unknown)


def read_manifest(folder: Path) -> list[ManifestEntry]:
    path = folder / MANIFEST_JSONL
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise InputError(f"{folder}: no {MANIFEST_JSONL}; give the --out folder of a "
                         "'followup batch' round") from None
    entries = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            data["failed_checks"] = [_check_result(c, "blocking") for c in data.get("failed_checks", [])]
            data["advice"] = [_check_result(c, "advisory") for c in data.get("advice", [])]
            entries.append(ManifestEntry.model_validate(data))
        except (ValueError, ValidationError) as exc:
            raise InputError(f"{path} line {number}: not a manifest row followup wrote: "
                             f"{' '.join(str(exc).split())[:160]}") from None
    return entries


def _own_file(name: str) -> bool:
    """A manifest names files in its own folder, nothing else: no path is followed out of it."""
    return bool(name) and Path(name).name == name and not name.startswith(".")


@dataclass(frozen=True)
class Candidate:
    """One row of the round, with its review."""

    entry: ManifestEntry
    review: CandidateReview

    @property
    def stem(self) -> str | None:
        """The draft's file stem; None for a candidate with no draft (failed, skipped)."""
        names = [n for n in self.entry.files if _own_file(n)]
        return Path(names[0]).stem if self.entry.has_draft and names else None

    @property
    def blocking(self) -> list[CheckResult]:
        return self.entry.failed_checks

    @property
    def advisory(self) -> list[CheckResult]:
        return self.entry.advice


@dataclass(frozen=True)
class SavedDraft:
    """A draft as its `.json` holds it: the structured draft and the email as it will be sent."""

    draft: Draft
    subject: str
    body: str

    @property
    def evidence(self) -> list[tuple[str, str]]:
        """(point, the quote from the notes that supports it)."""
        content = self.draft.content
        return [(e.point, e.quote) for e in (*content.strengths, *content.areas_to_grow)]


class ReviewRound:
    """The round's folder: every read and write of the review goes through here."""

    def __init__(self, folder: Path, settings: Settings) -> None:
        self.folder = folder
        self.settings = settings
        self._writing = threading.Lock()  # the server's worker threads: one write at a time
        read_manifest(folder)  # a folder that is no round is refused before the server starts

    # -- reading ---------------------------------------------------------------------------------

    def candidates(self) -> list[Candidate]:
        """Read afresh on every request: a batch re-run in between is seen at once."""
        state = load_state(self.folder)
        out: list[Candidate] = []
        for entry in read_manifest(self.folder):
            candidate = Candidate(entry, CandidateReview())
            stem = candidate.stem
            out.append(Candidate(entry, state.of(stem)) if stem else candidate)
        return out

    def candidate(self, stem: str) -> Candidate:
        for candidate in self.candidates():
            if candidate.stem == stem:
                return candidate
        raise KeyError(stem)

    def saved_draft(self, stem: str) -> SavedDraft:
        path = self.folder / f"{stem}.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            draft = Draft.model_validate({**data, "body": data["email"]["body"]})
            return SavedDraft(draft, data["email"]["subject"],
                              data["email"]["body"])
        except FileNotFoundError:
            raise InputError(f"{path}: missing; run the round's 'followup batch' again to draft "
                             "this candidate anew") from None
        except (ValueError, KeyError, TypeError, ValidationError) as exc:
            raise InputError(f"{path}: not a draft followup wrote: "
                             f"{' '.join(str(exc).split())[:160]}") from None

    # -- writing ---------------------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[None]:
        with self._writing:
            lock = FolderLock(self.folder)
            if not lock.acquire():
                raise InputError(f"{self.folder}: a 'followup batch' is writing to this folder; "
                                 "try again when it has finished")
            try:
                yield
            finally:
                lock.release()

    def check_edit(self, saved: SavedDraft, subject: str, body: str) -> tuple[Draft, str]:
        """The draft with the edited subject and body, checked again: the same checks as
        `followup check` runs on a hand-written email, with the notes and what was withheld."""
        subject = " ".join(subject.split())
        body = body.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
        if not body.strip():
            raise InputError("body: empty; write the email, or set the candidate aside")
        # A point the edit took out of the email takes its quote with it: the .md and the page list
        # only the quotes that still support what the email says.
        kept = {field: [e for e in getattr(saved.draft.content, field) if e.point in body]
                for field in ("strengths", "areas_to_grow")}
        try:
            content = saved.draft.content.model_copy(update={"subject": subject, **kept})
            content = DraftContent.model_validate(content.model_dump())
        except ValidationError as exc:
            raise InputError(f"subject: {exc.errors()[0]['msg']}") from None
        request = saved.draft.request
        ctx = CheckContext(candidate=request.candidate, decision=request.decision,
                           profile=self.settings.profile, notes=request.notes,
                           withheld=tuple(saved.draft.withheld))
        checks = run_checks(EmailUnderCheck(subject=subject, body=body + "\n"), ctx)
        body += "\n"
        return saved.draft.model_copy(update={"content": content, "checks": checks, "body": body}), body

    def save_edit(self, stem: str, subject: str, body: str) -> Draft:
        """Check the edited email, then rewrite its files, the journal and the manifest. The
        verdict goes back to pending: what was approved was the text before the edit."""
        candidate = self.candidate(stem)
        saved = self.saved_draft(stem)
        draft, body = self.check_edit(saved, subject, body)
        with self._write():
            self._keep_original(stem)
            self._write_draft(candidate, stem, draft, body, key=candidate.entry.key)
            self._set_review(stem, CandidateReview(verdict="pending", edited=True))
        return draft

    def set_verdict(self, stem: str, verdict: Verdict, *, despite_blocking: bool = False) -> None:
        candidate = self.candidate(stem)
        if verdict == "approved" and candidate.blocking and not despite_blocking:
            raise InputError(f"{stem}: {len(candidate.blocking)} blocking check(s) fail; edit the "
                             "email, or confirm that you approve it as it is")
        with self._write():
            self._set_review(stem, candidate.review.model_copy(update={"verdict": verdict}))

    def redraft(self, stem: str) -> Draft:
        """A new draft from the same notes with the configured model (or the template writer),
        replacing the draft and any edit of it; the review of it starts again."""
        from ..batch.keys import draft_key, recipe_digest
        from ..prompts_loader import PromptSet
        from ..writer import write_draft

        candidate = self.candidate(stem)
        saved = self.saved_draft(stem)
        settings = self.settings
        offline = settings.offline or not settings.llm.configured
        draft = write_draft(saved.draft.request, settings)
        recipe = recipe_digest(settings, offline=offline,
                               prompts=None if offline else PromptSet(settings.prompts_dir))
        body = draft.body
        with self._write():
            for suffix in (".eml", ".md", ".json"):
                (self.folder / ORIGINAL_FOLDER / f"{stem}{suffix}").unlink(missing_ok=True)
            self._write_draft(candidate, stem, draft, body,
                              key=draft_key(saved.draft.request, recipe), redrafted=True)
            self._set_review(stem, CandidateReview())
        return draft

    def _keep_original(self, stem: str) -> None:
        """The draft as followup wrote it, copied once, before the first edit."""
        originals = self.folder / ORIGINAL_FOLDER
        if (originals / f"{stem}.json").exists():
            return
        private_folder(originals)
        for suffix in (".eml", ".md", ".json"):
            source = self.folder / f"{stem}{suffix}"
            if source.exists():
                # Bytes decoded, not read_text: the .eml keeps its CRLF line ends.
                write_atomic(originals / source.name, source.read_bytes().decode("utf-8"))

    def _write_draft(self, candidate: Candidate, stem: str, draft: Draft, body: str, *, key: str,
                     redrafted: bool = False) -> None:
        profile = self.settings.profile
        files = {f"{stem}.eml": to_eml(draft, body, profile), f"{stem}.md": to_markdown(draft, body),
                 f"{stem}.json": to_json(draft, body)}
        write_files(self.folder, files)
        meta = draft.meta
        update: dict[str, Any] = {
            "key": key, "status": draft.status, "failed_checks": draft.failed_checks,
            "advice": draft.advice, "files": list(files), "finished_at": _now()}
        if redrafted:
            update |= {"writer": meta.writer, "model": meta.model,
                       "prompt_version": meta.prompt_version, "usage": meta.usage,
                       "attempts": meta.attempts, "withheld": draft.withheld, "reason": ""}
        outcome = Outcome.model_validate(
            candidate.entry.model_dump(exclude={"duplicate_of", "cost_usd"}) | update)
        with Journal(self.folder) as journal:  # the next batch sees the draft as it now is
            journal.append(outcome)
        entries = [priced(ManifestEntry.model_validate(outcome.model_dump()
                                                       | {"duplicate_of": e.duplicate_of}),
                          self.settings.prices)
                   if e.key == candidate.entry.key and e.files == candidate.entry.files else e
                   for e in read_manifest(self.folder)]
        write_manifest(self.folder, entries)

    def _set_review(self, stem: str, review: CandidateReview) -> None:
        state = load_state(self.folder)
        candidates = dict(state.candidates)
        candidates[stem] = review.model_copy(update={"updated_at": _now()})
        save_state(self.folder, ReviewState(candidates=candidates))
