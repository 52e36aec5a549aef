"""Profiles → "Test connection": one sign-in request with the form's address, user and the typed password,
against the sandbox; success or the plain reason, never the password; a refused password is not sent again
without the user; the button and the password field are reachable by keyboard."""

from __future__ import annotations

import logging
import socket
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from leadeditor.profiles import ProfileStore
from leadeditor.secrets import PasswordVault
from leadeditor.ui.profiles_dialog import ProfilesDialog


def field(dialog: QWidget, name: str) -> Any:
    child = dialog.findChild(QWidget, name)
    assert child is not None, name
    return child


def _dialog(qtbot: Any, store: ProfileStore, url: str) -> ProfilesDialog:
    dialog = ProfilesDialog(None, store, PasswordVault())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    field(dialog, "profileName").setText("Sandbox")
    field(dialog, "serverUrl").setText(url)
    field(dialog, "apiUser").setText("6666")
    field(dialog, "connectTimeout").setValue(2)
    field(dialog, "readTimeout").setValue(5)
    return dialog


def _test(qtbot: Any, dialog: ProfilesDialog, password: str) -> str:
    """Type the password and press the button by keyboard, as a user would; the result shown."""
    box = field(dialog, "testPassword")
    box.setFocus()
    box.clear()
    qtbot.keyClicks(box, password)
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is field(dialog, "testConnectionButton")  # Tab reaches it
    qtbot.keyClick(field(dialog, "testConnectionButton"), Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: field(dialog, "testConnectionButton").isEnabled() and not dialog._tasks, timeout=20000
    )
    result = field(dialog, "testResult")
    assert result.isVisible()
    return result.text()


def _sent(sandbox: Any) -> int:
    return len(sandbox.request_log)


def test_a_good_password_connects_with_one_request(
    qtbot: Any, qloop: Any, store: ProfileStore, sandbox: Any, secret: str, caplog: Any
) -> None:
    caplog.set_level(logging.DEBUG)
    dialog = _dialog(qtbot, store, sandbox.url)
    before = _sent(sandbox)
    text = _test(qtbot, dialog, secret)
    assert text.startswith("Connected to 127.0.0.1 as 6666"), text
    assert _sent(sandbox) == before + 1  # one request, no retry
    assert secret not in text and secret not in caplog.text
    assert store.names() == []  # a test saves nothing
    dialog.reject()
    assert field(dialog, "testPassword").text() == ""  # the typed password does not outlive the dialog


def test_a_wrong_password_says_so_plainly_and_is_not_resent_without_the_user(
    qtbot: Any, qloop: Any, store: ProfileStore, sandbox: Any, secret: str, caplog: Any
) -> None:
    caplog.set_level(logging.DEBUG)
    dialog = _dialog(qtbot, store, sandbox.url)
    wrong = "Wrong-Pass_77"
    before = _sent(sandbox)
    text = _test(qtbot, dialog, wrong)
    assert "refused user 6666 with this password" in text, text
    assert wrong not in text and wrong not in caplog.text and secret not in caplog.text
    assert "AuthenticationFailed" not in text
    assert _sent(sandbox) == before + 1
    assert store.sign_in_state("Sandbox").failures == 1  # counted toward the lock-out guard
    # the same refused password again: a warning, nothing sent until the user presses once more
    text = _test(qtbot, dialog, wrong)
    assert "same password the server refused" in text and "again to send it anyway" in text
    assert _sent(sandbox) == before + 1
    assert wrong not in text
    qtbot.keyClick(field(dialog, "testConnectionButton"), Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: field(dialog, "testConnectionButton").isEnabled() and not dialog._tasks, timeout=20000
    )
    assert _sent(sandbox) == before + 2 and store.sign_in_state("Sandbox").failures == 2
    # the right one clears the count
    text = _test(qtbot, dialog, secret)
    assert text.startswith("Connected") and store.sign_in_state("Sandbox").failures == 0


def test_a_server_that_is_down_is_named_and_nothing_else_is_tried(
    qtbot: Any, qloop: Any, store: ProfileStore, secret: str
) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    dialog = _dialog(qtbot, store, f"http://127.0.0.1:{port}")
    text = _test(qtbot, dialog, secret)
    assert "could not reach 127.0.0.1" in text, text
    assert secret not in text
    assert store.sign_in_state("Sandbox").failures == 0  # no verdict on the password


def test_no_password_typed_sends_nothing(qtbot: Any, qloop: Any, store: ProfileStore, sandbox: Any) -> None:
    dialog = _dialog(qtbot, store, sandbox.url)
    before = _sent(sandbox)
    field(dialog, "testConnectionButton").click()
    assert "Type the password" in field(dialog, "testResult").text()
    assert _sent(sandbox) == before


@pytest.mark.parametrize("name", ["saveProfileButton", "useProfileButton", "testConnectionButton"])
def test_one_row_of_actions_and_save_is_the_default(
    qtbot: Any, qloop: Any, store: ProfileStore, name: str
) -> None:
    dialog = ProfilesDialog(None, store, PasswordVault())
    qtbot.addWidget(dialog)
    dialog.show()
    button = field(dialog, name)
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus  # reachable by keyboard
    saves = [b for b in dialog.findChildren(QWidget) if b.objectName() == "saveProfileButton"]
    assert len(saves) == 1 and saves[0].isDefault()  # Enter saves; it never signs in
    assert not field(dialog, "useProfileButton").isDefault()
