"""The change journal: every write Lead Editor makes, kept in a local SQLite database.

VICIdial keeps no before/after history (PROTOCOL §2.16), so this is the only record of who changed what. Each
entry holds the time, profile and server, API user, lead ID, the action, each field's value before,
requested and stored, the server's answer lines and the outcome.

Safety properties:
- Crash-proof: WAL with synchronous=FULL, and each call that writes is one transaction, so an entry is never
  half-written. A write is journaled *before* it is sent (`begin`, outcome "unknown") and completed after
  (`finish`): if the app dies in between, the entry stays "unknown", which is the truth.
- The password never reaches the file: every text parameter of every statement passes through the redactor
  in `_execute`, the only way this class touches the database. It knows the password of each context it was
  given and the shapes in which the server echoes credentials, so no caller has to remember to redact.
"""

from __future__ import annotations

import csv
import errno
import io
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import IO, Any, Final

from leadeditor.damaged_files import FileKind, move_aside
from leadeditor.editing.journal_codes import Action, Outcome
from leadeditor.editing.journal_pages import (
    NEWEST_FIRST,
    EntryFilter,
    EntryOrder,
    EntrySummary,
    SortKey,
    count_entries,
    entry_position,
    summary_page,
)
from leadeditor.editing.safety import FieldEvidence, Resolution, ResolutionState, UndoSource, Verification
from leadeditor.redaction import redact
from leadeditor.vicidial import columns as col
from leadeditor.vicidial.fields import BLANK, Blank

__all__ = [
    "CSV_COLUMNS",
    "MAX_ANSWER_CHARS",
    "MAX_ANSWER_LINES",
    "NEWEST_FIRST",
    "REDACTED",
    "SCHEMA_VERSION",
    "Action",
    "EntryFilter",
    "EntryOrder",
    "EntrySummary",
    "FieldRecord",
    "Journal",
    "JournalContext",
    "JournalEntry",
    "JournalError",
    "JournalProblem",
    "JournalUnavailable",
    "Outcome",
    "SortKey",
    "default_journal_path",
    "open_journal",
    "outcome_of_resolution",
    "outcome_of_verification",
]

SCHEMA_VERSION: Final = 4
REDACTED: Final = "[redacted]"
# What one `finish` keeps of the server's answer: a PHP error page can run to megabytes, and the first lines
# say what went wrong. The rest is replaced by one line saying how much was left out.
MAX_ANSWER_LINES: Final = 20
MAX_ANSWER_CHARS: Final = 1000  # per line


class JournalError(Exception):
    """The journal file cannot be used (e.g. written by a newer version of Lead Editor)."""


class JournalProblem(StrEnum):
    """Why a journal refuses writes (`open_journal` never refuses to open)."""

    READ_ONLY = "read-only"
    DISK_FULL = "disk-full"
    CANNOT_OPEN = "cannot-open"
    NEWER_VERSION = "newer-version"


class JournalUnavailable(JournalError):
    """A write cannot be journaled, so it must not be sent. Raised before anything reaches the server."""

    def __init__(self, problem: JournalProblem, path: Path) -> None:
        super().__init__(f"journal {path.name} refuses writes: {problem}")
        self.problem = problem
        self.path = path


def problem_of(exc: BaseException) -> JournalProblem:
    """The plain reason behind an SQLite or file-system error on the journal."""
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return JournalProblem.DISK_FULL
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return JournalProblem.READ_ONLY
        return JournalProblem.CANNOT_OPEN
    text = str(exc).lower()
    if "full" in text:
        return JournalProblem.DISK_FULL
    if "readonly" in text or "read-only" in text:
        return JournalProblem.READ_ONLY
    return JournalProblem.CANNOT_OPEN


@dataclass(frozen=True)
class JournalContext:
    """Who writes, where. The password is only used to keep it out of the journal."""

    profile: str
    server: str
    api_user: str
    password: str = field(default="", repr=False, compare=False)


@dataclass(frozen=True)
class FieldRecord:
    """One field of an entry. None means unknown (before: not readable; stored: not read back)."""

    column: str
    before: str | None
    requested: str | Blank | None  # None: not part of the request (e.g. a field shown for a reset)
    stored: str | None = None
    redacted: bool = False  # a value contained the API password and was not kept whole


