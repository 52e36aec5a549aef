"""Typed errors of the VICIdial client: a machine reason (`Reason`) and its data, never a user's sentence.

The sentences a user reads are written in `leadeditor.ui.texts`; `ui.messages` picks them by the error's type
and reason. ``str()`` is a short developer description for logs (the reason and its data).

No message, argument or attribute ever holds the password: the server echoes it in its `Login incorrect` line
(PROTOCOL §1.8), so every excerpt of a body is redacted before it gets here (`redact`), and transport
errors from
`requests` are re-raised as these types without chaining (their `.request` carries the POST body).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

from leadeditor.redaction import redact as redact_text

__all__ = [
    "AuthenticationFailed",
    "ConnectionFailed",
    "InvalidSearch",
    "LeadNotFound",
    "ListNotAllowed",
    "LockedOut",
    "PermissionDenied",
    "Reason",
    "ServerFailure",
    "TimedOut",
    "TlsError",
    "UnexpectedResponse",
    "UnknownOutcome",
    "VicidialError",
    "excerpt",
    "redact",
]

REDACTED = "***"
_EXCERPT_LENGTH = 200


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with every secret and every password shape (the login echo, ``pass=``) replaced."""
    return redact_text(text, secrets, marker=REDACTED)


def excerpt(text: str, secrets: Iterable[str] = (), limit: int = _EXCERPT_LENGTH) -> str:
    """A short, single-line, redacted excerpt of a response body for messages and logs."""
    cleaned = redact(text, secrets)
    cleaned = " ".join(cleaned.split())
    if len(cleaned) > limit:
        cleaned = cleaned[: limit - 1] + "…"
    return cleaned


class Reason(enum.StrEnum):
    """Why an error was raised. Values are stable (logs and older callers compare them as text)."""

    # AuthenticationFailed / LockedOut: the server's own codes, plus LOCAL for credentials never sent
    BAD_LOGIN = "BAD"
    TWO_FACTOR = "2FA"
    IP_BLOCKED = "IPBLOCK"
    NOT_SENT = "LOCAL"  # the API's filter would mangle the user name or password: nothing was sent
    LOCKED_OUT = "LOCK"
    # PermissionDenied
    FUNCTION_NOT_ALLOWED = "function_not_allowed"  # the user's API function list leaves it out
    NO_PERMISSION = "no_permission"  # user level, modify_leads or view_reports too low
    USER_GROUP_MISSING = "user_group_missing"
    # LeadNotFound
    NO_SUCH_LEAD = "no_such_lead"
    NOT_FOUND_FOR_UPDATE = "not_found_for_update"  # update_lead: no lead, or not in an allowed list
    # ListNotAllowed
    LIST_NOT_SEARCHABLE = "list_not_searchable"
    LIST_NOT_INSERTABLE = "list_not_insertable"
    LEAD_LIST_NOT_READABLE = "lead_list_not_readable"
    LEAD_LIST_NOT_WRITABLE = "lead_list_not_writable"
    LIST_MISSING = "list_missing"  # a move to a list that does not exist
    # InvalidSearch
    NO_SEARCH_KEY = "no_search_key"  # nothing to search with for the chosen methods
    BAD_LEAD_ID = "bad_lead_id"
    BAD_VENDOR_CODE = "bad_vendor_code"
    PHONE_NOT_DIGITS = "phone_not_digits"
    PHONE_LENGTH = "phone_length"
    SCOPE_NEEDS_LIST = "scope_needs_list"  # a list or campaign search without a 3-digit list ID
    SERVER_NO_SEARCH_KEY = "server_no_search_key"  # the server found no usable key
    FIELD_REFUSED = "field_refused"  # lead_field_info refused the column
    LEAD_ID_REFUSED = "lead_id_refused"  # update_lead did not accept the lead ID
    INCOMPLETE_SEARCH = "incomplete_search"  # the search form's own problems (``problems``)
    # ServerFailure
    HTTP = "http"
    NO_API = "no_api"  # HTTP 404: no VICIdial API at this address
    UNAVAILABLE = "unavailable"  # a gateway status (502-504)
    PHP_FATAL = "php_fatal"
    DATABASE = "database"
    UNREADABLE_LEAD = "unreadable_lead"  # PHP 8 dies on a lead holding an apostrophe or backslash
    # UnexpectedResponse
    REDIRECT = "redirect"
    SOURCE_REFUSED = "source_refused"
    NO_SUCH_FUNCTION = "no_such_function"
    UNRECOGNISED = "unrecognised"
    # ConnectionFailed
    HOST_UNKNOWN = "host_unknown"
    REFUSED = "refused"
    UNREACHABLE = "unreachable"
    NO_CONNECTION = "no_connection"
    BROKEN = "broken"  # the connection broke before the answer arrived
    CUT_OFF = "cut_off"
    BAD_ADDRESS = "bad_address"
    REQUEST_FAILED = "request_failed"
    # TlsError
    CERTIFICATE = "certificate"
    CA_FILE_UNREADABLE = "ca_file_unreadable"
    # TimedOut
    CONNECT_TIMEOUT = "connect_timeout"
    READ_TIMEOUT = "read_timeout"
    OUT_OF_TIME = "out_of_time"  # the reads before a write used up that write's time budget
    # UnknownOutcome (a write was sent; its result is unknown)
    TIMEOUT = "timeout"
    CONNECTION = "connection"
    STATUS = "http_status"  # not "status", the name of a lead column
    UNREADABLE = "unreadable"


