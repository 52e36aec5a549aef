"""Settings → Language: follow the system, or choose a language; it takes effect on the next start.

Only the choice is saved here (key "language" of the one settings file); `ui.language` applies it when the
app starts, because the first window is already translated by the time a menu can be opened.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar

from leadeditor.language_choice import KEY, SYSTEM, chosen
from leadeditor.ui.texts import tr


def _names() -> dict[str, str]:
    # each language named in itself, as language menus do, so anyone can find their own
    return {
        SYSTEM: tr("&Follow the system"),
        "en": "&English",
        "es": "E&spañol",
        "pseudo": tr("&Pseudo-locale (for testing layouts)"),
    }


def build_language_menu(window: QMainWindow, bar: QMenuBar) -> QMenu:
    """The Settings menu with its Language submenu; returns the Settings menu."""
    settings_menu = bar.addMenu(tr("Se&ttings"))
    settings_menu.setObjectName("settingsMenu")
    menu = settings_menu.addMenu(tr("&Language"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    current = chosen()
    for code, name in _names().items():
        action = QAction(name, menu)
        action.setObjectName(f"language_{code}")
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setStatusTip(tr("Takes effect when Lead Editor is restarted"))
        action.triggered.connect(lambda _checked=False, c=code: _choose(window, c))
        group.addAction(action)
        menu.addAction(action)
    return settings_menu


def _choose(window: QMainWindow, code: str) -> None:
    from leadeditor.settings import Settings  # not on the first-paint path

    try:
        settings = Settings.load()
        settings.set(KEY, code)
        settings.save()
    except (OSError, ValueError) as exc:
        _status(window, tr("The language could not be saved: {0}").format(exc), "error")
        return
    _status(window, tr("The language changes when Lead Editor is restarted."), "info")


def _status(window: QMainWindow, text: str, kind: str) -> None:
    set_status = getattr(window, "set_status", None)
    if callable(set_status):
        set_status(text, kind)
