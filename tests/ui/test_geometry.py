"""The window fits the screen at every scale, and every window comes back where the user left it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, QSize

from leadeditor.settings import Settings
from leadeditor.ui.geometry import available_area, clamp_rect, place_beside

_PROBE = textwrap.dedent("""
    from leadeditor.app import application
    from leadeditor.ui.main_window import MainWindow
    app = application()
    window = MainWindow(None, sandbox=True)
    window.show()
    app.processEvents()
    area, frame = app.primaryScreen().availableGeometry(), window.frameGeometry()
    print("area", area.width(), area.height(), "frame", frame.x(), frame.y(), frame.width(), frame.height())
""")


def _fit(tmp_path: Path, screen: str, scale: str) -> tuple[list[int], list[int]]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="xcb",
        QT_SCALE_FACTOR=scale,
        PYTHONPATH=os.getcwd(),
        LEADEDITOR_CONFIG_DIR=str(tmp_path / "config"),
    )
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", f"-screen 0 {screen}x24", sys.executable, "-c", _PROBE],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    words = done.stdout.split("area", 1)[1].split()
    return [int(v) for v in words[0:2]], [int(v) for v in words[3:7]]


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs Xvfb")
@pytest.mark.parametrize(("screen", "scale"), [("1600x1000", "1.5"), ("1024x700", "2"), ("1366x768", "1.5")])
def test_the_window_fits_the_screen_under_xvfb(tmp_path: Path, screen: str, scale: str) -> None:
    (aw, ah), (x, y, w, h) = _fit(tmp_path, screen, scale)
    assert aw == round(int(screen.split("x")[0]) / float(scale))  # the scale factor really applied
    assert x >= 0 and y >= 0 and x + w <= aw and y + h <= ah, (aw, ah, x, y, w, h)


def test_clamp_rect_shrinks_then_moves_inside() -> None:
    area = QRect(0, 0, 1000, 600)
    assert clamp_rect(QRect(900, 500, 1240, 780), area) == QRect(0, 0, 1000, 600)
    assert clamp_rect(QRect(-50, 550, 300, 200), area) == QRect(0, 400, 300, 200)


def test_the_main_window_remembers_size_position_split_and_columns(qtbot: Any, window: Any) -> None:
    area = available_area(window)
    window.resize(QSize(min(700, area.width() - 40), min(600, area.height() - 40)))
    window.move(area.topLeft())
    qtbot.waitUntil(lambda: sum(window.splitter.sizes()) > 0, timeout=5000)
    total = sum(window.splitter.sizes())
    window.splitter.setSizes([total * 45 // 100, total - total * 45 // 100])
    split = window.splitter.sizes()[0]
    header = window.results.table.horizontalHeader()
    header.resizeSection(1, 211)
    header.moveSection(2, 0)
    window.save_geometry()
    saved = Settings.load().get("geometry")["main"]
    assert saved["rect"][2:] == [window.width(), window.height()]

    from leadeditor.ui.main_window import MainWindow

    again = MainWindow(None, sandbox=True)
    qtbot.addWidget(again)
    again.show()
    assert again.restore_geometry()
    qtbot.waitUntil(lambda: sum(again.splitter.sizes()) > 0, timeout=5000)
    assert (again.width(), again.height()) == (window.width(), window.height())
    assert abs(again.splitter.sizes()[0] - split) <= 2 and split != sum(again.splitter.sizes()) * 55 // 100
    again_header = again.results.table.horizontalHeader()
    assert again_header.sectionSize(1) == 211 and again_header.logicalIndex(0) == 2
    again._close_confirmed = True


def test_a_remembered_window_off_screen_comes_back_on_it(qtbot: Any, window: Any) -> None:
    area = available_area(window)
    settings = Settings.load()
    settings.section("geometry")["main"] = {"rect": [area.right() + 500, -400, 5000, 4000]}
    settings.save()
    assert window.restore_geometry()
    assert area.contains(window.frameGeometry()), (area, window.frameGeometry())


def test_a_window_is_placed_beside_not_behind(qtbot: Any, window: Any) -> None:
    from PySide6.QtWidgets import QWidget

    other = QWidget()
    qtbot.addWidget(other)
    other.resize(300, 200)
    place_beside(other, window)
    area = available_area(window)
    assert area.contains(other.frameGeometry())
    assert other.pos() != window.frameGeometry().topLeft()


def test_the_journal_opens_beside_on_screen_and_comes_back_where_it_was_left(
    qtbot: Any, window: Any, arun: Any
) -> None:
    arun(window.show_journal())
    journal = window.writes().journal_window
    area = available_area(window)
    assert area.contains(journal.frameGeometry().topLeft())
    # as small as the screen, unless the journal's own least width is larger (it is 460 px since its filters
    # take two rows; tests/ui/test_journal_fits.py checks it against small screens)
    assert journal.width() <= max(area.width(), journal.minimumSizeHint().width())
    assert journal.frameGeometry().topLeft() != window.frameGeometry().topLeft()  # not exactly behind
    journal.resize(journal.minimumSizeHint().width(), 400)
    width = journal.width()
    journal.move(area.left() + 7, area.top() + 9)
    journal.close()  # hiding it keeps where it was
    saved = Settings.load().get("geometry")["journal"]
    assert saved["rect"] == [area.left() + 7, area.top() + 9, width, 400]
    window.writes().journal_window = None
    arun(window.show_journal())
    again = window.writes().journal_window
    assert again is not journal
    assert (again.frameGeometry().y(), again.height()) == (area.top() + 9, 400)
    assert area.left() <= again.frameGeometry().x() <= area.left() + 7  # moved in when it would stick out
    again.close()


def test_phone_field_and_column_show_ten_digits(window: Any) -> None:
    from leadeditor.ui.results import COLUMN_INDEX

    field = window.form.rows["phone_number"].editor.widget
    assert field.contentsRect().width() >= field.fontMetrics().horizontalAdvance("3125550100")
    table = window.results.table
    assert table.columnWidth(COLUMN_INDEX["phone_number"]) >= table.fontMetrics().horizontalAdvance(
        "3125550100"
    )
    assert not window.form.scrollArea.horizontalScrollBar().isVisible()  # no sideways scrolling of the form