# developer notes for `str()` where the reason alone would hide what matters in a log
_NOTES = {
    Reason.UNREADABLE_LEAD: "PHP 8 cannot log a lead holding an apostrophe or backslash; read field by field",
    Reason.LOCKED_OUT: "the server refuses this user for 15 minutes after ten failed logins",
    Reason.CA_FILE_UNREADABLE: "the CA certificate file cannot be read",
    Reason.CERTIFICATE: "TLS handshake or certificate check failed; choose the server's CA certificate file",
}


class VicidialError(Exception):
    """Anything the VICIdial client reports: ``reason`` and the data of the subclass, all free of secrets."""

    note = ""  # what a developer reading the log should know about every error of this type

    def __init__(self, reason: Reason) -> None:
        self.reason = Reason(reason)  # also from its text value: copy and pickle rebuild from ``args``
        super().__init__(self.reason.value)

    def data(self) -> dict[str, object]:
        """The facts this error carries (everything but the reason), for messages and logs."""
        return {k: v for k, v in vars(self).items() if k != "reason" and not k.startswith("_")}

    def __str__(self) -> str:
        facts = ", ".join(f"{k}={_shown(v)}" for k, v in self.data().items() if v not in (None, "", ()))
        text = self.reason.value + (f" ({facts})" if facts else "")
        note = _NOTES.get(self.reason, self.note)
        return f"{text}: {note}" if note else text

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self})"


def _shown(value: object) -> str:
    return repr(value.value) if isinstance(value, enum.Enum) else repr(value)


class AuthenticationFailed(VicidialError):
    """The server refused the user name or password (or requires 2FA, or blocks this IP address).

    ``reason`` is the server's code (`Reason.BAD_LOGIN`, `TWO_FACTOR`, `IP_BLOCKED`) or `NOT_SENT` when the
    client refused to send credentials the API's filter would mangle (``field`` is then ``user`` or
    ``pass``). Never retried: ten failures lock the user out.
    """

    def __init__(self, reason: Reason = Reason.BAD_LOGIN, *, user: str = "", field: str = "") -> None:
        super().__init__(reason)
        self.user = user
        self.field = field


class LockedOut(AuthenticationFailed):
    """Too many failed logins: the server refuses this user for 15 minutes."""

    def __init__(self, user: str = "") -> None:
        super().__init__(Reason.LOCKED_OUT, user=user)


class PermissionDenied(VicidialError):
    """The user may not use ``function`` (API access, user level, modify_leads, view_reports or the group)."""

    def __init__(self, reason: Reason, *, function: str, user: str = "") -> None:
        super().__init__(reason)
        self.function = function
        self.user = user


class LeadNotFound(VicidialError):
    def __init__(self, reason: Reason = Reason.NO_SUCH_LEAD, *, lead_id: int | None = None) -> None:
        super().__init__(reason)
        self.lead_id = lead_id


