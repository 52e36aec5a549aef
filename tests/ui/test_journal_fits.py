"""The journal window fits a 1366x768 laptop at 150 % (910x512 logical) and a 1024x700 screen, with nothing
clipped: its least size is below the screen's, and at that least size every control gets its own."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDateEdit, QLabel, QLineEdit

# what the window manager's frame and title bar take, at most, around the window on such a screen
_FRAME_W, _FRAME_H = 16, 48
SCREENS = {"1366x768 at 150 %": (910, 512), "1024x700 at 100 %": (1024, 700)}


@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_the_journal_least_size_fits_the_screen(qtbot: Any, window: Any, arun: Any, screen: str) -> None:
    arun(window.show_journal())
    journal = window.writes().journal_window
    width, height = SCREENS[screen]
    least = journal.minimumSizeHint()
    assert least.width() <= width - _FRAME_W and least.height() <= height - _FRAME_H, (screen, least)
    journal.close()


def test_at_its_least_size_no_journal_control_is_clipped(qtbot: Any, window: Any, arun: Any) -> None:
    arun(window.show_journal())
    journal = window.writes().journal_window
    least = journal.minimumSizeHint()
    journal.resize(least)
    qtbot.waitUntil(lambda: journal.size() == least)
    controls = [
        w
        for kind in (QLabel, QLineEdit, QComboBox, QDateEdit, QAbstractButton)
        for w in journal.findChildren(kind)
        if w.isVisibleTo(journal) and w.window() is journal and not w.parent().inherits("QAbstractScrollArea")
    ]
    assert len(controls) > 10
    for w in controls:
        assert w.width() >= w.minimumSizeHint().width(), (w.objectName() or type(w).__name__, w.width())
        corner = w.mapTo(journal, w.rect().bottomRight())
        assert journal.rect().contains(corner), (w.objectName() or type(w).__name__, corner)
    journal.close()


_PROBE = textwrap.dedent("""
    import sys
    from pathlib import Path
    from leadeditor.app import application
    from leadeditor.editing.journal import Journal
    from leadeditor.ui.geometry import remember_window
    from leadeditor.ui.journal_window import JournalWindow
    from leadeditor.ui.main_window import MainWindow
    app = application()
    window = MainWindow(None, sandbox=True)
    window.show()
    journal = JournalWindow(Journal(Path(sys.argv[1])))
    remember_window(journal, "journal", beside=window)
    journal.show()
    app.processEvents()
    area, frame = app.primaryScreen().availableGeometry(), journal.frameGeometry()
    least = journal.minimumSizeHint()
    print("area", area.width(), area.height(), "frame", frame.x(), frame.y(), frame.width(), frame.height(),
          "size", journal.width(), journal.height(), "least", least.width(), least.height())
""")


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs Xvfb")
@pytest.mark.parametrize(("screen", "scale"), [("1366x768", "1.5"), ("1024x700", "1")])
def test_the_journal_opens_inside_the_screen_under_xvfb(tmp_path: Path, screen: str, scale: str) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="xcb",
        QT_SCALE_FACTOR=scale,
        PYTHONPATH=os.getcwd(),
        LEADEDITOR_CONFIG_DIR=str(tmp_path / "config"),
    )
    done = subprocess.run(
        [
            "xvfb-run",
            "-a",
            "-s",
            f"-screen 0 {screen}x24",
            sys.executable,
            "-c",
            _PROBE,
            str(tmp_path / "j.db"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    words = done.stdout.split("area", 1)[1].split()
    aw, ah = int(words[0]), int(words[1])
    x, y, w, h = (int(v) for v in words[3:7])
    width, height, least_w, least_h = (int(v) for v in (words[8], words[9], words[11], words[12]))
    assert aw == round(int(screen.split("x")[0]) / float(scale))  # the scale factor really applied
    assert x >= 0 and y >= 0 and x + w <= aw and y + h <= ah, (aw, ah, x, y, w, h)
    assert width >= least_w and height >= least_h  # not squeezed below what its controls need
