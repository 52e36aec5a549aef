"""What the first save, undo and journal window need, imported in a worker thread at the user's first edit
(the main window starts it): imported on the GUI thread at the Save click, they stalled it for 30-60 ms
(zoneinfo and sysconfig behind the confirm dialog's GMT check, the journal window's module;
bench_responsive.py, issue 13). Not at start-up: a window that only searches never loads them.

Only modules, no Qt objects: a widget is still built on the GUI thread, when it is needed. Only the common
path: the dialogs of a conflict or a failure load when one happens (about 0.6 MiB more memory otherwise);
these cost about 1.5 MiB.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable

MODULES = (
    "leadeditor.editing.after_save",  # the first lead shown
    "leadeditor.ui.confirm_dialog",  # the first save
    "leadeditor.editing.gmt_offset",  # ... its GMT check: zoneinfo, sysconfig
    "leadeditor.ui.journal_window",  # Edit > Undo and the journal window
    "leadeditor.editing.journaling",
)


_STARTED: list[threading.Thread] = []


def preload_in_background(then: Callable[[], None] | None = None) -> threading.Thread:
    """Start importing `MODULES` in a worker thread (once per process: later calls return that thread);
    `then` runs in that thread once they are in.

    Not a daemon: a quit right after the sign-in waits for the imports (well under a second) instead of
    leaving a thread importing while Python shuts down."""

    def work() -> None:
        for name in MODULES:
            importlib.import_module(name)
        if then is not None:
            then()

    if _STARTED:
        return _STARTED[0]
    thread = threading.Thread(target=work, name="leadeditor-preload")
    _STARTED.append(thread)
    thread.start()
    return thread
