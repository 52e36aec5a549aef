"""Headers to fields, the match key and its scope, explicit mappings and saved templates."""

from __future__ import annotations

from pathlib import Path

import pytest

from leadeditor.editing.batch.key import BatchKey, KeyKind
from leadeditor.editing.batch.mapping import MappingProblem, Target, map_columns, normalize
from leadeditor.editing.batch.table import build_columns
from leadeditor.editing.batch.templates import (
    MappingTemplate,
    delete_template,
    load_template,
    save_template,
    template_names,
)
from leadeditor.editing.search import SearchScope
from leadeditor.settings import Settings
from leadeditor.ui.texts import search_problem_text

BY_ID = BatchKey(KeyKind.LEAD_ID)


def columns(*headers: str):
    return build_columns(list(headers))[0]


def reasons(column_map) -> list[MappingProblem]:
    return [issue.reason for issue in column_map.problems]


def test_headers_map_by_column_name_or_label_ignoring_case_spaces_dashes_underscores() -> None:
    cols = columns("Lead ID", "E-mail", "Alt Phone", "Vendor Lead Code", "FIRST_NAME", "postal code", "User")
    mapped = map_columns(cols, BY_ID)
    assert mapped.ok, mapped.problems
    assert mapped.key_column is not None and mapped.key_column.header == "Lead ID"
    assert [(c.header, str(t)) for c, t in mapped.targets] == [
        ("E-mail", "email"),
        ("Alt Phone", "alt_phone"),
        ("Vendor Lead Code", "vendor_lead_code"),
        ("FIRST_NAME", "first_name"),
        ("postal code", "postal_code"),
        ("User", "user"),
    ]
    assert normalize(" Phone-Number_ ") == "phonenumber"


def test_unmatched_columns_are_reported_and_ignored_unless_mapped() -> None:
    cols = columns("lead_id", "Notes from QA", "status")
    mapped = map_columns(cols, BY_ID)
    assert [u.column.header for u in mapped.unmatched] == ["Notes from QA"]
    assert [str(t) for _, t in mapped.targets] == ["status"]
    explicit = map_columns(cols, BY_ID, assignments=["Notes from QA=comments", "status="])
    assert [(c.header, str(t)) for c, t in explicit.targets] == [("Notes from QA", "comments")]
    assert [c.header for c in explicit.ignored] == ["status"] and explicit.unmatched == ()
    assert explicit.assignments() == [("lead_id", "lead_id"), ("Notes from QA", "comments"), ("status", "")]


def test_phone_number_and_list_id_are_only_mapped_by_hand() -> None:
    cols = columns("lead_id", "phone_number", "List ID", "city")
    mapped = map_columns(cols, BY_ID)
    assert [(u.column.header, u.explicit_only) for u in mapped.unmatched] == [
        ("phone_number", "phone_number"),
        ("List ID", "list_id"),
    ]
    by_hand = map_columns(cols, BY_ID, assignments=[("phone_number", "phone_number")])
    assert Target("phone_number") in [t for _, t in by_hand.targets]


def test_the_key_column_follows_the_key_kind() -> None:
    cols = columns("Phone Number", "Vendor Lead Code", "city")
    by_phone = map_columns(cols, BatchKey(KeyKind.PHONE_NUMBER))
    assert by_phone.key_column is not None and by_phone.key_column.header == "Phone Number"
    assert [str(t) for _, t in by_phone.targets] == ["vendor_lead_code", "city"]
    by_vendor = map_columns(cols, BatchKey(KeyKind.VENDOR_LEAD_CODE))
    assert by_vendor.key_column is not None and by_vendor.key_column.header == "Vendor Lead Code"
    assert [str(t) for _, t in by_vendor.targets] == ["city"]
    missing = map_columns(cols, BY_ID)
    assert reasons(missing) == [MappingProblem.NO_KEY_COLUMN] and not missing.ok


def test_custom_fields_by_label_and_by_hand() -> None:
    cols = columns("lead_id", "Best Time", "Budget")
    mapped = map_columns(cols, BY_ID, custom_labels=["best_time"])
    assert [(c.header, t) for c, t in mapped.targets] == [("Best Time", Target("best_time", custom=True))]
    assert [u.column.header for u in mapped.unmatched] == ["Budget"]
    by_hand = map_columns(cols, BY_ID, assignments=["Budget=custom:budget_2024"])
    assert Target("budget_2024", custom=True) in [t for _, t in by_hand.targets]


