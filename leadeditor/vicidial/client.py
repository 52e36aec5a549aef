"""`VicidialClient`: every lead call of the Non-Agent API, with typed results and errors (PROTOCOL.md).

Qt-free and blocking; the UI runs it in a worker thread. Each call is one form-encoded POST
(``transport.py``).
Reads may be retried once after a connection failure or a timeout; writes never are, and a write whose answer
was lost raises `UnknownOutcome`. Nothing is retried after the server refused the login (ten failures lock the
user out for 15 minutes).
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable, Iterable, Mapping
from functools import partial
from urllib.parse import quote_plus

from leadeditor.logs import register_secret
from leadeditor.vicidial import lead_rows
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
    excerpt,
    redact,
)
from leadeditor.vicidial.fields import BLANK_TOKEN, FIELDS, Blank, custom_to_wire, refusal, to_wire
from leadeditor.vicidial.filters import param_filter
from leadeditor.vicidial.models import (
    LEAD_ALL_INFO_COLUMNS,
    FindResult,
    LeadRecord,
    Match,
    MatchMethod,
    Scope,
    ServerVersion,
    UpdateResult,
)
from leadeditor.vicidial.responses import Code, Event, decode_lenient, parse_body, strip_php_messages
from leadeditor.vicidial.transport import Reply, Transport, endpoint_url
from leadeditor.vicidial.versioninfo import parse_version

__all__ = ["VicidialClient"]

log = logging.getLogger("leadeditor.vicidial")

_EDITABLE = {f.column: f for f in FIELDS}
_SOURCE = re.compile(r"[A-Za-z0-9]{2,20}")
_LABEL = re.compile(r"[A-Za-z0-9_]{1,50}")
_PHONE_SEPARATORS = re.compile(r"[\s\-().]")
# Names the API reads as parameters of update_lead: a custom field label equal to one of them would be read as
# that parameter (think `delete_lead`), so such labels are refused.
_API_PARAMETERS = frozenset(
    {
        "user",
        "pass",
        "function",
        "source",
        "format",
        "DB",
        "lead_id",
        "vendor_lead_code",
        "phone_number",
        "search_method",
        "search_location",
        "list_id",
        "records",
        "no_update",
        "update_phone_number",
        "reset_lead",
        "force_entry_list_id",
        "custom_fields",
        "delete_lead",
        "delete_cf_data",
        "callback",
        "callback_status",
        "callback_datetime",
        "callback_type",
        "callback_user",
        "callback_comments",
        "campaign_id",
        "insert_if_not_found",
        "phone_code",
        "multi_alt_phones",
        "tz_method",
        "add_to_hopper",
        "remove_from_hopper",
        "hopper_priority",
        "hopper_local_call_time_check",
        "list_exists_check",
        "archived_lead",
        "user_field",
        "list_id_field",
        "entry_list_id",
        "stage",
        "header",
        "field_name",
        "lead_ids",
        "called_since_last_reset",
        "entry_date",
        "modify_date",
        "last_local_call_time",
    }
) | frozenset(LEAD_ALL_INFO_COLUMNS)
_GATEWAY = (502, 503, 504)
_STANDARD_COLUMNS = frozenset(LEAD_ALL_INFO_COLUMNS)
_QUERY_LIKE = re.compile(r"[&?][A-Za-z0-9_]+=")
# PHP's fatal error text, HTML or plain: "Fatal error: Uncaught ... in /path/x.php:123" / "... on line 123"
_PHP_FATAL_TEXT = re.compile(r"(?:PHP )?(?:Fatal|Parse) error(?:</b>)?:.*?\.php\b", re.S)


class _Secret:
    """Holds the password; its repr and str never show it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "<hidden>"

    __str__ = __repr__


