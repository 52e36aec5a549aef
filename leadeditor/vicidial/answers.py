"""Turning the server's answers into the client's results and typed errors (PROTOCOL §1.8-§1.10, §2.14, §3).

Every decision is taken on the raw events; only what a result keeps is scrubbed of the password (`kept`),
since a short password could equal a lead ID or a list ID.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping

from leadeditor.vicidial import columns as col
from leadeditor.vicidial import lead_rows
from leadeditor.vicidial.errors import (
    AuthenticationFailed,
    InvalidSearch,
    LeadNotFound,
    ListNotAllowed,
    LockedOut,
    PermissionDenied,
    Reason,
    ServerFailure,
    UnexpectedResponse,
    UnknownOutcome,
    excerpt,
    redact,
)
from leadeditor.vicidial.models import (
    CustomSaid,
    FindResult,
    LeadRecord,
    Match,
    MatchMethod,
    Said,
    UpdateResult,
)
from leadeditor.vicidial.responses import Code, Event, decode_lenient, parse_body
from leadeditor.vicidial.transport import Reply
from leadeditor.vicidial.value_notes import NoteReason, ValueNote, ValueRefused

__all__ = ["GATEWAY", "Answers", "find_result", "record", "to_int"]

GATEWAY = (502, 503, 504)


def to_int(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.isascii() and text.isdigit() else None


class Answers:
    """Reads the answers of one API user's calls; ``secrets`` gives the password's shapes to redact."""

    def __init__(self, user: str, secrets: Callable[[], tuple[str, ...]]) -> None:
        self.user = user
        self.secrets = secrets

    def events(
        self, reply: Reply, function: str, *, write: bool = False, lead_id: int | None = None
    ) -> list[Event]:
        self.check_status(reply, function, write=write, lead_id=lead_id)
        return parse_body(reply.body)

    def check_status(
        self, reply: Reply, function: str, *, write: bool = False, lead_id: int | None = None
    ) -> None:
        if reply.status == 200:
            return
        text = excerpt(decode_lenient(reply.body), self.secrets())
        if 300 <= reply.status < 400:
            raise UnexpectedResponse(Reason.REDIRECT, excerpt=text, status=reply.status, function=function)
        if write and reply.status >= 500:
            raise UnknownOutcome(Reason.STATUS, lead_id=lead_id, status=reply.status, cause=Reason.HTTP)
        if reply.status == 404:
            raise ServerFailure(Reason.NO_API, status=404, excerpt=text, function=function)
        if reply.status in GATEWAY:
            raise ServerFailure(Reason.UNAVAILABLE, status=reply.status, excerpt=text, function=function)
        raise ServerFailure(Reason.HTTP, status=reply.status, excerpt=text, function=function)

    def unexpected(self, reply: Reply, function: str, field: str = "") -> UnexpectedResponse:
        return UnexpectedResponse(
            Reason.UNRECOGNISED,
            excerpt=excerpt(decode_lenient(reply.body), self.secrets()),
            status=reply.status,
            function=function,
            field=field,
        )

    def raise_common(self, events: list[Event], function: str) -> None:
        """Login, permission and server failures, whatever the function."""
        for event in events:
            code = event.code
            if code is Code.LOGIN_INCORRECT:
                two_factor = event.field(2) == Reason.TWO_FACTOR.value
                reason = Reason.TWO_FACTOR if two_factor else Reason.BAD_LOGIN
                raise AuthenticationFailed(reason, user=self.user)
            if code is Code.LOCKED_OUT:
                raise LockedOut(self.user)
            if code is Code.IP_BLOCKED:
                raise AuthenticationFailed(Reason.IP_BLOCKED, user=self.user)
            if code is Code.FUNCTION_NOT_ALLOWED:
                name = event.field(1) or function
                raise PermissionDenied(Reason.FUNCTION_NOT_ALLOWED, function=name, user=self.user)
            if code is Code.NO_PERMISSION:
                raise PermissionDenied(
                    Reason.NO_PERMISSION, function=event.function or function, user=self.user
                )
            if code is Code.USER_GROUP_MISSING:
                raise PermissionDenied(Reason.USER_GROUP_MISSING, function=function, user=self.user)
            if code is Code.INVALID_SOURCE:
                raise UnexpectedResponse(
                    Reason.SOURCE_REFUSED, excerpt=excerpt(event.line, self.secrets()), function=function
                )
            if code is Code.NO_FUNCTION:
                raise UnexpectedResponse(Reason.NO_SUCH_FUNCTION, function=function)
            if code is Code.DB_ERROR:
                raise ServerFailure(
                    Reason.DATABASE,
                    status=200,
                    excerpt=excerpt(event.line, self.secrets()),
                    function=function,
                )
            if code is Code.PHP_FATAL:
                raise ServerFailure(
                    Reason.PHP_FATAL,
                    status=200,
                    excerpt=excerpt(event.line, self.secrets()),
                    function=function,
                )

    def raise_search_errors(self, events: list[Event], match: Match) -> None:
        for event in events:
            if event.code is Code.LIST_NOT_ALLOWED:
                raise ListNotAllowed(Reason.LIST_NOT_SEARCHABLE, list_id=match.list_id)
            if event.code is Code.NO_VALID_SEARCH_METHOD:
                raise InvalidSearch(Reason.SERVER_NO_SEARCH_KEY)

    def raise_read_errors(self, events: list[Event], reply: Reply, lead_id: int | None) -> None:
        for event in events:
            if event.code is Code.LEAD_NOT_FOUND:
                raise LeadNotFound(Reason.NO_SUCH_LEAD, lead_id=lead_id)
            if event.code is Code.LIST_NOT_FOUND:
                # not in the user group's campaigns, or the list was deleted
                raise ListNotAllowed(Reason.LEAD_LIST_NOT_READABLE, lead_id=lead_id)
        raise self.unexpected(reply, "lead_all_info")

    def update_result(self, reply: Reply, lead_id: int) -> UpdateResult:
        events = self.events(reply, "update_lead", write=True, lead_id=lead_id)
        try:
            self.raise_common(events, "update_lead")
        except ServerFailure as failure:
            raise UnknownOutcome(Reason.UNREADABLE, lead_id=lead_id, cause=failure.reason) from None
        for event in events:
            if event.code is Code.NO_MATCHES:
                raise LeadNotFound(Reason.NOT_FOUND_FOR_UPDATE, lead_id=lead_id)
            if event.code is Code.LIST_NOT_ALLOWED:
                raise ListNotAllowed(
                    Reason.LEAD_LIST_NOT_WRITABLE, list_id=to_int(event.field(-1)), lead_id=lead_id
                )
            if event.code is Code.LIST_NOT_DEFINED:
                # the lead was not moved and nothing was changed
                raise ListNotAllowed(Reason.LIST_MISSING, list_id=to_int(event.field(-1)), lead_id=lead_id)
            if event.code is Code.NO_VALID_SEARCH_METHOD:
                raise InvalidSearch(Reason.LEAD_ID_REFUSED, lead_id=lead_id)
        return _summarise_update(lead_id, events, self.kept(events))

    def insert_result(self, reply: Reply, target: int) -> UpdateResult:
        events = self.events(reply, "update_lead", write=True)
        self.raise_common(events, "update_lead")
        for event in events:
            if event.code is Code.LEAD_ADDED:
                new_id = to_int(event.field(2)) or 0
                return UpdateResult(new_id, 1, new_id > 0, Said.ADDED, self.kept(events), list_id=target)
            if event.code is Code.LIST_NOT_ALLOWED:
                raise ListNotAllowed(Reason.LIST_NOT_INSERTABLE, list_id=target)
            if event.code is Code.INVALID_INSERT:
                raise ValueRefused(ValueNote(NoteReason.NEW_LEAD_REFUSED, col.PHONE_NUMBER))
        if any(e.code is Code.NO_MATCHES for e in events):
            return UpdateResult(0, None, False, Said.NOT_ADDED, self.kept(events), list_id=target)
        raise UnknownOutcome(Reason.UNREADABLE)

    def lead_all_info_rows(
        self, reply: Reply, lead_id: int | None
    ) -> tuple[list[Event], list[lead_rows.Row]]:
        """(the lines before the first record, the records) of a `lead_all_info` answer, or its failure."""
        if reply.status == 500 and not reply.body.strip():
            # PHP 8 dies logging lead data that holds an apostrophe or a backslash (observed.md: lead 13)
            raise ServerFailure(Reason.UNREADABLE_LEAD, status=500, function="lead_all_info", lead_id=lead_id)
        self.check_status(reply, "lead_all_info")
        prelude_bytes, rows = lead_rows.split_lead_all_info(reply.body)
        prelude = parse_body(prelude_bytes)
        self.raise_common(prelude, "lead_all_info")
        return prelude, rows

    def kept(self, events: list[Event]) -> tuple[Event, ...]:
        """The events a result keeps, with the password blanked wherever a line echoes it."""
        secrets = self.secrets()
        return tuple(_scrubbed(event, secrets) for event in events)


def _scrubbed(event: Event, secrets: tuple[str, ...]) -> Event:
    texts = (event.line, event.rest, event.message, *event.fields)
    if not any(secret in text for secret in secrets for text in texts):
        return event
    return dataclasses.replace(
        event,
        line=redact(event.line, secrets),
        rest=redact(event.rest, secrets),
        message=redact(event.message, secrets),
        fields=tuple(redact(f, secrets) for f in event.fields),
    )


def find_result(events: list[Event], method: MatchMethod) -> FindResult | None:
    """The lead of a `no_update=Y` NOTICE, or None when the answer holds none."""
    for event in events:
        if event.code is not Code.LEADS_FOUND:
            continue
        f = event.fields
        if len(f) < 6:
            return None
        lead_id, list_id, entry_list_id = to_int(f[1]), to_int(f[-2]), to_int(f[-1])
        if lead_id is None or list_id is None:
            return None
        return FindResult(
            lead_id=lead_id,
            vendor_lead_code="|".join(f[2:-3]),
            phone_number=f[-3],
            list_id=list_id,
            entry_list_id=entry_list_id or 0,
            method=method,
        )
    return None


def record(header: list[str], values: Mapping[str, str], fallback: tuple[str, ...]) -> LeadRecord:
    """A `LeadRecord` from one row's values: standard columns by name, everything else a custom field."""
    standard: dict[str, str] = {}
    custom: dict[str, str] = {}
    for column in header:
        value = values.get(column, "")
        if "!N" in value:
            value = value.replace("!N", "\n")
        (standard if column in col.STANDARD else custom)[column] = value
    return LeadRecord.from_mapping(standard, custom=custom, fallback_columns=fallback)


