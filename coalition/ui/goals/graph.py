"""The coalition graph: organizations (sized by members, coloured by kind) and the
campaigns they endorse, linked by endorsements, chapters and shared members.

The layout is a force-directed one (:func:`coalition.goals.report.graph_layout`);
this module only draws it.  Ctrl+wheel (or + and −) zooms, dragging pans, 0 fits the
whole graph, hovering a node shows its details and lights up its links, and a click
opens the organization or campaign.  A plain wheel is left to the page around the graph
(the dashboard scrolls): a person scrolling down the dashboard passes over the graph.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPolygonItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from coalition.goals.report import CoalitionGraph, Node
from coalition.store.models import ORG_KIND_LABELS, OrgKind
from coalition.ui.common import formatting

SPREAD = 420.0  # scene units for the layout's [-1, 1]
KIND_COLORS: dict[str, QColor] = {
    OrgKind.POLITICAL_PARTY.value: QColor("#C8553D"),
    OrgKind.NONPROFIT_C3.value: QColor("#2E6FB7"),
    OrgKind.NONPROFIT_C4.value: QColor("#6A4C93"),
    OrgKind.GRASSROOTS.value: QColor("#3BA55C"),
    OrgKind.STATE_CHAPTER.value: QColor("#F2A541"),
    OrgKind.CAMPAIGN_COMMITTEE.value: QColor("#1B998B"),
    OrgKind.OTHER.value: QColor("#8D99AE"),
}
EDGE_STYLES: dict[str, tuple[QColor, Qt.PenStyle, str]] = {
    "endorsement": (
        QColor("#2E8449"),
        Qt.PenStyle.SolidLine,
        str(QT_TRANSLATE_NOOP("CoalitionGraphView", "Endorses")),
    ),
    "chapter": (
        QColor("#8D99AE"),
        Qt.PenStyle.DashLine,
        str(QT_TRANSLATE_NOOP("CoalitionGraphView", "Chapter of")),
    ),
    "shared": (
        QColor("#7FA7D9"),
        Qt.PenStyle.SolidLine,
        str(QT_TRANSLATE_NOOP("CoalitionGraphView", "Shared members")),
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CoalitionGraphView", text)


def kind_label(group: str) -> str:
    return (
        QCoreApplication.translate("CoalitionGraphView", "Campaign")
        if group == "campaign"
        else ORG_KIND_LABELS[OrgKind(group)]
    )


def legend_html() -> str:
    """The colours and lines, as rich text for a label beside the graph."""
    swatches = " ".join(
        f'<span style="color:{color.name()}">●</span>&nbsp;{kind_label(key)}&nbsp;&nbsp;'
        for key, color in KIND_COLORS.items()
    )
    lines = " ".join(
        f'<span style="color:{color.name()}">'
        f"{'┅' if style == Qt.PenStyle.DashLine else '━'}</span>&nbsp;{_tr(text)}&nbsp;&nbsp;"
        for color, style, text in EDGE_STYLES.values()
    )
    campaign = QCoreApplication.translate("CoalitionGraphView", "Campaign")
    size = QCoreApplication.translate("CoalitionGraphView", "node size: members")
    return f"{swatches}◆&nbsp;{campaign}<br>{lines}· {size}"


def radius(node: Node) -> float:
    return 7.0 + 3.2 * math.sqrt(max(0, node.members)) if node.kind == "organization" else 11.0


if TYPE_CHECKING:
    _ItemPart = QGraphicsItem  # the item the mixin goes into, to the type checker
else:
    _ItemPart = object


class _NodeMixin(_ItemPart):
    node: Node
    view: CoalitionGraphView

    def _setup(self, node: Node, view: CoalitionGraphView, tip: str) -> None:
        self.node = node
        self.view = view
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(tip)
        self.setZValue(2)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.view.highlight(self.node.id)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.view.highlight(None)
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.view.open_node(self.node)
            event.accept()
            return
        super().mousePressEvent(event)


class OrgItem(_NodeMixin, QGraphicsEllipseItem):
    def __init__(self, node: Node, view: CoalitionGraphView, tip: str) -> None:
        r = radius(node)
        super().__init__(-r, -r, 2 * r, 2 * r)
        self._setup(node, view, tip)
        self.setBrush(QBrush(KIND_COLORS.get(node.group, KIND_COLORS["other"])))
        self.setPen(QPen(view.palette().color(QPalette.ColorRole.Base), 1.5))


class CampaignItem(_NodeMixin, QGraphicsPolygonItem):
    def __init__(self, node: Node, view: CoalitionGraphView, tip: str) -> None:
        r = radius(node)
        super().__init__(QPolygonF([QPointF(0, -r), QPointF(r, 0), QPointF(0, r), QPointF(-r, 0)]))
        self._setup(node, view, tip)
        # The campaign is drawn in the text's colour, outlined in the background's: dark on
        # a light palette, white on a black high-contrast one (a fixed #222 vanished there).
        palette = view.palette()
        self.setBrush(QBrush(palette.color(QPalette.ColorRole.Text)))
        self.setPen(QPen(palette.color(QPalette.ColorRole.Base), 1.5))


class CoalitionGraphView(QGraphicsView):
    """Draws a :class:`CoalitionGraph` at given positions; emits what to open."""

    openRequested = Signal(str, str)  # ("organization" | "campaign", id)

    MIN_ZOOM, MAX_ZOOM = 0.15, 8.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Coalition graph"))
        self.setBackgroundBrush(self.palette().color(QPalette.ColorRole.Base))
        self.nodes: dict[str, QGraphicsItem] = {}
        self.edges: list[tuple[str, str, QGraphicsLineItem, QPen]] = []
        self.hovered: str | None = None
        self.user_zoomed = False

    # -- building --------------------------------------------------------------------------

    def set_graph(self, graph: CoalitionGraph, positions: dict[str, tuple[float, float]]) -> None:
        scene = self.scene()
        scene.clear()
        self.nodes.clear()
        self.edges.clear()
        names = {n.id: n.name for n in graph.nodes}
        links: dict[str, list[str]] = {n.id: [] for n in graph.nodes}
        for edge in graph.edges:
            if edge.source not in positions or edge.target not in positions:
                continue
            color, style, _text = EDGE_STYLES[edge.kind]
            width = 1.2 if edge.kind != "shared" else min(5.0, 0.8 + edge.weight * 0.6)
            pen = QPen(color, width, style)
            pen.setCosmetic(True)
            a, b = positions[edge.source], positions[edge.target]
            line = scene.addLine(a[0] * SPREAD, a[1] * SPREAD, b[0] * SPREAD, b[1] * SPREAD, pen)
            line.setZValue(0)
            line.setToolTip(
                self.tr("{value} — {value2} — {value3}").format(
                    value=names[edge.source],
                    value2=edge.label or edge.kind,
                    value3=names[edge.target],
                )
            )
            self.edges.append((edge.source, edge.target, line, pen))
            source, target = names[edge.source], names[edge.target]
            if edge.kind == "shared":
                links[edge.source].append(f"{edge.label} {target}")
                links[edge.target].append(
                    self.tr("{label} with {name}").format(label=edge.label, name=source)
                )
            elif edge.kind == "endorsement":
                links[edge.source].append(self.tr("endorses {name}").format(name=target))
                links[edge.target].append(self.tr("endorsed by {name}").format(name=source))
            else:
                links[edge.source].append(self.tr("chapter of {name}").format(name=target))
                links[edge.target].append(self.tr("has the chapter {name}").format(name=source))
        labelled = {n.id for n in sorted(graph.nodes, key=lambda n: -n.members)[:25]}
        for node in graph.nodes:
            if node.id not in positions:
                continue
            x, y = positions[node.id]
            if node.kind == "organization":
                members = self.tr("%Ln members", "", node.members)
                detail = f"{kind_label(node.group)}, {members}" + (
                    f", {node.state}" if node.state else ""
                )
            else:
                detail = self.tr("Campaign, endorsed by {n} here").replace(
                    "{n}", formatting.number(node.members)
                )
            more = len(links[node.id]) - 8
            shown_links = links[node.id][:8] + (
                [self.tr("… and {n} more").replace("{n}", formatting.number(more))]
                if more > 0
                else []
            )
            tip = (
                f"<b>{node.name}</b><br>{detail}"
                + "".join(f"<br>· {t}" for t in shown_links)
                + "<br><i>"
                + self.tr("Click to open")
                + "</i>"
            )
            item: QGraphicsItem = (OrgItem if node.kind == "organization" else CampaignItem)(
                node, self, tip
            )
            item.setPos(x * SPREAD, y * SPREAD)
            scene.addItem(item)
            self.nodes[node.id] = item
            if node.id in labelled or node.kind == "campaign":
                text = QGraphicsSimpleTextItem(
                    node.name if len(node.name) <= 28 else node.name[:26] + "…"
                )
                font = QFont(self.font())
                font.setPointSizeF(font.pointSizeF() * 0.8)  # smaller than the window's text
                text.setFont(font)
                text.setBrush(self.palette().color(QPalette.ColorRole.Text))
                box = text.boundingRect()
                text.setPos(x * SPREAD - box.width() / 2, y * SPREAD + radius(node) + 1)
                text.setZValue(1)
                text.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
                scene.addItem(text)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-30, -30, 30, 30))
        self._describe(graph)
        self.fit()

    def _describe(self, graph: CoalitionGraph) -> None:
        """What the drawing shows, in numbers, for a screen reader."""
        kinds = [edge.kind for edge in graph.edges]
        organizations = sum(1 for node in graph.nodes if node.kind == "organization")
        self.setAccessibleDescription(
            self.tr(
                "Organizations: {organizations}. Campaigns: {campaigns}. Endorsements: "
                "{endorsements}. Chapter links: {chapters}. Sharing links: {shared}."
            ).format(
                organizations=formatting.number(organizations),
                campaigns=formatting.number(len(graph.nodes) - organizations),
                endorsements=formatting.number(kinds.count("endorsement")),
                chapters=formatting.number(kinds.count("chapter")),
                shared=formatting.number(kinds.count("shared")),
            )
        )

    # -- interaction -------------------------------------------------------------------------

    def open_node(self, node: Node) -> None:
        self.openRequested.emit(node.kind, node.id)

    def highlight(self, node_id: str | None) -> None:
        """Light up the links of the node under the mouse; dim the rest."""
        self.hovered = node_id
        for source, target, line, pen in self.edges:
            if node_id is None:
                line.setPen(pen)
                line.setOpacity(1.0)
            elif node_id in (source, target):
                bold = QPen(pen)
                bold.setWidthF(pen.widthF() + 1.5)
                line.setPen(bold)
                line.setOpacity(1.0)
            else:
                line.setOpacity(0.2)

    def zoom(self, factor: float) -> None:
        self.user_zoomed = True
        current = self.transform().m11()
        factor = max(self.MIN_ZOOM / current, min(self.MAX_ZOOM / current, factor))
        self.scale(factor, factor)

    def zoom_level(self) -> float:
        return self.transform().m11()

    def fit(self) -> None:
        self.user_zoomed = False
        if self.scene().items():
            self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            event.ignore()  # the page around the graph scrolls
            return
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(1.15**steps)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1.25)
        elif key == Qt.Key.Key_Minus:
            self.zoom(0.8)
        elif key == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.user_zoomed:  # until someone zooms, the whole graph stays in view
            self.fit()

    def item_at_node(self, node_id: str) -> QGraphicsItem:
        return self.nodes[node_id]

    def whole(self) -> QRectF:
        return self.scene().sceneRect()
