"""Errors from the lower layers as plain sentences, and the friendly dialog that shows them."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("LeadEditor", text)


def in_sentence(label: str) -> str:
    """A field label inside a sentence: "Last name" -> "last name", but "GMT offset" and "Source ID" keep
    their capitals (screen readers spell "id" and "gmt" wrongly)."""
    words = label.split(" ")
    return " ".join(w.lower() if w[1:].islower() or len(w) == 1 else w for w in words)


def describe_error(exc: BaseException) -> tuple[str, str]:
    """(title, sentence) for an error, by its class name so this module never imports the client."""
    name = type(exc).__name__
    detail = str(exc).strip()
    table = {
        "AuthenticationFailed": (tr("Sign-in failed"),
                                 tr("The server did not accept the user name or password. After ten failed "
                                    "attempts it locks the user out for 15 minutes.")),
        "LockedOut": (tr("Locked out"),
                      tr("The server has locked this user out after too many failed sign-ins. Try again in "
                         "15 minutes.")),
        "PermissionDenied": (tr("Not allowed"),
                             tr("This user may not do that on the server. Ask an administrator for API "
                                "access "
                                "with permission to modify leads.")),
        "LeadNotFound": (tr("Lead not found"), tr("The server found no such lead.")),
        "InvalidSearch": (tr("Search not sent"), detail or tr("The search is not complete.")),
        "ListNotAllowed": (tr("List not allowed"),
                           tr("This user may not work with leads in that list.")),
        "ServerFailure": (tr("Server error"),
                          tr("The server failed while answering. Nothing on your side is wrong; try again, "
                             "and if it keeps happening tell the dialer administrator.")),
        "UnexpectedResponse": (tr("Unexpected answer"),
                               tr("The server answered in a way Lead Editor does not recognise, so nothing "
                                  "was assumed. Check that this is a VICIdial server.")),
        "ConnectionFailed": (tr("No connection"),
                             tr("Lead Editor could not reach the server. Check the network and try again.")),
        "TimedOut": (tr("No answer"), tr("The server did not answer in time. Try again in a moment.")),
        "UnknownOutcome": (tr("Outcome unknown"),
                           tr("The server did not confirm the change. Search for the lead again to see "
                              "what it holds before trying once more.")),
    }
    if name in table:
        return table[name]
    return tr("Something went wrong"), tr("An unexpected problem stopped this action: {0}").format(
        detail or name)


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """A window-modal, non-blocking error box (open(), not exec())."""
    log.error("action failed: %s", type(exc).__name__, exc_info=(type(exc), exc, exc.__traceback__))
    title, text = describe_error(exc)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorDialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
