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
from typing import Any, Final

from leadeditor.editing.batch.key import KeyKind
from leadeditor.editing.batch.mapping import ColumnMap, Target
from leadeditor.editing.batch.table import Row
from leadeditor.editing.search import SearchRequest
from leadeditor.vicidial import fields as catalogue
from leadeditor.vicidial.fields import BLANK, BLANK_TOKEN, Blank

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
        if plan.issues:
            for reason in dict.fromkeys(issue.reason for issue in plan.issues):
                self.problems.setdefault(reason, []).append(plan.row)
        elif plan.changes:
            self.with_changes += 1
        else:
            self.asking_nothing.append(plan.row)


_CellPlan = tuple["PlannedChange | None", "RowIssue | None"]  # a cell's change (None: none) and problem
_MEMO_SIZE: Final = 4_096  # cell texts remembered per column (statuses, cities, dates repeat; memory bounded)


class Planner:
    """Plans rows one at a time; remembers the keys seen, to catch two rows naming the same lead.

    A cell's plan (its change and its problem) depends only on the field and the text: statuses, cities,
    dates and blanks repeat down a file, so each (field, text) is planned once and its result shared
    (`PlannedChange` and `RowIssue` are immutable)."""

    def __init__(self, column_map: ColumnMap, options: PlanOptions | None = None) -> None:
        if not column_map.ok or column_map.key_column is None:
            raise ValueError("the column map has problems")  # callers show `ColumnMap.problems` first
        self.map = column_map
        self.options = options or PlanOptions()
        self._token = self.options.blank_token.strip()
        self._seen: dict[str, int] = {}
        self._specs = {t.name: catalogue.field(t.name) for _, t in column_map.targets if not t.custom}
        self._key_index = column_map.key_column.index
        # per mapped column: its cell's index, its field, and the plans of the texts seen in it
        self._targets: tuple[tuple[int, Target, dict[str, _CellPlan]], ...] = tuple(
            (column.index, target, {}) for column, target in column_map.targets
        )

    def plan(self, row: Row) -> RowPlan:
        issues: list[RowIssue] = []
        if row.extra:
            issues.append(RowIssue(RowProblem.RAGGED, {"extra": len(row.extra), "columns": len(row.cells)}))
        cells = row.cells
        key_value = cells[self._key_index].strip()
        search = self._key(row.number, key_value, issues)
        changes: list[PlannedChange] = []
        for index, target, memo in self._targets:
            cell = cells[index]
            planned = memo.get(cell)
            if planned is None:
                if not cell.strip():
                    continue  # empty: leave the field alone
                if len(memo) >= _MEMO_SIZE:
                    memo.clear()
                planned = memo[cell] = self._change(target, cell)
            change, issue = planned
            if issue is not None:
                issues.append(issue)
            if change is not None:
                changes.append(change)
        return RowPlan(row.number, key_value, search, tuple(changes), tuple(issues))

    def _key(self, number: int, value: str, issues: list[RowIssue]) -> SearchRequest | None:
        if not value:
            column = self.map.key_column
            assert column is not None
            issues.append(RowIssue(RowProblem.KEY_EMPTY, {"column": column.header}))
            return None
        key = self.map.key
        request = key.request(value)
        problems = key.problems(request)
        if problems:
            issues.append(RowIssue(RowProblem.KEY_INVALID, {"value": value, "problems": list(problems)}))
            return None
        normal = request.phone_digits if key.kind is KeyKind.PHONE_NUMBER else value
        first = self._seen.setdefault(normal, number)
        if first != number:
            issues.append(RowIssue(RowProblem.DUPLICATE_KEY, {"value": value, "first_row": first}))
        return request

    def _change(self, target: Target, cell: str) -> _CellPlan:
        """One non-empty cell: the change it asks for (None: none can be made) and its problem, if any."""
        text = cell.strip()
        requested: str | Blank = BLANK if text == self._token else cell
        if requested is not BLANK and text == BLANK_TOKEN:
            return None, RowIssue(RowProblem.SERVER_BLANK_TOKEN, {"field": str(target)})
        non_latin = self.options.non_latin
        if target.custom:
            return PlannedChange(target, requested, non_latin), None
        spec = self._specs[target.name]
        if isinstance(requested, Blank) and not spec.blankable:
            return None, RowIssue(RowProblem.NOT_BLANKABLE, {"field": spec.column})
        refused = catalogue.refusal(spec, requested)
        issue = None
        if refused is not None:
            issue = RowIssue(RowProblem.REFUSED, {"field": spec.column, "value": cell, "reason": refused})
        return PlannedChange(target, requested, non_latin), issue


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
