"""The files shipped inside the package (``coalition/resources``): the icon, the desktop
entry and the AppStream metadata, read with :mod:`importlib.resources` so that they are
found wherever the package is installed (a wheel, a bundle, a source checkout)."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable

from coalition import APP_ID

PACKAGE = "coalition.resources"
# The sizes the icon is drawn at (tools/render_icons.py), in the freedesktop icon theme's layout.
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def root() -> Traversable:
    return files(PACKAGE)


def icon_png(size: int) -> Traversable:
    """The icon drawn at ``size`` pixels square."""
    return root() / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def icon_svg() -> Traversable:
    return root() / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"


def desktop_entry() -> Traversable:
    return root() / f"{APP_ID}.desktop"


def metainfo() -> Traversable:
    return root() / f"{APP_ID}.metainfo.xml"
