"""The results file: one line per row, formula-safe, an errors-only file beside it, never the password."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from leadeditor.editing.batch.results import Outcome, ResultRow, ResultsWriter, errors_path, safe_cell

PASSWORD = "s3cr3t-Pa55"


def read(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM: spreadsheets then read it as UTF-8
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_every_row_in_the_file_and_the_failures_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "results.csv"
    with ResultsWriter(path, ["first_name", "city"]) as writer:
        writer.write(
            ResultRow(2, 101, Outcome.WOULD_UPDATE, "", {"first_name": "Jon"}, {"first_name": "John"})
        )
        writer.write(ResultRow(3, None, Outcome.NOT_FOUND, "No lead has this ID."))
        writer.write(ResultRow(4, 103, Outcome.UNCHANGED, "", {"city": "Köln"}, {"city": "Köln"}))
        writer.write(ResultRow(5, None, Outcome.AMBIGUOUS, "3 leads match: 7, 8, 9"))
    header = ["row", "lead_id", "outcome", "message", "first_name:before", "first_name:after"]
    header += ["city:before", "city:after"]
    lines = read(path)
    assert lines[0] == header
    assert lines[1] == ["2", "101", "would_update", "", "Jon", "John", "", ""]
    assert lines[3] == ["4", "103", "unchanged", "", "", "", "Köln", "Köln"]
    assert errors_path(path) == tmp_path / "results-errors.csv"
    errors = read(errors_path(path))
    assert [line[:3] for line in errors[1:]] == [["3", "", "not_found"], ["5", "", "ambiguous"]]
    assert writer.counts == {
        Outcome.WOULD_UPDATE: 1,
        Outcome.NOT_FOUND: 1,
        Outcome.UNCHANGED: 1,
        Outcome.AMBIGUOUS: 1,
    }


@pytest.mark.parametrize("value", ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\r=1"])
def test_formula_looking_values_are_written_as_text(tmp_path: Path, value: str) -> None:
    path = tmp_path / "results.csv"
    with ResultsWriter(path, ["comments", "=evil"]) as writer:
        writer.write(ResultRow(2, 1, Outcome.INVALID, value, {"comments": value}, {"comments": value}))
    lines = read(path)
    assert lines[0][-2:] == ["'=evil:before", "'=evil:after"]
    assert lines[1][3] == lines[1][4] == lines[1][5] == "'" + value
    assert safe_cell("Smith") == "Smith" and safe_cell("O'Brien") == "O'Brien"


def test_the_password_never_reaches_either_file(tmp_path: Path) -> None:
    path = tmp_path / "results.csv"
    with ResultsWriter(path, ["comments"], secrets=[PASSWORD]) as writer:
        writer.write(ResultRow(2, 1, Outcome.FAILED, f"login |6666|{PASSWORD}|BAD|", {"comments": PASSWORD}))
        writer.write(ResultRow(3, 2, Outcome.UPDATED, f"url https://6666:{PASSWORD}@host/", {}, {}))
    for file in (path, errors_path(path)):
        assert PASSWORD not in file.read_text(encoding="utf-8-sig")
    assert read(path)[1][4] == "***"


def test_the_outcomes_that_count_as_success() -> None:
    assert {o for o in Outcome if o.success} == {Outcome.WOULD_UPDATE, Outcome.UPDATED, Outcome.UNCHANGED}
    assert [o.value for o in Outcome] == [
        "would_update",
        "updated",
        "unchanged",
        "not_found",
        "ambiguous",
        "invalid",
        "conflict",
        "failed",
        "unknown",
        "skipped",
    ]


def test_rows_written_before_a_crash_are_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "results.csv"
    writer = ResultsWriter(path, [])
    writer.write(ResultRow(2, 1, Outcome.UPDATED))
    assert read(path)[1] == ["2", "1", "updated", ""]  # flushed, not waiting for close
    writer.close()
