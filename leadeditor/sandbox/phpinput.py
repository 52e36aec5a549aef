"""How PHP fills ``$_GET`` and ``$_POST`` from a request (parse_str and the multipart parser).

Facts from PROTOCOL.md §1.1: ``+`` becomes a space and ``%XX`` is decoded in query strings and urlencoded
bodies (a malformed ``%`` is kept literally), multipart values arrive literally, the last duplicate key wins,
``x[]=`` makes an array, ``.`` and space in names become ``_``, and only urlencoded and multipart bodies fill
``$_POST`` (JSON is ignored). Values are ``str`` decoded with ``surrogateescape`` so that bytes which are not
UTF-8 reach the filters and the database unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["PhpArray", "PhpInput", "parse_body", "parse_query", "php_urldecode"]

POST_MAX_SIZE = 8 * 1024 * 1024  # php.ini default post_max_size: above it PHP drops the whole body


class PhpArray(list[str]):
    """A parameter sent with array syntax (``x[]=1``); PHP hands the script an array, not a string."""

    def __str__(self) -> str:
        return "Array"


Value = str | PhpArray

_HEX = re.compile(rb"%([0-9A-Fa-f]{2})")


def php_urldecode(raw: bytes) -> bytes:
    """PHP's urldecode: ``+`` to space, ``%XX`` to the byte, anything else literally."""
    raw = raw.replace(b"+", b" ")
    return _HEX.sub(lambda m: bytes([int(m.group(1), 16)]), raw)


def _text(raw: bytes) -> str:
    return raw.decode("utf-8", "surrogateescape")


def _register(target: dict[str, Value], order: list[str], name: str, value: str) -> None:
    """php_register_variable_ex, reduced to what matters here."""
    name = name.lstrip(" ")
    if not name or "\x00" in name:
        return
    bracket = name.find("[")
    if bracket > 0 and "]" in name[bracket:]:
        base = name[:bracket].replace(" ", "_").replace(".", "_")
        current = target.get(base)
        arr = current if isinstance(current, PhpArray) else PhpArray()
        arr.append(value)
        target[base] = arr
        key = base
    else:
        if bracket == 0:
            return
        head, sep, rest = name.partition("[")
        key = head.replace(" ", "_").replace(".", "_") + ("_" + rest if sep else "")
        target[key] = value
    if key not in order:  # a PHP array keeps a key's first position when it is overwritten
        order.append(key)


def parse_query(raw: bytes) -> tuple[dict[str, Value], list[str]]:
    """parse_str on a query string or urlencoded body: the variables and their order of last setting."""
    result: dict[str, Value] = {}
    order: list[str] = []
    for part in raw.split(b"&"):
        if not part:
            continue
        name, sep, value = part.partition(b"=")
        _register(result, order, _text(php_urldecode(name)), _text(php_urldecode(value)) if sep else "")
    return result, order


_BOUNDARY = re.compile(r'boundary=(?:"([^"]+)"|([^;\s]+))', re.IGNORECASE)
_DISPOSITION_NAME = re.compile(rb'\bname="([^"]*)"|\bname=([^;\s]+)', re.IGNORECASE)
_FILENAME = re.compile(rb"\bfilename\*?=", re.IGNORECASE)


def _parse_multipart(body: bytes, content_type: str) -> tuple[dict[str, Value], list[str]]:
    result: dict[str, Value] = {}
    order: list[str] = []
    found = _BOUNDARY.search(content_type)
    if not found:
        return result, order
    boundary = b"--" + (found.group(1) or found.group(2)).encode("latin-1", "replace")
    for chunk in body.split(boundary)[1:]:
        if chunk.startswith(b"--"):
            break
        chunk = chunk[2:] if chunk.startswith(b"\r\n") else chunk.lstrip(b"\n")
        head, sep, content = chunk.partition(b"\r\n\r\n")
        if not sep:
            head, sep, content = chunk.partition(b"\n\n")
            if not sep:
                continue
        if content.endswith(b"\r\n"):
            content = content[:-2]
        elif content.endswith(b"\n"):
            content = content[:-1]
        disposition = b""
        for line in head.splitlines():
            if line.lower().startswith(b"content-disposition:"):
                disposition = line
        named = _DISPOSITION_NAME.search(disposition)
        if not named or _FILENAME.search(disposition):
            continue  # files go to $_FILES, not $_POST
        name = named.group(1) if named.group(1) is not None else named.group(2)
        _register(result, order, _text(name), _text(content))
    return result, order


def parse_body(body: bytes, content_type: str) -> tuple[dict[str, Value], list[str]]:
    """$_POST for a body of this Content-Type (only urlencoded and multipart count)."""
    kind = content_type.split(";", 1)[0].strip().lower()
    if len(body) > POST_MAX_SIZE:
        return {}, []
    if kind == "application/x-www-form-urlencoded":
        return parse_query(body)
    if kind == "multipart/form-data":
        return _parse_multipart(body, content_type)
    return {}, []


@dataclass
class PhpInput:
    """One request as the PHP script sees it."""

    method: str
    query_raw: bytes
    get: dict[str, Value] = field(default_factory=dict)
    post: dict[str, Value] = field(default_factory=dict)
    post_order: list[str] = field(default_factory=list)

    @classmethod
    def build(cls, method: str, query_raw: bytes, body: bytes, content_type: str) -> PhpInput:
        get, _ = parse_query(query_raw)
        post, order = parse_body(body, content_type) if body else ({}, [])
        return cls(method, query_raw, get, post, order)

    def param(self, name: str) -> Value | None:
        """``if isset($_GET[x]) use it, elseif isset($_POST[x]) use it`` (L242-L761)."""
        if name in self.get:
            return self.get[name]
        return self.post.get(name)

    def merged(self) -> dict[str, Value]:
        merged = dict(self.post)
        merged.update(self.get)
        return merged
