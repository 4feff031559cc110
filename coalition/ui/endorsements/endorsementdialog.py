"""Recording an endorsement, changing its status, and reading the history of its statuses.

Both dialogs are opened from the campaign screen and from the endorsement matrix, so the
colours of the statuses live here as well: one status has one colour everywhere.
"""

from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coalition.common import clock
from coalition.common.errors import CoalitionError, NotFoundError
from coalition.directory import choices
from coalition.endorsements import records as endorsements
from coalition.endorsements.records import EndorsementInput
from coalition.store.models import EndorsementStatus
from coalition.ui.common import editing, formatting, readonly
from coalition.ui.common.colours import error_style
from coalition.ui.common.context import AppContext
from coalition.ui.common.fieldproblems import FieldProblems
from coalition.ui.common.readonly import ReadOnlyBanner
from coalition.ui.common.widgets import NameChooser, date_edit

DARK_TEXT = "#1a1a1a"
LIGHT_TEXT = "#ffffff"

#: The background of a status wherever it is shown (matrix cells, lists, history, chips).
#: The three statuses still in motion are light (grey-blue, amber, orange) and carry dark
#: text; the three settled ones are dark (green, red, dark grey) and carry white text:
#: :data:`STATUS_TEXT_COLORS`.  Every pair has a contrast of at least 4.5:1 (WCAG AA), and
#: both colours are always painted together, so a label stays readable in a dark theme too.
STATUS_COLORS: dict[EndorsementStatus, str] = {
    EndorsementStatus.REQUESTED: "#a9bcd0",  # grey-blue: asked, no answer yet (8.9:1)
    EndorsementStatus.PENDING: "#f6c343",  # amber: being considered (10.6:1)
    EndorsementStatus.CONDITIONAL: "#ee8a2c",  # orange: yes, if... (6.9:1)
    EndorsementStatus.ENDORSED: "#2e7d32",  # green (5.1:1 with white)
    EndorsementStatus.DECLINED: "#c62828",  # red (5.6:1 with white)
    EndorsementStatus.WITHDRAWN: "#4a4a4a",  # dark grey: was given, taken back (8.9:1 with white)
}

#: The text painted on :data:`STATUS_COLORS`.
STATUS_TEXT_COLORS: dict[EndorsementStatus, str] = {
    EndorsementStatus.REQUESTED: DARK_TEXT,
    EndorsementStatus.PENDING: DARK_TEXT,
    EndorsementStatus.CONDITIONAL: DARK_TEXT,
    EndorsementStatus.ENDORSED: LIGHT_TEXT,
    EndorsementStatus.DECLINED: LIGHT_TEXT,
    EndorsementStatus.WITHDRAWN: LIGHT_TEXT,
}

#: The tables whose changes alter what these dialogs and the views of endorsements show.
ENDORSEMENT_TABLES = {"endorsement", "endorsement_event", "campaign", "organization", "person"}


def status_text(status: EndorsementStatus | str | None) -> str:
    """The label of a status, from the enum or from its stored text (list rows hold text)."""
    return EndorsementStatus(status).label if status else ""


def status_background(status: EndorsementStatus | str) -> QColor:
    return QColor(STATUS_COLORS[EndorsementStatus(status)])


def status_foreground(status: EndorsementStatus | str) -> QColor:
    return QColor(STATUS_TEXT_COLORS[EndorsementStatus(status)])


def status_chip_style(status: EndorsementStatus | str) -> str:
    """A style sheet that paints a label as a small status chip (legend, dialog headings)."""
    status = EndorsementStatus(status)
    return (
        f"background-color: {STATUS_COLORS[status]}; color: {STATUS_TEXT_COLORS[status]};"
        " border-radius: 3px; padding: 2px 8px;"
    )


