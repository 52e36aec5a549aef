"""The change journal: round trips, queries, CSV, redaction, crash survival and schema versioning."""

from __future__ import annotations

import csv
import io
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from leadeditor.editing.journal import (
    CSV_COLUMNS,
    REDACTED,
    SCHEMA_VERSION,
    Action,
    FieldRecord,
    Journal,
    JournalContext,
    JournalError,
    Outcome,
    default_journal_path,
)
from leadeditor.editing.safety import undo_changes
from leadeditor.ui.texts import not_restorable_text
from leadeditor.vicidial.fields import BLANK

PASSWORD = "Zq7-secret_Pw9"
CTX = JournalContext("Sandbox", "http://127.0.0.1:8080", "6666", PASSWORD)


def _file_bytes(path: Path) -> bytes:
    data = b""
    for suffix in ("", "-wal", "-shm"):
        p = Path(str(path) + suffix)
        if p.exists():
            data += p.read_bytes()
    return data


def test_entry_round_trip(journal: Journal) -> None:
    fields = [
        FieldRecord("last_name", "Smith", "Smyth"),
        FieldRecord("address2", "Apt 3", BLANK),
        FieldRecord("email", None, "x@example.com"),
    ]
    eid = journal.begin(CTX, 1, Action.UPDATE, fields, note="typo")
    pending = journal.get(eid)
    assert pending.outcome is Outcome.UNKNOWN and not pending.completed
    journal.finish(
        eid,
        Outcome.SAVED,
        stored={"last_name": "Smyth", "address2": "", "email": "x@example.com"},
        answer=["SUCCESS: update_lead LEAD HAS BEEN UPDATED - 6666|1|1|||"],
    )
    e = journal.get(eid)
    assert e.completed and e.outcome is Outcome.SAVED
    assert (e.profile, e.server, e.api_user, e.lead_id, e.action, e.note) == (
        "Sandbox",
        "http://127.0.0.1:8080",
        "6666",
        1,
        Action.UPDATE,
        "typo",
    )
    assert e.fields == (
        FieldRecord("last_name", "Smith", "Smyth", "Smyth"),
        FieldRecord("address2", "Apt 3", BLANK, ""),
        FieldRecord("email", None, "x@example.com", "x@example.com"),
    )
    assert e.answer == ("SUCCESS: update_lead LEAD HAS BEEN UPDATED - 6666|1|1|||",)
    assert abs((datetime.now(UTC) - e.time).total_seconds()) < 60


def test_finish_again_appends_answer_and_replaces_outcome(journal: Journal) -> None:
    eid = journal.begin(CTX, 2, Action.UPDATE, [FieldRecord("city", "Chicago", "Joliet")])
    journal.finish(eid, Outcome.UNKNOWN, answer=["(connection lost)"])
    journal.finish(eid, Outcome.SAVED, stored={"city": "Joliet"}, answer=["(checked again: applied)"])
    e = journal.get(eid)
    assert e.outcome is Outcome.SAVED and e.answer == ("(connection lost)", "(checked again: applied)")


def test_insert_gets_its_lead_id_on_finish(journal: Journal) -> None:
    eid = journal.begin(CTX, 0, Action.INSERT, [FieldRecord("phone_number", "", "3125559999")])
    journal.finish(eid, Outcome.SAVED, lead_id=21)
    assert journal.get(eid).lead_id == 21


def test_delete_keeps_the_full_record(journal: Journal) -> None:
    record = {"lead_id": "6", "first_name": "Carol", "comments": "has custom data"}
    eid = journal.record(CTX, 6, Action.DELETE, [], Outcome.SAVED, record=record)
    assert journal.get(eid).record == record


def test_query_by_lead_date_and_user(journal: Journal) -> None:
    t0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    other = JournalContext("Prod", "https://dialer.example.com", "7777", "x")
    a = journal.record(CTX, 1, Action.UPDATE, [], Outcome.SAVED, when=t0)
    b = journal.record(CTX, 2, Action.UPDATE, [], Outcome.FAILED, when=t0 + timedelta(days=1))
    c = journal.record(other, 1, Action.UNDO, [], Outcome.SAVED, when=t0 + timedelta(days=2), undo_of=a)
    assert [e.id for e in journal.query()] == [c, b, a]
    assert [e.id for e in journal.query(lead_id=1)] == [c, a]
    assert [e.id for e in journal.query(api_user="6666")] == [b, a]
    assert [e.id for e in journal.query(since=t0 + timedelta(hours=1), until=t0 + timedelta(days=2))] == [b]
    assert [e.id for e in journal.query(profile="Prod")] == [c]
    assert [e.id for e in journal.query(limit=1)] == [c]
    assert journal.get(c).undo_of == a
    assert journal.api_users() == ["6666", "7777"]
    with pytest.raises(ValueError):
        journal.query(since=datetime(2026, 1, 1))  # naive datetimes are refused
    with pytest.raises(KeyError):
        journal.get(999)


