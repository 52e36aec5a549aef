"""Quitting is clean: after a long session (search, save, journal, undo, a conflict) Ctrl+Q ends the process
with code 0 and no "Fatal Python error" (issue 10; once `bool_dealloc` on PySide6 6.12). Run in a child
process through the app's own loop, wind-down and window deletion (`leadeditor.app`)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

SESSION = textwrap.dedent("""
    import asyncio, sys
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialog
    from leadeditor import app as A
    from leadeditor.editing.session import open_client
    from leadeditor.ui.main_window import MainWindow

    qapp = A.application(icon=False)
    window = MainWindow(None, sandbox=True, deferred=True)
    A._paint_first(qapp, window)
    loop = A._event_loop(qapp, window)
    state = {}

    async def until(test, seconds=30):
        for _ in range(int(seconds * 20)):
            if test():
                return
            await asyncio.sleep(0.05)
        raise AssertionError("timed out")

    seen = set()

    def showing(name):
        dialog = getattr(window, name)
        try:
            return id(dialog) not in seen and isinstance(dialog, QDialog) and dialog.isVisible()
        except RuntimeError:  # the last one, already deleted
            return False

    async def accept(name):
        await until(lambda: showing(name))
        seen.add(id(getattr(window, name)))
        getattr(window, name).accept()

    async def session():
        try:
            server = await asyncio.to_thread(A._start_sandbox, False)
            state["server"] = server
            client = await asyncio.to_thread(open_client, server.url, A.SANDBOX_USER, A.SANDBOX_PASSWORD)
            window.use_client(client, label="Sandbox", sandbox=True)
            assert await window.check_access()
            pane = window.searchPane
            pane.phoneInput.setText("3125550103")
            before = window.completed_searches
            QTest.keyClick(pane.phoneInput, Qt.Key.Key_Return)
            await until(lambda: window.completed_searches > before and not window.busy)
            window.results.select_lead(4)
            await until(lambda: window.form.lead is not None and window.form.lead.lead_id == 4
                        and not window.busy)
            window.form.rows["last_name"].editor.widget.setText("Jonsen")
            saving = asyncio.ensure_future(window.save())
            await accept("confirmDialog")
            outcome = await saving
            assert server.lead(4)["last_name"] == "Jonsen", server.lead(4)
            await window.show_journal()
            undoing = asyncio.ensure_future(window.undo(outcome.entry_id))
            await accept("confirmDialog")
            await undoing
            assert server.lead(4)["last_name"] == "Johnson"
            # a conflict: someone else changes the lead between the form's read and the save
            window.form.rows["last_name"].editor.widget.setText("Jonsen")
            server._world.conn.execute("UPDATE vicidial_list SET first_name='Alicia' WHERE lead_id=4")
            saving = asyncio.ensure_future(window.save())
            await accept("confirmDialog")
            await until(lambda: saving.done() or showing("conflictDialog"))
            state["ran"] = True
        except BaseException:
            import traceback
            traceback.print_exc()
            raise
        finally:
            window._close_confirmed = True  # the edit left in the form must not hold the quit
            QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
            if window.isVisible():  # no key focus offscreen: the same action
                window.actionQuit.trigger()

    with loop:
        task = loop.create_task(session())
        loop.call_later(120, qapp.quit)
        loop.run_forever()
        A._wind_down(loop, task)
    if state.get("server") is not None:
        state["server"].stop()
    A._delete_windows(qapp)
    print("ran" if state.get("ran") else "did not run", flush=True)
""")


def test_quit_after_a_long_session_is_clean(tmp_path: Path) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        QT_API="pyside6",
        PYTHONFAULTHANDLER="1",
        LEADEDITOR_CONFIG_DIR=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    done = subprocess.run(
        [sys.executable, "-c", SESSION], env=env, capture_output=True, text=True, timeout=180, check=False
    )
    assert "Fatal Python error" not in done.stderr, done.stderr[-3000:]
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip().endswith("ran"), (done.stdout[-2000:], done.stderr[-3000:])
