"""`explain` groups the characters the server removes into one sentence per reason."""

from __future__ import annotations

from leadeditor.ui.texts import note_texts
from leadeditor.vicidial import fields
from leadeditor.vicidial.value_notes import NoteReason


def explain(column: str, value: str, *, non_latin: bool = False) -> list[str]:
    """`fields.explain`'s notes as the user reads them (`ui.texts`)."""
    return note_texts(fields.explain(column, value, non_latin=non_latin))


def test_notes_carry_a_reason_and_the_facts_not_a_sentence() -> None:
    (removed,) = fields.explain("last_name", 'O"Br&en#')
    assert removed.reason is NoteReason.REMOVED_NOT_KEPT
    assert removed.field == "last_name" and removed.chars == ('"', "&", "#")
    assert removed.kept is not None and removed.kept.letters and "'" in removed.kept.symbols
    cut = fields.explain("state", "Illinois")[-1]
    assert (cut.reason, cut.length) == (NoteReason.CUT, 2)
    refused = fields.refusal("rank", "70000")
    assert refused is not None and refused.reason is NoteReason.INTEGER_RANGE
    assert (refused.lowest, refused.highest) == ("0", "32767")


def test_removed_characters_are_named_together_with_what_the_field_keeps() -> None:
    reasons = explain("last_name", 'O"Br&en#')
    assert reasons == [
        "'\"', '&' and '#' are removed: last name keeps only letters, digits, space and - ' _ ."
    ]


def test_each_kind_of_loss_gets_its_own_sentence() -> None:
    reasons = explain("first_name", "Zoë 😀 a+b (x)")
    assert "'+' becomes a space." in reasons
    assert (
        "'ë' is removed: this server removes accents and letters of other alphabets (its non-latin "
        "setting is off)." in reasons
    )  # plain words, not the server's "non-latin mode"
    assert "'😀' is removed: the server keeps no emoji or symbols here." in reasons
    expected = "'(' and ')' are removed: first name keeps only letters, digits, space and - ' _ ."
    assert expected in reasons
    assert explain("first_name", "Zoë", non_latin=True) == []


def test_free_text_and_short_fields_say_what_happens() -> None:
    stripped = "';', '#' and '\"' are removed: the server always strips them from comments."
    assert explain("comments", 'a;b#c"') == [stripped]
    assert explain("state", "Il.") == [
        "'.' is removed: state keeps only letters, digits, space and -.",
        "Cut to 2 characters (the column's length).",
    ]
    assert explain("gender", "m")[0] == "'m' is removed: gender keeps only capital letters A-Z."


def test_refused_values_blank_tokens_and_markers_are_explained() -> None:
    assert explain("rank", "-5") == [
        "Rank cannot be negative through the API: the server drops the sign. Lead Editor will not send it."
    ]
    assert explain("last_name", "--BLANK--") == [
        "--BLANK-- is the server's word for emptying a field: last name will be emptied."
    ]
    assert explain("last_name", "a\nb") == [
        "line break is removed: last name keeps only letters, digits, space and - ' _ ."
    ]
    assert explain("comments", "Hi!NThere") == [
        "'!N' is VICIdial's line-break marker: it reads back as a line break."
    ]
    assert explain("comments", "Rene\u0301e") == []  # sent as NFC: stored exactly as it looks
