"""The Ctrl+K palette: find any organization, person or campaign by typing a few letters.

The search runs on every keystroke, with no debounce: the FTS5 index answers in well
under a millisecond, and results that keep up with the typing are what make a palette
feel instant.  The keyboard never has to leave the line edit: Up and Down move in the
results, Enter opens one, Esc closes.
"""

from __future__ import annotations

import re

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from coalition.common import i18n
from coalition.search.query import KIND_LABELS, MAX_CHARS, MAX_WORDS, Hit, is_cut, search
from coalition.ui.common.context import AppContext
from coalition.ui.common.widgets import MUTED_STYLE

HitRole = Qt.ItemDataRole.UserRole  # the Hit an item stands for
RESULT_LIMIT = 50
_MARK = re.compile(r"\[([^\[\]]*)\]")  # FTS snippet() marks each match as [match]
# Secondary text: the palette's placeholder grey stays legible (disabled grey does not).
_PAD = 8
_KEYS_HINT = str(QT_TRANSLATE_NOOP("SearchDialog", "↑ ↓ to move · Enter to open · Esc to close"))


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """Split an FTS snippet into (text, matched) runs, dropping the [ ] marks."""
    parts: list[tuple[str, bool]] = []
    position = 0
    for match in _MARK.finditer(snippet):
        if match.start() > position:
            parts.append((snippet[position : match.start()], False))
        parts.append((match.group(1), True))
        position = match.end()
    if position < len(snippet):
        parts.append((snippet[position:], False))
    return parts


def _results(count: int) -> str:
    return "1 result" if count == 1 else f"{count} results"


class HitDelegate(QStyledItemDelegate):
    """Paints a hit on two lines: title in bold with its kind at the right, then the snippet.

    Painting the runs directly keeps a long result list cheap (no widget or text
    document per row) and lets a snippet that is too long end in "…" on one line.
    """

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        height = QFontMetrics(option.font).height()
        return QSize(200, 2 * height + 3 * _PAD // 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        hit = index.data(HitRole)
        if not isinstance(hit, Hit):
            super().paint(painter, option, index)
            return
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ink = palette.color(role)
        faint = QColor(ink)
        faint.setAlphaF(0.7)

        rect: QRect = option.rect.adjusted(_PAD + 4, _PAD // 2, -_PAD - 4, -_PAD // 2)
        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.9)
        line_h = QFontMetrics(base).height()

        painter.save()
        kind = i18n.shown(KIND_LABELS.get(hit.kind, hit.kind))
        painter.setFont(small)
        painter.setPen(faint)
        kind_w = QFontMetrics(small).horizontalAdvance(kind)
        top = QRect(rect.left(), rect.top(), rect.width(), line_h)
        painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, kind)

        painter.setFont(bold)
        painter.setPen(ink)
        title_rect = top.adjusted(0, 0, -kind_w - _PAD * 2, 0)
        title = QFontMetrics(bold).elidedText(
            hit.title, Qt.TextElideMode.ElideRight, title_rect.width()
        )
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignVCenter, title)

        x, right, y = rect.left(), rect.right(), rect.top() + line_h + _PAD // 2
        for text, matched in snippet_parts(" ".join(hit.snippet.split())):
            font = bold if matched else base
            metrics = QFontMetrics(font)
            width = metrics.horizontalAdvance(text)
            if x + width > right:
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, right - x)
                width = right - x
            painter.setFont(font)
            painter.setPen(ink if matched else faint)
            painter.drawText(QRect(x, y, width + 1, line_h), Qt.AlignmentFlag.AlignVCenter, text)
            x += width
            if x >= right:
                break
        painter.restore()


