"""The field-by-field fallback: reading a lead one `lead_field_info` call per column (PROTOCOL §3.3).

Used when `lead_all_info` cannot be trusted or fails: a `|` inside a free-text value shifts the fields, and
PHP 8 dies on a lead holding an apostrophe or a backslash (observed.md), while `lead_field_info` still prints
each value.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable

from leadeditor.vicidial import columns as col
from leadeditor.vicidial import lead_rows
from leadeditor.vicidial.answers import Answers, record
from leadeditor.vicidial.errors import (
    InvalidSearch,
    LeadNotFound,
    ListNotAllowed,
    Reason,
    ServerFailure,
    excerpt,
)
from leadeditor.vicidial.models import LEAD_ALL_INFO_COLUMNS, LeadRecord
from leadeditor.vicidial.request_params import LABEL
from leadeditor.vicidial.responses import Code, parse_body, strip_php_messages
from leadeditor.vicidial.transport import Reply

__all__ = ["FieldReader"]

log = logging.getLogger("leadeditor.vicidial")

# PHP's fatal error text, HTML or plain: "Fatal error: Uncaught ... in /path/x.php:123" / "... on line 123"
_PHP_FATAL_TEXT = re.compile(r"(?:PHP )?(?:Fatal|Parse) error(?:</b>)?:.*?\.php\b", re.S)
# Columns `lead_field_info` reads without `custom_fields=Y`: every standard one, printed or not.
_STANDARD = col.STANDARD


class FieldReader:
    """Reads single values with ``read`` (one `lead_field_info` request, retried as reads are)."""

    def __init__(self, read: Callable[[list[tuple[str, str]]], Reply], answers: Answers) -> None:
        self._read = read
        self._answers = answers

    def read_fields(self, lead_id: int, columns: Iterable[str] | None = None) -> dict[str, str]:
        """Columns (or custom labels) of one lead, ``!N`` turned into newlines."""
        wanted = list(LEAD_ALL_INFO_COLUMNS if columns is None else columns)
        return {name: self.value(lead_id, name).replace("!N", "\n") for name in wanted}

    def record_from_row(self, row: lead_rows.Row, lead_id: int | None) -> LeadRecord:
        values = row.values()
        if values is not None:
            return record(row.header, values, ())
        # a `|` inside a free-text value shifted the fields: read those one by one, then place the rest
        target = lead_id if lead_id is not None else int(row.lead_id_text() or 0)
        free = [c for c in row.header if c in lead_rows.FREE_TEXT or c not in col.STANDARD]
        known = {c: self.value(target, c) for c in free}
        placed = row.values_with(known)
        if placed is None:
            log.info("lead %s: fields could not be placed; reading every column separately", target)
            everything = {c: self.value(target, c) for c in row.header}
            return record(row.header, everything, tuple(row.header))
        return record(row.header, placed, tuple(free))

    def value(self, lead_id: int, name: str) -> str:
        """One raw value; "" for a custom label the lead has no row for."""
        if not LABEL.fullmatch(name):
            raise ValueError(f"not a column or custom field label: {name!r}")
        params = [(col.LEAD_ID, str(lead_id)), ("field_name", name)]
        if name not in _STANDARD:
            params.append(("custom_fields", "Y"))
        reply = self._read(params)
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
                excerpt=excerpt(raw, self._answers.secrets()),
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
            self._answers.check_status(reply, "lead_field_info")
        if text.startswith(("ERROR: ", "NOTICE: ")):
            events = parse_body(text)
            self._answers.raise_common(events, "lead_field_info")
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
                raise self._answers.unexpected(reply, "lead_field_info", field=name)
        return text
