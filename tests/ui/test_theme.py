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
