"""A standard column is named in the app by the column table, not spelled out file after file (issue 9).

An AST scan of every string literal under `leadeditor/` outside `sandbox/` (which plays the server and keeps
its own copy on purpose): each standard `vicidial_list` column name may appear as a whole literal in at most
two files, the table itself (`vicidial/columns.py`) and one more (`ui/results.py` must spell its keys out:
it paints before `leadeditor.vicidial` is imported).
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

from leadeditor.vicidial import columns as col

APP = Path(__file__).resolve().parents[2] / "leadeditor"
MOST_FILES = 2


def _literal_files() -> dict[str, set[str]]:
    """Column name -> the app files (outside sandbox/) holding it as a whole string literal."""
    found: dict[str, set[str]] = defaultdict(set)
    for path in sorted(APP.rglob("*.py")):
        relative = path.relative_to(APP)
        if relative.parts[0] == "sandbox":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in col.STANDARD:
                found[node.value].add(str(relative))
    return found


def test_each_standard_column_is_spelled_out_in_at_most_two_app_files() -> None:
    found = _literal_files()
    too_many = {name: sorted(files) for name, files in found.items() if len(files) > MOST_FILES}
    assert too_many == {}, f"column names written as strings in more than {MOST_FILES} files: {too_many}"


def test_the_table_itself_names_every_column() -> None:
    found = _literal_files()
    assert all("vicidial/columns.py" in found[name] for name in col.STANDARD), sorted(
        name for name in col.STANDARD if "vicidial/columns.py" not in found[name]
    )


def test_the_scan_sees_a_literal_where_there_is_one() -> None:
    # the scan itself must be able to fail: a file that spells a column out is found
    probe = ast.parse('x = {"first_name": 1}\ny = f"{z}" + "comments"')
    names = {n.value for n in ast.walk(probe) if isinstance(n, ast.Constant) and n.value in col.STANDARD}
    assert names == {"first_name", "comments"}