def _summarise_update(lead_id: int, events: list[Event], kept: tuple[Event, ...]) -> UpdateResult:
    affected: int | None = None
    custom_affected: int | None = None
    custom: CustomSaid | None = None
    known = False
    for event in events:
        if event.code in (Code.LEAD_UPDATED, Code.LEAD_DELETED) and to_int(event.field(1)) == lead_id:
            value = event.field(2).strip()
            affected = int(value) if re.fullmatch(r"-?\d+", value, re.ASCII) else None
            known = True
        elif event.code is Code.CUSTOM_FIELDS_UPDATED:
            custom_affected = to_int(event.field(-1))
            known = True
        elif event.code is Code.CUSTOM_FIELDS_NOT_ADDED:
            custom = CustomSaid.NOT_DEFINED
            known = True
        elif event.prefix in ("SUCCESS", "NOTICE"):
            known = True
    meaningful = [e for e in events if e.code not in (Code.PHP_MESSAGE, Code.DEBUG)]
    if not meaningful:
        return UpdateResult(lead_id, None, False, Said.NOTHING_TO_APPLY, kept)
    if not known:
        raise UnknownOutcome(Reason.UNREADABLE, lead_id=lead_id)
    if custom_affected is not None and custom is None:
        custom = CustomSaid.UPDATED if custom_affected > 0 else CustomSaid.ALREADY_SO
    deleted = any(e.code is Code.LEAD_DELETED for e in events)
    if deleted and affected is not None and affected > 0:
        said, applied = Said.DELETED, True
    elif deleted and affected == 0:
        said, applied = Said.ALREADY_GONE, False
    elif affected == 1:
        said, applied = Said.UPDATED, True
    elif affected == 0:
        said, applied = Said.ALREADY_SO, True
    elif affected is not None and affected < 0:
        said, applied = Said.UPDATE_FAILED, False
    elif custom_affected is not None:
        said, applied = Said.CUSTOM_ONLY, True
    else:
        said, applied = Said.NOTHING_REPORTED, False
    return UpdateResult(lead_id, affected, applied, said, kept, custom_affected, custom)
