"""Response bodies of `non_agent_api.php` into typed events (PROTOCOL §1.3, §2.14, §3).

Every body is a list of LF-terminated lines; each line becomes an `Event` classified by its prefix and message
text, never by position. Lines the parser does not know (data rows, PHP warnings, debug output, the stray
multi-alt-phone echo) are kept as events too. Nothing here raises except the typed errors of `errors.py`,
whatever bytes arrive; the password slot of a `Login incorrect` line is redacted at parse time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from leadeditor.vicidial.errors import REDACTED

__all__ = [
    "Code",
    "Event",
    "decode_lenient",
    "parse_body",
    "parse_line",
    "strip_php_messages",
]


class Code(Enum):
    """What a line means."""

    # update_lead
    LEAD_UPDATED = "lead_updated"
    LEAD_DELETED = "lead_deleted"
    LEAD_ADDED = "lead_added"
    LEADS_FOUND = "leads_found"
    NO_MATCHES = "no_matches"
    NO_VALID_SEARCH_METHOD = "no_valid_search_method"
    LIST_NOT_ALLOWED = "list_not_allowed"
    LIST_NOT_DEFINED = "list_not_defined"
    INVALID_INSERT = "invalid_insert"
    CUSTOM_FIELDS_UPDATED = "custom_fields_updated"
    CUSTOM_FIELDS_ADDED = "custom_fields_added"
    CUSTOM_FIELDS_NOT_ADDED = "custom_fields_not_added"
    CUSTOM_FIELDS_DELETED = "custom_fields_deleted"
    CALLBACK = "callback"
    HOPPER = "hopper"
    ALT_PHONES = "alt_phones"
    # read functions
    LEAD_NOT_FOUND = "lead_not_found"
    LIST_NOT_FOUND = "list_not_found"
    INVALID_SEARCH_PARAMETERS = "invalid_search_parameters"
    FIELD_NOT_FOUND = "field_not_found"
    VERSION = "version"
    # login and permissions
    LOGIN_INCORRECT = "login_incorrect"
    LOCKED_OUT = "locked_out"
    IP_BLOCKED = "ip_blocked"
    FUNCTION_NOT_ALLOWED = "function_not_allowed"
    NO_PERMISSION = "no_permission"
    USER_GROUP_MISSING = "user_group_missing"
    INVALID_SOURCE = "invalid_source"
    NO_FUNCTION = "no_function"
    # failures and noise
    DB_ERROR = "db_error"
    PHP_MESSAGE = "php_message"
    PHP_FATAL = "php_fatal"
    DEBUG = "debug"
    OTHER = "other"  # a SUCCESS/NOTICE/ERROR line with an unknown message
    RAW = "raw"  # anything else: data rows, unknown text


@dataclass(frozen=True)
class Event:
    """One line of a response.

    ``prefix`` is ``SUCCESS``, ``NOTICE``, ``ERROR`` or ``""``; ``function`` the API function named in
    the line
    (``update_lead``, ``auth``, ...); ``message`` the upper-case message text; ``fields`` the ``|``-separated
    values after it (a leading ``|`` dropped, empty values kept); ``rest`` the text after the message;
    ``line`` the whole line (password slot redacted).
    """

    code: Code
    prefix: str = ""
    function: str = ""
    message: str = ""
    fields: tuple[str, ...] = ()
    rest: str = ""
    line: str = ""

    @property
    def is_error(self) -> bool:
        return self.prefix == "ERROR" or self.code in (Code.PHP_FATAL, Code.DB_ERROR)

    def field(self, index: int, default: str = "") -> str:
        return self.fields[index] if -len(self.fields) <= index < len(self.fields) else default


def decode_lenient(data: bytes) -> str:
    """UTF-8 if it is valid, else cp1252 (bytes cp1252 leaves undefined read as Latin-1)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return "".join(_cp1252_byte(b) for b in data)


def _cp1252_byte(b: int) -> str:
    try:
        return bytes((b,)).decode("cp1252")
    except UnicodeDecodeError:
        return chr(b)


def _decode_lines(body: bytes | str) -> list[str]:
    if isinstance(body, str):
        return body.split("\n")
    # per line, so that one stray byte does not change how the other lines read
    return [decode_lenient(part) for part in body.split(b"\n")]


