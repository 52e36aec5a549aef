"""The GMT offset a new phone number implies (phonenumbers' zones, zoneinfo's offset with daylight saving)."""

from __future__ import annotations

import datetime as dt

from leadeditor.editing.changes import ChangeSet
from leadeditor.editing.gmt_offset import offsets_for, phone_zone_change
from leadeditor.editing.lead import Lead
from leadeditor.ui.texts import note_texts

WINTER = dt.datetime(2026, 1, 15, 12, tzinfo=dt.UTC)
SUMMER = dt.datetime(2026, 7, 15, 12, tzinfo=dt.UTC)


def _moved(phone: str, **extra: str) -> ChangeSet:
    lead = Lead(4, {"phone_number": "3125550103", "phone_code": "1", "gmt_offset_now": "-6.00"})
    cs = ChangeSet(lead, update_phone_number=True)
    cs.set("phone_number", phone)
    for column, value in extra.items():
        cs.set(column, value)
    return cs


def test_daylight_saving_is_in_the_offset() -> None:
    assert [c.offset for c in offsets_for("1", "2125550103", WINTER)] == ["-5.00"]
    assert [c.offset for c in offsets_for("1", "2125550103", SUMMER)] == ["-4.00"]
    assert offsets_for("1", "2125550103", SUMMER)[0].zones == ("America/New_York",)


def test_an_area_change_is_found_and_the_same_area_is_not() -> None:
    change = phone_zone_change(_moved("2125550103"), WINTER)
    assert change is not None and (change.old_area, change.new_area, change.current) == (
        "312",
        "212",
        "-6.00",
    )
    assert phone_zone_change(_moved("3125550199"), WINTER) is None


def test_no_offer_when_the_offset_is_set_in_the_same_save() -> None:
    assert phone_zone_change(_moved("2125550103", gmt_offset_now="-5.00"), WINTER) is None


def test_several_zones_are_offered_in_order() -> None:
    offsets = [float(c.offset) for c in offsets_for("1", "8005550103", WINTER)]
    assert len(offsets) > 3 and offsets == sorted(offsets)


def test_suggested_fix_folds_accents_only_where_it_helps() -> None:
    cs = ChangeSet(Lead(1, {"last_name": "Smith", "first_name": "Al"}))
    cs.set("last_name", "José")
    row = cs.row("last_name")
    assert row is not None and row.will_store == "Jos" and cs.suggested_fix(row) == "Jose"
    cs.set("first_name", "A+B")  # '+' becomes a space: no fold fixes that
    first = cs.row("first_name")
    assert first is not None and cs.suggested_fix(first) is None and cs.needs_caution


def test_short_and_sign_losing_phone_numbers_are_cautioned() -> None:
    short = _moved("12").row("phone_number")
    assert short is not None and any("only 2 digits" in w for w in note_texts(short.warnings))
    signed = _moved("-3125550109")
    row = signed.row("phone_number")
    assert (
        row is not None
        and any("sign '-' is dropped" in w for w in note_texts(row.warnings))
        and signed.needs_caution
    )
    assert not _moved("3125550109").needs_caution
