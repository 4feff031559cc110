"""The State map screen: where the coalition stands against its goal, and who is where.

The tile map answers "how many states?" at a glance; the panel beside it answers the
next question an organizer asks ("who is our person in Oregon?") and opens that person
or group, so the map is a way into the directory rather than a picture of it.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QByteArray, QCoreApplication, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coalition.common.errors import CoalitionError
from coalition.common.i18n import shown
from coalition.common.states import BY_CODE
from coalition.directory import records as directory
from coalition.goals.coverage import StateCoverage, StatePage, state_coverage, state_people
from coalition.ui.common import formatting
from coalition.ui.common.context import AppContext
from coalition.ui.common.widgets import MUTED_STYLE
from coalition.ui.goals.statemap import COVERAGE_LABELS, StateTileMap

# A change to one of these tables can change a tile, a tooltip, the goal or the panel.
WATCHED_TABLES = {"membership", "organization", "social_page", "person", "setting"}
# Secondary text: the palette's placeholder grey stays legible (disabled grey does not).
RecordRole = Qt.ItemDataRole.UserRole  # (kind, id) of the record an item opens
GOAL_SAVE_DELAY_MS = 600  # clicks on the spin box arrows within this become one undo step


def page_lines(pages: list[StatePage]) -> str:
    """ "Facebook (1,200 followers), X" in the person's locale."""
    followed = QCoreApplication.translate("States", "{platform} ({n} followers)")
    return ", ".join(
        followed.format(platform=p.platform, n=formatting.number(p.followers))
        if p.followers
        else p.platform
        for p in pages
    )


