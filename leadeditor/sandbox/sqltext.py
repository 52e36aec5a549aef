"""Just enough of MySQL's lexer to know what an unescaped, string-built statement means.

``non_agent_api.php`` builds its SQL by pasting filtered request values between quotes, with no escaping.
Whether the statement then works, and which values it stores, depends on MySQL's string-literal rules:
backslash escapes (``\\n`` is a newline, ``\\\\`` one backslash, a trailing ``\\`` swallows the closing
quote), doubled quotes, adjacent literals being joined. This module reproduces those rules, so that the
sandbox fails where the real server fails (PHP 8 fatal error or ``affected_rows = -1``) and stores what MySQL
would store."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["SqlError", "Token", "parse_assignments", "statement_is_valid", "tokenize"]


class SqlError(Exception):
    """The statement is not valid SQL (MySQL error 1064 or similar)."""


@dataclass(frozen=True)
class Token:
    kind: str  # "str", "ident", "num", "punct"
    text: str


_ESCAPES = {
    "0": "\x00",
    "'": "'",
    '"': '"',
    "b": "\b",
    "n": "\n",
    "r": "\r",
    "t": "\t",
    "Z": "\x1a",
    "\\": "\\",
    "%": "\\%",
    "_": "\\_",
}
_PUNCT = set("=,;()*.+-<>!")


def _read_string(sql: str, start: int) -> tuple[str, int]:
    quote = sql[start]
    out: list[str] = []
    i = start + 1
    n = len(sql)
    while i < n:
        ch = sql[i]
        if ch == "\\":
            if i + 1 >= n:
                raise SqlError("unterminated string")
            nxt = sql[i + 1]
            out.append(_ESCAPES.get(nxt, nxt))
            i += 2
            continue
        if ch == quote:
            if i + 1 < n and sql[i + 1] == quote:
                out.append(quote)
                i += 2
                continue
            return "".join(out), i + 1
        out.append(ch)
        i += 1
    raise SqlError("unterminated string")


def tokenize(sql: str) -> list[Token]:
    """Split a statement into tokens; adjacent string literals are joined as MySQL does."""
    tokens: list[Token] = []
    i = 0
    n = len(sql)
    while i < n:
        ch = sql[i]
        if ch in " \t\r\n":
            i += 1
        elif ch in "'\"":
            text, i = _read_string(sql, i)
            if tokens and tokens[-1].kind == "str":
                tokens[-1] = Token("str", tokens[-1].text + text)
            else:
                tokens.append(Token("str", text))
        elif ch == "`":
            end = sql.find("`", i + 1)
            if end < 0:
                raise SqlError("unterminated identifier")
            tokens.append(Token("ident", sql[i + 1 : end]))
            i = end + 1
        elif ch.isdigit():
            j = i
            while j < n and (sql[j].isalnum() or sql[j] in "._$"):
                j += 1
            word = sql[i:j]
            tokens.append(Token("num" if word.replace(".", "", 1).isdigit() else "ident", word))
            i = j
        elif ch.isalpha() or ch in "_$" or (ord(ch) > 0x7F and ch.isprintable() and not ch.isspace()):
            j = i
            while j < n and (sql[j].isalnum() or sql[j] in "_$"):
                j += 1
            if j == i:
                raise SqlError(f"unexpected character {ch!r}")
            tokens.append(Token("ident", sql[i:j]))
            i = j
        elif ch in "#":
            raise SqlError("comment in statement")
        elif ch in _PUNCT:
            tokens.append(Token("punct", ch))
            i += 1
        else:
            raise SqlError(f"unexpected character {ch!r}")
    return tokens


def statement_is_valid(sql: str, expected_shape: list[Token] | None = None) -> bool:
    """True when the statement tokenizes (and, given a shape, matches it token kind by kind)."""
    try:
        tokens = tokenize(sql)
    except SqlError:
        return False
    if expected_shape is None:
        return True
    return [t.kind for t in tokens] == [t.kind for t in expected_shape]


def parse_assignments(clause: str, *, tail: str = ";") -> list[tuple[str, str | None]]:
    """Parse ``col="v",col2='w'`` followed by ``tail`` (e.g. `` where lead_id='5';``) into pairs.

    Raises SqlError when MySQL would reject the statement: broken quoting, a value that is not a literal, or
    a tail that does not come out as expected because a quote was swallowed.
    """
    tokens = tokenize(clause + tail)
    tail_tokens = tokenize(tail)
    if len(tokens) < len(tail_tokens) or tokens[len(tokens) - len(tail_tokens) :] != tail_tokens:
        raise SqlError("statement tail mangled")
    body = tokens[: len(tokens) - len(tail_tokens)]
    pairs: list[tuple[str, str | None]] = []
    i = 0
    while i < len(body):
        if i + 2 >= len(body):
            raise SqlError("incomplete assignment")
        name, eq, value = body[i], body[i + 1], body[i + 2]
        if name.kind != "ident" or eq.text != "=":
            raise SqlError("bad assignment")
        if value.kind in ("str", "num"):
            pairs.append((name.text, value.text))
        elif value.kind == "ident" and value.text.upper() == "NULL":
            pairs.append((name.text, None))
        else:
            raise SqlError("value is not a literal")
        i += 3
        if i < len(body):
            if body[i].text != ",":
                raise SqlError("missing comma")
            i += 1
            if i >= len(body):
                raise SqlError("trailing comma")
    return pairs
