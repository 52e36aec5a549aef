"""``function=update_lead`` (PROTOCOL.md §2): search, no_update, the UPDATE, deletes, callbacks, custom
fields, insert_if_not_found and the hopper, with the exact lines of §2.14."""

from __future__ import annotations

import re
import unicodedata

from leadeditor.sandbox.input_filters import apply_custom_field_filter
from leadeditor.sandbox.schema import coerce_date, replace_non_bmp, store
from leadeditor.sandbox.script import Script, strlen
from leadeditor.sandbox.sqltext import SqlError, parse_assignments, tokenize
from leadeditor.sandbox.world import LEAD_COLUMNS, STANDARD_LABELS, CustomField

__all__ = ["update_lead"]

# (request parameter, column) in the order the SET clause is built (L17208-L17238)
_SET_FIELDS = (
    ("user_field", "user"),
    ("list_id_field", "list_id"),
    ("status", "status"),
    ("vendor_lead_code", "vendor_lead_code"),
    ("source_id", "source_id"),
    ("gmt_offset_now", "gmt_offset_now"),
    ("title", "title"),
    ("first_name", "first_name"),
    ("middle_initial", "middle_initial"),
    ("last_name", "last_name"),
    ("address1", "address1"),
    ("address2", "address2"),
    ("address3", "address3"),
    ("city", "city"),
    ("state", "state"),
    ("province", "province"),
    ("postal_code", "postal_code"),
    ("country_code", "country_code"),
    ("gender", "gender"),
    ("date_of_birth", "date_of_birth"),
    ("alt_phone", "alt_phone"),
    ("email", "email"),
    ("security_phrase", "security_phrase"),
    ("comments", "comments"),
    ("rank", "rank"),
    ("owner", "owner"),
    ("called_count", "called_count"),
    ("phone_code", "phone_code"),
)
_NO_COLUMN_TYPES = frozenset({"DISPLAY", "SCRIPT", "BUTTON", "SWITCH"})
_MAX_LIMIT = 18446744073709551615
_GMT_BY_AREA = {  # a few US area codes for insert_if_not_found's GMT lookup; the rest get the server's zone
    "212": "-5.00",
    "718": "-5.00",
    "617": "-5.00",
    "207": "-5.00",
    "305": "-5.00",
    "404": "-5.00",
    "312": "-6.00",
    "773": "-6.00",
    "847": "-6.00",
    "630": "-6.00",
    "214": "-6.00",
    "713": "-6.00",
    "303": "-7.00",
    "602": "-7.00",
    "801": "-7.00",
    "415": "-8.00",
    "213": "-8.00",
    "310": "-8.00",
    "206": "-8.00",
    "510": "-8.00",
}


def _vendor_key(text: str) -> str:
    """utf8_unicode_ci with PAD SPACE, roughly: case and accents ignored, trailing spaces ignored."""
    decomposed = unicodedata.normalize("NFD", text.rstrip(" "))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


class _Match:
    def __init__(self, lead_id: int, list_id: str, entry_list_id: str) -> None:
        self.lead_id = lead_id
        self.list_id = list_id
        self.entry_list_id = entry_list_id


def _limit(s: Script, records: str) -> int:
    number = int(records)
    if number > _MAX_LIMIT:
        s.select_failed()
    return number


def _search(s: Script, kind: str, table: str, lists: list[str] | None, records: str) -> list[_Match]:
    p = s.p
    limit = _limit(s, records)
    if kind == "lead_id":
        rows = s.world.query(
            f"SELECT lead_id, list_id, entry_list_id, entry_date FROM {table} WHERE lead_id=?",
            [int(p["lead_id"]) if int(p["lead_id"]) < 2**63 else -1],
        )
    elif kind == "phone":
        rows = s.world.query(
            f"SELECT lead_id, list_id, entry_list_id, entry_date FROM {table} WHERE phone_number=?",
            [p["phone_number"]],
        )
    else:
        wanted = _vendor_literal(s, p["vendor_lead_code"])
        rows = [
            r[:4]
            for r in s.world.query(
                f"SELECT lead_id, list_id, entry_list_id, entry_date, vendor_lead_code FROM {table} "
                "WHERE vendor_lead_code IS NOT NULL"
            )
            if _vendor_key(_text(r[4])) == _vendor_key(wanted)
        ]
    matches = []
    rows = sorted(rows, key=lambda r: int(str(r[0])))  # physical (insertion) order for equal entry_date
    rows.sort(key=lambda r: _text(r[3]), reverse=True)  # ORDER BY entry_date DESC, NULL last
    for row in rows:
        list_id = _text(row[1])
        if lists is not None and list_id not in lists:
            continue
        matches.append(_Match(int(str(row[0])), list_id, _text(row[2]) or "0"))
    return matches[:limit]


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", "surrogateescape")
    return str(value)


