"""Light and dark: the highlight colours (edited, blanked, warning, sandbox, ok, error, muted) for the
colour scheme the system uses, each pair readable (contrast at least 4.5:1, WCAG AA, checked by a test).

The scheme follows the system (`QStyleHints.colorScheme`), live: when the system switches between light and
dark, `QStyleHints.colorSchemeChanged` re-applies the palette and every style set through `styled` at once
(not only on the next start). $LEADEDITOR_COLOR_SCHEME=dark|light forces one (screenshots, tests).
Colour never carries meaning alone: every highlighted text also says what it is
(a ✎ mark and bold for an edit, "(will be emptied)", a ⚠ or an icon for warnings and errors).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QWidget

ENV = "LEADEDITOR_COLOR_SCHEME"


class Tone(StrEnum):
    EDITED = "edited"
    BLANKED = "blanked"
    WARNING = "warning"
    SANDBOX = "sandbox"
    OK = "ok"
    ERROR = "error"
    MUTED = "muted"  # secondary text on the window background


@dataclass(frozen=True)
class Swatch:
    background: str
    text: str
    border: str


LIGHT = {
    Tone.EDITED: Swatch("#fff4d6", "#3d2e00", "#e3c77a"),
    Tone.BLANKED: Swatch("#fdecea", "#5c1a12", "#e0a39c"),
    Tone.WARNING: Swatch("#fff4d6", "#3d2e00", "#e3c77a"),
    Tone.SANDBOX: Swatch("#ffd866", "#2b2100", "#c9a227"),
    Tone.OK: Swatch("#e6f4ea", "#0d3b1e", "#9fd3ae"),
    Tone.ERROR: Swatch("#fdecea", "#5c1a12", "#e0a39c"),
    Tone.MUTED: Swatch("#efefef", "#565b62", "#b8bcc2"),
}
DARK = {
    Tone.EDITED: Swatch("#3d3000", "#ffe8a3", "#8a6d1f"),
    Tone.BLANKED: Swatch("#4a1c17", "#ffd7d1", "#a0524a"),
    Tone.WARNING: Swatch("#3d3000", "#ffe8a3", "#8a6d1f"),
    Tone.SANDBOX: Swatch("#6b5200", "#fff3c4", "#c9a227"),
    Tone.OK: Swatch("#15391f", "#c8f0d3", "#3f7f52"),
    Tone.ERROR: Swatch("#4a1c17", "#ffd7d1", "#a0524a"),
    Tone.MUTED: Swatch("#353535", "#b9bec5", "#6a6f76"),
}

# a tone's text straight on the window background (a warning line in a dialog), not on its own box
ON_WINDOW_LIGHT = {Tone.ERROR: "#b00020", Tone.WARNING: "#7a4a00", Tone.BLANKED: "#b00020"}
ON_WINDOW_DARK = {Tone.ERROR: "#ff8a80", Tone.WARNING: "#ffcc66", Tone.BLANKED: "#ff8a80"}
WINDOW_LIGHT, WINDOW_DARK = "#efefef", "#353535"  # the Fusion window colours, the darkest light one


# the scheme the system last announced (colorSchemeChanged): some platforms signal the switch before
# colorScheme() reports it
_announced: Qt.ColorScheme | None = None


def is_dark() -> bool:
    """Whether the app is in a dark scheme: the forced one, else the system's, else the palette's."""
    forced = os.environ.get(ENV, "").strip().lower()
    if forced in ("dark", "light"):
        return forced == "dark"
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    scheme = _announced if _announced is not None else QGuiApplication.styleHints().colorScheme()
    if scheme != Qt.ColorScheme.Unknown:
        return scheme == Qt.ColorScheme.Dark
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def swatch(tone: Tone, dark: bool | None = None) -> Swatch:
    return (DARK if (is_dark() if dark is None else dark) else LIGHT)[tone]


def box_style(tone: Tone, selector: str = "QLabel", padding: str = "3px 6px") -> str:
    """A highlighted box: background, readable text and a border in the tone's colours."""
    s = swatch(tone)
    return (
        f"{selector} {{ background: {s.background}; color: {s.text}; border: 1px solid {s.border};"
        f" border-radius: 3px; padding: {padding}; }}"
    )


