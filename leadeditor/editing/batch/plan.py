"""Each row of a correction file planned offline: its key, the changes it asks for, what the client refuses
and what the server is predicted to store. The dry run adds only the server reads to this.

Blank handling: an empty cell leaves the field alone; a cell holding the blank token (``--BLANK--`` by
default, changeable) blanks the field, only where the API can blank it (the catalogue knows). With another
token chosen, a cell holding ``--BLANK--`` itself is refused: the server blanks the field for that text
whatever the user meant.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property, lru_cache
from typing import Any

from leadeditor.editing.batch.key import KeyKind
from leadeditor.editing.batch.mapping import ColumnMap, Target
from leadeditor.editing.batch.table import Row
from leadeditor.editing.search import SearchRequest
from leadeditor.vicidial import fields as catalogue
from leadeditor.vicidial.fields import BLANK, BLANK_TOKEN, Blank
from leadeditor.vicidial.value_notes import ValueNote

__all__ = [
    "PlanOptions",
    "PlanSummary",
    "PlannedChange",
    "Planner",
    "RowIssue",
    "RowPlan",
    "RowProblem",
    "plan_rows",
]


class RowProblem(Enum):
    KEY_EMPTY = "key_empty"  # data: column (its header)
    KEY_INVALID = "key_invalid"  # data: value, problems (the window's sentences)
    DUPLICATE_KEY = "duplicate_key"  # data: value, first_row (an earlier row names the same lead)
    RAGGED = "ragged"  # data: extra (cells beyond the last column), columns
    REFUSED = "refused"  # data: field, value, reason (`fields.refusal`'s note, a `ValueNote`)
    NOT_BLANKABLE = "not_blankable"  # data: field
    SERVER_BLANK_TOKEN = "server_blank_token"  # data: field (a literal --BLANK-- under another token)


@dataclass(frozen=True)
class RowIssue:
    reason: RowProblem
    data: dict[str, Any] = field(default_factory=dict, hash=False)


@lru_cache(maxsize=4096)  # statuses, cities, dates and the blank token repeat down a file
def _refusal(column: str, requested: str | Blank) -> ValueNote | None:
    return catalogue.refusal(column, requested)


@lru_cache(maxsize=4096)
def _predict(target: Target, requested: str | Blank, non_latin: bool) -> str | None:
    if target.custom:
        return catalogue.predict_custom_stored(requested, non_latin=non_latin)
    return catalogue.predict_stored(target.name, requested, non_latin=non_latin)


@dataclass(frozen=True)
class PlannedChange:
    target: Target
    requested: str | Blank
    non_latin: bool = False  # the server's setting the prediction is made for

    @cached_property
    def predicted(self) -> str | None:
        """What the server would store; None: it would leave the field as it is.

        Computed on first use (the dry run, the preview), not while the whole file is validated: a
        prediction costs tens of microseconds, times every cell of a 100,000-row file.
        """
        return _predict(self.target, self.requested, self.non_latin)


@dataclass(frozen=True)
class RowPlan:
    row: int  # the spreadsheet's row number
    key_value: str
    search: SearchRequest | None  # None when the key is unusable
    changes: tuple[PlannedChange, ...]
    issues: tuple[RowIssue, ...] = ()

    @property
    def invalid(self) -> bool:
        return bool(self.issues)

    @property
    def asks_nothing(self) -> bool:
        """A valid row whose every field cell is empty: nothing to send, whatever the lead holds."""
        return not self.issues and not self.changes


@dataclass(frozen=True)
class PlanOptions:
    blank_token: str = BLANK_TOKEN
    non_latin: bool = False  # the server's non_latin setting, for the predictions

    def __post_init__(self) -> None:
        if not self.blank_token.strip():
            raise ValueError("blank_token")  # the window and the command line refuse it first


@dataclass
class PlanSummary:
    """Counts and row numbers by reason, filled as rows stream by (all problems of the file in one pass)."""

    rows: int = 0  # non-empty data rows
    empty_rows: list[int] = field(default_factory=list)
    problems: dict[RowProblem, list[int]] = field(default_factory=dict)
    asking_nothing: list[int] = field(default_factory=list)
    with_changes: int = 0

    @property
    def invalid_rows(self) -> int:
        return len({row for rows in self.problems.values() for row in rows})

    def add(self, plan: RowPlan) -> None:
        self.rows += 1
        for reason in dict.fromkeys(issue.reason for issue in plan.issues):
            self.problems.setdefault(reason, []).append(plan.row)
        if plan.asks_nothing:
            self.asking_nothing.append(plan.row)
        elif not plan.invalid:
            self.with_changes += 1


class Planner:
    """Plans rows one at a time; remembers the keys seen, to catch two rows naming the same lead."""

    def __init__(self, column_map: ColumnMap, options: PlanOptions | None = None) -> None:
        if not column_map.ok or column_map.key_column is None:
            raise ValueError("the column map has problems")  # callers show `ColumnMap.problems` first
        self.map = column_map
        self.options = options or PlanOptions()
        self._token = self.options.blank_token.strip()
        self._seen: dict[str, int] = {}
        self._specs = {t.name: catalogue.field(t.name) for _, t in column_map.targets if not t.custom}

    def plan(self, row: Row) -> RowPlan:
        issues: list[RowIssue] = []
        if row.extra:
            issues.append(RowIssue(RowProblem.RAGGED, {"extra": len(row.extra), "columns": len(row.cells)}))
        search = self._key(row, issues)
        changes: list[PlannedChange] = []
        for column, target in self.map.targets:
            cell = row.value(column)
            if not cell.strip():
                continue  # empty: leave the field alone
            change = self._change(target, cell, issues)
            if change is not None:
                changes.append(change)
        key_value = row.value(self.map.key_column).strip() if self.map.key_column else ""
        return RowPlan(row.number, key_value, search, tuple(changes), tuple(issues))

    def _key(self, row: Row, issues: list[RowIssue]) -> SearchRequest | None:
        column = self.map.key_column
        assert column is not None
        value = row.value(column).strip()
        if not value:
            issues.append(RowIssue(RowProblem.KEY_EMPTY, {"column": column.header}))
            return None
        key = self.map.key
        request = key.request(value)
        problems = request.problems()
        if problems:
            issues.append(RowIssue(RowProblem.KEY_INVALID, {"value": value, "problems": problems}))
            return None
        normal = request.phone_digits if key.kind is KeyKind.PHONE_NUMBER else value
        first = self._seen.setdefault(normal, row.number)
        if first != row.number:
            issues.append(RowIssue(RowProblem.DUPLICATE_KEY, {"value": value, "first_row": first}))
        return request

    def _change(self, target: Target, cell: str, issues: list[RowIssue]) -> PlannedChange | None:
        text = cell.strip()
        requested: str | Blank = BLANK if text == self._token else cell
        if requested is not BLANK and text == BLANK_TOKEN:
            issues.append(RowIssue(RowProblem.SERVER_BLANK_TOKEN, {"field": str(target)}))
            return None
        non_latin = self.options.non_latin
        if target.custom:
            return PlannedChange(target, requested, non_latin)
        spec = self._specs[target.name]
        if isinstance(requested, Blank) and not spec.blankable:
            issues.append(RowIssue(RowProblem.NOT_BLANKABLE, {"field": spec.column}))
            return None
        refused = _refusal(spec.column, requested)
        if refused is not None:
            issues.append(
                RowIssue(RowProblem.REFUSED, {"field": spec.column, "value": cell, "reason": refused})
            )
        return PlannedChange(target, requested, non_latin)


def plan_rows(
    rows: Iterable[Row],
    column_map: ColumnMap,
    options: PlanOptions | None = None,
    summary: PlanSummary | None = None,
) -> Iterator[RowPlan]:
    """The plan of every non-empty row, streamed; empty rows are only counted in ``summary``."""
    planner = Planner(column_map, options)
    for row in rows:
        if row.is_empty:
            if summary is not None:
                summary.empty_rows.append(row.number)
            continue
        plan = planner.plan(row)
        if summary is not None:
            summary.add(plan)
        yield plan
