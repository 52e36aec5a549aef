"""A thousand candidates (issue 13): first row, all rows, event-loop stalls and peak memory of the window.

Run: python benchmarks/bench_search.py [--leads N] [--matches M] [--runs R] [--baseline DIR]

A sandbox in its own process plays a real VICIdial 2.14 (`--latency-ms 12 --row-latency-ms 2`, N generated
leads, M of them sharing one phone number). Measured, each in a fresh process:
  raw       one `lead_all_info` by phone with a bare `requests.post` (the floor for "all rows")
  app       the main window (`open_main_window`, qasync) searching that phone after a warm-up search: seconds
            from Search to the first row in the table and to the last; the longest gap of a 5 ms heartbeat
            QTimer while the table fills, while it is sorted by every column, and while it is scrolled from
            top to bottom, with the GUI thread's own CPU time in its longest beat (`time.thread_time()`:
            what the window itself did, apart from waiting for a core or the GIL); the process's peak RSS.
            Start-up's objects are frozen out of the collector first, as `leadeditor` does once signed in
  bare      a bare PySide6 window (QApplication, QMainWindow, a label, shown): its peak RSS
`--baseline DIR` also runs the app from another tree (e.g. a checkout of main before this change); `--runs R`
runs each tree R times, interleaved, and prints the medians.
Goals: first row <= 0.5 s, all rows <= 1.25 x raw, no stall > 30 ms, peak memory <= 1.5 x bare.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PHONE = "3125557000"

APP = r"""
import asyncio, json, os, resource, sys, time
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
import qasync
from leadeditor.app import open_main_window
from leadeditor.editing.search import SearchRequest

url, phone = sys.argv[1], sys.argv[2]
window = open_main_window(url, "6666", "1234", sandbox=True, label="bench")
try:  # what `leadeditor` does once signed in (absent from an older tree measured with --baseline)
    from leadeditor.gc_policy import freeze_long_lived
    freeze_long_lived()
except ImportError:
    pass
app = QApplication.instance()
loop = qasync.QEventLoop(app)
asyncio.set_event_loop(loop)
beat = {"last": time.perf_counter(), "worst": 0.0, "cpu": time.thread_time(), "worst_cpu": 0.0}

def tick():
    now, cpu = time.perf_counter(), time.thread_time()
    beat["worst"] = max(beat["worst"], now - beat["last"])
    beat["worst_cpu"] = max(beat["worst_cpu"], cpu - beat["cpu"])  # what the GUI thread itself spent
    beat["last"], beat["cpu"] = now, cpu

timer = QTimer()
timer.setInterval(5)
timer.timeout.connect(tick)
timer.start()
model = window.results.model
seen = {"first": None}

def rows(*_args):
    if seen["first"] is None and model.rowCount() > 0:
        seen["first"] = time.perf_counter()

model.rowsInserted.connect(rows)
model.modelReset.connect(rows)

def reset_beat():
    beat["last"], beat["worst"] = time.perf_counter(), 0.0
    beat["cpu"], beat["worst_cpu"] = time.thread_time(), 0.0

