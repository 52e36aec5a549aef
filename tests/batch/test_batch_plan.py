"""Each row planned offline: key, requested changes, the client's refusals, the predicted stored values."""

from __future__ import annotations

from pathlib import Path

import pytest

from leadeditor.editing.batch.key import BatchKey, KeyKind
from leadeditor.editing.batch.mapping import Target, map_columns
from leadeditor.editing.batch.plan import Planner, PlanOptions, PlanSummary, RowProblem, plan_rows
from leadeditor.editing.batch.reading import open_table
from leadeditor.editing.search import SearchMethod, SearchRequest, SearchScope
from leadeditor.ui.texts import note_text
from leadeditor.vicidial.fields import BLANK


def plans(tmp_path: Path, text: str, key: BatchKey | None = None, options: PlanOptions | None = None, **kw):
    path = tmp_path / "fixes.csv"
    path.write_text(text, encoding="utf-8")
    table = open_table(path)
    column_map = map_columns(table.columns, key or BatchKey(KeyKind.LEAD_ID), **kw)
    assert column_map.ok, column_map.problems
    summary = PlanSummary()
    return list(plan_rows(table.rows(), column_map, options, summary)), summary


def changes(plan) -> dict[str, tuple[object, str | None]]:
    return {str(c.target): (c.requested, c.predicted) for c in plan.changes}


def test_an_empty_cell_leaves_the_field_alone_and_the_token_blanks_it(tmp_path: Path) -> None:
    rows, _ = plans(tmp_path, "lead_id,first_name,city,date_of_birth\n101,Ann,--BLANK--,\n102,,,--BLANK--\n")
    assert rows[0].row == 2 and rows[0].key_value == "101" and not rows[0].invalid
    assert changes(rows[0]) == {"first_name": ("Ann", "Ann"), "city": (BLANK, "")}
    assert changes(rows[1]) == {"date_of_birth": (BLANK, "0000-00-00")}  # what the server stores for it


def test_the_token_is_refused_where_the_api_cannot_blank(tmp_path: Path) -> None:
    rows, summary = plans(tmp_path, "lead_id,rank,city\n101,--BLANK--,Rome\n", assignments=[])
    assert [(i.reason, i.data) for i in rows[0].issues] == [(RowProblem.NOT_BLANKABLE, {"field": "rank"})]
    assert summary.problems == {RowProblem.NOT_BLANKABLE: [2]}


def test_a_changed_token_and_the_servers_own_token(tmp_path: Path) -> None:
    text = "lead_id,city,state\n101,<empty>,--BLANK--\n102,<empty>,NY\n"
    rows, _ = plans(tmp_path, text, options=PlanOptions(blank_token="<empty>"))
    # the server blanks a field for "--BLANK--" whatever the user meant: with another token, that is refused
    assert [i.reason for i in rows[0].issues] == [RowProblem.SERVER_BLANK_TOKEN]
    assert changes(rows[1]) == {"city": (BLANK, ""), "state": ("NY", "NY")}
    with pytest.raises(ValueError):
        PlanOptions(blank_token="  ")


def test_refusals_and_predictions_come_from_the_catalogue(tmp_path: Path) -> None:
    text = "lead_id,first_name,date_of_birth,gender,rank,comments\n101,José,05/17/1980,X,-3,=1+1\n"
    rows, _ = plans(tmp_path, text)
    refused = {i.data["field"]: i.data["reason"] for i in rows[0].issues if i.reason is RowProblem.REFUSED}
    assert set(refused) == {"date_of_birth", "gender", "rank"}
    assert "YYYY-MM-DD" in note_text(refused["date_of_birth"])
    assert changes(rows[0])["first_name"] == ("José", "Jos")  # latin server: the accent is removed
    assert changes(rows[0])["comments"] == ("=1+1", "=1 1")  # '+' becomes a space in free text
    non_latin, _ = plans(tmp_path, text, options=PlanOptions(non_latin=True))
    assert changes(non_latin[0])["first_name"] == ("José", "José")


def test_custom_fields_are_planned_with_their_own_prediction(tmp_path: Path) -> None:
    rows, _ = plans(tmp_path, 'lead_id,Best Time\n1,"9am; or 10"\n2,--BLANK--\n', custom_labels=["best_time"])
    assert changes(rows[0]) == {"custom:best_time": ("9am; or 10", "9am or 10")}
    assert changes(rows[1]) == {"custom:best_time": (BLANK, "")}


