"""The batch's state in the journal (schema v3): rows kept with their plan before anything is sent, outcomes
as rows settle, entries naming their batch, an older journal migrated, the password never kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from leadeditor.editing.batch.ledger import BatchKind, BatchLedger, BatchState, RowPlanRecord
from leadeditor.editing.batch.results import Outcome
from leadeditor.editing.journal import SCHEMA_VERSION, Action, FieldRecord, Journal, JournalContext
from leadeditor.editing.journal import Outcome as Saved

CONTEXT = JournalContext("Sandbox", "http://127.0.0.1:1/api", "6666", password="hunter22")


def test_rows_are_kept_then_settled_and_entries_name_their_batch(journal: Journal) -> None:
    ledger = BatchLedger(journal)
    plan = RowPlanRecord({"city": "Evanston"}, {"city": "Springfield", "comments": None})
    batch = ledger.create(
        CONTEXT, BatchKind.APPLY, [(2, 3, plan), (4, 6, plan)], source="f.csv", fields=["city"]
    )
    info = ledger.get(batch)
    assert (info.state, info.total, info.done, info.fields, info.source) == (
        BatchState.RUNNING,
        2,
        0,
        ("city",),
        "f.csv",
    )
    assert [r.plan for r in ledger.rows(batch)] == [plan, plan]  # a blank survives as None
    entry_id = journal.begin(
        CONTEXT, 3, Action.UPDATE, [FieldRecord("city", "Evanston", "Springfield")], batch_id=batch
    )
    ledger.finish_row(batch, 2, Outcome.UPDATED, "planned", {"city": "Springfield"})
    assert [r.row for r in ledger.rows(batch, pending_only=True)] == [4]
    found = ledger.entry_of(batch, 3)
    assert found is not None and found.id == entry_id and found.batch_id == batch and not found.completed
    assert ledger.entry_of(batch, 6) is None
    assert [b.id for b in ledger.batches(unfinished_only=True, server=CONTEXT.server)] == [batch]
    ledger.set_state(batch, BatchState.FINISHED)
    assert ledger.batches(unfinished_only=True) == [] and ledger.get(batch).done == 1


def test_the_password_never_lands_in_a_rows_plan(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3", secrets=["hunter22"]) as journal:
        ledger = BatchLedger(journal)
        plan = RowPlanRecord({"city": "xhunter22x", "state": "IL"}, {"comments": "hunter22!"})
        batch = ledger.create(CONTEXT, BatchKind.APPLY, [(2, 3, plan)])
        (row,) = ledger.rows(batch)
        assert row.plan.loaded == {"state": "IL"} and row.plan.edits == {} and row.plan.withheld
    assert b"hunter22" not in b"".join(p.read_bytes() for p in tmp_path.iterdir())


def test_a_version_2_journal_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with Journal(path) as journal:
        journal.record(CONTEXT, 4, Action.UPDATE, [], Saved.SAVED)
        journal.record(CONTEXT, 5, Action.UPDATE, [], Saved.SAVED)
    db = sqlite3.connect(path)
    db.execute("DROP TABLE batch_rows")
    db.execute("DROP INDEX entries_batch")
    db.execute("ALTER TABLE entries DROP COLUMN batch_id")
    db.execute("DROP TABLE batches")
    db.execute("PRAGMA user_version=2")
    db.commit()
    db.close()
    with Journal(path) as journal:
        assert [e.batch_id for e in journal.query()] == [None, None]
        assert BatchLedger(journal).batches() == []
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4
    db.close()
