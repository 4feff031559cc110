"""Recording the ballots said aloud on a call: one row per organization, made for the
keyboard, each ballot saved on this computer the moment it is set (no network needed;
it syncs later like any change).

Keys, on a row: the digits choose (1 Approve, 2 Object, …) and save at once; Up and Down
move between organizations; Tab reaches the reason, where Enter saves it with the choice.
An objection or a block that needs a reason waits for it (Enter, or Tab, saves; a blank
reason keeps the focus).  A word typed on a row goes into its reason: the digits in
"wait 1 month" are words there, never another organization's ballot.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coalition.common.errors import CoalitionError
from coalition.common.i18n import shown
from coalition.decisions.ballots import cast_ballot
from coalition.store.models.decisions import BLOCK, OBJECT
from coalition.ui.common.colours import error_style, good_style
from coalition.ui.common.context import AppContext
from coalition.ui.common.widgets import MUTED_STYLE, muted
from coalition.ui.decisions.common import cast_by_short, cast_by_text, choice_label, tr
from coalition.ui.decisions.table import cast_time
from coalition.ui.decisions.views import ProposalView, VoterLine

CHOICE_STYLE = (
    "QToolButton { padding: 3px 8px; }"
    " QToolButton:checked { color: #ffffff; font-weight: bold; border: 1px solid #1f2328;"
    " border-radius: 3px; background: %s; }"
)
#: The colour of a choice once set: approve green, object red, block dark red, the rest grey.
CHOICE_COLORS = {"approve": "#2e7d32", "object": "#c62828", "block": "#7f1d1d"}
ROW_STYLE = "QFrame#chairRow { border: 1px solid transparent; border-radius: 4px; }"
FOCUSED_STYLE = "QFrame#chairRow { border: 1px solid palette(highlight); border-radius: 4px; }"
DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


class _ReasonEdit(QLineEdit):
    """The reason field: Up and Down still move between organizations; Tab out of a
    reason that a choice waits for saves it (or stays, while it is blank)."""

    moved = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.leaving: Callable[[], bool] | None = None  # False: the focus stays here

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moved.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        if self.leaving is not None and not self.leaving():
            return True
        return super().focusNextPrevChild(forward)


class ChairRow(QFrame):
    """One organization: its name, the choice buttons, a reason, and what is recorded."""

    chosen = Signal(str, str, str)  # organization id, choice, reason
    moved = Signal(int)  # -1 up, +1 down

    def __init__(self, line: VoterLine, choices: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("chairRow")
        self.setStyleSheet(ROW_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.organization_id = line.organization_id
        self.choices = choices
        self.pending: str | None = None  # a choice waiting for its reason
        self.org_name = line.name
        self.setAccessibleName(self.tr("{org}'s ballot").format(org=line.name))
        self.keys_said = self.tr("Keys: {keys}.").format(
            keys=", ".join(
                f"{number} {choice_label(choice)}" for number, choice in enumerate(choices, 1)
            )
        )
        self.name = QLabel(line.name)
        # On a 1366-pixel screen the reason needs the room: a long name wraps instead.
        self.name.setMinimumWidth(130)
        self.name.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self.name, 2)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        for number, choice in enumerate(choices, start=1):
            button = QToolButton()
            button.setText(
                self.tr("{number} {value}").format(number=number, value=choice_label(choice))
            )
            button.setCheckable(True)
            button.setStyleSheet(CHOICE_STYLE % CHOICE_COLORS.get(choice, "#4b5563"))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(tr("Press {number} on the row").format(number=number))
            button.setAccessibleName(
                self.tr("{choice} for {org}").format(choice=choice_label(choice), org=line.name)
            )
            button.clicked.connect(lambda _c=False, c=choice: self.choose(c))
            self.group.addButton(button)
            self.buttons[choice] = button
            layout.addWidget(button)
        self.reason = _ReasonEdit()
        self.reason.setAccessibleName(self.tr("Reason for {org}").format(org=line.name))
        self.reason.setPlaceholderText(tr("Reason (Enter saves)"))
        self.reason.returnPressed.connect(self._reason_entered)
        self.reason.moved.connect(self.moved)
        self.reason.leaving = self._leaving_reason
        layout.addWidget(self.reason, 3)
        self.status = QLabel()
        self.status.setMinimumWidth(190)
        self.status.setWordWrap(True)
        layout.addWidget(self.status, 2)
        self.current: str | None = None

    # --- what is recorded -----------------------------------------------------------------

    def show_line(self, line: VoterLine, visible: bool) -> None:
        standing = line.standing
        self.current = standing.choice if standing is not None and visible else None
        for choice, button in self.buttons.items():
            button.setChecked(choice == self.current)
        if self.pending is not None:
            return  # the reason being typed stays, and so does its note
        if standing is None:
            self.say(tr("not voted yet"), MUTED_STYLE)
            return
        by = cast_by_short(standing.capacity, standing.cast_by, standing.cast_by_org)
        when = cast_time(standing)
        said = choice_label(standing.choice) if visible else tr("voted")
        self.say(f"✓ {said} · {by}, {when}", good_style())
        self.status.setToolTip(
            cast_by_text(
                standing.capacity, standing.cast_by, standing.organization, standing.cast_by_org
            )
        )
        if visible and not self.reason.hasFocus():
            self.reason.setText(standing.reason)
            self.reason.setToolTip(standing.reason)  # read whole, however narrow the field
            self.reason.setCursorPosition(0)  # a long reason reads from its start

    def say(self, text: str, style: str) -> None:
        """What is recorded for the row (or what it waits for): shown beside it, and read
        by a screen reader on the row, its buttons and its reason."""
        self.status.setText(text)
        self.status.setStyleSheet(style)
        choice = self.pending or self.current
        described = text.removeprefix("✓ ")
        for key, button in self.buttons.items():
            button.setAccessibleDescription(
                self.tr("chosen; {state}").format(state=described) if key == choice else described
            )
        self.setAccessibleDescription(
            self.tr("{described}. {keys_said}").format(
                described=described, keys_said=self.keys_said
            )
        )
        self.reason.setAccessibleDescription(described)

    # --- keys and choices -------------------------------------------------------------------

    def choose(self, choice: str) -> None:
        """Set the ballot: saved at once, unless it needs a reason not typed yet."""
        reason = self.reason.text().strip()
        if self.needs_reason(choice) and not reason:
            self.pending = choice
            self.buttons[choice].setChecked(True)
            self.say(
                tr("{choice} needs a reason: type it, then Enter.").format(
                    choice=choice_label(choice)
                ),
                error_style(),
            )
            self.reason.setFocus()
            return
        self.pending = None
        self.chosen.emit(self.organization_id, choice, reason)

    def needs_reason(self, choice: str) -> bool:
        return bool(self.property("reasonRequired")) and choice in (OBJECT, BLOCK)

    def _reason_entered(self) -> None:
        choice = self.pending or self.current
        if choice is None:
            self.say(
                tr("Choose first: press 1 to {n} on the row.").format(n=len(self.choices)),
                error_style(),
            )
            self.setFocus()
            return
        self.choose(choice)

    def _leaving_reason(self) -> bool:
        """Tab out of the reason: a choice waiting for it is saved with it (the keyboard
        then goes on to the next organization); a blank reason keeps the focus, so that
        what is typed next is never taken for another organization's ballot."""
        if self.pending is None:
            return True
        if not self.reason.text().strip():
            self.choose(self.pending)  # says again that it needs a reason
            return False
        self.choose(self.pending)
        return False  # saved: the sheet has moved the focus on already

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        text = event.text()
        if text and text.isprintable() and not text.isdigit() and not text.isspace():
            # A word typed on the row is its reason: the digits in it ("wait 1 month")
            # stay words, never a ballot.
            self.reason.setFocus()
            self.reason.insert(text)
            return
        number = (
            DIGITS.get(Qt.Key(key))
            if event.modifiers()
            in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            else None
        )
        if number is not None and number <= len(self.choices):
            self.choose(self.choices[number - 1])
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moved.emit(-1 if key == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)

    def set_current(self, current: bool) -> None:
        """Outline the row the keyboard is on (the row itself or its reason)."""
        self.setStyleSheet(FOCUSED_STYLE if current else ROW_STYLE)


