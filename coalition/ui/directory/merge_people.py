"""Merge people…: two records of one person made one, on the People screen.

The dialog shows the two side by side (their values and what hangs on each), lets the
organizer choose, field by field, which value the merged person keeps, and merges in one
service call (:func:`coalition.directory.merge.merge_people`): one change, undone whole
with Ctrl+Z and synced like any other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coalition.common.errors import CoalitionError
from coalition.common.i18n import shown
from coalition.directory import choices
from coalition.directory import merge as people_merge
from coalition.directory.merge import PersonSide
from coalition.ui.common.colours import error_style
from coalition.ui.common.context import AppContext
from coalition.ui.common.widgets import NameChooser

if TYPE_CHECKING:
    from coalition.ui.directory.people import PeopleScreen


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # the context lupdate gives a bare tr()


def _field_labels() -> dict[str, str]:
    return {
        "name": tr("Name"),
        "state": tr("State"),
        "language": tr("Language"),
        "time_zone": tr("Time zone"),
        "notes": tr("Notes"),
    }


def _holding_labels() -> dict[str, str]:
    return {
        "memberships": tr("Memberships"),
        "endorsements": tr("Endorsements made"),
        "action_items": tr("Action items owned"),
        "calls_organized": tr("Call series organized"),
        "call_invitations": tr("Call series invited to"),
        "attendance": tr("Calls attended"),
        "agenda_items": tr("Agenda items owned"),
        "standing_items": tr("Standing items owned"),
        "sign_ups": tr("Sign-ups at events"),
        "consents": tr("Consents given"),
        "shifts": tr("Shifts taken"),
    }


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class MergePeopleDialog(QDialog):
    """Choose the two people, see what each has, choose each field's value, merge."""

    def __init__(self, ctx: AppContext, keep_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.merged_id: str | None = None  # set once merged: the survivor's id
        self.setWindowTitle(tr("Merge people"))
        self.setMinimumWidth(720)
        with ctx.reading() as session:
            people = choices.people(session)  # namesakes told apart by e-mail or group
        intro = QLabel(
            tr(
                "Two records of one person become one. Everything either has is kept on the "
                "person kept: e-mail addresses, phone numbers, memberships, endorsements, action "
                "items, calls organized, invitations, attendance and their history."
            )
        )
        intro.setWordWrap(True)
        self.keep = NameChooser(tr("Choose the person to keep…"))
        self.keep.setObjectName("mergeKeep")
        self.keep.set_choices(people, keep_id)
        self.other = NameChooser(tr("Choose the person to merge into them…"))
        self.other.setObjectName("mergeOther")
        self.other.set_choices(people, None)
        self.swap_button = QToolButton()
        self.swap_button.setText(tr("⇄ Swap"))
        self.swap_button.setToolTip(tr("Keep the other one instead"))
        self.swap_button.clicked.connect(self.swap)
        pickers = QGridLayout()
        pickers.addWidget(QLabel(tr("&Keep:")), 0, 0)
        pickers.addWidget(self.keep, 0, 1)
        pickers.addWidget(self.swap_button, 0, 2, 2, 1)
        pickers.addWidget(QLabel(tr("&Merge into it:")), 1, 0)
        pickers.addWidget(self.other, 1, 1)
        pickers.setColumnStretch(1, 1)
        for row, box in ((0, self.keep), (1, self.other)):
            cell = pickers.itemAtPosition(row, 0)
            label = cell.widget() if cell is not None else None
            assert isinstance(label, QLabel)
            label.setBuddy(box)

        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.grid_box = QWidget()
        self.grid_box.setLayout(self.grid)
        self.choices: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        self.sides: tuple[PersonSide, PersonSide] | None = None

        self.problem = QLabel()
        self.problem.setStyleSheet(error_style())
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.undo_note = QLabel(tr("You can undo the merge with Ctrl+Z."))
        button = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(button.Ok | button.Cancel)
        self.merge_button = self.buttons.button(button.Ok)
        self.merge_button.setText(tr("Merge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(pickers)
        layout.addWidget(self.grid_box, 1)
        layout.addWidget(self.problem)
        bottom = QHBoxLayout()
        bottom.addWidget(self.undo_note, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        for box in (self.keep, self.other):
            box.currentIndexChanged.connect(lambda _i: self.refresh())
            box.editTextChanged.connect(lambda _t: self.refresh())
        self.refresh()

    # --- the two people ------------------------------------------------------------------

    def chosen(self) -> tuple[str | None, str | None]:
        return self.keep.chosen_id(), self.other.chosen_id()

    def swap(self) -> None:
        keep, other = self.chosen()
        self.keep.set_chosen(other)
        self.other.set_chosen(keep)
        self.refresh()

    def refresh(self) -> None:
        """Show the two people chosen side by side (or say what is missing)."""
        keep, other = self.chosen()
        ready = keep is not None and other is not None and keep != other
        self.merge_button.setEnabled(ready)
        self.problem.setVisible(keep is not None and keep == other)
        self.problem.setText(tr("Choose two different people."))
        sides = None
        if ready and keep is not None and other is not None:
            try:
                with self.ctx.reading() as session:
                    sides = (
                        people_merge.person_side(session, keep),
                        people_merge.person_side(session, other),
                    )
            except CoalitionError as exc:
                self.problem.setText(shown(exc))
                self.problem.show()
                self.merge_button.setEnabled(False)
        if (
            sides is not None
            and self.sides is not None
            and [s.id for s in sides] == [s.id for s in self.sides]
        ):
            return
        self.sides = sides
        self._fill_grid()

    def _clear_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.choices = {}

    def _fill_grid(self) -> None:
        self._clear_grid()
        self._fill_grid_rows()
        for index in range(self.grid.count()):  # shown now, not at the next event loop turn
            item = self.grid.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None and self.isVisible():
                widget.show()
        layout = self.layout()
        if self.isVisible() and layout is not None:  # grown to fit the rows now, not later
            layout.invalidate()
            layout.activate()
            self.resize(self.size().expandedTo(self.sizeHint()))

    def _fill_grid_rows(self) -> None:
        if self.sides is None:
            hint = QLabel(tr("Choose the two people to see what each has."))
            hint.setEnabled(False)
            self.grid.addWidget(hint, 0, 0, 1, 3)
            return
        keep, other = self.sides
        defaults = people_merge.default_choices(keep, other)
        bold = QLabel().font()
        bold.setBold(True)
        for column, side in ((1, keep), (2, other)):
            heading = QLabel(
                tr("{name} (kept)").format(name=side.name) if side is keep else side.name
            )
            heading.setFont(bold)
            heading.setWordWrap(True)
            self.grid.addWidget(heading, 0, column)
        row = 1
        for name, label in _field_labels().items():
            self.grid.addWidget(QLabel(label), row, 0)
            mine, theirs = keep.values[name], other.values[name]
            group = QButtonGroup(self.grid_box)
            buttons = []
            for column, value in ((1, mine), (2, theirs)):
                radio = QRadioButton(_short(value) if value else tr("(none)"))
                radio.setObjectName(f"merge_{name}_{column}")
                radio.setToolTip(value)
                group.addButton(radio)
                self.grid.addWidget(radio, row, column)
                buttons.append(radio)
            chosen_theirs = defaults[name] != mine
            buttons[1 if chosen_theirs else 0].setChecked(True)
            if mine == theirs:
                buttons[1].setEnabled(False)
            self.choices[name] = (buttons[0], buttons[1])
            row += 1
        for title, values in (
            (tr("E-mail addresses"), (keep.emails, other.emails)),
            (tr("Phone numbers"), (keep.phones, other.phones)),
        ):
            self.grid.addWidget(QLabel(title), row, 0)
            for column, items in ((1, values[0]), (2, values[1])):
                shown = QLabel("\n".join(items) or tr("(none)"))
                self.grid.addWidget(shown, row, column)
            row += 1
        locale = self.locale()
        for kind, title in _holding_labels().items():
            counts = (keep.counts.get(kind, 0), other.counts.get(kind, 0))
            if not any(counts):
                continue
            self.grid.addWidget(QLabel(title), row, 0)
            for column, count in ((1, counts[0]), (2, counts[1])):
                self.grid.addWidget(QLabel(locale.toString(count)), row, column)
            row += 1
        kept_all = QLabel(
            tr("Addresses, numbers and everything counted above: all kept, each once.")
        )
        kept_all.setWordWrap(True)
        self.grid.addWidget(kept_all, row, 0, 1, 3)

    def chosen_values(self) -> dict[str, str]:
        """The value kept for each field: the checked side's."""
        assert self.sides is not None
        keep, other = self.sides
        return {
            name: (other if buttons[1].isChecked() else keep).values[name]
            for name, buttons in self.choices.items()
        }

    # --- merging -----------------------------------------------------------------------------

    def accept(self) -> None:
        keep, other = self.chosen()
        if keep is None or other is None or keep == other or self.sides is None:
            self.problem.setText(tr("Choose two different people."))
            self.problem.show()
            return
        values = self.chosen_values()
        try:
            self.ctx.run(
                people_merge.merge_people,
                keep,
                other,
                values,
                label=tr("Merge {other} into {keep}").format(
                    other=self.sides[1].name, keep=values["name"]
                ),
            )
        except CoalitionError as exc:
            self.problem.setText(shown(exc))
            self.problem.show()
            return
        self.merged_id = keep
        super().accept()


def install(screen: PeopleScreen) -> None:
    """Give the People screen its Merge people… button (beside New and Delete) and the
    same in its list's context menu.  ``screen`` is a
    :class:`~coalition.ui.directory.people.PeopleScreen`."""
    button = QToolButton()
    button.setObjectName("mergePeopleButton")
    button.setText(tr("Merge people…"))
    button.setToolTip(tr("Make two records of one person one"))
    button.clicked.connect(lambda: open_dialog(screen))
    column = screen.layout()
    top = column.itemAt(0) if column is not None else None
    bar = top.layout() if top is not None else None
    assert bar is not None  # the screen's first row: the bar holding New and Delete
    bar.addWidget(button)
    screen.merge_button = button
    action = QAction(tr("Merge people…"), screen.view)
    action.triggered.connect(lambda: open_dialog(screen))
    screen.view.addAction(action)
    screen.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)


def open_dialog(screen: PeopleScreen) -> MergePeopleDialog:
    """Open the dialog with the selected person as the one kept; shown with open(), so the
    dialog is returned to whoever asked (a test fills it in as a person would)."""
    dialog = MergePeopleDialog(screen.ctx, screen.selected_id(), screen)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(
        lambda: screen.open_record(dialog.merged_id) if dialog.merged_id else None
    )
    dialog.open()
    return dialog