@dataclass(frozen=True)
class JournalEntry:
    id: int
    time: datetime  # UTC
    profile: str
    server: str
    api_user: str
    lead_id: int
    action: Action
    outcome: Outcome
    fields: tuple[FieldRecord, ...]
    answer: tuple[str, ...]  # the server's answer lines, redacted
    note: str = ""
    undo_of: int | None = None
    record: Mapping[str, str] = field(default_factory=dict)  # the full lead, kept for deletions
    completed: bool = True  # False: the app stopped between sending the write and recording its outcome
    batch_id: int | None = None  # the batch from a file this write belongs to

    def undo_source(self) -> UndoSource:
        """The values `safety.undo_changes` needs; a redacted value counts as unknown."""
        before = {
            f.column: (None if f.redacted else f.before) for f in self.fields if f.requested is not None
        }
        stored = {
            f.column: (None if f.redacted else f.stored) for f in self.fields if f.requested is not None
        }
        return UndoSource(self.lead_id, before, stored)


def outcome_of_verification(verification: Verification, *, applied: bool = True) -> Outcome:
    """The journal outcome of a write that got an answer: `applied` is False when the server said it applied
    nothing (empty body, or its UPDATE failed)."""
    if not applied:
        return Outcome.NOT_APPLIED
    if verification.ok or (not verification.verified and not verification.differences):
        return Outcome.SAVED  # unreadable lead: saved on the server's word, fields marked "not read back"
    return Outcome.SAVED_WITH_DIFFERENCES


def outcome_of_resolution(resolution: Resolution) -> Outcome:
    """The journal outcome of a write whose answer was lost, once the lead was read back."""
    if resolution.state is ResolutionState.NOT_APPLIED:
        return Outcome.NOT_APPLIED
    if resolution.state is ResolutionState.UNKNOWN:
        return Outcome.UNKNOWN
    if any(f.evidence is FieldEvidence.OTHER_VALUE for f in resolution.fields):
        return Outcome.SAVED_WITH_DIFFERENCES
    return Outcome.SAVED


def default_journal_path() -> Path:
    """`journal.sqlite3` in the user's data folder (created on first use)."""
    import platformdirs  # lazily: not needed to paint the first window

    return Path(platformdirs.user_data_path("leadeditor", appauthor=False)) / "journal.sqlite3"


# --- redaction ------------------------------------------------------------------------------------------


class _Verbatim(str):
    """A fixed word of the schema (column name, action, outcome): never rewritten by the redactor."""

    __slots__ = ()


class _Redactor:
    def __init__(self) -> None:
        self._secrets: set[str] = set()

    def add(self, secret: str) -> None:
        if secret:
            self._secrets.add(secret)

    def text(self, value: str) -> str:
        return redact(value, self._secrets, marker=REDACTED)

    def contains_secret(self, value: str | None) -> bool:
        return value is not None and any(s in value for s in self._secrets)


# --- schema ---------------------------------------------------------------------------------------------

_SCHEMA_V1: Final = """
CREATE TABLE entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    time REAL NOT NULL,
    profile TEXT NOT NULL,
    server TEXT NOT NULL,
    api_user TEXT NOT NULL,
    lead_id INTEGER NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('update', 'undo', 'reset', 'delete', 'insert')),
    outcome TEXT NOT NULL CHECK (outcome IN ('saved', 'saved-with-differences', 'not applied', 'unknown',
                                             'failed')),
    note TEXT NOT NULL DEFAULT '',
    undo_of INTEGER REFERENCES entries(id),
    completed_at REAL
);
CREATE INDEX entries_lead ON entries(lead_id, time);
CREATE INDEX entries_time ON entries(time);
CREATE INDEX entries_user ON entries(api_user, time);
CREATE TABLE entry_fields (
    entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    column_name TEXT NOT NULL,
    before TEXT,
    requested TEXT,
    requested_blank INTEGER NOT NULL DEFAULT 0,
    stored TEXT,
    redacted INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (entry_id, column_name)
);
CREATE TABLE entry_answer (
    entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    line TEXT NOT NULL,
    PRIMARY KEY (entry_id, position)
);
CREATE TABLE entry_record (
    entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    column_name TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (entry_id, column_name)
);
"""

