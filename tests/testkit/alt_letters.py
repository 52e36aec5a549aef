"""The Alt letters a window offers, and the ones two of its controls (or two items of one menu) share.

A letter is a key: `&x` in a menu title, a menu item, a button, a group box, a tab, or a label that has a
buddy (a label without one gives its letter to nothing), and the `Alt+X` of a window-level action (the
form's go-to-field keys). Hidden controls count too: a dialog shows and hides them as its state changes.
"""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QMenuBar, QTabBar, QWidget

_MNEMONIC = re.compile(r"&(\w)")


def letters(text: str) -> list[str]:
    """The Alt letter of one text ("&&" is a literal ampersand)."""
    return [m.lower() for m in _MNEMONIC.findall(text.replace("&&", ""))]


def _clashes(texts: list[str]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = {}
    for text in texts:
        for letter in letters(text):
            by_letter.setdefault(letter, []).append(text)
    return {k: v for k, v in by_letter.items() if len(v) > 1}


def control_texts(root: QWidget) -> list[str]:
    """The texts of the controls one Alt press reaches in `root` (menus' items excepted: each menu is its
    own scope)."""
    texts = [label.text() for label in root.findChildren(QLabel) if label.buddy() is not None]
    texts += [b.text() for b in root.findChildren(QAbstractButton) if not _in_menu(b)]
    texts += [box.title() for box in root.findChildren(QGroupBox) if box.isCheckable() or box.title()]
    for tabs in root.findChildren(QTabBar):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    for bar in root.findChildren(QMenuBar):
        texts += [a.text() for a in bar.actions()]
    # window-level Alt+X actions (go to a field): their key is the letter
    texts += [
        "&" + s[-1]
        for a in root.actions()
        if (s := a.shortcut().toString()).startswith("Alt+") and len(s) == len("Alt+X")
    ]
    return texts


def _in_menu(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return isinstance(parent, QMenu)


def window_clashes(root: QWidget) -> dict[str, list[str]]:
    """Letters two controls of one window or dialog share."""
    return _clashes(control_texts(root))


def menu_clashes(root: QWidget) -> dict[str, dict[str, list[str]]]:
    """Per menu (by its title): letters two of its items share."""
    out: dict[str, dict[str, list[str]]] = {}
    for menu in root.findChildren(QMenu):
        items = [a.text() for a in menu.actions() if not a.isSeparator()]
        clash = _clashes(items)
        if clash:
            out[menu.title()] = clash
    return out


def menu_titles(root: QWidget) -> list[str]:
    bar = root.findChild(QMenuBar)
    return [a.text() for a in bar.actions()] if bar is not None else []


def count(root: QWidget) -> int:
    """How many Alt letters the window offers (a check that found none checked nothing)."""
    return sum(Counter(letters(t)).total() for t in control_texts(root))


__all__ = ["control_texts", "count", "letters", "menu_clashes", "menu_titles", "window_clashes"]
