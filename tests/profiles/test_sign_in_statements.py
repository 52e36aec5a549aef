"""Issue 10, sign-in: the password field has the focus, "Remember password" is unticked and disabled when no
keyring can keep it, a plain success closes the dialog, and no Python class name reaches a message."""

from __future__ import annotations

import re
from typing import Any

import keyring
from keyring.backends import null
from PySide6.QtWidgets import QApplication

from leadeditor.profiles import ProfileStore

from .test_dialogs import field, new_sign_in_dialog, shown_texts, sign_in

GOOD = "1234"


def test_the_password_field_has_the_focus(
    qtbot: Any, qloop: Any, sandbox: Any, store: ProfileStore, make_profile: Any
) -> None:
    store.add(make_profile(sandbox.url))
    dialog = new_sign_in_dialog(qtbot, store)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field(dialog, "passwordInput"), timeout=5000)


def test_remember_is_off_and_disabled_without_a_keyring(
    qtbot: Any, qloop: Any, sandbox: Any, store: ProfileStore, make_profile: Any
) -> None:
    keyring.set_keyring(null.Keyring())  # the keyring that keeps nothing
    store.add(make_profile(sandbox.url, remember_password=True))
    dialog = new_sign_in_dialog(qtbot, store)
    remember = field(dialog, "rememberPassword")
    qtbot.waitUntil(lambda: not remember.isEnabled(), timeout=5000)
    assert not remember.isChecked()
    assert "No keyring" in remember.toolTip()


def test_a_plain_success_closes_the_dialog(
    qtbot: Any, qloop: Any, sandbox: Any, store: ProfileStore, make_profile: Any
) -> None:
    store.add(make_profile(sandbox.url))
    dialog = new_sign_in_dialog(qtbot, store)
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        sign_in(qtbot, dialog, GOOD)
    assert not dialog.isVisible() and dialog.session is not None
    dialog.session.client.close()


def test_a_wrong_password_names_no_python_class(
    qtbot: Any, qloop: Any, sandbox: Any, store: ProfileStore, make_profile: Any
) -> None:
    store.add(make_profile(sandbox.url))
    dialog = new_sign_in_dialog(qtbot, store)
    sign_in(qtbot, dialog, "wrong-one")
    text = shown_texts(dialog)
    assert "password" in text.lower()
    # no CamelCase identifier such as "AuthenticationFailed" or "ConnectionError" in what the user reads
    assert re.findall(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b", text.replace("VICIdial", "")) == [], text


def test_profiles_dialog_without_profiles_shows_a_placeholder(
    qtbot: Any, qloop: Any, store: ProfileStore, sandbox: Any, make_profile: Any
) -> None:
    from leadeditor.secrets import PasswordVault
    from leadeditor.ui.profiles_dialog import ProfilesDialog

    dialog = ProfilesDialog(None, store, PasswordVault())
    qtbot.addWidget(dialog)
    dialog.show()
    placeholder = field(dialog, "noProfilePlaceholder")
    assert placeholder.isVisible() and "No server profile yet" in placeholder.text()
    assert "Save" in field(dialog, "useProfileButton").text()  # it saves too, and says so
    store.add(make_profile(sandbox.url))
    dialog._reload_list(None)
    assert not placeholder.isVisible()
