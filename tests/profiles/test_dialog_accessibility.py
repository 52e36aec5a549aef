"""The sign-in and profiles dialogs in Qt's accessibility tree: every input named and described, every
mnemonic label with its buddy (the main window's checks are in tests/ui/test_accessibility.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QWidget

from leadeditor.editing.sign_in import SignInFlow
from leadeditor.profiles import ProfileStore
from leadeditor.secrets import PasswordVault
from leadeditor.ui import accessibility
from leadeditor.ui.profiles_dialog import ProfilesDialog
from leadeditor.ui.sign_in_dialog import SignInDialog


def _problems(root: QWidget) -> list[str]:
    out = []
    for widget in accessibility.inputs(root):
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) if iface else ""
        description = iface.text(QAccessible.Text.Description) if iface else ""
        if not name or not description:
            out.append(f"{widget.objectName()!r}: {name!r} / {description!r}")
    out += [
        f"label without buddy: {label.text()!r}"
        for label in root.findChildren(QLabel)
        if "&" in label.text().replace("&&", "") and label.buddy() is None
    ]
    return out


def test_the_profiles_dialog(qtbot: Any, qloop: Any, store: ProfileStore) -> None:
    dialog = ProfilesDialog(None, store, PasswordVault())
    qtbot.addWidget(dialog)
    dialog.show()
    assert len(accessibility.inputs(dialog)) >= 8
    assert _problems(dialog) == []


def test_the_sign_in_dialog(qtbot: Any, qloop: Any, store: ProfileStore, make_profile: Any) -> None:
    store.add(make_profile("https://dialer.example.com"))
    dialog = SignInDialog(None, store, SignInFlow(store), PasswordVault())
    qtbot.addWidget(dialog)
    dialog.show()
    password = dialog.findChild(QWidget, "passwordInput")
    assert password in accessibility.inputs(dialog)
    assert _problems(dialog) == []