# Applied in order from the file's version, each in its own transaction; a new journal is created as v1 and
# migrated like any other, so every file has the same schema.
_MIGRATIONS: Final[dict[int, str]] = {
    # v2: the journal window pages and filters in SQL, and the file grows less per entry.
    # - Filters by profile and the "undone by" look-up get an index (lead, time and API user had one); the
    #   undo index holds only undo entries.
    # - The per-entry tables are keyed by (entry, ...) only: WITHOUT ROWID stores each row once, in its key's
    #   order, instead of a table plus an index holding the key again (benchmarks/bench_journal.py: 479 ->
    #   434 bytes per entry, the two new indexes included).
    2: """
        CREATE INDEX entries_profile ON entries(profile, time);
        CREATE INDEX entries_undo ON entries(undo_of) WHERE undo_of IS NOT NULL;
        CREATE TABLE entry_fields_v2 (
            entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            column_name TEXT NOT NULL,
            before TEXT,
            requested TEXT,
            requested_blank INTEGER NOT NULL DEFAULT 0,
            stored TEXT,
            redacted INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (entry_id, column_name)
        ) WITHOUT ROWID;
        INSERT INTO entry_fields_v2 SELECT entry_id, position, column_name, before, requested,
            requested_blank, stored, redacted FROM entry_fields;
        DROP TABLE entry_fields;
        ALTER TABLE entry_fields_v2 RENAME TO entry_fields;
        CREATE TABLE entry_answer_v2 (
            entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            line TEXT NOT NULL,
            PRIMARY KEY (entry_id, position)
        ) WITHOUT ROWID;
        INSERT INTO entry_answer_v2 SELECT entry_id, position, line FROM entry_answer;
        DROP TABLE entry_answer;
        ALTER TABLE entry_answer_v2 RENAME TO entry_answer;
        CREATE TABLE entry_record_v2 (
            entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            column_name TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (entry_id, column_name)
        ) WITHOUT ROWID;
        INSERT INTO entry_record_v2 SELECT entry_id, column_name, value FROM entry_record;
        DROP TABLE entry_record;
        ALTER TABLE entry_record_v2 RENAME TO entry_record
    """,
    # v3: a batch from a file (issue 14) is kept row by row, so a killed run can be resumed and the batch
    # undone as one: `batches` and `batch_rows` (read and written by `editing/batch/ledger.py`), and each
    # write of a batch names it (`entries.batch_id`).
    3: """
        CREATE TABLE batches (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            created REAL NOT NULL,
            profile TEXT NOT NULL,
            server TEXT NOT NULL,
            api_user TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('apply', 'undo')),
            source TEXT NOT NULL DEFAULT '',
            fields TEXT NOT NULL DEFAULT '',
            undo_of INTEGER REFERENCES batches(id),
            state TEXT NOT NULL CHECK (state IN ('running', 'finished', 'discarded')),
            total INTEGER NOT NULL
        );
        CREATE TABLE batch_rows (
            batch_id INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
            row INTEGER NOT NULL,
            lead_id INTEGER NOT NULL,
            plan TEXT NOT NULL,
            outcome TEXT,
            message TEXT NOT NULL DEFAULT '',
            after TEXT,
            PRIMARY KEY (batch_id, row)
        ) WITHOUT ROWID;
        ALTER TABLE entries ADD COLUMN batch_id INTEGER REFERENCES batches(id);
        CREATE INDEX entries_batch ON entries(batch_id, lead_id) WHERE batch_id IS NOT NULL
    """,
    # v4: "overwritten later" is an outcome of its own (a verified save changed again afterwards), and the
    # journal window filters by outcome. SQLite cannot widen a CHECK in place: `entries` is rebuilt with the
    # same columns and indexes. The rows of the other tables keep pointing at the same ids; migrations run
    # before foreign keys are turned on, so dropping the old table cascades to nothing.
    4: """
        CREATE TABLE entries_v4 (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            time REAL NOT NULL,
            profile TEXT NOT NULL,
            server TEXT NOT NULL,
            api_user TEXT NOT NULL,
            lead_id INTEGER NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('update', 'undo', 'reset', 'delete', 'insert')),
            outcome TEXT NOT NULL CHECK (outcome IN ('saved', 'saved-with-differences', 'not applied',
                                                     'unknown', 'failed', 'overwritten later')),
            note TEXT NOT NULL DEFAULT '',
            undo_of INTEGER REFERENCES entries(id),
            completed_at REAL,
            batch_id INTEGER REFERENCES batches(id)
        );
        INSERT INTO entries_v4 (id, time, profile, server, api_user, lead_id, action, outcome, note, undo_of,
            completed_at, batch_id)
            SELECT id, time, profile, server, api_user, lead_id, action, outcome, note, undo_of, completed_at,
            batch_id FROM entries;
        DROP TABLE entries;
        ALTER TABLE entries_v4 RENAME TO entries;
        CREATE INDEX entries_lead ON entries(lead_id, time);
        CREATE INDEX entries_time ON entries(time);
        CREATE INDEX entries_user ON entries(api_user, time);
        CREATE INDEX entries_profile ON entries(profile, time);
        CREATE INDEX entries_undo ON entries(undo_of) WHERE undo_of IS NOT NULL;
        CREATE INDEX entries_batch ON entries(batch_id, lead_id) WHERE batch_id IS NOT NULL;
        CREATE INDEX entries_outcome ON entries(outcome, time)
    """,
}

