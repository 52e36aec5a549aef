"""The pure safety rules: conflicts, rebase, verification, unknown outcomes, undo and multi-lead plans."""

from __future__ import annotations

import pytest

from leadeditor.editing.safety import (
    FieldCheck,
    FieldEvidence,
    ResolutionState,
    UndoSource,
    detect_conflicts,
    multi_lead_plan,
    predict_all,
    rebase_changes,
    resolve_unknown_delete,
    resolve_unknown_outcome,
    undo_changes,
    verify_saved,
)
from leadeditor.ui.glossary import shown_value
from leadeditor.ui.texts import not_restorable_text, resolution_text
from leadeditor.vicidial.fields import BLANK

LOADED = {"first_name": "John", "last_name": "Smith", "city": "Chicago", "status": "NEW", "address2": ""}


def test_no_conflict_when_nothing_changed_on_the_server() -> None:
    assert detect_conflicts(LOADED, dict(LOADED), {"last_name": "Smyth"}) == []


def test_conflict_lists_your_fields_first_with_all_four_columns() -> None:
    fresh = dict(LOADED, city="Evanston", last_name="Smith-Jones", status="SALE")
    conflicts = detect_conflicts(LOADED, fresh, {"last_name": "Smyth"})
    assert [c.column for c in conflicts] == ["last_name", "city", "status"]
    mine = conflicts[0]
    assert (mine.label, mine.when_opened, mine.now, mine.your_change) == (
        "Last name",
        "Smith",
        "Smith-Jones",
        "Smyth",
    )
    assert mine.yours and not conflicts[1].yours
    assert conflicts[1].your_change is None  # nothing of yours to show
    assert conflicts[2].dialer_activity and not conflicts[1].dialer_activity


def test_conflict_ignores_columns_missing_from_one_read_and_ignored_ones() -> None:
    fresh = {"first_name": "Jon", "city": "Joliet"}
    conflicts = detect_conflicts(LOADED, fresh, {}, ignore={"city"})
    assert [c.column for c in conflicts] == ["first_name"]


def test_blank_change_shows_as_blank_in_conflict() -> None:
    fresh = dict(LOADED, address2="Apt 9")
    (conflict,) = detect_conflicts(LOADED, fresh, {"address2": BLANK})
    assert conflict.your_change is BLANK and shown_value(conflict.your_change) == "(empty)"


def test_rebase_keeps_changes_and_drops_those_already_so() -> None:
    fresh = dict(LOADED, last_name="Smyth", city="Evanston")
    rebase = rebase_changes({"last_name": "Smyth", "first_name": "Jon"}, fresh)
    assert rebase.changes == {"first_name": "Jon"}
    assert rebase.already_so == ("last_name",)
    assert rebase.baseline == fresh
    # after a rebase, the new baseline has no conflict with the same fresh values
    assert detect_conflicts(rebase.baseline, fresh, rebase.changes) == []


def test_rebase_compares_predicted_values_not_typed_ones() -> None:
    # "a+b" in a name is stored as "a b": a fresh "a b" means nothing is left to send
    rebase = rebase_changes({"first_name": "a+b"}, {"first_name": "a b"})
    assert rebase.nothing_to_send


def test_verify_saved_matches_prediction() -> None:
    changes = {"last_name": "O'Brien-Smith", "address2": BLANK, "gender": BLANK}
    predicted = predict_all(changes)
    assert predicted == {"last_name": "O'Brien-Smith", "address2": "", "gender": ""}
    check = verify_saved(changes, predicted, {"last_name": "O'Brien-Smith", "address2": "", "gender": ""})
    assert check.ok and check.verified and check.differences == ()


def test_verify_saved_shows_what_the_server_stored_instead() -> None:
    # the profile believed non_latin=0, but the server kept the accent: the read-back shows it
    changes = {"first_name": "José"}
    predicted = predict_all(changes, non_latin=False)
    assert predicted == {"first_name": "Jos"}
    check = verify_saved(changes, predicted, {"first_name": "José"})
    assert not check.ok
    (diff,) = check.differences
    assert (diff.predicted, diff.stored, diff.check) == ("Jos", "José", FieldCheck.DIFFERS)
    assert check.stored == {"first_name": "José"}


def test_verify_saved_without_read_back_is_not_verified() -> None:
    check = verify_saved({"city": "Joliet"}, {"city": "Joliet"}, {})
    assert not check.ok and not check.verified
    assert check.fields[0].check is FieldCheck.NOT_READ


def test_verify_saved_ignored_value_is_checked_against_before() -> None:
    changes = {"gender": "m"}  # lower case is filtered away: the server leaves the field unchanged
    predicted = predict_all(changes)
    assert predicted == {"gender": None}
    assert verify_saved(changes, predicted, {"gender": "F"}, before={"gender": "F"}).ok
    assert not verify_saved(changes, predicted, {"gender": "M"}, before={"gender": "F"}).ok
    assert verify_saved(changes, predicted, {"gender": "F"}).fields[0].check is FieldCheck.UNCHECKED


