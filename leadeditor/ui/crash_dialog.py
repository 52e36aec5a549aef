"""Unexpected errors: one hook for the three places Python reports them (`sys.excepthook`,
`threading.excepthook`, the asyncio loop's exception handler). Each writes a scrubbed crash log
(`leadeditor.crash_log`) and shows a short report with "Copy details"; the window stays open and usable.

The hooks may fire on a worker thread: the report is written there, the dialog is shown on the GUI thread
through a queued signal. While one report is open, later errors are logged and written but do not pile up
dialogs.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leadeditor.crash_log import CrashReport, write_crash_report
from leadeditor.ui.geometry import RememberGeometry, fit_on_screen
from leadeditor.ui.texts import tr

log = logging.getLogger(__name__)


class CrashDialog(RememberGeometry, QDialog):
    """The short report: what happened in plain words, where the log is, the details folded away."""

    geometry_key = "crash"

    def __init__(self, report: CrashReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(tr("Something unexpected happened"))
        self.report = report
        layout = QVBoxLayout(self)
        where = (
            tr("A report was saved in {0}.").format(report.path)
            if report.path is not None
            else tr("The report could not be saved to disk; copy the details instead.")
        )
        self.message = QLabel(
            tr(
                "Lead Editor met an error it did not expect. Nothing more was sent to the "
                "server because of it, and the window stays open: check the lead you were "
                "working on before saving again.\n\n{0} No password is in it; you can send "
                "it to whoever supports Lead Editor."
            ).format(where),
            self,
        )
        self.message.setObjectName("crashMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.details = QPlainTextEdit(report.details, self)
        self.details.setObjectName("crashDetails")
        self.details.setAccessibleName(tr("Error details"))
        self.details.setReadOnly(True)
        self.details.hide()
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(self)
        self.showDetailsButton = QPushButton(tr("Show &details"), self)
        self.showDetailsButton.setObjectName("showDetailsButton")
        self.showDetailsButton.setCheckable(True)
        self.showDetailsButton.toggled.connect(self.details.setVisible)
        self.copyButton = QPushButton(tr("&Copy details"), self)
        self.copyButton.setObjectName("copyDetailsButton")
        self.copyButton.clicked.connect(self.copy_details)
        self.closeButton = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.showDetailsButton, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copyButton, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.closeButton.setDefault(True)
        fit_on_screen(self, self.sizeHint().expandedTo(QSize(520, 220)))
        self.restore_geometry()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.report.details)
        self.copyButton.setText(tr("Copied"))

    def done(self, code: int) -> None:
        self.save_geometry()
        super().done(code)


class _Relay(QObject):
    """Carries a report from any thread to the GUI thread (a queued connection across threads)."""

    reported = Signal(object)


class CrashHooks:
    """The installed hooks; `uninstall()` puts the previous ones back (tests, and a clean quit)."""

    def __init__(self, parent: Callable[[], QWidget | None]) -> None:
        self._parent = parent
        self._relay = _Relay()
        self._relay.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.dialog: CrashDialog | None = None
        self.reports: list[CrashReport] = []
        self._previous_sys = sys.excepthook
        self._previous_threading = threading.excepthook
        self._loops: list[tuple[Any, Any]] = []

    # -- the three sources ------------------------------------------------------------------------------
    def install(self, loop: Any = None) -> CrashHooks:
        sys.excepthook = self._sys_hook
        threading.excepthook = self._threading_hook
        if loop is not None:
            self._loops.append((loop, loop.get_exception_handler()))
            loop.set_exception_handler(self._loop_hook)
        return self

    def uninstall(self) -> None:
        sys.excepthook = self._previous_sys
        threading.excepthook = self._previous_threading
        for loop, previous in self._loops:
            loop.set_exception_handler(previous)
        self._loops.clear()

    def _sys_hook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_sys(exc_type, exc, tb)
            return
        self.report(exc_type, exc, tb, "")

    def _threading_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "?"
        self.report(args.exc_type, args.exc_value, args.exc_traceback, f"a background task ({name})")

    def _loop_hook(self, loop: Any, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        if not isinstance(exc, Exception):  # a plain message (e.g. a task never awaited): only log it
            loop.default_exception_handler(context)
            return
        self.report(type(exc), exc, exc.__traceback__, str(context.get("message", ""))[:200])

    # -- reporting --------------------------------------------------------------------------------------
    def report(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, where: str
    ) -> None:
        """Write the crash log at once (any thread), then show the report on the GUI thread."""
        crash = write_crash_report(exc_type, exc, tb, where=where)
        self.reports.append(crash)
        self._relay.reported.emit(crash)

    def _show(self, crash: CrashReport) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return  # one report on screen at a time; the others are in the log folder
        if QApplication.instance() is None:
            return
        parent = self._parent()
        self.dialog = CrashDialog(crash, parent.window() if parent is not None else None)
        self.dialog.open()  # window-modal, never exec(): the loop keeps turning


def install(parent: Callable[[], QWidget | None], loop: Any = None) -> CrashHooks:
    """Install the hooks for the app; `parent()` gives the window the report opens over."""
    return CrashHooks(parent).install(loop)