class VicidialClient:
    """A client for one VICIdial server and API user.

    ``url`` may be the server root, its ``/vicidial/`` folder or the full ``non_agent_api.php`` address.
    ``verify`` is True, False or the path of a CA bundle. ``timeout`` is (connect, read) seconds.
    """

    def __init__(
        self,
        url: str,
        user: str,
        password: str,
        *,
        source: str = "leadeditor",
        timeout: float | tuple[float, float] = (5, 30),
        verify: bool | str = True,
    ) -> None:
        if not _SOURCE.fullmatch(source):
            raise ValueError("source must be 2 to 20 letters or digits (the server strips anything else).")
        self.url = endpoint_url(url)
        self.user = user
        self.source = source
        self.timeout = timeout
        self.verify = verify
        self._password = _Secret(password)
        register_secret(password)  # the app's log scrubs it from every record, whoever logs what
        self._transport = Transport(self.url, timeout=timeout, verify=verify, secrets=self._secrets)

    def __repr__(self) -> str:
        return f"VicidialClient(url={self.url!r}, user={self.user!r}, source={self.source!r})"

    def close(self) -> None:
        self._transport.close()

    def __enter__(self) -> VicidialClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----------------------------------------------------------------------------------------------- calls

    def version(self) -> ServerVersion:
        """The server's version, build and clock. Needs no login."""
        reply = self._read(
            lambda: self._transport.post([("function", "version")], function="version", write=False)
        )
        events = self._events(reply, "version")
        for event in events:
            if event.code is Code.VERSION:
                return parse_version(event)
        self._raise_common(events, "version")
        raise self._unexpected(reply, "version")

    def check_access(self) -> None:
        """Prove the login and the `update_lead` permission without touching any lead (PROTOCOL §3.4)."""
        reply = self._read(lambda: self._call("update_lead", []))
        events = self._events(reply, "update_lead")
        self._raise_common(events, "update_lead")
        if any(e.code is Code.NO_VALID_SEARCH_METHOD for e in events):
            return
        raise self._unexpected(reply, "update_lead")

    def find(self, match: Match) -> FindResult | None:
        """The lead `update_lead` itself would update for this match (``no_update=Y``), or None.

        The methods are tried one request at a time in the API's priority order, so each request carries only
        its own key (PROTOCOL §5.11: a `lead_id` sent along a phone search is echoed instead of the match).
        """
        plan = self._search_plan(match)
        for method, key, value in plan:
            params = [
                ("search_method", method.value),
                (key, value),
                *self._scope_params(match),
                ("no_update", "Y"),
            ]
            reply = self._read(partial(self._call, "update_lead", params))
            events = self._events(reply, "update_lead")
            self._raise_common(events, "update_lead")
            found = _find_result(events, method, value)
            if found is not None:
                return found
            if any(e.code is Code.NO_MATCHES for e in events):
                continue
            self._raise_search_errors(events, match)
            raise self._unexpected(reply, "update_lead")
        return None

    def search(self, match: Match) -> list[int]:
        """Every lead ID matching the match's keys in its scope, newest (highest lead ID) first.

        Phone numbers and vendor codes go through `lead_search`; a lead ID is confirmed with `find`. A vendor
        code holding a comma cannot be searched that way (the server splits it): the lead `find` reports is
        returned instead.
        """
        found: set[int] = set()
        for method, key, value in self._search_plan(match):
            if method is MatchMethod.LEAD_ID or (key == "vendor_lead_code" and "," in value):
                single = Match(
                    lead_id=match.lead_id,
                    vendor_lead_code=match.vendor_lead_code,
                    methods={method},
                    scope=match.scope,
                    list_id=match.list_id,
                )
                hit = self.find(single)
                if hit is not None:
                    found.add(hit.lead_id)
                continue
            params = [("search_method", method.value), (key, value), *self._scope_params(match)]
            reply = self._read(partial(self._call, "lead_search", params))
            events = self._events(reply, "lead_search")
            self._raise_common(events, "lead_search")
            if any(e.code is Code.NO_MATCHES for e in events):
                continue
            self._raise_search_errors(events, match)
            rows = lead_rows.parse_lead_search(events)
            if rows is None:
                raise self._unexpected(reply, "lead_search")
            found.update(rows)
        return sorted(found, reverse=True)

    def read_lead(self, lead_id: int, *, custom_fields: bool = False, fallback: bool = False) -> LeadRecord:
        """One lead with `lead_all_info` (custom fields only when the lead records a custom table).

        Raises `ServerFailure` with ``reason == "unreadable_lead"`` when the server dies on this lead
        (PHP 8 and an apostrophe or backslash in it); `read_lead_fields` still reads such a lead, and
        ``fallback=True`` does so here (32 requests; custom fields are then not read, their labels being
        unknown). When only the custom part fails (HTTP 500), the record comes back without custom fields.
        """
        lead_id = _check_lead_id(lead_id)
        try:
            record = self._lead_all_info(lead_id, custom=False)
        except ServerFailure as failure:
            if not (fallback and failure.unreadable_lead):
                raise
            log.info("lead %s is unreadable in one piece; reading it field by field", lead_id)
            values = self.read_lead_fields(lead_id)
            return LeadRecord.from_mapping(values, fallback_columns=LEAD_ALL_INFO_COLUMNS)
        if custom_fields and record.entry_list > 0:
            # asked only now: custom_fields=Y on a lead without a custom table crashes PHP 8 (PROTOCOL §3.1)
            try:
                record = self._lead_all_info(lead_id, custom=True)
            except ServerFailure as failure:
                if failure.status != 500:
                    raise
                # no fields defined for that list, or a custom value PHP 8 cannot log: the standard columns
                # already read stay valid; the custom ones are left out
                log.warning("lead %s: custom fields could not be read (HTTP 500)", lead_id)
        return record

    def read_leads_by_phone(self, phone: str, *, fallback: bool = False) -> list[LeadRecord]:
        """Every lead with this phone number (`lead_all_info`, newest lead ID first, at most 1,000).

        On PHP 8 one lead holding an apostrophe makes the whole answer fail (`ServerFailure`, ``reason ==
        "unreadable_lead"``); with ``fallback=True`` the leads are then listed with `lead_search` and read one
        by one (`read_lead` with its own fallback).
        """
        digits = _phone(phone, longest=19)
        params = [("phone_number", digits), ("stage", "pipe"), ("header", "YES")]
        reply = self._read(lambda: self._call("lead_all_info", params))
        try:
            prelude, rows = self._lead_rows(reply, None)
        except ServerFailure as failure:
            if not (fallback and failure.unreadable_lead):
                raise
            ids = self.search(Match(phone_number=digits, methods={MatchMethod.PHONE_NUMBER}))
            return [self.read_lead(lead_id, fallback=True) for lead_id in ids]
        if not rows:
            if any(e.code is Code.LEAD_NOT_FOUND for e in prelude):
                return []
            self._raise_read_errors(prelude, reply, None)
        return [self._record_from_row(row, None) for row in rows]

    def read_lead_fields(self, lead_id: int, columns: Iterable[str] | None = None) -> dict[str, str]:
        """Columns (or custom field labels) of one lead, one `lead_field_info` call each.

        The fallback for leads `read_lead` cannot read. Values are raw (``!N`` turned into newlines); a custom
        label the lead has no row for reads as "".
        """
        lead_id = _check_lead_id(lead_id)
        wanted = list(LEAD_ALL_INFO_COLUMNS if columns is None else columns)
        return {name: self._field_value(lead_id, name).replace("!N", "\n") for name in wanted}

    def update(
        self,
        lead_id: int,
        changes: Mapping[str, str | Blank],
        *,
        update_phone_number: bool = False,
        custom_fields: bool = False,
    ) -> UpdateResult:
        """Write ``changes`` (column or custom label → value or BLANK) to one lead, by lead ID. Never retried.

        Raises ValueError before sending anything the server cannot apply as asked.
        """
        lead_id = _check_lead_id(lead_id)
        pairs = [
            ("lead_id", str(lead_id)),
            ("search_method", "LEAD_ID"),
            *_change_params(changes, update_phone_number, custom_fields),
        ]
        if not changes:
            raise ValueError("Nothing to change.")
        reply = self._call("update_lead", pairs, write=True, lead_id=lead_id)
        return self._update_result(reply, lead_id)

    def reset_lead(self, lead_id: int) -> UpdateResult:
        """Make a lead dialable again (``called_since_last_reset='N'``, `reset_lead=Y`). Never retried."""
        lead_id = _check_lead_id(lead_id)
        pairs = [("lead_id", str(lead_id)), ("search_method", "LEAD_ID"), ("reset_lead", "Y")]
        reply = self._call("update_lead", pairs, write=True, lead_id=lead_id)
        return self._update_result(reply, lead_id)

    def delete_lead(self, lead_id: int, *, custom_fields: bool = False) -> UpdateResult:
        """Delete a lead (`delete_lead=Y`; its callbacks are archived). There is no undo. Never retried.

        ``custom_fields=True`` also deletes its custom-field row, which the server otherwise leaves behind.
        """
        lead_id = _check_lead_id(lead_id)
        pairs = [("lead_id", str(lead_id)), ("search_method", "LEAD_ID"), ("delete_lead", "Y")]
        if custom_fields:
            pairs.append(("custom_fields", "Y"))
        reply = self._call("update_lead", pairs, write=True, lead_id=lead_id)
        return self._update_result(reply, lead_id)

    def insert_lead(
        self, phone_code: str, phone_number: str, list_id: int, values: Mapping[str, str] | None = None
    ) -> UpdateResult:
        """Add a new lead (`insert_if_not_found=Y`); ``UpdateResult.lead_id`` is the new lead's ID.

        Sent with ``records=0`` so that the search can never match: an existing lead with this phone number
        is never updated instead (PROTOCOL §2.3, §2.10). Values go through the same checks as `update`,
        except that BLANK and ``--BLANK--`` are refused (an insert stores them literally). Never retried.
        """
        code = str(phone_code).strip()
        digits = _PHONE_SEPARATORS.sub("", str(phone_number))
        if not code.isdigit() or not code.isascii():
            raise ValueError("A new lead needs a phone code of digits.")
        if not (digits.isdigit() and digits.isascii() and 6 <= len(digits) <= 18):
            raise ValueError("A new lead needs a phone number of 6 to 18 digits.")
        target = _check_lead_id(list_id)
        if target < 100:
            raise ValueError("A new lead needs a list ID of at least 100.")
        extra = dict(values or {})
        for name in ("phone_number", "phone_code", "list_id", "user", "called_count"):
            if name in extra:
                raise ValueError(f"{name} cannot be given among the values of a new lead.")
        if any(isinstance(v, Blank) or v == BLANK_TOKEN for v in extra.values()):
            raise ValueError("--BLANK-- would be stored literally on a new lead; leave the field out.")
        changes = {k: v for k, v in extra.items() if v != ""}
        pairs = [
            ("search_method", "PHONE_NUMBER"),
            ("records", "0"),
            ("insert_if_not_found", "Y"),
            ("phone_number", digits),
            ("phone_code", code),
            ("list_id", str(target)),
            *_change_params(changes, False, False),
        ]
        reply = self._call("update_lead", pairs, write=True, lead_id=None)
        events = self._events(reply, "update_lead", write=True)
        self._raise_common(events, "update_lead")
        for event in events:
            if event.code is Code.LEAD_ADDED:
                new_id = _int(event.field(2)) or 0
                return UpdateResult(
                    new_id, 1, new_id > 0, f"Lead {new_id} added to list {target}.",
                    _kept(events, self._secrets()),
                )
            if event.code is Code.LIST_NOT_ALLOWED:
                raise ListNotAllowed(Reason.LIST_NOT_INSERTABLE, list_id=target)
            if event.code is Code.INVALID_INSERT:
                raise ValueError("The server refused the new lead's phone number, phone code or list.")
        if any(e.code is Code.NO_MATCHES for e in events):
            return UpdateResult(
                0, None, False, "The server did not add the lead (its INSERT failed).",
                _kept(events, self._secrets()),
            )
        raise UnknownOutcome(Reason.UNREADABLE)

    # ------------------------------------------------------------------------------------------- plumbing

    def _secrets(self) -> tuple[str, ...]:
        password = self._password.reveal()
        filtered = "".join(ch for ch in password if _credential_char(ch))
        return tuple(s for s in {password, filtered, quote_plus(password)} if s)

    def _check_credentials(self) -> None:
        for what, value in (("user", self.user), ("pass", self._password.reveal())):
            if not value or not all(_credential_char(ch) for ch in value):
                raise AuthenticationFailed(Reason.NOT_SENT, user=self.user, field=what)

    def _call(
        self, function: str, params: list[tuple[str, str]], *, write: bool = False, lead_id: int | None = None
    ) -> Reply:
        self._check_credentials()
        # `pass` second, never last; `source` last: the server logs the raw value of the LAST POST field with
        # an unescaped INSERT, so a lead value there (an apostrophe) would make PHP 8 fail after the write
        # (PROTOCOL §1.11), and the password there would be stored in its API log
        pairs = [
            ("user", self.user),
            ("pass", self._password.reveal()),
            ("function", function),
            *params,
            ("source", self.source),
        ]
        return self._transport.post(pairs, function=function, write=write, lead_id=lead_id)

    def _read(self, send: Callable[[], Reply]) -> Reply:
        """Run a read, once more after a connection failure, a timeout or a gateway error (502-504). Login
        errors are never retried: they come back as a normal answer and are raised by the callers."""
        try:
            reply = send()
            if reply.status not in _GATEWAY:
                return reply
            log.info("retrying a read once after HTTP %d", reply.status)
        except TlsError:
            raise
        except (ConnectionFailed, TimedOut) as first:
            log.info("retrying a read once after: %s", type(first).__name__)
        return send()

    def _events(
        self, reply: Reply, function: str, *, write: bool = False, lead_id: int | None = None
    ) -> list[Event]:
        self._check_status(reply, function, write=write, lead_id=lead_id)
        return parse_body(reply.body)

    def _check_status(
        self, reply: Reply, function: str, *, write: bool = False, lead_id: int | None = None
    ) -> None:
        if reply.status == 200:
            return
        text = excerpt(decode_lenient(reply.body), self._secrets())
        if 300 <= reply.status < 400:
            raise UnexpectedResponse(
                Reason.REDIRECT, excerpt=text, status=reply.status, function=function
            )
        if write and reply.status >= 500:
            raise UnknownOutcome(Reason.STATUS, lead_id=lead_id, status=reply.status, cause=Reason.HTTP)
        if reply.status == 404:
            raise ServerFailure(Reason.NO_API, status=404, excerpt=text, function=function)
        if reply.status in _GATEWAY:
            raise ServerFailure(Reason.UNAVAILABLE, status=reply.status, excerpt=text, function=function)
        raise ServerFailure(Reason.HTTP, status=reply.status, excerpt=text, function=function)

    def _unexpected(self, reply: Reply, function: str, field: str = "") -> UnexpectedResponse:
        return UnexpectedResponse(
            Reason.UNRECOGNISED,
            excerpt=excerpt(decode_lenient(reply.body), self._secrets()),
            status=reply.status,
            function=function,
            field=field,
        )

    def _raise_common(self, events: list[Event], function: str) -> None:
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
                    Reason.SOURCE_REFUSED, excerpt=excerpt(event.line, self._secrets()), function=function
                )
            if code is Code.NO_FUNCTION:
                raise UnexpectedResponse(Reason.NO_SUCH_FUNCTION, function=function)
            if code is Code.DB_ERROR:
                raise ServerFailure(
                    Reason.DATABASE,
                    status=200,
                    excerpt=excerpt(event.line, self._secrets()),
                    function=function,
                )
            if code is Code.PHP_FATAL:
                raise ServerFailure(
                    Reason.PHP_FATAL,
                    status=200,
                    excerpt=excerpt(event.line, self._secrets()),
                    function=function,
                )

    def _raise_search_errors(self, events: list[Event], match: Match) -> None:
        for event in events:
            if event.code is Code.LIST_NOT_ALLOWED:
                raise ListNotAllowed(Reason.LIST_NOT_SEARCHABLE, list_id=match.list_id)
            if event.code is Code.NO_VALID_SEARCH_METHOD:
                raise InvalidSearch(Reason.SERVER_NO_SEARCH_KEY)

    # ------------------------------------------------------------------------------------------ searching

    def _search_plan(self, match: Match) -> list[tuple[MatchMethod, str, str]]:
        """(method, parameter, value) per chosen method, in priority order; InvalidSearch before sending."""
        _scope_check(match)
        plan: list[tuple[MatchMethod, str, str]] = []
        for method in match.ordered_methods:
            if method is MatchMethod.LEAD_ID and match.lead_id is not None:
                plan.append((method, "lead_id", str(_check_lead_id(match.lead_id, search=True))))
            elif method is MatchMethod.VENDOR_LEAD_CODE and match.vendor_lead_code:
                code = match.vendor_lead_code
                if any(ch in code for ch in ';#"') or code.strip() == "":
                    # the server strips them, so no stored code has them
                    raise InvalidSearch(Reason.BAD_VENDOR_CODE, field="vendor_lead_code")
                plan.append((method, "vendor_lead_code", code))
            elif method is MatchMethod.PHONE_NUMBER and match.phone_number:
                plan.append((method, "phone_number", _phone(match.phone_number, longest=18)))
        if not plan:
            raise InvalidSearch(Reason.NO_SEARCH_KEY)
        return plan

    @staticmethod
    def _scope_params(match: Match) -> list[tuple[str, str]]:
        if match.scope is Scope.SYSTEM:
            return []
        return [("search_location", match.scope.value), ("list_id", str(match.list_id))]

    # ------------------------------------------------------------------------------------------- reading

    def _lead_all_info(self, lead_id: int, *, custom: bool) -> LeadRecord:
        params = [("lead_id", str(lead_id)), ("stage", "pipe"), ("header", "YES")]
        if custom:
            params.append(("custom_fields", "Y"))
        reply = self._read(lambda: self._call("lead_all_info", params))
        prelude, rows = self._lead_rows(reply, lead_id)
        if not rows:
            self._raise_read_errors(prelude, reply, lead_id)
        row = next((r for r in rows if r.lead_id_text() == str(lead_id)), rows[0])
        return self._record_from_row(row, lead_id)

    def _lead_rows(self, reply: Reply, lead_id: int | None) -> tuple[list[Event], list[lead_rows.Row]]:
        if reply.status == 500 and not reply.body.strip():
            # PHP 8 dies logging lead data that holds an apostrophe or a backslash (observed.md: lead 13)
            raise ServerFailure(
                Reason.UNREADABLE_LEAD, status=500, function="lead_all_info", lead_id=lead_id
            )
        self._check_status(reply, "lead_all_info")
        prelude_bytes, rows = lead_rows.split_lead_all_info(reply.body)
        prelude = parse_body(prelude_bytes)
        self._raise_common(prelude, "lead_all_info")
        return prelude, rows

    def _raise_read_errors(self, events: list[Event], reply: Reply, lead_id: int | None) -> None:
        for event in events:
            if event.code is Code.LEAD_NOT_FOUND:
                raise LeadNotFound(Reason.NO_SUCH_LEAD, lead_id=lead_id)
            if event.code is Code.LIST_NOT_FOUND:
                # not in the user group's campaigns, or the list was deleted
                raise ListNotAllowed(Reason.LEAD_LIST_NOT_READABLE, lead_id=lead_id)
        raise self._unexpected(reply, "lead_all_info")

    def _record_from_row(self, row: lead_rows.Row, lead_id: int | None) -> LeadRecord:
        values = row.values()
        if values is not None:
            return _record(row.header, values, ())
        # a `|` inside a free-text value shifted the fields: read those one by one, then place the rest
        target = lead_id if lead_id is not None else int(row.lead_id_text() or 0)
        free = [c for c in row.header if c in lead_rows.FREE_TEXT or c not in LEAD_ALL_INFO_COLUMNS]
        known = {c: self._field_value(target, c) for c in free}
        placed = row.values_with(known)
        if placed is None:
            log.info("lead %s: fields could not be placed; reading every column separately", target)
            everything = {c: self._field_value(target, c) for c in row.header}
            return _record(row.header, everything, tuple(row.header))
        return _record(row.header, placed, tuple(free))

    def _field_value(self, lead_id: int, name: str) -> str:
        if not _LABEL.fullmatch(name):
            raise ValueError(f"not a column or custom field label: {name!r}")
        params = [("lead_id", str(lead_id)), ("field_name", name)]
        custom = name not in LEAD_ALL_INFO_COLUMNS and name not in (
            "entry_date",
            "modify_date",
            "called_since_last_reset",
        )
        if custom:
            params.append(("custom_fields", "Y"))
        reply = self._read(lambda: self._call("lead_field_info", params))
        raw = lead_rows.decode_field(reply.body)
        text, _ = strip_php_messages(raw)
        if _PHP_FATAL_TEXT.search(raw):
            # display_errors on: PHP's fatal error text follows the value it printed (or stands alone); that
            # text may quote the SQL of the API's log, password included, so it is never taken as a value
            plain = _PHP_FATAL_TEXT.search(text)
            value = text[: plain.start()] if plain else text
            value = value[:-1] if value.endswith("\n") else value
            if lead_rows.plausible_value_on_500(value):
                return value
            raise ServerFailure(
                Reason.PHP_FATAL,
                status=reply.status,
                excerpt=excerpt(raw, self._secrets()),
                function="lead_field_info",
                lead_id=lead_id,
                field=name,
            )
        if reply.status == 500 and lead_rows.plausible_value_on_500(text):
            # PHP 8 prints the value, then dies logging it (an apostrophe or backslash breaks the API's own
            # log INSERT): observed.md shows `O'Neil` answered with HTTP 500. Accepted only when the body is
            # the kind of value that causes exactly that failure and carries no error or HTML text.
            return text
        if reply.status != 200:
            if reply.status == 500 and not text:
                # an unknown column?
                raise ServerFailure(
                    Reason.PHP_FATAL, status=500, function="lead_field_info", lead_id=lead_id, field=name
                )
            self._check_status(reply, "lead_field_info")
        if text.startswith(("ERROR: ", "NOTICE: ")):
            events = parse_body(text)
            self._raise_common(events, "lead_field_info")
            for event in events:
                if event.code is Code.FIELD_NOT_FOUND:
                    return ""
                if event.code is Code.LEAD_NOT_FOUND:
                    raise LeadNotFound(Reason.NO_SUCH_LEAD, lead_id=lead_id)
                if event.code is Code.LIST_NOT_FOUND:
                    raise ListNotAllowed(Reason.LEAD_LIST_NOT_READABLE, lead_id=lead_id)
                if event.code is Code.INVALID_SEARCH_PARAMETERS:
                    raise InvalidSearch(Reason.FIELD_REFUSED, field=name, lead_id=lead_id)
            if any(event.function == "lead_field_info" for event in events):
                # an unknown message of lead_field_info itself (§3.3 lists them all) is not a value; other
                # text, such as a comment reading "ERROR: wrong number", is
                raise self._unexpected(reply, "lead_field_info", field=name)
        return text

    # ------------------------------------------------------------------------------------------- writing

    def _update_result(self, reply: Reply, lead_id: int) -> UpdateResult:
        events = self._events(reply, "update_lead", write=True, lead_id=lead_id)
        try:
            self._raise_common(events, "update_lead")
        except ServerFailure as failure:
            raise UnknownOutcome(Reason.UNREADABLE, lead_id=lead_id, cause=failure.reason) from None
        for event in events:
            if event.code is Code.NO_MATCHES:
                raise LeadNotFound(Reason.NOT_FOUND_FOR_UPDATE, lead_id=lead_id)
            if event.code is Code.LIST_NOT_ALLOWED:
                raise ListNotAllowed(
                    Reason.LEAD_LIST_NOT_WRITABLE, list_id=_int(event.field(-1)), lead_id=lead_id
                )
            if event.code is Code.LIST_NOT_DEFINED:
                # the lead was not moved and nothing was changed
                raise ListNotAllowed(Reason.LIST_MISSING, list_id=_int(event.field(-1)), lead_id=lead_id)
            if event.code is Code.NO_VALID_SEARCH_METHOD:
                raise InvalidSearch(Reason.LEAD_ID_REFUSED, lead_id=lead_id)
        return _summarise_update(lead_id, events, reply, self._secrets())