def _vendor_literal(s: Script, value: str) -> str:
    """What MySQL reads from ``vendor_lead_code="<value>"``; a swallowed quote is a syntax error."""
    tail = " order by entry_date desc limit 1;"
    try:
        tokens = tokenize(f'vendor_lead_code="{value}"{tail}')
    except SqlError:
        s.select_failed()
        raise
    expected = tokenize(f'vendor_lead_code="x"{tail}')
    if [t.kind for t in tokens] != [t.kind for t in expected] or tokens[3:] != expected[3:]:
        s.select_failed()
    return tokens[2].text


def _location(s: Script) -> list[str] | None:
    """The lists the search is limited to (L17082-L17112), or None for the whole system."""
    p = s.p
    location = p["search_location"]
    list_id = p["list_id"]
    lists: list[str] | None = None
    if "CAMPAIGN" in location.upper():
        campaign = s.world.list_campaign(list_id)
        if campaign is not None:
            lists = s.world.campaign_lists(campaign)
    if "LIST" in location.upper():
        lists = [str(int(list_id))] if list_id.isdigit() else [list_id]
    return lists


def _php_lt(text: str, number: int) -> bool:
    """PHP 8 ``$string < $int``: numeric strings compare as numbers, others as strings."""
    try:
        return float(text) < number
    except ValueError:
        return text < str(number)


def update_lead(s: Script) -> None:
    p = s.p
    user = p["user"]
    p["list_id"] = re.sub(r"[^0-9]", "", p["list_id"])
    s.check_source()
    s.check_allowed_function()
    if not s.permitted("1234", 8):
        s.echo(
            f"ERROR: update_lead USER DOES NOT HAVE PERMISSION TO UPDATE LEADS IN THE SYSTEM: |{user}|0|\n"
        )
        s.api_log("ERROR", "update_lead USER DOES NOT HAVE PERMISSION TO UPDATE LEADS IN THE SYSTEM", "0")
        s.exit()
    list_id = p["list_id"]
    if len(p["search_location"]) < 4 or _php_lt(list_id, 99) or len(list_id) < 3:
        p["search_location"] = "SYSTEM"
    if len(p["search_method"]) < 6:
        p["search_method"] = "LEAD_ID"
    if len(p["records"]) < 1:
        p["records"] = "1"
    if len(p["force_entry_list_id"]) > 1:
        p["entry_list_id"] = p["force_entry_list_id"]
    method = p["search_method"]
    find_lead = "LEAD_ID" in method and len(p["lead_id"]) > 0
    find_vendor = "VENDOR_LEAD_CODE" in method and len(p["vendor_lead_code"]) > 0
    find_phone = "PHONE_NUMBER" in method and 6 <= len(p["phone_number"]) <= 18
    if not (find_lead or find_vendor or find_phone):
        data = f"{user}|{method}|{p['lead_id']}|{p['vendor_lead_code']}|{p['phone_number']}"
        s.echo(f"ERROR: update_lead NO VALID SEARCH METHOD - {data}\n")
        s.api_log("ERROR", "update_lead NO VALID SEARCH METHOD", data)
        s.exit()
    exists_check = re.search("Y", p["list_exists_check"], re.IGNORECASE) and len(p["list_id_field"]) > 0
    if exists_check and s.world.list_campaign(p["list_id_field"]) is None:
        data = f"{p['phone_number']}|{p['list_id_field']}"
        s.echo(f"ERROR: update_lead NOT A DEFINED LIST ID, LIST EXISTS CHECK ENABLED - {data}\n")
        s.api_log("ERROR", "update_lead NOT A DEFINED LIST ID, LIST EXISTS CHECK ENABLED", data)
        s.exit()
    table = "vicidial_list_archive" if p["archived_lead"] == "Y" else "vicidial_list"
    lists = _location(s)
    matches: list[_Match] = []
    if find_lead:
        matches = _search(s, "lead_id", table, lists, p["records"])
    if find_vendor and not matches:
        matches = _search(s, "vendor", table, lists, p["records"])
    if find_phone and not matches:
        matches = _search(s, "phone", table, lists, p["records"])
    if len(p["force_entry_list_id"]) > 1:
        for match in matches:
            match.entry_list_id = p["force_entry_list_id"]
    state = _State(s, table)
    if p["no_update"] == "Y":
        if matches:
            if len(p["lead_id"]) < 1:
                p["lead_id"] = str(matches[0].lead_id)
            if len(p["list_id"]) < 1:
                p["list_id"] = matches[0].list_id
            data = (
                f"{p['lead_id']}|{p['vendor_lead_code']}|{p['phone_number']}|{matches[0].list_id}|"
                f"{matches[0].entry_list_id}"
            )
            s.echo(f"NOTICE: update_lead LEADS FOUND IN THE SYSTEM: |{user}|{data}\n")
            s.api_log("NOTICE", "update_lead LEADS FOUND IN THE SYSTEM", data)
        else:
            data = f"{p['lead_id']}|{p['vendor_lead_code']}|{p['phone_number']}"
            s.echo(f"NOTICE: update_lead NO MATCHES FOUND IN THE SYSTEM: |{user}|{data}\n")
            s.api_log("NOTICE", "update_lead NO MATCHES FOUND IN THE SYSTEM", data)
            s.exit()
    elif matches:
        if len(p["lead_id"]) < 1:
            p["lead_id"] = str(matches[0].lead_id)
        if len(p["list_id"]) < 1:
            p["list_id"] = matches[0].list_id
        clause = _set_clause(s)
        for match in matches:
            state.one_lead(match, clause)
    else:
        result = "NOTICE" if p["insert_if_not_found"] == "Y" else "ERROR"
        data = f"{p['lead_id']}|{p['vendor_lead_code']}|{p['phone_number']}"
        s.echo(f"{result}: update_lead NO MATCHES FOUND IN THE SYSTEM: |{user}|{data}\n")
        s.api_log(result, "update_lead NO MATCHES FOUND IN THE SYSTEM", data)
        if p["insert_if_not_found"] != "Y":
            s.exit()
        state.insert()
    # The hopper sections need a match or an inserted lead (L17888, L17981); a failed INSERT skips them.
    if matches or state.inserted_lead is not None:
        state.hopper()
    s.exit()


