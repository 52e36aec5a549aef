"""The VICIdial Non-Agent API layer (no Qt): client, typed results and errors, the field catalogue."""

from typing import TYPE_CHECKING, Any

from leadeditor.vicidial.errors import (
    AuthenticationFailed,
    ConnectionFailed,
    InvalidSearch,
    LeadNotFound,
    ListNotAllowed,
    LockedOut,
    PermissionDenied,
    Reason,
    ServerFailure,
    TimedOut,
    TlsError,
    UnexpectedResponse,
    UnknownOutcome,
    VicidialError,
)
from leadeditor.vicidial.fields import BLANK, Blank
from leadeditor.vicidial.models import (
    FindResult,
    LeadRecord,
    Match,
    MatchMethod,
    Scope,
    ServerVersion,
    UpdateResult,
)
from leadeditor.vicidial.responses import Code, Event, parse_body

if TYPE_CHECKING:
    from leadeditor.vicidial.client import VicidialClient


def __getattr__(name: str) -> Any:
    # The client pulls in `requests` (over 100 ms): load it only when it is first used, so that the window,
    # which needs the field catalogue to paint, appears before the network layer is imported.
    if name == "VicidialClient":
        from leadeditor.vicidial.client import VicidialClient

        return VicidialClient
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "BLANK",
    "AuthenticationFailed",
    "Blank",
    "Code",
    "ConnectionFailed",
    "Event",
    "FindResult",
    "InvalidSearch",
    "LeadNotFound",
    "LeadRecord",
    "ListNotAllowed",
    "LockedOut",
    "Match",
    "MatchMethod",
    "PermissionDenied",
    "Reason",
    "Scope",
    "ServerFailure",
    "ServerVersion",
    "TimedOut",
    "TlsError",
    "UnexpectedResponse",
    "UnknownOutcome",
    "UpdateResult",
    "VicidialClient",
    "VicidialError",
    "parse_body",
]
