"""`leadeditor --profile NAME` as the app wires it: the window paints, then signs in through the profile."""

from __future__ import annotations

from typing import Any

from leadeditor.app import sign_in_window
from leadeditor.profiles import ProfileStore
from leadeditor.secrets import PasswordVault
from leadeditor.settings import Settings
from leadeditor.ui.main_window import MainWindow


def test_remembered_password_signs_the_window_in_without_a_dialog(
    qtbot: Any,
    arun: Any,
    sandbox: Any,
    settings: Settings,
    store: ProfileStore,
    make_profile: Any,
    memory_keyring: Any,
) -> None:
    profile = make_profile(sandbox.url, name="Floor", remember_password=True)
    store.add(profile)
    vault = PasswordVault()
    arun(vault.store(profile.keyring_account, "1234"))
    window = MainWindow(None)
    qtbot.addWidget(window)
    window.show()

    assert arun(sign_in_window(window, "Floor", settings=settings, vault=vault)) is True

    assert window.session is not None and window.session.label == "Floor"
    assert "Floor" in window.windowTitle() or "Floor" in window.statusMessage.text()
    assert window.actionSignIn.isVisible()
    assert not window.sandboxBanner.isVisible()
    assert arun(window.check_access()) is True
    assert "1234" not in window.statusMessage.text()


def test_an_unknown_profile_opens_the_profiles_dialog_and_cancel_leaves_the_window_signed_out(
    qtbot: Any,
    arun: Any,
    settings: Settings,
    qloop: Any,
) -> None:
    import asyncio

    from PySide6.QtWidgets import QApplication

    from leadeditor.ui.profiles_dialog import ProfilesDialog

    window = MainWindow(None)
    qtbot.addWidget(window)
    window.show()
    task = asyncio.ensure_future(sign_in_window(window, "Nowhere", settings=settings, vault=PasswordVault()))

    def dialog() -> ProfilesDialog | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ProfilesDialog) and w.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: dialog() is not None, timeout=10000)
    opened = dialog()
    assert opened is not None
    assert "Nowhere" in " ".join(label.text() for label in opened.findChildren(type(window.statusMessage)))
    opened.reject()
    qtbot.waitUntil(task.done, timeout=10000)
    assert task.result() is False
    assert window.session is None
    assert "Not signed in" in window.statusMessage.text()
