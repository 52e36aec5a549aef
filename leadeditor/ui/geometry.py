"""Windows that fit the screen and remember where the user put them.

Every window and dialog sizes itself through `fit_on_screen` (never larger than the screen's available area,
whatever the scale factor) and mixes in `RememberGeometry`, which keeps its position and size, plus whatever
state it names (a splitter, a table's column widths and order), in the one settings object under
`"geometry"`. Like MusicBrainz Picard's `PreserveGeometry`, one mixin does it for every window.

The settings module is imported only when a geometry is restored or saved, never on the first paint.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QSplitter, QWidget

log = logging.getLogger(__name__)

SECTION = "geometry"
_CASCADE = 32  # how far a window opened over its parent is shifted, so it is never hidden behind it


def available_area(widget: QWidget | None = None) -> QRect:
    """The available area (without panels and docks) of the screen the widget is on, or the primary one."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 700)


def clamp_size(size: QSize, area: QRect) -> QSize:
    return QSize(max(1, min(size.width(), area.width())), max(1, min(size.height(), area.height())))


def clamp_rect(rect: QRect, area: QRect) -> QRect:
    """`rect` made to fit inside `area`: shrunk first, then moved in."""
    size = clamp_size(rect.size(), area)
    x = min(max(rect.x(), area.left()), area.left() + area.width() - size.width())
    y = min(max(rect.y(), area.top()), area.top() + area.height() - size.height())
    return QRect(QPoint(x, y), size)


def _frame_extra(widget: QWidget) -> QSize:
    """What the window manager's frame adds to the widget's own size (nothing under Xvfb or offscreen)."""
    frame, size = widget.frameGeometry().size(), widget.size()
    return QSize(max(0, frame.width() - size.width()), max(0, frame.height() - size.height()))


def _put(widget: QWidget, top_left: QPoint, size: QSize) -> None:
    """Place the window's frame at `top_left` with the widget `size`, frame included, inside the screen."""
    extra = _frame_extra(widget)
    frame = clamp_rect(QRect(top_left, size + extra), available_area(widget))
    widget.resize(frame.size() - extra)
    widget.move(frame.topLeft())


def fit_on_screen(widget: QWidget, wanted: QSize | None = None) -> None:
    """Resize to `wanted` (or the widget's size hint) but never beyond the available area; keep it on it."""
    _put(widget, widget.frameGeometry().topLeft(), wanted or widget.sizeHint())


def place_beside(widget: QWidget, anchor: QWidget) -> None:
    """Put a top-level window beside `anchor` (right, else left), or shifted over it when neither side has
    room: never exactly behind it, always on the screen."""
    area = available_area(anchor)
    size = clamp_size(widget.frameGeometry().size(), area)
    frame = anchor.frameGeometry()
    if frame.right() + 1 + size.width() <= area.right() + 1:
        top_left = QPoint(frame.right() + 1, frame.top())
    elif frame.left() - size.width() >= area.left():
        top_left = QPoint(frame.left() - size.width(), frame.top())
    else:
        top_left = frame.topLeft() + QPoint(_CASCADE, _CASCADE)
    _put(widget, top_left, widget.size())