def status_swatch(status: EndorsementStatus | str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(status_background(status))
    return QIcon(pixmap)


class StatusDelegate(QStyledItemDelegate):
    """Paints a cell that has a status colour in that colour even when it is selected.

    The colour is the point of the cell; a selection painted over it would hide the
    status of exactly the cell one is looking at.  Selection shows as a frame instead.
    """

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if index.data(Qt.ItemDataRole.BackgroundRole) is None:
            super().paint(painter, option, index)
            return
        plain = QStyleOptionViewItem(option)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        plain.state &= ~QStyle.StateFlag.State_Selected
        super().paint(painter, plain, index)
        if selected:
            painter.save()
            painter.setPen(QPen(option.palette.highlight().color(), 3))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
            painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Room for the frame around a selected status, clear of its text."""
        return super().sizeHint(option, index) + QSize(12, 0)


def _choice_combo(placeholder: str) -> NameChooser:
    """A combo box one can type into: a list of many names is found by any part of a name."""
    box = NameChooser(placeholder)
    box.setMinimumWidth(280)
    return box


def _kind_switch(
    parent: QWidget, first: str, second: str
) -> tuple[QButtonGroup, QRadioButton, QRadioButton]:
    group = QButtonGroup(parent)
    one, two = QRadioButton(first), QRadioButton(second)
    group.addButton(one, 0)
    group.addButton(two, 1)
    one.setChecked(True)
    return group, one, two


class EndorsementDialog(FieldProblems, editing.GuardedDialog):
    """Record a new endorsement, or change the status of one (which adds to its history).

    Who endorses what is chosen only when recording: a recorded endorsement keeps its
    endorser and its target, and is deleted rather than re-pointed, so its history stays
    the history of one relationship.
    """

    saved = Signal(str)  # the endorsement's id

    def __init__(
        self,
        ctx: AppContext,
        endorsement_id: str | None = None,
        *,
        endorser: tuple[str, str] | None = None,
        campaign_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``endorser`` is ``(kind, id)`` with kind 'organization' or 'person', as in the matrix."""
        super().__init__(parent)
        self.ctx = ctx
        self.endorsement_id = endorsement_id
        self._base: EndorsementInput | None = None
        self._errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self._organizations: list[tuple[str, str]] = []
        self._people: list[tuple[str, str]] = []
        self._campaigns: list[tuple[str, str]] = []
        self._who = ""  # the endorser's name, for the label of the change on the undo stack
        intro = self._load()
        self.setWindowTitle(
            self.tr("Change endorsement")
            if self._base is not None
            else self.tr("Record an endorsement")
        )
        self.general_error = QLabel()
        self.general_error.setStyleSheet(error_style())
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        self._build_fields()
        form = self._build_form()
        self._build_buttons()
        self.read_only_banner = ReadOnlyBanner()
        self._lay_out(intro, form)

        if self._base is not None:
            self._show(self._base)
        else:
            if endorser is not None and endorser[0] == "person":
                self.endorser_is_person.setChecked(True)
            self._fill_endorsers(endorser[1] if endorser else None)
            self._fill_targets(campaign_id)
            self._status_chosen()
            (self.endorser if endorser is None else self.status).setFocus()
        # Connected once filled, so that a long list of people is not read into the combo twice.
        self.endorser_kind.idToggled.connect(self._endorser_kind_toggled)
        self.target_kind.idToggled.connect(self._target_kind_toggled)
        self.status.currentIndexChanged.connect(self._status_chosen)
        # An endorsement is its endorser's to record: another group's is shown, not changed.
        self.read_only = readonly.show_read_only(
            self.read_only_banner,
            readonly.refusal(ctx, "endorsement", endorsement_id),
            [self.status, self.condition, self.date, self.note, self.source, self.public],
            [self.ok_button],
        )
        self.remember_input()  # Escape or closing asks before throwing typed input away

    # --- building ------------------------------------------------------------------------

    def _load(self) -> list[str]:
        """The choices of endorser and target, or the endorsement recorded; for a recorded
        one, the lines that head the dialog: who endorses what, and its status."""
        intro: list[str] = []
        with self.ctx.reading() as session:
            if self.endorsement_id is None:
                self._organizations = choices.organizations(session)
                self._people = choices.people(session)
                self._campaigns = [(c.id, c.name) for c in endorsements.campaigns(session)]
            else:
                row = endorsements.get_endorsement(session, self.endorsement_id)
                self._base = endorsements.endorsement_input(row)
                self._who = row.endorser_name
                since = (
                    self.tr(" since {day}").format(day=formatting.date(row.status_on))
                    if row.status_on
                    else ""
                )
                intro = [
                    f"{row.endorser_name} → {row.target_name}",
                    self.tr("Now {status}{since}.").format(
                        status=row.status.label.lower(), since=since
                    ),
                ]
        return intro

    def _build_fields(self) -> None:
        """Who endorses what (each with its kind switch), the status and what goes with it."""
        self.endorser_kind, self.endorser_is_org, self.endorser_is_person = _kind_switch(
            self, self.tr("Organization"), self.tr("Person")
        )
        self.endorser = _choice_combo(self.tr("Type or choose who endorses"))
        self.endorser.setAccessibleName(self.tr("Who endorses"))
        self.target_kind, self.target_is_campaign, self.target_is_org = _kind_switch(
            self, self.tr("Campaign"), self.tr("Organization")
        )
        self.target = _choice_combo(self.tr("Type or choose what is endorsed"))
        self.target.setAccessibleName(self.tr("What is endorsed"))
        self.status = QComboBox()
        for status in EndorsementStatus:
            self.status.addItem(status_swatch(status), status.label, status)
        self.condition = QLineEdit()
        self.condition.setPlaceholderText(self.tr("We will need to see the full text first"))
        self.date = date_edit()
        self.date.setText(clock.today().isoformat())
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What was said, by whom, where"))
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("https://… (a statement, a post, minutes)"))
        self.public = QCheckBox(self.tr("Public: may be named in the coalition's materials"))
        self.public.setChecked(True)

    def _build_form(self) -> QFormLayout:
        """The form's rows, in the order Tab walks them; the parties only when recording."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        endorser_row = self._with_switch(
            self.endorser_is_org, self.endorser_is_person, self.endorser
        )
        target_row = self._with_switch(self.target_is_campaign, self.target_is_org, self.target)
        form.addRow(self.tr("&Endorser"), self.field_box("endorser", endorser_row))
        form.addRow(self.tr("End&orses"), self.field_box("target", target_row))
        form.addRow(self.tr("&Status"), self.field_box("status", self.status))
        form.addRow(self.tr("&Condition"), self.field_box("condition", self.condition))
        form.addRow(self.tr("&Date"), self.field_box("status_on", self.date))
        form.addRow(self.tr("&Note"), self.field_box("note", self.note))
        form.addRow(self.tr("So&urce"), self.field_box("source_url", self.source))
        form.addRow("", self.public)
        for party_row in (0, 1):  # the heading names them: they cannot change
            form.setRowVisible(party_row, self._base is None)
        # The error of a party marks its combo, not the row that also holds the switch.
        self._fields.update(endorser=self.endorser, target=self.target)
        self.date.setToolTip(self.tr("The day this status was given (YYYY-MM-DD)"))
        self.note.setToolTip(self.tr("Kept in the history of this endorsement, beside this status"))
        self.condition.setToolTip(
            self.tr("What must happen first; only for a conditional endorsement")
        )
        return form

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save") if self._base is not None else self.tr("Record"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self, intro: list[str], form: QFormLayout) -> None:
        """The heading of a recorded endorsement, the form and the buttons, top to bottom."""
        layout = QVBoxLayout(self)
        for number, line in enumerate(intro):
            label = QLabel(line)
            label.setWordWrap(True)
            if number == 0:
                label.setStyleSheet("font-weight: bold;")
            layout.addWidget(label)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _field(self, key: str, widget: QWidget) -> QWidget:
        return self.field_box(key, widget)

    @staticmethod
    def _with_switch(first: QRadioButton, second: QRadioButton, combo: QComboBox) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(first)
        layout.addWidget(second)
        layout.addWidget(combo, 1)
        return row

    def _fill_endorsers(self, selected: str | None) -> None:
        people = self.endorser_is_person.isChecked()
        self.endorser.set_choices(self._people if people else self._organizations, selected)

    def _fill_targets(self, selected: str | None) -> None:
        campaigns = self.target_is_campaign.isChecked()
        self.target.set_choices(self._campaigns if campaigns else self._organizations, selected)

    def _endorser_kind_toggled(self, _id: int, checked: bool) -> None:
        if checked:  # both buttons of the switch report a toggle: fill once
            self._fill_endorsers(None)

    def _target_kind_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._fill_targets(None)

    def _show(self, data: EndorsementInput) -> None:
        self.status.setCurrentIndex(self.status.findData(EndorsementStatus(data.status)))
        self.condition.setText(data.condition)
        self.source.setText(data.source_url)
        self.public.setChecked(data.is_public)
        self._status_chosen()
        self.status.setFocus()

    def _status_chosen(self, *_: object) -> None:
        conditional = self.status.currentData() == EndorsementStatus.CONDITIONAL
        self.condition.setEnabled(conditional)

    # --- saving --------------------------------------------------------------------------

    def collect(self) -> EndorsementInput:
        if self._base is not None:
            parties = self._base
        else:
            who, what = self.endorser.chosen_id(), self.target.chosen_id()
            person = self.endorser_is_person.isChecked()
            campaign = self.target_is_campaign.isChecked()
            parties = EndorsementInput(
                endorser_org_id=None if person else who,
                endorser_person_id=who if person else None,
                campaign_id=what if campaign else None,
                target_org_id=None if campaign else what,
            )
        return replace(
            parties,
            status=self.status.currentData(),
            condition=self.condition.text() if self.condition.isEnabled() else "",
            status_on=self.date.text(),
            note=self.note.text(),
            source_url=self.source.text(),
            is_public=self.public.isChecked(),
        )

    def accept(self) -> None:
        """Save through the service; on a problem, say it beside the field and stay open."""
        if self.read_only:
            return
        self.clear_problems()
        if self._base is None and (several := self.endorser.namesakes()):
            self.show_problems(
                {
                    "endorser": self.tr(
                        "%1 records are called “%2”: choose one from the list, where each "
                        "shows its e-mail or group."
                    )
                    .replace("%1", str(several))
                    .replace("%2", self.endorser.currentText().strip())
                }
            )
            return
        data = self.collect()
        who = self._who or self.endorser.currentText().strip()
        try:
            if self.endorsement_id is None:
                label = self.tr("Record endorsement by {who}").format(who=who)
                row = self.ctx.run(endorsements.record_endorsement, data, label=label)
            else:
                label = self.tr("Change endorsement by {who} to {status}").format(
                    who=who, status=status_text(data.status).lower()
                )
                row = self.ctx.run(
                    endorsements.update_endorsement, self.endorsement_id, data, label=label
                )
        except CoalitionError as exc:
            self.show_error(exc)
            return
        self.endorsement_id = row.id
        self.saved.emit(row.id)
        super().accept()


class EndorsementHistoryDialog(QDialog):
    """Every status an endorsement has had, newest first, and the way to give it a new one.

    It follows the database while open: a change made elsewhere, or undone, shows at once.
    """

    COLUMNS = (
        str(QT_TRANSLATE_NOOP("EndorsementHistoryDialog", "Date")),
        str(QT_TRANSLATE_NOOP("EndorsementHistoryDialog", "Status")),
        str(QT_TRANSLATE_NOOP("EndorsementHistoryDialog", "Condition")),
        str(QT_TRANSLATE_NOOP("EndorsementHistoryDialog", "Note")),
    )

    def __init__(self, ctx: AppContext, endorsement_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.endorsement_id = endorsement_id
        self.last_dialog: EndorsementDialog | None = None
        self.setWindowTitle(self.tr("Endorsement history"))
        self.resize(640, 380)

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.status_chip = QLabel()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setOpenExternalLinks(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        now = QHBoxLayout()
        now.addWidget(self.status_chip)
        now.addWidget(self.summary, 1)

        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setItemDelegate(StatusDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        self.change_button = QPushButton(self.tr("Change status…"))
        self.change_button.setToolTip(
            self.tr("Give this endorsement a new status; the history keeps the old one")
        )
        self.change_button.clicked.connect(self.change_status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.change_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(now)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        ctx.changed.connect(self._on_changed)
        self.reload()
        self.change_button.setFocus()

    def reload(self) -> None:
        try:
            with self.ctx.reading() as session:
                row = endorsements.get_endorsement(session, self.endorsement_id)
                heading = f"{row.endorser_name} → {row.target_name}"
                status, condition, since = row.status, row.condition, row.status_on
                source, public = row.source_url, row.is_public
                events = [(e.on, e.status, e.condition, e.note) for e in reversed(row.events)]
        except NotFoundError:
            self.summary.setText(
                self.tr(
                    "This endorsement no longer exists: it was deleted, or its recording undone."
                )
            )
            self.status_chip.hide()
            self.table.setRowCount(0)
            self.change_button.setEnabled(False)
            return
        self.heading.setText(heading)
        self.status_chip.setText(status_text(status))
        self.status_chip.setStyleSheet(status_chip_style(status))
        self.status_chip.show()
        parts = [self.tr("since {day}").format(day=formatting.date(since)) if since else ""]
        if condition:
            parts.append(
                self.tr("on condition: “{condition}”").format(condition=html.escape(condition))
            )
        if source:
            parts.append(f'<a href="{html.escape(source)}">' + self.tr("source") + "</a>")
        if not public:
            parts.append(self.tr("not public"))
        self.summary.setText(" · ".join(p for p in parts if p))
        self.change_button.setEnabled(True)
        self.table.setRowCount(len(events))
        for number, (on, event_status, event_condition, note) in enumerate(events):
            status_item = QTableWidgetItem(status_text(event_status))
            status_item.setBackground(status_background(event_status))
            status_item.setForeground(status_foreground(event_status))
            items = (
                QTableWidgetItem(formatting.date(on)),
                status_item,
                QTableWidgetItem(event_condition),
                QTableWidgetItem(note),
            )
            for column, item in enumerate(items):
                item.setToolTip(item.text())
                self.table.setItem(number, column, item)
        self.table.resizeRowsToContents()

    def change_status(self) -> EndorsementDialog:
        """Open the status dialog without blocking (so that it can be driven and tested)."""
        dialog = EndorsementDialog(self.ctx, self.endorsement_id, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _on_changed(self, tables: set[str]) -> None:
        if tables & ENDORSEMENT_TABLES:
            self.reload()