def text_style(tone: Tone) -> str:
    """Only the text colour of a tone (muted hints, warnings in a form)."""
    s = swatch(tone)
    return f"color: {s.text if tone is Tone.MUTED else _on_window(tone)};"


def _on_window(tone: Tone) -> str:
    return (ON_WINDOW_DARK if is_dark() else ON_WINDOW_LIGHT).get(tone, swatch(tone).text)


def relative_luminance(color: str) -> float:
    """WCAG 2 relative luminance of a #rrggbb colour."""
    c = QColor(color)

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style, used when the system asks for dark but the style stays light
    (no platform theme: offscreen, some Linux desktops, the forced scheme)."""
    p = QPalette()
    window, base, text = QColor(WINDOW_DARK), QColor("#252525"), QColor("#eeeeee")
    for role, color in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, QColor("#2e2e2e")),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.ToolTipBase, base),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.Highlight, QColor("#3d7bd9")),
        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
        (QPalette.ColorRole.Link, QColor("#8ab4f8")),
        (QPalette.ColorRole.PlaceholderText, QColor("#a8a8a8")),
        (QPalette.ColorRole.Mid, QColor("#5a5a5a")),
    ):
        p.setColor(role, color)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#8a8a8a"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#8a8a8a"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#8a8a8a"))
    return p


_dark_palette_set = False  # True while the palette is ours (dark), not the platform's


def apply_scheme(app: QGuiApplication) -> None:
    """Start-up, and again on every switch: when the scheme is dark but the palette is light, switch to
    Fusion with a dark palette; back to light, the style's own palette. Starts following the switches."""
    global _dark_palette_set
    watcher()
    if not is_dark():
        if _dark_palette_set:
            from PySide6.QtWidgets import QApplication

            if isinstance(app, QApplication):
                app.setPalette(app.style().standardPalette())
            _dark_palette_set = False
        return
    if app.palette().color(QPalette.ColorRole.Window).lightness() >= 128:
        from PySide6.QtWidgets import QApplication

        # only when it is another style: replacing the style under live widgets is costly and risky
        if isinstance(app, QApplication) and app.style().name().lower() != "fusion":
            app.setStyle("Fusion")
        app.setPalette(dark_palette())
        _dark_palette_set = True


# -- following a live switch ------------------------------------------------------------------------------
class SchemeWatcher(QObject):
    """Relays the system's light/dark switch: `changed` fires after the palette follows it."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_scheme)

    def _on_scheme(self, scheme: Qt.ColorScheme) -> None:
        global _announced
        _announced = scheme if scheme != Qt.ColorScheme.Unknown else None
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            apply_scheme(app)
        restyle_all()
        self.changed.emit()


_watcher: SchemeWatcher | None = None


def watcher() -> SchemeWatcher:
    """The one watcher (made on first use, once a QGuiApplication exists)."""
    global _watcher
    if _watcher is None:
        _watcher = SchemeWatcher()
    return _watcher


_MAKE = "_leadeditor_style"  # the attribute holding a widget's style function (see `styled`)


def restyle_all() -> None:
    """Make every style set through `styled` again, for the scheme now in force."""
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.allWidgets():
        make = getattr(widget, _MAKE, None)
        if callable(make):
            widget.setStyleSheet(make())


def styled(widget: QWidget, make: Callable[[], str]) -> None:
    """Give `widget` the style sheet `make()` now and again whenever the colour scheme switches (a later
    call replaces the function). The function is a plain attribute of the widget, and a switch walks the
    live widgets: no connection or helper object per widget (thousands of them under PySide6 6.12 ended in a
    refcount crash)."""
    watcher()  # following the switches from the first styled widget on (tests build no app start-up)
    setattr(widget, _MAKE, make)
    widget.setStyleSheet(make())


def heading(text: str, parent: QWidget, *, scale: float = 1.15) -> QLabel:
    """A dialog's or pane's heading: bold, a little larger than the text around it, the same everywhere."""
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label
