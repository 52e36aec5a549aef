"""Light and dark: every highlight colour pair is readable (WCAG AA, at least 4.5:1), in both schemes; the
warning texts on the plain window too; and the forced scheme is the one reported."""

from __future__ import annotations

from typing import Any

import pytest

from leadeditor.ui import theme
from leadeditor.ui.theme import DARK, LIGHT, Tone, contrast

AA = 4.5


@pytest.mark.parametrize(("scheme", "table"), [("light", LIGHT), ("dark", DARK)])
def test_each_tone_is_readable_on_its_own_background(scheme: str, table: dict[Tone, Any]) -> None:
    assert set(table) == set(Tone)  # every tone has colours in both schemes
    low = {
        tone.value: round(contrast(s.text, s.background), 2)
        for tone, s in table.items()
        if contrast(s.text, s.background) < AA
    }
    assert low == {}, scheme


@pytest.mark.parametrize(
    ("window", "table"),
    [
        (theme.WINDOW_LIGHT, theme.ON_WINDOW_LIGHT),
        ("#ffffff", theme.ON_WINDOW_LIGHT),
        (theme.WINDOW_DARK, theme.ON_WINDOW_DARK),
    ],
)
def test_warning_texts_are_readable_on_the_window(window: str, table: dict[Tone, str]) -> None:
    assert {
        tone: contrast(color, window) for tone, color in table.items() if contrast(color, window) < AA
    } == {}


def test_the_muted_text_is_readable_on_both_windows() -> None:
    assert contrast(LIGHT[Tone.MUTED].text, "#ffffff") >= AA
    assert contrast(DARK[Tone.MUTED].text, theme.WINDOW_DARK) >= AA


def test_contrast_is_the_wcag_ratio() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


def test_the_forced_scheme_decides_the_colours(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(theme.ENV, "dark")
    assert theme.is_dark() and theme.swatch(Tone.EDITED) == DARK[Tone.EDITED]
    assert DARK[Tone.EDITED].background in theme.box_style(Tone.EDITED)
    monkeypatch.setenv(theme.ENV, "light")
    assert not theme.is_dark() and theme.swatch(Tone.EDITED) == LIGHT[Tone.EDITED]
    assert theme.dark_palette().color(theme.QPalette.ColorRole.Window).lightness() < 128


@pytest.fixture
def live_scheme(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Announce a light/dark switch as the system does (offscreen Qt cannot switch its own scheme); the
    app's palette and scheme are put back afterwards."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    monkeypatch.delenv(theme.ENV, raising=False)
    palette = qapp.palette()
    hints = QGuiApplication.styleHints()

    def switch(dark: bool) -> None:
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)

    yield switch
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Unknown)
    qapp.setPalette(palette)


def test_a_live_switch_to_dark_and_back_restyles_the_highlights_at_once(
    qtbot: Any, window: Any, live_scheme: Any
) -> None:
    from PySide6.QtGui import QPalette
    from ui_helpers import search, select

    search(qtbot, window, "3125550100")
    select(qtbot, window, 1)
    row = window.form.rows["last_name"]
    row.editor.widget.setText("Muñoz")  # the server drops the ñ: the preview box (the edited tone) shows
    qtbot.waitUntil(row.preview.isVisible, timeout=5000)
    live_scheme(False)
    assert LIGHT[Tone.EDITED].background in row.preview.styleSheet()
    assert LIGHT[Tone.SANDBOX].background in window.sandboxBanner.styleSheet()

    live_scheme(True)
    assert DARK[Tone.EDITED].background in row.preview.styleSheet()
    assert DARK[Tone.EDITED].text in row.preview.styleSheet()
    assert DARK[Tone.SANDBOX].background in window.sandboxBanner.styleSheet()
    # the palette follows too (the window gets it through Qt's palette-change event)
    qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window).lightness() < 128, timeout=5000)
    window.set_status("Careful", "warn")  # a style set after the switch is the dark one as well
    assert DARK[Tone.WARNING].background in window.statusArea.styleSheet()

    live_scheme(False)
    assert LIGHT[Tone.EDITED].background in row.preview.styleSheet()
    assert LIGHT[Tone.WARNING].background in window.statusArea.styleSheet()
    qtbot.waitUntil(
        lambda: window.palette().color(QPalette.ColorRole.Window).lightness() >= 128, timeout=5000
    )


def test_every_style_sheet_follows_a_switch() -> None:
    """A style set directly keeps the colours of the moment it was set: every window goes through
    `theme.styled`, which makes it again when the scheme switches."""
    from pathlib import Path

    ui = Path(theme.__file__).parent
    direct = [
        f"{path.name}:{n}"
        for path in sorted(ui.glob("*.py"))
        if path.name != "theme.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if ".setStyleSheet(" in line
    ]
    assert direct == []