def _set_clause(s: Script) -> str:
    p = s.p
    parts = [f'{column}="{p[param]}",' for param, column in _SET_FIELDS if len(p[param]) > 0]
    if p["reset_lead"] == "Y":
        parts.append("called_since_last_reset='N',")
    if p["update_phone_number"] == "Y" and len(p["phone_number"]) > 0:
        parts.append(f"phone_number='{p['phone_number']}',")
    if len(p["entry_list_id"]) > 0 and p["custom_fields"] != "Y":
        parts.append(f'entry_list_id="{p["entry_list_id"]}",')
    clause = "".join(parts)
    clause = re.sub(",$", "", clause)
    clause = clause.replace('"--BLANK--"', '""')
    return clause.replace("\n", "!N")


class _State:
    """Variables that live across the per-lead loop, as in the PHP script."""

    def __init__(self, s: Script, table: str) -> None:
        self.s = s
        self.table = table
        self.vcba = ""  # $VCBAaffected_rows: not initialised for plain updates
        self.inserted_lead: int | None = None

    # ----------------------------------------------------------------- per matched lead
    def one_lead(self, match: _Match, clause: str) -> None:
        s, p = self.s, self.s.p
        if p["delete_cf_data"] == "Y":
            self._delete_cf_data(match)
        if len(clause) > 6 or p["delete_lead"] == "Y":
            if p["delete_lead"] == "Y":
                archived = self._archive_callbacks(match.lead_id)
                deleted = s.world.execute(
                    "DELETE FROM vicidial_callbacks WHERE lead_id=?", [match.lead_id]
                ).rowcount
                self.vcba = str(archived)
                affected = s.world.delete_lead(match.lead_id, self.table)
                reason = f"update_lead LEAD HAS BEEN DELETED {deleted}|{self.vcba}"
            else:
                affected = self._update(match.lead_id, clause)
                reason = "update_lead LEAD HAS BEEN UPDATED"
            s.echo(f"SUCCESS: {reason} - {p['user']}|{match.lead_id}|{affected}|{self.vcba}|{self.vcba}|\n")
            s.api_log("SUCCESS", reason, f"{p['phone_number']}|{match.list_id}|{match.lead_id}|")
        if p["callback"] == "Y":
            self._callback(match)
        if p["callback"] == "REMOVE":
            archived = self._archive_callbacks(match.lead_id)
            deleted = s.world.execute(
                "DELETE FROM vicidial_callbacks WHERE lead_id=?", [match.lead_id]
            ).rowcount
            self.vcba = str(archived)
            data = f"{p['user']}|{match.lead_id}|{deleted}|{archived}"
            s.echo(f"NOTICE: update_lead SCHEDULED CALLBACK DELETED - {data}\n")
            s.api_log("NOTICE", "update_lead SCHEDULED CALLBACK DELETED", data)
        if p["custom_fields"] == "Y":
            self._custom_fields(match)

    def _update(self, lead_id: int, clause: str) -> int:
        s = self.s
        try:
            pairs = parse_assignments(clause, tail=f" where lead_id='{lead_id}';")
        except SqlError:
            return s.dml_failed()
        row = s.world.lead(lead_id, self.table)
        if any(name not in LEAD_COLUMNS for name, _ in pairs):
            return s.dml_failed()
        if row is None:
            return 0
        changes: dict[str, str | None] = {}
        for name, value in pairs:
            stored = store(name, value or "", non_latin=s.info.non_latin)
            if row.get(name) != stored or name in changes:
                changes[name] = stored
        changes = {k: v for k, v in changes.items() if row.get(k) != v}
        if not changes:
            return 0
        changes["modify_date"] = s.now_text
        s.world.write_lead(lead_id, changes, self.table)
        return 1

    def _set_entry_list_id(self, lead_id: int, value: str) -> int:
        s = self.s
        row = s.world.lead(lead_id, self.table)
        if row is None:
            return 0
        stored = store("entry_list_id", value)
        if row.get("entry_list_id") == stored:
            return 0
        s.world.write_lead(lead_id, {"entry_list_id": stored, "modify_date": s.now_text}, self.table)
        return 1

    def _archive_callbacks(self, lead_id: int) -> int:
        return self.s.world.execute(
            "INSERT INTO vicidial_callbacks_archive SELECT * FROM vicidial_callbacks WHERE lead_id=?",
            [lead_id],
        ).rowcount

    def _delete_cf_data(self, match: _Match) -> None:
        s, p = self.s, self.s.p
        if len(p["entry_list_id"]) > 0:
            table_id = p["entry_list_id"]
        elif len(p["force_entry_list_id"]) > 0:
            table_id = p["force_entry_list_id"]
        else:
            table_id = match.entry_list_id
        custom_rows = ""
        if s.world.custom_table_exists(table_id):
            custom_rows = str(s.world.custom_delete(table_id, match.lead_id))
        list_rows = self._set_entry_list_id(match.lead_id, "0")
        data = f"{p['user']}|{match.lead_id}|{table_id}|{list_rows}|{custom_rows}"
        s.echo(f"NOTICE: update_lead CUSTOM FIELDS DATA HAS BEEN DELETED - {data}\n")
        s.api_log("NOTICE", "update_lead CUSTOM FIELDS DATA HAS BEEN DELETED", data)

    # ----------------------------------------------------------------- callbacks (L17327-L17482)
    def _callback_time(self) -> str:
        s, p = self.s, self.s.p
        when = p["callback_datetime"]
        if when == "NOW":
            when = s.now_text
        if re.search(r"\dDAYS$", when, re.IGNORECASE):
            when = s.local_time_text(days=int(re.sub(r"[^0-9]", "", when) or 0))
        p["callback_datetime"] = when
        return when

    def _callback(self, match: _Match) -> None:
        s, p = self.s, self.s.p
        existing = s.world.query(
            "SELECT callback_id FROM vicidial_callbacks WHERE lead_id=? ORDER BY callback_id", [match.lead_id]
        )
        if existing:
            sets: dict[str, str] = {}
            if len(p["callback_datetime"]) > 0:
                sets["callback_time"] = self._callback_time()
            for param, column in (
                ("callback_status", "lead_status"),
                ("campaign_id", "campaign_id"),
                ("list_id_field", "list_id"),
                ("callback_type", "recipient"),
                ("callback_comments", "comments"),
                ("callback_user", "user"),
            ):
                if len(p[param]) > 0:
                    sets[column] = p[param]
            if sets:
                assign = ", ".join(f"{c}=?" for c in sets)
                s.world.execute(
                    f"UPDATE vicidial_callbacks SET status='ACTIVE', entry_time=?, {assign} WHERE "
                    "callback_id=?",
                    [s.now_text, *sets.values(), existing[0][0]],
                )
                data = (
                    f"{match.lead_id}|{p['campaign_id']}|{p['callback_datetime']}|{p['callback_type']}|"
                    f"{p['callback_user']}|{p['callback_status']}"
                )
                s.echo(f"NOTICE: update_lead SCHEDULED CALLBACK UPDATED - {data}\n")
                s.api_log("NOTICE", "update_lead SCHEDULED CALLBACK UPDATED", data)
            else:
                s.echo(
                    "NOTICE: update_lead SCHEDULED CALLBACK NOT UPDATED, NO FIELDS SPECIFIED - "
                    f"{match.lead_id}|\n"
                )
                s.api_log(
                    "NOTICE",
                    "update_lead SCHEDULED CALLBACK NOT UPDATED, NO FIELDS SPECIFIED",
                    f"{match.lead_id}|",
                )
            return
        if not s.world.campaign_exists(p["campaign_id"]):
            data = f"{match.lead_id}|{p['campaign_id']}"
            s.echo(f"NOTICE: update_lead SCHEDULED CALLBACK NOT ADDED, CAMPAIGN NOT VALID - {data}\n")
            s.api_log("NOTICE", "update_lead SCHEDULED CALLBACK NOT ADDED, CAMPAIGN NOT VALID", data)
            return
        user_group = ""
        if p["callback_type"] == "USERONLY":
            target = s.world.get_user(p["callback_user"]) if p["callback_user"] else None
            if target is None:
                data = f"{match.lead_id}|{p['campaign_id']}|{p['callback_user']}|{p['callback_type']}"
                s.echo(f"NOTICE: update_lead SCHEDULED CALLBACK NOT ADDED, USER NOT VALID - {data}\n")
                s.api_log("NOTICE", "update_lead SCHEDULED CALLBACK NOT ADDED, USER NOT VALID", data)
                return
            user_group = target.user_group
        else:
            p["callback_type"] = "ANYONE"
            p["callback_user"] = ""
        when = self._callback_time()
        if len(p["callback_status"]) < 1:
            p["callback_status"] = "CALLBK"
        stored_time = when if re.match(r"^\d{4}-\d{2}-\d{2}", when) else "0000-00-00 00:00:00"
        s.world.execute(
            "INSERT INTO vicidial_callbacks (lead_id, list_id, campaign_id, status, entry_time,"
            " callback_time, user, recipient, comments, user_group, lead_status)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [
                match.lead_id,
                match.list_id,
                p["campaign_id"],
                "ACTIVE",
                s.now_text,
                stored_time,
                p["callback_user"],
                p["callback_type"],
                p["callback_comments"],
                user_group,
                p["callback_status"],
            ],
        )
        data = (
            f"{match.lead_id}|{p['campaign_id']}|{when}|{p['callback_type']}|{p['callback_user']}|"
            f"{p['callback_status']}"
        )
        s.echo(f"NOTICE: update_lead SCHEDULED CALLBACK ADDED - {data}\n")
        s.api_log("NOTICE", "update_lead SCHEDULED CALLBACK ADDED", data)

    # ----------------------------------------------------------------- custom fields (L17485-L17637)
    def _custom_fields(self, match: _Match) -> None:
        s, p = self.s, self.s.p
        custom_list = match.list_id
        if len(p["force_entry_list_id"]) > 1:
            custom_list = p["force_entry_list_id"]
        if _php_gt(match.entry_list_id, 99):
            custom_list = match.entry_list_id
        phone = p["phone_number"]
        if not s.world.custom_table_exists(custom_list):
            self._no_custom_table(f"{phone}|{match.lead_id}|{match.list_id}")
            return
        if p["delete_lead"] == "Y":
            rows = s.world.custom_delete(custom_list, match.lead_id)
            if rows > 0:
                data = f"{phone}|{match.lead_id}|{match.list_id}|{match.entry_list_id}|{custom_list}|{rows}"
                s.echo(f"NOTICE: update_lead CUSTOM FIELDS ENTRY DELETED - {data}\n")
                s.api_log("NOTICE", "update_lead CUSTOM FIELDS ENTRY DELETED", data)
            return
        fields = {f.label: f for f in s.world.custom_fields(custom_list)}
        parts = []
        for label, spec in fields.items():
            if not re.search(r"\?" + re.escape(label) + "=|&" + re.escape(label) + "=", s.query_string):
                continue
            if spec.field_type in _NO_COLUMN_TYPES or label in STANDARD_LABELS:
                continue
            raw = s.inp.param(label)
            value = apply_custom_field_filter("" if raw is None else str(raw))
            parts.append(f'{label}="{value}",')
        if not parts:
            return
        clause = re.sub(",$", "", "".join(parts)).replace('"--BLANK--"', '""')
        existing = s.world.custom_row(custom_list, match.lead_id)
        try:
            if existing is None:
                pairs = parse_assignments(f"lead_id='{match.lead_id}',{clause}", tail=";")[1:]
            else:
                pairs = parse_assignments(clause, tail=f" where lead_id='{match.lead_id}';")
        except SqlError:
            s.fatal()  # mysqli throws, or die('Could not execute: '.mysqli_error()) is an ArgumentCountError
            return
        columns = set(s.world.custom_columns(custom_list))
        if any(name not in columns for name, _ in pairs):
            s.fatal()
        values = {
            name: _custom_store(fields.get(name), value or "", s.info.non_latin) for name, value in pairs
        }
        if existing is None:
            s.world.custom_write(custom_list, match.lead_id, values, insert=True)
            affected = 1
        else:
            changed = {k: v for k, v in values.items() if existing.get(k) != v}
            s.world.custom_write(custom_list, match.lead_id, changed, insert=False)
            affected = 1 if changed else 0
        data = f"{phone}|{match.lead_id}|{match.list_id}|{match.entry_list_id}|{custom_list}|{affected}"
        s.echo(f"NOTICE: update_lead CUSTOM FIELDS VALUES UPDATED - {data}\n")
        s.api_log(
            "NOTICE", "update_lead CUSTOM FIELDS VALUES UPDATED", f"{phone}|{match.lead_id}|{match.list_id}"
        )
        if affected > 0:
            self._set_entry_list_id(match.lead_id, custom_list)

    # ----------------------------------------------------------------- insert_if_not_found (L17654-L17883)
    def insert(self) -> None:
        s, p = self.s, self.s.p
        user = p["user"]
        if len(p["list_id_field"]) > 0:
            p["list_id"] = p["list_id_field"]
        phone, code, list_id = p["phone_number"], p["phone_code"], p["list_id"]
        if len(phone) < 6 or len(phone) > 18 or len(code) < 1 or len(list_id) < 3:
            data = f"{phone}|{code}|{list_id}|{p['insert_if_not_found']}"
            s.echo(f"ERROR: update_lead INVALID DATA FOR LEAD INSERTION - {user}|{data}\n")
            s.api_log("ERROR", "update_lead INVALID DATA FOR LEAD INSERTION", data)
            s.exit()
        gmt = _lookup_gmt(code, phone)
        if len(p["status"]) < 1:
            p["status"] = "NEW"
        entry_list = p["entry_list_id"] if len(p["entry_list_id"]) > 0 and p["custom_fields"] != "Y" else "0"
        names = [
            "phone_code",
            "phone_number",
            "list_id",
            "status",
            "user",
            "vendor_lead_code",
            "source_id",
            "gmt_offset_now",
            "title",
            "first_name",
            "middle_initial",
            "last_name",
            "address1",
            "address2",
            "address3",
            "city",
            "state",
            "province",
            "postal_code",
            "country_code",
            "gender",
            "date_of_birth",
            "alt_phone",
            "email",
            "security_phrase",
            "comments",
            "called_since_last_reset",
            "entry_date",
            "last_local_call_time",
            "rank",
            "owner",
        ]
        given = {
            **{n: p.get(n, "") for n in names},
            "user": user,
            "gmt_offset_now": gmt,
            "called_since_last_reset": "N",
            "entry_date": s.local.strftime("%Y%m%d%H%M%S"),
            "last_local_call_time": s.now_text,
        }
        clause = ",".join(f'{n}="{given[n]}"' for n in names)
        try:
            pairs = parse_assignments(clause + f",entry_list_id='{entry_list}'", tail=";")
        except SqlError:
            pairs = []
        if [name for name, _ in pairs] != [*names, "entry_list_id"]:
            s.dml_failed()  # PHP 8.0: affected_rows -1, nothing printed, the hopper sections still run
            return
        values: dict[str, str | None] = {}
        for name, value in pairs:
            if name in ("entry_date", "last_local_call_time"):
                values[name] = _datetime_text(value or "")
            else:
                values[name] = store(name, value or "", non_latin=s.info.non_latin)
        values.update(modify_date=s.now_text, called_count="0")
        lead_id = s.world.insert_lead(values)
        self.inserted_lead = lead_id
        p["lead_id"] = str(lead_id)
        data = f"{phone}|{list_id}|{lead_id}|{gmt}"
        s.echo(f"SUCCESS: update_lead LEAD HAS BEEN ADDED - {data}|{user}\n")
        s.api_log("SUCCESS", "update_lead LEAD HAS BEEN ADDED", data)
        if strlen(p["multi_alt_phones"]) > 5:
            self._alt_phones(lead_id)
        if p["custom_fields"] == "Y":
            self._insert_custom(lead_id, list_id)

    def _alt_phones(self, lead_id: int) -> None:
        s, p = self.s, self.s.p
        inserted = 0
        for count, entry in enumerate(p["multi_alt_phones"].split("!"), start=1):
            parts = entry.split("_")
            number = parts[0]
            code = parts[1] if len(parts) > 1 else ""
            note = parts[2] if len(parts) > 2 else ""
            s.echo(f"{number}|{code}|{note}")
            s.world.execute(
                "INSERT INTO vicidial_list_alt_phones (lead_id, phone_code, phone_number, alt_phone_note,"
                " alt_phone_count) VALUES (?,?,?,?,?)",
                [lead_id, code or "1", number, note, count],
            )
            inserted += 1
        s.echo(f"NOTICE: update_lead MULTI-ALT-PHONE NUMBERS LOADED - {inserted}|{lead_id}|{p['user']}\n")
        s.api_log("NOTICE", "update_lead MULTI-ALT-PHONE NUMBERS LOADED", f"{inserted}|{lead_id}")

    def _no_custom_table(self, data: str) -> None:
        """L17631-L17635 and L17863-L17866: the same notice on the update and the insert path."""
        message = "update_lead CUSTOM FIELDS NOT ADDED, NO CUSTOM FIELDS DEFINED FOR THIS LIST"
        self.s.echo(f"NOTICE: {message} - {data}\n")
        self.s.api_log("NOTICE", message, data)

    def _insert_custom(self, lead_id: int, list_id: str) -> None:
        s, p = self.s, self.s.p
        phone = p["phone_number"]
        if not s.world.custom_table_exists(list_id):
            self._no_custom_table(f"{phone}|{lead_id}|{list_id}")
            return
        fields = [
            f
            for f in s.world.custom_fields(list_id)
            if f.field_type not in _NO_COLUMN_TYPES and f.label not in STANDARD_LABELS
        ]
        if not fields:
            data = f"{phone}|{lead_id}|{list_id}"
            s.echo(f"NOTICE: update_lead CUSTOM FIELDS NOT ADDED, NO FIELDS DEFINED - {data}\n")
            s.api_log("NOTICE", "update_lead CUSTOM FIELDS NOT ADDED, NO FIELDS DEFINED", data)
            return
        parts = []
        for spec in fields:
            raw = s.inp.param(spec.label)
            value = apply_custom_field_filter("" if raw is None else str(raw))
            parts.append(f'{spec.label}="{value}"')
        try:
            pairs = parse_assignments(
                f"lead_id='{lead_id}'," + ",".join(parts).replace('"--BLANK--"', '""'), tail=";"
            )[1:]
        except SqlError:
            s.fatal()
            return
        by_label = {f.label: f for f in fields}
        values = {n: _custom_store(by_label.get(n), v or "", s.info.non_latin) for n, v in pairs}
        s.world.custom_write(list_id, lead_id, values, insert=True)
        data = f"{phone}|{lead_id}|{list_id}|1"
        s.echo(f"NOTICE: update_lead CUSTOM FIELDS VALUES ADDED - {data}\n")
        s.api_log("NOTICE", "update_lead CUSTOM FIELDS VALUES ADDED", data)
        self._set_entry_list_id(lead_id, list_id)

    # ----------------------------------------------------------------- hopper (L17888-L18020)
    def hopper(self) -> None:
        s, p = self.s, self.s.p
        user, phone, lead = p["user"], p["phone_number"], p["lead_id"]
        remove = re.fullmatch("Y", p["remove_from_hopper"]) is not None
        lead_id = int(lead) if lead.isdigit() and int(lead) < 2**63 else -1
        if p["add_to_hopper"] == "Y" and not remove:
            if s.world.query("SELECT 1 FROM vicidial_hopper WHERE lead_id=?", [lead_id]):
                data = f"{phone}|{lead}|{user}"
                s.echo(f"NOTICE: update_lead NOT ADDED TO HOPPER, LEAD IS ALREADY IN THE HOPPER - {data}\n")
                s.api_log("NOTICE", "update_lead NOT ADDED TO HOPPER, LEAD IS ALREADY IN THE HOPPER", data)
            else:
                row = s.world.lead(lead_id, self.table)
                if row is None:
                    data = f"{phone}|{lead}|{user}"
                    s.echo(f"NOTICE: update_lead NOT ADDED TO HOPPER, LEAD NOT FOUND - {data}\n")
                    s.api_log("NOTICE", "update_lead NOT ADDED TO HOPPER, LEAD NOT FOUND", data)
                else:
                    campaign = s.world.list_campaign(p["list_id"] or (row.get("list_id") or "")) or ""
                    priority = _clamp_priority(p["hopper_priority"])
                    cur = s.world.execute(
                        "INSERT INTO vicidial_hopper (lead_id, campaign_id, status, priority, source,"
                        " list_id,"
                        " gmt_offset_now, state) VALUES (?,?,?,?,?,?,?,?)",
                        [
                            lead_id,
                            campaign,
                            "READY",
                            priority,
                            "P",
                            row.get("list_id") or "",
                            row.get("gmt_offset_now") or "",
                            row.get("state") or "",
                        ],
                    )
                    data = f"{phone}|{lead}|{cur.lastrowid}|{user}"
                    s.echo(f"NOTICE: update_lead ADDED TO HOPPER - {data}\n")
                    s.api_log("NOTICE", "update_lead ADDED TO HOPPER", data)
        if remove:
            rows = s.world.query("SELECT hopper_id, status FROM vicidial_hopper WHERE lead_id=?", [lead_id])
            if not rows:
                data = f"{phone}|{lead}|{user}"
                s.echo(f"NOTICE: update_lead NOT REMOVED FROM HOPPER, LEAD IS NOT IN THE HOPPER - {data}\n")
                s.api_log("NOTICE", "update_lead NOT REMOVED FROM HOPPER, LEAD IS NOT IN THE HOPPER", data)
            else:
                status = _text(rows[0][1])
                if status in ("INCALL", "DONE", "HOLD", "DNC"):
                    data = f"{phone}|{lead}|{status}|{user}"
                    s.echo(f"NOTICE: update_lead NOT REMOVED FROM HOPPER - {data}\n")
                    s.api_log("NOTICE", "update_lead NOT REMOVED FROM HOPPER", data)
                else:
                    s.world.execute("DELETE FROM vicidial_hopper WHERE lead_id=?", [lead_id])
                    data = f"{phone}|{lead}|{status}|{user}"
                    s.echo(f"NOTICE: update_lead REMOVED FROM HOPPER - {data}\n")
                    s.api_log("NOTICE", "update_lead REMOVED FROM HOPPER", data)


