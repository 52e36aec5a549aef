"""Start-up: the QApplication, the qasync loop, the main window; the demo sandbox and its smoke test.

The first window is painted before asyncio, qasync, requests or the sandbox are imported (DESIGN.md,
"Start-up is a feature").
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QApplication, QWidget

from leadeditor import APP_NAME, __version__

if TYPE_CHECKING:
    import qasync

    from leadeditor.ui.main_window import MainWindow

SANDBOX_USER = "6666"
SANDBOX_PASSWORD = "1234"  # the sandbox's published demo login, not a secret
SMOKE_PHONE = "3125550100"
SMOKE_LEADS = (1, 8, 14)
SMOKE_PICK = 14
# Benchmark hook (benchmarks/bench_startup.py): when set to "1", `run_demo` and `run_with_profile` print
# "first-paint <CLOCK_MONOTONIC ns>" once the main window is painted, then "ready <ns>" once the rest of the
# window is built, and return 0 without starting the loop, the sandbox or the sign-in. No effect otherwise.
EXIT_AFTER_FIRST_PAINT = "LEADEDITOR_EXIT_AFTER_FIRST_PAINT"


def application(argv: list[str] | None = None, *, icon: bool = True, translate: bool = False) -> QApplication:
    """The one QApplication, created with the app's names and icon if there is none yet (`icon=False`:
    the caller sets the icon itself, after the first paint; `translate`: install the user's language and
    colour scheme, before any window is built)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    if translate:
        from leadeditor.ui.language import install_translations
        from leadeditor.ui.theme import apply_scheme

        install_translations(app)
        apply_scheme(app)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("leadeditor")
    app.setDesktopFileName("leadeditor")
    if icon:
        from leadeditor.ui.icon import app_icon

        app.setWindowIcon(app_icon())
    return app


def open_main_window(
    url: str, user: str, password: str, *, non_latin: bool = False, sandbox: bool = False, label: str = ""
) -> MainWindow:
    """Open the window signed in to `url` as `user`, in-process (tests, automation). Needs a running qasync
    loop for its actions; `await window.check_access()` proves the sign-in."""
    from leadeditor.editing.session import open_client
    from leadeditor.ui.main_window import MainWindow

    application()
    window = MainWindow(None, sandbox=sandbox, non_latin=non_latin)
    window.use_client(open_client(url, user, password), non_latin=non_latin, label=label, sandbox=sandbox)
    window.show()
    return window


def run_demo(*, smoke_test: bool = False, non_latin: bool = False) -> int:
    """`leadeditor --demo [--smoke-test]`: the sandbox in-process on a free loopback port, as user 6666."""
    from leadeditor.ui.main_window import MainWindow

    app = application(icon=False, translate=True)
    window = MainWindow(None, sandbox=True, non_latin=non_latin, deferred=True)
    if not _paint_first(app, window):
        return 0
    import asyncio

    loop = _event_loop(app, window)
    state: dict[str, Any] = {"code": 0, "server": None}

    async def start() -> None:
        try:
            server = await asyncio.to_thread(_start_sandbox, non_latin)
            state["server"] = server
            from leadeditor.editing.session import open_client

            client = await asyncio.to_thread(open_client, server.url, SANDBOX_USER, SANDBOX_PASSWORD)
            window.use_client(client, non_latin=non_latin, label="Sandbox", sandbox=True)
            _freeze_long_lived()
            signed_in = await window.check_access()
            if smoke_test:
                code, reason = (1, "could not sign in to the sandbox")
                if signed_in:
                    code, reason = await _smoke(window)
                (sys.stdout if code == 0 else sys.stderr).write(f"smoke test: {reason}\n")
                state["code"] = code
                app.exit(code)
        except Exception as exc:  # start-up must say why it failed, not die silently
            if smoke_test:
                sys.stderr.write(f"smoke test: {type(exc).__name__}: {exc}\n")
                state["code"] = 1
                app.exit(1)
            else:
                window.report_error(exc)

    with loop:
        task = loop.create_task(start())
        if smoke_test:
            loop.call_later(120, lambda: _give_up(app, state))
        loop.run_forever()
        _wind_down(loop, task)
    server = state.get("server")
    if server is not None:
        server.stop()
    _delete_windows(app)
    return int(state["code"])


