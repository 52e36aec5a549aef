"""Errors from the lower layers as plain sentences (chosen by type, written in `ui.texts`), and the friendly
dialog that shows them."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from leadeditor.ui.error_texts import describe_error, error_text, find_tls
from leadeditor.ui.texts import tr

__all__ = ["describe_error", "error_text", "find_tls", "show_error", "status_after"]

log = logging.getLogger(__name__)


def status_after(message: str, lead_id: int | None, error: BaseException | None) -> str:
    """The status line after a write: the editing layer's words, or, when the server or the connection
    refused it, the error's own sentence (the error's ``str()`` is for the log)."""
    from leadeditor.vicidial import errors as e

    if not isinstance(error, e.VicidialError) or isinstance(error, e.UnknownOutcome):
        return message
    if lead_id:
        return tr("Lead {lead} was not changed. {why}").format(lead=lead_id, why=error_text(error))
    return tr("Nothing was changed. {why}").format(why=error_text(error))


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """A window-modal, non-blocking error box (open(), not exec())."""
    log.error("action failed: %s", type(exc).__name__, exc_info=(type(exc), exc, exc.__traceback__))
    title, text = describe_error(exc)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorDialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
