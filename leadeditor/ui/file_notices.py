"""Tells the user, once and without blocking the window, about a damaged file the app set aside.

`damaged_files.move_aside` queues a notice wherever a settings, journal or drafts file could not be read; the
window calls `show_file_notices` after it has painted and again after sign-in (when the journal and the
drafts are opened). Each notice is taken from the queue, so it is shown once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from leadeditor.damaged_files import take_notices
from leadeditor.ui.texts import moved_aside_text

__all__ = ["show_file_notices"]


def show_file_notices(parent: QWidget) -> list[QMessageBox]:
    """One non-modal message per queued notice; returns them (kept by the caller, read by tests)."""
    shown: list[QMessageBox] = []
    for notice in take_notices():
        title, text = moved_aside_text(
            notice.kind.value, str(notice.original), None if notice.moved_to is None else str(notice.moved_to)
        )
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setObjectName(f"fileNotice_{notice.kind.value}")
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the path can be copied
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()
        shown.append(box)
    return shown