def run_with_profile(profile_name: str | None = None) -> int:
    """`leadeditor [--profile NAME]`: the window first, then the profile's sign-in (keyring, dialog).

    The window paints before the keyring, `requests` or the settings are imported; the sign-in runs inside the
    qasync loop. Cancelling the sign-in leaves the window open and signed out, with File → Sign in to retry.
    """
    from leadeditor.ui.main_window import MainWindow

    app = application(icon=False, translate=True)
    window = MainWindow(None, deferred=True)
    if not _paint_first(app, window):
        return 0
    loop = _event_loop(app, window)
    window.signInRequested.connect(lambda: loop.create_task(sign_in_window(window, None)))

    with loop:
        task = loop.create_task(sign_in_window(window, profile_name))
        loop.run_forever()
        _wind_down(loop, task)
    _delete_windows(app)
    return 0


_VAULTS: dict[int, Any] = {}


async def sign_in_window(
    window: MainWindow, profile_name: str | None, *, settings: Any = None, vault: Any = None
) -> bool:
    """Sign `window` in through a server profile: from the keyring when remembered, else the sign-in dialog.

    One password vault per window, so that a password kept "for this session only" survives a later sign-in.
    Returns whether the window is now signed in.
    """
    import asyncio

    from leadeditor.secrets import PasswordVault
    from leadeditor.settings import Settings
    from leadeditor.ui.startup import capability_notice, choose_and_sign_in, status_text
    from leadeditor.ui.texts import tr

    try:
        if settings is None:
            settings = await asyncio.to_thread(Settings.load)
            window.show_file_notices()  # a damaged settings file was set aside: say so before the sign-in
        if vault is None:
            vault = _VAULTS.setdefault(id(window), PasswordVault())
        session = await choose_and_sign_in(
            window,
            settings,
            profile_name,
            vault=vault,
            on_status=lambda text: window.set_status(text, "info"),
        )
    except Exception as exc:  # a broken settings file or keyring must be explained, not crash the app
        window.report_error(exc)
        return False
    if session is None:
        window.set_status(tr("Not signed in. Use File → Sign in to a server… to choose one."), "warn")
        return False
    window.use_client(session.client, non_latin=session.non_latin.for_previews, label=session.profile.name)
    _freeze_long_lived()
    window.set_status(status_text(session), "ok")
    window.after_sign_in()  # drafts and unknown writes this server was left with
    notice = capability_notice(session)
    if notice:
        window.set_status(notice, "warn")
    return True


def _paint_first(app: QApplication, window: MainWindow) -> bool:
    """Show the window and paint it before anything heavy loads, then build the rest and start the log.

    False when the benchmark hook (EXIT_AFTER_FIRST_PAINT) says to stop here.
    """
    window.show()
    app.processEvents()  # first paint: before the lead form, the loop machinery, the sandbox or the keyring
    _benchmark_mark("first-paint")
    _finish_start(app, window)
    if _benchmark_stop(app):
        return False
    _start_logging()
    window.restore_geometry()  # after the first paint and the benchmark's marks: it reads the settings file
    return True


def _event_loop(app: QApplication, window: QWidget | None = None) -> qasync.QEventLoop:
    """The qasync loop the app runs on, with plain Python worker threads and the crash hooks; quitting
    cancels every task still running."""
    import asyncio
    import concurrent.futures

    import qasync

    from leadeditor.ui import crash_dialog
    from leadeditor.ui.gui_collector import collect_on_gui_thread

    loop = qasync.QEventLoop(app)
    collect_on_gui_thread()  # reference cycles holding Qt objects are never freed on a worker thread
    # Python threads, not qasync's QThreads: a QThread still running while Python finalizes is how a quit
    # could end in "Fatal Python error: bool_dealloc". Python joins its own threads before finalizing.
    executor = concurrent.futures.ThreadPoolExecutor(4, thread_name_prefix="leadeditor")
    loop.set_default_executor(executor)
    asyncio.set_event_loop(loop)
    app.aboutToQuit.connect(_cancel_tasks)
    hooks = crash_dialog.install(lambda: QApplication.activeWindow() or window, loop)
    _LOOP_PARTS[id(loop)] = (hooks, executor)
    return loop


_LOOP_PARTS: dict[int, tuple[Any, Any]] = {}  # loop -> (crash hooks, worker pool), undone by _wind_down


def _cancel_tasks() -> None:
    from leadeditor.ui import tasks

    tasks.cancel_all()


