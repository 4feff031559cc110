"""The dashboard as a PDF for a board meeting: goals, state map, the week's call, what is
overdue and waiting, each goal's chart, and the coalition graph.

Painted with QPainter on a QPdfWriter, so charts, map and graph stay vector drawings
that print sharply.  Used by the dashboard's "Board report" button and by the
``report`` command (which runs Qt offscreen: nothing is shown).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPainter, QPdfWriter, QPen
from PySide6.QtWidgets import QGraphicsScene

from coalition.common.files import replacing
from coalition.common.states import BY_CODE
from coalition.goals import records as goals
from coalition.goals import report
from coalition.goals.coverage import StateCoverage, state_coverage
from coalition.goals.records import GoalStatus
from coalition.store import Database
from coalition.ui.common import formatting

INK = QColor("#1F2328")
MUTED = QColor("#5F6B76")
LATE = QColor("#B00020")
GOOD = QColor("#2E8449")
BAR = QColor("#2E6FB7")
TRACK = QColor("#E4E7EB")


def _long(day: dt.date) -> str:
    return formatting.long_date(day)


class _Page:
    """Text and boxes in points (1/72 in) on a landscape page (the locale's paper:
    Letter or A4), with a running top."""

    def __init__(self, painter: QPainter, writer: QPdfWriter) -> None:
        self.p = painter
        self.writer = writer
        rect = writer.pageLayout().paintRectPixels(writer.resolution())
        self.scale = writer.resolution() / 72.0
        self.width = rect.width() / self.scale
        self.height = rect.height() / self.scale
        painter.scale(self.scale, self.scale)

    def font(self, size: float, bold: bool = False, italic: bool = False) -> None:
        font = QFont("Helvetica")
        # The painter is already scaled to points; the writer would scale the font again.
        font.setPointSizeF(size / self.scale)
        font.setBold(bold)
        font.setItalic(italic)
        self.p.setFont(font)

    def text(
        self,
        rect: QRectF,
        text: str,
        *,
        size: float = 9,
        bold: bool = False,
        color: QColor = INK,
        flags: int = 0,
    ) -> QRectF:
        self.font(size, bold)
        self.p.setPen(color)
        flags = flags or int(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        )
        return self.p.boundingRect(rect, flags, text) if not text else self._draw(rect, flags, text)

    def _draw(self, rect: QRectF, flags: int, text: str) -> QRectF:
        bounds = self.p.boundingRect(rect, flags, text)
        self.p.drawText(rect, flags, text)
        return bounds

    def new_page(self) -> None:
        self.writer.newPage()


def _goal_block(page: _Page, status: GoalStatus, rect: QRectF) -> float:
    """One goal: name, progress bar, numbers, pace and projection. Returns the height used."""
    y = rect.top()
    used = page.text(QRectF(rect.left(), y, rect.width(), 30), status.name, size=10.5, bold=True)
    y += used.height() + 2
    page.text(QRectF(rect.left(), y, rect.width(), 16), status.progress_text(), size=9.5)
    y += 14
    bar = QRectF(rect.left(), y + 1, rect.width(), 7)
    page.p.setPen(Qt.PenStyle.NoPen)
    page.p.setBrush(TRACK)
    page.p.drawRoundedRect(bar, 3, 3)
    page.p.setBrush(GOOD if status.projection.reached else BAR)
    page.p.drawRoundedRect(
        QRectF(bar.left(), bar.top(), bar.width() * status.fraction, bar.height()), 3, 3
    )
    page.p.setBrush(Qt.BrushStyle.NoBrush)
    y += 11
    page.text(QRectF(rect.left(), y, rect.width(), 14), status.pace_text(), size=8.5, color=MUTED)
    y += 12
    color = (
        LATE
        if status.projection.misses_deadline
        else (GOOD if status.projection.on or status.projection.reached else MUTED)
    )
    used = page.text(
        QRectF(rect.left(), y, rect.width(), 30),
        status.projection_text(),
        size=8.5,
        bold=status.projection.misses_deadline,
        color=color,
    )
    y += used.height() + 2
    # Where the figure comes from: counted from which records, or set by hand.
    lines = [status.petition_text(), status.origin_text()] if status.petition else []
    lines = lines or [status.origin_text()]
    for line in lines:
        used = page.text(
            QRectF(rect.left(), y, rect.width(), 30),
            line[:1].upper() + line[1:],
            size=8,
            color=MUTED,
        )
        y += used.height() + 1
    return y - rect.top()


def _list_block(page: _Page, title: str, lines: list[str], rect: QRectF, empty: str) -> float:
    y = rect.top()
    page.text(QRectF(rect.left(), y, rect.width(), 16), title, size=10.5, bold=True)
    y += 15
    for line in lines or [empty]:
        used = page.text(
            QRectF(rect.left() + 6, y, rect.width() - 6, 40),
            ("• " if lines else "") + line,
            size=8.5,
            color=INK if lines else MUTED,
        )
        y += used.height() + 1.5
    return y - rect.top() + 6


def _render_scene(scene: QGraphicsScene, painter: QPainter, target: QRectF, source: QRectF) -> None:
    scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)


def write_report(db: Database, path: str | Path, *, now: dt.datetime | None = None) -> None:
    """Write the dashboard report to ``path`` (a PDF), whole or not at all."""
    with db.reading() as session:
        statuses = goals.statuses(session)
        overview = report.overview(session, now, QLocale().firstDayOfWeek().value - 1)
        coverage = state_coverage(session)
        graph = report.coalition_graph(session)
    positions = report.graph_layout(graph)

    with replacing(path) as temporary:
        writer = _pdf_writer(temporary, overview)
        painter = QPainter(writer)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            page = _Page(painter, writer)
            _standing_page(page, overview, statuses, coverage)
            if statuses:
                _growth_pages(page, statuses)
            _graph_page(page, graph, positions)
        finally:
            painter.end()


def _pdf_writer(path: str | Path, overview: report.Overview) -> QPdfWriter:
    """A landscape PDF on the locale's paper, titled with the coalition and the day."""
    writer = QPdfWriter(str(path))
    writer.setTitle(
        QCoreApplication.translate("ReportPdf", "{coalition_name}: report of {value}").format(
            coalition_name=overview.coalition_name, value=_long(overview.today)
        )
    )
    writer.setCreator("Coalition")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            formatting.paper(), QPageLayout.Orientation.Landscape, QMarginsF(14, 14, 14, 14)
        )
    )
    return writer


