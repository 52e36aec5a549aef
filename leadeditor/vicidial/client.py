"""`VicidialClient`: every lead call of the Non-Agent API, with typed results and errors (PROTOCOL.md).

Qt-free and blocking; the UI runs it in a worker thread. Each call is one form-encoded POST
(``transport.py``). This file holds the public calls and the sending; the parameters are built in
``request_params.py``, answers become results and typed errors in ``answers.py``, and the field-by-field
fallback is ``field_reads.py``.
Reads may be retried once after a connection failure or a timeout; writes never are, and a write whose answer
was lost raises `UnknownOutcome`. Nothing is retried after the server refused the login (ten failures lock the
user out for 15 minutes).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Mapping
from contextlib import AbstractContextManager
from dataclasses import replace
from functools import partial
from urllib.parse import quote_plus

from leadeditor.logs import register_secret
from leadeditor.vicidial import columns as col
from leadeditor.vicidial import lead_rows
from leadeditor.vicidial.answers import GATEWAY, Answers, find_result
from leadeditor.vicidial.errors import (
    AuthenticationFailed,
    ConnectionFailed,
    PermissionDenied,
    Reason,
    ServerFailure,
    TimedOut,
    TlsError,
)
from leadeditor.vicidial.field_reads import FieldReader
from leadeditor.vicidial.fields import Blank
from leadeditor.vicidial.live_agents import AgentOnLead, agents_on_lead
from leadeditor.vicidial.models import (
    LEAD_ALL_INFO_COLUMNS,
    FindResult,
    LeadRecord,
    Match,
    MatchMethod,
    ServerVersion,
    UpdateResult,
)
from leadeditor.vicidial.parameters import LOGIN_PASS, LOGIN_USER
from leadeditor.vicidial.request_params import (
    by_lead_id,
    change_params,
    check_lead_id,
    insert_params,
    phone_key,
    scope_params,
    search_plan,
)
from leadeditor.vicidial.responses import Code, decode_lenient
from leadeditor.vicidial.transport import Reply, Transport, endpoint_url
from leadeditor.vicidial.versioninfo import parse_version

__all__ = ["VicidialClient"]

# kept importable here for the tests that check the parameters the client builds
_change_params = change_params

log = logging.getLogger("leadeditor.vicidial")

_SOURCE = re.compile(r"[A-Za-z0-9]{2,20}")
_READ_PHONE_LONGEST = col.column(col.PHONE_NUMBER).length + 1  # lead_all_info accepts 19 digits (§3.1)


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
        read_budget: float | None = None,
    ) -> None:
        if not _SOURCE.fullmatch(source):
            raise ValueError("source must be 2 to 20 letters or digits (the server strips anything else).")
        self.url = endpoint_url(url)
        self.user = user
        self.source = source
        self.timeout = timeout
        self.verify = verify
        # the reads just before one write share this many seconds (default: two read timeouts, a read and
        # its one retry), so a slow or hanging server delays a save by that much at most
        read_timeout = timeout[1] if isinstance(timeout, tuple) else timeout
        self.read_budget = read_budget if read_budget is not None else 2 * read_timeout
        self._password = _Secret(password)
        register_secret(password)  # the app's log scrubs it from every record, whoever logs what
        self._transport = Transport(self.url, timeout=timeout, verify=verify, secrets=self._secrets)
        self._answers = Answers(user, self._secrets)
        self._fields = FieldReader(self._read_field, self._answers)
        # custom tables that answered custom_fields=Y: asking one of them by force_entry_list_id cannot crash
        self._custom_tables: set[int] = set()

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
        events = self._answers.events(reply, "version")
        for event in events:
            if event.code is Code.VERSION:
                return parse_version(event)
        self._answers.raise_common(events, "version")
        raise self._answers.unexpected(reply, "version")

    def check_access(self) -> None:
        """Prove the login and the `update_lead` permission without touching any lead (PROTOCOL §3.4)."""
        reply = self._read(lambda: self._call("update_lead", []))
        events = self._answers.events(reply, "update_lead")
        self._answers.raise_common(events, "update_lead")
        if any(e.code is Code.NO_VALID_SEARCH_METHOD for e in events):
            return
        raise self._answers.unexpected(reply, "update_lead")

    def find(self, match: Match) -> FindResult | None:
        """The lead `update_lead` itself would update for this match (``no_update=Y``), or None.

        The methods are tried one request at a time in the API's priority order, so each request carries only
        its own key (PROTOCOL §5.11: a `lead_id` sent along a phone search is echoed instead of the match).
        """
        for method, key, value in search_plan(match):
            params = [
                ("search_method", method.value),
                (key, value),
                *scope_params(match),
                ("no_update", "Y"),
            ]
            reply = self._read(partial(self._call, "update_lead", params))
            events = self._answers.events(reply, "update_lead")
            self._answers.raise_common(events, "update_lead")
            found = find_result(events, method)
            if found is not None:
                return found
            if any(e.code is Code.NO_MATCHES for e in events):
                continue
            self._answers.raise_search_errors(events, match)
            raise self._answers.unexpected(reply, "update_lead")
        return None

    def search(self, match: Match, *, records: int | None = None) -> list[int]:
        """Every lead ID matching the match's keys in its scope, newest (highest lead ID) first.

        ``records`` raises the server's limit of 1,000 lead IDs per answer (`lead_search` ``records``).

        Phone numbers and vendor codes go through `lead_search`; a lead ID is confirmed with `find`. A vendor
        code holding a comma cannot be searched that way (the server splits it): the lead `find` reports is
        returned instead.
        """
        found: set[int] = set()
        for method, key, value in search_plan(match):
            if method is MatchMethod.LEAD_ID or (key == col.VENDOR_LEAD_CODE and "," in value):
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
            params = [("search_method", method.value), (key, value), *scope_params(match)]
            if records is not None:
                params.append(("records", str(max(1, int(records)))))
            reply = self._read(partial(self._call, "lead_search", params))
            events = self._answers.events(reply, "lead_search")
            self._answers.raise_common(events, "lead_search")
            if any(e.code is Code.NO_MATCHES for e in events):
                continue
            self._answers.raise_search_errors(events, match)
            rows = lead_rows.parse_lead_search(events)
            if rows is None:
                raise self._answers.unexpected(reply, "lead_search")
            found.update(rows)
        return sorted(found, reverse=True)

    def agents_on_lead(self, lead_id: int) -> tuple[AgentOnLead, ...] | None:
        """The logged-in agents that have this lead on their screen (`logged_in_agents`, one read): their
        disposition will rewrite the lead. None when the server does not tell this user (no permission for
        the function) or its answer is not understood; login failures raise as for any call."""
        lead_id = check_lead_id(lead_id)
        reply = self._read(lambda: self._call("logged_in_agents", [("stage", "pipe"), ("header", "YES")]))
        events = self._answers.events(reply, "logged_in_agents")
        try:
            self._answers.raise_common(events, "logged_in_agents")
        except PermissionDenied:
            return None
        return agents_on_lead(decode_lenient(reply.body), lead_id)

    def read_lead(
        self,
        lead_id: int,
        *,
        custom_fields: bool = False,
        fallback: bool = False,
        custom_table: int | None = None,
    ) -> LeadRecord:
        """One lead with `lead_all_info` (custom fields only when the lead records a custom table).

        ``custom_table``: the list whose custom table the lead probably records. When that table has answered
        ``custom_fields=Y`` before in this client (so it exists and has fields), the custom fields are asked
        at once with ``force_entry_list_id``: one request instead of two. The answer's `entry_list_id` (the
        stored one) says whether the guess held; when it did not, the values came from another table and are
        dropped (the lead's own table, if any, is then read).

        Raises `ServerFailure` with ``reason == "unreadable_lead"`` when the server dies on this lead
        (PHP 8 and an apostrophe or backslash in it); `read_lead_fields` still reads such a lead, and
        ``fallback=True`` does so here (32 requests; custom fields are then not read, their labels being
        unknown). When only the custom part fails (HTTP 500), the record comes back without custom fields.
        """
        lead_id = check_lead_id(lead_id)
        if custom_fields and custom_table is not None and custom_table in self._custom_tables:
            guessed = self._guessed_custom_read(lead_id, custom_table)
            if guessed is not None:
                return guessed
        try:
            record = self._lead_all_info(lead_id, custom=False)
        except ServerFailure as failure:
            if not (fallback and failure.unreadable_lead):
                raise
            log.info("lead %s is unreadable in one piece; reading it field by field", lead_id)
            values = self.read_lead_fields(lead_id)
            return LeadRecord.from_mapping(values, fallback_columns=LEAD_ALL_INFO_COLUMNS)
        return self._with_custom(record) if custom_fields else record

    def _with_custom(self, record: LeadRecord) -> LeadRecord:
        """The lead read again with its custom fields, once its `entry_list_id` is known."""
        if record.entry_list <= 0:
            # custom_fields=Y on a lead without a custom table crashes PHP 8 (PROTOCOL §3.1)
            return replace(record, custom={})
        try:
            full = self._lead_all_info(record.lead_id, custom=True)
        except ServerFailure as failure:
            if failure.status != 500:
                raise
            # no fields defined for that list, or a custom value PHP 8 cannot log: the standard columns
            # already read stay valid; the custom ones are left out
            log.warning("lead %s: custom fields could not be read (HTTP 500)", record.lead_id)
            return replace(record, custom={})
        self._custom_tables.add(record.entry_list)
        return full

    def read_leads_by_phone(self, phone: str, *, fallback: bool = False) -> list[LeadRecord]:
        """Every lead with this phone number (`lead_all_info`, newest lead ID first, at most 1,000).

        On PHP 8 one lead holding an apostrophe makes the whole answer fail (`ServerFailure`, ``reason ==
        "unreadable_lead"``); with ``fallback=True`` the leads are then listed with `lead_search` and read one
        by one (`read_lead` with its own fallback).
        """
        digits = phone_key(phone, longest=_READ_PHONE_LONGEST)
        params = [(col.PHONE_NUMBER, digits), ("stage", "pipe"), ("header", "YES")]
        reply = self._read(lambda: self._call("lead_all_info", params))
        try:
            prelude, rows = self._answers.lead_all_info_rows(reply, None)
        except ServerFailure as failure:
            if not (fallback and failure.unreadable_lead):
                raise
            ids = self.search(Match(phone_number=digits, methods={MatchMethod.PHONE_NUMBER}))
            return [self.read_lead(lead_id, fallback=True) for lead_id in ids]
        if not rows:
            if any(e.code is Code.LEAD_NOT_FOUND for e in prelude):
                return []
            self._answers.raise_read_errors(prelude, reply, None)
        return [self._fields.record_from_row(row, None) for row in rows]

    def read_lead_fields(self, lead_id: int, columns: Iterable[str] | None = None) -> dict[str, str]:
        """Columns (or custom field labels) of one lead, one `lead_field_info` call each.

        The fallback for leads `read_lead` cannot read. Values are raw (``!N`` turned into newlines); a custom
        label the lead has no row for reads as "".
        """
        return self._fields.read_fields(check_lead_id(lead_id), columns)

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
        lead_id = check_lead_id(lead_id)
        pairs = [*by_lead_id(lead_id), *change_params(changes, update_phone_number, custom_fields)]
        if not changes:
            raise ValueError(
                "update_lead: nothing to change"
            )  # a caller bug: the window sends no empty write
        reply = self._call("update_lead", pairs, write=True, lead_id=lead_id)
        return self._update_result(reply, lead_id)

    def reset_lead(self, lead_id: int) -> UpdateResult:
        """Make a lead dialable again (``called_since_last_reset='N'``, `reset_lead=Y`). Never retried."""
        lead_id = check_lead_id(lead_id)
        pairs = [*by_lead_id(lead_id), ("reset_lead", "Y")]
        reply = self._call("update_lead", pairs, write=True, lead_id=lead_id)
        return self._update_result(reply, lead_id)

    def delete_lead(self, lead_id: int, *, custom_fields: bool = False) -> UpdateResult:
        """Delete a lead (`delete_lead=Y`; its callbacks are archived). There is no undo. Never retried.

        ``custom_fields=True`` also deletes its custom-field row, which the server otherwise leaves behind.
        """
        lead_id = check_lead_id(lead_id)
        pairs = [*by_lead_id(lead_id), ("delete_lead", "Y")]
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
        target, pairs = insert_params(phone_code, phone_number, list_id, values)
        reply = self._call("update_lead", pairs, write=True, lead_id=None)
        return self._answers.insert_result(reply, target)

    def redaction_secrets(self) -> tuple[str, ...]:
        """Every form of the password the server may echo: for the journal's and the log's redaction only."""
        return self._secrets()

    # ------------------------------------------------------------------------------------------- plumbing

    def _secrets(self) -> tuple[str, ...]:
        password = self._password.reveal()
        filtered = "".join(ch for ch in password if _credential_char(ch))
        return tuple(s for s in {password, filtered, quote_plus(password)} if s)

    def _check_credentials(self) -> None:
        for what, value in ((LOGIN_USER, self.user), (LOGIN_PASS, self._password.reveal())):
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
            (LOGIN_USER, self.user),
            (LOGIN_PASS, self._password.reveal()),
            ("function", function),
            *params,
            ("source", self.source),
        ]
        return self._transport.post(pairs, function=function, write=write, lead_id=lead_id)

    def time_budget(self, seconds: float | None = None) -> AbstractContextManager[None]:
        """Hold the reads this thread sends inside the block to `seconds` in all (default `read_budget`):
        the write path wraps the reads before a write in it. Writes are never cut short."""
        return self._transport.time_budget(self.read_budget if seconds is None else seconds)

    def _read(self, send: Callable[[], Reply]) -> Reply:
        """Run a read, once more after a connection failure, a timeout or a gateway error (502-504), when a
        time budget (`time_budget`) leaves room for it. Login errors are never retried: they come back as a
        normal answer and are raised by the callers."""
        try:
            reply = send()
            if reply.status not in GATEWAY or not self._room_to_retry():
                return reply
            log.info("retrying a read once after HTTP %d", reply.status)
        except TlsError:
            raise
        except (ConnectionFailed, TimedOut) as first:
            if (
                isinstance(first, TimedOut) and first.reason is Reason.OUT_OF_TIME
            ) or not self._room_to_retry():
                raise
            log.info("retrying a read once after: %s", type(first).__name__)
        return send()

    def _room_to_retry(self) -> bool:
        return self._transport.room_for_a_read()

    def _update_result(self, reply: Reply, lead_id: int) -> UpdateResult:
        return self._answers.update_result(reply, lead_id)

    # ------------------------------------------------------------------------------------------- reading

    def _read_field(self, params: list[tuple[str, str]]) -> Reply:
        return self._read(lambda: self._call("lead_field_info", params))

    def _guessed_custom_read(self, lead_id: int, table: int) -> LeadRecord | None:
        """The lead with the custom fields of ``table`` in one request (two when the guess did not hold), or
        None when that read failed (the caller reads the usual way)."""
        try:
            record = self._lead_all_info(lead_id, custom=True, table=table)
        except ServerFailure as failure:
            if failure.status != 500:
                raise
            # the table lost its fields since, or a custom value PHP 8 cannot log: not guessed again
            self._custom_tables.discard(table)
            return None
        if record.entry_list == table:
            return record
        # the lead records another table (or none): its standard columns hold, its custom ones are read anew
        return self._with_custom(record)

    def _lead_all_info(self, lead_id: int, *, custom: bool, table: int | None = None) -> LeadRecord:
        params = [(col.LEAD_ID, str(lead_id)), ("stage", "pipe"), ("header", "YES")]
        if custom:
            params.append(("custom_fields", "Y"))
            if table is not None:
                params.append(("force_entry_list_id", str(table)))
        reply = self._read(lambda: self._call("lead_all_info", params))
        prelude, rows = self._answers.lead_all_info_rows(reply, lead_id)
        if not rows:
            self._answers.raise_read_errors(prelude, reply, lead_id)
        row = next((r for r in rows if r.lead_id_text() == str(lead_id)), rows[0])
        return self._fields.record_from_row(row, lead_id)


def _credential_char(ch: str) -> bool:
    # the API keeps A-Z a-z 0-9 - _ (and letters of any script on non-latin servers) in `user` and `pass`
    return ch.isalpha() or ch in "-_" or "0" <= ch <= "9"