def _wind_down(loop: qasync.QEventLoop, task: Any) -> None:
    """After the loop stopped, in this order: no task left to touch a window, the crash hooks gone (they
    would open a dialog while Qt is going away), the workers told to stop (a request still in flight ends
    on its own timeout; its result is dropped). The loop is closed by the caller's `with` block."""
    import asyncio

    task.cancel()
    _cancel_tasks()
    for pending in asyncio.all_tasks(loop):
        pending.cancel()
    parts = _LOOP_PARTS.pop(id(loop), None)
    if parts is not None:
        hooks, executor = parts
        hooks.uninstall()
        executor.shutdown(wait=False, cancel_futures=True)
        loop.set_default_executor(None)  # closing the loop must not wait for a request in flight


def _delete_windows(app: QApplication) -> None:
    """Delete every window while Python and Qt are both whole, children before the QApplication, instead
    of leaving them to the interpreter's finalization in no particular order."""
    import gc

    from PySide6.QtCore import QEvent

    for widget in app.topLevelWidgets():
        widget.hide()
        widget.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    gc.collect()


def _finish_start(app: QApplication, window: MainWindow) -> None:
    """What the first paint left out: the icon (rendered from SVG) and the lead form."""
    from leadeditor.ui.icon import app_icon

    app.setWindowIcon(app_icon())
    window.finish_building()


def _freeze_long_lived() -> None:
    """Signed in: what start-up built is kept out of the collector's full passes (gc_policy)."""
    from leadeditor.gc_policy import freeze_long_lived

    freeze_long_lived()


def _start_logging() -> None:
    """The rotating, password-scrubbing log file (after the first paint: it needs platformdirs)."""
    from leadeditor.logs import setup_logging

    setup_logging()


def _benchmark_mark(name: str) -> None:
    """The EXIT_AFTER_FIRST_PAINT hook: print `name` and CLOCK_MONOTONIC in ns (no-op unless it is set)."""
    import os

    if os.environ.get(EXIT_AFTER_FIRST_PAINT) == "1":
        import time

        sys.stdout.write(f"{name} {time.clock_gettime_ns(time.CLOCK_MONOTONIC)}\n")
        sys.stdout.flush()


def _benchmark_stop(app: QApplication) -> bool:
    """The EXIT_AFTER_FIRST_PAINT hook after the rest of the window is built: paint it, mark "ready", stop."""
    import os

    if os.environ.get(EXIT_AFTER_FIRST_PAINT) != "1":
        return False
    app.processEvents()
    _benchmark_mark("ready")
    return True


def _give_up(app: QApplication, state: dict[str, Any]) -> None:
    sys.stderr.write("smoke test: timed out after 120 s\n")
    state["code"] = 1
    app.exit(1)


def _start_sandbox(non_latin: bool) -> Any:
    """Runs in a worker thread: the sandbox (sqlite, http.server) stays off the first-paint path."""
    from leadeditor.sandbox import SandboxServer

    return SandboxServer(non_latin=non_latin).start()


async def _smoke(window: MainWindow) -> tuple[int, str]:
    """Search phone 3125550100 in the whole system through the window, as a user would."""
    import asyncio

    from leadeditor.editing.search import SearchScope
    from leadeditor.ui.results import COLUMN_INDEX, PICK_TEXT

    pane = window.searchPane
    pane.leadIdInput.clear()
    pane.vendorCodeInput.clear()
    pane.matchLeadId.setChecked(False)
    pane.matchVendorCode.setChecked(False)
    pane.matchPhone.setChecked(True)
    pane.set_scope(SearchScope.SYSTEM)
    pane.phoneInput.setText(SMOKE_PHONE)
    before = window.completed_searches
    pane.searchButton.click()
    while window.completed_searches == before:
        await asyncio.sleep(0.05)
    model = window.results.model
    rows = {c.lead_id: c for c in model.candidates()}
    missing = [i for i in SMOKE_LEADS if i not in rows]
    if missing:
        return (
            1,
            f"leads {missing} missing from the results (got {sorted(rows)}); " + window.statusMessage.text(),
        )
    marked = [
        lead_id
        for lead_id in rows
        if model.index(model.row_of(lead_id), COLUMN_INDEX["pick"]).data() == PICK_TEXT
    ]
    if marked != [SMOKE_PICK]:
        return 1, f"expected lead {SMOKE_PICK} marked as the server's pick, got {marked}"
    return 0, (
        f"passed: leads {', '.join(map(str, SMOKE_LEADS))} shown, lead {SMOKE_PICK} marked "
        f"({window.results.summary.text()})"
    )
