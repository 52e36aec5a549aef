"""Unexpected errors as a short, scrubbed report: a crash log file in the user's log folder and the text that
"Copy details" puts on the clipboard. No Qt here; the window shows the report (`ui/crash_dialog.py`).

Scrubbed like the log (`leadeditor.logs.redact`): every password the app holds, the server's login echo and
`pass=` shapes are replaced before the text reaches the file or the clipboard. Local variables are never
included (a traceback's frames can hold the password), only the formatted stack.
"""

from __future__ import annotations

import logging
import platform
import sys
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from leadeditor.logs import log_path, redact

__all__ = ["MAX_CRASH_LOGS", "CrashReport", "crash_folder", "write_crash_report"]

log = logging.getLogger(__name__)

MAX_CRASH_LOGS = 20
"""Older crash logs beyond this many are removed, so a loop of errors cannot fill the disk."""


@dataclass(frozen=True)
class CrashReport:
    summary: str
    """One line: the error's type and message (scrubbed), for the dialog."""
    details: str
    """The whole scrubbed report: versions, time, the stack."""
    path: Path | None
    """Where the report was written, or None when the log folder cannot be written."""


def crash_folder() -> Path:
    return log_path().parent


def _versions() -> str:
    from leadeditor import __version__

    try:
        import PySide6

        qt = f"PySide6 {PySide6.__version__}"
    except ImportError:  # pragma: no cover - the app cannot run without it
        qt = "PySide6 missing"
    return f"Lead Editor {__version__}; Python {platform.python_version()}; {qt}; {platform.platform()}"


def write_crash_report(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    *,
    where: str = "",
    folder: Path | None = None,
) -> CrashReport:
    """Format, scrub and save a report of an unexpected error. Never raises."""
    stack = "".join(traceback.format_exception(exc_type, exc, tb))
    summary = redact(f"{exc_type.__name__}: {exc}".strip())[:300]
    details = redact(
        f"{_versions()}\n{time.strftime('%Y-%m-%d %H:%M:%S %z')}\n"
        + (f"while: {where}\n" if where else "")
        + "\n"
        + stack
    )
    target: Path | None = None
    try:
        base = folder or crash_folder()
        base.mkdir(parents=True, exist_ok=True)
        target = base / f"crash-{time.strftime('%Y%m%d-%H%M%S')}-{time.monotonic_ns() % 10**6:06d}.log"
        target.write_text(details, encoding="utf-8")
        for old in sorted(base.glob("crash-*.log"))[:-MAX_CRASH_LOGS]:
            old.unlink(missing_ok=True)
    except OSError as error:
        print(f"Lead Editor: could not write a crash log: {error}", file=sys.stderr)
        target = None
    log.error("unexpected error%s: %s (report: %s)", f" while {where}" if where else "", summary, target)
    return CrashReport(summary, details, target)
