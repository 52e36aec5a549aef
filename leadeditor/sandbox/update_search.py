"""update_lead's search (PROTOCOL.md §2.2-§2.3): the keys, their priority, the scope and ``records``."""

from __future__ import annotations

from leadeditor.sandbox.collation import vendor_key
from leadeditor.sandbox.script import Script
from leadeditor.sandbox.sqltext import SqlError, tokenize

__all__ = ["Match", "location", "php_gt", "php_lt", "search", "text"]

_MAX_LIMIT = 18446744073709551615


class Match:
    """A row found: ``$search_lead_id[$n]``, ``$search_lead_list[$n]``, ``$search_entry_list[$n]``."""

    def __init__(self, lead_id: int, list_id: str, entry_list_id: str) -> None:
        self.lead_id = lead_id
        self.list_id = list_id
        self.entry_list_id = entry_list_id


def _limit(s: Script, records: str) -> int:
    number = int(records)
    if number > _MAX_LIMIT:
        s.select_failed()
    return number


def search(s: Script, kind: str, table: str, lists: list[str] | None, records: str) -> list[Match]:
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
        rows = s.world.query(
            f"SELECT lead_id, list_id, entry_list_id, entry_date FROM {table} "
            "WHERE vendor_lead_code IS NOT NULL AND vendor_key(vendor_lead_code)=?",
            [vendor_key(wanted)],
        )
    matches = []
    rows = sorted(rows, key=lambda r: int(str(r[0])))  # physical (insertion) order for equal entry_date
    rows.sort(key=lambda r: text(r[3]), reverse=True)  # ORDER BY entry_date DESC, NULL last
    for row in rows:
        list_id = text(row[1])
        if lists is not None and list_id not in lists:
            continue
        matches.append(Match(int(str(row[0])), list_id, text(row[2]) or "0"))
    return matches[:limit]


def text(value: object) -> str:
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


def location(s: Script) -> list[str] | None:
    """The lists the search is limited to (L17082-L17112), or None for the whole system."""
    p = s.p
    where = p["search_location"]
    list_id = p["list_id"]
    lists: list[str] | None = None
    if "CAMPAIGN" in where.upper():
        campaign = s.world.list_campaign(list_id)
        if campaign is not None:
            lists = s.world.campaign_lists(campaign)
    if "LIST" in where.upper():
        lists = [str(int(list_id))] if list_id.isdigit() else [list_id]
    return lists


def php_lt(value: str, number: int) -> bool:
    """PHP 8 ``$string < $int``: numeric strings compare as numbers, others as strings."""
    try:
        return float(value) < number
    except ValueError:
        return value < str(number)


def php_gt(value: str, number: int) -> bool:
    try:
        return float(value) > number
    except ValueError:
        return value > str(number)