class SearchDialog(QDialog):
    """Find anything: a line edit over a list of results that follows each keystroke."""

    activated = Signal(str, str)  # kind, id of the chosen result

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Find anything"))
        self.setModal(True)
        self.resize(600, 420)

        self.edit = QLineEdit()
        self.edit.setObjectName("searchEdit")
        self.edit.setPlaceholderText(self.tr("Find an organization, a person or a campaign…"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName(self.tr("Search"))
        font = self.edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.edit.setFont(font)
        self.edit.setMinimumHeight(self.edit.fontMetrics().height() + 16)
        self.edit.installEventFilter(self)
        self.edit.textChanged.connect(self._search)

        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the edit
        self.results.setUniformItemSizes(True)
        self.results.setAccessibleName(self.tr("Results"))
        self.results.itemClicked.connect(self._activate_item)

        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)
        status_font = self.status.font()
        status_font.setPointSizeF(status_font.pointSizeF() * 1.15)
        self.status.setFont(status_font)
        self.hint = QLabel()
        self.hint.setStyleSheet(MUTED_STYLE)  # how to use the palette, not content

        frame = QFrame()
        frame.setObjectName("searchFrame")
        # A border of its own, since the window has no frame to say where it ends.
        frame.setStyleSheet(
            "#searchFrame { border: 1px solid palette(mid); border-radius: 6px;"
            " background: palette(window); }"
        )
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(10, 10, 10, 8)
        inner.addWidget(self.edit)
        inner.addWidget(self.results, 1)
        inner.addWidget(self.status, 1)
        inner.addWidget(self.hint)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

        self._search("")

    # --- public --------------------------------------------------------------------------

    def hits(self) -> list[Hit]:
        """The results listed, in order."""
        return [self.results.item(row).data(HitRole) for row in range(self.results.count())]

    def current_hit(self) -> Hit | None:
        item = self.results.currentItem()
        return item.data(HitRole) if item is not None else None

    def status_text(self) -> str:
        """The sentence shown instead of results ('' while results are listed)."""
        return self.status.text() if not self.status.isHidden() else ""

    # --- behaviour -----------------------------------------------------------------------

    def _search(self, text: str) -> None:
        self.results.clear()
        if not text.strip():
            self._show_status(self.tr("Type to search organizations, people and campaigns."))
            return
        try:
            with self.ctx.reading() as session:
                hits = search(session, text, limit=RESULT_LIMIT)
        except SQLAlchemyError:
            # The index exists only in SQLite files; a shared server database has none.
            self._show_status(self.tr("Search is not available on this database."))
            return
        cut = (
            self.tr("Only the first %1 words are searched").replace(
                "%1", QLocale().toString(MAX_WORDS)
            )
            if is_cut(text)
            else ""
        )
        if not hits:
            shown = text.strip()
            if len(shown) > MAX_CHARS:
                shown = shown[:MAX_CHARS].rstrip() + "…"
            self._show_status(self.tr("No matches for “%1”").replace("%1", shown))
            if cut:
                self.hint.setText(f"{cut} · {self.tr(_KEYS_HINT)}")
            return
        for hit in hits:
            item = QListWidgetItem(
                f"{hit.title} — {i18n.shown(KIND_LABELS.get(hit.kind, hit.kind))}"
            )
            item.setData(HitRole, hit)
            item.setToolTip(" ".join(_MARK.sub(r"\1", hit.snippet).split()))
            self.results.addItem(item)
        self.results.setCurrentRow(0)
        self.status.hide()
        self.results.show()
        count = (
            self.tr("First {n} results").format(n=QLocale().toString(len(hits)))
            if len(hits) == RESULT_LIMIT
            else _results(len(hits))
        )
        self.hint.setText(" · ".join(part for part in (count, cut, self.tr(_KEYS_HINT)) if part))

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self.results.hide()
        self.status.show()
        self.hint.setText(self.tr(_KEYS_HINT))

    def _move(self, step: int) -> None:
        count = self.results.count()
        if count:
            row = min(max(self.results.currentRow() + step, 0), count - 1)
            self.results.setCurrentRow(row)

    def _activate_item(self, item: QListWidgetItem) -> None:
        hit = item.data(HitRole)
        if isinstance(hit, Hit):
            self.activated.emit(hit.kind, hit.id)
            self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keys for the list, typed in the line edit: Up, Down, Page Up/Down and Enter."""
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                page = self.results.viewport().height() // max(1, self.results.sizeHintForRow(0))
                self._move(max(1, page) * (1 if key == Qt.Key.Key_PageDown else -1))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                item = self.results.currentItem()
                if item is not None and not self.results.isHidden():
                    self._activate_item(item)
                return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        """Centre over the window it was opened from, where the person is looking."""
        parent = self.parentWidget()
        if parent is not None:
            centre = parent.window().frameGeometry().center()
            self.move(centre.x() - self.width() // 2, centre.y() - self.height() // 2)
        self.edit.setFocus()
        super().showEvent(event)
