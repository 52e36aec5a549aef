"""The glossary says VICIdial's terms in plain words, with real plurals and one word for no value."""

from __future__ import annotations

from leadeditor.ui import glossary


def test_plurals_are_real() -> None:
    assert glossary.entries(1) == "1 entry" and glossary.entries(2) == "2 entries"
    assert glossary.leads(1) == "1 lead" and glossary.leads(0) == "0 leads"
    assert glossary.changes(1) == "1 change"


def test_one_word_for_no_value() -> None:
    assert glossary.shown_value("") == "(empty)" == glossary.empty()
    assert glossary.shown_value("Smith") == "Smith"


def test_jargon_in_plain_words() -> None:
    assert glossary.called_since_last_reset("N") == "not called since the list was last reset"
    assert glossary.called_since_last_reset("Y3") == "called 3 times since the list was last reset"
    assert glossary.entry_list(0) == "no custom fields"
    assert glossary.entry_list(101) == "custom fields of list 101"
    assert "removed" in glossary.non_latin_mode(False) and "kept" in glossary.non_latin_mode(True)
    assert "API log" in glossary.source()


def test_a_blanked_field_and_an_empty_one_say_the_same_word() -> None:
    from leadeditor.vicidial.fields import BLANK

    assert glossary.shown_value(BLANK) == glossary.empty() == glossary.display("")
    assert glossary.display(None) == "(unchanged)" and glossary.display("Apt 9") == "Apt 9"
