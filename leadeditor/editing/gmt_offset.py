"""The GMT offset a new phone number implies.

VICIdial does not recompute a lead's `gmt_offset_now` when `update_lead` changes its phone number: the
dialer goes on calling at the old number's local time until the server's time-zone script runs (if it is
scheduled at all). When an edit changes the area code, the confirm dialog says so and offers the offsets
the new number implies: its time zones from the `phonenumbers` library, each one's offset now (daylight
saving included) from `zoneinfo`, in VICIdial's format ("-5.00").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from leadeditor.editing.changes import ChangeSet
from leadeditor.vicidial import columns as col

__all__ = ["OffsetChoice", "PhoneZoneChange", "phone_zone_change"]

_NANP_AREA = 3  # digits of a North American area code (phone code 1)


@dataclass(frozen=True)
class OffsetChoice:
    offset: str  # VICIdial's gmt_offset_now text, e.g. "-5.00"
    zones: tuple[str, ...]  # the time zones with this offset now


@dataclass(frozen=True)
class PhoneZoneChange:
    """The phone number's area changes: the lead's offset now, and those the new number implies."""

    old_area: str
    new_area: str
    current: str  # the lead's gmt_offset_now
    choices: tuple[OffsetChoice, ...]  # empty: the library does not know the number's zones


def _area(phone_code: str, digits: str) -> str:
    if phone_code in ("", "1"):
        return digits[:_NANP_AREA] if len(digits) >= _NANP_AREA else digits
    return digits[:4]  # elsewhere area codes vary in length: the leading digits tell a move well enough


def _offset_text(zone: str, now: dt.datetime) -> str | None:
    try:
        delta = now.astimezone(ZoneInfo(zone)).utcoffset()
    except (ZoneInfoNotFoundError, ValueError):
        return None
    if delta is None:
        return None
    return f"{delta.total_seconds() / 3600:.2f}"


def offsets_for(phone_code: str, digits: str, now: dt.datetime | None = None) -> tuple[OffsetChoice, ...]:
    """The distinct offsets now of the time zones `phonenumbers` gives for the number (sorted)."""
    import phonenumbers
    from phonenumbers import timezone

    try:
        number = phonenumbers.parse(f"+{phone_code or '1'}{digits}")
    except phonenumbers.NumberParseException:
        return ()
    zones = [z for z in timezone.time_zones_for_number(number) if z != timezone.UNKNOWN_TIMEZONE]
    moment = now or dt.datetime.now(dt.UTC)
    by_offset: dict[str, list[str]] = {}
    for zone in zones:
        text = _offset_text(zone, moment)
        if text is not None:
            by_offset.setdefault(text, []).append(zone)
    return tuple(OffsetChoice(o, tuple(z)) for o, z in sorted(by_offset.items(), key=lambda i: float(i[0])))


def phone_zone_change(changeset: ChangeSet, now: dt.datetime | None = None) -> PhoneZoneChange | None:
    """The area change of a phone number edit that will be written, or None (no new number, same area, or
    the user already sets the offset in this save)."""
    row = changeset.row(col.PHONE_NUMBER)
    if row is None or not row.sends or row.will_store is None or col.GMT_OFFSET_NOW in changeset.edits:
        return None
    lead = changeset.lead
    code = lead.value(col.PHONE_CODE)
    old, new = _area(code, lead.value(col.PHONE_NUMBER)), _area(code, row.will_store)
    if old == new:
        return None
    return PhoneZoneChange(old, new, lead.value(col.GMT_OFFSET_NOW), offsets_for(code, row.will_store, now))
