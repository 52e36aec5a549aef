"""One HTTP exchange with `non_agent_api.php`: a form-encoded POST, with every transport failure typed.

Kept apart from the client so that the rules about the password live in one place: the body is encoded here
(``pass`` second, never last), nothing of it is logged, and `requests` exceptions (whose ``.request``
holds the
body) are replaced by the client's own errors, raised outside the ``except`` block so that no exception
context
is attached.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

import requests
from urllib3.exceptions import NewConnectionError

from leadeditor import __version__
from leadeditor.vicidial.errors import (
    ConnectionFailed,
    Reason,
    TimedOut,
    TlsError,
    UnknownOutcome,
    VicidialError,
    redact,
)
from leadeditor.vicidial.limiter import limiter_for
from leadeditor.vicidial.value_notes import NoteReason, ValueNote, ValueRefused

__all__ = ["Reply", "Transport", "endpoint_url"]

log = logging.getLogger("leadeditor.vicidial")

USER_AGENT = f"LeadEditor/{__version__}"
# Inside a time budget, a read is not sent (nor retried) with less time left than this, or a quarter of the
# read timeout when that is shorter: it could hardly be answered in time.
MIN_ATTEMPT_SECONDS = 0.5
_ENDPOINT = "non_agent_api.php"


def endpoint_url(url: str) -> str:
    """The full API URL from a server root, its ``/vicidial/`` folder or the endpoint itself.

    Raises ValueError (without echoing the URL, which might carry credentials) for anything else.
    """
    text = url.strip()
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("server address: not an http:// or https:// address")
    if parts.username is not None or parts.password is not None:
        raise ValueError("server address: holds a user name or password")
    path = parts.path.rstrip("/")
    if path.endswith(".php"):
        if not path.endswith("/" + _ENDPOINT) and path != _ENDPOINT:
            raise ValueError(f"server address: ends in another .php than {_ENDPOINT}")
    elif path.endswith("/vicidial"):
        path = f"{path}/{_ENDPOINT}"
    else:
        path = f"{path}/vicidial/{_ENDPOINT}"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


@dataclass(frozen=True)
class Reply:
    """A raw answer: HTTP status and body bytes."""

    status: int
    body: bytes
    location: str = ""


def encode_form(pairs: list[tuple[str, str]]) -> bytes:
    """``application/x-www-form-urlencoded`` in the given order; invalid UTF-8 (surrogate-escaped) kept
    as bytes.

    Duplicate keys and array keys (``x[]``) are refused: PHP keeps the last duplicate and turns ``x[]``
    into an
    array, which the server's filters cannot handle (PROTOCOL §1.1).
    """
    seen: set[str] = set()
    for key, _value in pairs:
        if key in seen or "[" in key or "]" in key or key == "DB":
            raise ValueError(f"refusing to send parameter {key!r} (duplicate, array-style or debug)")
        seen.add(key)
    bad = next((key for key, value in pairs if not _encodable(value)), None)
    if bad is not None:
        # checked first: a UnicodeEncodeError would carry the whole offending text (its `.object`)
        raise ValueRefused(ValueNote(NoteReason.INVALID_UTF8, bad, bad))
    return urlencode(pairs, encoding="utf-8", errors="surrogateescape").encode("ascii")


def _encodable(value: str) -> bool:
    try:
        value.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return False
    return True


_SSL_REASON = re.compile(
    r"(certificate verify failed: [^'\"()\]]+|hostname '[^']*' doesn't match [^'\"()]+|"
    r"wrong version number|unknown ca|self[- ]signed certificate[^'\"()]*)",
    re.I,
)


class Transport:
    """A keep-alive session to one endpoint. ``secrets`` are redacted from any text it reports."""

    def __init__(
        self,
        url: str,
        *,
        timeout: float | tuple[float, float],
        verify: bool | str,
        secrets: Callable[[], tuple[str, ...]],
    ) -> None:
        self.url = url
        self.timeout = timeout
        self.verify = verify
        self._secrets = secrets
        self._session = requests.Session()
        self._session.headers["User-Agent"] = USER_AGENT
        self._session.verify = verify
        host = urlsplit(url)
        self._where = host.netloc
        self._limiter = limiter_for(self._where)
        self._budget = threading.local()  # per thread: the batch's workers share one transport

    def close(self) -> None:
        self._session.close()

    @contextmanager
    def time_budget(self, seconds: float) -> Iterator[None]:
        """Every read this thread sends inside the block shares `seconds` in all: each waits at most what is
        left, and none is sent with too little left (`room_for_a_read`) (`TimedOut(OUT_OF_TIME)`).
        Writes are not held to it: a write cut short would only make its outcome unknown. Nested, the
        earlier end wins."""
        outer: tuple[float, float] | None = getattr(self._budget, "current", None)
        end = time.monotonic() + seconds
        self._budget.current = (end, seconds) if outer is None or end < outer[0] else outer
        try:
            yield
        finally:
            self._budget.current = outer

    def time_left(self) -> float | None:
        """Seconds left in this thread's budget (None: no budget)."""
        current: tuple[float, float] | None = getattr(self._budget, "current", None)
        return None if current is None else current[0] - time.monotonic()

    def room_for_a_read(self) -> bool:
        """Whether this thread's budget (if any) leaves enough time to send one more read."""
        left = self.time_left()
        return left is None or left >= self._least_attempt()

    def _least_attempt(self) -> float:
        read = self.timeout[1] if isinstance(self.timeout, tuple) else self.timeout
        return min(MIN_ATTEMPT_SECONDS, read / 4)

    def _out_of_time(self) -> TimedOut:
        current: tuple[float, float] | None = getattr(self._budget, "current", None)
        return TimedOut(Reason.OUT_OF_TIME, host=self._where, budget=current[1] if current else 0)

    def _timeout_now(self, write: bool) -> tuple[float | tuple[float, float], bool] | None:
        """The timeout of the request about to be sent, and whether the budget shortened it (None: too
        little time is left to send it)."""
        left = None if write else self.time_left()
        if left is None:
            return self.timeout, False
        if left < self._least_attempt():
            return None
        connect, read = self.timeout if isinstance(self.timeout, tuple) else (self.timeout, self.timeout)
        return (min(connect, left), min(read, left)), read > left

    def post(
        self, pairs: list[tuple[str, str]], *, function: str, write: bool, lead_id: int | None = None
    ) -> Reply:
        """Send one form-encoded POST. A failure after a write was sent raises `UnknownOutcome`."""
        data = encode_form(pairs)
        planned = self._timeout_now(write)
        if planned is None:
            log.warning("%s to %s not sent: the time budget is spent", function, self._where)
            raise self._out_of_time()
        timeout, shortened = planned
        started = time.monotonic()
        failure: VicidialError | None = None
        reply: Reply | None = None
        try:
            response = self._post_limited(
                self.url,
                data=data,
                headers={"Content-Type": "application/x-www-form-urlencoded"},
                timeout=timeout,
                verify=self.verify,  # per request: requests lets REQUESTS_CA_BUNDLE override the session's
                allow_redirects=False,  # a redirect must never carry the password somewhere else
            )
            reply = Reply(response.status_code, response.content, response.headers.get("Location", ""))
            response.close()
        except requests.exceptions.SSLError as exc:
            failure = TlsError(host=self._where, detail=self._tls_detail(exc))
        except requests.exceptions.ConnectTimeout:
            failure = self._out_of_time() if shortened else TimedOut(Reason.CONNECT_TIMEOUT, host=self._where)
        except requests.exceptions.ReadTimeout:
            timed_out = self._out_of_time() if shortened else TimedOut(Reason.READ_TIMEOUT, host=self._where)
            failure = self._after_send(write, lead_id, Reason.TIMEOUT, timed_out)
        except requests.exceptions.ConnectionError as exc:
            if _never_connected(exc):
                failure = ConnectionFailed(_connect_reason(exc), host=self._where)
            else:
                failure = self._after_send(
                    write, lead_id, Reason.CONNECTION, ConnectionFailed(Reason.BROKEN, host=self._where)
                )
        except (requests.exceptions.ChunkedEncodingError, requests.exceptions.ContentDecodingError):
            failure = self._after_send(
                write, lead_id, Reason.CONNECTION, ConnectionFailed(Reason.CUT_OFF, host=self._where)
            )
        except (
            requests.exceptions.InvalidURL,
            requests.exceptions.InvalidSchema,
            requests.exceptions.MissingSchema,
        ):
            failure = ConnectionFailed(Reason.BAD_ADDRESS, host=self._where)
        except requests.exceptions.RequestException:
            failure = self._after_send(
                write,
                lead_id,
                Reason.CONNECTION,
                ConnectionFailed(Reason.REQUEST_FAILED, host=self._where),
            )
        except OSError:  # not a RequestException: e.g. a CA bundle path that cannot be read; nothing was sent
            if isinstance(self.verify, str):
                failure = TlsError(Reason.CA_FILE_UNREADABLE, host=self._where)
            else:
                failure = ConnectionFailed(Reason.NO_CONNECTION, host=self._where)
        elapsed = (time.monotonic() - started) * 1000
        if failure is not None:
            log.warning(
                "%s to %s failed after %.0f ms: %s", function, self._where, elapsed, type(failure).__name__
            )
            raise failure
        assert reply is not None
        log.debug(
            "%s to %s: HTTP %d, %d bytes, %.0f ms",
            function,
            self._where,
            reply.status,
            len(reply.body),
            elapsed,
        )
        return reply

    def _post_limited(self, url: str, **kwargs: Any) -> requests.Response:
        """`Session.post` inside the server's shared limiter (leadeditor.vicidial.limiter)."""
        with self._limiter.slot():
            try:
                response = self._session.post(url, **kwargs)
            except requests.exceptions.ConnectTimeout:
                self._limiter.connection_failed()
                raise
            except requests.exceptions.ConnectionError as exc:
                if _never_connected(exc):
                    self._limiter.connection_failed()
                raise
            self._limiter.answered()
            return response

    def _after_send(
        self, write: bool, lead_id: int | None, reason: Reason, read_error: VicidialError
    ) -> VicidialError:
        if not write:
            return read_error
        return UnknownOutcome(reason, lead_id=lead_id, host=self._where, cause=read_error.reason)

    def _tls_detail(self, exc: Exception) -> str:
        """The TLS library's own reason (``certificate verify failed: ...``), redacted; "" when none."""
        found = _SSL_REASON.search(str(exc))
        return redact(found.group(1), self._secrets()) if found else ""


def _never_connected(exc: requests.exceptions.ConnectionError) -> bool:
    """True when the TCP connection was never made (refused, unknown host): nothing reached the server."""
    reason = getattr(exc.args[0], "reason", None) if exc.args else None
    return isinstance(reason, NewConnectionError) or isinstance(
        exc.args[0] if exc.args else None, NewConnectionError
    )


def _connect_reason(exc: requests.exceptions.ConnectionError) -> Reason:
    text = str(exc)
    if "Name or service not known" in text or "nodename nor servname" in text or "NameResolution" in text:
        return Reason.HOST_UNKNOWN
    if "Connection refused" in text or "refused" in text:
        return Reason.REFUSED
    if "No route to host" in text or "unreachable" in text:
        return Reason.UNREACHABLE
    return Reason.NO_CONNECTION
