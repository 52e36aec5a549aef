"""Help → About: version, Qt and PySide6 versions, the keyring in use, the folders; "Copy diagnostics" copies
them without any secret."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import keyring
import keyring.backend
import PySide6
import pytest
from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication

from leadeditor import __version__
from leadeditor.editing.journal import default_journal_path
from leadeditor.logs import log_path


class _Keyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("not in this test")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.PasswordDeleteError("not in this test")


@pytest.fixture
def test_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(_Keyring())
    yield
    keyring.set_keyring(previous)


def test_about_shows_versions_keyring_and_folders_and_copies_them(
    window: Any, qtbot: Any, sandbox: Any, test_keyring: None
) -> None:
    from PySide6.QtWidgets import QLabel, QMenu

    assert window.menuBar().findChild(QMenu, "helpMenu") is not None
    window.actionAbout.trigger()
    dialog = window.aboutDialog
    assert dialog.objectName() == "aboutDialog" and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.values["Keyring"].text() == "_Keyring", timeout=10000)
    assert __version__ in dialog.findChild(QLabel, "aboutTitle").text()
    assert dialog.values["Qt"].text() == qVersion()
    assert dialog.values["PySide6"].text() == PySide6.__version__
    assert dialog.values["Log folder"].text() == str(log_path().parent)
    assert dialog.values["Journal folder"].text() == str(default_journal_path().parent)

    dialog.copyButton.click()
    copied = QGuiApplication.clipboard().text()
    assert copied == dialog.diagnostics.text()
    assert f"Lead Editor: {__version__}" in copied and "Keyring: _Keyring" in copied
    assert f"Qt: {qVersion()}" in copied and f"PySide6: {PySide6.__version__}" in copied
    # no secret, server or user: the window is signed in to the sandbox as 6666 / 1234
    for private in (sandbox.url, f":{sandbox.port}", "6666", "1234"):
        assert private not in copied
    dialog.close()