def _php_gt(text: str, number: int) -> bool:
    try:
        return float(text) > number
    except ValueError:
        return text > str(number)


def _clamp_priority(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    return max(-99, min(99, value))


def _custom_store(spec: CustomField | None, value: str, non_latin: bool) -> str:
    """What the custom_<list> column keeps (§4.3): VARCHAR(field_max), ENUM of the options, DATE."""
    value = replace_non_bmp(value, non_latin=non_latin)
    if spec is None:
        return value
    if spec.field_type in ("SELECT", "SOURCESELECT", "RADIO"):
        for option in spec.options:
            if option.casefold() == value.rstrip(" ").casefold():
                return option
        return ""
    if spec.field_type == "DATE":
        return coerce_date(value)
    if spec.field_type in ("TEXT", "HIDDEN", "READONLY") and spec.field_max > 0:
        return value[: spec.field_max]
    return value


def _datetime_text(value: str) -> str:
    digits = re.sub(r"[^0-9]", "", value)
    if len(digits) >= 14:
        return f"{digits[:4]}-{digits[4:6]}-{digits[6:8]} {digits[8:10]}:{digits[10:12]}:{digits[12:14]}"
    return value


def _lookup_gmt(phone_code: str, phone: str) -> str:
    if phone_code == "1" and len(phone) >= 10:
        return _GMT_BY_AREA.get(phone[-10:][:3], "-5.00")
    if phone_code == "44":
        return "0.00"
    return "-5.00"
