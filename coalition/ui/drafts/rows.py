"""How the list of drafts and the comment threads draw their rows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeWidget

from coalition.drafts.channels import CHANNELS
from coalition.drafts.listing import DraftRow
from coalition.store.models import DraftStatus
from coalition.ui.common.formatting import number
from coalition.ui.drafts.common import status_colors

# --- the list of drafts -----------------------------------------------------------------

RowRole = Qt.ItemDataRole.UserRole  # the DraftRow an item stands for


def approved_summary(row: DraftRow) -> str:
    """'2 of 3 variants approved': how far a draft is from a message pack to send."""
    if not row.variant_count:
        return QCoreApplication.translate("DraftRowDelegate", "No variants yet")
    return tr("{approved} of %Ln variants approved", "", row.variant_count).replace(
        "{approved}", number(row.approved_count)
    )


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A bare tr(), as lupdate reads it (context ""): lupdate reads plural forms only from
    a tr() call, never from QCoreApplication.translate()."""
    return QCoreApplication.translate("", text, disambiguation, n)


class DraftRowDelegate(QStyledItemDelegate):
    """Two lines per draft: the title with its status chip, then how far its sign-off is."""

    PAD = 6

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        # As wide as the list (the title is elided), never wider: no sideways scrolling.
        height = option.fontMetrics.height()
        return QSize(1, 2 * height + 3 * self.PAD)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row = index.data(RowRole)
        if row is None:
            super().paint(painter, option, index)
            return
        painter.save()
        style = option.widget.style() if option.widget else None
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_color = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = text_color if selected else option.palette.color(QPalette.ColorRole.PlaceholderText)
        rect = option.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        metrics = option.fontMetrics
        line = metrics.height()

        # The chip, right-aligned on the first line.
        status = DraftStatus(row.status)
        fg, bg = status_colors(status)
        bold = QFont(option.font)
        bold.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.9)
        small.setBold(True)
        painter.setFont(small)
        chip_width = painter.fontMetrics().horizontalAdvance(status.label) + 14
        chip = QRect(rect.right() - chip_width, rect.top(), chip_width, line + 2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(bg))
        painter.drawRoundedRect(chip, 3, 3)
        painter.setPen(QColor(fg))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, status.label)

        painter.setFont(bold)
        painter.setPen(text_color)
        title_rect = QRect(rect.left(), rect.top(), rect.width() - chip_width - 8, line + 2)
        title = painter.fontMetrics().elidedText(
            row.title, Qt.TextElideMode.ElideRight, title_rect.width()
        )
        painter.drawText(
            title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title
        )

        painter.setFont(option.font)
        painter.setPen(muted)
        second = QRect(rect.left(), rect.top() + line + self.PAD, rect.width(), line)
        channels = ", ".join(CHANNELS[k].label for k in row.channels if k in CHANNELS)
        detail = approved_summary(row) + (f" · {channels}" if channels else "")
        painter.drawText(
            second,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(detail, Qt.TextElideMode.ElideRight, second.width()),
        )
        painter.restore()


class WrappingDelegate(QStyledItemDelegate):
    """Rows of a tree as tall as their first column's text wrapped to its width: a tree
    view sizes rows for one line, which would cut a comment off after a few words."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree
        tree.header().sectionResized.connect(lambda *_: tree.scheduleDelayedItemsLayout())

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        if index.column() != 0:  # the other columns fit their contents
            return hint
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self._tree.header().sectionSize(0) - self._tree.indentation() * (depth + 1)
        width = max(40, width - 12)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        wrapped = option.fontMetrics.boundingRect(
            QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text
        )
        return QSize(hint.width(), max(hint.height(), wrapped.height() + 6))