CSV_COLUMNS: Final = (
    "entry",
    "time_utc",
    "profile",
    "server",
    "api_user",
    col.LEAD_ID,
    "action",
    "outcome",
    "field",
    "before",
    "requested",
    "stored",
    "answer",
    "note",
    "undo_of",
)


def _epoch(when: datetime) -> float:
    if when.tzinfo is None:
        raise ValueError("use an aware datetime (UTC or local with tzinfo)")
    return when.timestamp()


def _bounded_answer(lines: Iterable[str], clean: Callable[[str], str]) -> Iterator[str]:
    """At most `MAX_ANSWER_LINES` lines of at most `MAX_ANSWER_CHARS` each, then a line naming the rest.

    Each line is cleaned (redacted) before it is cut: a cut through a password would leave a piece of it that
    the redactor no longer recognises."""
    left_out = 0
    for n, raw in enumerate(lines):
        if n >= MAX_ANSWER_LINES:
            left_out += 1
            continue
        line = clean(raw)
        if len(line) > MAX_ANSWER_CHARS:
            yield f"{line[:MAX_ANSWER_CHARS]}… ({len(line) - MAX_ANSWER_CHARS} more characters not kept)"
        else:
            yield line
    if left_out:
        yield f"(… {left_out} more lines of the answer not kept)"


