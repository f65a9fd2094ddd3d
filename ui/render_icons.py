"""`make icons`: draw the app icon's PNGs from its SVG sources with Qt's SVG renderer.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m ui.render_icons

Each PNG is drawn at its own size (never scaled from another PNG); 16 px comes from the SVG drawn
on the 16 px grid. tests/ui/test_app_icon.py checks that the committed PNGs match their sources.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from app.desktop_entry import ICON_SIZES, icon_png_name, icon_svg_name, icons_folder


def render_icon(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def render_all(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for size in ICON_SIZES:
        path = out_dir / icon_png_name(size)
        if not render_icon(icons_folder() / icon_svg_name(size), size).save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    out_dir = Path(argv[0]) if argv else icons_folder() / "png"
    for path in render_all(out_dir):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
