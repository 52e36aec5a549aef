"""Paged journal reading: every entry exactly once across pages, in every order and filter, the summaries,
the answer cap and the migration of a version 1 file."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from leadeditor.editing.journal import (
    _SCHEMA_V1,
    MAX_ANSWER_CHARS,
    MAX_ANSWER_LINES,
    SCHEMA_VERSION,
    Action,
    EntryFilter,
    EntryOrder,
    EntrySummary,
    FieldRecord,
    Journal,
    JournalContext,
    JournalEntry,
    Outcome,
    SortKey,
)
from leadeditor.editing.journal_pages import SUMMARY_CHARS
from leadeditor.vicidial.fields import BLANK

T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
CONTEXTS = [
    JournalContext("Sandbox", "http://127.0.0.1:8080", "6666", "pw-1"),
    JournalContext("Production", "https://dialer.example.com", "7777", "pw-2"),
    JournalContext("Production", "https://dialer.example.com", "6666", "pw-1"),
]


@pytest.fixture(scope="module")
def journal_of_150(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journal]:
    """150 entries, shared by the module (read only); several share a time to the microsecond (the key must
    still be unique)."""
    rng = random.Random(5)
    with Journal(tmp_path_factory.mktemp("pages") / "j.sqlite3") as j:
        for n in range(150):
            when = T0 + timedelta(minutes=rng.choice([n, n, n // 10]))  # ties, and out of ID order
            action = rng.choice([Action.UPDATE, Action.UPDATE, Action.RESET, Action.INSERT])
            j.record(
                rng.choice(CONTEXTS),
                rng.randint(1, 12),
                action,
                [FieldRecord("city", "Chicago", "Joliet")],
                rng.choice(list(Outcome)),
                when=when,
            )
        yield j


def _reference(entries: list[JournalEntry], order: EntryOrder) -> list[int]:
    def key(e: JournalEntry) -> tuple[object, ...]:
        tail = (e.time, e.id)
        value = {
            SortKey.TIME: None,
            SortKey.LEAD: e.lead_id,
            SortKey.ACTION: e.action.value,
            SortKey.OUTCOME: e.outcome.value,
            SortKey.API_USER: e.api_user,
            SortKey.PROFILE: e.profile,
        }[order.key]
        return tail if value is None else (value, *tail)

    return [e.id for e in sorted(entries, key=key, reverse=order.descending)]


def _all_pages(journal: Journal, where: EntryFilter, order: EntryOrder, size: int) -> list[int]:
    ids: list[int] = []
    last: EntrySummary | None = None
    while True:
        page = journal.page(where, order, after=last, limit=size)
        assert len(page) <= size
        ids += [s.id for s in page]
        if len(page) < size:
            return ids
        last = page[-1]


FILTERS = [
    EntryFilter(),
    EntryFilter(lead_id=3),
    EntryFilter(api_user="6666"),
    EntryFilter(profile="Production"),
    EntryFilter(since=T0 + timedelta(minutes=20), until=T0 + timedelta(minutes=90)),
    EntryFilter(api_user="6666", profile="Production", since=T0 + timedelta(minutes=5)),
    EntryFilter(lead_id=4, api_user="7777", until=T0 + timedelta(minutes=120)),
    EntryFilter(lead_id=99_999),
]


@pytest.mark.parametrize("where", FILTERS, ids=lambda f: repr(f))
@pytest.mark.parametrize("key", list(SortKey))
@pytest.mark.parametrize("descending", [True, False])
def test_pages_hold_every_entry_once_in_order(
    journal_of_150: Journal, where: EntryFilter, key: SortKey, descending: bool
) -> None:
    order = EntryOrder(key, descending)
    expected = _reference(
        journal_of_150.query(
            lead_id=where.lead_id,
            since=where.since,
            until=where.until,
            api_user=where.api_user,
            profile=where.profile,
        ),
        order,
    )
    assert journal_of_150.count(where) == len(expected)
    for size in (1, 7, 200):
        assert _all_pages(journal_of_150, where, order, size) == expected
    for row in (0, len(expected) // 2, len(expected) - 1)[: len(expected)]:
        assert journal_of_150.position(expected[row], where, order) == row


@pytest.mark.parametrize("where", FILTERS, ids=lambda f: repr(f))
def test_full_entries_are_read_in_chunks_for_an_export(journal_of_150: Journal, where: EntryFilter) -> None:
    expected = journal_of_150.query(
        lead_id=where.lead_id,
        since=where.since,
        until=where.until,
        api_user=where.api_user,
        profile=where.profile,
    )
    assert list(journal_of_150.entries(where, chunk=7)) == expected


def test_the_default_filter_is_every_entry_newest_first(journal_of_150: Journal) -> None:
    assert [s.id for s in journal_of_150.page(limit=1000)] == [e.id for e in journal_of_150.query()]
    assert journal_of_150.count() == 150


def test_users_and_profiles_are_listed_once_in_order(journal_of_150: Journal, tmp_path: Path) -> None:
    entries = journal_of_150.query()
    assert journal_of_150.api_users() == sorted({e.api_user for e in entries}) == ["6666", "7777"]
    assert journal_of_150.profiles() == sorted({e.profile for e in entries}) == ["Production", "Sandbox"]
    with Journal(tmp_path / "empty.sqlite3") as empty:
        assert empty.api_users() == [] and empty.profiles() == []


def test_position_of_an_entry_the_filter_does_not_select(journal_of_150: Journal) -> None:
    other = next(e for e in journal_of_150.query() if e.lead_id != 3)
    assert journal_of_150.position(other.id, EntryFilter(lead_id=3)) is None
    assert journal_of_150.position(10_000) is None


def test_entries_added_between_pages_neither_repeat_nor_hide_the_rest(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as j:
        first = [j.record(CONTEXTS[0], n, Action.UPDATE, [], Outcome.SAVED, when=T0) for n in range(10)]
        page = j.page(limit=4)
        newer = j.record(CONTEXTS[0], 99, Action.UPDATE, [], Outcome.SAVED, when=T0 + timedelta(hours=1))
        rest = j.page(after=page[-1], limit=100)
        assert [s.id for s in page + rest] == first[::-1]
        assert j.page(limit=1)[0].id == newer


def test_summary_holds_what_the_row_shows(tmp_path: Path) -> None:
    long_value = "x" * (SUMMARY_CHARS + 40)
    with Journal(tmp_path / "j.sqlite3") as j:
        a = j.begin(
            CONTEXTS[1],
            7,
            Action.UPDATE,
            [
                FieldRecord("last_name", "Smith", "Smyth"),
                FieldRecord("address2", None, BLANK),
                FieldRecord("comments", long_value, "short"),
                FieldRecord("city", "Chicago", None),  # shown for context, not requested
            ],
            when=T0,
        )
        failed_undo = j.record(CONTEXTS[1], 7, Action.UNDO, [], Outcome.FAILED, undo_of=a)
        undo = j.record(CONTEXTS[1], 7, Action.UNDO, [], Outcome.SAVED, undo_of=a)
        (undo_row, failed_row, row) = j.page()
        assert (row.id, row.lead_id, row.action, row.outcome) == (a, 7, Action.UPDATE, Outcome.UNKNOWN)
        assert (row.profile, row.server, row.api_user, row.time) == (
            "Production",
            "https://dialer.example.com",
            "7777",
            T0,
        )
        assert not row.completed and row.undone_by == undo
        assert [(f.column, f.before, f.requested) for f in row.fields] == [
            ("last_name", "Smith", "Smyth"),
            ("address2", None, BLANK),
            ("comments", "x" * SUMMARY_CHARS + "…", "short"),
        ]
        assert undo_row.id == undo and undo_row.undo_of == a and undo_row.completed
        assert failed_row.id == failed_undo and failed_row.undone_by is None


def test_answers_are_capped_per_write(tmp_path: Path) -> None:
    page = [f"<p>line {n}</p>" for n in range(5000)]
    with Journal(tmp_path / "j.sqlite3") as j:
        eid = j.begin(CONTEXTS[0], 1, Action.UPDATE, [FieldRecord("city", "a", "b")])
        j.finish(eid, Outcome.FAILED, answer=[*page[:3], "y" * (MAX_ANSWER_CHARS + 500), *page[3:]])
        j.finish(eid, Outcome.SAVED, answer=["(checked again: applied)"])
        answer = j.get(eid).answer
    assert len(answer) == MAX_ANSWER_LINES + 2
    assert answer[:3] == tuple(page[:3])
    assert answer[3] == "y" * MAX_ANSWER_CHARS + "… (500 more characters not kept)"
    assert answer[MAX_ANSWER_LINES] == f"(… {5001 - MAX_ANSWER_LINES} more lines of the answer not kept)"
    assert answer[-1] == "(checked again: applied)"  # a later check is never crowded out


def test_a_password_cut_by_the_cap_leaves_no_piece_behind(tmp_path: Path) -> None:
    password = CONTEXTS[0].password + "-long-enough"
    ctx = JournalContext("Sandbox", "http://127.0.0.1:8080", "6666", password)
    line = "x" * (MAX_ANSWER_CHARS - 6) + password + "y" * 50  # the cut falls inside the password
    with Journal(tmp_path / "j.sqlite3") as j:
        eid = j.record(ctx, 1, Action.UPDATE, [], Outcome.FAILED, answer=[line])
        (stored,) = j.get(eid).answer
    assert password[:6] not in stored
    assert stored.startswith("x" * (MAX_ANSWER_CHARS - 6) + "[redac…")  # the marker cut, not the password
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert password[:6].encode() not in raw


def _schema(path: Path) -> set[tuple[str, str]]:
    db = sqlite3.connect(path)
    try:
        return {
            (t, n)
            for t, n in db.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
        }
    finally:
        db.close()


def test_a_version_1_file_is_migrated_in_place(tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(_SCHEMA_V1)
    db.execute(
        "INSERT INTO entries (time, profile, server, api_user, lead_id, action, outcome, completed_at)"
        " VALUES (?, 'Old', 'http://old', '6666', 5, 'update', 'saved', ?)",
        (T0.timestamp(), T0.timestamp()),
    )
    db.execute(
        "INSERT INTO entry_fields (entry_id, position, column_name, before, requested, stored)"
        " VALUES (1, 0, 'city', 'Chicago', 'Joliet', 'Joliet')"
    )
    db.execute("INSERT INTO entry_answer (entry_id, position, line) VALUES (1, 0, 'SUCCESS')")
    db.execute("INSERT INTO entry_record (entry_id, column_name, value) VALUES (1, 'first_name', 'Carol')")
    db.execute("PRAGMA user_version=1")
    db.commit()
    db.close()
    assert ("index", "entries_profile") not in _schema(path)

    with Journal(path) as j:
        entry = j.get(1)
        assert (entry.lead_id, entry.answer, entry.fields, entry.record) == (
            5,
            ("SUCCESS",),
            (FieldRecord("city", "Chicago", "Joliet", "Joliet"),),
            {"first_name": "Carol"},
        )
        assert [s.id for s in j.page(EntryFilter(profile="Old"))] == [1]
        plan = " ".join(
            str(r) for r in j._db.execute("EXPLAIN QUERY PLAN SELECT id FROM entries WHERE profile = 'Old'")
        )
        assert "entries_profile" in plan
        j.record(CONTEXTS[0], 6, Action.UPDATE, [], Outcome.SAVED)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 2
    for table in ("entry_fields", "entry_answer", "entry_record"):  # one copy of each row, no extra index
        (sql,) = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()
        assert sql.rstrip().endswith("WITHOUT ROWID")
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    db.close()
    with Journal(tmp_path / "new.sqlite3"):
        pass
    assert _schema(path) == _schema(tmp_path / "new.sqlite3")  # migrated and new files are alike
