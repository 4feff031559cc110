"""The state coverage map: the 50 states and DC as equal square tiles, coloured by reach.

The coalition's goal is counted in states, not in people or square miles, so the map is
a tile-grid cartogram (every state one tile) rather than a geographic map on which small
eastern states would vanish.  The widget paints itself instead of stacking 51 buttons:
one paint pass scales cleanly to any size, keeps tiles square, and is cheap to redraw
when the directory changes.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from coalition.common.states import BY_CODE, STATES, Coverage
from coalition.ui.common.formatting import number

GRID_ROWS = 1 + max(state.row for state in STATES)
GRID_COLS = 1 + max(state.col for state in STATES)
_BY_CELL: dict[tuple[int, int], str] = {(state.row, state.col): state.code for state in STATES}

# Fill, border and text colour per coverage.  The fills step down in lightness (green,
# amber, grey) so they stay distinct in greyscale and for red-green colour blindness, and
# every text colour has at least 4.5:1 contrast on its fill (WCAG AA).  The grey tile
# gets a visible border because its fill is nearly as light as a window background.
TILE_COLORS: dict[Coverage, tuple[QColor, QColor, QColor]] = {
    Coverage.REPRESENTATIVE: (QColor("#3BA55C"), QColor("#2E8449"), QColor("#111111")),
    Coverage.PAGE: (QColor("#F2C14E"), QColor("#D4A22C"), QColor("#111111")),
    Coverage.NONE: (QColor("#E4E7EB"), QColor("#B8BEC6"), QColor("#3D434A")),
}

_COVERAGE_SOURCES: dict[Coverage, str] = {
    Coverage.REPRESENTATIVE: str(QT_TRANSLATE_NOOP("StateTileMap", "Representative")),
    Coverage.PAGE: str(QT_TRANSLATE_NOOP("StateTileMap", "Social page only")),
    Coverage.NONE: str(QT_TRANSLATE_NOOP("StateTileMap", "Not yet")),
}


class _CoverageLabels(dict[Coverage, str]):
    """Each coverage's label in the window's language, read when shown."""

    def __missing__(self, coverage: Coverage) -> str:
        return QCoreApplication.translate("StateTileMap", _COVERAGE_SOURCES[coverage])


COVERAGE_LABELS: dict[Coverage, str] = _CoverageLabels()

# Arrow key -> (row step, column step).
_DIRECTIONS: dict[int, tuple[int, int]] = {
    Qt.Key.Key_Left: (0, -1),
    Qt.Key.Key_Right: (0, 1),
    Qt.Key.Key_Up: (-1, 0),
    Qt.Key.Key_Down: (1, 0),
}
_ACTIVATE_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space}

_TITLE_FLAGS = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
_MARGIN = 8.0
_SPACING = 10.0
_GAP_FRACTION = 0.1  # Space between tiles, as a fraction of the grid pitch.
_MIN_PITCH = 26.0  # Below this, two-letter codes no longer fit legibly.


@dataclass(frozen=True)
class _LegendEntry:
    """One swatch and its label, placed in widget coordinates."""

    coverage: Coverage
    swatch: QRectF
    label: str
    label_rect: QRectF


@dataclass(frozen=True)
class _Layout:
    """Where everything goes at the widget's current size and font."""

    title: QRectF
    grid_origin: QPointF
    pitch: float
    legend: QRectF

    def tile(self, row: int, col: int) -> QRectF:
        gap = self.pitch * _GAP_FRACTION
        return QRectF(
            self.grid_origin.x() + col * self.pitch + gap / 2,
            self.grid_origin.y() + row * self.pitch + gap / 2,
            self.pitch - gap,
            self.pitch - gap,
        )


