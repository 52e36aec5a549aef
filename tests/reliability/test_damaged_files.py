"""Damaged settings, journal and drafts files are moved aside with a notice, and the app keeps working."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from leadeditor import damaged_files
from leadeditor.damaged_files import FileKind
from leadeditor.editing.journal import (
    SCHEMA_VERSION,
    Action,
    FieldRecord,
    Journal,
    JournalContext,
    JournalProblem,
    JournalUnavailable,
    Outcome,
    open_journal,
    problem_of,
)
from leadeditor.profiles import DAMAGED_FAILURE_COUNT, Profile, ProfileStore
from leadeditor.settings import Settings

CTX = JournalContext("Sandbox", "http://127.0.0.1:8080", "6666", "Zq7-secret_Pw9")


def _aside(folder: Path, name: str) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.startswith(f"{name}.broken-"))


# --- settings ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"[1, 2]", b'{"version": "abc"}', b'{"version": -1}', b"\xff\xfe\x00garbage", b""],
    ids=["not-json", "array", "version-text", "version-negative", "not-utf8", "empty"],
)
def test_damaged_settings_are_moved_aside_and_reported(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    settings = Settings.load(path)
    assert settings.get("profiles") == []
    kept = _aside(tmp_path, "settings.json")
    assert len(kept) == 1 and kept[0].read_bytes() == content  # the old file is kept as it was
    (notice,) = damaged_files.take_notices()
    assert notice.kind is FileKind.SETTINGS and notice.moved_to == kept[0] and notice.original == path
    settings.save()  # and a fresh file can be written where the old one was
    assert json.loads(path.read_text())["version"] >= 1


def test_settings_with_wrong_types_keep_the_good_profiles(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    good = Profile("Main", "https://dialer.example.com", "6666").to_dict()
    odd = dict(good, name="Odd", read_timeout="thirty", verify_tls="yes", non_latin=7)
    path.write_text(
        json.dumps(
            {
                "version": 1,
                "profiles": [good, odd, "not a profile", {"name": 5}, None],
                "sign_in": {"Main": {"failures": "many", "stored_password_rejected": "?"}, "Odd": [1]},
            }
        )
    )
    store = ProfileStore(Settings.load(path))
    profiles = {p.name: p for p in store.all()}
    assert set(profiles) == {"Main", "Odd"}
    assert profiles["Odd"].read_timeout == Profile.read_timeout  # the bad value fell back to its default
    assert profiles["Odd"].verify_tls is True  # never turned off by a damaged value
    state = store.sign_in_state("Main")
    # a count that cannot be read errs on the safe side: the guard asks before the next attempt
    assert state.failures == DAMAGED_FAILURE_COUNT and state.stored_password_rejected is True
    assert store.sign_in_state("Odd").failures == 0
    assert not damaged_files.pending_notices()  # a readable file with odd values is not moved aside


# --- journal ----------------------------------------------------------------------------------------------


def _write_one(journal: Journal) -> int:
    return journal.record(CTX, 4, Action.UPDATE, [FieldRecord("last_name", "Smyth", "Smith")], Outcome.SAVED)


@pytest.mark.parametrize("content", [b"garbage" * 500, b"SQLite format 3\x00" + b"\x00" * 80, b"x"])
def test_damaged_journal_is_moved_aside_and_a_fresh_one_works(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "journal.sqlite3"
    path.write_bytes(content)
    (tmp_path / "journal.sqlite3-wal").write_bytes(b"old wal")
    journal = open_journal(path)
    try:
        assert journal.problem is None
        entry = _write_one(journal)
        assert journal.get(entry).lead_id == 4
    finally:
        journal.close()
    (kept,) = [p for p in _aside(tmp_path, "journal.sqlite3") if not p.name.endswith(("-wal", "-shm"))]
    assert kept.read_bytes() == content
    if not content.startswith(b"SQLite format 3"):  # seen as damaged before SQLite touched it
        assert Path(f"{kept}-wal").read_bytes() == b"old wal"  # its write-ahead log went with it
    (notice,) = damaged_files.take_notices()
    assert notice.kind is FileKind.JOURNAL and notice.moved_to == kept


def test_journal_of_a_newer_version_refuses_writes_but_opens(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    journal = open_journal(path)
    assert journal.problem is JournalProblem.NEWER_VERSION
    assert journal.query() == []
    with pytest.raises(JournalUnavailable) as caught:
        _write_one(journal)
    assert caught.value.problem is JournalProblem.NEWER_VERSION
    journal.close()
    assert path.exists() and not _aside(tmp_path, "journal.sqlite3")  # a newer journal is never moved


def test_journal_in_a_folder_that_cannot_be_made_refuses_writes(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be")
    journal = open_journal(blocker / "journal.sqlite3")
    assert journal.problem is JournalProblem.CANNOT_OPEN
    with pytest.raises(JournalUnavailable):
        _write_one(journal)


def test_full_disk_during_the_session_refuses_the_write_and_keeps_earlier_entries(tmp_path: Path) -> None:
    journal = open_journal(tmp_path / "journal.sqlite3")
    first = _write_one(journal)
    pages = journal._db.execute("PRAGMA page_count").fetchone()[0]
    journal._db.execute(f"PRAGMA max_page_count={pages}")  # SQLite's own "database or disk is full"
    big = [FieldRecord("comments", "x" * 50_000, "y" * 50_000)]
    with pytest.raises(JournalUnavailable) as caught:
        journal.record(CTX, 5, Action.UPDATE, big, Outcome.SAVED)
    assert caught.value.problem is JournalProblem.DISK_FULL
    assert [e.id for e in journal.query()] == [first]
    journal.close()


@pytest.mark.parametrize(
    ("error", "problem"),
    [
        (OSError(30, "Read-only file system"), JournalProblem.READ_ONLY),
        (OSError(28, "No space left on device"), JournalProblem.DISK_FULL),
        (sqlite3.OperationalError("attempt to write a readonly database"), JournalProblem.READ_ONLY),
        (sqlite3.OperationalError("database or disk is full"), JournalProblem.DISK_FULL),
        (sqlite3.OperationalError("unable to open database file"), JournalProblem.CANNOT_OPEN),
    ],
)
def test_problem_of_names_the_reason(error: BaseException, problem: JournalProblem) -> None:
    assert problem_of(error) is problem


def test_a_password_written_into_the_settings_by_hand_is_removed_from_disk(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    profile = dict(Profile("Main", "https://dialer.example.com", "6666").to_dict(), password="Hunter2-pw")
    path.write_text(json.dumps({"version": 1, "profiles": [profile], "PASS": "Hunter2-pw"}))
    store = ProfileStore(Settings.load(path))
    assert [p.name for p in store.all()] == ["Main"]
    assert "Hunter2-pw" not in path.read_text()
    store.settings.save()  # and saving works again
