"""Trust in the checks: their verdicts against people's labels, dev and sealed test side by side.

`followup eval --calibrate` prints the same table; the figures the README reports are the test ones.
"""

from __future__ import annotations

from pathlib import Path

from followup.evals.calibrate import calibrate, responsible_checks
from followup.evals.cases import LabelledEmail, load_labelled, split_parts
from followup.evals.table import calibration_table

LABELLED = Path(__file__).resolve().parent.parent / "evals" / "labelled"


def test_the_labelled_emails_are_split_into_dev_and_a_sealed_test_of_at_least_a_third() -> None:
    parts = {part: load_labelled(folder) for part, folder in split_parts(LABELLED)}
    assert set(parts) == {"dev", "test"}
    total = len(parts["dev"]) + len(parts["test"])
    # The issue asks for 300; 243 so far (a third blind batch did not finish): said in the note.
    assert total >= 240 and len(parts["test"]) >= total / 3
    assert not {e.id for e in parts["dev"]} & {e.id for e in parts["test"]}
    for items in parts.values():
        languages = [(e.profile or {}).get("language", "English") for e in items]
        assert sum(lang != "English" for lang in languages) >= 0.19 * len(items)
        good = sum(all(label.good for label in e.labels.values()) for e in items)
        assert 0.4 <= good / len(items) <= 0.6


GOOD = {"good": True, "reason": "fine"}


def _labelled(email_id: str, body: str, *, tone_good: bool = True, safety_good: bool = True,
              tags: tuple[str, ...] = ()) -> LabelledEmail:
    return LabelledEmail.model_validate({
        "id": email_id,
        "candidate": {"name": "Kai Tanaka", "role": "Junior Software Engineer"},
        "decision": "reject",
        "notes": "Recursive tree traversal, clean and correct; wrote his own test cases.",
        "email": {"subject": "Your Junior Software Engineer interview", "body": body},
        "labels": {"length": GOOD, "personalisation": GOOD, "decision": GOOD,
                   "tone": {"good": tone_good, "reason": "tone label"},
                   "safety": {"good": safety_good, "reason": "safety label"}},
        "tags": list(tags),
    })


SIGNED = "\n\nBest wishes,\nElena Marsh\n"
REJECTS = "we have decided not to move forward"


def test_a_bad_email_counts_as_caught_only_when_the_check_of_its_fault_fires() -> None:
    harsh = _labelled("harsh", f"Hi Kai,\n\nThanks for the tree traversal, but {REJECTS}. Frankly, "
                               "it was sloppy." + SIGNED, tone_good=False, tags=("harsh",))
    # Labelled for a promise it makes in words no check knows; the check that fires is another's.
    wrong = _labelled("wrong", f"Hi Kai,\n\nThanks for the tree traversal, but {REJECTS}. Frankly, "
                               "it was sloppy; a role will open for you soon." + SIGNED,
                      tone_good=False, tags=("over-promise",))
    calibration = calibrate([harsh, wrong], "dev")
    assert responsible_checks(wrong) == {"no_over_promising"}
    assert (calibration.bad, calibration.bad_caught) == (2, 1)
    assert [email_id for email_id, _ in calibration.wrong_reason] == ["wrong"]
    by_name = {c.name: c for c in calibration.checks}
    assert (by_name["no_harsh_words"].faults, len(by_name["no_harsh_words"].misses)) == (1, 0)
    assert (by_name["no_over_promising"].faults, len(by_name["no_over_promising"].misses)) == (1, 1)


def test_a_good_email_passes_with_advice_but_not_with_a_blocking_failure() -> None:
    # 30 words, under the length bound: advisory, a note; the good email still passes.
    short = _labelled("short", f"Hi Kai,\n\nThank you for the tree traversal; {REJECTS}." + SIGNED)
    leak = _labelled("leak", f"Hi Kai,\n\nThank you for the tree traversal; {REJECTS}. You scored "
                             "3/5." + SIGNED)
    calibration = calibrate([short, leak], "dev")
    assert (calibration.good, calibration.good_passed) == (2, 1)
    assert [email_id for email_id, _ in calibration.blocked_good] == ["leak"]
    by_name = {c.name: c for c in calibration.checks}
    assert len(by_name["length_in_bounds"].false_alarms) == 2  # a note, counted against the check
    table = calibration_table([calibration])
    assert "good emails: pass" in table and "1/2 50.0%" in table
    assert "good email held back: leak: nothing_sensitive" in table


def _parts() -> tuple[list, list]:  # type: ignore[type-arg]
    from followup.screening.evaluation import evaluate, load_folder

    emails = [calibrate(load_labelled(folder), part) for part, folder in split_parts(LABELLED)]
    sentences = [evaluate(load_folder(folder), title=part)
                 for part, folder in split_parts(LABELLED.parent / "screening")]
    return emails, sentences


def test_the_checks_and_the_screening_meet_the_bars_on_dev_and_hold_their_test_figures() -> None:
    (dev, test), (screen_dev, screen_test) = _parts()
    table = calibration_table([dev, test], [screen_dev, screen_test], details=None)
    print("\n" + table)
    # dev: what the rules were tuned on, held to the bars.
    assert not dev.below(), table
    assert screen_dev.withheld_rate >= 0.98 and screen_dev.false_alarm_rate <= 0.02, table
    # test: sealed. Its figures are reported (README), below the bars today; these floors only keep
    # them from getting worse unnoticed.
    assert test.good_pass_rate >= TEST_FLOORS["good"], table
    assert test.bad_caught_rate >= TEST_FLOORS["bad"], table
    assert screen_test.withheld_rate >= TEST_FLOORS["withheld"], table
    assert screen_test.false_alarm_rate <= TEST_FLOORS["false_alarms"], table


# The test figures measured when the floors were set (README: how far to trust the checks), less
# about two points. Seventh session, with batches s, t and u's test halves in test: good emails
# pass 79.7 %, bad caught 82.4 %, sensitive withheld 93.2 %, innocent withheld 6.3 %.
TEST_FLOORS = {"good": 0.78, "bad": 0.80, "withheld": 0.91, "false_alarms": 0.08}
