"""Trust in the checks: each check's verdict against the human labels of evals/labelled/.

`pytest -s tests/test_evals_calibration.py` (or `followup eval --calibrate`) prints the table.
"""

from __future__ import annotations

from pathlib import Path

from followup.evals.calibrate import MIN_AGREEMENT, calibrate
from followup.evals.cases import LabelledEmail, load_labelled
from followup.evals.table import calibration_table

DIMENSION_BAR = 0.85
LABELLED = Path(__file__).resolve().parent.parent / "evals" / "labelled"


def test_every_check_agrees_with_the_human_labels_at_least_90_percent() -> None:
    labelled = load_labelled(LABELLED)
    assert len(labelled) >= 60
    calibration = calibrate(labelled)
    table = calibration_table(calibration)
    print("\n" + table)
    assert not calibration.below(MIN_AGREEMENT), table
    # Whole dimensions (all their checks) against the labels: a regression guard, lower than the
    # per-check bar because some faults people see are out of reach of any check here (invented
    # praise that sounds specific), and the screening lexicon still misses a few (see the table).
    assert all(a.rate >= DIMENSION_BAR for a in calibration.dimensions), table
    # Four checks never apply to a hand-written email: feedback_depth and evidence_grounded read a
    # structured draft, mentions_required and nothing_forbidden a case's expectations. Their unit
    # tests cover them; every other check is measured on enough emails to mean something.
    unmeasured = {a.name for a in calibration.checks if not a.compared}
    assert unmeasured == {"feedback_depth", "evidence_grounded", "mentions_required",
                          "nothing_forbidden"}, table
    assert all(a.compared >= 40 for a in calibration.checks if a.compared), table


def _labelled(email_id: str, body: str, tone_good: bool) -> LabelledEmail:
    good = {"good": True, "reason": "fine"}
    return LabelledEmail.model_validate({
        "id": email_id,
        "candidate": {"name": "Kai Tanaka", "role": "Junior Software Engineer"},
        "decision": "reject",
        "notes": "Recursive tree traversal, clean and correct; wrote his own test cases.",
        "email": {"subject": "Your Junior Software Engineer interview", "body": body},
        "labels": {"length": good, "personalisation": good, "safety": good, "decision": good,
                   "tone": {"good": tone_good, "reason": "labelled"}},
    })


def test_a_check_is_compared_on_good_emails_and_the_faults_it_caught() -> None:
    signed = "\n\nBest wishes,\nElena Marsh\n"
    no_thanks = _labelled("no-thanks", "Hi Kai,\n\nWe will not move forward." + signed, False)
    harsh = _labelled("harsh", "Hi Kai,\n\nThanks. Frankly, that was sloppy." + signed, False)
    missed = _labelled("missed", "Hi Kai,\n\nThanks for the tree traversal, we will not move "
                                 "forward." + signed, False)
    fine = _labelled("fine", "Hi Kai,\n\nThank you; we will not move forward." + signed, True)
    calibration = calibrate([no_thanks, harsh, missed, fine])
    by_name = {a.name: a for a in calibration.checks}
    thanks, harsh_words = by_name["thanks_candidate"], by_name["no_harsh_words"]
    # Each check is held to the good email and to the faults it caught, not to other checks' faults.
    assert (thanks.compared, thanks.agreed, thanks.caught) == (2, 2, 1)
    assert (harsh_words.compared, harsh_words.agreed, harsh_words.caught) == (2, 2, 1)
    # No tone check caught "missed": the tone dimension counts it as a miss.
    tone = next(a for a in calibration.dimensions if a.name == "tone")
    assert (tone.compared, tone.agreed) == (4, 3) and tone.misses == [("missed", "labelled")]


def test_a_false_alarm_on_a_good_email_counts_against_the_check() -> None:
    good = _labelled("good", "Hi Kai,\n\nThank you; we will not move forward. Frankly, the tree "
                             "traversal was lovely.\n\nBest wishes,\nElena Marsh\n", True)
    [harsh_words] = [a for a in calibrate([good]).checks if a.name == "no_harsh_words"]
    assert harsh_words.rate == 0 and harsh_words.false_alarms[0][0] == "good"