# ------------------------------------------------------------------------------------------------- helpers


def _kept(events: list[Event], secrets: tuple[str, ...]) -> tuple[Event, ...]:
    """The events a result keeps, with the password blanked wherever a line echoes it. Only here, after every
    decision was taken on the raw events: a short password could equal a lead ID or a list ID."""
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


def _credential_char(ch: str) -> bool:
    # the API keeps A-Z a-z 0-9 - _ (and letters of any script on non-latin servers) in `user` and `pass`
    return ch.isalpha() or ch in "-_" or "0" <= ch <= "9"


def _int(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.isdigit() else None


def _check_lead_id(lead_id: object, *, search: bool = False) -> int:
    """The lead ID as an int; InvalidSearch for a search key (``search``), else ValueError (a caller bug)."""
    text = str(lead_id).strip() if isinstance(lead_id, int | str) and not isinstance(lead_id, bool) else ""
    if not text.isdigit() or not text.isascii() or int(text) <= 0 or len(text) > 11:
        if search:
            raise InvalidSearch(Reason.BAD_LEAD_ID, field="lead_id")
        raise ValueError("A lead ID must be a positive whole number.")
    return int(text)


def _phone(value: str, *, longest: int) -> str:
    digits = _PHONE_SEPARATORS.sub("", str(value))
    if not digits.isdigit() or not digits.isascii():
        # spaces, dashes, dots and brackets are ignored
        raise InvalidSearch(Reason.PHONE_NOT_DIGITS, field="phone_number", longest=longest)
    if not 6 <= len(digits) <= longest:
        raise InvalidSearch(Reason.PHONE_LENGTH, field="phone_number", longest=longest)
    return digits


def _scope_check(match: Match) -> None:
    if match.scope is Scope.SYSTEM:
        return
    list_id = match.list_id
    if isinstance(list_id, bool) or not isinstance(list_id, int) or list_id < 100:
        # the server quietly searches the whole system for a list ID below 99 or of fewer than 3 digits
        raise InvalidSearch(Reason.SCOPE_NEEDS_LIST, scope=match.scope.value)


def _find_result(events: list[Event], method: MatchMethod, sent: str) -> FindResult | None:
    for event in events:
        if event.code is not Code.LEADS_FOUND:
            continue
        f = event.fields
        if len(f) < 6:
            return None
        lead_id, list_id, entry_list_id = _int(f[1]), _int(f[-2]), _int(f[-1])
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


def _record(header: list[str], values: Mapping[str, str], fallback: tuple[str, ...]) -> LeadRecord:
    standard: dict[str, str] = {}
    custom: dict[str, str] = {}
    for column in header:
        value = values.get(column, "")
        if "!N" in value:
            value = value.replace("!N", "\n")
        (standard if column in _STANDARD_COLUMNS else custom)[column] = value
    return LeadRecord.from_mapping(standard, custom=custom, fallback_columns=fallback)


def _change_params(
    changes: Mapping[str, str | Blank], update_phone_number: bool, custom_fields: bool
) -> list[tuple[str, str]]:
    """The request parameters for ``changes``; ValueError for anything the server would not apply as asked."""
    flags: list[tuple[str, str]] = []
    values: list[tuple[str, str]] = []
    if update_phone_number:
        if "phone_number" not in changes:
            raise ValueError("update_phone_number=True needs a new phone_number in the changes.")
        flags.append(("update_phone_number", "Y"))
    if custom_fields and any(name not in _EDITABLE for name in changes):
        flags.append(("custom_fields", "Y"))
    for name, value in changes.items():
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str | Blank):
            raise ValueError(f"{name}: a value must be text or BLANK.")
        spec = _EDITABLE.get(name)
        if spec is None:
            values.append(_custom_param(name, value, custom_fields))
            continue
        if name == "phone_number" and not update_phone_number:
            raise ValueError("phone_number is changed only with update_phone_number=True.")
        refused = refusal(spec, value)
        if refused is not None:
            # the same test makes `predict_stored` answer None: what is predicted is what happens
            raise ValueError(refused)
        if name == "list_id":
            flags.append(("list_exists_check", "Y"))  # refuse a move to a list that does not exist
        values.append((spec.param, to_wire(spec, value)))
    if ("custom_fields", "Y") in flags:
        for param, value in values:
            if _QUERY_LIKE.search(value):
                # the server finds custom labels by searching the request text for `&label=` (PROTOCOL §2.9)
                raise ValueError(f"{param}: with custom fields, a value must not contain text like '&name='.")
    return flags + values


