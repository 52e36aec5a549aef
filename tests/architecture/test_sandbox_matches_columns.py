"""The sandbox's copy of the server's column facts and the client's column table must agree.

The sandbox plays the server, so it keeps its own schema (`sandbox/schema.py`, `world.LEAD_COLUMNS`), its
own `lead_all_info` column order (`fn_read`), its own SET clause (`update_lead`) and its own input filters
(`sandbox/input_filters.py`), written from PROTOCOL.md and never imported from the client. When either side
changes, these tests fail and name the column (or parameter) and the fact that differs.
"""

from __future__ import annotations

from dataclasses import astuple
from itertools import zip_longest

import pytest

from leadeditor.sandbox import fn_read, schema, update_lead, world
from leadeditor.sandbox import input_filters as server_filters
from leadeditor.vicidial import columns as col
from leadeditor.vicidial import filters as client_filters
from leadeditor.vicidial.fields import BLANK_TOKEN

# The client writes a new phone number with its own flag (update_phone_number=Y), outside the SET list.
_OUTSIDE_THE_SET_LIST = {col.PHONE_NUMBER}


def _differences(name: str, facts: dict[str, tuple[object, object]]) -> list[str]:
    return [
        f"{name}: {fact} is {mine!r} in the column table, {theirs!r} in the sandbox"
        for fact, (mine, theirs) in facts.items()
        if mine != theirs
    ]


def test_the_same_columns_in_the_same_table_order() -> None:
    assert [c.name for c in col.COLUMNS] == list(world.LEAD_COLUMNS), (
        "vicidial_list columns differ: only in the table "
        f"{sorted(col.STANDARD - set(world.LEAD_COLUMNS))}, only in the sandbox "
        f"{sorted(set(world.LEAD_COLUMNS) - col.STANDARD)}"
    )


def test_the_same_sql_type_length_choices_and_range() -> None:
    problems: list[str] = []
    for column in col.COLUMNS:
        server = schema.COLUMNS.get(column.name)
        if server is None:
            problems.append(f"{column.name}: missing from the sandbox's schema")
            continue
        problems += _differences(
            column.name,
            {
                "the SQL type": (column.sql.value, server.type.value),
                "the length": (column.length, server.length),
                "the enum choices": (column.choices, server.choices),
                "the minimum": (column.minimum, server.minimum),
                "the maximum": (column.maximum, server.maximum),
            },
        )
    problems += [f"{name}: only in the sandbox's schema" for name in set(schema.COLUMNS) - col.STANDARD]
    assert problems == []


def test_the_same_lead_all_info_order() -> None:
    pairs = zip_longest(col.READ_ORDER, fn_read._ROW_COLUMNS, fillvalue="(none)")
    problems = [
        f"position {i}: {a} in the column table, {b} in the sandbox"
        for i, (a, b) in enumerate(pairs)
        if a != b
    ]
    assert problems == []


def test_the_same_update_lead_parameters() -> None:
    mine = {(param, c.name) for param, c in col.EDITABLE.items() if c.name not in _OUTSIDE_THE_SET_LIST}
    theirs = set(update_lead._SET_FIELDS)
    assert sorted(mine - theirs) == [], "written through this parameter by the table only"
    assert sorted(theirs - mine) == [], "written through this parameter by the sandbox only"


def _facts(flt: object) -> tuple[object, ...]:
    kind, *rest = astuple(flt)  # type: ignore[call-overload]
    return (kind.value, *rest)


def test_the_same_input_filter_for_every_parameter() -> None:
    mine, theirs = client_filters.filtered_parameters(), server_filters.filtered_parameters()
    problems = [f"{p}: filtered only by the client" for p in sorted(mine - theirs)]
    problems += [f"{p}: filtered only by the sandbox" for p in sorted(theirs - mine)]
    names = ("kind", "ascii_chars", "letters", "upper_only", "unicode_letters", "plus", "strip_chars")
    for param in sorted(mine & theirs):
        a, b = _facts(client_filters.param_filter(param)), _facts(server_filters.param_filter(param))
        problems += [
            f"{param}: {fact} is {x!r} for the client, {y!r} in the sandbox"
            for fact, x, y in zip(names, a, b, strict=True)
            if x != y
        ]
    assert problems == []


@pytest.mark.parametrize("non_latin", [False, True])
def test_blankable_means_the_servers_filter_lets_the_blank_token_through(non_latin: bool) -> None:
    # the server empties a column when "--BLANK--" (or what its filter leaves of it) reaches the SQL
    problems = []
    for param, column in col.EDITABLE.items():
        kept = server_filters.apply_input_filter(param, BLANK_TOKEN, non_latin=non_latin)
        if bool(kept) != column.blankable:
            problems.append(
                f"{column.name}: blankable is {column.blankable} in the table, but the sandbox's "
                f"filter of {param} leaves {kept!r} of {BLANK_TOKEN}"
            )
    assert problems == []


def test_the_sandbox_takes_no_facts_from_the_client() -> None:
    import ast
    from pathlib import Path

    folder = Path(world.__file__).parent
    imports = []
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            names += [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
            imports += [f"{path.name}: {name}" for name in names if name.startswith("leadeditor.vicidial")]
    assert imports == []
