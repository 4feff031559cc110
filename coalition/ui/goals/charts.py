"""A goal's growth over time as a QtCharts line chart, and exports of charts and scenes.

Each chart shows the values (recorded observations, or a computed measure at weekly
points), the target as a dashed line, the deadline as a vertical line, and the
projection at the current pace as a dotted line from the latest value, so "will we make
it?" reads off the picture.  Hovering a point shows its day and exact value.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCharts import (
    QCategoryAxis,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QMargins,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QColor, QCursor, QFont, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QSizePolicy, QToolTip, QWidget

from coalition.common import clock
from coalition.common.errors import CoalitionError
from coalition.common.files import replacing
from coalition.goals.figures import GoalStatus
from coalition.goals.progress import Point
from coalition.ui.common import formatting

VALUE_COLOR = QColor("#2E6FB7")
TARGET_COLOR = QColor("#3BA55C")
LATE_COLOR = QColor("#B00020")
PROJECTION_COLOR = QColor("#6B7785")
DEADLINE_COLOR = QColor("#D4A22C")


def _ms(day: dt.date) -> float:
    return float(QDateTime(_qdate(day), QTime(12, 0)).toMSecsSinceEpoch())


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(ms: float) -> dt.date:
    day = QDateTime.fromMSecsSinceEpoch(int(ms)).date()
    return dt.date(day.year(), day.month(), day.day())


def _scale(status: GoalStatus) -> float:
    """Large counts are drawn in thousands so the axis labels stay short."""
    top = max([status.target, *(v for _, v in status.points)])
    return 1000.0 if top >= 20_000 else 1.0


def make_chart(status: GoalStatus, *, title: bool = True, legend: bool = True) -> QChart:
    """A goal's chart: its values, the target, where the pace leads and the deadline,
    on a date axis and a value axis."""
    chart = _empty_chart(status, title=title, legend=legend)
    divisor = _scale(status)
    points = list(status.points)
    first, end, pad = _date_span(status, points)
    chart.addSeries(_values_series(status, points, divisor))
    chart.addSeries(_target_series(status, first - pad, end + pad, divisor))
    top = max([status.target, *(v for _, v in points)]) / divisor * 1.1 or 1.0
    pace = _pace_series(status, points, end, divisor)
    if pace is not None:
        chart.addSeries(pace)
    deadline = _deadline_series(status)
    if deadline is not None:
        chart.addSeries(deadline)

    x_axis = _date_axis(first, end, pad)
    y_axis = _value_axis(top, divisor)
    if deadline is not None and status.deadline is not None:
        # From the bottom to the top of the plot, after the nice range.
        deadline.append(_ms(status.deadline), y_axis.min())
        deadline.append(_ms(status.deadline), y_axis.max())
    for axis in (x_axis, y_axis):
        font = axis.labelsFont()
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        axis.setLabelsFont(font)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    for series in chart.series():
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
    return chart


def _empty_chart(status: GoalStatus, *, title: bool, legend: bool) -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(4)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setVisible(legend)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.legend().setFont(QFont(chart.legend().font().family(), 8))
    if title:
        font = chart.titleFont()
        font.setBold(True)
        chart.setTitleFont(font)
        chart.setTitle(status.name)
    return chart


def _date_span(status: GoalStatus, points: list[Point]) -> tuple[dt.date, dt.date, dt.timedelta]:
    """The first and last day the chart shows, and the margin drawn on either side:
    from the first value to the deadline or the projected day, whichever is later
    (a projection years away is left off rather than squashing the values)."""
    first = points[0][0] if points else (status.as_of or clock.today()) - dt.timedelta(weeks=4)
    last = points[-1][0] if points else clock.today()
    end = last
    if status.deadline is not None:
        end = max(end, status.deadline)
    projected = status.projection.on
    if projected is not None and (projected - first).days <= 3 * max(30, (end - first).days):
        end = max(end, projected)
    if end <= first:
        end = first + dt.timedelta(days=7)
    pad = dt.timedelta(days=max(2, (end - first).days // 30))
    return first, end, pad


def _values_series(status: GoalStatus, points: list[Point], divisor: float) -> QLineSeries:
    values = QLineSeries()
    values.setName(status.what.capitalize() or QCoreApplication.translate("Charts", "Value"))
    values.setPen(QPen(VALUE_COLOR, 2.4))
    values.setPointsVisible(True)
    for day, value in points:
        values.append(_ms(day), value / divisor)
    return values


def _target_series(
    status: GoalStatus, start: dt.date, stop: dt.date, divisor: float
) -> QLineSeries:
    target = QLineSeries()
    target.setName(
        QCoreApplication.translate("Charts", "Target {n}").format(
            n=formatting.number(status.target)
        )
    )
    target.setPen(QPen(TARGET_COLOR, 1.6, Qt.PenStyle.DashLine))
    target.append(_ms(start), status.target / divisor)
    target.append(_ms(stop), status.target / divisor)
    return target


def _pace_series(
    status: GoalStatus, points: list[Point], end: dt.date, divisor: float
) -> QLineSeries | None:
    """Where the pace of the last weeks leads from the latest value (red when late), or
    a flat line when it never gets there before a deadline; None without values."""
    projected = status.projection.on
    if projected is not None and points:
        projection = QLineSeries()
        late = status.projection.misses_deadline
        projection.setName(
            QCoreApplication.translate("Charts", "At this pace (late)")
            if late
            else QCoreApplication.translate("Charts", "At this pace")
        )
        projection.setPen(QPen(LATE_COLOR if late else PROJECTION_COLOR, 1.6, Qt.PenStyle.DotLine))
        projection.append(_ms(points[-1][0]), points[-1][1] / divisor)
        if projected <= end:
            projection.append(_ms(projected), status.target / divisor)
        else:  # stop at the chart's edge, on the way to the target
            share = (end - points[-1][0]).days / max(1, (projected - points[-1][0]).days)
            projection.append(
                _ms(end), (points[-1][1] + share * (status.target - points[-1][1])) / divisor
            )
        return projection
    if status.deadline is not None and status.projection.misses_deadline and points:
        stalled = QLineSeries()
        stalled.setName(QCoreApplication.translate("Charts", "At this pace (never)"))
        stalled.setPen(QPen(LATE_COLOR, 1.6, Qt.PenStyle.DotLine))
        stalled.append(_ms(points[-1][0]), points[-1][1] / divisor)
        stalled.append(_ms(end), points[-1][1] / divisor)
        return stalled
    return None


def _deadline_series(status: GoalStatus) -> QLineSeries | None:
    """The deadline's upright line, without its points: they are placed once the value
    axis has its final range."""
    if status.deadline is None:
        return None
    deadline = QLineSeries()
    deadline.setName(
        QCoreApplication.translate("Charts", "Deadline {day}").format(
            day=formatting.date(status.deadline)
        )
    )
    deadline.setPen(QPen(DEADLINE_COLOR, 1.6))
    return deadline


def _date_axis(first: dt.date, end: dt.date, pad: dt.timedelta) -> QDateTimeAxis:
    x_axis = QDateTimeAxis()
    span = (end - first).days
    # Days in the locale's order ("Dec 8", "8 dic") within a year; months and their year
    # over a longer span or across a new year ("8 Jan" beside "26 Oct" read as this one).
    if span < 300 and (first - pad).year == (end + pad).year:
        x_axis.setFormat(formatting.day_month_shape())
        x_axis.setTickCount(5)
    else:
        x_axis.setFormat("MMM yyyy")
        x_axis.setTickCount(4)
    x_axis.setRange(
        QDateTime(_qdate(first - pad), QTime(0, 0)), QDateTime(_qdate(end + pad), QTime(0, 0))
    )
    return x_axis


def _value_axis(top: float, divisor: float) -> QValueAxis:
    """The value axis, its labels written as the locale writes numbers ("15,000").
    Thousands are written on each label ("200k") rather than in a title beside the axis,
    which a chart the size of a dashboard's cut at both ends ("…f valid signatu…")."""
    nice = QValueAxis()
    nice.setRange(0, top)
    nice.setTickCount(5)
    nice.applyNiceNumbers()
    decimals = 0 if divisor == 1 or nice.max() >= 50 else 1
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    # A little above the top label, whose upper half would otherwise stand over the title.
    axis.setRange(nice.min(), nice.max() + (nice.max() - nice.min()) * 0.04)
    axis.setStartValue(nice.min())
    ticks = max(2, nice.tickCount())
    step = (nice.max() - nice.min()) / (ticks - 1)
    for index in range(ticks):
        value = nice.min() + index * step
        number = QLocale().toString(float(value), "f", decimals)
        if divisor != 1 and value:
            number = QCoreApplication.translate("Charts", "{number}k").format(number=number)
        axis.append(number, value)
    return axis