def _standing_page(
    page: _Page,
    overview: report.Overview,
    statuses: list[GoalStatus],
    coverage: StateCoverage,
) -> None:
    """Page 1, where we stand: the goals on the left; the map, the call, what is overdue
    and what waits on the right."""
    w = page.width
    page.text(QRectF(0, 0, w, 24), overview.coalition_name, size=17, bold=True)
    page.text(
        QRectF(0, 24, w, 16),
        QCoreApplication.translate("ReportPdf", "Where the coalition stands · {value}").format(
            value=_long(overview.today)
        ),
        size=10,
        color=MUTED,
    )
    page.p.setPen(QPen(TRACK, 1))
    page.p.drawLine(QPointF(0, 44), QPointF(w, 44))
    _goals_column(page, statuses, QRectF(0, 54, w * 0.46, page.height - 54))
    right_x = w * 0.52
    right_w = w - right_x
    y = _state_map(page, coverage, right_x, right_w)
    _week_lists(page, overview, QRectF(right_x, y + 10, right_w, page.height - y - 10))


def _goals_column(page: _Page, statuses: list[GoalStatus], left: QRectF) -> None:
    y = left.top()
    page.text(
        QRectF(left.left(), y, left.width(), 16),
        QCoreApplication.translate("ReportPdf", "Goals"),
        size=12,
        bold=True,
    )
    y += 20
    if not statuses:
        page.text(
            QRectF(left.left(), y, left.width(), 16),
            QCoreApplication.translate("ReportPdf", "No goals set yet."),
            color=MUTED,
        )
    for status in statuses:
        y += _goal_block(page, status, QRectF(left.left(), y, left.width(), 100)) + 8


def _state_map(page: _Page, coverage: StateCoverage, right_x: float, right_w: float) -> float:
    """The states' heading and tile map; returns where the map ends."""
    from coalition.ui.goals.statemap import StateTileMap

    painter = page.p
    page.text(
        QRectF(right_x, 54, right_w, 16),
        QCoreApplication.translate(
            "ReportPdf",
            "States: representatives in {represented}, pages only in {pages_only} (goal {goal})",
        ).format(
            represented=coverage.represented, pages_only=coverage.pages_only, goal=coverage.goal
        ),
        size=12,
        bold=True,
    )
    tile_map = StateTileMap()
    tile_map.set_coverage(coverage.coverage, coverage.goal)
    tile_map.set_details({code: coverage.detail(code) for code in BY_CODE})
    tile_map.resize(QSize(620, 400))
    map_rect = QRectF(right_x, 74, right_w, right_w * 400 / 620)
    painter.save()
    painter.translate(map_rect.topLeft())
    painter.scale(map_rect.width() / 620, map_rect.height() / 400)
    tile_map.render(painter, QPoint())
    painter.restore()
    tile_map.deleteLater()
    return map_rect.bottom()


