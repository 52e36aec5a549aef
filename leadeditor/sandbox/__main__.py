"""``python -m leadeditor.sandbox``: run the sandbox server until SIGTERM or Ctrl-C.

The first line printed on stdout is the endpoint URL. Requests are logged to stderr, the password redacted.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from leadeditor.sandbox.faults import Fault
from leadeditor.sandbox.server import SandboxServer

__all__ = ["main", "parse_args"]


def _fault(text: str) -> tuple[Fault, int]:
    name, _, count = text.partition(":")
    try:
        fault = Fault[name.strip().upper()]
    except KeyError:
        raise argparse.ArgumentTypeError(
            f"unknown fault {name!r}; choose from {', '.join(f.name for f in Fault)}"
        ) from None
    try:
        number = int(count) if count else 1
    except ValueError:
        raise argparse.ArgumentTypeError(f"bad count in {text!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("the count must be at least 1")
    return fault, number


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m leadeditor.sandbox", description="A local VICIdial non_agent_api.php look-alike."
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port (0 picks a free one)")
    parser.add_argument("--non-latin", action="store_true", help="behave as with use_non_latin=1")
    parser.add_argument(
        "--php8-errors",
        choices=("on", "off"),
        default="on",
        help="on: stock PHP 8.2 (mysqli throws); off: PHP 8.0 behaviour",
    )
    parser.add_argument("--leads", metavar="FILE.csv", help="load these leads instead of the sample")
    parser.add_argument("--db", metavar="FILE", help="keep the data in this SQLite file")
    parser.add_argument("--latency-ms", type=int, default=0, help="delay added to every answer")
    parser.add_argument(
        "--fault",
        action="append",
        type=_fault,
        default=[],
        metavar="NAME[:count]",
        help="inject a fault for the next requests, e.g. HTTP_503:2 (repeatable)",
    )
    parser.add_argument(
        "--fault-seconds", type=float, default=None, help="seconds for LATENCY and HANG faults"
    )
    parser.add_argument("--certfile", help="serve HTTPS with this certificate (PEM)")
    parser.add_argument("--keyfile", help="private key for --certfile")
    parser.add_argument("--quiet", action="store_true", help="do not log requests to stderr")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    server = SandboxServer(
        host=args.host,
        port=args.port,
        non_latin=args.non_latin,
        php8_errors=args.php8_errors == "on",
        leads_csv=args.leads,
        db_path=args.db,
        latency_ms=args.latency_ms,
        certfile=args.certfile,
        keyfile=args.keyfile,
        log_requests=not args.quiet,
    )
    for fault, count in args.fault:
        server.inject(fault, count=count, seconds=args.fault_seconds)
    stop = threading.Event()

    def _on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, _on_signal)
    signal.signal(signal.SIGINT, _on_signal)
    server.start()
    print(server.url, flush=True)
    try:
        while not stop.wait(0.2):
            pass
    finally:
        server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