class ChairRecorder(QWidget):
    """The chair's sheet for a live call: a row per voting organization."""

    recorded = Signal(str)  # the organization whose ballot was saved

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: ProposalView | None = None
        self.rows: list[ChairRow] = []
        self.hint = muted()
        self.hint.setObjectName("chairHint")
        self.sheet = QWidget()
        self.sheet_layout = QVBoxLayout(self.sheet)
        self.sheet_layout.setContentsMargins(0, 0, 0, 0)
        self.sheet_layout.setSpacing(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.sheet)
        self.scroller = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(scroll, 1)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    def _focus_moved(self, _old: QWidget | None, now: QWidget | None) -> None:
        for row in self.rows:
            row.set_current(now is not None and (now is row or row.isAncestorOf(now)))

    def show_view(self, view: ProposalView) -> None:
        """Show ``view``'s ballots; the rows stay (and the focus in them) while the same
        proposal is shown again after a save."""
        same = (
            self.view is not None
            and self.view.id == view.id
            and [r.organization_id for r in self.rows]
            == [line.organization_id for line in view.lines]
        )
        self.view = view
        keys = " · ".join(
            f"{number} {choice_label(choice)}" for number, choice in enumerate(view.choices, 1)
        )
        self.hint.setText(
            tr(
                "Recording as the chair, on behalf of each organization. Keys on a row: "
                "{keys}; ↑ ↓ another organization; Tab the reason, Enter saves it. Each "
                "ballot is saved on this computer as it is set: no network needed."
            ).format(keys=keys)
        )
        if not same:
            self._build(view)
        for row, line in zip(self.rows, view.lines, strict=True):
            row.show_line(line, view.visible)

    def _build(self, view: ProposalView) -> None:
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        while self.sheet_layout.count():
            self.sheet_layout.takeAt(0)
        for line in view.lines:
            row = ChairRow(line, view.choices, self.sheet)
            row.setProperty("reasonRequired", view.reason_required)
            row.chosen.connect(self.record)
            row.moved.connect(lambda step, r=row: self.move_focus(r, step))
            self.rows.append(row)
            self.sheet_layout.addWidget(row)
        self.sheet_layout.addStretch(1)
        for before, after in zip(self.rows, self.rows[1:], strict=False):
            QWidget.setTabOrder(before.reason, after)
        for row in self.rows:
            QWidget.setTabOrder(row, row.reason)

    def start(self) -> None:
        """Put the keyboard on the first organization that has not voted (else the first)."""
        if not self.rows or self.view is None:
            return
        waiting = [
            row
            for row, line in zip(self.rows, self.view.lines, strict=True)
            if line.standing is None
        ]
        (waiting or self.rows)[0].setFocus()

    def row_of(self, organization_id: str) -> ChairRow:
        return next(row for row in self.rows if row.organization_id == organization_id)

    def move_focus(self, row: ChairRow, step: int) -> None:
        index = self.rows.index(row) + step
        if 0 <= index < len(self.rows):
            self.rows[index].setFocus()
            self.scroller.ensureWidgetVisible(self.rows[index])

    def record(self, organization_id: str, choice: str, reason: str) -> None:
        """Save the ballot the chair set, on the organization's behalf; a refusal is said
        on its row, and the keyboard moves on to the next organization once it is saved."""
        if self.view is None:
            return
        row = self.row_of(organization_id)
        name = next(
            (line.name for line in self.view.lines if line.organization_id == organization_id),
            "",
        )
        try:
            self.ctx.run(
                cast_ballot,
                self.view.id,
                organization_id,
                choice,
                reason=reason,
                on_behalf=True,
                label=tr("Record {org}'s ballot: {choice}").format(
                    org=name, choice=choice_label(choice)
                ),
            )
        except CoalitionError as exc:
            row.say(shown(exc), error_style())
            row.setFocus()
            return
        self.recorded.emit(organization_id)
        self.move_focus(row, 1)
