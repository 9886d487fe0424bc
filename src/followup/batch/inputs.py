"""Reading a round: a CSV export, JSONL, YAML, or a folder of notes files with front matter.

Every row is validated on its own, with the same rules as `followup draft` (`notes.decode_notes`,
`notes.parse_notes`, `notes.build_request`). A bad row becomes one `RowProblem` naming the file and
the row; the rest go on. A candidate who appears twice is drafted once and the repeat reported.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from ..errors import InputError
from ..models import DraftRequest
from ..notes import MAX_NOTES_BYTES, FrontMatter, build_request, decode_notes, parse_notes
from ..render import is_draft_markdown

NOTES_SUFFIXES = (".md", ".markdown", ".txt")
TABLE_SUFFIXES = {".csv": "csv", ".tsv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl",
                  ".yaml": "yaml", ".yml": "yaml"}

# Header spellings from common ATS exports, best first: when a file has two of them ("Decision" and
# "Status"), the better one is used. Headers are compared lower-cased, punctuation as spaces.
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("name", "candidate name", "full name", "candidate", "applicant name", "applicant",
             "candidate full name"),
    "first_name": ("first name", "firstname", "given name"),
    "last_name": ("last name", "lastname", "surname", "family name"),
    "preferred_name": ("preferred name", "nickname", "goes by"),
    "email": ("email", "email address", "e mail", "e mail address", "candidate email",
              "applicant email", "personal email"),
    "role": ("role", "job", "job title", "job name", "position", "posting", "opening",
             "requisition", "job opening", "req"),
    "stage": ("stage", "interview stage", "current stage", "stage reached", "round",
              "interview round"),
    "decision": ("decision", "status", "outcome", "disposition", "result"),
    "notes": ("notes", "feedback", "interview notes", "interviewer notes", "notes feedback",
              "scorecard", "scorecard notes", "debrief", "interview feedback", "comments"),
}
REQUIRED = ("name", "role", "decision", "notes")

# Words ATS exports use for the three decisions; anything else goes to build_request as written
# and is reported there ("decision 'maybe' is not one of reject, advance, hold").
DECISION_SYNONYMS = {
    "rejected": "reject", "declined": "reject", "decline": "reject",
    "advanced": "advance", "move forward": "advance", "moving forward": "advance",
    "next round": "advance", "on hold": "hold", "held": "hold", "pending": "hold",
}

# csv refuses cells over 128 KB by default and stops reading the file; take anything, then let
# decode_notes refuse an oversized cell with the same message as `followup draft`.
CSV_FIELD_LIMIT = 64 * MAX_NOTES_BYTES


@dataclass(frozen=True)
class RoundItem:
    """One valid candidate of the round."""

    position: int  # order in the input, from 0
    where: str  # "round.csv row 3": for messages and the manifest
    request: DraftRequest


@dataclass(frozen=True)
class RowProblem:
    """A row that is not drafted, and why, in one line."""

    position: int
    where: str
    reason: str
    name: str = ""  # whatever name could be read, for the manifest
    role: str = ""
    duplicate_of: str | None = None
    # An exact repeat of a row that is drafted changes nothing; any other problem needs a person.
    needs_attention: bool = True

    @property
    def message(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass
class RoundInput:
    source: Path
    items: list[RoundItem]
    problems: list[RowProblem]
    drafts: list[str] = field(default_factory=list)  # followup's own drafts, never read as notes

    @property
    def rows(self) -> int:
        return len(self.items) + len(self.problems)


def _header_key(header: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", header.casefold()).split())


def find_columns(headers: list[str]) -> dict[str, str]:
    """{field: the header that carries it} for the fields these headers carry."""
    by_key: dict[str, str] = {}
    for header in headers:
        by_key.setdefault(_header_key(header), header)
    columns: dict[str, str] = {}
    for name, aliases in COLUMN_ALIASES.items():
        found = next((by_key[a] for a in aliases if a in by_key), None)
        if found is not None:
            columns[name] = found
    return columns


def require_columns(columns: Mapping[str, str], headers: list[str], where: str) -> None:
    """A table without a name, role, decision or notes column cannot be read at all."""
    has = set(columns) | ({"name"} if "first_name" in columns else set())
    missing = [name for name in REQUIRED if name not in has]
    if missing:
        shown = ", ".join(repr(h) for h in headers[:12]) or "none"
        needs = "; ".join(f"{name}: {' / '.join(COLUMN_ALIASES[name][:4])}" for name in missing)
        raise InputError(f"{where}: no column for {', '.join(missing)} (accepted headers: {needs}); "
                         f"the columns are {shown}")


def _cell(row: Mapping[str, Any], header: str) -> str | None:
    value = row.get(header)
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, dict | list):
        raise InputError(f"column '{header}' holds a {type(value).__name__}, not text")
    return str(value)


def fields_from_row(row: Mapping[str, Any], columns: Mapping[str, str], where: str) -> dict[str, str]:
    """The candidate fields of one row as text, every cell decoded and size-checked."""
    fields: dict[str, str] = {}
    for name, header in columns.items():
        value = _cell(row, header)
        if value is None:
            continue
        # Undecodable bytes arrive as surrogates; decode_notes names the byte like `followup draft`.
        cell = f"{where}: column '{header}'"
        fields[name] = decode_notes(value.encode("utf-8", "surrogateescape"), cell)
    if not fields.get("name", "").strip() and ("first_name" in fields or "last_name" in fields):
        fields["name"] = " ".join(
            fields.get(part, "").strip() for part in ("first_name", "last_name")).strip()
    return fields


def request_from_fields(fields: Mapping[str, str], where: str) -> DraftRequest:
    """Validate one row exactly as `followup draft` validates a notes file."""
    for name in REQUIRED:
        if not fields.get(name, "").strip():
            raise InputError(f"{where}: missing {name}")
    decision = " ".join(re.sub(r"[_-]+", " ", fields["decision"]).casefold().split())
    try:
        front = FrontMatter(
            name=fields["name"], preferred_name=fields.get("preferred_name") or None,
            email=fields.get("email") or None, role=fields["role"],
            stage=fields.get("stage") or None, decision=DECISION_SYNONYMS.get(decision, decision),
        )
    except ValidationError as exc:  # FrontMatter only holds text: not reachable with str cells
        raise InputError(f"{where}: {exc.errors()[0]['msg']}") from None
    return build_request(front, fields["notes"].strip(), where, {})


# -- one reader per format: each yields (where, the row's fields or why it cannot be read) -----

Row = tuple[str, dict[str, str] | InputError]

# YAML refuses the surrogates that stand for undecodable bytes, and the whole file with them. They
# cross the parser as private-use characters, then go back, so that the row alone is reported.
_SURROGATES_OUT = {0xDC80 + i: 0xF780 + i for i in range(128)}
_SURROGATES_BACK = {v: k for k, v in _SURROGATES_OUT.items()}


def _fields(row: Mapping[str, Any], columns: Mapping[str, str], where: str) -> Row:
    try:
        return where, fields_from_row(row, columns, where)
    except InputError as exc:
        message = str(exc)
        return where, InputError(message if message.startswith(where) else f"{where}: {message}")


def _csv_rows(path: Path, raw: bytes) -> Iterator[Row]:
    text = raw.removeprefix(b"\xef\xbb\xbf").decode("utf-8", "surrogateescape")
    first_line = text.split("\n", 1)[0]
    delimiter = "\t" if path.suffix.lower() == ".tsv" else max(",;\t", key=first_line.count)
    csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))
    reader = csv.reader(text.splitlines(keepends=True), delimiter=delimiter)
    try:
        headers = next(reader)
    except (StopIteration, csv.Error):
        raise InputError(f"{path}: no header row (name, role, decision, notes...)") from None
    columns = find_columns(headers)
    require_columns(columns, headers, str(path))
    for header in columns.values():
        twice = [h for h in headers if _header_key(h) == _header_key(header)]
        if len(twice) > 1:
            raise InputError(f"{path}: the header '{header}' is there {len(twice)} times; "
                             "keep one column for it")
    number = 1  # the header is row 1, as in a spreadsheet
    while True:
        number += 1
        where = f"{path.name} row {number}"
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield where, InputError(f"{where}: not valid CSV: {exc}")
            continue
        if any(cell.strip() for cell in cells):  # exports often end with blank rows
            yield _fields(dict(zip(headers, cells, strict=False)), columns, where)


def _mapping_rows(objects: Iterator[tuple[str, Any]]) -> Iterator[Row]:
    for where, obj in objects:
        if isinstance(obj, InputError):
            yield where, obj
        elif not isinstance(obj, dict):
            yield where, InputError(f"{where}: expected an object with name, role, decision and "
                                    f"notes, found {type(obj).__name__}")
        else:
            row = {str(k): v for k, v in obj.items()}
            yield _fields(row, find_columns(list(row)), where)


def _jsonl_objects(path: Path, raw: bytes) -> Iterator[tuple[str, Any]]:
    for number, line in enumerate(raw.splitlines(), start=1):
        where = f"{path.name} line {number}"
        if not line.strip():
            continue
        try:
            yield where, json.loads(decode_notes(line, where))
        except InputError as exc:
            yield where, exc
        except ValueError as exc:
            yield where, InputError(f"{where}: not valid JSON: {exc}")


def _yaml_objects(path: Path, raw: bytes) -> Iterator[tuple[str, Any]]:
    text = raw.removeprefix(b"\xef\xbb\xbf").decode("utf-8", "surrogateescape")
    loader = yaml.SafeLoader(text.translate(_SURROGATES_OUT))
    try:
        root = loader.get_single_node()
        if isinstance(root, yaml.MappingNode):  # {candidates: [...]}
            root = next((value for key, value in root.value if isinstance(key, yaml.ScalarNode)
                         and key.value in ("candidates", "rows", "round")), None)
        if not isinstance(root, yaml.SequenceNode):
            raise InputError(f"{path}: expected a list of candidates (or 'candidates:' and a list)")
        for number, node in enumerate(root.value, start=1):
            where = f"{path.name} item {number} (line {node.start_mark.line + 1})"
            obj = loader.construct_document(node)
            if isinstance(obj, dict):
                obj = {k: v.translate(_SURROGATES_BACK) if isinstance(v, str) else v
                       for k, v in obj.items()}
            yield where, obj
    except yaml.YAMLError as exc:
        raise InputError(f"{path}: not valid YAML: {' '.join(str(exc).split())}") from None
    finally:
        loader.dispose()


def _folder_requests(folder: Path) -> Iterator[tuple[str, DraftRequest | InputError | None]]:
    """The notes files of a folder; None for a file that is one of followup's own drafts."""
    try:
        files = sorted(p for p in folder.iterdir() if p.is_file()
                       and p.suffix.lower() in NOTES_SUFFIXES and not p.name.startswith("."))
    except OSError as exc:
        raise InputError(f"{folder}: cannot read the folder: {exc.strerror or exc}") from None
    if not files:
        raise InputError(f"{folder}: no notes files (.md or .txt) in this folder")
    for path in files:
        where = f"{folder.name}/{path.name}"
        try:
            text = decode_notes(path.read_bytes(), where)
            if is_draft_markdown(text):
                yield where, None
                continue
            fields, body = parse_notes(text, where)
            yield where, build_request(fields, body, where, {})
        except InputError as exc:
            yield where, exc
        except OSError as exc:
            yield where, InputError(f"{where}: cannot read: {exc.strerror}")