def _encode(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")


def _decode(text: Any) -> QByteArray | None:
    if not isinstance(text, str):
        return None
    return QByteArray.fromBase64(QByteArray(text.encode("ascii", "ignore")))


def _state_of(
    window: QWidget, splitters: dict[str, QSplitter], headers: dict[str, QHeaderView]
) -> dict[str, Any]:
    # the frame's position (what move() takes) and the widget's own size (what resize() takes)
    pos = window.frameGeometry().topLeft()
    state: dict[str, Any] = {"rect": [pos.x(), pos.y(), window.width(), window.height()]}
    for name, splitter in splitters.items():
        state[f"splitter.{name}"] = _encode(splitter.saveState())
    for name, header in headers.items():
        state[f"header.{name}"] = _encode(header.saveState())
    return state


def _apply(
    window: QWidget, state: dict[str, Any], splitters: dict[str, QSplitter], headers: dict[str, QHeaderView]
) -> bool:
    rect = state.get("rect")
    if not (isinstance(rect, list) and len(rect) == 4 and all(type(v) is int for v in rect)):
        return False
    _put(window, QPoint(rect[0], rect[1]), QSize(rect[2], rect[3]))
    for name, splitter in splitters.items():
        data = _decode(state.get(f"splitter.{name}"))
        if data is not None:
            splitter.restoreState(data)
    for name, header in headers.items():
        data = _decode(state.get(f"header.{name}"))
        if data is not None:
            header.restoreState(data)
    return True


class RememberGeometry:
    """Mixin for QWidget windows: `restore_geometry()` after building, `save_geometry()` when closing.

    `geometry_key` names the window in the settings; `remembered_splitters()` and `remembered_headers()`
    name the parts whose state is kept too."""

    geometry_key = ""

    def remembered_splitters(self) -> dict[str, QSplitter]:
        return {}

    def remembered_headers(self) -> dict[str, QHeaderView]:
        return {}

    def geometry_state(self) -> dict[str, Any]:
        assert isinstance(self, QWidget)
        return _state_of(self, self.remembered_splitters(), self.remembered_headers())

    def apply_geometry_state(self, state: dict[str, Any]) -> bool:
        """Apply a saved state, clamped to the screen; False when it holds no usable rectangle."""
        assert isinstance(self, QWidget)
        return _apply(self, state, self.remembered_splitters(), self.remembered_headers())

    def restore_geometry(self, settings: Any = None) -> bool:
        """Where the user left this window last time (True), or nothing changes (False)."""
        try:
            if settings is None:
                from leadeditor.settings import Settings

                settings = Settings.load()
            state = settings.get(SECTION, {}).get(self.geometry_key)
        except Exception:  # a geometry is never worth a failed start
            log.warning("window geometry not restored", exc_info=True)
            return False
        return isinstance(state, dict) and self.apply_geometry_state(state)

    def save_geometry(self, settings: Any = None) -> None:
        """Keep this window's geometry; reads the file just before writing so no other section is lost."""
        try:
            if settings is None:
                from leadeditor.settings import Settings

                settings = Settings.load()
            settings.section(SECTION)[self.geometry_key] = self.geometry_state()
            settings.save()
        except Exception:  # never lose a quit over a geometry
            log.warning("window geometry not saved", exc_info=True)


class RememberedDialog(RememberGeometry, QDialog):
    """A dialog that opens where the user left it, at the size they gave it (clamped to the screen).

    Build the dialog, then call `remember(default_size)`: the default is used the first time, the remembered
    rectangle after that. The geometry is kept whenever the dialog finishes (`done`: accept, reject, Escape,
    the window's close button). `geometry_settings` names another settings object (the profile store's)."""

    geometry_settings: Any = None

    def remember(self, default: QSize | None = None) -> bool:
        fit_on_screen(self, default)
        return self.restore_geometry(self.geometry_settings)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # the window manager's frame is known only now: a size that fitted without it may stick out
        _put(self, self.frameGeometry().topLeft(), self.size())

    def done(self, code: int) -> None:
        self.save_geometry(self.geometry_settings)
        super().done(code)


class _Keeper(RememberGeometry, QObject):
    """`RememberGeometry` for a window whose class does not mix it in: watches it and saves on hide."""

    def __init__(self, window: QWidget, key: str) -> None:
        QObject.__init__(self, window)
        self.window, self.geometry_key = window, key
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # getattr: Qt may call the filter while the Python side is being torn down
        if watched is getattr(self, "window", None) and event.type() in (QEvent.Type.Hide, QEvent.Type.Close):
            self.save_geometry()
        return False

    def geometry_state(self) -> dict[str, Any]:
        return _state_of(self.window, {}, {})

    def apply_geometry_state(self, state: dict[str, Any]) -> bool:
        return _apply(self.window, state, {}, {})


def remember_window(window: QWidget, key: str, *, beside: QWidget | None = None) -> None:
    """Keep `window`'s geometry under `key` from now on: restored at once when known, else placed beside
    `beside` (never behind it)."""
    if window.findChild(_Keeper) is not None:
        return
    keeper = _Keeper(window, key)
    if not keeper.restore_geometry() and beside is not None:
        place_beside(window, beside)