_PREFIX = re.compile(r"^(SUCCESS|NOTICE|ERROR):[ \t]?(.*)$", re.S)
# `|<user>|<pass>|<code>|`: only a code after a further `|` counts, so that a cut-off line (`|user|pass`)
# never hands the echoed password on as the code
_LOGIN = re.compile(r"^Login incorrect, please try again: \|(?P<who>[^|]*)\|(?P<rest>.*)$", re.S)
_LOGIN_CODES = frozenset({"BAD", "2FA"})
_LOCK = re.compile(
    r"^Too many login attempts, try again in 15 minutes: \|(?P<who>[^|]*)\|(?P<code>.*?)\|?$", re.S
)
_IPBLOCK = re.compile(r"^Your IP Address is not allowed: (?P<ip>.*?): \|", re.S)
_SOURCE = re.compile(r"^Invalid Source(?: - |: )(?P<rest>.*)$", re.S)
_DELETED = re.compile(
    r"^(?P<func>update_lead) (?P<msg>LEAD HAS BEEN DELETED) (?P<counts>[^ ]*) - (?P<rest>.*)$", re.S
)
_GENERIC = re.compile(
    r"^(?P<func>[A-Za-z][A-Za-z0-9_]*) (?P<msg>[A-Z][A-Z0-9 ,\-']*?)[ \t]*(?:(?: - |:)[ \t]?(?P<rest>.*))?$",
    re.S,
)
_ALT_PHONE_ECHO = re.compile(
    r"^(?P<echo>.+?)(?P<notice>NOTICE: update_lead MULTI-ALT-PHONE NUMBERS LOADED.*)$", re.S
)
_PHP_MESSAGE = re.compile(
    r"(<b>(?:Warning|Notice|Deprecated|Strict Standards)</b>:|^\s*(?:PHP )?(?:Warning|Notice|Deprecated|"
    r"Strict Standards):\s|^\s*<br\s*/?>\s*$|^\s*Stack trace:|^\s*#\d+ (?:\{main\}|/|\[internal))",
    re.I,
)
_PHP_FATAL = re.compile(
    r"(<b>(?:Fatal error|Parse error)</b>:|^\s*(?:PHP )?(?:Fatal error|Parse error):\s|Uncaught "
    r"(?:mysqli_sql_exception|TypeError|ArgumentCountError|Error|Exception))",
    re.I,
)

_MESSAGES: tuple[tuple[str, Code], ...] = (
    ("LEAD HAS BEEN UPDATED", Code.LEAD_UPDATED),
    ("LEAD HAS BEEN ADDED", Code.LEAD_ADDED),
    ("LEADS FOUND IN THE SYSTEM", Code.LEADS_FOUND),
    ("NO MATCHES FOUND IN THE SYSTEM", Code.NO_MATCHES),
    ("NO VALID SEARCH METHOD", Code.NO_VALID_SEARCH_METHOD),
    ("NOT AN ALLOWED LIST ID", Code.LIST_NOT_ALLOWED),
    ("NOT A DEFINED LIST ID", Code.LIST_NOT_DEFINED),
    ("INVALID DATA FOR LEAD INSERTION", Code.INVALID_INSERT),
    ("CUSTOM FIELDS VALUES UPDATED", Code.CUSTOM_FIELDS_UPDATED),
    ("CUSTOM FIELDS VALUES ADDED", Code.CUSTOM_FIELDS_ADDED),
    ("CUSTOM FIELDS NOT ADDED", Code.CUSTOM_FIELDS_NOT_ADDED),
    ("CUSTOM FIELDS DATA HAS BEEN DELETED", Code.CUSTOM_FIELDS_DELETED),
    ("CUSTOM FIELDS ENTRY DELETED", Code.CUSTOM_FIELDS_DELETED),
    ("SCHEDULED CALLBACK", Code.CALLBACK),
    ("MULTI-ALT-PHONE NUMBERS LOADED", Code.ALT_PHONES),
    ("USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION", Code.FUNCTION_NOT_ALLOWED),
    ("USER DOES NOT HAVE PERMISSION", Code.NO_PERMISSION),
    ("DOES NOT EXIST", Code.USER_GROUP_MISSING),
    ("LEAD NOT FOUND", Code.LEAD_NOT_FOUND),
    ("LIST FIELD NOT FOUND", Code.FIELD_NOT_FOUND),
    ("LEAD FIELD NOT FOUND", Code.FIELD_NOT_FOUND),
    ("LIST NOT FOUND", Code.LIST_NOT_FOUND),
    ("INVALID SEARCH PARAMETERS", Code.INVALID_SEARCH_PARAMETERS),
)


def _fields(rest: str) -> tuple[str, ...]:
    text = rest[1:] if rest.startswith("|") else rest
    return tuple(text.split("|")) if text else ()


def _message_code(msg: str) -> Code:
    for text, code in _MESSAGES:
        if msg.startswith(text):
            return code
    if "HOPPER" in msg:
        return Code.HOPPER
    return Code.OTHER


