"""The HTTP side of the sandbox: a threading ``http.server`` that runs the emulated script, plus faults."""

from __future__ import annotations

import contextlib
import os
import socket
import ssl
import sys
import threading
import time
from collections.abc import Callable, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from leadeditor.sandbox.faults import WRITE, Fault, FaultPlan, PlannedFault, error_page, php_warnings
from leadeditor.sandbox.functions import FUNCTIONS, ROW_FUNCTIONS
from leadeditor.sandbox.phpinput import POST_MAX_SIZE, PhpInput
from leadeditor.sandbox.request_log import LoggedRequest, RequestLog
from leadeditor.sandbox.script import Response, Script, ServerInfo, is_write, server_now_text
from leadeditor.sandbox.world import LEAD_COLUMNS, World

__all__ = ["ENDPOINT", "FAULT_SELECTORS", "LoggedRequest", "SandboxServer"]

ENDPOINT = "/vicidial/non_agent_api.php"
_BODY_LIMIT = 64 * 1024 * 1024  # above this the connection is closed rather than read
# What ``--fault NAME@SELECTOR`` and ``inject(function=...)`` accept.
FAULT_SELECTORS = (WRITE, "version", *FUNCTIONS)
_HEADERS = (
    ("Content-type", "text/html; charset=utf-8"),
    ("Cache-Control", "no-cache, must-revalidate"),
    ("Pragma", "no-cache"),
)


def _redacted(params: dict[str, Any]) -> dict[str, Any]:
    return {k: ("***" if k == "pass" else v) for k, v in params.items()}


