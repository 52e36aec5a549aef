"""The application icon (the same drawing as resources/leadeditor.svg, kept in the package for the window),
painted with QPainter."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QPolygonF, QTransform

SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">
  <rect x="2" y="2" width="60" height="60" rx="12" fill="#1f5f99"/>
  <rect x="12" y="12" width="32" height="40" rx="3" fill="#ffffff"/>
  <circle cx="20" cy="21" r="4" fill="#1f5f99"/>
  <rect x="27" y="18" width="13" height="3" rx="1.5" fill="#9db7cf"/>
  <rect x="27" y="23" width="9" height="2.5" rx="1.25" fill="#c9d7e4"/>
  <rect x="17" y="31" width="22" height="3" rx="1.5" fill="#9db7cf"/>
  <rect x="17" y="38" width="18" height="3" rx="1.5" fill="#9db7cf"/>
  <rect x="17" y="45" width="12" height="3" rx="1.5" fill="#9db7cf"/>
  <g transform="rotate(45 44 40)">
    <rect x="40" y="20" width="8" height="26" rx="1.5" fill="#f2b134"/>
    <rect x="40" y="20" width="8" height="5" rx="1.5" fill="#e0787a"/>
    <polygon points="40,46 48,46 44,53" fill="#f6deb0"/>
    <polygon points="42.6,50 45.4,50 44,53" fill="#3d3d3d"/>
  </g>
</svg>"""


_rendered: list[QIcon] = []  # rendered once per process; QIcon is implicitly shared, so sharing it is cheap
SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """The icon rendered crisply at the usual sizes (once: the app and its windows share it)."""
    if _rendered:
        return _rendered[0]
    icon = QIcon()
    for size in SIZES:
        icon.addPixmap(draw(size))
    _rendered.append(icon)
    return icon


def draw(size: int) -> QPixmap:
    """`SVG` drawn with QPainter: the same shapes, without loading QtSvg and its renderer (about 4 MiB of
    the window's memory and a few ms after the first paint, issue 13). tests/ui/test_icon.py compares it
    with the SVG rendered by QtSvg."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.scale(size / 64, size / 64)

    def rect(x: float, y: float, w: float, h: float, r: float, colour: str) -> None:
        p.setBrush(QColor(colour))
        p.drawRoundedRect(QRectF(x, y, w, h), r, r)

    def polygon(points: tuple[tuple[float, float], ...], colour: str) -> None:
        p.setBrush(QColor(colour))
        p.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))

    rect(2, 2, 60, 60, 12, "#1f5f99")
    rect(12, 12, 32, 40, 3, "#ffffff")
    p.setBrush(QColor("#1f5f99"))
    p.drawEllipse(QPointF(20, 21), 4, 4)
    rect(27, 18, 13, 3, 1.5, "#9db7cf")
    rect(27, 23, 9, 2.5, 1.25, "#c9d7e4")
    rect(17, 31, 22, 3, 1.5, "#9db7cf")
    rect(17, 38, 18, 3, 1.5, "#9db7cf")
    rect(17, 45, 12, 3, 1.5, "#9db7cf")
    # the pencil: rotate(45 44 40), i.e. about (44, 40), before the scaling to `size`
    about = QTransform.fromTranslate(-44, -40) * QTransform().rotate(45) * QTransform.fromTranslate(44, 40)
    p.setTransform(about, True)
    rect(40, 20, 8, 26, 1.5, "#f2b134")
    rect(40, 20, 8, 5, 1.5, "#e0787a")
    polygon(((40, 46), (48, 46), (44, 53)), "#f6deb0")
    polygon(((42.6, 50), (45.4, 50), (44, 53)), "#3d3d3d")
    p.end()
    return pixmap
