"""The sandbox's database: VICIdial's tables that the emulated functions read and write, in SQLite.

Text is kept as UTF-8 BLOBs encoded with ``surrogateescape`` so that any byte a request carried (including
bytes that are not UTF-8) is stored and printed back unchanged, as MySQL does on a non-UTF-8 connection.
Values are kept the way the API prints them (``-6.00``, ``0000-00-00``); NULL stays NULL. One connection, one
lock."""

from __future__ import annotations

import csv
import sqlite3
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from leadeditor.sandbox.collation import vendor_key
from leadeditor.sandbox.generate import CONSTANTS, generated_rows
from leadeditor.sandbox.schema import COLUMNS, store

__all__ = ["LEAD_COLUMNS", "CustomField", "User", "World"]

LEAD_COLUMNS: tuple[str, ...] = tuple(COLUMNS)  # the table's column order (schema.py)

# Custom field labels the API never reads or writes: its list of standard columns ($vicidial_list_fields,
# L1277), which is every vicidial_list column but these five
STANDARD_LABELS = frozenset(LEAD_COLUMNS) - {"entry_date", "modify_date", "status", "user", "entry_list_id"}
# Columns that are NOT NULL (or get their default) when a loaded CSV leaves them empty.
_NOT_NULL_DEFAULTS = {
    "phone_number": "",
    "list_id": "0",
    "rank": "0",
    "entry_list_id": "0",
    "called_since_last_reset": "N",
    "called_count": "0",
    "gmt_offset_now": "0.00",
}


def enc(value: str | None) -> bytes | None:
    return None if value is None else value.encode("utf-8", "surrogateescape")


def dec(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bytes):
        return value.decode("utf-8", "surrogateescape")
    return str(value)


@dataclass(frozen=True)
class User:
    user: str
    password: str
    user_level: int
    active: bool
    modify_leads: str
    view_reports: str
    vdc_agent_api_access: str
    api_allowed_functions: str
    api_list_restrict: int
    user_group: str
    failed_login_count: int
    last_login_epoch: float


@dataclass(frozen=True)
class CustomField:
    label: str
    field_type: str
    field_max: int
    options: tuple[str, ...] = ()


_SCHEMA = """
CREATE TABLE IF NOT EXISTS vicidial_list (lead_id INTEGER PRIMARY KEY, {cols});
CREATE TABLE IF NOT EXISTS vicidial_list_archive (lead_id INTEGER PRIMARY KEY, {cols});
CREATE TABLE IF NOT EXISTS vicidial_users (user TEXT PRIMARY KEY, pass TEXT, user_level INTEGER,
  active TEXT, modify_leads TEXT, view_reports TEXT, vdc_agent_api_access TEXT, api_allowed_functions TEXT,
  api_list_restrict INTEGER, user_group TEXT, failed_login_count INTEGER, last_login_epoch REAL);
CREATE TABLE IF NOT EXISTS vicidial_user_groups (user_group TEXT PRIMARY KEY, allowed_campaigns TEXT);
CREATE TABLE IF NOT EXISTS vicidial_lists (list_id TEXT PRIMARY KEY, campaign_id TEXT, active TEXT);
CREATE TABLE IF NOT EXISTS vicidial_campaigns (campaign_id TEXT PRIMARY KEY, local_call_time TEXT);
CREATE TABLE IF NOT EXISTS vicidial_lists_fields (field_id INTEGER PRIMARY KEY, list_id TEXT,
  field_label TEXT,
  field_type TEXT, field_max INTEGER, field_options TEXT, field_rank INTEGER, field_order INTEGER,
  field_duplicate TEXT);
CREATE TABLE IF NOT EXISTS vicidial_callbacks (callback_id INTEGER PRIMARY KEY, lead_id INTEGER, list_id TEXT,
  campaign_id BLOB, status TEXT, entry_time TEXT, callback_time BLOB, user BLOB, recipient BLOB,
  comments BLOB,
  user_group TEXT, lead_status BLOB);
CREATE TABLE IF NOT EXISTS vicidial_callbacks_archive (callback_id INTEGER, lead_id INTEGER, list_id TEXT,
  campaign_id BLOB, status TEXT, entry_time TEXT, callback_time BLOB, user BLOB, recipient BLOB,
  comments BLOB,
  user_group TEXT, lead_status BLOB);
CREATE TABLE IF NOT EXISTS vicidial_hopper (hopper_id INTEGER PRIMARY KEY, lead_id INTEGER, campaign_id TEXT,
  status TEXT, priority INTEGER, source TEXT, list_id TEXT, gmt_offset_now TEXT, state TEXT);
CREATE TABLE IF NOT EXISTS vicidial_list_alt_phones (alt_phone_id INTEGER PRIMARY KEY, lead_id INTEGER,
  phone_code BLOB, phone_number BLOB, alt_phone_note BLOB, alt_phone_count INTEGER);
CREATE TABLE IF NOT EXISTS vicidial_api_log (api_id INTEGER PRIMARY KEY, user BLOB, function BLOB, value BLOB,
  result BLOB, result_reason BLOB, source BLOB, data BLOB, api_date TEXT);
CREATE TABLE IF NOT EXISTS vicidial_live_agents (user TEXT PRIMARY KEY, campaign_id TEXT, conf_exten TEXT,
  status TEXT, lead_id INTEGER, callerid TEXT, calls_today INTEGER);
CREATE TABLE IF NOT EXISTS sandbox_meta (key TEXT PRIMARY KEY, value TEXT);
CREATE INDEX IF NOT EXISTS vicidial_list_phone ON vicidial_list (phone_number);
"""