def _classify_prefixed(prefix: str, text: str, line: str) -> Event:
    login = _LOGIN.match(text)
    if prefix == "ERROR" and login:
        user, parts = login.group("who"), login.group("rest").split("|")
        code = parts[1].strip() if len(parts) > 1 else ""
        code = code if code in _LOGIN_CODES else ""
        safe = f"ERROR: Login incorrect, please try again: |{user}|{REDACTED}|{code}|"
        return Event(
            Code.LOGIN_INCORRECT,
            prefix,
            "auth",
            "Login incorrect",
            (user, REDACTED, code),
            f"|{user}|{REDACTED}|{code}|",
            safe,
        )
    lock = _LOCK.match(text)
    if prefix == "ERROR" and lock:
        return Event(
            Code.LOCKED_OUT,
            prefix,
            "auth",
            "Too many login attempts",
            (lock.group("who"), "LOCK"),
            text,
            line,
        )
    ipblock = _IPBLOCK.match(text)
    if prefix == "ERROR" and ipblock:
        return Event(
            Code.IP_BLOCKED, prefix, "auth", "IP address not allowed", (ipblock.group("ip"),), text, line
        )
    source = _SOURCE.match(text)
    if source:
        rest = source.group("rest")
        return Event(Code.INVALID_SOURCE, prefix, "", "Invalid Source", _fields(rest), rest, line)
    if text.startswith("NO FUNCTION SPECIFIED"):
        return Event(Code.NO_FUNCTION, prefix, "", "NO FUNCTION SPECIFIED", (), "", line)
    deleted = _DELETED.match(text)
    if deleted:
        rest = deleted.group("rest")
        return Event(
            Code.LEAD_DELETED, prefix, deleted.group("func"), deleted.group("msg"), _fields(rest), rest, line
        )
    generic = _GENERIC.match(text)
    if generic:
        msg = generic.group("msg").strip()
        rest = generic.group("rest") or ""
        return Event(_message_code(msg), prefix, generic.group("func"), msg, _fields(rest), rest, line)
    return Event(Code.OTHER, prefix, "", text.strip(), (), text, line)


def parse_line(line: str) -> list[Event]:
    """The events of one line (usually one; the stray multi-alt-phone echo shares a line with a NOTICE)."""
    line = line[:-1] if line.endswith("\r") else line
    prefixed = _PREFIX.match(line)
    if prefixed:
        return [_classify_prefixed(prefixed.group(1), prefixed.group(2), line)]
    if line.startswith("VERSION: "):
        rest = line[len("VERSION: ") :]
        return [Event(Code.VERSION, "", "version", "VERSION", tuple(rest.split("|")), rest, line)]
    if line.startswith("DEBUG"):
        return [Event(Code.DEBUG, line=line)]
    if line.startswith("Could not execute:") or line.startswith("MySQL connect ERROR:"):
        return [Event(Code.DB_ERROR, line=line, message=line.split(":", 1)[0])]
    if _PHP_FATAL.search(line):
        return [Event(Code.PHP_FATAL, line=line)]
    if _PHP_MESSAGE.search(line):
        return [Event(Code.PHP_MESSAGE, line=line)]
    echo = _ALT_PHONE_ECHO.match(line)
    if echo:
        return [Event(Code.RAW, line=echo.group("echo")), *parse_line(echo.group("notice"))]
    return [Event(Code.RAW, line=line)]


def parse_body(body: bytes | str) -> list[Event]:
    """Every non-empty line of a body as events, in order. Never raises."""
    events: list[Event] = []
    for line in _decode_lines(body):
        if line.strip() == "":
            continue
        events.extend(parse_line(line))
    return events


_PHP_BLOCK = re.compile(
    r"(?:<br\s*/?>\s*\n?)?<b>(?:Warning|Notice|Deprecated|Strict Standards|Fatal error)</b>:"
    r".*?(?:<br\s*/?>\s*\n?|$)"
    r"|(?m:^\s*(?:PHP )?(?:Warning|Notice|Deprecated|Strict Standards):\s.*?on line \d+\s*\n?)",
    re.I | re.S,
)


_PHP_HINT = re.compile(r"</b>:|Warning|Notice|Deprecated|Strict Standards")


def strip_php_messages(text: str) -> tuple[str, bool]:
    """``text`` without PHP warning/notice blocks (display_errors on); True when any was removed."""
    if not _PHP_HINT.search(text):  # the common case, and the regex below is slow on large bodies
        return text, False
    cleaned, count = _PHP_BLOCK.subn("", text)
    return cleaned, count > 0
