"""VICIdial's jargon in plain words: the one place a window turns a server term into what a supervisor
understands. Every text is a literal inside `tr` (lupdate extracts it).

- one word for "no value": "(empty)", whether the server holds an empty string or the user chose Blank;
- counts with their plural ("1 entry", "2 entries"), never "1 entries";
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
    return tr("1 entry") if n == 1 else tr("{0} entries").format(n)


def leads(n: int) -> str:
    return tr("1 lead") if n == 1 else tr("{0} leads").format(n)


def changes(n: int) -> str:
    return tr("1 change") if n == 1 else tr("{0} changes").format(n)


def non_latin_mode(on: bool) -> str:
    """The server's `non_latin` setting, by what it does to the values a user types."""
    if on:
        return tr("accents and other alphabets are kept (the server's non-Latin setting is on)")
    return tr(
        "accents and letters of other alphabets are removed by the server (its non-Latin setting is off)"
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
        return tr("called {0} times since the list was last reset").format(int(value[1:]))
    return value


def source() -> str:
    """The API's `source` parameter."""
    return tr("the name Lead Editor gives itself in the server's API log")
