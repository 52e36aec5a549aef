"""What a correction file holds once read: its columns and its rows, numbered as a spreadsheet shows them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

__all__ = ["Column", "HeaderIssue", "HeaderProblem", "Row", "build_columns", "fit_row"]


@dataclass(frozen=True)
class Column:
    index: int  # 0-based position in the row
    header: str  # as written (trimmed)
    key: str  # unique within the file: the header, "Name#2" for a repeated one, "#5" for a blank one

    @property
    def letter(self) -> str:
        """The spreadsheet's column letter (A, B, ..., AA)."""
        n, out = self.index + 1, ""
        while n:
            n, rem = divmod(n - 1, 26)
            out = chr(65 + rem) + out
        return out


class HeaderProblem(Enum):
    DUPLICATE = "duplicate_header"  # the same header twice: never guess which column is meant
    BLANK = "blank_header"  # a column without a header


@dataclass(frozen=True)
class HeaderIssue:
    reason: HeaderProblem
    column: Column
    first: Column | None = None  # for a duplicate: the column that has the header first


@dataclass(frozen=True)
class Row:
    number: int  # the spreadsheet's row number (the header is row 1 in a usual file)
    cells: tuple[str, ...]  # exactly one per column (missing trailing cells read as empty)
    extra: tuple[str, ...] = ()  # cells beyond the last column that hold something (a ragged row)

    @property
    def is_empty(self) -> bool:
        return not any(cell.strip() for cell in self.cells) and not self.extra

    def value(self, column: Column) -> str:
        return self.cells[column.index]


def build_columns(header: list[str]) -> tuple[tuple[Column, ...], tuple[HeaderIssue, ...]]:
    """Columns from the header row's cells; blank cells at its end are not columns."""
    names = [cell.replace("\ufeff", "").strip() for cell in header]
    while names and not names[-1]:
        names.pop()
    columns: list[Column] = []
    issues: list[HeaderIssue] = []
    seen: dict[str, list[Column]] = {}
    for index, name in enumerate(names):
        if not name:
            column = Column(index, "", f"#{index + 1}")
            issues.append(HeaderIssue(HeaderProblem.BLANK, column))
        else:
            same = seen.setdefault(name.casefold(), [])
            column = Column(index, name, name if not same else f"{name}#{len(same) + 1}")
            if same:
                issues.append(HeaderIssue(HeaderProblem.DUPLICATE, column, same[0]))
            same.append(column)
        columns.append(column)
    return tuple(columns), tuple(issues)


def fit_row(number: int, cells: list[str], width: int) -> Row:
    """A record cut or padded to the header's width; what lies beyond it is kept as ``extra``."""
    if len(cells) <= width:
        return Row(number, (*cells, *([""] * (width - len(cells)))))
    beyond = cells[width:]
    while beyond and not beyond[-1].strip():
        beyond.pop()
    return Row(number, tuple(cells[:width]), tuple(beyond))