class Journal:
    """The change journal. Thread-safe (one connection, one lock): writes are small and rare."""

    def __init__(
        self,
        path: Path | str | None = None,
        *,
        secrets: Iterable[str] = (),
        refusing: JournalProblem | None = None,
    ) -> None:
        """Open (or create) the journal at `path`; strict: raises on a damaged or newer file (the app opens it
        through `open_journal`, which never fails). With `refusing`, an empty journal in memory that refuses
        every write with that reason, so the app can still sign in and search."""
        self.path = Path(path) if path is not None else default_journal_path()
        self.problem = refusing
        self._redactor = _Redactor()
        for secret in secrets:
            self._redactor.add(secret)
        self._lock = threading.Lock()
        if refusing is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(
            ":memory:" if refusing else self.path, check_same_thread=False, isolation_level=None
        )
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._migrate()  # foreign keys still off: a rebuilt table's DROP must not cascade (SQLite's way)
            self._db.execute("PRAGMA foreign_keys=ON")
        except BaseException:
            self._db.close()
            raise

    # -- plumbing

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        """The only path to the database: every free-text parameter is redacted here."""
        clean = [
            p if isinstance(p, _Verbatim) or not isinstance(p, str) else self._redactor.text(p)
            for p in params
        ]
        return self._db.execute(sql, clean)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One transaction; a disk that is full or turned read-only is a `JournalUnavailable`."""
        if self.problem is not None:
            raise JournalUnavailable(self.problem, self.path)
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise JournalUnavailable(problem_of(exc), self.path) from None
            try:
                yield
                self._db.execute("COMMIT")
            except sqlite3.OperationalError as exc:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise JournalUnavailable(problem_of(exc), self.path) from None
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise

    @contextmanager
    def _schema_transaction(self) -> Iterator[None]:
        """Creating or upgrading the tables (also in a refusing journal's memory database)."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _migrate(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            # for the log: the window says it from the journal's problem (`JournalProblem.NEWER_VERSION`)
            raise JournalError(
                f"journal {self.path} was written by a newer Lead Editor "
                f"(schema {version}; this version knows {SCHEMA_VERSION})"
            )
        if version == 0:
            with self._schema_transaction():
                for statement in _SCHEMA_V1.split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                self._db.execute("PRAGMA user_version=1")
            version = 1
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self._schema_transaction():
                # statement by statement: executescript would commit the transaction first
                for statement in _MIGRATIONS[target].split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version={target}")
        if version < SCHEMA_VERSION and self._db.execute("PRAGMA freelist_count").fetchone()[0]:
            # the rebuilt tables left their old pages free: give them back once, so an upgraded journal is
            # no bigger than a new one. Not needed for safety: when it cannot run, new entries reuse them.
            with suppress(sqlite3.OperationalError):
                self._db.execute("VACUUM")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add_secret(self, secret: str) -> None:
        """Another value never to be written (e.g. a password typed for a second profile)."""
        self._redactor.add(secret)

    # -- writing

    def _insert_fields(self, entry_id: int, fields: Sequence[FieldRecord]) -> None:
        for position, f in enumerate(fields):
            blank = isinstance(f.requested, Blank)
            requested = None if f.requested is None or blank else str(f.requested)
            redacted = f.redacted or any(
                self._redactor.contains_secret(v) for v in (f.before, requested, f.stored)
            )
            self._execute(
                "INSERT INTO entry_fields (entry_id, position, column_name, before, requested,"
                " requested_blank, stored, redacted) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    entry_id,
                    position,
                    _Verbatim(f.column),
                    f.before,
                    requested,
                    int(blank),
                    f.stored,
                    int(redacted),
                ),
            )

    def _insert_answer(self, entry_id: int, lines: Iterable[str]) -> None:
        start = self._db.execute(
            "SELECT COALESCE(MAX(position) + 1, 0) FROM entry_answer WHERE entry_id = ?", (entry_id,)
        ).fetchone()[0]
        for offset, line in enumerate(_bounded_answer(lines, self._redactor.text)):
            self._execute(
                "INSERT INTO entry_answer (entry_id, position, line) VALUES (?, ?, ?)",
                (entry_id, start + offset, line),
            )

    def begin(
        self,
        context: JournalContext,
        lead_id: int,
        action: Action,
        fields: Sequence[FieldRecord],
        *,
        record: Mapping[str, str] | None = None,
        undo_of: int | None = None,
        note: str = "",
        when: datetime | None = None,
        batch_id: int | None = None,
    ) -> int:
        """Record a write about to be sent (outcome "unknown", not completed). Returns the entry ID."""
        self._redactor.add(context.password)
        moment = _epoch(when or datetime.now(UTC))
        with self._transaction():
            cursor = self._execute(
                "INSERT INTO entries (time, profile, server, api_user, lead_id, action, outcome, note,"
                " undo_of, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    moment,
                    context.profile,
                    context.server,
                    context.api_user,
                    int(lead_id),
                    _Verbatim(Action(action).value),
                    _Verbatim(Outcome.UNKNOWN.value),
                    note,
                    undo_of,
                    batch_id,
                ),
            )
            entry_id = cursor.lastrowid
            assert entry_id is not None
            self._insert_fields(entry_id, fields)
            for column, value in (record or {}).items():
                self._execute(
                    "INSERT INTO entry_record (entry_id, column_name, value) VALUES (?, ?, ?)",
                    (entry_id, _Verbatim(column), value),
                )
        return entry_id

    def finish(
        self,
        entry_id: int,
        outcome: Outcome,
        *,
        stored: Mapping[str, str | None] | None = None,
        answer: Iterable[str] = (),
        note: str | None = None,
        lead_id: int | None = None,
    ) -> None:
        """Record the outcome of a write (may be called again, e.g. after "Check again").

        `stored` gives the read-back value per column; `answer` lines are appended; `lead_id` sets the ID of a
        newly inserted lead.
        """
        with self._transaction():
            self._execute(
                "UPDATE entries SET outcome = ?, completed_at = ? WHERE id = ?",
                (_Verbatim(Outcome(outcome).value), datetime.now(UTC).timestamp(), entry_id),
            )
            if note is not None:
                self._execute("UPDATE entries SET note = ? WHERE id = ?", (note, entry_id))
            if lead_id is not None:
                self._execute("UPDATE entries SET lead_id = ? WHERE id = ?", (int(lead_id), entry_id))
            for column, value in (stored or {}).items():
                redacted = self._redactor.contains_secret(value)
                updated = self._execute(
                    "UPDATE entry_fields SET stored = ?, redacted = MAX(redacted, ?)"
                    " WHERE entry_id = ? AND column_name = ?",
                    (value, int(redacted), entry_id, _Verbatim(column)),
                )
                if updated.rowcount == 0:  # a field the server reported that was not requested
                    position = self._db.execute(
                        "SELECT COALESCE(MAX(position) + 1, 0) FROM entry_fields WHERE entry_id = ?",
                        (entry_id,),
                    ).fetchone()[0]
                    self._execute(
                        "INSERT INTO entry_fields (entry_id, position, column_name, stored, redacted)"
                        " VALUES (?, ?, ?, ?, ?)",
                        (entry_id, position, _Verbatim(column), value, int(redacted)),
                    )
            self._insert_answer(entry_id, answer)

    def record(
        self,
        context: JournalContext,
        lead_id: int,
        action: Action,
        fields: Sequence[FieldRecord],
        outcome: Outcome,
        *,
        answer: Iterable[str] = (),
        record: Mapping[str, str] | None = None,
        undo_of: int | None = None,
        note: str = "",
        when: datetime | None = None,
    ) -> int:
        """A complete entry at once (when nothing was sent, e.g. a write refused before sending)."""
        entry_id = self.begin(
            context, lead_id, action, fields, record=record, undo_of=undo_of, note=note, when=when
        )
        self.finish(entry_id, outcome, answer=answer)
        return entry_id

    # -- reading

    def get(self, entry_id: int) -> JournalEntry:
        entries = self._load("WHERE id = ?", [entry_id])
        if not entries:
            raise KeyError(entry_id)
        return entries[0]

    def query(
        self,
        *,
        lead_id: int | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        api_user: str | None = None,
        profile: str | None = None,
        limit: int | None = None,
    ) -> list[JournalEntry]:
        """Full entries newest first; `since` inclusive, `until` exclusive. Loads everything it selects: to
        browse, use `count` and `page`."""
        where, params = EntryFilter(lead_id, since, until, api_user, profile).sql()
        clause = ("WHERE " + " AND ".join(where)) if where else ""
        clause += " ORDER BY time DESC, id DESC"
        if limit is not None:
            clause += f" LIMIT {int(limit)}"
        return self._load(clause, params)

    def unknown_writes(self, server: str, api_user: str, *, limit: int = 100) -> list[JournalEntry]:
        """The writes to `server` as `api_user` whose outcome is still unknown (a lost answer, or the app
        stopped mid-save), newest first: start-up lists them so they are resolved by reading."""
        return self._load(
            "WHERE outcome = ? AND server = ? AND api_user = ? ORDER BY time DESC, id DESC LIMIT ?",
            [Outcome.UNKNOWN.value, server, api_user, int(limit)],
        )

    def count(self, where: EntryFilter = EntryFilter()) -> int:  # noqa: B008 (frozen: never changed)
        """How many entries `where` selects (answered from an index)."""
        with self._lock:
            return count_entries(self._db, where)

    def page(
        self,
        where: EntryFilter = EntryFilter(),  # noqa: B008
        order: EntryOrder = NEWEST_FIRST,
        *,
        after: EntrySummary | None = None,
        limit: int = 200,
    ) -> list[EntrySummary]:
        """Up to `limit` summaries in `order`, starting after `after` (the last row of the previous page)."""
        with self._lock:
            return summary_page(self._db, where, order, after, limit)

    def position(
        self,
        entry_id: int,
        where: EntryFilter = EntryFilter(),  # noqa: B008
        order: EntryOrder = NEWEST_FIRST,
    ) -> int | None:
        """The row of `entry_id` in the pages of `where` and `order`; None when `where` does not select it."""
        with self._lock:
            return entry_position(self._db, where, order, entry_id)

    def entries(
        self,
        where: EntryFilter = EntryFilter(),  # noqa: B008
        *,
        chunk: int = 500,
    ) -> Iterator[JournalEntry]:
        """Every entry `where` selects, in full, newest first, read `chunk` at a time: an export of any size
        never holds the whole journal in memory."""
        after: EntrySummary | None = None
        while True:
            page = self.page(where, after=after, limit=chunk)
            ids = [s.id for s in page]
            if ids:
                full = {e.id: e for e in self._load(f"WHERE id IN ({','.join('?' * len(ids))})", ids)}
                yield from (full[i] for i in ids if i in full)
            if len(page) < chunk:
                return
            after = page[-1]

    def api_users(self) -> list[str]:
        return self._distinct("api_user")

    def profiles(self) -> list[str]:
        return self._distinct("profile")

    def _distinct(self, column: str) -> list[str]:
        """The values of an indexed column, in order, by jumping from one value to the next on its index:
        a few look-ups per value instead of reading every entry (SELECT DISTINCT does that)."""
        assert column in ("api_user", "profile")  # a fixed name: part of the SQL text
        with self._lock:
            return [
                r[0]
                for r in self._db.execute(
                    f"WITH RECURSIVE v(x) AS (SELECT MIN({column}) FROM entries UNION ALL"
                    f" SELECT (SELECT MIN({column}) FROM entries WHERE {column} > v.x) FROM v"
                    " WHERE v.x IS NOT NULL) SELECT x FROM v WHERE x IS NOT NULL"
                )
            ]

    def _load(self, clause: str, params: Sequence[Any]) -> list[JournalEntry]:
        with self._lock:
            rows = self._db.execute(
                "SELECT id, time, profile, server, api_user, lead_id, action, outcome, note, undo_of,"
                f" completed_at, batch_id FROM entries {clause}",
                params,
            ).fetchall()
            ids = [r[0] for r in rows]
            fields: dict[int, list[FieldRecord]] = {i: [] for i in ids}
            answers: dict[int, list[str]] = {i: [] for i in ids}
            records: dict[int, dict[str, str]] = {i: {} for i in ids}
            for chunk_start in range(0, len(ids), 500):
                chunk = ids[chunk_start : chunk_start + 500]
                marks = ",".join("?" * len(chunk))
                for eid, col, before, req, blank, stored, redacted in self._db.execute(
                    "SELECT entry_id, column_name, before, requested, requested_blank, stored, redacted"
                    f" FROM entry_fields WHERE entry_id IN ({marks}) ORDER BY entry_id, position",
                    chunk,
                ):
                    requested: str | Blank | None = BLANK if blank else req
                    fields[eid].append(FieldRecord(col, before, requested, stored, bool(redacted)))
                for eid, line in self._db.execute(
                    f"SELECT entry_id, line FROM entry_answer WHERE entry_id IN ({marks})"
                    " ORDER BY entry_id, position",
                    chunk,
                ):
                    answers[eid].append(line)
                for eid, col, value in self._db.execute(
                    f"SELECT entry_id, column_name, value FROM entry_record WHERE entry_id IN ({marks})",
                    chunk,
                ):
                    records[eid][col] = value
        return [
            JournalEntry(
                id=r[0],
                time=datetime.fromtimestamp(r[1], UTC),
                profile=r[2],
                server=r[3],
                api_user=r[4],
                lead_id=r[5],
                action=Action(r[6]),
                outcome=Outcome(r[7]),
                note=r[8],
                undo_of=r[9],
                completed=r[10] is not None,
                batch_id=r[11],
                fields=tuple(fields[r[0]]),
                answer=tuple(answers[r[0]]),
                record=records[r[0]],
            )
            for r in rows
        ]

    # -- export

    def export_csv(self, target: Path | str | IO[str], entries: Iterable[JournalEntry] | None = None) -> int:
        """Write entries (all, newest first, by default) as CSV, one row per field. Returns the row count."""
        chosen = entries if entries is not None else self.entries()
        if isinstance(target, (str, Path)):
            with open(target, "w", newline="", encoding="utf-8") as handle:
                return self._write_csv(handle, chosen)
        return self._write_csv(target, chosen)

    def _write_csv(self, handle: IO[str], entries: Iterable[JournalEntry]) -> int:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        clean = self._redactor.text
        rows = 0
        for e in entries:
            base = [
                str(e.id),
                e.time.strftime("%Y-%m-%d %H:%M:%S"),
                clean(e.profile),
                clean(e.server),
                clean(e.api_user),
                str(e.lead_id),
                e.action.value,
                e.outcome.value,
            ]
            tail = [clean("\n".join(e.answer)), clean(e.note), "" if e.undo_of is None else str(e.undo_of)]
            for f in e.fields or (None,):
                if f is None:
                    cells = ["", "", "", ""]
                else:
                    requested = "--BLANK--" if isinstance(f.requested, Blank) else (f.requested or "")
                    cells = [
                        f.column,
                        "unknown" if f.before is None else clean(f.before),
                        clean(requested),
                        "" if f.stored is None else clean(f.stored),
                    ]
                writer.writerow(base + cells + tail)
                rows += 1
        return rows

    def export_csv_text(self, entries: Iterable[JournalEntry] | None = None) -> str:
        buffer = io.StringIO()
        self.export_csv(buffer, entries)
        return buffer.getvalue()


