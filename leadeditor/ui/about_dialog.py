"""Help → About: the version, Qt and PySide6, the keyring in use and the folders, with "Copy diagnostics".

The keyring's name is found in a worker thread (its discovery may take a moment); until then the row says
"checking…". Nothing here can show a secret: `leadeditor.diagnostics` holds no password, server or user.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leadeditor import APP_NAME
from leadeditor.diagnostics import Diagnostics, collect
from leadeditor.ui import accessibility
from leadeditor.ui.geometry import RememberedDialog
from leadeditor.ui.texts import tr


def _row_titles() -> dict[str, str]:
    """The row titles on screen (the copied diagnostics stay in English, for support)."""
    return {
        "Qt": tr("Qt:"),
        "PySide6": tr("PySide6:"),
        "Python": tr("Python:"),
        "System": tr("System:"),
        "Keyring": tr("Keyring:"),
        "Log folder": tr("Log folder:"),
        "Journal folder": tr("Journal folder:"),
        "Settings folder": tr("Settings folder:"),
    }


class AboutDialog(RememberedDialog):
    """Open with open(); `refresh_keyring()` fills in the keyring row when it is known."""

    geometry_key = "about"

    def showEvent(self, event):
        accessibility.complete(self)  # every input gets the help text it shows as its description
        super().showEvent(event)

    def __init__(self, parent: QWidget | None = None, keyring: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(tr("About %s") % APP_NAME)
        self.diagnostics = collect(keyring or tr("checking…"))
        layout = QVBoxLayout(self)
        title = QLabel(
            f"<h2>{APP_NAME} {self.diagnostics.version}</h2>"
            + tr("Find a VICIdial lead and correct it safely.")
            + "<br>"
            + tr("Free software under the GNU GPL, version 3 or later.")
        )
        title.setObjectName("aboutTitle")
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(title)
        self.form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        titles = _row_titles()
        for name, value in self.diagnostics.lines()[1:]:
            label = QLabel(value)
            label.setObjectName("about_" + name.lower().replace(" ", "_"))
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            self.values[name] = label
            self.form.addRow(titles.get(name, name), label)
        layout.addLayout(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copyButton = QPushButton(tr("&Copy diagnostics"))
        self.copyButton.setObjectName("copyDiagnosticsButton")
        self.copyButton.setToolTip(
            tr("Copy these facts (no password, server or user name) to paste into a support request")
        )
        self.copyButton.clicked.connect(self.copy_diagnostics)
        buttons.addButton(self.copyButton, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.remember()

    def set_keyring(self, name: str) -> None:
        d = self.diagnostics
        self.diagnostics = Diagnostics(**{**d.__dict__, "keyring": name})
        self.values["Keyring"].setText(name)

    def copy_diagnostics(self) -> str:
        text = self.diagnostics.text()
        QGuiApplication.clipboard().setText(text)
        self.copyButton.setText(tr("Copied"))
        return text

    async def refresh_keyring(self) -> None:
        from leadeditor.secrets import backend_name

        self.set_keyring(await asyncio.to_thread(backend_name))


def show_about(parent: QWidget) -> AboutDialog:
    """Open the About box (on the running qasync loop); the keyring row is filled in from a worker thread."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    from leadeditor.ui import tasks

    tasks.spawn(dialog.refresh_keyring(), lambda exc: dialog.set_keyring(tr("unknown")))
    return dialog