async def main():
    await window.search(SearchRequest(phone_number="3125550103"))  # warm-up: opens the session
    await asyncio.sleep(0.2)
    warm = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    seen["first"] = None
    reset_beat()
    start = time.perf_counter()
    await window.search(SearchRequest(phone_number=phone))
    done = time.perf_counter()
    await asyncio.sleep(0.05)
    fill, fill_cpu = beat["worst"], beat["worst_cpu"]
    table = window.results.table
    reset_beat()
    for column in range(model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            table.sortByColumn(column, order)
            await asyncio.sleep(0.01)
    sort, sort_cpu = beat["worst"], beat["worst_cpu"]
    reset_beat()
    bar = table.verticalScrollBar()
    for step in range(0, bar.maximum() + 1, max(1, bar.pageStep() // 2)):
        bar.setValue(step)
        await asyncio.sleep(0.005)
    scroll, scroll_cpu = beat["worst"], beat["worst_cpu"]
    print(json.dumps({"first": seen["first"] - start, "all": done - start, "rows": model.rowCount(),
                      "fill_stall": fill, "sort_stall": sort, "scroll_stall": scroll,
                      "fill_cpu": fill_cpu, "sort_cpu": sort_cpu, "scroll_cpu": scroll_cpu,
                      "warm_mib": warm,
                      "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))

with loop:
    loop.run_until_complete(main())
sys.stdout.flush()
os._exit(0)  # the figures are out; PySide6 6.12's teardown can die in bool_dealloc (issue 10, not measured)
"""

BARE = r"""
import resource
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("Hello", window))
window.resize(1200, 800)
window.show()
for _ in range(20):
    app.processEvents()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _env(tree: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(tree), "QT_QPA_PLATFORM": "offscreen", "QT_API": "pyside6"}


def _start_sandbox(leads: int, matches: int) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    args = [
        sys.executable,
        "-m",
        "leadeditor.sandbox",
        "--port",
        str(port),
        "--quiet",
        "--latency-ms",
        "12",
        "--row-latency-ms",
        "2",
        "--generate",
        str(leads),
        "--shared-phone",
        f"{PHONE}:{matches}",
    ]
    proc = subprocess.Popen(args, env=_env(ROOT), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/vicidial/non_agent_api.php"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc, url
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the sandbox did not start")


def _raw(url: str, runs: int = 3) -> float:
    import requests

    times = []
    with requests.Session() as session:
        for _ in range(runs):
            start = time.perf_counter()
            reply = session.post(
                url,
                data={
                    "user": "6666",
                    "pass": "1234",
                    "function": "lead_all_info",
                    "phone_number": PHONE,
                    "stage": "pipe",
                    "header": "YES",
                    "source": "bench",
                },
                timeout=120,
            )
            reply.content  # noqa: B018 - read the whole body
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def _run(script: str, tree: Path, *args: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", script, *args],
        env=_env(tree),
        cwd=tree,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if out.returncode:
        raise SystemExit(f"the measured process failed:\n{out.stderr[-3000:]}")
    return out.stdout.strip().splitlines()[-1]


def _line(name: str, r: dict[str, float], raw: float, bare: float) -> str:
    return (
        f"{name}: first row {r['first']:.2f} s, all {r['rows']:.0f} rows {r['all']:.2f} s "
        f"({r['all'] / raw:.2f} x raw); worst stall: filling {r['fill_stall'] * 1000:.0f} ms, "
        f"sorting {r['sort_stall'] * 1000:.0f} ms, scrolling {r['scroll_stall'] * 1000:.0f} ms "
        f"(GUI thread's own CPU in its longest beat: {r['fill_cpu'] * 1000:.0f} / "
        f"{r['sort_cpu'] * 1000:.0f} / {r['scroll_cpu'] * 1000:.0f} ms); "
        f"peak {r['peak_mib']:.0f} MiB ({r['peak_mib'] / bare:.2f} x bare; "
        f"{r['warm_mib']:.0f} MiB before the search)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--leads", type=int, default=5000)
    parser.add_argument("--matches", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=1, help="runs of each tree, interleaved; medians shown")
    parser.add_argument("--baseline", type=Path, help="another tree to measure too (before)")
    opts = parser.parse_args()
    proc, url = _start_sandbox(opts.leads, opts.matches)
    try:
        raw = _raw(url)
        bare = statistics.median(float(_run(BARE, ROOT)) for _ in range(max(1, opts.runs)))
        trees = [("after", ROOT)] + ([("before", opts.baseline)] if opts.baseline else [])
        print(
            f"raw lead_all_info by phone ({opts.matches} leads): {raw:.2f} s; bare window peak {bare:.0f} MiB"
        )
        results: dict[str, list[dict[str, float]]] = {name: [] for name, _ in trees}
        for run in range(opts.runs):
            for name, tree in trees:
                r = json.loads(_run(APP, tree, url, PHONE))
                results[name].append(r)
                print(_line(f"{name} #{run + 1}", r, raw, bare), flush=True)
        if opts.runs > 1:
            for name, runs in results.items():
                median = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
                print(_line(f"{name}, median of {opts.runs}", median, raw, bare))
    finally:
        proc.terminate()
        proc.wait(10)


if __name__ == "__main__":
    main()
