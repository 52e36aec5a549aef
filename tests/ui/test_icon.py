"""The window's icon, painted with QPainter, is the drawing of resources/leadeditor.svg."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap

from leadeditor.ui import icon


def _svg(size: int) -> QImage:
    from PySide6.QtSvg import QSvgRenderer

    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    QSvgRenderer(QByteArray(icon.SVG.encode())).render(painter)
    painter.end()
    return pixmap.toImage()


def test_the_painted_icon_matches_the_svg(qtbot: Any) -> None:
    for size in (16, 64, 256):
        painted, wanted = icon.draw(size).toImage(), _svg(size)
        off = 0
        for y in range(size):
            for x in range(size):
                a, b = painted.pixelColor(x, y), wanted.pixelColor(x, y)
                channels = (
                    a.red() - b.red(),
                    a.green() - b.green(),
                    a.blue() - b.blue(),
                    a.alpha() - b.alpha(),
                )
                off += max(abs(c) for c in channels) > 48  # antialiased edges differ a little
        assert off <= size * size * 0.02, (size, off)


def test_the_icon_has_every_size(qtbot: Any) -> None:
    sizes = {s.width() for s in icon.app_icon().availableSizes()}
    assert sizes == set(icon.SIZES)
    assert icon.app_icon() is icon.app_icon()  # rendered once