_SQLITE_HEADER: Final = b"SQLite format 3\x00"


def _looks_like_sqlite(path: Path) -> bool:
    """True for a missing or empty file (a new journal) or one that starts with SQLite's header."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(_SQLITE_HEADER))
    except FileNotFoundError:
        return True
    except OSError:
        return True  # unreadable: let SQLite name the problem
    return not head or head == _SQLITE_HEADER


def open_journal(path: Path | str | None = None, *, secrets: Iterable[str] = ()) -> Journal:
    """The journal the app uses; never raises, so a bad journal file never locks anyone out.

    A file that is not a journal (damaged, truncated, another file) is moved aside with a timestamp and a
    fresh journal started (`leadeditor.damaged_files` queues the notice the window shows). A folder that
    cannot be written, a full disk or a journal of a newer Lead Editor gives a journal that refuses writes
    with that reason (`JournalUnavailable`, raised before anything is sent), so signing in and searching
    still work.
    """
    target = Path(path) if path is not None else default_journal_path()
    if not _looks_like_sqlite(target):
        # checked before SQLite opens it, so SQLite cannot tidy away the damaged file's write-ahead log
        move_aside(FileKind.JOURNAL, target, "file is not a database", companions=("-wal", "-shm"))
    try:
        return Journal(target, secrets=secrets)
    except JournalUnavailable as exc:
        return Journal(target, secrets=secrets, refusing=exc.problem)
    except JournalError:
        return Journal(target, secrets=secrets, refusing=JournalProblem.NEWER_VERSION)
    except sqlite3.OperationalError as exc:
        if "not a database" not in str(exc) and "malformed" not in str(exc):
            return Journal(target, secrets=secrets, refusing=problem_of(exc))
        detail = str(exc)
    except sqlite3.DatabaseError as exc:
        detail = str(exc)
    except OSError as exc:
        return Journal(target, secrets=secrets, refusing=problem_of(exc))
    move_aside(FileKind.JOURNAL, target, detail, companions=("-wal", "-shm"))
    try:
        return Journal(target, secrets=secrets)
    except (sqlite3.DatabaseError, OSError, JournalError) as exc:
        return Journal(target, secrets=secrets, refusing=problem_of(exc))
