"""Build the application icon set from resources/leadeditor.svg: hicolor PNGs (rendered by Qt's
QSvgRenderer), a Windows .ico and a macOS .icns (written by Pillow from those PNGs).

    python packaging/build_icons.py OUT_DIR
makes OUT_DIR/hicolor/<N>x<N>/apps/leadeditor.png, OUT_DIR/hicolor/scalable/apps/leadeditor.svg,
OUT_DIR/leadeditor.ico and OUT_DIR/leadeditor.icns.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "leadeditor.svg"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)  # Pillow derives the @2x variants from the largest image


def render_pngs(out: Path) -> dict[int, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # QPainter needs one
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    paths: dict[int, Path] = {}
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out / "hicolor" / f"{size}x{size}" / "apps" / "leadeditor.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"could not write {path}")
        paths[size] = path
    scalable = out / "hicolor" / "scalable" / "apps" / "leadeditor.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    return paths


def write_ico_icns(pngs: dict[int, Path], out: Path) -> None:
    from PIL import Image

    largest = Image.open(pngs[max(PNG_SIZES)]).convert("RGBA")
    ico_images = [Image.open(pngs[s]).convert("RGBA") for s in ICO_SIZES]
    ico_images[-1].save(
        out / "leadeditor.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=ico_images[:-1]
    )
    icns_images = [Image.open(pngs[s]).convert("RGBA") for s in ICNS_SIZES if s != max(PNG_SIZES)]
    largest.save(out / "leadeditor.icns", format="ICNS", append_images=icns_images)


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else ROOT / "build" / "icons")
    out.mkdir(parents=True, exist_ok=True)
    pngs = render_pngs(out)
    write_ico_icns(pngs, out)
    print(f"icons: {len(pngs)} PNG sizes, leadeditor.ico, leadeditor.icns in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
