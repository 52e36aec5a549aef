"""The results file of a batch: one line per row, and an errors-only file beside it.

Columns: ``row`` (the spreadsheet's row number), ``lead_id``, ``outcome``, ``message``, then
``<field>:before`` and ``<field>:after`` for each mapped field (predicted in a dry run, read back after
apply).
UTF-8 with a BOM, which is how spreadsheets recognise UTF-8 CSV. A cell a spreadsheet would run as a formula
(starting with ``=``, ``+``, ``-``, ``@``, a tab or a CR) is written with a leading ``'`` so that it shows as
text. Each line is flushed as it is written: after a crash the file holds every row finished before it.
Every cell passes through `leadeditor.redaction.redact` with the password given, so it never lands here.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import Final, TextIO

from leadeditor.redaction import redact
from leadeditor.vicidial import columns as col

__all__ = ["FORMULA_PREFIXES", "Outcome", "ResultRow", "ResultsWriter", "errors_path", "safe_cell"]

FORMULA_PREFIXES: Final = ("=", "+", "-", "@", "\t", "\r")
_BASE_COLUMNS: Final = ("row", col.LEAD_ID, "outcome", "message")


class Outcome(StrEnum):
    WOULD_UPDATE = "would_update"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    NOT_FOUND = "not_found"
    AMBIGUOUS = "ambiguous"
    INVALID = "invalid"
    CONFLICT = "conflict"
    FAILED = "failed"
    UNKNOWN = "unknown"
    SKIPPED = "skipped"

    @property
    def success(self) -> bool:
        """Whether the row went as asked (the command line exits 0 only when every row did)."""
        return self in (Outcome.WOULD_UPDATE, Outcome.UPDATED, Outcome.UNCHANGED)


@dataclass(frozen=True)
class ResultRow:
    row: int
    lead_id: int | None
    outcome: Outcome
    message: str = ""
    before: Mapping[str, str | None] = field(default_factory=dict)  # field -> value (None: not known)
    after: Mapping[str, str | None] = field(default_factory=dict)


def safe_cell(value: str) -> str:
    """The text as a spreadsheet shows it, never run as a formula."""
    return "'" + value if value.startswith(FORMULA_PREFIXES) else value


def errors_path(path: Path) -> Path:
    """``results.csv`` -> ``results-errors.csv``."""
    return path.with_name(f"{path.stem}-errors{path.suffix or '.csv'}")


class _Sheet:
    def __init__(self, path: Path, header: Sequence[str]) -> None:
        self.fh: TextIO = path.open("w", encoding="utf-8-sig", newline="")
        self.writer = csv.writer(self.fh)
        self.writer.writerow([safe_cell(h) for h in header])
        self.fh.flush()

    def write(self, cells: Sequence[str]) -> None:
        self.writer.writerow(cells)
        self.fh.flush()


class ResultsWriter:
    """Writes ``path`` and its errors-only file; use as a context manager."""

    def __init__(self, path: Path | str, fields: Sequence[str], *, secrets: Iterable[str] = ()) -> None:
        self.path = Path(path)
        self.errors = errors_path(self.path)
        self.fields = tuple(fields)
        self._secrets = tuple(s for s in secrets if s)
        header = [*_BASE_COLUMNS, *(f"{f}:{side}" for f in self.fields for side in ("before", "after"))]
        self._all = _Sheet(self.path, header)
        try:
            self._failed = _Sheet(self.errors, header)
        except BaseException:
            self._all.fh.close()
            raise
        self.counts: dict[Outcome, int] = {}

    def _cell(self, value: str | int | None) -> str:
        text = "" if value is None else str(value)
        return safe_cell(redact(text, self._secrets)) if text else ""

    def write(self, result: ResultRow) -> None:
        cells = [
            str(result.row),
            self._cell(result.lead_id),
            result.outcome.value,
            self._cell(result.message),
        ]
        for name in self.fields:
            cells += [self._cell(result.before.get(name)), self._cell(result.after.get(name))]
        self._all.write(cells)
        if not result.outcome.success:
            self._failed.write(cells)
        self.counts[result.outcome] = self.counts.get(result.outcome, 0) + 1

    def close(self) -> None:
        self._all.fh.close()
        self._failed.fh.close()

    def __enter__(self) -> ResultsWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
