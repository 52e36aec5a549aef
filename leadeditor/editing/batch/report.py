"""Counts by outcome and every problem grouped by reason with its row numbers, gathered as results stream by
(the dry run's "all problems in one pass", the apply's summary)."""

from __future__ import annotations

from dataclasses import dataclass, field

from leadeditor.editing.batch.results import Outcome
from leadeditor.editing.batch.row_result import RowReason, RowResult

__all__ = ["BatchReport"]


@dataclass
class BatchReport:
    counts: dict[Outcome, int] = field(default_factory=dict)
    # (reason, detail) -> rows; detail is the file problem's own reason for FILE_PROBLEM rows, else ""
    problems: dict[tuple[RowReason, str], list[int]] = field(default_factory=dict)
    requests: int = 0

    def add(self, result: RowResult) -> None:
        self.counts[result.outcome] = self.counts.get(result.outcome, 0) + 1
        self.requests += result.requests
        if result.outcome.success:
            return
        if result.reason is RowReason.FILE_PROBLEM:
            for reason in dict.fromkeys(i.reason.value for i in result.data.get("issues", ())):
                self.problems.setdefault((result.reason, reason), []).append(result.row)
        else:
            self.problems.setdefault((result.reason, ""), []).append(result.row)

    @property
    def rows(self) -> int:
        return sum(self.counts.values())

    @property
    def success(self) -> bool:
        """Every row `would_update`, `updated` or `unchanged` (the command line's exit 0)."""
        return all(o.success for o in self.counts)

    def count(self, outcome: Outcome) -> int:
        return self.counts.get(outcome, 0)
