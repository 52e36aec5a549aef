"""The column rules (storage.py) and the prediction of stored values (fields.py), without a server."""

from __future__ import annotations

import pytest

from leadeditor.ui.texts import note_texts
from leadeditor.vicidial import fields
from leadeditor.vicidial.fields import (
    BLANK,
    FIELDS,
    field,
    predict_custom_stored,
    predict_stored,
    refusal,
    to_wire,
)
from leadeditor.vicidial.storage import coerce_date, coerce_decimal, coerce_integer, replace_non_bmp, store


def explain(column: str, value: str, *, non_latin: bool = False) -> list[str]:
    """`fields.explain`'s notes as the user reads them (`ui.texts`)."""
    return note_texts(fields.explain(column, value, non_latin=non_latin))


@pytest.mark.parametrize(
    ("value", "stored"),
    [
        ("1980-05-17", "1980-05-17"),
        ("1980-5-7", "1980-05-07"),
        ("19800517", "1980-05-17"),
        ("800517", "1980-05-17"),
        ("2024-02-30", "0000-00-00"),
        ("2024-02-29", "2024-02-29"),
        ("----", "0000-00-00"),
        ("2024-13-01", "0000-00-00"),
        ("", "0000-00-00"),
        # after the filter only digits and '-' are left; MySQL reads each digit run up to a delimiter as one
        # part (str_to_datetime), so a day-first date has day 1980 and is invalid (§5.7: 0000-00-00)
        ("17-05-1980", "0000-00-00"),
        ("1980-05-171230", "0000-00-00"),  # '1980-05-17T12:30' after the filter
        ("1980-05-17-12-30", "1980-05-17"),  # a valid time part is dropped
        ("1980-05-17-25", "0000-00-00"),  # hour 25
        ("1980--05--17", "1980-05-17"),
        ("-1980-05-17", "0000-00-00"),
    ],
)
def test_dates_are_coerced_like_non_strict_mysql(value: str, stored: str) -> None:
    assert coerce_date(value) == stored


@pytest.mark.parametrize(
    ("value", "stored"),
    [
        ("-5", "-5.00"),
        ("-5.555", "-5.56"),
        ("----", "0.00"),
        ("123", "99.99"),
        ("-123", "-99.99"),
        ("1-2", "1.00"),
        ("_", "0.00"),
        (".5", "0.50"),
    ],
)
def test_decimals_round_and_clip(value: str, stored: str) -> None:
    assert coerce_decimal(value) == stored


def test_integers_clip_to_the_column_range() -> None:
    assert coerce_integer("99999", -32768, 32767) == "32767"
    assert coerce_integer("007", 0, 65535) == "7"
    assert coerce_integer("", 0, 65535) == "0"


def test_characters_beyond_the_bmp_become_question_marks() -> None:
    assert replace_non_bmp("a\U0001f600b", non_latin=False) == "a?b"
    assert replace_non_bmp("a\U0001f600b", non_latin=True) == "a????b"
    assert replace_non_bmp("Renée", non_latin=False) == "Renée"


def test_varchar_is_cut_to_its_length_in_characters() -> None:
    assert store("state", "Illinois") == "Il"
    assert store("first_name", "é" * 40) == "é" * 30


@pytest.mark.parametrize(
    ("column", "typed", "non_latin", "stored"),
    [
        ("last_name", "O'Neil", False, "O'Neil"),
        ("last_name", 'Say"Hi"', False, "SayHi"),
        ("last_name", "Smith&Wesson", False, "SmithWesson"),
        ("last_name", "A+B", False, "A B"),
        ("last_name", "No#One", False, "NoOne"),
        ("last_name", "Renée", False, "Rene"),
        ("last_name", "Renée", True, "Renée"),
        ("last_name", "O'Bré\"n&Co+#x", False, "O'BrnCo x"),
        ("last_name", "O'Bré\"n&Co+#x", True, "O'BrénCo x"),
        ("status", "SALE X", False, "SALEX"),
        ("title", "Mrs+", False, "Mrs"),
        ("email", "a+b@x.com", False, "a b@x.com"),
        ("gender", "Male", False, "M"),
        ("state", "I.L", False, "IL"),
        ("comments", 'a;b#c"d&e', False, "abcd&e"),
        ("comments", "line 1\nline 2", False, "line 1\nline 2"),
        ("comments", "ends with \\", False, "ends with \\"),
        ("comments", "smile \U0001f600", True, "smile ????"),
        ("middle_initial", "QZ", False, "Q"),
    ],
)
def test_predicted_values_match_the_protocol(column: str, typed: str, non_latin: bool, stored: str) -> None:
    assert predict_stored(column, typed, non_latin=non_latin) == stored


def test_values_the_client_refuses_are_still_predicted_as_the_server_would_store_them() -> None:
    # PROTOCOL §5.7: FEMALE would be stored as '' (clearing the gender), -5 as 5, 17/05/1980 as 0000-00-00,
    # +5:30 (filtered to 530) clipped to 99.99; §5.6: a 19-digit phone number cut to 18
    for column, typed, server_stores in (
        ("gender", "FEMALE", ""),
        ("rank", "-5", "5"),
        ("date_of_birth", "17/05/1980", "0000-00-00"),
        ("gmt_offset_now", "+5:30", "99.99"),
        ("phone_number", "1" * 19, "1" * 18),
    ):
        assert refusal(column, typed) is not None
        assert predict_stored(column, typed) == server_stores
        assert "will not send" in explain(column, typed)[0]


def test_values_that_filter_to_nothing_leave_the_field_unchanged() -> None:
    assert predict_stored("gender", "m") is None
    assert predict_stored("state", ".") is None
    assert predict_stored("last_name", "Renée", non_latin=False) == "Rene"
    assert predict_stored("last_name", "\udcff", non_latin=True) is None


def test_blank_results_per_field() -> None:
    assert predict_stored("address2", BLANK) == ""
    assert predict_stored("gender", BLANK) == ""
    assert predict_stored("date_of_birth", BLANK) == "0000-00-00"
    assert predict_stored("gmt_offset_now", BLANK) == "0.00"
    for column in ("rank", "called_count", "phone_code", "list_id", "phone_number"):
        assert not field(column).blankable
        assert predict_stored(column, BLANK) is None


def test_wire_form_doubles_backslashes_only_where_they_reach_the_sql() -> None:
    assert to_wire("comments", "a\\b\r\nc") == "a\\\\b!Nc"
    assert to_wire("last_name", "a\\b") == "a\\b"
    assert to_wire("address2", BLANK) == "--BLANK--"


def test_every_field_has_a_label_and_a_known_column() -> None:
    assert len({f.column for f in FIELDS}) == len(FIELDS)
    for spec in FIELDS:
        assert spec.label
        assert spec.param


def test_explanations_name_the_reason() -> None:
    assert any("'+' becomes a space" in r for r in explain("email", "a+b@x.com"))
    assert any("non-latin" in r for r in explain("last_name", "Renée"))
    assert any("Cut to 2" in r for r in explain("state", "Illinois"))
    assert explain("last_name", "Jones") == []
    assert explain("last_name", "Renée", non_latin=True) == []


def test_custom_field_values() -> None:
    assert predict_custom_stored("dark+green") == "dark green"
    assert predict_custom_stored('a;b"c\\') == "abc\\"  # backslashes are kept as typed (§2.9)
    assert predict_custom_stored(BLANK) == ""
