"""Reading a round: every format, ATS header spellings, and one line per bad row, the rest going on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from followup.batch.inputs import read_round
from followup.errors import InputError

NOTES = "Clear, structured walkthrough of the payment retry design."
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def write(path: Path, text: str | bytes) -> Path:
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return path


@pytest.mark.parametrize("header", [
    "name,email,role,stage,decision,notes",
    "Name,Email,Role,Stage,Decision,Notes",
    "Candidate Name,E-mail,Job Title,Interview Stage,Status,Feedback",
    "candidate,email address,job,current stage,outcome,interview notes",
    "Full Name,Candidate Email,Position,Round,Disposition,Interviewer Notes",
    "CANDIDATE_NAME,EMAIL,JOB_NAME,STAGE,DECISION,SCORECARD",
])
def test_ats_header_spellings_are_understood(tmp_path: Path, header: str) -> None:
    round_csv = write(tmp_path / "round.csv", f'{header}\nPriya Raghunathan,priya@example.com,'
                                              f'Backend Engineer,final round,reject,"{NOTES}"\n')
    [item] = read_round(round_csv).items
    candidate = item.request.candidate
    assert (candidate.name, candidate.email, candidate.role, candidate.stage) == (
        "Priya Raghunathan", "priya@example.com", "Backend Engineer", "final round")
    assert item.request.decision == "reject"
    assert item.request.notes == NOTES
    assert item.where == "round.csv row 2"


def test_first_and_last_name_columns_make_the_name(tmp_path: Path) -> None:
    round_csv = write(tmp_path / "r.csv", "First Name,Last Name,Job,Status,Notes\n"
                                          f"Priya,Raghunathan,Backend Engineer,Rejected,{NOTES}\n")
    [item] = read_round(round_csv).items
    assert item.request.candidate.name == "Priya Raghunathan"
    assert item.request.decision == "reject"  # "Rejected", as ATS exports write it


def test_semicolons_a_bom_and_crlf_from_excel(tmp_path: Path) -> None:
    text = f"name;role;decision;notes\r\nPriya Raghunathan;Backend Engineer;On hold;{NOTES}\r\n"
    [item] = read_round(write(tmp_path / "r.csv", b"\xef\xbb\xbf" + text.encode())).items
    assert item.request.candidate.name == "Priya Raghunathan"
    assert item.request.decision == "hold"


def test_every_bad_row_is_one_line_naming_the_row_and_the_rest_go_on(tmp_path: Path) -> None:
    rows = [
        b"name,email,role,decision,notes",
        f"Ama Boateng,ama@example.com,CSM,advance,{NOTES}".encode(),
        f",nobody@example.com,CSM,reject,{NOTES}".encode(),  # row 3: no name
        b"Ben Carter,ben@example.com,Backend Engineer,reject,",  # row 4: empty notes
        f"Marta Kowalczyk,marta@example.com,Designer,maybe,{NOTES}".encode(),  # row 5
        b"Caf\xe9 Owner,cafe@example.com,Barista,reject,Good latte art",  # row 6: Latin-1 bytes
        b'Huge Notes,huge@example.com,Writer,reject,"' + b"x" * 2_000_000 + b'"',  # row 7: 2 MB
        f"Jonas Berg,not-an-email,CSM,reject,{NOTES}".encode(),  # row 8
        f"Liam Walsh,liam@example.com,Backend Engineer,reject,{NOTES}".encode(),
    ]
    result = read_round(write(tmp_path / "round.csv", b"\n".join(rows) + b"\n"))
    assert [item.request.candidate.name for item in result.items] == ["Ama Boateng", "Liam Walsh"]
    assert [p.message for p in result.problems] == [
        "round.csv row 3: missing name",
        "round.csv row 4: missing notes",
        "round.csv row 5: decision 'maybe' is not one of reject, advance, hold",
        "round.csv row 6: column 'name': not UTF-8 text (byte 3); save the notes as UTF-8",
        "round.csv row 7: column 'notes': notes are 1953 KB; the limit is 976 KB for one candidate",
        "round.csv row 8: email ('not-an-email'): not a valid email address",
    ]
    assert all("\n" not in p.message for p in result.problems)


def test_a_repeated_candidate_is_drafted_once_and_reported(tmp_path: Path) -> None:
    round_csv = write(tmp_path / "round.csv", "name,email,role,decision,notes\n"
                      f"Ben Carter,ben@example.com,Backend Engineer,reject,{NOTES}\n"
                      f"Ben Carter,ben@example.com,Backend Engineer,reject,{NOTES}\n"
                      f"Ben Carter,BEN@example.com,Backend Engineer,advance,{NOTES}\n")
    result = read_round(round_csv)
    assert len(result.items) == 1
    same, different = result.problems
    assert same.message == ("round.csv row 3: duplicate of round.csv row 2 (same candidate and "
                            "notes)")
    assert not same.needs_attention  # an exact repeat changes nothing
    assert different.duplicate_of == "round.csv row 2"
    assert "different details" in different.reason and different.needs_attention


def test_jsonl_lines_are_validated_one_by_one(tmp_path: Path) -> None:
    good = {"Name": "Ama Boateng", "Role": "CSM", "Status": "advance", "Feedback": NOTES}
    lines = [json.dumps(good).encode(), b"{not json", b"[1, 2]", b"",
             json.dumps({**good, "Name": "Ben Carter"}).encode()[:-1] + b', "x": "\xff"}',
             json.dumps({**good, "Name": "Liam Walsh", "Status": "reject"}).encode()]
    result = read_round(write(tmp_path / "round.jsonl", b"\n".join(lines)))
    assert [i.request.candidate.name for i in result.items] == ["Ama Boateng", "Liam Walsh"]
    assert [i.where for i in result.items] == ["round.jsonl line 1", "round.jsonl line 6"]
    messages = [p.message for p in result.problems]
    assert messages[0].startswith("round.jsonl line 2: not valid JSON: ")
    assert messages[1] == ("round.jsonl line 3: expected an object with name, role, decision and "
                           "notes, found list")
    assert messages[2].startswith("round.jsonl line 5: not UTF-8 text")


def test_yaml_items_are_numbered_with_their_line(tmp_path: Path) -> None:
    text = ("candidates:\n"
            f"  - {{name: Ama Boateng, role: CSM, decision: advance, notes: '{NOTES}'}}\n"
            "  - name: Ben Carter\n    role: Backend Engineer\n    decision: reject\n"
            "  - name: Liam Walsh\n    role: Backend Engineer\n    decision: reject\n"
            f"    notes: |\n      {NOTES}\n").encode()
    result = read_round(write(tmp_path / "round.yaml", text))
    assert [i.request.candidate.name for i in result.items] == ["Ama Boateng", "Liam Walsh"]
    assert [p.message for p in result.problems] == ["round.yaml item 2 (line 3): missing notes"]


def test_a_folder_of_notes_files_validates_each_file(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    write(folder / "ama.md", f"---\nname: Ama Boateng\nrole: CSM\ndecision: advance\n---\n{NOTES}\n")
    write(folder / "ben.txt", f"---\nname: Ben Carter\nrole: Backend Engineer\n---\n{NOTES}\n")
    write(folder / "round.csv", "ignored,because,not,notes\n")
    result = read_round(folder)
    assert [i.where for i in result.items] == ["notes/ama.md"]
    [problem] = result.problems
    assert problem.message.startswith("notes/ben.txt: missing decision: ")


def test_the_example_rounds_read_the_same_in_every_format() -> None:
    from_csv = read_round(EXAMPLES / "round.csv")
    from_jsonl = read_round(EXAMPLES / "round.jsonl")
    assert [i.request for i in from_csv.items] == [
        i.request.model_copy(update={"source": c.request.source})
        for i, c in zip(from_jsonl.items, from_csv.items, strict=True)]
    assert len(from_csv.items) == 12 and not from_csv.problems


@pytest.mark.parametrize(("name", "content", "message"), [
    ("round.csv", "name,email,stage\nPriya,p@example.com,final\n", "no column for role, decision, notes"),
    ("round.csv", "", "no header row"),
    ("round.xlsx", "binary", "unknown kind of file"),
    ("round.yaml", "just: a mapping\n", "expected a list of candidates"),
])
def test_an_unusable_file_is_one_clear_error(tmp_path: Path, name: str, content: str,
                                             message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_round(write(tmp_path / name, content))
