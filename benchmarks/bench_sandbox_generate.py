"""How long the sandbox takes to start with generated data, and what the cost model makes a big read cost.

Run: python benchmarks/bench_sandbox_generate.py [N]   (N generated leads, default 100000)
Reports, each the median of three runs: the start of
`SandboxServer(generate=N, shared_phones=[(PHONE, 1000)])` (seeding, generation and the bulk insert), then
one `lead_all_info` by phone for the 1,000 leads sharing PHONE, without a cost model and with the real
server's (12 ms a request, 2 ms a line: about 2 s expected).
"""

from __future__ import annotations

import statistics
import sys
import time

import requests

from leadeditor.sandbox import SandboxServer

PHONE = "3125550999"
QUERY = f"user=6666&pass=1234&source=bench&function=lead_all_info&phone_number={PHONE}"


def start_seconds(count: int) -> float:
    started = time.perf_counter()
    server = SandboxServer(generate=count, shared_phones=[(PHONE, 1000)]).start()
    seconds = time.perf_counter() - started
    server.close()
    return seconds


def read_seconds(count: int, latency_ms: int, row_latency_ms: float) -> tuple[float, int]:
    server = SandboxServer(
        generate=count, shared_phones=[(PHONE, 1000)], latency_ms=latency_ms, row_latency_ms=row_latency_ms
    ).start()
    try:
        times, lines = [], 0
        for _ in range(3):
            started = time.perf_counter()
            lines = requests.get(f"{server.url}?{QUERY}", timeout=60).content.count(b"\n")
            times.append(time.perf_counter() - started)
        return statistics.median(times), lines
    finally:
        server.close()


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    starts = [start_seconds(count) for _ in range(3)]
    print(
        f"start with {count} generated leads: median {statistics.median(starts):.2f} s"
        f" (best {min(starts):.2f} s)"
    )
    for latency, per_row in ((0, 0.0), (12, 2.0)):
        seconds, lines = read_seconds(count, latency, per_row)
        print(
            f"lead_all_info by phone, {lines} lines, cost model {latency} ms + {per_row} ms/line:"
            f" {seconds:.2f} s"
        )


if __name__ == "__main__":
    main()
