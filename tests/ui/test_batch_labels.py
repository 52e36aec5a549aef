"""No label of the batch window's steps is clipped at 100 % and 150 %: each page is drawn in a fresh process
at that scale and no single-line label's text touches its right edge (a glyph cut there is clipped)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

_PROBE = textwrap.dedent("""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QLabel
    from leadeditor.app import application
    from leadeditor.editing.batch.key import BatchKey, KeyKind
    from leadeditor.editing.batch.mapping import map_columns
    from leadeditor.editing.batch.table import Column
    from leadeditor.ui.batch_file_page import FilePage
    from leadeditor.ui.batch_key_page import KeyPage
    from leadeditor.ui.batch_mapping_page import MappingPage
    from leadeditor.ui.batch_review_page import ReviewPage
    from leadeditor.ui.batch_run_page import RunPage
    app = application()
    columns = tuple(Column(i, h, h) for i, h in enumerate(("Phone Number", "City", "Date of Birth", "Notes")))
    key = BatchKey(KeyKind.PHONE_NUMBER)
    mapping = MappingPage()
    mapping.show_map(columns, map_columns(columns, key))
    for page in (FilePage(), mapping, KeyPage(), ReviewPage(), RunPage()):
        page.resize(1000, 600)
        page.show()
        app.processEvents()
        for label in page.findChildren(QLabel):
            if not label.isVisibleTo(page) or label.wordWrap() or not label.text():
                continue
            image = label.grab().toImage()
            edge = image.width() - 1
            ink = sum(QColor(image.pixel(edge, y)).lightness() < 128 for y in range(image.height()))
            print(type(page).__name__, repr(label.text()), ink)
""")


@pytest.mark.parametrize("scale", ["1", "1.5"])
def test_no_batch_step_label_is_clipped(tmp_path: Path, scale: str) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        QT_SCALE_FACTOR=scale,
        PYTHONPATH=os.getcwd(),
        LEADEDITOR_CONFIG_DIR=str(tmp_path / "config"),
    )
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = [line.rsplit(" ", 1) for line in done.stdout.splitlines()]
    assert any("Template" in text for text, _ in lines)  # the label the screenshot showed cut is measured
    clipped = [text for text, ink in lines if int(ink)]
    assert not clipped, clipped