def test_key_problems_use_the_windows_rules(tmp_path: Path) -> None:
    text = "lead_id,city\n,Rome\n12a,Oslo\n7,Lima\n 7 ,Bern\n"
    rows, summary = plans(tmp_path, text)
    assert [i.reason for i in rows[0].issues] == [RowProblem.KEY_EMPTY]
    assert rows[1].issues[0].reason is RowProblem.KEY_INVALID
    window = SearchRequest(lead_id="12a", methods=frozenset({SearchMethod.LEAD_ID})).problems()
    assert rows[1].issues[0].data["problems"] == window  # the window's own rule and words
    assert rows[2].search is not None and rows[2].search.active_methods() == [SearchMethod.LEAD_ID]
    assert rows[2].search.to_match().lead_id == 7
    assert rows[3].issues[0].reason is RowProblem.DUPLICATE_KEY and rows[3].issues[0].data["first_row"] == 4
    assert summary.problems == {
        RowProblem.KEY_EMPTY: [2],
        RowProblem.KEY_INVALID: [3],
        RowProblem.DUPLICATE_KEY: [5],
    }
    assert summary.invalid_rows == 3 and summary.with_changes == 1


def test_phone_keys_in_a_list(tmp_path: Path) -> None:
    key = BatchKey(KeyKind.PHONE_NUMBER, SearchScope.LIST, "101")
    text = "Phone Number,city\n(312) 555-0100,Rome\n12345,Oslo\n312.555.0100,Bern\n"
    rows, _ = plans(tmp_path, text, key=key)
    match = rows[0].search.to_match() if rows[0].search else None
    assert match is not None and match.phone_number == "3125550100" and match.list_id == 101
    window = SearchRequest(phone_number="12345", scope=SearchScope.LIST, list_id="101").problems()
    assert rows[1].issues[0].data["problems"] == window and window
    assert rows[2].issues[0].reason is RowProblem.DUPLICATE_KEY  # the same digits as row 2


def test_ragged_rows_are_invalid_and_empty_rows_only_counted(tmp_path: Path) -> None:
    rows, summary = plans(tmp_path, "lead_id,city\n1,Rome,Italy\n\n2\n,\n3,Oslo\n")
    assert [r.row for r in rows] == [2, 4, 6]
    assert rows[0].issues[0].reason is RowProblem.RAGGED and rows[0].issues[0].data == {
        "extra": 1,
        "columns": 2,
    }
    assert rows[1].asks_nothing and summary.asking_nothing == [4]
    assert summary.empty_rows == [3, 5] and summary.rows == 3 and summary.with_changes == 1


def test_a_map_with_problems_cannot_be_planned(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_text("city\nRome\n", encoding="utf-8")
    column_map = map_columns(open_table(path).columns, BatchKey(KeyKind.LEAD_ID))
    with pytest.raises(ValueError):
        Planner(column_map)


def test_a_target_of_the_plan_names_a_catalogue_field(tmp_path: Path) -> None:
    rows, _ = plans(tmp_path, "lead_id,Vendor Lead Code\n1,C:\\temp\\\n")
    assert rows[0].changes[0].target == Target("vendor_lead_code")
    assert rows[0].changes[0].predicted == "C:\\temp\\"  # backslashes kept as typed (doubled on the wire)


KEY_VALUES = [
    "",
    " ",
    "1",
    "0",
    "007",
    "12345678901",
    "123456789012",
    "-5",
    "1.5",
    "abc",
    "١٢٣",
    "3125550100",
    "(312) 555-0100",
    "312.555.0100",
    "---",
    "12345",
    "1234567890123456789",
    "+13125550100",
    "V-1",
    "a,b",
]


@pytest.mark.parametrize("kind", list(KeyKind))
@pytest.mark.parametrize(
    ("scope", "list_id"),
    [
        (SearchScope.SYSTEM, ""),
        (SearchScope.LIST, ""),
        (SearchScope.LIST, "101"),
        (SearchScope.CAMPAIGN, "9"),
    ],
)
def test_the_keys_problems_asked_once_per_kind_of_value_are_the_windows(
    kind: KeyKind, scope: SearchScope, list_id: str
) -> None:
    key = BatchKey(kind, scope, list_id)
    for _ in range(2):  # the second time from what the key remembers
        for value in KEY_VALUES:
            request = key.request(value)
            assert list(key.problems(request)) == request.problems(), (kind, scope, value)


def test_a_repeated_cell_is_planned_once_and_shared(tmp_path: Path) -> None:
    rows = "".join(f"{n},Chicago,05/17/1980\n" for n in range(1, 5))
    got, summary = plans(tmp_path, "lead_id,city,date_of_birth\n" + rows)
    assert len({id(p.changes[0]) for p in got}) == 1  # one `PlannedChange` for "Chicago"
    assert all(p.issues[0].reason is RowProblem.REFUSED for p in got)
    assert summary.problems[RowProblem.REFUSED] == [2, 3, 4, 5]