def _table_requests(path: Path) -> Iterator[tuple[str, DraftRequest | InputError]]:
    kind = TABLE_SUFFIXES.get(path.suffix.lower())
    if kind is None:
        known = ", ".join(sorted(TABLE_SUFFIXES))
        raise InputError(f"{path}: unknown kind of file; give a {known} file or a folder of notes")
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    rows = (_csv_rows(path, raw) if kind == "csv"
            else _mapping_rows(_jsonl_objects(path, raw) if kind == "jsonl"
                               else _yaml_objects(path, raw)))
    for where, fields in rows:
        if isinstance(fields, InputError):
            yield where, fields
            continue
        try:
            yield where, request_from_fields(fields, where)
        except InputError as exc:
            yield where, exc


# -- the round ---------------------------------------------------------------------------------


def _reason(message: str, where: str) -> str:
    """The message without its location (the manifest keeps that apart), on one line."""
    return " ".join(message.removeprefix(f"{where}: ").split())


def read_round(path: Path) -> RoundInput:
    """Every row of the round, valid or not. Raises InputError only when the whole input is unusable."""
    requests = _folder_requests(path) if path.is_dir() else _table_requests(path)
    items: list[RoundItem] = []
    problems: list[RowProblem] = []
    drafts: list[str] = []
    first_seen: dict[tuple[str, str], RoundItem] = {}
    for position, (where, result) in enumerate(requests):
        if result is None:
            drafts.append(where)
            continue
        if isinstance(result, InputError):
            problems.append(RowProblem(position, where, _reason(str(result), where)))
            continue
        item = RoundItem(position, where, result)
        earlier = first_seen.setdefault(result.candidate.identity, item)
        if earlier is item:
            items.append(item)
            continue
        same = (earlier.request.decision, earlier.request.notes, earlier.request.candidate) == (
            result.decision, result.notes, result.candidate)
        what = ("same candidate and notes" if same
                else "same candidate, different details: the first is drafted; check which is right")
        problems.append(RowProblem(position, where, f"duplicate of {earlier.where} ({what})",
                                   name=result.candidate.name, role=result.candidate.role,
                                   duplicate_of=earlier.where, needs_attention=not same))
    if not items and not problems:
        what = "only drafts written by followup" if drafts else "no candidates"
        raise InputError(f"{path}: {what} in it")
    return RoundInput(source=path, items=items, problems=problems, drafts=drafts)
