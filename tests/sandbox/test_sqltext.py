"""MySQL string-literal rules used to decide what a pasted-together statement stores, or whether it fails."""

from __future__ import annotations

import pytest

from leadeditor.sandbox.sqltext import SqlError, parse_assignments, tokenize


def test_escapes_and_doubled_quotes() -> None:
    pairs = parse_assignments('a="x\\\\y\\nz",b="it\'s",c=\'it\'\'s\',d="q""q",e="\\%"', tail=";")
    assert pairs == [("a", "x\\y\nz"), ("b", "it's"), ("c", "it's"), ("d", 'q"q'), ("e", "\\%")]


def test_adjacent_literals_are_joined() -> None:
    assert parse_assignments("a='x' 'y'", tail=";") == [("a", "xy")]


@pytest.mark.parametrize("clause", ['comments="abc\\"', "value='O'Neil'", 'a="x",', "a=x", 'a="x" b="y"'])
def test_broken_statements(clause: str) -> None:
    with pytest.raises(SqlError):
        parse_assignments(clause, tail=" where lead_id='1';")


def test_swallowed_quote_mangles_the_tail() -> None:
    with pytest.raises(SqlError):
        parse_assignments('vendor_lead_code="a\\",city="b"', tail=" where lead_id='1';")
    assert [t.kind for t in tokenize("SELECT 1 from x;")] == ["ident", "num", "ident", "ident", "punct"]