FIRST_NEW_LEAD_ID = 1000


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class World:
    """The data of one sandbox server, behind one lock."""

    def __init__(
        self,
        db_path: str | None = None,
        leads_csv: str | None = None,
        *,
        now: str,
        non_latin: bool = False,
        generate: int = 0,
        shared_phones: Sequence[tuple[str, int]] = (),
    ) -> None:
        self.lock = threading.RLock()
        self.data_changes = 0  # rows of lead data written so far (the request log's `wrote`)
        self.conn = sqlite3.connect(db_path or ":memory:", check_same_thread=False, isolation_level=None)
        cols = ", ".join(f"{_q(c)} BLOB" for c in LEAD_COLUMNS if c != "lead_id")
        # utf8_unicode_ci for vendor codes, in SQL: lead_search compares every row's code with the keys
        self.conn.create_function("vendor_key", 1, _sql_vendor_key, deterministic=True)
        with self.lock:
            self.conn.executescript(_SCHEMA.format(cols=cols))
            seeded = self.conn.execute("SELECT value FROM sandbox_meta WHERE key='seeded'").fetchone()
            if not seeded:
                self._seed(leads_csv, now, non_latin, generate, shared_phones)

    # ----------------------------------------------------------------- seeding
    def _seed(
        self,
        leads_csv: str | None,
        now: str,
        non_latin: bool,
        generate: int,
        shared_phones: Sequence[tuple[str, int]],
    ) -> None:
        ex = self.conn.execute
        ex("BEGIN")
        ex("INSERT INTO vicidial_user_groups VALUES ('ADMIN', ' -ALL-CAMPAIGNS- - -')")
        for user, level, modify in (("6666", 9, "1"), ("7777", 7, "0")):
            ex(
                "INSERT INTO vicidial_users VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (user, "1234", level, "Y", modify, "1", "1", " ALL_FUNCTIONS ", 0, "ADMIN", 0, 0.0),
            )
        for campaign in ("TESTCAMP", "OTHERCAM"):
            ex("INSERT INTO vicidial_campaigns VALUES (?, '24hours')", (campaign,))
        for list_id, campaign, active in (
            ("101", "TESTCAMP", "Y"),
            ("102", "TESTCAMP", "Y"),
            ("998", "TESTCAMP", "N"),
            ("999", "TESTCAMP", "N"),
            ("201", "OTHERCAM", "Y"),
        ):
            ex("INSERT INTO vicidial_lists VALUES (?,?,?)", (list_id, campaign, active))
        ex(
            "INSERT INTO vicidial_lists_fields (list_id, field_label, field_type, field_max, field_options,"
            " field_rank, field_order, field_duplicate) VALUES ('101','favorite_color','TEXT',100,'',1,1,'N')"
        )
        self._create_custom_table("101")
        source = Path(leads_csv) if leads_csv else None
        if source is None:
            text = resources.files("leadeditor.sandbox").joinpath("data/sample-leads.csv").read_text("utf-8")
        else:
            text = source.read_text("utf-8", "surrogateescape")
        max_id = 0
        for row in csv.DictReader(text.splitlines()):
            values = self._csv_row(row, now, non_latin)
            if not (values["lead_id"] or "").isdigit():
                values["lead_id"] = str(max_id + 1)  # a CSV without lead ids: number them in order
            max_id = max(max_id, int(values["lead_id"] or 0))
            self._insert_lead_row(values)
        if leads_csv is None:
            ex(
                "INSERT INTO custom_101 (lead_id, favorite_color) VALUES (1, ?), (6, ?)",
                (enc("blue"), enc("dark green")),
            )
        # Generated and then new leads get ids from 1000 (the sample's AUTO_INCREMENT), or after the largest
        # loaded id.
        first_free = max(FIRST_NEW_LEAD_ID, max_id + 1)
        if generate > 0 or shared_phones:  # shared phones without generated leads are refused there
            self._insert_generated(generate, first_free, shared_phones)
        ex("INSERT INTO sandbox_meta VALUES ('next_lead_id', ?)", (str(first_free + max(generate, 0)),))
        ex("INSERT INTO sandbox_meta VALUES ('seeded', '1')")
        ex("COMMIT")

    @staticmethod
    def _csv_row(row: dict[str, str], now: str, non_latin: bool) -> dict[str, str | None]:
        values: dict[str, str | None] = {}
        for column in LEAD_COLUMNS:
            raw = (row.get(column) or "").strip("\r")
            if column == "modify_date":
                values[column] = raw or row.get("entry_date") or now
            elif raw == "":
                # Loaded empty strings stay '' in text columns (observed: blank, not NULL, in MySQL); date
                # columns cannot hold '' and are NULL; numeric NOT NULL columns get their default.
                kind = COLUMNS[column].type.value if column in COLUMNS else "varchar"
                values[column] = _NOT_NULL_DEFAULTS.get(column, None if kind in ("date", "datetime") else "")
            elif column in COLUMNS and column not in ("lead_id", "entry_date", "last_local_call_time"):
                values[column] = store(column, raw, non_latin=non_latin)
            else:
                values[column] = raw
        return values

    def _insert_lead_row(self, values: dict[str, str | None], table: str = "vicidial_list") -> None:
        names = [c for c in LEAD_COLUMNS if c in values]
        params = [int(values["lead_id"] or 0) if c == "lead_id" else enc(values[c]) for c in names]
        self.conn.execute(
            f"INSERT INTO {table} ({', '.join(_q(c) for c in names)}) VALUES "
            f"({', '.join('?' for _ in names)})",
            params,
        )

    def _insert_generated(self, count: int, first_id: int, shared_phones: Sequence[tuple[str, int]]) -> None:
        """One executemany inside the seeding transaction. The text is bound as str and cast by SQLite: the
        stored BLOBs are the same UTF-8 bytes ``enc`` makes, and binding bytes from Python is ~7x slower."""
        names = [c for c in LEAD_COLUMNS if c not in CONSTANTS]
        slots = ", ".join("?" if c == "lead_id" else "CAST(? AS BLOB)" for c in names)
        literals = ", ".join(f"X'{CONSTANTS[c].encode().hex()}'" for c in CONSTANTS)
        self.conn.executemany(
            f"INSERT INTO vicidial_list ({', '.join(_q(c) for c in [*names, *CONSTANTS])}) "
            f"VALUES ({slots}, {literals})",
            generated_rows(count, first_id, names, shared_phones),
        )

    def _create_custom_table(self, list_id: str) -> None:
        labels = [
            r[0]
            for r in self.conn.execute(
                "SELECT field_label FROM vicidial_lists_fields WHERE list_id=? AND field_duplicate!='Y'"
                " AND field_type"
                " NOT IN ('DISPLAY','SCRIPT','SWITCH','BUTTON')",
                (list_id,),
            )
        ]
        cols = "".join(f", {_q(label)} BLOB" for label in labels)
        self.conn.execute(f"CREATE TABLE IF NOT EXISTS custom_{list_id} (lead_id INTEGER PRIMARY KEY{cols})")

    # ----------------------------------------------------------------- users
    def get_user(self, name: str) -> User | None:
        """The user row; MySQL's _ci collation makes the lookup blind to case and trailing spaces."""
        with self.lock:
            for row in self.conn.execute("SELECT * FROM vicidial_users"):
                if _ci(row[0]) == _ci(name):
                    return User(
                        row[0],
                        row[1],
                        int(row[2]),
                        row[3] == "Y",
                        str(row[4]),
                        str(row[5]),
                        str(row[6]),
                        row[7],
                        int(row[8]),
                        row[9],
                        int(row[10]),
                        float(row[11]),
                    )
        return None

    def set_login_state(self, user: str, failed: int, last_login: float | None) -> None:
        with self.lock:
            if last_login is None:
                self.conn.execute(
                    "UPDATE vicidial_users SET failed_login_count=? WHERE user=?", (failed, user)
                )
            else:
                self.conn.execute(
                    "UPDATE vicidial_users SET failed_login_count=?, last_login_epoch=? WHERE user=?",
                    (failed, last_login, user),
                )

    def set_live_agent(self, user: str, lead_id: int | None, status: str, campaign_id: str) -> None:
        """An agent logged in with `lead_id` on its screen (0: none); None logs the agent out."""
        with self.lock:
            self.conn.execute("DELETE FROM vicidial_live_agents WHERE user=?", (user,))
            if lead_id is not None:
                self.conn.execute(
                    "INSERT INTO vicidial_live_agents VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (user, campaign_id, "8600051", status, lead_id, "", 0),
                )

    def set_view_reports(self, user: str, value: str) -> None:
        with self.lock:
            self.conn.execute("UPDATE vicidial_users SET view_reports=? WHERE user=?", (value, user))

    def set_modify_leads(self, user: str, value: str) -> None:
        with self.lock:
            self.conn.execute("UPDATE vicidial_users SET modify_leads=? WHERE user=?", (value, user))

    def allowed_campaigns(self, user_group: str) -> str | None:
        with self.lock:
            row = self.conn.execute(
                "SELECT allowed_campaigns FROM vicidial_user_groups WHERE user_group=?", (user_group,)
            ).fetchone()
        return None if row is None else str(row[0])

    # ----------------------------------------------------------------- lists and campaigns
    def list_campaign(self, list_id: str) -> str | None:
        with self.lock:
            row = self.conn.execute(
                "SELECT campaign_id FROM vicidial_lists WHERE list_id=?", (_int_text(list_id),)
            ).fetchone()
        return None if row is None else str(row[0])

    def campaign_lists(self, campaign: str) -> list[str]:
        with self.lock:
            return [
                str(r[0])
                for r in self.conn.execute(
                    "SELECT list_id FROM vicidial_lists WHERE campaign_id=?", (campaign,)
                )
            ]

    def campaign_exists(self, campaign: str) -> bool:
        with self.lock:
            return any(
                _ci(str(r[0])) == _ci(campaign)
                for r in self.conn.execute("SELECT campaign_id FROM vicidial_campaigns")
            )

    # ----------------------------------------------------------------- leads
    def lead(self, lead_id: int, table: str = "vicidial_list") -> dict[str, str | None] | None:
        with self.lock:
            cur = self.conn.execute(f"SELECT * FROM {table} WHERE lead_id=?", (lead_id,))
            row = cur.fetchone()
            if row is None:
                return None
            names = [d[0] for d in cur.description]
        return {
            name: (str(value) if name == "lead_id" else dec(value))
            for name, value in zip(names, row, strict=True)
        }

    def all_leads(self, table: str = "vicidial_list") -> list[dict[str, str | None]]:
        with self.lock:
            cur = self.conn.execute(f"SELECT * FROM {table}")
            names = [d[0] for d in cur.description]
            rows = cur.fetchall()
        return [
            {n: (str(v) if n == "lead_id" else dec(v)) for n, v in zip(names, r, strict=True)} for r in rows
        ]

    def write_lead(self, lead_id: int, changes: dict[str, str | None], table: str = "vicidial_list") -> None:
        if not changes:
            return
        with self.lock:
            sets = ", ".join(f"{_q(c)}=?" for c in changes)
            self.data_changes += self.conn.execute(
                f"UPDATE {table} SET {sets} WHERE lead_id=?", [enc(v) for v in changes.values()] + [lead_id]
            ).rowcount

    def delete_lead(self, lead_id: int, table: str = "vicidial_list") -> int:
        with self.lock:
            deleted = self.conn.execute(f"DELETE FROM {table} WHERE lead_id=?", (lead_id,)).rowcount
            self.data_changes += deleted
            return deleted

    def insert_lead(self, values: dict[str, str | None]) -> int:
        with self.lock:
            row = self.conn.execute("SELECT value FROM sandbox_meta WHERE key='next_lead_id'").fetchone()
            used = self.conn.execute("SELECT MAX(lead_id) FROM vicidial_list").fetchone()[0] or 0
            lead_id = max(int(row[0]), used + 1)
            self._insert_lead_row({**values, "lead_id": str(lead_id)})
            self.data_changes += 1
            self.conn.execute("UPDATE sandbox_meta SET value=? WHERE key='next_lead_id'", (str(lead_id + 1),))
        return lead_id

    # ----------------------------------------------------------------- custom fields
    def custom_table_exists(self, table_id: str) -> bool:
        if not table_id.isdigit():
            return False
        with self.lock:
            return (
                self.conn.execute(
                    "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (f"custom_{int(table_id)}",)
                ).fetchone()
                is not None
            )

    def custom_fields(self, list_id: str) -> list[CustomField]:
        with self.lock:
            rows = self.conn.execute(
                "SELECT field_label, field_type, field_max, field_options FROM vicidial_lists_fields"
                " WHERE list_id=?"
                " AND field_duplicate!='Y' ORDER BY field_rank, field_order, field_label",
                (_int_text(list_id),),
            ).fetchall()
        return [
            CustomField(
                r[0],
                r[1],
                int(r[2] or 0),
                tuple(line.split(",", 1)[0].strip() for line in (r[3] or "").splitlines() if line.strip()),
            )
            for r in rows
        ]

    def custom_row(self, table_id: str, lead_id: int) -> dict[str, str | None] | None:
        if not self.custom_table_exists(table_id):
            return None
        with self.lock:
            cur = self.conn.execute(f"SELECT * FROM custom_{int(table_id)} WHERE lead_id=?", (lead_id,))
            row = cur.fetchone()
            if row is None:
                return None
            names = [d[0] for d in cur.description]
        return {n: (str(v) if n == "lead_id" else dec(v)) for n, v in zip(names, row, strict=True)}

    def custom_columns(self, table_id: str) -> list[str]:
        with self.lock:
            cur = self.conn.execute(f"SELECT * FROM custom_{int(table_id)} LIMIT 0")
            return [d[0] for d in cur.description]

    def custom_write(
        self, table_id: str, lead_id: int, values: Mapping[str, str | None], *, insert: bool
    ) -> None:
        with self.lock:
            self.data_changes += 1 if insert or values else 0
            if insert:
                names = ["lead_id", *values]
                self.conn.execute(
                    f"INSERT INTO custom_{int(table_id)} ({', '.join(_q(n) for n in names)}) VALUES "
                    f"({', '.join('?' for _ in names)})",
                    [lead_id, *[enc(v) for v in values.values()]],
                )
            elif values:
                sets = ", ".join(f"{_q(c)}=?" for c in values)
                self.conn.execute(
                    f"UPDATE custom_{int(table_id)} SET {sets} WHERE lead_id=?",
                    [enc(v) for v in values.values()] + [lead_id],
                )

    def custom_delete(self, table_id: str, lead_id: int) -> int:
        with self.lock:
            sql = f"DELETE FROM custom_{int(table_id)} WHERE lead_id=?"
            deleted = self.conn.execute(sql, (lead_id,)).rowcount
            self.data_changes += deleted
            return deleted

    # ----------------------------------------------------------------- callbacks, hopper, alt phones
    def execute(self, sql: str, params: Sequence[object] = ()) -> sqlite3.Cursor:
        """A write to the callback, hopper or alt-phone tables (counted as lead data)."""
        with self.lock:
            cur = self.conn.execute(sql, [enc(p) if isinstance(p, str) else p for p in params])
            self.data_changes += max(cur.rowcount, 0)
            return cur

    def append_api_log(self, row: Sequence[str | None]) -> None:
        """One vicidial_api_log row: user, function, value, result, result_reason, source, data, api_date."""
        with self.lock:
            self.conn.execute(
                "INSERT INTO vicidial_api_log (user, function, value, result, result_reason, source, data,"
                " api_date) VALUES (?,?,?,?,?,?,?,?)",
                [enc(v) for v in row],
            )

    def query(self, sql: str, params: Iterable[object] = ()) -> list[tuple[object, ...]]:
        with self.lock:
            return self.conn.execute(sql, [enc(p) if isinstance(p, str) else p for p in params]).fetchall()

    def close(self) -> None:
        with self.lock:
            self.conn.close()


def _sql_vendor_key(value: object) -> bytes | None:
    """The key as a BLOB, like the parameters ``query`` binds, so that ``vendor_key(col)=?`` can match; NULL
    reads as '' (PHP's view of a NULL column)."""
    return enc(vendor_key(dec(value) or ""))


def _ci(text: str) -> str:
    """A utf8_unicode_ci-like comparison key: case-blind, trailing spaces ignored."""
    return text.rstrip(" ").casefold()


def _int_text(value: str) -> str:
    """MySQL compares a numeric column with a string by number: '0101' finds list 101."""
    digits = value.strip()
    if digits.isdigit():
        return str(int(digits))
    return digits