BEFORE = {"last_name": "Smith", "address2": "Apt 3", "city": "Chicago"}


def test_unknown_outcome_applied() -> None:
    changes = {"last_name": "Smyth", "address2": BLANK}
    res = resolve_unknown_outcome(changes, BEFORE, {"last_name": "Smyth", "address2": "", "city": "Chicago"})
    assert res.state is ResolutionState.APPLIED and res.final
    assert {f.evidence for f in res.fields} == {FieldEvidence.APPLIED}
    assert res.stored == {"last_name": "Smyth", "address2": ""}


def test_unknown_outcome_not_applied() -> None:
    res = resolve_unknown_outcome({"last_name": "Smyth"}, BEFORE, dict(BEFORE))
    assert res.state is ResolutionState.NOT_APPLIED


def test_unknown_outcome_request_equal_to_before_cannot_tell() -> None:
    res = resolve_unknown_outcome({"city": "Chicago"}, BEFORE, dict(BEFORE))
    assert res.state is ResolutionState.AS_REQUESTED and res.final
    assert res.fields[0].evidence is FieldEvidence.CANNOT_TELL


def test_unknown_outcome_one_telling_field_decides_for_the_whole_request() -> None:
    # city asked as it was (cannot tell), last_name proves the single UPDATE ran
    res = resolve_unknown_outcome(
        {"city": "Chicago", "last_name": "Smyth"}, BEFORE, dict(BEFORE, last_name="Smyth")
    )
    assert res.state is ResolutionState.APPLIED
    res = resolve_unknown_outcome({"city": "Chicago", "last_name": "Smyth"}, BEFORE, dict(BEFORE))
    assert res.state is ResolutionState.NOT_APPLIED


def test_unknown_outcome_partial_match_means_someone_else_wrote() -> None:
    changes = {"last_name": "Smyth", "address2": "Apt 4"}
    res = resolve_unknown_outcome(changes, BEFORE, dict(BEFORE, last_name="Smyth"))
    assert res.state is ResolutionState.UNKNOWN and not res.final
    assert "someone else" in resolution_text(res)


def test_unknown_outcome_applied_then_overwritten_elsewhere() -> None:
    changes = {"last_name": "Smyth", "address2": "Apt 4"}
    res = resolve_unknown_outcome(changes, BEFORE, dict(BEFORE, last_name="Smyth", address2="Suite 1"))
    assert res.state is ResolutionState.APPLIED
    assert res.fields[1].evidence is FieldEvidence.OTHER_VALUE


def test_unknown_outcome_neither_value_is_unknown() -> None:
    res = resolve_unknown_outcome({"last_name": "Smyth"}, BEFORE, dict(BEFORE, last_name="Jones"))
    assert res.state is ResolutionState.UNKNOWN


def test_unknown_outcome_without_read_back_stays_unknown() -> None:
    res = resolve_unknown_outcome({"last_name": "Smyth"}, BEFORE, None)
    assert res.state is ResolutionState.UNKNOWN
    res = resolve_unknown_outcome({"last_name": "Smyth"}, BEFORE, {"city": "Chicago"})
    assert res.state is ResolutionState.UNKNOWN


def test_unknown_outcome_with_before_unknown() -> None:
    # an unreadable lead: holding the value proves nothing; lacking it means not applied
    assert (
        resolve_unknown_outcome({"last_name": "Smyth"}, None, {"last_name": "Smyth"}).state
        is ResolutionState.AS_REQUESTED
    )
    assert (
        resolve_unknown_outcome({"last_name": "Smyth"}, {"last_name": None}, {"last_name": "Smith"}).state
        is ResolutionState.NOT_APPLIED
    )


def test_unknown_outcome_uses_the_predicted_stored_value() -> None:
    # "+" becomes a space: a read-back of "Mary Ann" proves "Mary+Ann" was applied
    res = resolve_unknown_outcome(
        {"first_name": "Mary+Ann"}, {"first_name": "Mary"}, {"first_name": "Mary Ann"}
    )
    assert res.state is ResolutionState.APPLIED


def test_unknown_delete() -> None:
    assert resolve_unknown_delete(False) is ResolutionState.APPLIED
    assert resolve_unknown_delete(True) is ResolutionState.NOT_APPLIED
    assert resolve_unknown_delete(None) is ResolutionState.UNKNOWN


def test_undo_puts_before_values_back_and_blanks_empty_ones() -> None:
    source = UndoSource(
        7,
        before={"last_name": "Smith", "address2": "", "city": "Chicago"},
        stored={"last_name": "Smyth", "address2": "Apt 4", "city": "Chicago"},
    )
    plan = undo_changes(source)
    assert plan.changes == {"last_name": "Smith", "address2": BLANK}  # city was not changed
    assert plan.expected_now == {"last_name": "Smyth", "address2": "Apt 4"}
    assert plan.not_restorable == {} and plan.inexact == {} and plan.possible
    assert plan.lead_id == 7 and not plan.update_phone_number


