"""The real start-up (`run_demo`, up to the first paint) in a fresh process: Spanish on a Spanish system,
English when Settings → Language says so, the pseudo-locale when chosen, dark when the scheme is dark."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from leadeditor import language_choice

SCRIPT = textwrap.dedent("""
    import json
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
    from leadeditor import app as start
    from leadeditor.ui.main_window import MainWindow
    assert start.run_demo() == 0  # LEADEDITOR_EXIT_AFTER_FIRST_PAINT: returns once the window is painted
    qt = QApplication.instance()
    window = next(w for w in qt.topLevelWidgets() if isinstance(w, MainWindow))
    print("RESULT " + json.dumps({
        "menus": [a.text() for a in window.menuBar().actions()],
        "alt_texts": [a.text() for a in window.menuBar().actions()]
        + [w.text() for w in window.findChildren(QLabel) if w.buddy() is not None]
        + [w.text() for w in window.findChildren(QAbstractButton)]
        + ["&" + s[-1] for a in window.actions() if (s := a.shortcut().toString()).startswith("Alt+")],
        "search": window.searchPane.searchButton.text(),
        "banner": window.sandboxBanner.text(),
        "field": window.form.rows["last_name"].label.text(),
        "window_lightness": qt.palette().color(QPalette.ColorRole.Window).lightness(),
        "banner_style": window.sandboxBanner.styleSheet(),
        "status_icon": [window.statusIcon.pixmap().devicePixelRatio(), window.statusIcon.pixmap().width()],
        "app_icon_sizes": [s.width() for s in qt.windowIcon().availableSizes()],
    }))
""")


def _start(tmp_path: Path, built_qm: Path, *, settings: dict[str, Any] | None = None, **env: str) -> Any:
    config = tmp_path / "config"
    config.mkdir(exist_ok=True)
    if settings is not None:
        (config / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    clean = {
        k: v
        for k, v in os.environ.items()
        if k
        not in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", language_choice.ENV, "LEADEDITOR_COLOR_SCHEME")
    }
    full = dict(
        clean,
        QT_QPA_PLATFORM="offscreen",
        QT_API="pyside6",
        LEADEDITOR_CONFIG_DIR=str(config),
        LEADEDITOR_EXIT_AFTER_FIRST_PAINT="1",
        **env,
    )
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=full, capture_output=True, text=True, timeout=90, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    line = next(x for x in done.stdout.splitlines() if x.startswith("RESULT "))
    return json.loads(line[len("RESULT ") :])


def test_the_app_starts_in_spanish_on_a_spanish_system(tmp_path: Path, built_qm: Path) -> None:
    shown = _start(tmp_path, built_qm, LANG="es_MX.UTF-8")
    assert shown["menus"] == ["&Archivo", "Ed&ición", "&Ver", "Ava&nzado", "&Configuración", "Ay&uda"]
    # one Alt letter per menu title, search label, button and go-to-field key of the window, in Spanish too
    keys = [k.lower() for text in shown["alt_texts"] for k in re.findall(r"&(\w)", text.replace("&&", ""))]
    assert len(keys) >= 6 and sorted(keys) == sorted(set(keys)), keys
    assert shown["search"] == "Buscar"
    assert shown["banner"].startswith("ENTORNO DE PRUEBA")
    assert shown["field"] == "Apellido"


def test_the_saved_language_overrides_the_system(tmp_path: Path, built_qm: Path) -> None:
    shown = _start(tmp_path, built_qm, settings={"version": 1, "language": "en"}, LANG="es_MX.UTF-8")
    assert shown["menus"][:3] == ["&File", "&Edit", "&View"]
    assert shown["field"] == "Last name"


def test_an_english_system_starts_in_english(tmp_path: Path, built_qm: Path) -> None:
    shown = _start(tmp_path, built_qm, LANG="en_US.UTF-8")
    assert shown["search"] == "Search"


def test_the_pseudo_locale_can_be_chosen(tmp_path: Path, built_qm: Path) -> None:
    shown = _start(tmp_path, built_qm, settings={"version": 1, "language": "pseudo"})
    assert shown["search"].startswith("⟦") and "Šéàŕçh" in shown["search"]


@pytest.mark.parametrize(("scheme", "dark"), [("dark", True), ("light", False)])
def test_the_colour_scheme_gives_a_matching_palette_and_banner(
    tmp_path: Path, built_qm: Path, scheme: str, dark: bool
) -> None:
    from leadeditor.ui.theme import DARK, LIGHT, Tone

    shown = _start(tmp_path, built_qm, LEADEDITOR_COLOR_SCHEME=scheme)
    assert (shown["window_lightness"] < 128) is dark
    wanted = (DARK if dark else LIGHT)[Tone.SANDBOX]
    assert wanted.background in shown["banner_style"] and wanted.text in shown["banner_style"]


def test_the_choice_is_read_from_the_settings_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """language_choice finds the settings file without platformdirs: the same folder settings.py uses."""
    from leadeditor import settings

    monkeypatch.delenv("LEADEDITOR_CONFIG_DIR", raising=False)
    monkeypatch.delenv(language_choice.ENV, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert language_choice.config_dir() == settings.default_config_dir()
    monkeypatch.setenv("LEADEDITOR_CONFIG_DIR", str(tmp_path / "c"))
    assert language_choice.chosen() == "system"
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "settings.json").write_text('{"language": "es"}', encoding="utf-8")
    assert language_choice.chosen() == "es"
    (tmp_path / "c" / "settings.json").write_text('{"language": "klingon"}', encoding="utf-8")
    assert language_choice.chosen() == "system"
    (tmp_path / "c" / "settings.json").write_text("{broken", encoding="utf-8")
    assert language_choice.chosen() == "system"


def test_icons_are_sharp_on_a_high_dpi_screen(tmp_path: Path, built_qm: Path) -> None:
    shown = _start(tmp_path, built_qm, QT_SCALE_FACTOR="2")
    ratio, width = shown["status_icon"]
    assert ratio == 2 and width == 36  # drawn at 36 device pixels for its 18-pixel place
    assert max(shown["app_icon_sizes"]) >= 256