class GoalChart(QChartView):
    """One goal's chart; hovering a point shows its day and exact value."""

    activated = Signal(str)  # the goal's id, on a double click
    READ_POINTS = 12  # the values a screen reader reads, the latest ones

    def __init__(self, status: GoalStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(QSize(320, 220))
        self.setMaximumHeight(280)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setToolTip("")
        self.last_hover = ""
        self.set_status(status)

    def set_status(self, status: GoalStatus) -> None:
        self.status = status
        old = self.chart()
        chart = make_chart(status, legend=False)
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        values = chart.series()[0]
        assert isinstance(values, QLineSeries)
        values.hovered.connect(self._hovered)
        self.setAccessibleName(self.tr("Chart: {name}").format(name=status.name))
        self.setAccessibleDescription(
            self.tr("{value}. {value2}. {value3}.").format(
                value=status.progress_text(),
                value2=status.pace_text(),
                value3=status.projection_text(),
            )
            + self.recorded_text()
        )

    def recorded_text(self) -> str:
        """The last values drawn, as a screen reader reads them instead of the line."""
        shown = self.status.points[-self.READ_POINTS :]
        if not shown:
            return ""
        values = "; ".join(
            f"{formatting.date(day)}: {formatting.number(value)}" for day, value in shown
        )
        return " " + self.tr("Recorded: {values}.").format(values=values)

    def hover_text(self, point: QPointF) -> str:
        """The nearest value to ``point`` (chart coordinates), as the tooltip says it."""
        if not self.status.points:
            return ""
        ms = point.x()
        day, value = min(self.status.points, key=lambda p: abs(_ms(p[0]) - ms))
        return f"{formatting.date(day)}: {formatting.number(value)} {self.status.what}".rstrip()

    def _hovered(self, point: QPointF, state: bool) -> None:
        if not state:
            QToolTip.hideText()
            return
        self.last_hover = self.hover_text(point)
        QToolTip.showText(QCursor.pos(), self.last_hover, self)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.activated.emit(self.status.goal_id)
        super().mouseDoubleClickEvent(event)


def render_chart(status: GoalStatus, painter: QPainter, target: QRectF) -> None:
    """Draw a goal's chart into ``target`` (vector output on a PDF or SVG painter)."""
    chart = make_chart(status)
    scene = QGraphicsScene()
    scene.addItem(chart)
    size = QRectF(0, 0, 640, 400)
    chart.setGeometry(size)
    scene.setSceneRect(size)
    scene.render(painter, target, size, Qt.AspectRatioMode.KeepAspectRatio)
    scene.removeItem(chart)
    del chart


def export_view(view: QGraphicsView, path: str | Path, source: QRectF | None = None) -> None:
    """Save what ``view`` shows (or the part ``source`` of its scene) as PNG or SVG,
    chosen by the file's ending; the file is written whole or not at all."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise CoalitionError(f"{path.name}: choose a .png or .svg file")
    scene = view.scene()
    area = (
        source
        if source is not None
        else QRectF(view.mapToScene(view.viewport().rect()).boundingRect())
    )
    scale = 2.0 if suffix == ".png" else 1.0
    width, height = max(1, int(area.width() * scale)), max(1, int(area.height() * scale))
    with replacing(path) as temporary:
        if suffix == ".svg":
            from PySide6.QtSvg import QSvgGenerator  # an export's only: not at start

            generator = QSvgGenerator()
            generator.setFileName(str(temporary))
            generator.setSize(QSize(width, height))
            generator.setViewBox(QRectF(0, 0, width, height))
            generator.setTitle(view.accessibleName() or "Coalition")
            painter = QPainter(generator)
            scene.render(painter, QRectF(0, 0, width, height), area)
            painter.end()
        else:
            from PySide6.QtGui import QImage

            image = QImage(width, height, QImage.Format.Format_ARGB32)
            image.fill(QColor("white"))
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            scene.render(painter, QRectF(0, 0, width, height), area)
            painter.end()
            # PySide6 (6.11) takes the format as str and refuses the bytes its stubs ask for.
            if not image.save(str(temporary), "PNG"):  # type: ignore[call-overload]
                raise CoalitionError(f"{path.name}: the picture could not be written")
