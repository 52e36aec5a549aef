"""The sandbox's copy of ``vicidial_phone_codes``: the area codes it knows, and the insert's GMT lookup.

``lookup_gmt_api`` (non_agent_api.php) reads the offset from that table and returns an unset variable when it
finds no row, so the answer line carries an empty offset and the INSERT stores ``gmt_offset_now=""``, which
non-strict MySQL keeps as ``0.00`` (observed on the real server for an unknown area code). No DST adjustment.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["AREA_CODES", "AreaCode", "lookup_gmt"]


@dataclass(frozen=True)
class AreaCode:
    code: str
    gmt: str
    state: str
    city: str
    postal_prefix: str  # first three digits of the city's ZIP codes, for generated addresses


AREA_CODES: tuple[AreaCode, ...] = (
    AreaCode("212", "-5.00", "NY", "New York", "100"),
    AreaCode("718", "-5.00", "NY", "Brooklyn", "112"),
    AreaCode("617", "-5.00", "MA", "Boston", "021"),
    AreaCode("207", "-5.00", "ME", "Portland", "041"),
    AreaCode("305", "-5.00", "FL", "Miami", "331"),
    AreaCode("404", "-5.00", "GA", "Atlanta", "303"),
    AreaCode("312", "-6.00", "IL", "Chicago", "606"),
    AreaCode("773", "-6.00", "IL", "Chicago", "606"),
    AreaCode("847", "-6.00", "IL", "Evanston", "602"),
    AreaCode("630", "-6.00", "IL", "Naperville", "605"),
    AreaCode("214", "-6.00", "TX", "Dallas", "752"),
    AreaCode("713", "-6.00", "TX", "Houston", "770"),
    AreaCode("303", "-7.00", "CO", "Denver", "802"),
    AreaCode("602", "-7.00", "AZ", "Phoenix", "850"),
    AreaCode("801", "-7.00", "UT", "Salt Lake City", "841"),
    AreaCode("415", "-8.00", "CA", "San Francisco", "941"),
    AreaCode("213", "-8.00", "CA", "Los Angeles", "900"),
    AreaCode("310", "-8.00", "CA", "Santa Monica", "904"),
    AreaCode("206", "-8.00", "WA", "Seattle", "981"),
    AreaCode("510", "-8.00", "CA", "Oakland", "946"),
)
_GMT_BY_AREA = {a.code: a.gmt for a in AREA_CODES}
_GMT_BY_COUNTRY = {"44": "0.00"}  # countries the table knows as a whole (no area codes)


def lookup_gmt(phone_code: str, phone: str) -> str:
    """The offset for a new lead's number, or '' when the table has no row for it."""
    if phone_code == "1":
        return _GMT_BY_AREA.get(phone[:3], "") if len(phone) >= 10 else ""
    return _GMT_BY_COUNTRY.get(phone_code, "")
