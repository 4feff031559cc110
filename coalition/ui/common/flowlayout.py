"""A layout that lays its widgets out in a row and wraps them onto the next line.

A row of eight channel check boxes, or of eight live counts, is wider than a laptop's
screen once the font is a little larger; a horizontal box layout then makes the whole
window wider than the screen.  This layout asks only for its widest item and grows in
height instead (Qt's own "Flow Layout" example, in Python).
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    """Items left to right, wrapping at the layout's width."""

    def __init__(
        self, parent: QWidget | None = None, h_spacing: int = -1, v_spacing: int = -1
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._h_spacing = h_spacing
        self._v_spacing = v_spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # --- QLayout ------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._lay_out(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._lay_out(rect, move=True)

    def sizeHint(self) -> QSize:
        """All on one line, when there is room for it."""
        width, height, shown = 0, 0, 0
        for item in self._items:
            if not item.isEmpty():
                hint = item.sizeHint()
                width, height, shown = width + hint.width(), max(height, hint.height()), shown + 1
        margins = self.contentsMargins()
        width += max(0, shown - 1) * self.horizontal_spacing()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        """As wide as the widest item: the rest wraps."""
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # --- laying out ---------------------------------------------------------------------

    def horizontal_spacing(self) -> int:
        return (
            self._h_spacing
            if self._h_spacing >= 0
            else self._smart_spacing(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        )

    def vertical_spacing(self) -> int:
        return (
            self._v_spacing
            if self._v_spacing >= 0
            else self._smart_spacing(QStyle.PixelMetric.PM_LayoutVerticalSpacing)
        )

    def _smart_spacing(self, metric: QStyle.PixelMetric) -> int:
        parent = self.parent()
        if isinstance(parent, QWidget):
            return max(4, parent.style().pixelMetric(metric, None, parent))
        return 6

    def _lay_out(self, rect: QRect, *, move: bool) -> int:
        """Place the items line by line, each centred on its line's height; the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        h_space, v_space = self.horizontal_spacing(), self.vertical_spacing()
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = area.x()
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if lines[-1] and x + hint.width() > area.right() + 1:
                lines.append([])
                x = area.x()
            lines[-1].append((item, hint))
            x += hint.width() + h_space
        y = area.y()
        for line in lines:
            height = max((hint.height() for _item, hint in line), default=0)
            x = area.x()
            for item, hint in line:
                if move:
                    top = y + (height - hint.height()) // 2
                    width = min(hint.width(), area.width())
                    item.setGeometry(QRect(QPoint(x, top), QSize(width, hint.height())))
                x += hint.width() + h_space
            y += height + v_space
        used = y - v_space if any(lines) else y
        return used - rect.y() + margins.bottom()


def flow_box(parent: QWidget | None = None) -> tuple[QWidget, FlowLayout]:
    """A widget holding a :class:`FlowLayout`, that takes the height its rows need."""
    box = QWidget(parent)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    box.setSizePolicy(policy)
    return box, FlowLayout(box)
