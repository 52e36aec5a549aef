"""Reading the journal a page at a time: filters and sorting done in SQL on the indexes, summaries only
(each field's before, requested and stored value, cut short).

A page is found by keyset (the sort values of the last row already shown), so paging costs the same at the
start and at the end of 100,000 entries, and no entry is skipped or repeated when entries are added between
pages. Every order ends with `time, id` in the same direction, so the key is unique.
The full entry (every value, the answer, the kept record) is read with `Journal.get` only for the one shown.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Final

from leadeditor.editing.journal_codes import Action, Outcome
from leadeditor.vicidial.fields import BLANK, Blank

__all__ = [
    "NEWEST_FIRST",
    "SUMMARY_CHARS",
    "EntryFilter",
    "EntryOrder",
    "EntrySummary",
    "FieldBrief",
    "SortKey",
    "count_entries",
    "entry_position",
    "summary_page",
]

SUMMARY_CHARS: Final = 80  # of each value in a summary: a page stays small whatever the values hold
# the outcomes of an undo entry that changed the lead back (see `EntrySummary.undone_by`)
_UNDID: Final = "('saved', 'saved-with-differences', 'overwritten later')"


class SortKey(StrEnum):
    """A column of `entries` the journal can be sorted by (the value is the SQL column)."""

    TIME = "time"
    LEAD = "entries.lead_id"  # qualified: the bare name is a lead column, spelled only by the column table
    ACTION = "action"
    OUTCOME = "outcome"
    API_USER = "api_user"
    PROFILE = "profile"


@dataclass(frozen=True)
class EntryOrder:
    key: SortKey = SortKey.TIME
    descending: bool = True

    def columns(self) -> tuple[str, ...]:
        return ("time", "id") if self.key is SortKey.TIME else (self.key.value, "time", "id")

    def sql(self) -> str:
        direction = " DESC" if self.descending else ""
        return "ORDER BY " + ", ".join(c + direction for c in self.columns())


NEWEST_FIRST: Final = EntryOrder()


def _epoch(when: datetime) -> float:
    if when.tzinfo is None:
        raise ValueError("use an aware datetime (UTC or local with tzinfo)")
    return when.timestamp()


@dataclass(frozen=True)
class EntryFilter:
    """Which entries: every given condition must hold; `since` inclusive, `until` exclusive."""

    lead_id: int | None = None
    since: datetime | None = None
    until: datetime | None = None
    api_user: str | None = None
    profile: str | None = None
    outcome: Outcome | None = None

    def sql(self) -> tuple[list[str], list[Any]]:
        """The conditions (each served by an index of `entries`) and their parameters."""
        where: list[str] = []
        params: list[Any] = []
        if self.lead_id is not None:
            where.append("lead_id = ?")
            params.append(int(self.lead_id))
        if self.since is not None:
            where.append("time >= ?")
            params.append(_epoch(self.since))
        if self.until is not None:
            where.append("time < ?")
            params.append(_epoch(self.until))
        if self.api_user is not None:
            where.append("api_user = ?")
            params.append(self.api_user)
        if self.profile is not None:
            where.append("profile = ?")
            params.append(self.profile)
        if self.outcome is not None:
            where.append("outcome = ?")
            params.append(Outcome(self.outcome).value)
        return where, params


@dataclass(frozen=True)
class FieldBrief:
    """A requested field as a summary shows it; values longer than `SUMMARY_CHARS` end with "…"."""

    column: str
    before: str | None  # None: not readable before the write
    requested: str | Blank
    stored: str | None = None  # what the read-back found (None: not read back); the summary shows this


@dataclass(frozen=True)
class EntrySummary:
    """One row of the journal window: field values cut to `SUMMARY_CHARS`, no answer or record (see
    `Journal.get`)."""

    id: int
    time: datetime  # UTC
    profile: str
    server: str
    api_user: str
    lead_id: int
    action: Action
    outcome: Outcome
    completed: bool
    undo_of: int | None
    undone_by: int | None  # the newest undo entry that changed this entry's fields back
    fields: tuple[FieldBrief, ...]
    key: tuple[Any, ...] = field(default=(), repr=False, compare=False)  # raw sort values, for the next page
    batch_id: int | None = None  # the batch from a file this write belongs to
    batch_row: int | None = None  # its row in that batch's file (the spreadsheet's number)


_COLUMNS: Final = "id, time, profile, server, api_user, lead_id, action, outcome, completed_at, undo_of"


def _where(conditions: Sequence[str]) -> str:
    return ("WHERE " + " AND ".join(conditions)) if conditions else ""


def count_entries(db: sqlite3.Connection, where: EntryFilter) -> int:
    conditions, params = where.sql()
    return int(db.execute(f"SELECT COUNT(*) FROM entries {_where(conditions)}", params).fetchone()[0])


def _after(order: EntryOrder, key: tuple[Any, ...]) -> tuple[str, list[Any]]:
    """The condition "comes after `key` in `order`" as one row-value comparison (SQLite uses the index)."""
    columns = order.columns()
    marks = ", ".join("?" * len(columns))
    return f"({', '.join(columns)}) {'<' if order.descending else '>'} ({marks})", list(key)


def summary_page(
    db: sqlite3.Connection,
    where: EntryFilter,
    order: EntryOrder,
    after: EntrySummary | None,
    limit: int,
) -> list[EntrySummary]:
    conditions, params = where.sql()
    if after is not None:
        condition, more = _after(order, after.key)
        conditions, params = [*conditions, condition], [*params, *more]
    extra = "" if order.key is SortKey.TIME else f", {order.key.value}"
    rows = db.execute(
        f"SELECT {_COLUMNS}{extra} FROM entries {_where(conditions)} {order.sql()} LIMIT ?",
        [*params, int(limit)],
    ).fetchall()
    ids = [r[0] for r in rows]
    fields: dict[int, list[FieldBrief]] = {i: [] for i in ids}
    undone_by: dict[int, int] = {}
    if ids:
        marks = ",".join("?" * len(ids))
        for eid, column, before, requested, blank, stored in db.execute(
            f"SELECT entry_id, column_name, substr(before, 1, {SUMMARY_CHARS + 1}),"
            f" substr(requested, 1, {SUMMARY_CHARS + 1}), requested_blank,"
            f" substr(stored, 1, {SUMMARY_CHARS + 1}) FROM entry_fields"
            f" WHERE entry_id IN ({marks}) AND (requested IS NOT NULL OR requested_blank)"
            " ORDER BY entry_id, position",
            ids,
        ):
            requested_text = _short(requested) or ""  # not NULL: the WHERE above
            fields[eid].append(
                FieldBrief(column, _short(before), BLANK if blank else requested_text, _short(stored))
            )
        undone_by = dict(
            db.execute(
                f"SELECT undo_of, MAX(id) FROM entries WHERE undo_of IN ({marks})"
                f" AND outcome IN {_UNDID} GROUP BY undo_of",
                ids,
            ).fetchall()
        )
    batches = _batch_rows(db, ids)
    return [
        EntrySummary(
            id=r[0],
            time=datetime.fromtimestamp(r[1], UTC),
            profile=r[2],
            server=r[3],
            api_user=r[4],
            lead_id=r[5],
            action=Action(r[6]),
            outcome=Outcome(r[7]),
            completed=r[8] is not None,
            undo_of=r[9],
            undone_by=undone_by.get(r[0]),
            fields=tuple(fields[r[0]]),
            key=(r[1], r[0]) if order.key is SortKey.TIME else (r[10], r[1], r[0]),
            batch_id=batches.get(r[0], (None, None))[0],
            batch_row=batches.get(r[0], (None, None))[1],
        )
        for r in rows
    ]


def _batch_rows(db: sqlite3.Connection, ids: Sequence[int]) -> dict[int, tuple[int, int | None]]:
    """Each batch write's batch and row: a batch corrects a lead from one row only, so batch and lead name
    it (the row is None if the batch's rows are gone)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    found = db.execute(
        "SELECT e.id, e.batch_id, MIN(r.row) FROM entries e LEFT JOIN batch_rows r"
        " ON r.batch_id = e.batch_id AND r.lead_id = e.lead_id"
        f" WHERE e.id IN ({marks}) AND e.batch_id IS NOT NULL GROUP BY e.id",
        list(ids),
    ).fetchall()
    return {eid: (batch, row) for eid, batch, row in found}


def entry_position(
    db: sqlite3.Connection, where: EntryFilter, order: EntryOrder, entry_id: int
) -> int | None:
    """The row of `entry_id` among the entries `where` selects in `order`; None when it is not one of them."""
    conditions, params = where.sql()
    columns = ", ".join(order.columns())
    key = db.execute(
        f"SELECT {columns} FROM entries {_where([*conditions, 'id = ?'])}", [*params, int(entry_id)]
    ).fetchone()
    if key is None:
        return None
    before, more = _after(EntryOrder(order.key, not order.descending), tuple(key))
    found = db.execute(
        f"SELECT COUNT(*) FROM entries {_where([*conditions, before])}", [*params, *more]
    ).fetchone()[0]
    return int(found)


def _short(value: str | None) -> str | None:
    if value is None or len(value) <= SUMMARY_CHARS:
        return value
    return value[:SUMMARY_CHARS] + "…"
