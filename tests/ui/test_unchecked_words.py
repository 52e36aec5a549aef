"""The "cannot be checked" sentences: one full stop each, and a deleted lead is said to be gone, not blamed
on the user's campaigns (the fault matrix drives the same through the window: tests/faults)."""

from __future__ import annotations

import pytest

from leadeditor.editing.read_problems import ReadProblem, read_problem_reason
from leadeditor.editing.update_job import UncheckedLead
from leadeditor.ui.texts import read_problem_text, stop_reason
from leadeditor.ui.write_actions import unchecked_reason
from leadeditor.vicidial import errors


@pytest.mark.parametrize("problem", list(ReadProblem))
def test_every_reason_ends_with_one_full_stop(problem: ReadProblem) -> None:
    for text in (
        unchecked_reason(UncheckedLead(4, problem)),
        f"Not saved: {stop_reason(UncheckedLead(4, problem))}.",  # as save_message words an ABORTED save
    ):
        assert text.endswith(".") and not text.endswith(".."), text
        assert ". ." not in text, text


def test_a_lead_the_read_did_not_find_is_gone() -> None:
    gone = errors.LeadNotFound(errors.Reason.NO_SUCH_LEAD, lead_id=4)
    assert read_problem_reason(gone) is ReadProblem.GONE
    assert read_problem_text(read_problem_reason(gone)) == "This lead no longer exists on the server."
    text = unchecked_reason(UncheckedLead(4, ReadProblem.GONE, gone))
    assert text.startswith("Lead 4 no longer exists on the server") and "campaign" not in text
    # a list outside the user's campaigns is still said so
    hidden = errors.ListNotAllowed(errors.Reason.LEAD_LIST_NOT_READABLE, lead_id=4)
    assert read_problem_reason(hidden) is ReadProblem.NOT_ALLOWED
