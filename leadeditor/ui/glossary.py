"""VICIdial's jargon in plain words: the one place a window turns a server term into what a supervisor
understands. Every text is a literal inside `tr` (lupdate extracts it).

- one word for "no value": "(empty)", whether the server holds an empty string or the user chose Blank;
- counts with their plural ("1 entry", "2 entries"), never "1 entries": Qt's numerus forms (`%n`, so a
  language with more plural forms than English has them all), and the singular as its own message, so
  English says "1 entry" even before its plural forms are loaded;
- "entry list 0", "called since last reset = Y", "non-latin mode" and "source" said as what they mean.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from leadeditor.ui.texts import tr

if TYPE_CHECKING:
    from leadeditor.vicidial.fields import Blank


def empty() -> str:
    """The word for a field that holds nothing (an empty value and a blanked one alike)."""
    return tr("(empty)")


def shown_value(value: str | Blank) -> str:
    """A value as the user reads it: an empty one and a blanked one both say `empty`."""
    return value if isinstance(value, str) and value != "" else empty()


def display(value: str | None) -> str:
    """A stored value for people: None (the field is left as it is) says so, an empty one says `empty`."""
    return tr("(unchanged)") if value is None else shown_value(value)


def entries(n: int) -> str:
    return tr("1 entry") if n == 1 else tr("%n entries", None, n)


def leads(n: int) -> str:
    return tr("1 lead") if n == 1 else tr("%n leads", None, n)


def changes(n: int) -> str:
    return tr("1 change") if n == 1 else tr("%n changes", None, n)


def times_called_in_all(count: str | int) -> str:
    """The dialer's `called_count` as the server reports it after a change ("called 0 times in all")."""
    n = int(count) if str(count).strip().isdigit() else 0
    return tr("called once in all") if n == 1 else tr("called %n times in all", None, n)


def times_called(count: str | int) -> str:
    """The dialer's `called_count`: how often the lead was dialled in all."""
    n = int(count) if str(count).strip().isdigit() else 0
    if n == 0:
        return tr("never called")
    return tr("called once") if n == 1 else tr("called %n times", None, n)


def non_latin_mode(on: bool) -> str:
    """The server's `non_latin` setting, by what it does to the values a user types."""
    if on:
        return tr("accents and other alphabets are kept (the server's non-latin setting is on)")
    return tr(
        "accents and letters of other alphabets are removed by the server (its non-latin setting is off)"
    )


def entry_list(list_id: int | None) -> str:
    """`entry_list_id`: which list's custom fields the lead carries; 0 means none."""
    if not list_id:
        return tr("no custom fields")
    return tr("custom fields of list {0}").format(list_id)


def called_since_last_reset(value: str) -> str:
    """`called_since_last_reset`: N, Y, or Y2, Y3… (the dialer's count since the list was last reset)."""
    value = value.strip().upper()
    if value in ("", "N"):
        return tr("not called since the list was last reset")
    if value == "Y":
        return tr("called once since the list was last reset")
    if value.startswith("Y") and value[1:].isdigit():
        return tr("called %n times since the list was last reset", None, int(value[1:]))
    return value


def source() -> str:
    """The API's `source` parameter."""
    return tr("the name Lead Editor gives itself in the server's API log")


def at_most_characters(n: int) -> str:
    """A column's length, as a limit for what is typed."""
    return tr("At most 1 character.") if n == 1 else tr("At most %n characters.", None, n)


def entry_list_meaning() -> str:
    """What VICIdial's "entry list" of a lead is, in a sentence or two."""
    return (
        sentence(tr("which list's custom fields a lead carries"))
        + " "
        + sentence(tr("“{0}”: {1}").format(no_entry_list(), entry_list(0)))
    )


def no_entry_list() -> str:
    """A lead without custom fields, in the results' column (`entry_list_id` 0)."""
    return tr("none", "a lead without custom fields")  # the word alone: say which "none" it is


def sentence(text: str) -> str:
    """A glossary phrase as a sentence of its own: capital first, full stop last (never str.capitalize,
    which would lowercase "Lead Editor")."""
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def terms() -> list[tuple[str, str]]:
    """The words VICIdial uses, each with what it means, for Help → Words used here: built from the same
    phrases the windows use."""
    flags = " ".join(
        sentence(tr("{0}: {1}").format(flag, called_since_last_reset(flag))) for flag in ("N", "Y", "Y3")
    )
    return [
        (tr("Non-latin setting"), sentence(non_latin_mode(False)) + " " + sentence(non_latin_mode(True))),
        (tr("Entry list"), entry_list_meaning()),
        (tr("Called since last reset"), flags),
        (tr("Source"), sentence(source())),
        (empty(), sentence(tr("a field that holds nothing, whether it was empty or was blanked"))),
    ]