class InvalidSearch(VicidialError):
    """The search cannot be sent as asked (the server would ignore a key or silently widen the scope).

    ``field`` names the column concerned, ``longest`` the most digits a phone may have, ``scope`` the scope
    that needs a list, ``lead_id`` the lead concerned, ``problems`` the search form's own findings.
    """

    def __init__(
        self,
        reason: Reason,
        *,
        field: str = "",
        longest: int | None = None,
        scope: str = "",
        lead_id: int | None = None,
        problems: tuple[object, ...] = (),  # `editing.search.SearchIssue`s (this layer cannot name them)
    ) -> None:
        super().__init__(reason)
        self.field = field
        self.longest = longest
        self.scope = scope
        self.lead_id = lead_id
        self.problems = problems


class ListNotAllowed(VicidialError):
    """The lead's list (or the list asked for) is not allowed for this user, or does not exist."""

    def __init__(self, reason: Reason, *, list_id: int | None = None, lead_id: int | None = None) -> None:
        super().__init__(reason)
        self.list_id = list_id
        self.lead_id = lead_id


class ServerFailure(VicidialError):
    """The server failed: an HTTP error status, a PHP fatal error or a database error.

    ``status`` is the HTTP status, ``excerpt`` a short redacted excerpt of the body (the server's own text),
    ``function`` the API function that failed, ``field`` the column being read. `Reason.UNREADABLE_LEAD` is
    HTTP 500 with an empty body from ``lead_all_info``: on PHP 8 the server cannot log a lead holding an
    apostrophe or a backslash and dies; read it field by field with ``VicidialClient.read_lead_fields``.
    """

    def __init__(
        self,
        reason: Reason = Reason.HTTP,
        *,
        status: int,
        excerpt: str = "",
        function: str = "",
        lead_id: int | None = None,
        field: str = "",
    ) -> None:
        super().__init__(reason)
        self.status = status
        self.excerpt = excerpt
        self.function = function
        self.lead_id = lead_id
        self.field = field

    @property
    def unreadable_lead(self) -> bool:
        return self.reason is Reason.UNREADABLE_LEAD


class UnexpectedResponse(VicidialError):
    """A body the client cannot classify (``excerpt`` is short and redacted)."""

    def __init__(
        self,
        reason: Reason = Reason.UNRECOGNISED,
        *,
        excerpt: str = "",
        status: int = 200,
        function: str = "",
        field: str = "",
    ) -> None:
        super().__init__(reason)
        self.excerpt = excerpt
        self.status = status
        self.function = function
        self.field = field


class ConnectionFailed(VicidialError):
    """The server could not be reached, or the connection broke. ``host`` is the server's address;
    ``tls`` is True for certificate problems."""

    tls = False

    def __init__(self, reason: Reason, *, host: str = "") -> None:
        super().__init__(reason)
        self.host = host


class TlsError(ConnectionFailed):
    """The TLS handshake failed (often a self-signed or private CA): offer to choose a CA bundle file.

    ``detail`` is the TLS library's own reason (redacted), e.g. ``certificate verify failed: ...``.
    """

    tls = True

    def __init__(self, reason: Reason = Reason.CERTIFICATE, *, host: str = "", detail: str = "") -> None:
        super().__init__(reason, host=host)
        self.detail = detail


class TimedOut(VicidialError):
    """The server did not answer in time. ``phase`` is ``connect`` or ``read``."""

    def __init__(self, reason: Reason = Reason.READ_TIMEOUT, *, host: str = "", budget: float = 0) -> None:
        super().__init__(reason)
        self.host = host
        self.phase = "connect" if reason is Reason.CONNECT_TIMEOUT else "read"
        self.budget = budget  # OUT_OF_TIME: the seconds the budget allowed


class UnknownOutcome(VicidialError):
    """A write was sent but its result is unknown: it may or may not have been applied. Never retried.

    Read the lead back to find out. ``reason`` is `TIMEOUT`, `CONNECTION`, `STATUS` or `UNREADABLE`;
    ``cause`` the reason of the failure behind it (a PHP fatal error, a broken connection...), ``host`` the
    server, ``lead_id`` the lead (None for a new lead).
    """

    note = "the write may or may not have been applied; read the lead back, never re-send it"

    def __init__(
        self,
        reason: Reason = Reason.CONNECTION,
        *,
        lead_id: int | None = None,
        status: int | None = None,
        host: str = "",
        cause: Reason | None = None,
    ) -> None:
        super().__init__(reason)
        self.lead_id = lead_id
        self.status = status
        self.host = host
        self.cause = cause