def test_csv_export(journal: Journal, tmp_path: Path) -> None:
    eid = journal.begin(
        CTX,
        1,
        Action.UPDATE,
        [FieldRecord("last_name", "Smith", "Smyth"), FieldRecord("address2", None, BLANK)],
    )
    journal.finish(
        eid,
        Outcome.SAVED_WITH_DIFFERENCES,
        stored={"last_name": "Smyth", "address2": ""},
        answer=["SUCCESS: update_lead LEAD HAS BEEN UPDATED - 6666|1|1|||"],
    )
    journal.record(CTX, 6, Action.DELETE, [], Outcome.SAVED)
    out = tmp_path / "export.csv"
    assert journal.export_csv(out) == 3
    rows = list(csv.reader(out.open(encoding="utf-8")))
    assert tuple(rows[0]) == CSV_COLUMNS
    by = [dict(zip(CSV_COLUMNS, r, strict=True)) for r in rows[1:]]
    assert by[0]["action"] == "delete" and by[0]["field"] == ""
    assert by[1]["field"] == "last_name" and by[1]["before"] == "Smith" and by[1]["stored"] == "Smyth"
    assert by[1]["outcome"] == "saved-with-differences"
    assert by[2]["before"] == "unknown" and by[2]["requested"] == "--BLANK--"
    assert journal.export_csv_text(journal.query(lead_id=6)).count("\n") == 2


def test_password_never_reaches_the_file_or_the_export(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    journal = Journal(path)
    eid = journal.begin(
        CTX,
        4,
        Action.UPDATE,
        [FieldRecord("comments", "old", f"note {PASSWORD} typed by mistake")],
        note=f"user={CTX.api_user}&pass={PASSWORD}",
    )
    journal.finish(
        eid,
        Outcome.FAILED,
        stored={"comments": f"note {PASSWORD} typed by mistake"},
        answer=[
            f"ERROR: Login incorrect, please try again: |6666|{PASSWORD}|BAD|",
            f"https://6666:{PASSWORD}@dialer.example.com/vicidial/non_agent_api.php",
        ],
    )
    e = journal.get(eid)
    assert e.answer[0] == f"ERROR: Login incorrect, please try again: |6666|{REDACTED}|BAD|"
    assert PASSWORD not in repr(e) and PASSWORD not in repr(CTX)
    field = e.fields[0]
    assert field.redacted and field.requested == f"note {REDACTED} typed by mistake"
    # a redacted value is not a value undo may write back
    assert {c: not_restorable_text(b) for c, b in undo_changes(e.undo_source()).not_restorable.items()} == {
        "comments": "its value before the change is unknown"
    }
    text = journal.export_csv_text()
    journal.export_csv(tmp_path / "x.csv")
    journal.close()
    assert PASSWORD not in text
    assert PASSWORD.encode() not in (tmp_path / "x.csv").read_bytes()
    assert PASSWORD.encode() not in _file_bytes(path)
    assert REDACTED.encode() in _file_bytes(path)


def test_echoed_password_is_redacted_even_when_the_journal_was_not_told_it(journal: Journal) -> None:
    anonymous = JournalContext("Sandbox", "http://127.0.0.1:8080", "6666")  # no password given
    eid = journal.record(
        anonymous,
        1,
        Action.UPDATE,
        [],
        Outcome.FAILED,
        answer=[
            "ERROR: Login incorrect, please try again: |6666|hunter2|BAD|",
            "user=6666&pass=hunter2&function=update_lead",
        ],
    )
    assert all("hunter2" not in line for line in journal.get(eid).answer)


def test_a_secret_that_matches_a_column_name_does_not_corrupt_the_schema_words(journal: Journal) -> None:
    ctx = JournalContext("Sandbox", "http://x", "6666", "city")
    eid = journal.record(ctx, 1, Action.UPDATE, [FieldRecord("city", "Chicago", "Joliet")], Outcome.SAVED)
    e = journal.get(eid)
    assert e.fields[0].column == "city" and e.action is Action.UPDATE


def test_wal_and_schema_version(journal: Journal) -> None:
    db = sqlite3.connect(journal.path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    db.close()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    with pytest.raises(JournalError, match="newer"):
        Journal(path)


def test_reopen_keeps_entries(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    with Journal(path) as j:
        eid = j.record(CTX, 3, Action.RESET, [], Outcome.SAVED)
    with Journal(path) as j:
        assert j.get(eid).action is Action.RESET


CRASH_SCRIPT = """
import os, sys
from leadeditor.editing.journal import Action, FieldRecord, Journal, JournalContext, Outcome
j = Journal(sys.argv[1])
ctx = JournalContext("Sandbox", "http://127.0.0.1:1", "6666", "pw-never-here")
done = j.record(ctx, 1, Action.UPDATE, [FieldRecord("city", "Chicago", "Joliet")], Outcome.SAVED)
j.begin(ctx, 2, Action.UPDATE, [FieldRecord("last_name", "Lee", "Li")])
print(done, flush=True)
os._exit(9)  # dies between sending a write and recording its outcome, without closing anything
"""


def test_survives_a_crash_between_begin_and_finish(tmp_path: Path) -> None:
    path = tmp_path / "crash.sqlite3"
    run = subprocess.run(
        [sys.executable, "-c", CRASH_SCRIPT, str(path)], capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 9, run.stderr
    with Journal(path) as j:
        entries = {e.lead_id: e for e in j.query()}
    assert entries[1].outcome is Outcome.SAVED and entries[1].completed
    assert entries[2].outcome is Outcome.UNKNOWN and not entries[2].completed
    assert entries[2].fields == (FieldRecord("last_name", "Lee", "Li"),)


def test_default_path_is_in_the_user_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(sys, "platform", "linux")
    assert default_journal_path() == tmp_path / "data" / "leadeditor" / "journal.sqlite3"


def test_concurrent_writers_from_threads(journal: Journal) -> None:
    import threading

    def write(n: int) -> None:
        for i in range(20):
            journal.record(CTX, n * 100 + i, Action.UPDATE, [FieldRecord("city", "a", "b")], Outcome.SAVED)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(journal.query()) == 80
    assert io.StringIO(journal.export_csv_text()).read().count("\n") == 81
