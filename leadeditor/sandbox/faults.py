"""Faults the sandbox can inject, for testing a client against a misbehaving network or server."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from enum import Enum

__all__ = ["WRITE", "Fault", "FaultPlan", "PlannedFault", "error_page", "php_warnings"]


class Fault(Enum):
    LATENCY = "latency"  # adds `seconds` before answering
    HANG = "hang"  # sleeps `seconds` (longer than a client timeout), then closes without applying
    DROP_BEFORE_WRITE = "drop_before_write"  # closes the connection without applying the request
    DROP_AFTER_WRITE = "drop_after_write"  # applies the request fully, then closes without answering
    HTTP_500 = "http_500"  # an Apache error page; the request is not applied
    HTTP_502 = "http_502"  # a proxy error page; the request is not applied
    HTTP_503 = "http_503"  # a proxy error page; the request is not applied
    TRUNCATED_BODY = "truncated_body"  # applies, announces more bytes than it sends, closes
    RANDOM_BYTES = "random_bytes"  # applies, answers 200 with random bytes instead of the body
    PHP_WARNINGS = "php_warnings"  # the real answer, with PHP 8 warnings printed before it
    # 200 with no body at all, as a PHP fatal error with display_errors off gives, before or after the write
    EMPTY_BEFORE_WRITE = "empty_before_write"  # the request is not applied
    EMPTY_AFTER_WRITE = "empty_after_write"  # the request is applied fully


DEFAULT_SECONDS = {Fault.LATENCY: 1.0, Fault.HANG: 30.0}
# The selector that hits only the update_lead calls that really write (not a no_update=Y search)
WRITE = "write"


@dataclass
class PlannedFault:
    fault: Fault
    count: int
    function: str | None  # None: every request; WRITE: writing update_lead calls; else one API function
    seconds: float | None

    def hits(self, function: str, is_write: bool) -> bool:
        if self.function is None:
            return True
        if self.function == WRITE:
            return is_write
        return self.function == function

    @property
    def delay(self) -> float:
        return self.seconds if self.seconds is not None else DEFAULT_SECONDS.get(self.fault, 0.0)


class FaultPlan:
    """Faults waiting for requests; each hits `count` matching requests, in the order they were injected."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._planned: list[PlannedFault] = []

    def add(
        self, fault: Fault, count: int = 1, function: str | None = None, seconds: float | None = None
    ) -> None:
        if count < 1:
            raise ValueError("count must be at least 1")
        with self._lock:
            self._planned.append(PlannedFault(fault, count, function, seconds))

    def clear(self) -> None:
        with self._lock:
            self._planned.clear()

    def take(self, function: str, is_write: bool = False) -> PlannedFault | None:
        """The fault this request meets (and uses up one of its count), or None."""
        with self._lock:
            for planned in self._planned:
                if planned.hits(function, is_write):
                    planned.count -= 1
                    if planned.count <= 0:
                        self._planned.remove(planned)
                    return planned
        return None

    def pending(self) -> list[PlannedFault]:
        with self._lock:
            return list(self._planned)


_STATUS_TEXT = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}


def error_page(status: int) -> bytes:
    """The HTML page Apache (500) or nginx (502, 503) sends for these statuses."""
    text = _STATUS_TEXT[status]
    if status == 500:
        return (
            '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n'
            f"<title>{status} {text}</title>\n</head><body>\n<h1>{text}</h1>\n"
            "<p>The server encountered an internal error or\nmisconfiguration and was unable to complete\n"
            "your request.</p>\n<hr>\n<address>Apache/2.4.62 (Unix) Server at 127.0.0.1 Port 80</address>\n"
            "</body></html>\n"
        ).encode()
    return (
        f"<html>\r\n<head><title>{status} {text}</title></head>\r\n<body>\r\n<center><h1>{status} {text}"
        "</h1></center>\r\n<hr><center>nginx/1.24.0</center>\r\n</body>\r\n</html>\r\n"
    ).encode()


def php_warnings() -> bytes:
    """Warnings as PHP 8 prints them with display_errors on (PROTOCOL §0)."""
    lines = []
    for name, line in (("DL", 14781), ("VCBAaffected_rows", 17322), ("search_lists", 17100)):
        lines.append(
            f"<br />\n<b>Warning</b>:  Undefined variable ${name} in <b>/var/www/html/vicidial/"
            f"non_agent_api.php</b> on line <b>{line}</b><br />\n"
        )
    return "".join(lines).encode()
