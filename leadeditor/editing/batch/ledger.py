"""A batch's state in the journal, row by row, so that a killed run can be resumed and the batch undone as
one.

The tables are the journal's (schema v3, `editing/journal.py`): `batches` (one per apply or undo run) and
`batch_rows` (each confirmed row: its lead, the plan it was confirmed with, its outcome once known). Each
write of a batch is an ordinary journal entry that names its batch (`entries.batch_id`). The order that
makes a crash harmless:

1. every confirmed row is stored with its plan before the first request (`create`);
2. the write's journal entry is begun before it is sent (the write path does that), naming the batch;
3. the row's outcome is stored once the write is settled (`finish_row`).

After a kill, a row without an outcome either has a begun, unfinished entry (its outcome is unknown: it is
read back, never sent again) or none (it was never sent: it can be written now).

Everything goes through the journal's own statement path, so the password is redacted here as everywhere.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from leadeditor.editing.batch.results import Outcome
from leadeditor.editing.journal import Journal, JournalContext, JournalEntry

__all__ = ["BatchInfo", "BatchKind", "BatchLedger", "BatchState", "LedgerRow", "RowPlanRecord"]


class BatchKind(StrEnum):
    APPLY = "apply"
    UNDO = "undo"


class BatchState(StrEnum):
    RUNNING = "running"  # started and not finished: after a kill, offered for resume
    FINISHED = "finished"
    DISCARDED = "discarded"  # the user chose not to resume it; its rows keep what they recorded


@dataclass(frozen=True)
class RowPlanRecord:
    """What one confirmed row will write: the lead's values read in the dry run (the conflict check's base)
    and the edits. A blank is stored as None (JSON has no BLANK)."""

    loaded: Mapping[str, str]
    edits: Mapping[str, str | None]
    custom_loaded: Mapping[str, str] = field(default_factory=dict)
    custom_edits: Mapping[str, str] = field(default_factory=dict)
    update_phone_number: bool = False
    undo_of: int | None = None  # the journal entry a batch undo puts back
    withheld: bool = False  # an edit held the password's text: not kept in the journal, cannot be resumed

    def kept(self, has_secret: Callable[[str], bool]) -> RowPlanRecord:
        """The record as the journal may keep it. The journal rewrites any text holding the password (strict:
        a short password also hides a postal code that contains it), which would corrupt the conflict
        check's base and the values to write: a value read that holds it is left out (that field is then
        not checked for a conflict), and an edit that holds it withholds the row's edits."""
        loaded = {k: v for k, v in self.loaded.items() if not has_secret(v)}
        custom_loaded = {k: v for k, v in self.custom_loaded.items() if not has_secret(v)}
        texts = [v for v in self.edits.values() if v is not None] + list(self.custom_edits.values())
        if any(has_secret(v) for v in texts):
            return RowPlanRecord(loaded, {}, custom_loaded, {}, self.update_phone_number, self.undo_of, True)
        return RowPlanRecord(
            loaded, self.edits, custom_loaded, self.custom_edits, self.update_phone_number, self.undo_of
        )

    def to_json(self) -> str:
        return json.dumps(
            {
                "loaded": dict(self.loaded),
                "edits": dict(self.edits),
                "custom_loaded": dict(self.custom_loaded),
                "custom_edits": dict(self.custom_edits),
                "update_phone_number": self.update_phone_number,
                "undo_of": self.undo_of,
                "withheld": self.withheld,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> RowPlanRecord:
        data = json.loads(text)
        return cls(
            data["loaded"],
            data["edits"],
            data.get("custom_loaded", {}),
            data.get("custom_edits", {}),
            bool(data.get("update_phone_number")),
            data.get("undo_of"),
            bool(data.get("withheld")),
        )


@dataclass(frozen=True)
class LedgerRow:
    batch_id: int
    row: int
    lead_id: int
    plan: RowPlanRecord
    outcome: Outcome | None  # None: not finished (never sent, or its outcome unknown)
    message: str = ""
    after: Mapping[str, str | None] = field(default_factory=dict)


@dataclass(frozen=True)
class BatchInfo:
    id: int
    created: datetime
    profile: str
    server: str
    api_user: str
    kind: BatchKind
    source: str
    fields: tuple[str, ...]
    undo_of: int | None
    state: BatchState
    total: int
    done: int  # rows with an outcome

    @property
    def unfinished(self) -> bool:
        return self.state is BatchState.RUNNING


class BatchLedger:
    """The batch tables of one journal. Uses the journal's transaction and redacting statement path (the
    journal keeps them private to everyone but its own tables' modules)."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal

    def _run(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.journal._execute(sql, params)

    def _select(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self.journal._lock:
            return list(self.journal._db.execute(sql, params).fetchall())

    # -- writing

    def create(
        self,
        context: JournalContext,
        kind: BatchKind,
        rows: Sequence[tuple[int, int, RowPlanRecord]],
        *,
        source: str = "",
        fields: Sequence[str] = (),
        undo_of: int | None = None,
    ) -> int:
        """Store a batch and every confirmed row (spreadsheet row, lead ID, plan) in one transaction."""
        with self.journal._transaction():
            cursor = self._run(
                "INSERT INTO batches (created, profile, server, api_user, kind, source, fields, undo_of,"
                " state, total) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    datetime.now(UTC).timestamp(),
                    context.profile,
                    context.server,
                    context.api_user,
                    str(kind),
                    source,
                    json.dumps(list(fields)),
                    undo_of,
                    str(BatchState.RUNNING),
                    len(rows),
                ),
            )
            batch_id = int(cursor.lastrowid)
            for row, lead_id, plan in rows:
                self._run(
                    "INSERT INTO batch_rows (batch_id, row, lead_id, plan) VALUES (?, ?, ?, ?)",
                    (batch_id, row, lead_id, plan.kept(self.journal._redactor.contains_secret).to_json()),
                )
        return batch_id

    def finish_row(
        self, batch_id: int, row: int, outcome: Outcome, message: str, after: Mapping[str, str | None]
    ) -> None:
        with self.journal._transaction():
            self._run(
                "UPDATE batch_rows SET outcome = ?, message = ?, after = ? WHERE batch_id = ? AND row = ?",
                (str(outcome), message, json.dumps(dict(after), ensure_ascii=False), batch_id, row),
            )

    def set_state(self, batch_id: int, state: BatchState) -> None:
        with self.journal._transaction():
            self._run("UPDATE batches SET state = ? WHERE id = ?", (str(state), batch_id))

    # -- reading

    def get(self, batch_id: int) -> BatchInfo:
        found = self._infos("WHERE b.id = ?", [batch_id])
        if not found:
            raise KeyError(batch_id)
        return found[0]

    def batches(self, *, unfinished_only: bool = False, server: str | None = None) -> list[BatchInfo]:
        """Newest first."""
        where, params = [], []
        if unfinished_only:
            where.append("b.state = ?")
            params.append(str(BatchState.RUNNING))
        if server is not None:
            where.append("b.server = ?")
            params.append(server)
        return self._infos(("WHERE " + " AND ".join(where)) if where else "", params)

    def _infos(self, clause: str, params: Sequence[Any]) -> list[BatchInfo]:
        rows = self._select(
            "SELECT b.id, b.created, b.profile, b.server, b.api_user, b.kind, b.source, b.fields, b.undo_of,"
            " b.state, b.total, (SELECT COUNT(*) FROM batch_rows r WHERE r.batch_id = b.id AND r.outcome IS"
            f" NOT NULL) FROM batches b {clause} ORDER BY b.id DESC",
            params,
        )
        return [
            BatchInfo(
                r[0],
                datetime.fromtimestamp(r[1], UTC),
                r[2],
                r[3],
                r[4],
                BatchKind(r[5]),
                r[6],
                tuple(json.loads(r[7] or "[]")),
                r[8],
                BatchState(r[9]),
                r[10],
                r[11],
            )
            for r in rows
        ]

    def rows(self, batch_id: int, *, pending_only: bool = False) -> Iterator[LedgerRow]:
        """The batch's rows in spreadsheet order, read 500 at a time."""
        last = -1
        extra = " AND outcome IS NULL" if pending_only else ""
        while True:
            chunk = self._select(
                "SELECT row, lead_id, plan, outcome, message, after FROM batch_rows"
                f" WHERE batch_id = ? AND row > ?{extra} ORDER BY row LIMIT 500",
                (batch_id, last),
            )
            for row, lead_id, plan, outcome, message, after in chunk:
                yield LedgerRow(
                    batch_id,
                    row,
                    lead_id,
                    RowPlanRecord.from_json(plan),
                    Outcome(outcome) if outcome is not None else None,
                    message,
                    json.loads(after) if after else {},
                )
            if len(chunk) < 500:
                return
            last = chunk[-1][0]

    def entry_of(self, batch_id: int, lead_id: int) -> JournalEntry | None:
        """The newest journal entry of this batch's write to this lead (each lead is written once a batch)."""
        found = self._select(
            "SELECT id FROM entries WHERE batch_id = ? AND lead_id = ? ORDER BY id DESC LIMIT 1",
            (batch_id, lead_id),
        )
        return self.journal.get(found[0][0]) if found else None