class RecordList(QListWidget):
    """A list whose items open a record on double-click and on Enter, on every platform.

    Qt's item views do not activate on Enter on macOS; the panel is meant to be used
    from the keyboard as well, so Enter is handled here the same way everywhere.
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self.itemActivated.emit(item)
            return
        super().keyPressEvent(event)


class StatesScreen(QWidget):
    """The coverage map, the goal, and the people and groups of the state chosen on it."""

    openRequested = Signal(str, str)  # kind ("person" | "organization"), id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._coverage: StateCoverage | None = None
        self._state: str | None = None

        self.goal = QSpinBox()
        self.goal.setObjectName("statesGoal")
        self.goal.setRange(1, len(BY_CODE))
        # Typing "25" must not save 2 and then 25: save on Enter, focus-out or arrows.
        self.goal.setKeyboardTracking(False)
        self.goal.setToolTip(self.tr("How many states the coalition wants representatives in"))
        self.goal.setAccessibleName(self.tr("Goal in states"))
        goal_label = QLabel(self.tr("&Goal:"))
        goal_label.setBuddy(self.goal)
        self._goal_timer = QTimer(self)
        self._goal_timer.setSingleShot(True)
        self._goal_timer.setInterval(GOAL_SAVE_DELAY_MS)
        self._goal_timer.timeout.connect(self._save_goal)
        self.goal.valueChanged.connect(self._goal_edited)

        bar = QHBoxLayout()
        bar.addWidget(goal_label)
        bar.addWidget(self.goal)
        bar.addWidget(QLabel(self.tr("states")))
        bar.addStretch(1)

        self.map = StateTileMap()
        self.map.setObjectName("stateMap")
        self.map.stateActivated.connect(self.show_state)

        self.state_heading = QLabel()
        self.state_heading.setObjectName("stateHeading")
        font = self.state_heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.state_heading.setFont(font)
        self.state_heading.setWordWrap(True)
        self.state_status = QLabel()
        self.state_status.setWordWrap(True)
        self.representatives = self._record_list("representatives")
        self.organizations = self._record_list("organizations")
        self.representatives_title = self._section_title(
            self.tr("&Representatives"), self.representatives
        )
        self.organizations_title = self._section_title(
            self.tr("Organizations with &pages"), self.organizations
        )

        panel = QWidget()
        panel.setObjectName("statePanel")
        panel.setMinimumWidth(200)
        side = QVBoxLayout(panel)
        side.setContentsMargins(8, 0, 0, 0)
        side.addWidget(self.state_heading)
        side.addWidget(self.state_status)
        side.addSpacing(6)
        side.addWidget(self.representatives_title)
        side.addWidget(self.representatives, 1)
        side.addWidget(self.organizations_title)
        side.addWidget(self.organizations, 1)
        open_hint = QLabel(self.tr("Double-click or press Enter to open."))
        open_hint.setStyleSheet(MUTED_STYLE)
        side.addWidget(open_hint)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("statesSplitter")
        self.splitter.addWidget(self.map)
        self.splitter.addWidget(panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        ctx.changed.connect(self._on_changed)
        self.refresh()
        self._show_panel()

    # --- public --------------------------------------------------------------------------

    def coverage(self) -> StateCoverage:
        """What the map shows, as last read from the database."""
        assert self._coverage is not None
        return self._coverage

    def current_state(self) -> str | None:
        """The state whose people the panel lists, if one was chosen."""
        return self._state

    def refresh(self) -> None:
        """Read the coverage again and show it: tiles, tooltips, goal and panel."""
        with self.ctx.reading() as session:
            self._coverage = state_coverage(session)
        # A goal still waiting to be saved is what the person sees and means; keep it.
        goal = self.goal.value() if self._goal_timer.isActive() else self._coverage.goal
        self.map.set_coverage(self._coverage.coverage, goal)
        self.map.set_details({code: self._coverage.detail(code) for code in BY_CODE})
        self.goal.blockSignals(True)
        self.goal.setValue(goal)
        self.goal.blockSignals(False)
        self._show_panel()

    def show_state(self, code: str) -> None:
        """List the representatives and organizations with pages of ``code`` beside the map."""
        self._state = code
        self._show_panel()

    def open_record(self, code: str) -> None:
        """Opened from elsewhere (a tile of the dashboard's map): that state beside the map."""
        self.show_state(code)

    def save_state(self) -> None:
        """Remember the panel's width, and save a goal edit the window is closing on."""
        self._save_goal()
        self.ctx.settings.setValue("states/splitter", self.splitter.saveState())

    def restore_state(self) -> None:
        splitter = self.ctx.settings.value("states/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([740, 340])

    # --- building ------------------------------------------------------------------------

    def _record_list(self, name: str) -> RecordList:
        view = RecordList()
        view.setObjectName(f"state_{name}")
        view.setWordWrap(True)  # names and roles wrap in a narrow panel instead of scrolling
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setSpacing(2)
        view.itemActivated.connect(self._open_item)
        return view

    @staticmethod
    def _section_title(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: bold;")
        label.setBuddy(buddy)
        return label

    # --- behaviour -----------------------------------------------------------------------

    def _show_panel(self) -> None:
        self.representatives.clear()
        self.organizations.clear()
        code = self._state
        for widget in (
            self.representatives_title,
            self.representatives,
            self.organizations_title,
            self.organizations,
        ):
            widget.setVisible(code is not None)
        if code is None:
            self.state_heading.setText(self.tr("No state chosen"))
            self.state_status.setText(
                self.tr(
                    "Choose a state on the map (click it, or move with the arrow keys and press "
                    "Enter) to list its representatives and the organizations with pages there."
                )
            )
            return
        self.state_heading.setText(BY_CODE[code].name)
        self.state_status.setText(COVERAGE_LABELS[self.map.coverage(code)])
        with self.ctx.reading() as session:
            people = state_people(session, code)
        roles: dict[str, list[str]] = defaultdict(list)
        names: dict[str, str] = {}
        for rep in people.representatives:
            names[rep.person_id] = rep.name
            roles[rep.person_id].append(", ".join(p for p in (rep.role, rep.organization) if p))
        for person_id, name in names.items():
            text = f"{name}\n{'; '.join(roles[person_id])}"
            self._add_item(self.representatives, text, "person", person_id)
        for org in people.organizations:
            text = f"{org.name}\n{page_lines(org.pages)}"
            self._add_item(self.organizations, text, "organization", org.organization_id)
        if not names:
            self._add_placeholder(self.representatives, self.tr("No representative yet."))
        if not people.organizations:
            self._add_placeholder(
                self.organizations, self.tr("No organization with a page here yet.")
            )

    @staticmethod
    def _add_item(view: QListWidget, text: str, kind: str, record_id: str) -> None:
        item = QListWidgetItem(text)
        item.setData(RecordRole, (kind, record_id))
        item.setToolTip(text)
        view.addItem(item)
        if view.currentItem() is None:
            # Current, so Enter works at once, but not painted as selected: nothing is yet.
            view.setCurrentItem(item, QItemSelectionModel.SelectionFlag.NoUpdate)

    @staticmethod
    def _add_placeholder(view: QListWidget, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        view.addItem(item)

    def _open_item(self, item: QListWidgetItem) -> None:
        record = item.data(RecordRole)
        if record:
            self.openRequested.emit(*record)

    def _goal_edited(self, value: int) -> None:
        """Show the new goal at once; save it once the arrows have stopped moving."""
        self.map.set_coverage(self.coverage().coverage, value)
        self._goal_timer.start()

    def _save_goal(self) -> None:
        self._goal_timer.stop()
        value = self.goal.value()
        if self._coverage is None or value == self._coverage.goal:
            return
        try:
            self.ctx.run(
                directory.set_setting,
                directory.STATES_GOAL,
                str(value),
                label=self.tr("Set the goal to {value} states").format(value=value),
            )
        except CoalitionError as exc:
            self.ctx.error.emit(self.tr("Could not save the goal: {exc}").format(exc=shown(exc)))
            self.refresh()

    def _on_changed(self, tables: set[str]) -> None:
        if tables & WATCHED_TABLES:
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the screen saves a pending goal, so undo elsewhere finds it on the stack."""
        self._save_goal()
        super().hideEvent(event)