def test_a_repeated_header_maps_neither_column_until_one_is_chosen() -> None:
    cols = columns("lead_id", "E-mail", "city", "email")
    mapped = map_columns(cols, BY_ID)
    assert reasons(mapped) == [MappingProblem.AMBIGUOUS_HEADER]
    assert mapped.problems[0].data == {"header": "E-mail", "columns": ["B", "D"]}
    assert [str(t) for _, t in mapped.targets] == ["city"]
    chosen = map_columns(cols, BY_ID, assignments=["email=email", "E-mail="])
    assert chosen.ok and [(c.letter, str(t)) for c, t in chosen.targets] == [("C", "city"), ("D", "email")]
    twice = columns("lead_id", "city", "city")
    assert [c.key for c in twice] == ["lead_id", "city", "city#2"]
    second = map_columns(twice, BY_ID, assignments=["city#2=city", "city="])
    assert second.ok and [c.letter for c, _ in second.targets] == ["C"]


def test_two_columns_for_one_field_are_refused() -> None:
    cols = columns("lead_id", "Alt Phone", "Alternate phone")
    mapped = map_columns(cols, BY_ID)
    assert reasons(mapped) == [MappingProblem.DUPLICATE_TARGET]
    assert mapped.problems[0].data == {"field": "alt_phone", "columns": ["B", "C"]}


@pytest.mark.parametrize(
    ("assignment", "reason"),
    [
        ("no equals sign", MappingProblem.BAD_ASSIGNMENT),
        ("Nope=city", MappingProblem.UNKNOWN_HEADER),
        ("City=not_a_field", MappingProblem.UNKNOWN_FIELD),
    ],
)
def test_bad_explicit_mappings(assignment: str, reason: MappingProblem) -> None:
    mapped = map_columns(columns("lead_id", "City"), BY_ID, assignments=[assignment])
    assert reason in reasons(mapped) and not mapped.ok


def test_nothing_to_change_is_a_problem() -> None:
    assert reasons(map_columns(columns("lead_id", "whatever"), BY_ID)) == [MappingProblem.NOTHING_TO_CHANGE]


@pytest.mark.parametrize("scope", [SearchScope.LIST, SearchScope.CAMPAIGN])
@pytest.mark.parametrize("list_id", ["", "12", "098", "abc"])
def test_a_scope_without_a_valid_list_id_is_refused_as_in_the_window(
    scope: SearchScope, list_id: str
) -> None:
    mapped = map_columns(columns("phone_number", "city"), BatchKey(KeyKind.PHONE_NUMBER, scope, list_id))
    assert reasons(mapped) == [MappingProblem.SCOPE_REFUSED]
    assert "whole system" in search_problem_text(mapped.problems[0].data["problems"][0])  # the window's words
    fine = map_columns(columns("phone_number", "city"), BatchKey(KeyKind.PHONE_NUMBER, scope, "101"))
    assert fine.ok


def test_templates_are_saved_in_the_settings_and_loaded_back(tmp_path: Path) -> None:
    settings = Settings.load(tmp_path / "settings.json")
    cols = columns("Lead", "Notes", "Password")  # a header named like a secret must not break saving
    key = BatchKey(KeyKind.LEAD_ID, SearchScope.LIST, "101")
    mapped = map_columns(cols, key, assignments=["Lead=lead_id", "Notes=comments", "Password="])
    template = MappingTemplate(key, tuple(mapped.assignments()), blank_token="<empty>")
    save_template(settings, "QA returns", template)
    save_template(settings, "another", MappingTemplate(BY_ID, ()))
    again = Settings.load(tmp_path / "settings.json")
    assert template_names(again) == ["another", "QA returns"]
    loaded = load_template(again, "QA returns")
    assert loaded == template
    assert loaded is not None
    remapped = map_columns(cols, loaded.key, assignments=loaded.assignments)
    assert remapped.assignments() == mapped.assignments()
    assert delete_template(again, "another") and not delete_template(again, "another")
    assert template_names(Settings.load(tmp_path / "settings.json")) == ["QA returns"]


def test_a_damaged_template_loads_as_none(tmp_path: Path) -> None:
    settings = Settings.load(tmp_path / "settings.json")
    settings.set(
        "batch_templates", [{"name": "bad", "key": "shoe_size", "scope": "SYSTEM", "assignments": []}]
    )
    assert load_template(settings, "bad") is None and load_template(settings, "missing") is None
