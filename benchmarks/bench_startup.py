"""Start-up: how long until the main window is painted, against a bare PySide6 window (DESIGN.md, "Start-up is
a feature": the target is at most 1.25 times the bare window).

Run: python benchmarks/bench_startup.py [--runs N] [--no-cached]
Every run is a fresh subprocess with QT_QPA_PLATFORM=offscreen. The parent reads CLOCK_MONOTONIC just before
starting it; the child prints the same clock once its first window is painted (`show()`, then
`processEvents()`), so Python's start-up, every import and the window's construction are counted, and the
process's teardown is not. Measured:

  bare     a script that creates a QApplication and shows a QMainWindow with a label
  demo     `python -m leadeditor --demo`, stopped at first paint by LEADEDITOR_EXIT_AFTER_FIRST_PAINT=1
  profile  `python -m leadeditor` (run_with_profile) with LEADEDITOR_CONFIG_DIR an empty folder, same hook

For the app, "ready" is also shown: when the rest of the window (built after the first paint) is painted too.

Two settings: "cached", byte code compiled once into a temporary PYTHONPYCACHEPREFIX after a warm-up run
(what an installed app does: pip and PyInstaller ship .pyc files), and "as is", the environment unchanged
(this development venv sets PYTHONDONTWRITEBYTECODE=1, so the package's modules are compiled from source
each time).
Afterwards `-X importtime` lists the largest imports on the demo's first-paint path.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET = 1.25
HOOK = "LEADEDITOR_EXIT_AFTER_FIRST_PAINT"  # leadeditor.app.EXIT_AFTER_FIRST_PAINT (not imported: no Qt here)

BARE = """\
import sys, time
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Hello", window))
window.show()
app.processEvents()
sys.stdout.write(f"first-paint {time.clock_gettime_ns(time.CLOCK_MONOTONIC)}\\n")
"""

# The bare window plus the first use of the `Qt` namespace and of `QStyle`: PySide6 builds every enum of a
# class (about 100 for `Qt`) as a Python enum when the class is first touched. Any real window pays this;
# shown as a floor.
BARE_QT = BARE.replace(
    "app = QApplication",
    """from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle
assert Qt.AlignmentFlag.AlignLeft and QStyle.StandardPixmap.SP_DialogApplyButton
app = QApplication""",
)

# Modules that must stay off the first-paint path (DESIGN.md); reported if the demo ends up importing one.
HEAVY = (
    "requests",
    "keyring",
    "qasync",
    "asyncio",
    "sqlite3",
    "platformdirs",
    "leadeditor.sandbox",
    "leadeditor.vicidial.client",
    "leadeditor.settings",
    "leadeditor.secrets",
)


def now_ns() -> int:
    return time.clock_gettime_ns(time.CLOCK_MONOTONIC)


def run_once(argv: list[str], env: dict[str, str], cwd: str | None) -> tuple[float, float]:
    """(first paint, ready) in ms from just before the process started."""
    started = now_ns()
    done = subprocess.run(argv, env=env, cwd=cwd, capture_output=True, text=True, timeout=60, check=False)
    marks = dict(
        line.split() for line in done.stdout.splitlines() if line.startswith(("first-paint ", "ready "))
    )
    if done.returncode != 0 or "first-paint" not in marks:
        raise SystemExit(f"{argv} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    first = (int(marks["first-paint"]) - started) / 1e6
    ready = (int(marks.get("ready", marks["first-paint"])) - started) / 1e6
    return first, ready


Case = tuple[list[str], str | None]  # argv, working directory (a baseline tree is found through it)


Times = dict[str, tuple[list[float], list[float]]]  # case → (first paint, ready) per run


def measure(cases: dict[str, Case], env: dict[str, str], runs: int) -> Times:
    """Round-robin over the cases, so that load from other jobs on the machine hits every case alike."""
    for argv, cwd in cases.values():
        run_once(argv, env, cwd)  # warm-up: page cache, and the byte-code cache in the cached setting
    out: Times = {name: ([], []) for name in cases}
    for _ in range(runs):
        for name, (argv, cwd) in cases.items():
            first, ready = run_once(argv, env, cwd)
            out[name][0].append(first)
            out[name][1].append(ready)
    return out


def environments(work: Path) -> dict[str, dict[str, str]]:
    base = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_API="pyside6", PYTHONUNBUFFERED="1")
    base.pop("PYTHONPYCACHEPREFIX", None)
    cached = dict(base, PYTHONPYCACHEPREFIX=str(work / "pycache"))
    cached.pop("PYTHONDONTWRITEBYTECODE", None)
    return {"cached": cached, "as is": base}


def importtime(env: dict[str, str], argv: list[str], cwd: str | None) -> list[tuple[int, int, int, str]]:
    """(depth, self µs, cumulative µs, module) of every import before the first paint, in import order.
    stdout and stderr share one pipe, so the hook's "first-paint" line marks where to stop."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *argv],
        env=env,
        cwd=cwd,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        timeout=60,
        check=False,
    )
    rows = []
    for line in done.stdout.splitlines():
        if line.startswith("first-paint"):
            break
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, cumulative, name = line[len("import time:") :].split("|", 2)
        depth = (len(name) - len(name.lstrip()) - 1) // 2
        rows.append((depth, int(own), int(cumulative), name.strip()))
    return rows


