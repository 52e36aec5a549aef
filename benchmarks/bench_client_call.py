"""One call through `VicidialClient` against a bare `requests.post` to the sandbox: the client's own overhead.

Run: python benchmarks/bench_client_call.py
Each side reads lead 1 with `lead_all_info` (the same parameters), in the same process, one after the other.
Compared three ways: a keep-alive `requests.Session` (what the client uses), a fresh `requests.post` per call,
and the client's `read_lead`, which adds validation, the body encoding, parsing and the `LeadRecord`.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import requests

from leadeditor.sandbox import SandboxServer
from leadeditor.sandbox import server as sandbox_server
from leadeditor.vicidial import VicidialClient

CALLS = 60
PARAMS = {
    "user": "6666",
    "pass": "1234",
    "function": "lead_all_info",
    "lead_id": "1",
    "stage": "pipe",
    "header": "YES",
    "source": "leadeditor",
}


def timed(call: Callable[[], object], calls: int = CALLS) -> list[float]:
    call()  # warm up (connection, imports)
    out = []
    for _ in range(calls):
        started = time.perf_counter()
        call()
        out.append((time.perf_counter() - started) * 1000)
    return out


def run(nodelay: bool) -> None:
    # The sandbox writes headers and body in two segments; on a kept-alive connection Nagle's algorithm then
    # waits for the client's delayed ACK (about 40 ms on Linux). `nodelay` sets TCP_NODELAY on its sockets (a
    # benchmark-only switch of the stdlib handler) to show the client's own cost without that artefact.
    handler = sandbox_server._Handler
    previous = handler.disable_nagle_algorithm
    handler.disable_nagle_algorithm = nodelay
    try:
        with SandboxServer() as server:
            client = VicidialClient(server.url, "6666", "1234")
            session = requests.Session()
            fresh = timed(lambda: requests.post(server.url, data=PARAMS, timeout=10).content)
            kept = timed(lambda: session.post(server.url, data=PARAMS, timeout=10).content)
            ours = timed(lambda: client.read_lead(1))
    finally:
        handler.disable_nagle_algorithm = previous
    print(f"sandbox TCP_NODELAY {'on' if nodelay else 'off (as shipped)'}:")
    rows = (
        ("bare requests.post (new connection each call)", fresh),
        ("bare requests.Session().post (keep-alive)", kept),
        ("VicidialClient.read_lead (keep-alive)", ours),
    )
    for name, times in rows:
        print(f"  {name:50s} median {statistics.median(times):6.2f} ms  best {min(times):6.2f} ms")
    kept_ratio = statistics.median(ours) / statistics.median(kept)
    print(f"  ratio client / keep-alive post: {kept_ratio:.2f} (median), {min(ours) / min(kept):.2f} (best)")
    fresh_ratio = statistics.median(ours) / statistics.median(fresh)
    print(f"  ratio client / new-connection post: {fresh_ratio:.2f} (median)")


def main() -> None:
    run(nodelay=False)
    run(nodelay=True)


if __name__ == "__main__":
    main()
