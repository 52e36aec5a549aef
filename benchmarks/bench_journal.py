"""The change journal at scale: opening the journal window and filtering it with 100,000 entries, and the
file's growth per entry (issue 13, "Journal at scale": open <= 0.5 s, a filter <= 100 ms).

Run: python benchmarks/bench_journal.py [--entries N] [--runs R] [--keep PATH]
Offscreen (QT_QPA_PLATFORM=offscreen is set if missing). The journal is built in bulk with plain SQL in the
schema `Journal` creates (one transaction, so 100,000 entries take seconds instead of 100,000 fsyncs); the
entries look like real ones: 1-5 fields each with before/requested/stored values, one or two answer lines,
some undos of earlier entries, a few deletions that keep the full lead, 8 API users, 3 profiles, leads drawn
from 20,000 IDs, spread over two years. Measured (median of R runs, each on a new window):

  open        JournalWindow(journal) + show() + processEvents(): the table's first rows painted
  lead        set_filters(lead_id=...) until painted (about 5 entries match)
  user        set_filters(api_user=...) (one user in eight)
  profile     set_filters(profile=...) (one profile in three; the window before had no such filter)
  dates       set_filters(first=, last=) over one month
  clear       clear_filters(): back to every entry
  scroll end  scrollToBottom() until the table has nothing more to fetch (every entry of one user)
  bytes/entry the file (main + WAL) after a checkpoint, divided by the entry count; also for entries written
              one by one through `Journal.record`, and for one entry whose answer is a 1 MB HTML error page

`set_filters` applies its filters at once (typing in the lead field is debounced on top of that; the
debounce delay is not counted here: it is a choice, not work).
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from leadeditor.editing.journal import Action, FieldRecord, Journal, JournalContext, Outcome
from leadeditor.ui.journal_window import JournalWindow

USERS = [str(6666 + n) for n in range(8)]
PROFILES = [
    ("Sandbox", "http://127.0.0.1:8080"),
    ("Production", "https://dialer.example.com"),
    ("Backup", "https://dr.example.com"),
]
COLUMNS = [
    "first_name",
    "last_name",
    "address1",
    "address2",
    "city",
    "state",
    "postal_code",
    "email",
    "phone_number",
    "alt_phone",
    "comments",
    "vendor_lead_code",
    "title",
    "gender",
    "date_of_birth",
]
WORDS = [
    "Smith",
    "Smyth",
    "Chicago",
    "Joliet",
    "Apt 3",
    "Suite 200",
    "60601",
    "NY",
    "NJ",
    "José",
    "Muñoz",
    "called twice, no answer",
    "3125550100",
    "jo@example.com",
    "1980-05-17",
]
LEADS = 20_000
START = datetime(2025, 1, 1, tzinfo=UTC)
SPAN_S = 2 * 365 * 86_400
ANSWER = "SUCCESS: update_lead LEAD HAS BEEN UPDATED - {user}|{lead}|1|||"


def build(path: Path, entries: int, seed: int = 13) -> None:
    """`entries` realistic entries in the schema the current code creates (times increase with the ID)."""
    Journal(path).close()  # the schema, whatever its version
    rng = random.Random(seed)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA synchronous=OFF")
    db.execute("BEGIN")
    first = (db.execute("SELECT COALESCE(MAX(id), 0) FROM entries").fetchone()[0]) + 1
    rows, fields, answers, records = [], [], [], []
    for n in range(entries):
        eid = first + n
        user = rng.choice(USERS)
        profile, server = rng.choice(PROFILES)
        lead = rng.randint(1, LEADS)
        moment = START.timestamp() + SPAN_S * n / entries + rng.random()
        roll = rng.random()
        undo_of = None
        if roll < 0.01:
            action, chosen = Action.DELETE.value, []
            records += [(eid, c, rng.choice(WORDS)) for c in COLUMNS]
        else:
            action = Action.UPDATE.value
            if roll < 0.06 and n > 10:
                action, undo_of = Action.UNDO.value, eid - rng.randint(1, 10)
            chosen = rng.sample(COLUMNS, rng.randint(1, 5))
        outcome = rng.choices([o.value for o in Outcome], weights=[90, 4, 3, 1, 2])[0]
        rows.append((eid, moment, profile, server, user, lead, action, outcome, "", undo_of, moment + 0.3))
        for position, column in enumerate(chosen):
            before, requested = rng.choice(WORDS), rng.choice(WORDS)
            blank = int(rng.random() < 0.05)
            stored = "" if blank else requested
            fields.append((eid, position, column, before, None if blank else requested, blank, stored, 0))
        answers.append((eid, 0, ANSWER.format(user=user, lead=lead)))
        if outcome == Outcome.UNKNOWN.value:
            answers.append((eid, 1, "(read back: applied) every field as requested"))
    db.executemany(
        "INSERT INTO entries (id, time, profile, server, api_user, lead_id, action, outcome, note,"
        " undo_of, completed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    db.executemany(
        "INSERT INTO entry_fields (entry_id, position, column_name, before, requested,"
        " requested_blank, stored, redacted) VALUES (?,?,?,?,?,?,?,?)",
        fields,
    )
    db.executemany("INSERT INTO entry_answer (entry_id, position, line) VALUES (?,?,?)", answers)
    db.executemany("INSERT INTO entry_record (entry_id, column_name, value) VALUES (?,?,?)", records)
    db.execute("COMMIT")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def file_size(path: Path) -> int:
    return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())


def checkpointed_size(path: Path) -> int:
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return file_size(path)


def bytes_per_entry_through_the_api(folder: Path, entries: int) -> tuple[float, float]:
    """(bytes per ordinary entry, bytes of one entry whose answer is a 1 MB HTML error page)."""
    path = folder / "api.sqlite3"
    ctx = JournalContext("Production", "https://dialer.example.com", "6666", "pw-not-stored")
    rng = random.Random(7)
    with Journal(path) as j:
        j._db.execute("PRAGMA synchronous=OFF")  # the benchmark's own speed only: same bytes on disk
        for n in range(entries):
            chosen = rng.sample(COLUMNS, rng.randint(1, 5))
            eid = j.begin(
                ctx,
                rng.randint(1, LEADS),
                Action.UPDATE,
                [FieldRecord(c, rng.choice(WORDS), rng.choice(WORDS)) for c in chosen],
            )
            j.finish(
                eid,
                Outcome.SAVED,
                stored={c: rng.choice(WORDS) for c in chosen},
                answer=[ANSWER.format(user="6666", lead=n)],
            )
    base = checkpointed_size(path)
    page = [
        "<html><body><pre>Fatal error: Uncaught mysqli_sql_exception in /srv/www/htdocs/vicidial/"
        "non_agent_api.php:1234 Stack trace: #0 ... " + "x" * 60 + "</pre>"
    ] * 6_000
    with Journal(path) as j:
        j._db.execute("PRAGMA synchronous=OFF")
        j.record(ctx, 1, Action.UPDATE, [FieldRecord("city", "a", "b")], Outcome.FAILED, answer=page)
    return base / entries, checkpointed_size(path) - base


def timed(app: QApplication, action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    app.processEvents()
    return (time.perf_counter() - start) * 1000


def scroll_to_end(app: QApplication, window: JournalWindow) -> int:
    model = window.table.model()
    while True:
        window.table.scrollToBottom()
        app.processEvents()
        if not model.canFetchMore(window.table.rootIndex()):
            return model.rowCount()


def measure(app: QApplication, journal: Journal, runs: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {
        k: [] for k in ("open", "lead", "user", "profile", "dates", "clear", "scroll end")
    }
    month = START + timedelta(days=200)
    first, last = QDate(month.year, month.month, 1), QDate(month.year, month.month, 28)
    lead = journal.query(limit=1)[0].lead_id
    for _ in range(runs):
        holder: list[JournalWindow] = []

        def open_window(holder: list[JournalWindow] = holder) -> None:
            window = JournalWindow(journal)
            window.show()
            holder.append(window)

        times["open"].append(timed(app, open_window))
        w = holder[0]
        times["lead"].append(timed(app, lambda w=w: w.set_filters(lead_id=lead)))
        times["user"].append(timed(app, lambda w=w: w.set_filters(api_user=USERS[3])))
        if "profile" in JournalWindow.set_filters.__kwdefaults__:  # the old window had no profile filter
            times["profile"].append(timed(app, lambda w=w: w.set_filters(profile=PROFILES[2][0])))
        times["dates"].append(timed(app, lambda w=w: w.set_filters(first=first, last=last)))
        times["clear"].append(timed(app, w.clear_filters))
        w.set_filters(api_user=USERS[3])
        app.processEvents()
        rows: list[int] = []
        times["scroll end"].append(timed(app, lambda w=w, rows=rows: rows.append(scroll_to_end(app, w))))
        print(f"  run: scrolled to row {rows[0]:,} ({w.count_label.text()})", file=sys.stderr)
        w.close()
        w.deleteLater()
        app.processEvents()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--api-entries", type=int, default=2_000)
    parser.add_argument("--keep", type=Path, help="build the journal here (reused when it exists)")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "journal.sqlite3"
        if not path.exists():
            start = time.perf_counter()
            build(path, args.entries)
            print(f"built {args.entries:,} entries in {time.perf_counter() - start:.1f} s", file=sys.stderr)
        size = checkpointed_size(path)
        start = time.perf_counter()
        journal = Journal(path)  # opening migrates an older file in place
        opened_ms = (time.perf_counter() - start) * 1000
        with journal:
            entries = journal.query(limit=1)[0].id
            migrated = checkpointed_size(path)
            times = measure(app, journal, args.runs)
        api_bytes, worst = bytes_per_entry_through_the_api(Path(tmp), args.api_entries)
    print(f"\nJournal with {entries:,} entries, {args.runs} runs (ms, median / max)")
    print(f"{'measure':<12} {'median':>9} {'max':>9}")
    for name, values in times.items():
        if not values:
            continue
        print(f"{name:<12} {statistics.median(values):>9.1f} {max(values):>9.1f}")
    print(
        f"\nopening the file: {opened_ms:.0f} ms (a migration, if any, included)"
        f"\nfile: {migrated / 1e6:.1f} MB, {migrated / entries:.0f} bytes/entry"
        + (f" (before opening: {size / entries:.0f})" if size != migrated else "")
    )
    print(f"written one by one through Journal.record ({args.api_entries:,}): {api_bytes:.0f} bytes/entry")
    print(f"one entry with a 1 MB HTML answer: {worst / 1e3:.1f} kB")


if __name__ == "__main__":
    main()
