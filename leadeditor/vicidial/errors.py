"""Typed errors of the VICIdial client, each with a plain-English message.

No message, argument or attribute ever holds the password: the server echoes it in its `Login incorrect` line
(PROTOCOL §1.8), so every excerpt of a body is redacted before it gets here (`redact`), and transport
errors from
`requests` are re-raised as these types without chaining (their `.request` carries the POST body).
"""

from __future__ import annotations

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


class VicidialError(Exception):
    """Anything the VICIdial client reports; ``str()`` is a sentence fit to show a user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"


class AuthenticationFailed(VicidialError):
    """The server refused the user name or password (or requires 2FA, or blocks this IP address).

    ``reason`` is the server's code: ``BAD``, ``2FA``, ``IPBLOCK``, or ``LOCAL`` when the client refused
    to send
    credentials that the API's filter would mangle. Never retried: ten failures lock the user out.
    """

    def __init__(self, message: str, *, user: str = "", reason: str = "BAD") -> None:
        super().__init__(message)
        self.user = user
        self.reason = reason


class LockedOut(AuthenticationFailed):
    """Too many failed logins: the server refuses this user for 15 minutes."""

    def __init__(self, user: str = "") -> None:
        super().__init__(
            f"User {user!r} is locked out after too many failed logins; try again in 15 minutes.",
            user=user,
            reason="LOCK",
        )


class PermissionDenied(VicidialError):
    """The user may not use ``function`` (API access, user level, modify_leads, view_reports or the group)."""

    def __init__(self, message: str, *, function: str, user: str = "") -> None:
        super().__init__(message)
        self.function = function
        self.user = user


class LeadNotFound(VicidialError):
    def __init__(self, message: str, *, lead_id: int | None = None) -> None:
        super().__init__(message)
        self.lead_id = lead_id


class InvalidSearch(VicidialError):
    """The search cannot be sent as asked (the server would ignore a key or silently widen the scope)."""


class ListNotAllowed(VicidialError):
    """The lead's list (or the list asked for) is not allowed for this user, or does not exist."""

    def __init__(self, message: str, *, list_id: int | None = None) -> None:
        super().__init__(message)
        self.list_id = list_id


class ServerFailure(VicidialError):
    """The server failed: an HTTP error status, a PHP fatal error or a database error.

    ``status`` is the HTTP status, ``excerpt`` a short redacted excerpt of the body. ``reason`` is one of:
    ``http`` (an error status), ``php_fatal`` (PHP error text in the body), ``database`` (VICIdial's
    database error lines), ``unreadable_lead`` (HTTP 500 with an empty body from ``lead_all_info``: on PHP 8
    the server cannot log a lead holding an apostrophe or a backslash and dies; read it field by field with
    ``VicidialClient.read_lead_fields``).
    """

    def __init__(
        self,
        message: str,
        *,
        status: int,
        excerpt: str = "",
        reason: str = "http",
        lead_id: int | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.excerpt = excerpt
        self.reason = reason
        self.lead_id = lead_id

    @property
    def unreadable_lead(self) -> bool:
        return self.reason == "unreadable_lead"


class UnexpectedResponse(VicidialError):
    """A body the client cannot classify (``excerpt`` is short and redacted)."""

    def __init__(self, message: str, *, excerpt: str = "", status: int = 200) -> None:
        super().__init__(message)
        self.excerpt = excerpt
        self.status = status


class ConnectionFailed(VicidialError):
    """The server could not be reached, or the connection broke. ``tls`` is True for certificate problems."""

    tls = False


class TlsError(ConnectionFailed):
    """The TLS handshake failed (often a self-signed or private CA): offer to choose a CA bundle file."""

    tls = True


class TimedOut(VicidialError):
    """The server did not answer in time. ``phase`` is ``connect`` or ``read``."""

    def __init__(self, message: str, *, phase: str = "read") -> None:
        super().__init__(message)
        self.phase = phase


class UnknownOutcome(VicidialError):
    """A write was sent but its result is unknown: it may or may not have been applied. Never retried.

    Read the lead back to find out. ``reason`` is ``timeout``, ``connection``, ``status`` or ``unreadable``.
    """

    def __init__(
        self,
        message: str,
        *,
        lead_id: int | None = None,
        reason: str = "connection",
        status: int | None = None,
    ) -> None:
        super().__init__(message)
        self.lead_id = lead_id
        self.reason = reason
        self.status = status
