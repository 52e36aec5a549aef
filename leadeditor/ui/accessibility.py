"""Screen-reader names and descriptions for every input of a window or dialog.

Each window sets the names and the descriptions that need their own words; `complete(root)` then gives
every input still without a description the help the sighted user gets from it (its tooltip, placeholder
or status tip), so nothing a mouse user can read is hidden from a screen-reader user. Tests walk Qt's
accessibility tree (`inputs`) and fail on any input without a name or a description.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_INPUT_TYPES = (QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit, QAbstractItemView)


def inputs(root: QWidget) -> list[QWidget]:
    """The widgets a user types into, chooses from or ticks (the line edit inside a combo box or spin box
    is part of its owner, and Qt's own popup views are not the app's)."""
    found: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        owner = widget.parent()
        if isinstance(widget, QLineEdit) and isinstance(owner, QComboBox | QAbstractSpinBox):
            continue
        if type(widget).__name__ in ("QComboBoxListView", "QHeaderView", "QCalendarView"):
            continue
        if isinstance(widget, QAbstractItemView) and not widget.objectName():
            continue  # internal views (combo box popups, calendar) have no name of their own
        checkable = isinstance(widget, QAbstractButton) and widget.isCheckable()
        if checkable or isinstance(widget, _INPUT_TYPES):
            found.append(widget)
    return found


def _help(widget: QWidget) -> str:
    for text in (widget.toolTip(), getattr(widget, "placeholderText", lambda: "")(), widget.statusTip()):
        if text:
            return text.replace("\n", " ")
    return ""


def complete(root: QWidget, descriptions: dict[str, str] | None = None) -> None:
    """Give each input of ``root`` without an accessible description its entry in ``descriptions`` (by
    objectName) or else the help text it shows, and each input without an accessible name the text of the
    label it is the buddy of."""
    descriptions = descriptions or {}
    buddies = {label.buddy(): label for label in root.findChildren(QLabel) if label.buddy() is not None}
    for widget in inputs(root):
        label = buddies.get(widget)
        if not widget.accessibleName() and label is not None:
            widget.setAccessibleName(label.text().replace("&", "").rstrip(":"))
        if not widget.accessibleDescription():
            widget.setAccessibleDescription(descriptions.get(widget.objectName()) or _help(widget))


def describe(widget: QWidget, name: str, description: str) -> None:
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