def _custom_param(label: str, value: str | Blank, custom_fields: bool) -> tuple[str, str]:
    if not custom_fields:
        raise ValueError(f"{label!r} is not an editable lead column (custom fields need custom_fields=True).")
    if not _LABEL.fullmatch(label) or label in _API_PARAMETERS or param_filter(label) is not None:
        raise ValueError(
            f"{label!r} cannot be sent as a custom field: it is a lead column or an API parameter name."
        )
    if isinstance(value, str) and re.search("[\ud800-\udfff]", value):
        raise ValueError(f"{label}: the value holds bytes that are not valid UTF-8, which cannot be stored.")
    # `predict_custom_stored` says what the server keeps of them
    return label, custom_to_wire(value)


def _summarise_update(
    lead_id: int, events: list[Event], reply: Reply, secrets: tuple[str, ...]
) -> UpdateResult:
    affected: int | None = None
    custom_affected: int | None = None
    custom_note = ""
    known = False
    for event in events:
        if event.code in (Code.LEAD_UPDATED, Code.LEAD_DELETED) and _int(event.field(1)) == lead_id:
            value = event.field(2).strip()
            affected = int(value) if re.fullmatch(r"-?\d+", value) else None
            known = True
        elif event.code is Code.CUSTOM_FIELDS_UPDATED:
            custom_affected = _int(event.field(-1))
            known = True
        elif event.code is Code.CUSTOM_FIELDS_NOT_ADDED:
            custom_note = (
                " No custom fields are defined for this lead's list, so the custom values were not saved."
            )
            known = True
        elif event.prefix in ("SUCCESS", "NOTICE"):
            known = True
    meaningful = [e for e in events if e.code not in (Code.PHP_MESSAGE, Code.DEBUG)]
    if not meaningful:
        return UpdateResult(
            lead_id,
            None,
            False,
            f"The server found lead {lead_id} but had nothing to apply: every value sent was empty "
            "after the server's filters, so nothing was changed.",
            _kept(events, secrets),
        )
    if not known:
        raise UnknownOutcome(Reason.UNREADABLE, lead_id=lead_id)
    custom_text = ""
    if custom_affected is not None:
        custom_text = (
            " Custom fields updated." if custom_affected > 0 else " Custom fields already held these values."
        )
    deleted = any(e.code is Code.LEAD_DELETED for e in events)
    if deleted and affected is not None and affected > 0:
        message, applied = f"Lead {lead_id} deleted.", True
    elif deleted and affected == 0:
        message, applied = f"Lead {lead_id} was already gone; nothing was deleted.", False
    elif affected == 1:
        message, applied = f"Lead {lead_id} updated.", True
    elif affected == 0:
        message, applied = f"Lead {lead_id} already held these values; nothing changed.", True
    elif affected is not None and affected < 0:
        message, applied = (
            (
                f"The server could not apply the change to lead {lead_id} (its database UPDATE "
                "failed); nothing was changed."
            ),
            False,
        )
    elif custom_affected is not None:
        message, applied = f"Lead {lead_id}:", True
    else:
        message, applied = f"The server reported nothing applied to lead {lead_id}.", False
    return UpdateResult(
        lead_id,
        affected,
        applied,
        (message + custom_text + custom_note).strip(),
        _kept(events, secrets),
        custom_affected,
    )
