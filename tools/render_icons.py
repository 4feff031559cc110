"""Draw Coalition's icon at every size the desktop asks for, from its SVG.

    python tools/render_icons.py

Reads coalition/resources/icons/hicolor/scalable/apps/APP_ID.svg and writes
coalition/resources/icons/hicolor/NxN/apps/APP_ID.png for each size in
coalition.common.resources.ICON_SIZES, with Qt's own SVG renderer; the PNGs are committed,
so that neither the app nor an installer needs QtSvg to show the icon.  Run it again after
changing the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from coalition import APP_ID
from coalition.common.resources import ICON_SIZES

ICONS = Path(__file__).resolve().parent.parent / "coalition" / "resources" / "icons" / "hicolor"


def render(svg: Path, size: int) -> bytes:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication(sys.argv)  # noqa: F841 (QPainter needs one)
    svg = ICONS / "scalable" / "apps" / f"{APP_ID}.svg"
    for size in ICON_SIZES:
        target = ICONS / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(render(svg, size))
        print(f"{target.relative_to(ICONS.parent.parent.parent.parent)}: {size}×{size}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
