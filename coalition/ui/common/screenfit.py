"""Keeping a window, frame and all, inside the screen it opens on.

``resize()`` sizes the inside of a window; the window manager adds a title bar and
borders around it.  A window sized to the whole available height of a 1366×768 laptop
therefore reached below the taskbar, and its status bar, where every message appears,
was out of sight.  A remembered geometry from a larger monitor did the same.

Before the window is shown its frame is not known yet: a first window leaves room for a
typical title bar, and a remembered size is only brought within the screen itself.
Once shown, the frame is measured and the window fitted again, frame included.

Nothing here reads PySide6's ``Qt`` namespace: the main window's shell uses it before
the database is open (see :mod:`coalition.ui.shell.mainwindow`).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget

# The frame a window manager usually adds (a title bar, thin borders), assumed until the
# real one can be measured.
FRAME_ALLOWANCE = QSize(16, 40)
COMFORTABLE = QSize(1280, 800)  # a first window, on a screen that has room for it


def _frame_extra(window: QWidget) -> QSize:
    """What the window manager adds around the window; nothing known before it is shown
    (a remembered size that fits is then kept as it is, not shrunk on a guess)."""
    frame, inner = window.frameGeometry(), window.geometry()
    return QSize(frame.width() - inner.width(), frame.height() - inner.height())


def room(window: QWidget) -> QRect:
    """The part of the window's screen that windows may use (without the taskbar)."""
    screen = window.screen()
    return screen.availableGeometry()


def fit_on_screen(window: QWidget) -> None:
    """Shrink and move ``window`` so that its frame lies inside the available part of its
    screen (never below its own minimum size: a screen too small for that keeps the
    window's top-left corner on it)."""
    available = room(window)
    extra = _frame_extra(window)
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    width = max(min(window.width(), available.width() - extra.width()), minimum.width())
    height = max(min(window.height(), available.height() - extra.height()), minimum.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    outer_w, outer_h = width + extra.width(), height + extra.height()
    frame = window.frameGeometry()
    x = max(available.left(), min(frame.x(), available.left() + available.width() - outer_w))
    y = max(available.top(), min(frame.y(), available.top() + available.height() - outer_h))
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)  # a top-level widget's position is its frame's


def first_size(window: QWidget) -> QSize:
    """A first window's size: comfortable, or as much of a small screen as it can take."""
    available = room(window)
    return QSize(
        min(COMFORTABLE.width(), available.width() - FRAME_ALLOWANCE.width()),
        min(COMFORTABLE.height(), available.height() - FRAME_ALLOWANCE.height()),
    )