def test_undo_reports_fields_it_cannot_restore() -> None:
    source = UndoSource(
        3,
        before={
            "rank": "",
            "called_count": "",
            "phone_code": "",
            "list_id": "",
            "email": None,
            "date_of_birth": "",
            "state": "I.L",
            "owner": "OWNER1",
        },
        stored={
            "rank": "5",
            "called_count": "2",
            "phone_code": "44",
            "list_id": "102",
            "email": "a@b.c",
            "date_of_birth": "1980-01-01",
            "state": "IL",
            "owner": "BOB",
        },
    )
    plan = undo_changes(source)
    assert set(plan.not_restorable) == {"rank", "called_count", "phone_code", "list_id", "email"}
    assert "cannot empty" in not_restorable_text(plan.not_restorable["rank"])
    assert "unknown" in not_restorable_text(plan.not_restorable["email"])
    # blanking a date stores 0000-00-00, not the empty value it had; '.' is filtered out of state
    assert plan.inexact == {"date_of_birth": "0000-00-00", "state": "IL"}
    assert plan.changes["date_of_birth"] is BLANK
    assert plan.changes["owner"] == "OWNER1"


def test_undo_of_a_phone_number_needs_the_phone_flag() -> None:
    plan = undo_changes(UndoSource(1, {"phone_number": "3125550100"}, {"phone_number": "3125550199"}))
    assert plan.changes == {"phone_number": "3125550100"} and plan.update_phone_number


def test_undo_of_a_column_outside_the_catalogue_is_reported() -> None:
    plan = undo_changes(UndoSource(1, {"called_since_last_reset": "Y"}, {"called_since_last_reset": "N"}))
    assert not plan.possible and "called_since_last_reset" in plan.not_restorable


def test_multi_lead_plan_one_step_per_lead_in_order() -> None:
    plan = multi_lead_plan([14, 8, 1, 8], {"status": "DNC", "gender": "m"})
    assert plan.lead_ids == (14, 8, 1)
    assert plan.duplicates == (8,)
    assert all(step.changes == {"status": "DNC"} for step in plan.steps)
    assert plan.ignored == {"gender": "the server would leave this field unchanged"}
    assert plan.predicted == {"status": "DNC"}


def test_multi_lead_plan_refuses_bad_input() -> None:
    with pytest.raises(ValueError):
        multi_lead_plan([0], {"status": "DNC"})
    with pytest.raises(ValueError):
        multi_lead_plan([1, 2], {"gender": "m"})


def test_values_of_a_mapping_and_a_record_object() -> None:
    from dataclasses import dataclass

    from leadeditor.editing.safety import values_of

    @dataclass
    class Record:
        lead_id: int
        list_id: int
        first_name: str
        gender: str | None
        custom: dict[str, str]

    values = values_of(Record(7, 101, "Ann", None, {"favorite_color": "blue"}))
    assert values == {"list_id": "101", "first_name": "Ann", "gender": ""}
    assert values_of({"list_id": 101, "city": None}) == {"list_id": "101", "city": ""}


def test_journal_outcomes_of_verification_and_resolution() -> None:
    from leadeditor.editing.journal import Outcome, outcome_of_resolution, outcome_of_verification

    changes = {"last_name": "Smyth"}
    predicted = predict_all(changes)
    assert outcome_of_verification(verify_saved(changes, predicted, {"last_name": "Smyth"})) is Outcome.SAVED
    assert (
        outcome_of_verification(verify_saved(changes, predicted, {"last_name": "Smy"}))
        is Outcome.SAVED_WITH_DIFFERENCES
    )
    assert outcome_of_verification(verify_saved(changes, predicted, {}), applied=False) is Outcome.NOT_APPLIED
    assert outcome_of_verification(verify_saved(changes, predicted, {})) is Outcome.SAVED
    before = {"last_name": "Smith", "city": "Chicago"}
    both = {"last_name": "Smyth", "city": "Joliet"}
    assert (
        outcome_of_resolution(resolve_unknown_outcome(changes, before, {"last_name": "Smyth"}))
        is Outcome.SAVED
    )
    assert outcome_of_resolution(resolve_unknown_outcome(changes, before, before)) is Outcome.NOT_APPLIED
    assert outcome_of_resolution(resolve_unknown_outcome(changes, before, None)) is Outcome.UNKNOWN
    assert (
        outcome_of_resolution(resolve_unknown_outcome({"city": "Chicago"}, before, before)) is Outcome.SAVED
    )
    overwritten = resolve_unknown_outcome(both, before, {"last_name": "Smyth", "city": "Aurora"})
    assert outcome_of_resolution(overwritten) is Outcome.SAVED_WITH_DIFFERENCES
