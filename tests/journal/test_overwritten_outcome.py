"""The outcome "overwritten later" of its own (issue 11): a version 3 journal is migrated to it in place
(no entry, field, answer, record or undo link lost), and the journal filters by outcome from an index."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from leadeditor.editing.after_save import Overwrite, SavedWatch, mark_overwritten
from leadeditor.editing.changes import ChangeSet
from leadeditor.editing.journal import (
    _MIGRATIONS,
    _SCHEMA_V1,
    SCHEMA_VERSION,
    Action,
    EntryFilter,
    FieldRecord,
    Journal,
    JournalContext,
    Outcome,
)
from leadeditor.editing.journal_codes import overwritten_note
from leadeditor.editing.journaling import JournalRecorder
from leadeditor.editing.lead import Lead

T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
CTX = JournalContext("Sandbox", "http://127.0.0.1:8080", "6666", "pw-1")


def _version_3_file(path: Path) -> None:
    db = sqlite3.connect(path, isolation_level=None)
    db.executescript(_SCHEMA_V1)
    for version in (2, 3):
        for statement in _MIGRATIONS[version].split(";"):
            if statement.strip():
                db.execute(statement)
    db.execute(
        "INSERT INTO batches (created, profile, server, api_user, kind, state, total)"
        " VALUES (?, 'Sandbox', 'http://old', '6666', 'apply', 'finished', 1)",
        (T0.timestamp(),),
    )
    for lead_id, action, undo_of in ((5, "update", None), (5, "undo", 1)):
        db.execute(
            "INSERT INTO entries (time, profile, server, api_user, lead_id, action, outcome, completed_at,"
            " undo_of, batch_id) VALUES (?, 'Old', 'http://old', '6666', ?, ?, 'saved', ?, ?, 1)",
            (T0.timestamp(), lead_id, action, T0.timestamp(), undo_of),
        )
    db.execute(
        "INSERT INTO entry_fields (entry_id, position, column_name, before, requested, stored)"
        " VALUES (1, 0, 'city', 'Chicago', 'Joliet', 'Joliet')"
    )
    db.execute("INSERT INTO entry_answer (entry_id, position, line) VALUES (1, 0, 'SUCCESS')")
    db.execute("INSERT INTO entry_record (entry_id, column_name, value) VALUES (1, 'first_name', 'Carol')")
    db.execute("PRAGMA user_version=3")
    db.close()


def test_a_version_3_journal_takes_the_new_outcome_and_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "v3.sqlite3"
    _version_3_file(path)
    with sqlite3.connect(path) as db, pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE entries SET outcome = 'overwritten later' WHERE id = 1")  # v3 refuses it

    with Journal(path) as journal:
        entry = journal.get(1)
        assert entry.fields == (FieldRecord("city", "Chicago", "Joliet", "Joliet"),)  # no cascade on rebuild
        assert (entry.answer, dict(entry.record), entry.batch_id) == (
            ("SUCCESS",),
            {"first_name": "Carol"},
            1,
        )
        assert journal.get(2).undo_of == 1
        journal.finish(1, Outcome.OVERWRITTEN, answer=["(read again later: overwritten)"])
        assert journal.get(1).outcome is Outcome.OVERWRITTEN
        assert [s.id for s in journal.page(EntryFilter(outcome=Outcome.OVERWRITTEN))] == [1]
        assert journal.count(EntryFilter(outcome=Outcome.SAVED)) == 1
        plan = " ".join(
            str(r)
            for r in journal._db.execute(
                "EXPLAIN QUERY PLAN SELECT id FROM entries WHERE outcome = 'overwritten later'"
            )
        )
        assert "entries_outcome" in plan
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    db.close()


def test_a_revert_gives_the_saved_entry_the_outcome_overwritten_later(tmp_path: Path) -> None:
    with Journal(tmp_path / "journal.sqlite3") as journal:
        entry_id = journal.begin(CTX, 4, Action.UPDATE, [FieldRecord("last_name", "Johnson", "Johnston")])
        journal.finish(entry_id, Outcome.SAVED, stored={"last_name": "Johnston"})
        lead = Lead(4, {"last_name": "Johnson"})
        watch = SavedWatch(4, entry_id, Outcome.SAVED, {"last_name": "Johnston"}, {}, ChangeSet(lead))
        found = [Overwrite("last_name", "Last name", "Johnston", "Johnson")]
        mark_overwritten(watch, [], JournalRecorder(journal, CTX))  # nothing found: the entry stays saved
        assert journal.get(entry_id).outcome is Outcome.SAVED
        mark_overwritten(watch, found, JournalRecorder(journal, CTX))
        entry = journal.get(entry_id)
        assert entry.outcome is Outcome.OVERWRITTEN and entry.note == overwritten_note(["last_name"])
        assert entry.fields[0].stored == "Johnston"  # what the save stored stays recorded
        assert (
            entry.answer[-1] == "(read again later: overwritten: last_name now 'Johnson' (saved 'Johnston'))"
        )
