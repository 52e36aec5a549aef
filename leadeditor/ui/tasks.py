"""Running work off the GUI thread, and waiting for dialogs, on the qasync loop.

Imported lazily (it pulls in asyncio) so that the first window paints before the event-loop machinery loads.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

T = TypeVar("T")

# Strong references: asyncio keeps only weak ones to running tasks.
_TASKS: set[asyncio.Future[Any]] = set()


def spawn(coro: Coroutine[Any, Any, Any], on_error: Callable[[BaseException], None]) -> asyncio.Future[Any]:
    """Start a coroutine on the running loop; an exception goes to `on_error` (a friendly dialog)."""
    task = asyncio.ensure_future(coro)
    _TASKS.add(task)

    def done(t: asyncio.Future[Any]) -> None:
        _TASKS.discard(t)
        if t.cancelled():
            return
        exc = t.exception()
        if exc is not None:
            on_error(exc)

    task.add_done_callback(done)
    return task


def cancel_all() -> None:
    """Cancel pending tasks (on quit), so nothing touches a closed window."""
    for task in list(_TASKS):
        task.cancel()


async def in_thread(
    fn: Callable[..., T], *args: Any, cancelled: asyncio.Future[None] | None = None, **kwargs: Any
) -> T:
    """Run a blocking call in a worker thread. When `cancelled` resolves first, stop waiting (the thread
    finishes its current request on its own; its result is dropped) and raise CancelledError."""
    work = asyncio.ensure_future(asyncio.to_thread(fn, *args, **kwargs))
    if cancelled is None:
        return await work
    waiting: set[asyncio.Future[Any]] = {work, cancelled}
    done, _ = await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
    if work in done:
        return work.result()
    # Retrieve the late result or error so asyncio does not report it as never awaited.
    work.add_done_callback(lambda f: f.cancelled() or f.exception())
    raise asyncio.CancelledError()


async def dialog_result(dialog: QDialog) -> int:
    """Open a dialog window-modally with open() (never exec() inside a task) and wait for its result."""
    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def finished(code: int) -> None:
        if not future.done():
            future.set_result(int(code))

    dialog.finished.connect(finished)
    dialog.open()
    try:
        return await future
    finally:
        with contextlib.suppress(RuntimeError, TypeError):
            dialog.finished.disconnect(finished)


async def ask(parent: QWidget, title: str, text: str, yes: str, no: str, *, default_yes: bool = True) -> bool:
    """A yes/no question as a window-modal box; True when the user chose `yes`. `default_yes=False` makes
    `no` the default (Enter), for questions whose `yes` loses work."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes_button if default_yes else no_button)
    await dialog_result(box)
    chosen = box.clickedButton() is yes_button
    box.deleteLater()
    return chosen
