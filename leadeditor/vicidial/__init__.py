"""The VICIdial Non-Agent API layer (no Qt): client, typed results and errors, the field catalogue.

Nothing is imported until it is asked for (`__getattr__` below): importing an error type or an enum from
here costs nothing, and the client (which pulls in `requests`, over 100 ms) loads only on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from leadeditor.lead_keys import MatchMethod, Scope
    from leadeditor.vicidial.client import VicidialClient
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
    from leadeditor.vicidial.models import FindResult, LeadRecord, Match, ServerVersion, UpdateResult
    from leadeditor.vicidial.responses import Code, Event, parse_body

# Public name -> the module that defines it.
_WHERE: dict[str, str] = {
    **dict.fromkeys(
        (
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
        ),
        "leadeditor.vicidial.errors",
    ),
    **dict.fromkeys(("BLANK", "Blank"), "leadeditor.vicidial.fields"),
    **dict.fromkeys(("MatchMethod", "Scope"), "leadeditor.lead_keys"),
    **dict.fromkeys(
        ("FindResult", "LeadRecord", "Match", "ServerVersion", "UpdateResult"), "leadeditor.vicidial.models"
    ),
    **dict.fromkeys(("Code", "Event", "parse_body"), "leadeditor.vicidial.responses"),
    "VicidialClient": "leadeditor.vicidial.client",
}


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where), name)
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_WHERE))


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