class _Handler(BaseHTTPRequestHandler):
    server: _HTTPServer
    _entry: LoggedRequest | None = None  # the request being served, for its answered_at
    protocol_version = "HTTP/1.1"
    # headers and body go out in separate writes: without TCP_NODELAY every kept-alive call waits ~40 ms
    # for the client's delayed ACK
    disable_nagle_algorithm = True
    server_version = "Apache/2.4.62 (Unix)"
    timeout = 60  # a client that stops sending mid-request must not hold a thread forever
    sys_version = ""

    def version_string(self) -> str:
        return self.server_version

    def log_message(self, format: str, *args: Any) -> None:
        pass  # requests are logged by _log_request, with the password redacted

    def _read_body(self) -> bytes | None:
        length_text = self.headers.get("Content-Length")
        if length_text is None:
            if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
                return self._read_chunked()
            return b""
        try:
            length = int(length_text)
        except ValueError:
            return None
        if length < 0 or length > _BODY_LIMIT:
            return None
        chunks, left = [], length
        while left > 0:
            chunk = self.rfile.read(min(left, 1 << 16))
            if not chunk:
                return None
            chunks.append(chunk)
            left -= len(chunk)
        body = b"".join(chunks)
        return body if len(body) <= POST_MAX_SIZE else b""

    def _read_chunked(self) -> bytes | None:
        chunks: list[bytes] = []
        total = 0
        while True:
            size_line = self.rfile.readline(1024)
            try:
                size = int(size_line.split(b";", 1)[0].strip() or b"x", 16)
            except ValueError:
                return None
            if size == 0:
                while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                break
            total += size
            if total > _BODY_LIMIT:
                return None
            chunks.append(self.rfile.read(size))
            self.rfile.readline(1024)
        body = b"".join(chunks)
        return body if len(body) <= POST_MAX_SIZE else b""

    def _handle(self) -> None:
        sandbox = self.server.sandbox
        try:
            body = self._read_body()
        except (OSError, ValueError):
            body = None
        if body is None:
            self.close_connection = True
            self._send(Response(413, "Request Entity Too Large", b""), html=True)
            return
        target = urlsplit(self.path)
        if target.path != ENDPOINT:
            page = (
                b'<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found'
                b"</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this "
                b"server.</p>\n</body></html>\n"
            )
            self._send(Response(404, "Not Found", page), html=True)
            return
        query = self.path.split("?", 1)[1].encode("utf-8", "surrogateescape") if "?" in self.path else b""
        inp = PhpInput.build(self.command, query, body, self.headers.get("Content-Type", ""))
        function = str(inp.param("function") or "")
        entry = LoggedRequest(
            self.command,
            inp.merged(),
            dict(inp.get),
            [(k, inp.post[k]) for k in inp.post_order],
            function=function,
            is_write=is_write(inp, non_latin=sandbox.non_latin),
            received_at=time.time(),
        )
        sandbox._record(entry)
        self._entry = entry
        try:
            self._serve(inp, entry)
        finally:
            self._answered()
            self._entry = None

    def _answered(self) -> None:
        """Close the log entry before the client can see the answer (tests read the log right after it)."""
        entry = self._entry
        if entry is not None and entry.answered_at is None:
            entry.answered_at = time.time()
            if entry.wrote is None:
                entry.wrote = False

    def _serve(self, inp: PhpInput, entry: LoggedRequest) -> None:
        """Latency and faults around one run of the script (what a slow or broken network would do)."""
        sandbox = self.server.sandbox
        fault = sandbox._faults.take(entry.function, entry.is_write)
        entry.fault = fault.fault.name if fault is not None else None
        delay = sandbox.latency_ms / 1000.0
        if fault is not None and fault.fault is Fault.LATENCY:
            delay += fault.delay
        if delay > 0:
            time.sleep(delay)
        kind = fault.fault if fault is not None else None
        if self._fault_before_run(fault):
            return
        response = sandbox._run(inp, self, entry)
        if entry.function in ROW_FUNCTIONS and sandbox.row_latency_ms > 0:
            # the real server's cost grows with the rows it reads and prints (issue 13: ~2 ms a line)
            time.sleep(response.body.count(b"\n") * sandbox.row_latency_ms / 1000.0)
        if kind is Fault.DROP_AFTER_WRITE:
            self._drop()
            return
        if kind is Fault.TRUNCATED_BODY:
            body_bytes = response.body or b"SUCCESS: "
            self.send_response(response.status, response.reason)
            for name, value in _HEADERS:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body_bytes) + 100))
            self.end_headers()
            self._answered()
            self.wfile.write(body_bytes[: max(1, len(body_bytes) // 2)])
            self.wfile.flush()
            self._drop()
            return
        if kind is Fault.RANDOM_BYTES:
            response = Response(200, "OK", os.urandom(64))
        if kind is Fault.EMPTY_AFTER_WRITE:
            response = Response(200, "OK", b"")
        if kind is Fault.PHP_WARNINGS:
            response = Response(response.status, response.reason, php_warnings() + response.body)
        self._send(response)

    def _fault_before_run(self, fault: PlannedFault | None) -> bool:
        """The faults that answer (or drop) without running the script; True when one did."""
        kind = fault.fault if fault is not None else None
        if kind is Fault.HANG:
            time.sleep(fault.delay if fault else 0)
            self._drop()
            return True
        if kind is Fault.DROP_BEFORE_WRITE:
            self._drop()
            return True
        if kind is Fault.EMPTY_BEFORE_WRITE:
            self._send(Response(200, "OK", b""))
            return True
        if kind in (Fault.HTTP_500, Fault.HTTP_502, Fault.HTTP_503):
            status = {Fault.HTTP_500: 500, Fault.HTTP_502: 502, Fault.HTTP_503: 503}[kind]
            reason = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}[status]
            self._send(Response(status, reason, error_page(status)), html=True)
            return True
        return False

    def _send(self, response: Response, *, html: bool = False) -> None:
        self.send_response(response.status, response.reason)
        if html:
            self.send_header("Content-Type", "text/html; charset=iso-8859-1")
        else:
            for name, value in _HEADERS:
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self._answered()  # before the headers: an empty body is complete with them
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)

    def _drop(self) -> None:
        self._answered()
        self.close_connection = True
        try:
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def _safe(self) -> None:
        try:
            self._handle()
        except (ConnectionError, TimeoutError, ssl.SSLError):
            self.close_connection = True
        except Exception as exc:  # never let a request take the server down
            self.close_connection = True
            print(f"sandbox: internal error: {exc!r}", file=sys.stderr)
            with contextlib.suppress(OSError):
                self._send(Response(500, "Internal Server Error", b""))

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_HEAD = _safe


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    sandbox: SandboxServer

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def cut_open_connections(self) -> None:
        """A stopped server answers nothing more: kept-alive connections are closed too, so a client's
        next request finds the port refused instead of a handler thread still serving."""
        with self._open_lock:
            sockets = list(self._open)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class SandboxServer:
    """A VICIdial ``non_agent_api.php`` look-alike on a local port (see the package README)."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        non_latin: bool = False,
        php8_errors: bool = True,
        leads_csv: str | None = None,
        db_path: str | None = None,
        latency_ms: int = 0,
        row_latency_ms: float = 0.0,
        generate: int = 0,
        shared_phones: Sequence[tuple[str, int]] = (),
        clock: Callable[[], float] | None = None,
        certfile: str | None = None,
        keyfile: str | None = None,
        log_requests: bool = False,
    ) -> None:
        self.host = host
        self.port = port
        self.non_latin = non_latin
        self.php8_errors = php8_errors
        self.latency_ms = latency_ms
        self.row_latency_ms = row_latency_ms
        self.clock: Callable[[], float] = clock or time.time
        self.certfile = certfile
        self.keyfile = keyfile
        self.log_requests = log_requests
        self.request_log = RequestLog()
        self._faults = FaultPlan()
        self._world = World(
            db_path,
            leads_csv,
            now=server_now_text(self.clock()),
            non_latin=non_latin,
            generate=generate,
            shared_phones=shared_phones,
        )
        self._script_lock = threading.Lock()
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    # ----------------------------------------------------------------- life cycle
    def start(self) -> SandboxServer:
        if self._httpd is not None:
            return self
        httpd = _HTTPServer((self.host, self.port), _Handler)
        httpd.sandbox = self
        if self.certfile:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(self.certfile, self.keyfile)
            httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
        self._httpd = httpd
        self.port = httpd.server_address[1]
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.1}, name="vicidial-sandbox", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        httpd, self._httpd = self._httpd, None
        if httpd is not None:
            httpd.shutdown()
            httpd.server_close()
            httpd.cut_open_connections()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def close(self) -> None:
        self.stop()
        self._world.close()

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        scheme = "https" if self.certfile else "http"
        host = self.host if ":" not in self.host else f"[{self.host}]"
        return f"{scheme}://{host}:{self.port}{ENDPOINT}"

    # ----------------------------------------------------------------- data access for tests and the demo
    def lead(self, lead_id: int) -> dict[str, str | None] | None:
        return self._world.lead(lead_id)

    def custom_value(self, lead_id: int, label: str) -> str | None:
        lead = self._world.lead(lead_id)
        candidates = []
        if lead is not None:
            candidates = [lead.get("entry_list_id") or "", lead.get("list_id") or ""]
        for table_id in candidates:
            row = self._world.custom_row(table_id, lead_id) if table_id and table_id != "0" else None
            if row is not None and label in row:
                return row[label]
        return None

    def api_log(self) -> list[dict[str, str | None]]:
        """Rows of vicidial_api_log written so far, oldest first (user, function, result, ...)."""
        names = (
            "api_id",
            "user",
            "function",
            "value",
            "result",
            "result_reason",
            "source",
            "data",
            "api_date",
        )
        rows = self._world.query(f"SELECT {', '.join(names)} FROM vicidial_api_log ORDER BY api_id")
        return [
            {
                n: (
                    v.decode("utf-8", "surrogateescape")
                    if isinstance(v, bytes)
                    else None
                    if v is None
                    else str(v)
                )
                for n, v in zip(names, row, strict=True)
            }
            for row in rows
        ]

    def set_lead_field(self, lead_id: int, column: str, value: str | None) -> None:
        """Write a column directly, as an agent screen would (modify_date follows a change)."""
        if column == "lead_id" or column not in LEAD_COLUMNS:
            raise KeyError(column)
        lead = self._world.lead(lead_id)
        if lead is None:
            raise KeyError(lead_id)
        changes: dict[str, str | None] = {column: value}
        if column != "modify_date" and lead.get(column) != value:
            changes["modify_date"] = server_now_text(self.clock())
        self._world.write_lead(lead_id, changes)

    def revoke_modify_leads(self, user: str) -> None:
        """An administrator takes the user's right to modify leads away (`modify_leads` 0), mid-session."""
        self._world.set_modify_leads(user, "0")

    def agent_on_lead(
        self, user: str, lead_id: int | None, status: str = "INCALL", campaign_id: str = "TESTCAMP"
    ) -> None:
        """An agent logs in with `lead_id` on its screen (`logged_in_agents` lists it); None logs it out."""
        self._world.set_live_agent(user, lead_id, status, campaign_id)

    def revoke_view_reports(self, user: str) -> None:
        """An administrator turns "view reports" off: lead_all_info and logged_in_agents refuse the user."""
        self._world.set_view_reports(user, "0")

    def lock_out(self, user: str) -> None:
        """Ten failed logins since a recent success: the server now refuses the user (lock-out)."""
        self._world.set_login_state(user, 10, self.clock())

    def remove_lead(self, lead_id: int) -> None:
        """Delete a lead outright, as another client or a purge would."""
        if not self._world.delete_lead(lead_id):
            raise KeyError(lead_id)

    # ----------------------------------------------------------------- faults
    def inject(
        self, fault: Fault, *, count: int = 1, function: str | None = None, seconds: float | None = None
    ) -> None:
        """Let the next ``count`` matching requests meet ``fault``. ``function``: None for any request, an API
        function name (``update_lead`` hits every update_lead, the check-first ``no_update=Y`` one too), or
        ``"write"`` (``faults.WRITE``) for only the update_lead calls that really write."""
        if function is not None and function not in FAULT_SELECTORS:
            raise ValueError(f"unknown fault selector {function!r}; choose from {', '.join(FAULT_SELECTORS)}")
        self._faults.add(fault, count, function, seconds)

    def clear_faults(self) -> None:
        self._faults.clear()

    # ----------------------------------------------------------------- request plumbing
    def _record(self, entry: LoggedRequest) -> None:
        self.request_log.append(entry)
        if self.log_requests:
            print(f"sandbox: {entry.method} {_redacted(entry.params)}", file=sys.stderr, flush=True)

    def _run(self, inp: PhpInput, handler: _Handler, entry: LoggedRequest) -> Response:
        host = (handler.headers.get("Host") or self.host).rsplit(":", 1)[0]
        info = ServerInfo(
            non_latin=self.non_latin,
            php8_errors=self.php8_errors,
            remote_ip=handler.client_address[0],
            server_name=host,
            server_port=self.port,
            https=bool(self.certfile),
        )
        with self._script_lock:  # one script at a time: MyISAM-like, and keeps the login bookkeeping exact
            before = self._world.data_changes
            response = Script(inp, self._world, info, self.clock(), FUNCTIONS).run()
            entry.wrote = self._world.data_changes != before
            return response