class StateTileMap(QWidget):
    """Tile map of where the coalition has representatives, only social pages, or nothing.

    Call :meth:`set_coverage` with what the directory knows and :meth:`set_details` with
    what each tile's tooltip should add (for example the representatives' names).
    Clicking a tile, or pressing Enter or Space on the tile highlighted with the arrow
    keys, emits :attr:`stateActivated` with the state's code so the directory can filter
    to that state.
    """

    stateActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._coverage: dict[str, Coverage] = {}
        self._details: dict[str, str] = {}
        self._goal = 0
        self._current: str | None = None
        self._hovered: str | None = None
        self._pressed: str | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("State coverage map"))
        self._update_description()

    # -- public API -------------------------------------------------------------------

    def set_coverage(self, coverage: dict[str, Coverage], goal: int) -> None:
        """Show ``coverage`` (state code -> coverage) against a goal of ``goal`` states.

        States missing from ``coverage`` are shown as :attr:`Coverage.NONE`, so callers
        only need to pass the states where the coalition is present.  Values may also be
        the stored strings ("page"), which are converted.

        Raises:
            ValueError: a key is not a state code (codes are stored normalized, so this
                is a programming error, not bad user input).
        """
        unknown = sorted(set(coverage) - BY_CODE.keys())
        if unknown:
            raise ValueError(f"Unknown state codes: {', '.join(unknown)}")
        self._coverage = {code: Coverage(value) for code, value in coverage.items()}
        self._goal = goal
        self._update_description()
        self.update()

    def set_details(self, details: dict[str, str]) -> None:
        """Set the extra tooltip line per state code, e.g. who represents the coalition."""
        self._details = dict(details)

    def coverage(self, code: str) -> Coverage:
        """The coverage shown for ``code``."""
        return self._coverage.get(code, Coverage.NONE)

    def title_text(self) -> str:
        """The sentence above the map: the goal count first, because that is the news."""
        represented = self._count(Coverage.REPRESENTATIVE)
        if self._goal > 0:
            text = self.tr(
                "Representatives in {represented} of %Ln states (goal)", "", self._goal
            ).replace("{represented}", number(represented))
        else:
            text = self.tr("Representatives in %Ln states", "", represented)
        pages = self._count(Coverage.PAGE)
        if pages:
            text += self.tr("; pages only in {n} more").replace("{n}", number(pages))
        return text

    def tooltip_text(self, code: str) -> str:
        """The tooltip of one tile: name, coverage and the detail line, if any (rich text)."""
        state = BY_CODE[code]
        lines = [f"<b>{html.escape(state.name)}</b>", COVERAGE_LABELS[self.coverage(code)]]
        if detail := self._details.get(code):
            lines.append(html.escape(detail))
        return "<br>".join(lines)

    def current_state(self) -> str | None:
        """The code of the tile highlighted for the keyboard, if any."""
        return self._current

    def tile_rect(self, code: str) -> QRectF:
        """The tile of ``code`` in widget coordinates at the current size."""
        state = BY_CODE[code]
        return self._layout().tile(state.row, state.col)

    def state_at(self, pos: QPointF) -> str | None:
        """The code of the tile under ``pos`` (widget coordinates), if any."""
        layout = self._layout()
        col = int((pos.x() - layout.grid_origin.x()) // layout.pitch)
        row = int((pos.y() - layout.grid_origin.y()) // layout.pitch)
        code = _BY_CELL.get((row, col))
        return code if code is not None and layout.tile(row, col).contains(pos) else None

    # -- sizing -----------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(720, 480)

    def minimumSizeHint(self) -> QSize:
        """Big enough for legible codes; title and legend wrap rather than widen it."""
        content_w = GRID_COLS * _MIN_PITCH
        chrome = self._title_height(content_w) + self._legend_height(content_w)
        return QSize(
            int(2 * _MARGIN + content_w),
            int(2 * _MARGIN + 2 * _SPACING + chrome + GRID_ROWS * _MIN_PITCH + 1),
        )

    # -- painting ---------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        layout = self._layout()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_color = self.palette().color(QPalette.ColorRole.WindowText)

        painter.setFont(self._title_font())
        painter.setPen(text_color)
        painter.drawText(layout.title, _TITLE_FLAGS, self.title_text())

        painter.setFont(self._tile_font(layout.pitch))
        radius = layout.pitch * 0.08
        for state in STATES:
            rect = layout.tile(state.row, state.col)
            fill, border, ink = TILE_COLORS[self.coverage(state.code)]
            if state.code == self._hovered:
                fill = fill.darker(108)
            painter.setPen(QPen(border, 1.0))
            painter.setBrush(fill)
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
            painter.setPen(ink)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, state.code)

        if self.hasFocus() and self._current is not None:
            ring = max(2.0, layout.pitch * 0.05)
            outset = layout.pitch * _GAP_FRACTION / 2 - ring / 2
            rect = self.tile_rect(self._current).adjusted(-outset, -outset, outset, outset)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), ring))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, radius + outset, radius + outset)

        self._paint_legend(painter, layout.legend, text_color)
        painter.end()

    def _paint_legend(self, painter: QPainter, area: QRectF, text_color: QColor) -> None:
        """Swatch and label per coverage, with its count, so the colours need no guessing."""
        painter.setFont(self.font())
        for entry in self._legend_entries(area):
            fill, border, _ink = TILE_COLORS[entry.coverage]
            painter.setPen(QPen(border, 1.0))
            painter.setBrush(fill)
            painter.drawRoundedRect(entry.swatch.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
            painter.setPen(text_color)
            painter.drawText(entry.label_rect, Qt.AlignmentFlag.AlignVCenter, entry.label)

    # -- input ------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._pressed = self.state_at(event.position())
        if self._pressed is not None:
            self._set_current(self._pressed)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Activate on release over the pressed tile, as buttons do, so a drag-off cancels."""
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        pressed, self._pressed = self._pressed, None
        if pressed is not None and self.state_at(event.position()) == pressed:
            self.stateActivated.emit(pressed)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hovered = self.state_at(event.position())
        if hovered != self._hovered:
            self._hovered = hovered
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if hovered else Qt.CursorShape.ArrowCursor
            )
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hovered = None
        self.update()
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in _DIRECTIONS:
            if self._current is None:
                self._set_current(self._first_state())
            else:
                self._set_current(self._neighbour(self._current, *_DIRECTIONS[key]))
        elif key in _ACTIVATE_KEYS and self._current is not None:
            self.stateActivated.emit(self._current)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Highlight a tile as soon as focus arrives, so the keyboard user sees where they are."""
        if self._current is None:
            self._current = self._first_state()
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            code = self.state_at(QPointF(event.pos()))
            if code is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(
                    event.globalPos(), self.tooltip_text(code), self, self.tile_rect(code).toRect()
                )
            return True
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
        return super().event(event)

    # -- helpers ----------------------------------------------------------------------

    def _layout(self) -> _Layout:
        """Fit title, grid and legend into the widget as one centred block, tiles square."""
        content_w = max(1.0, self.width() - 2 * _MARGIN)
        title_h = self._title_height(content_w)
        legend_h = self._legend_height(content_w)
        avail_h = self.height() - 2 * _MARGIN - title_h - legend_h - 2 * _SPACING
        pitch = max(1.0, min(content_w / GRID_COLS, avail_h / GRID_ROWS))
        grid_h = GRID_ROWS * pitch
        top = max(_MARGIN, (self.height() - (title_h + grid_h + legend_h + 2 * _SPACING)) / 2)
        grid_top = top + title_h + _SPACING
        return _Layout(
            title=QRectF(_MARGIN, top, content_w, title_h),
            grid_origin=QPointF((self.width() - GRID_COLS * pitch) / 2, grid_top),
            pitch=pitch,
            legend=QRectF(_MARGIN, grid_top + grid_h + _SPACING, content_w, legend_h),
        )

    def _legend_entries(self, area: QRectF) -> list[_LegendEntry]:
        """Lay the legend out in ``area``: centred lines, wrapping when the widget is narrow."""
        metrics = QFontMetricsF(self.font())
        swatch = metrics.height()
        line_h = swatch + 4
        pad, between = swatch * 0.4, swatch * 1.5
        lines: list[list[tuple[Coverage, str, float]]] = [[]]
        line_w = 0.0
        for coverage in TILE_COLORS:
            label = f"{COVERAGE_LABELS[coverage]} ({self._count(coverage)})"
            width = swatch + pad + metrics.horizontalAdvance(label)
            if lines[-1] and line_w + between + width > area.width():
                lines.append([])
                line_w = 0.0
            line_w += (between if lines[-1] else 0.0) + width
            lines[-1].append((coverage, label, width))
        entries: list[_LegendEntry] = []
        for index, line in enumerate(lines):
            total = sum(width for _c, _l, width in line) + between * (len(line) - 1)
            x = area.left() + (area.width() - total) / 2
            y = area.top() + index * line_h
            for coverage, label, width in line:
                entries.append(
                    _LegendEntry(
                        coverage,
                        QRectF(x, y + (line_h - swatch) / 2, swatch, swatch),
                        label,
                        QRectF(x + swatch + pad, y, width - swatch - pad + 1, line_h),
                    )
                )
                x += width + between
        return entries

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.2)
        else:
            font.setPixelSize(round(font.pixelSize() * 1.2))
        return font

    def _tile_font(self, pitch: float) -> QFont:
        """Bold code text sized to the tile, so it stays legible from small to full screen."""
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(8, round(pitch * 0.3)))
        return font

    def _title_height(self, width: float) -> float:
        """Height of the title wrapped to ``width``: a long sentence takes two lines, not "…"."""
        metrics = QFontMetricsF(self._title_font())
        bounds = metrics.boundingRect(QRectF(0, 0, width, 1e6), _TITLE_FLAGS, self.title_text())
        return bounds.height()

    def _legend_height(self, width: float) -> float:
        entries = self._legend_entries(QRectF(0, 0, width, 0))
        return max(entry.label_rect.bottom() for entry in entries)

    def _count(self, coverage: Coverage) -> int:
        return sum(1 for state in STATES if self.coverage(state.code) is coverage)

    def _update_description(self) -> None:
        """Give screen readers the sentence that sighted users read in the title."""
        self.setAccessibleDescription(self.title_text())

    def _set_current(self, code: str) -> None:
        if code != self._current:
            self._current = code
            self.update()

    @staticmethod
    def _first_state() -> str:
        """The top-left tile in reading order, where keyboard navigation starts."""
        return min(STATES, key=lambda state: (state.row, state.col)).code

    @staticmethod
    def _neighbour(code: str, d_row: int, d_col: int) -> str:
        """The tile an arrow key moves to from ``code``, or ``code`` itself at an edge.

        Left and Right walk along the row, jumping holes, so a row reads like a line of
        text (AK's Right is ME, not Idaho a row below).  The grid's columns are ragged,
        so Up and Down take the nearest tile in a 45-degree cone of the arrow (at least as
        far along it as across it), the straighter one on ties: Up from TX is OK, Up from
        HI is CA.  Together the two rules reach every tile.
        """
        origin = BY_CODE[code]
        best: tuple[tuple[int, int, int, int], str] | None = None
        for state in STATES:
            along = (state.row - origin.row) * d_row + (state.col - origin.col) * d_col
            across = abs((state.row - origin.row) * d_col + (state.col - origin.col) * d_row)
            if along <= 0 or across > (0 if d_col else along):
                continue
            key = (along + across, across, state.row, state.col)
            if best is None or key < best[0]:
                best = (key, state.code)
        return code if best is None else best[1]
