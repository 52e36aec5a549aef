"""Start-up import hygiene (DESIGN.md, "Start-up is a feature"): painting the first window must not import
the network layer, the keyring, sqlite, the sandbox or the event-loop machinery. Checked in fresh processes,
since this test session has imported all of them already. Not a timing test: benchmarks/bench_startup.py
times it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

# Never on the first-paint path (they load after the window is shown, inside the qasync loop).
OFF_THE_PATH = (
    "requests",
    "keyring",
    "sqlite3",
    "qasync",
    "asyncio",
    "platformdirs",
    "leadeditor.sandbox",
    "leadeditor.vicidial.client",
    "leadeditor.settings",
    "leadeditor.secrets",
)
# Also kept out of the app's own first paint: the lead form and the field catalogue it is built from.
DEFERRED = (
    "leadeditor.ui.lead_form",
    "leadeditor.vicidial",
    "leadeditor.editing.lead",
    "leadeditor.ui.icon",
    "PySide6.QtSvg",
)


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        QT_API="pyside6",
        PYTHONUNBUFFERED="1",
        LEADEDITOR_CONFIG_DIR=str(tmp_path / "config"),
        **extra,
    )


def test_showing_the_main_window_imports_nothing_heavy(tmp_path: Path) -> None:
    script = textwrap.dedent("""
        import sys
        from PySide6.QtWidgets import QWidget
        from leadeditor.app import application
        from leadeditor.ui.main_window import MainWindow
        app = application()
        window = MainWindow(None, sandbox=True)  # the whole window, lead form included
        window.show()
        app.processEvents()
        assert window.form.findChild(QWidget, "field_first_name") is not None
        print("loaded:", " ".join(sorted(sys.modules)))
    """)
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    loaded = set(done.stdout.split("loaded:", 1)[1].split())
    assert "leadeditor.ui.main_window" in loaded and "leadeditor.ui.lead_form" in loaded
    assert sorted(m for m in OFF_THE_PATH if m in loaded) == []


def _imports_by_mark(argv: list[str], env: dict[str, str]) -> dict[str, set[str]]:
    """Run with -X importtime and the first-paint hook; the modules imported before each printed mark."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *argv],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:]
    seen: set[str] = set()
    marks: dict[str, set[str]] = {}
    for line in done.stdout.splitlines():
        if line.startswith("import time:") and "self [us]" not in line:
            seen.add(line.rsplit("|", 1)[1].strip())
        elif line.startswith(("first-paint ", "ready ")):
            marks[line.split()[0]] = set(seen)
    return marks


@pytest.mark.parametrize("args", [["--demo"], []], ids=["demo", "profile"])
def test_the_app_paints_before_loading_the_rest(tmp_path: Path, args: list[str]) -> None:
    env = _env(tmp_path, LEADEDITOR_EXIT_AFTER_FIRST_PAINT="1")
    marks = _imports_by_mark(["-m", "leadeditor", *args], env)
    assert set(marks) == {"first-paint", "ready"}
    first = marks["first-paint"]
    assert "leadeditor.ui.main_window" in first
    assert sorted(m for m in OFF_THE_PATH + DEFERRED if m in first) == []
    # right after the first paint the form and icon are built, still without the heavy modules; the icon is
    # painted with QPainter (ui/icon.py), so QtSvg is never loaded at all
    assert {"leadeditor.ui.lead_form", "leadeditor.ui.icon"} <= marks["ready"]
    assert "PySide6.QtSvg" not in marks["ready"]
    assert sorted(m for m in OFF_THE_PATH if m in marks["ready"]) == []
    assert not (tmp_path / "config").exists() or not any((tmp_path / "config").iterdir())


def test_a_deferred_form_is_built_in_place_on_first_use(qtbot: Any) -> None:
    from PySide6.QtWidgets import QWidget

    from leadeditor.ui.main_window import MainWindow

    window = MainWindow(None, deferred=True)
    qtbot.addWidget(window)
    window.show()
    assert window.findChild(QWidget, "field_first_name") is None
    assert window.splitter.count() == 2
    form = window.form  # any use builds it, at the form's place in the splitter
    assert window.splitter.indexOf(form) == 1 and window.splitter.count() == 2
    assert form.findChild(QWidget, "field_first_name") is not None
    assert window.form is form
    window.finish_building()
    assert window.form is form and not window.windowIcon().isNull()
