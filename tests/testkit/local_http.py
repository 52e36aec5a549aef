"""A throw-away HTTP server on 127.0.0.1 for tests that need answers the sandbox never gives."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar


@contextlib.contextmanager
def serve_http(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """Serve `handler` on a free port in a daemon thread; yield its base URL (no trailing slash)."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


class CannedAnswer(BaseHTTPRequestHandler):
    """Answers every POST with `answer` (status, body); subclass it and set the class attributes per test."""

    answer: ClassVar[tuple[int, bytes]] = (200, b"")
    redirect_to: ClassVar[str | None] = None  # the Location sent with a 3xx status

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        status, body = type(self).answer
        self.send_response(status)
        if self.redirect_to is not None and 300 <= status < 400:
            self.send_header("Location", self.redirect_to)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet: the tests read the client's side


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound once, then released): a server that is down."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
