"""The application icon (the same drawing as resources/leadeditor.svg, kept in the package for the window)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

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


def app_icon() -> QIcon:
    """The icon rendered crisply at the usual sizes (once: the app and its windows share it)."""
    if _rendered:
        return _rendered[0]
    # imported here, not at the top: QtSvg and the rendering stay off the first-paint path (app.py sets the
    # icon right after the first paint)
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QPainter, QPixmap
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(SVG.encode()))
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        icon.addPixmap(pixmap)
    _rendered.append(icon)
    return icon
