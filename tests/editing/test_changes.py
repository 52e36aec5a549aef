"""ChangeSet: the diff against the loaded lead, blanks, predicted stored values and warnings."""

from __future__ import annotations

import pytest

from leadeditor.editing.changes import ChangeSet
from leadeditor.editing.lead import Lead
from leadeditor.ui.texts import note_texts
from leadeditor.vicidial.fields import BLANK

LEAD = Lead(
    1,
    {
        "last_name": "Smith",
        "address2": "Apt 9",
        "email": "john@example.com",
        "gender": "M",
        "phone_number": "3125550100",
        "date_of_birth": "1980-05-17",
        "first_name": "John",
        "state": "IL",
    },
    {"favorite_color": "blue"},
)


def test_an_edit_back_to_the_loaded_value_is_no_edit() -> None:
    cs = ChangeSet(LEAD)
    cs.set("last_name", "Jones")
    cs.set("last_name", "Smith")
    assert cs.is_empty and cs.wire_changes() == {}


def test_only_changed_fields_are_sent_with_blank_as_sentinel() -> None:
    cs = ChangeSet(LEAD)
    cs.set("last_name", "Jones")
    cs.set("address2", BLANK)
    assert cs.wire_changes() == {"last_name": "Jones", "address2": BLANK}
    rows = {r.key: r for r in cs.rows()}
    assert rows["address2"].will_store == "" and rows["address2"].now == "Apt 9"
    assert cs.predictions() == {"last_name": "Jones", "address2": ""}


def test_blank_of_an_already_empty_field_sends_nothing() -> None:
    cs = ChangeSet(Lead(5, {"address2": ""}))
    cs.set("address2", BLANK)
    assert cs.wire_changes() == {}
    assert tuple(note_texts(cs.rows()[0].warnings)) == ("The server already holds this value.",)


def test_plus_in_email_is_predicted_and_explained() -> None:
    cs = ChangeSet(LEAD)
    cs.set("email", "john+sales@example.com")
    row = cs.row("email")
    assert row is not None
    assert row.will_store == "john sales@example.com"
    assert "'+' becomes a space." in note_texts(row.warnings)
    assert row.differs_from_typed


@pytest.mark.parametrize(("non_latin", "stored"), [(False, "Muoz"), (True, "Muñoz")])
def test_prediction_follows_the_servers_non_latin_mode(non_latin: bool, stored: str) -> None:
    cs = ChangeSet(LEAD, non_latin=non_latin)
    cs.set("last_name", "Muñoz")
    row = cs.row("last_name")
    assert row is not None and row.will_store == stored


def test_empty_value_changes_nothing_and_says_to_use_blank() -> None:
    cs = ChangeSet(LEAD)
    cs.set("first_name", "")
    row = cs.row("first_name")
    assert row is not None and row.will_store is None and not row.sends
    assert any("use Blank" in w for w in note_texts(row.warnings))
    assert cs.wire_changes() == {} and not cs.has_writes


def test_a_field_the_server_cannot_blank_refuses_blank() -> None:
    with pytest.raises(ValueError):
        ChangeSet(LEAD).set("rank", BLANK)


def test_phone_number_is_sent_only_with_update_phone_number() -> None:
    cs = ChangeSet(LEAD)
    cs.set("phone_number", "3125550199")
    assert cs.wire_changes() == {}
    cs.update_phone_number = True
    assert cs.wire_changes() == {"phone_number": "3125550199"}


def test_blanking_a_date_warns_it_stores_zeros() -> None:
    cs = ChangeSet(LEAD)
    cs.set("date_of_birth", BLANK)
    row = cs.row("date_of_birth")
    assert row is not None and row.will_store == "0000-00-00"
    assert any("0000-00-00" in w for w in note_texts(row.warnings))


def test_custom_field_edits_are_separate() -> None:
    cs = ChangeSet(LEAD)
    cs.set_custom("favorite_color", "green")
    cs.set("last_name", "Jones")
    assert cs.wire_custom_changes() == {"favorite_color": "green"}
    assert cs.wire_changes() == {"last_name": "Jones"}
    cs.set_custom("favorite_color", BLANK)
    assert cs.wire_custom_changes() == {"favorite_color": ""}


def test_moving_a_lead_to_another_list_is_warned() -> None:
    cs = ChangeSet(Lead(1, {"list_id": "101"}))
    cs.set("list_id", "102")
    row = cs.row("list_id")
    assert row is not None and row.sends
    assert any("moves the lead to list 102" in w for w in note_texts(row.warnings))
