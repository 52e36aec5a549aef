"""``python -m leadeditor.sandbox``: run the sandbox server until SIGTERM or Ctrl-C.

The first line printed on stdout is the endpoint URL. Requests are logged to stderr, the password redacted.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from types import FrameType

from leadeditor.sandbox.faults import Fault
from leadeditor.sandbox.server import FAULT_SELECTORS, SandboxServer

__all__ = ["main", "parse_args"]


def _fault(text: str) -> tuple[Fault, int, str | None]:
    """``NAME[:count][@function]``: the selector is an API function name or ``write``."""
    head, at, selector = text.partition("@")
    function = selector.strip().lower() if at else None
    if function is not None and function not in FAULT_SELECTORS:
        raise argparse.ArgumentTypeError(
            f"unknown selector @{selector}; choose from {', '.join(FAULT_SELECTORS)}"
        )
    name, _, count = head.partition(":")
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
    return fault, number, function


def _shared_phone(text: str) -> tuple[str, int]:
    phone, _, count = text.partition(":")
    if not (phone.isascii() and phone.isdigit() and 6 <= len(phone) <= 18):
        raise argparse.ArgumentTypeError(f"bad phone number in {text!r} (6 to 18 digits)")
    try:
        number = int(count)
    except ValueError:
        raise argparse.ArgumentTypeError(f"bad count in {text!r}; use PHONE:COUNT") from None
    if number < 1:
        raise argparse.ArgumentTypeError("the count must be at least 1")
    return phone, number


def _non_negative(kind: type[int] | type[float]) -> Callable[[str], float]:
    def parse(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if value < 0:
            raise argparse.ArgumentTypeError("must not be negative")
        return value

    return parse


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
    parser.add_argument(
        "--latency-ms", type=int, default=0, metavar="A", help="delay in ms added to every answer"
    )
    parser.add_argument(
        "--row-latency-ms",
        type=_non_negative(float),
        default=0.0,
        metavar="B",
        help="delay per returned line of a lead_all_info or lead_search answer (1,000 lines cost 1,000*B ms)",
    )
    parser.add_argument(
        "--generate",
        type=_non_negative(int),
        default=0,
        metavar="N",
        help="add N deterministic synthetic leads (IDs from 1000) to the sample data",
    )
    parser.add_argument(
        "--shared-phone",
        action="append",
        type=_shared_phone,
        default=[],
        metavar="PHONE:COUNT",
        help="COUNT of the generated leads get this phone number, spread over several lists (repeatable)",
    )
    parser.add_argument(
        "--fault",
        action="append",
        type=_fault,
        default=[],
        metavar="NAME[:count][@function]",
        help=(
            "inject a fault for the next requests, e.g. HTTP_503:2; @update_lead (or any API function) hits "
            "only that function, @write only the update_lead calls that write (not no_update=Y) (repeatable)"
        ),
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
    if args.shared_phone and not args.generate:
        print("sandbox: --shared-phone needs --generate N", file=sys.stderr)
        return 2
    try:
        server = _server(args)
    except ValueError as exc:  # e.g. more shared-phone leads than generated ones
        print(f"sandbox: {exc}", file=sys.stderr)
        return 2
    for fault, count, function in args.fault:
        server.inject(fault, count=count, function=function, seconds=args.fault_seconds)
    return _serve(server)


def _server(args: argparse.Namespace) -> SandboxServer:
    return SandboxServer(
        host=args.host,
        port=args.port,
        non_latin=args.non_latin,
        php8_errors=args.php8_errors == "on",
        leads_csv=args.leads,
        db_path=args.db,
        latency_ms=args.latency_ms,
        row_latency_ms=args.row_latency_ms,
        generate=int(args.generate),
        shared_phones=args.shared_phone,
        certfile=args.certfile,
        keyfile=args.keyfile,
        log_requests=not args.quiet,
    )


def _serve(server: SandboxServer) -> int:
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