def report_imports(env: dict[str, str], cases: dict[str, Case], top: int = 15) -> None:
    """The imports the app's first paint adds to the bare window's, largest first."""
    bare_argv, _ = cases["bare PySide6 window"]
    bare = {name for *_, name in importtime(env, bare_argv[1:], None)}
    for name in ("leadeditor --demo", "baseline --demo"):
        if name not in cases:
            continue
        argv, cwd = cases[name]
        rows = importtime(env, argv[1:], cwd)
        extra = [r for r in rows if r[3] not in bare]
        heavy = [h for h in HEAVY if any(r[3] == h for r in rows)]
        print(
            f"\n{name}: imports before the first paint that the bare window does not make "
            f"({len(extra)} modules, {sum(r[1] for r in extra) / 1000:.1f} ms of self time "
            "under -X importtime)"
        )
        print(
            f"  heavy modules on the path: {', '.join(heavy) if heavy else 'none'} "
            f"(checked: {', '.join(HEAVY)})"
        )
        for _depth, own, cumulative, module in sorted(extra, key=lambda r: -r[2])[:top]:
            print(f"  {cumulative / 1000:6.1f} ms cumulative {own / 1000:6.1f} ms self  {module}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11, help="timed runs per case (after one warm-up)")
    parser.add_argument("--no-as-is", action="store_true", help="only the cached byte-code setting")
    parser.add_argument(
        "--baseline",
        metavar="DIR",
        help="also time the app from another tree holding a `leadeditor/` package (e.g. an "
        "older version with the EXIT_AFTER_FIRST_PAINT hook), run from DIR",
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        work = Path(tmp)
        (work / "bare.py").write_text(BARE)
        (work / "bare_qt.py").write_text(BARE_QT)
        (work / "config").mkdir()
        here = str(Path(__file__).resolve().parent.parent)
        cases: dict[str, Case] = {
            "bare PySide6 window": ([sys.executable, str(work / "bare.py")], None),
            "bare + Qt, QStyle enums": ([sys.executable, str(work / "bare_qt.py")], None),
            "leadeditor --demo": ([sys.executable, "-m", "leadeditor", "--demo"], here),
            "leadeditor (profile)": ([sys.executable, "-m", "leadeditor"], here),
        }
        if args.baseline:
            cases["baseline --demo"] = ([sys.executable, "-m", "leadeditor", "--demo"], args.baseline)
            cases["baseline (profile)"] = ([sys.executable, "-m", "leadeditor"], args.baseline)
        envs = environments(work)
        for env in envs.values():
            env[HOOK] = "1"
            env["LEADEDITOR_CONFIG_DIR"] = str(work / "config")  # empty: no profile, nothing remembered
        print(
            f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, {args.runs} interleaved runs per "
            "case after a warm-up; ms from process start (median / min)"
        )
        for setting, env in envs.items():
            if setting == "as is" and args.no_as_is:
                continue
            print(f"\n[{setting}]")
            times = measure(cases, env, args.runs)
            medians = {name: statistics.median(firsts) for name, (firsts, _) in times.items()}
            for name, (firsts, readies) in times.items():
                line = f"  {name:24} first paint {medians[name]:6.1f} / {min(firsts):6.1f}"
                if not name.startswith("bare"):
                    line += f"   ready {statistics.median(readies):6.1f} / {min(readies):6.1f}"
                print(line)
            bare = medians["bare PySide6 window"]
            for name in list(cases)[1:]:
                ratio = medians[name] / bare
                if name.startswith("bare"):
                    print(f"  ratio {name:24} {ratio:4.2f}  (floor for any window that uses them)")
                    continue
                verdict = "ok" if ratio <= TARGET else f"over the {TARGET} target"
                print(f"  ratio {name:24} {ratio:4.2f}  ({verdict})")
        report_imports(envs["cached"], cases)
    return 0


if __name__ == "__main__":
    sys.exit(main())
