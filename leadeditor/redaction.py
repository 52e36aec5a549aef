"""One way to scrub passwords from text, shared by the client's errors, the change journal and the log.

What gets replaced: each given secret (longest first, so a secret containing another goes whole); the password
slot of the server's login echo (``Login incorrect, please try again: |user|PASS|BAD|``), also when the line
is cut off before the slot's closing ``|``; ``pass=`` / ``password=`` values in form or query strings; and the
password part of ``scheme://user:secret@host`` URLs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["redact"]

# the password slot, closed by `|` or cut off at the end of the line
_LOGIN_ECHO = re.compile(r"(please try again: \|[^|\n]*\|)[^|\n]*")
_PASS_PARAM = re.compile(r"(?i)(\b(?:pass|password)=)[^&\s|]*")
# the look-behind starts a scheme only at the start of a run of scheme characters: without it a long run of
# letters (a 64 KB comment) is rescanned from every position, and redaction took minutes
_URL_USERINFO = re.compile(r"(?i)(?<![a-z0-9+.-])([a-z][a-z0-9+.-]*://[^/\s:@]*:)[^/\s@]*(@)")


def redact(text: str, secrets: Iterable[str] = (), *, marker: str = "***") -> str:
    """``text`` with every password shape and every secret replaced by ``marker``."""
    text = _LOGIN_ECHO.sub(lambda m: m.group(1) + marker, text)
    text = _PASS_PARAM.sub(lambda m: m.group(1) + marker, text)
    text = _URL_USERINFO.sub(lambda m: m.group(1) + marker + m.group(2), text)
    for secret in sorted({s for s in secrets if s}, key=len, reverse=True):
        text = text.replace(secret, marker)
    return text