def _week_lists(page: _Page, overview: report.Overview, rect: QRectF) -> None:
    """The week's (or next) call, the overdue action items, and what waits for a sign-off."""
    right_x, right_w = rect.left(), rect.width()
    y = rect.top()
    call = overview.call
    call_lines = (
        [
            f"{call.title}, {formatting.shaped(call.start, '%a %d %b, %H:%M %Z')}",
            call.agenda_text(),
        ]
        if call
        else []
    )
    y += _list_block(
        page,
        QCoreApplication.translate("ReportPdf", "This week's call")
        if (call is None or call.this_week)
        else QCoreApplication.translate("ReportPdf", "Next call"),
        call_lines,
        QRectF(right_x, y, right_w, 60),
        QCoreApplication.translate("ReportPdf", "No call planned in the next eight weeks."),
    )
    overdue = [
        f"{o.title}{f' ({o.owner})' if o.owner else ''}: "
        + QCoreApplication.translate("Report", "due {day}, {late} days late").format(
            day=formatting.date(o.due_on), late=o.days_late(overview.today)
        )
        for o in overview.overdue
    ]
    if overview.overdue_total > len(overview.overdue):
        overdue.append(f"… and {overview.overdue_total - len(overview.overdue)} more")
    y += _list_block(
        page,
        QCoreApplication.translate("ReportPdf", "Overdue action items ({overdue_total})").format(
            overdue_total=overview.overdue_total
        ),
        overdue,
        QRectF(right_x, y, right_w, 60),
        QCoreApplication.translate("ReportPdf", "Nothing overdue."),
    )
    waiting = [
        f"{row.draft_title}, {row.audience}"
        + ("" if overview.my_group_name else f" ({row.organization})")
        for row in overview.waiting
    ]
    if overview.waiting_total > len(overview.waiting):
        waiting.append(f"… and {overview.waiting_total - len(overview.waiting)} more")
    title = (
        f"Waiting for {overview.my_group_name}'s sign-off"
        if overview.my_group_name
        else "Waiting for a sign-off"
    )
    _list_block(
        page,
        title,
        waiting,
        QRectF(right_x, y, right_w, 60),
        QCoreApplication.translate("ReportPdf", "Nothing waits for a sign-off."),
    )


def _growth_pages(page: _Page, statuses: list[GoalStatus]) -> None:
    """Page 2 (and on): each goal's chart, four to a page."""
    from coalition.ui.goals.charts import render_chart

    w = page.width
    page.new_page()
    page.text(
        QRectF(0, 0, w, 20),
        QCoreApplication.translate("ReportPdf", "Growth over time"),
        size=14,
        bold=True,
    )
    page.text(
        QRectF(0, 20, w, 14),
        QCoreApplication.translate(
            "ReportPdf",
            "Dashed: the target. Dotted: where the pace of the last four weeks leads (red "
            "when it "
            "misses the deadline). Upright line: the deadline.",
        ),
        size=8.5,
        color=MUTED,
    )
    columns = 2
    rows_per_page = 2
    cell_w = w / columns
    cell_h = (page.height - 40) / rows_per_page
    for i, status in enumerate(statuses):
        if i and i % (columns * rows_per_page) == 0:
            page.new_page()
        slot = i % (columns * rows_per_page)
        r, c = divmod(slot, columns)
        render_chart(
            status,
            page.p,
            QRectF(c * cell_w + 4, 40 + r * cell_h, cell_w - 8, cell_h - 8),
        )


def _graph_page(
    page: _Page, graph: report.CoalitionGraph, positions: dict[str, tuple[float, float]]
) -> None:
    """Page 3: the coalition graph, with a note on what it shows and its legend."""
    from PySide6.QtGui import QTextDocument

    from coalition.ui.goals.graph import CoalitionGraphView, legend_html

    painter = page.p
    w = page.width
    page.new_page()
    page.text(
        QRectF(0, 0, w, 20),
        QCoreApplication.translate("ReportPdf", "The coalition"),
        size=14,
        bold=True,
    )
    organizations = sum(1 for n in graph.nodes if n.kind == "organization")
    note = (
        f"The {organizations} organizations with the most members (of "
        f"{graph.total_organizations}), "
        if graph.capped
        else f"{organizations} organizations and "
    ) + f"{len(graph.nodes) - organizations} campaigns they endorse; node size: members."
    page.text(QRectF(0, 20, w, 14), note, size=8.5, color=MUTED)
    legend = legend_html().replace("<br>", "   ·   ")
    doc = QTextDocument()
    doc.setDefaultFont(QFont("Helvetica", 8))
    doc.setHtml(legend)
    doc.setTextWidth(w)
    painter.save()
    painter.translate(0, 34)
    doc.drawContents(painter)
    painter.restore()
    view = CoalitionGraphView()
    view.set_graph(graph, positions)
    top = 34 + doc.size().height() + 4
    _render_scene(view.scene(), painter, QRectF(0, top, w, page.height - top), view.whole())
    view.deleteLater()
