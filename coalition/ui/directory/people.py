"""The People screen: everyone in the coalition, how to reach them, and whom they speak for.

A person's memberships (their organizations, roles, and the state they represent) are
what the coalition's goal is counted in, so the editor shows them under the person and
lets them be added, changed and removed in place, each change its own undoable step.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coalition.common.errors import CoalitionError, ValidationError
from coalition.common.i18n import shown
from coalition.common.states import BY_CODE, STATES, normalize_state
from coalition.directory import access, choices
from coalition.directory import records as directory
from coalition.directory.deletion import delete_person
from coalition.directory.records import MembershipInput, PersonInput
from coalition.search.listing import PEOPLE
from coalition.ui.common import deletion, editing, formatting
from coalition.ui.common.colours import error_style
from coalition.ui.common.context import AppContext
from coalition.ui.common.fieldproblems import FieldProblems, ask_to_confirm
from coalition.ui.common.listscreen import ListScreen
from coalition.ui.common.pickers import set_zone, time_zone_box
from coalition.ui.common.private_box import PrivateBox
from coalition.ui.common.readonly import VisibilityChoice
from coalition.ui.common.recordeditor import RecordEditor
from coalition.ui.common.widgets import NameChooser, date_edit, state_edit
from coalition.ui.directory import duplicates, merge_people

_EMAIL_SEPARATORS = re.compile(r"[\n,;]")
NO_MEMBERSHIP_BEFORE_SAVE = "Save this person first; then you can add their memberships."


def _iso(value: dt.date | str | None) -> str:
    return value.isoformat() if isinstance(value, dt.date) else (value or "")


@dataclass(frozen=True)
class MembershipRow:
    """A membership as the editor's table shows it, kept so Edit starts from what is shown."""

    id: str
    organization_name: str
    organization_label: str  # the short name when it has one: the table is narrow
    data: MembershipInput


class MembershipDialog(FieldProblems, editing.GuardedDialog):
    """Add or change one membership: stays open, with the problems marked, until it is valid."""

    def __init__(
        self,
        ctx: AppContext,
        person_name: str,
        data: MembershipInput,
        membership_id: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.person_name = person_name
        self.person_id = data.person_id
        self.membership_id = membership_id
        title = (
            self.tr("Add a membership — {person_name}")
            if membership_id is None
            else self.tr("Edit a membership — {person_name}")
        )
        self.setWindowTitle(title.format(person_name=person_name))
        self.setMinimumWidth(420)
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        # Nothing chosen for the person: a new membership starts with an empty choice.
        self.organization = NameChooser(self.tr("Type or choose the organization"))
        with ctx.reading() as session:
            self.organization.set_choices(
                choices.organizations(session), data.organization_id or None
            )
        self._add("organization_id", self.tr("&Organization"), self.organization)
        self.role = QLineEdit(data.role)
        self.role.setPlaceholderText(self.tr("state representative, chair, member…"))
        self._add("role", self.tr("&Role"), self.role)
        self.since = date_edit()
        self.since.setText(_iso(data.since))
        self._add("since", self.tr("&Since"), self.since)
        self.until = date_edit()
        self.until.setText(_iso(data.until))
        self.until.setToolTip(self.tr("Leave empty while the membership lasts"))
        self._add("until", self.tr("&Until"), self.until)
        self.represents = state_edit(self.tr("CA, if they speak for a state"))
        self.represents.setText(data.represents_state)
        self.represents.setToolTip(
            self.tr(
                "The state this person represents the organization in; "
                "it counts toward the states goal"
            )
        )
        self._add("represents_state", self.tr("Re&presents"), self.represents)

        self.general_error = QLabel()
        self.general_error.setStyleSheet(error_style())
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        button = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(button.Ok | button.Cancel)
        self.ok_button = self.buttons.button(button.Ok)
        self.ok_button.setText(self.tr("Add") if membership_id is None else self.tr("Save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        if self.organization.count() == 0:
            message = self.tr("there are no organizations yet: add one on the Organizations screen")
            self.show_problems({"organization_id": message})
            self.ok_button.setEnabled(False)
        self.remember_input()  # Escape or closing asks before throwing typed input away

    def _add(self, key: str, label: str, widget: QWidget) -> None:
        self.form.addRow(label, self.field_box(key, widget))

    def collect(self) -> MembershipInput:
        return MembershipInput(
            person_id=self.person_id,
            organization_id=self.organization.chosen_id() or "",
            role=self.role.text(),
            since=self.since.text(),
            until=self.until.text(),
            represents_state=self.represents.text(),
        )

    def accept(self) -> None:
        """Store the membership; close only when the service took it."""
        self.clear_problems()
        data = self.collect()
        if not data.organization_id:
            self.show_problems(
                {"organization_id": self.tr("choose the organization this membership is in")}
            )
            return
        organization = self.organization.currentText()
        try:
            if self.membership_id is None:
                label = self.tr("Add {person} to {organization}").format(
                    person=self.person_name, organization=organization
                )
                self.ctx.run(directory.add_membership, data, label=label)
            else:
                self.ctx.run(
                    directory.update_membership,
                    self.membership_id,
                    data,
                    label=self.tr("Edit {person}'s membership in {organization}").format(
                        person=self.person_name, organization=organization
                    ),
                )
        except CoalitionError as exc:
            self.show_error(exc)
            return
        super().accept()


class PersonEditor(RecordEditor):
    kind_label = "person"
    record_table = "person"
    MEMBERSHIP_HEADERS = (
        str(QT_TRANSLATE_NOOP("PersonEditor", "Organization")),
        str(QT_TRANSLATE_NOOP("PersonEditor", "Role")),
        str(QT_TRANSLATE_NOOP("PersonEditor", "Since")),
        str(QT_TRANSLATE_NOOP("PersonEditor", "Until")),
        str(QT_TRANSLATE_NOOP("PersonEditor", "Represents")),
    )

    def kind_text(self) -> str:
        return self.tr("person")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self._suggested_zone = ""
        self._person_name = ""
        self.memberships_shown: list[MembershipRow] = []
        self.name = self.line("name", self.tr("&Name"), self.tr("Jane Doe"))
        self.emails = self.text(
            "emails",
            self.tr("&E-mails"),
            self.tr("jane@example.org\n(one address per line)"),
            height=64,
        )
        self.phones = self.text(
            "phones",
            self.tr("&Phones"),
            self.tr("+1 916-555-0142\n(one number per line)"),
            height=64,
        )
        self.state = state_edit()
        self.add_field("state", self.tr("&State"), self.state)
        self.state.textChanged.connect(self._suggest_time_zone)
        # Where they live, as a sign-up at a table gives it (the People list filters on
        # neither: they are for reaching them, and for a group's own lists).
        self.postal_code = self.line("postal_code", self.tr("&ZIP code"), self.tr("94110"))
        self.postal_code.setMaxLength(10)
        self.county = self.line("county", self.tr("Co&unty"), self.tr("Fresno"))
        self.county.setMaxLength(80)
        self.language = self.line(
            "language",
            self.tr("&Language"),
            self.tr("en, es…"),
            self.tr("A language code: en, es, en-US"),
        )
        self.time_zone = time_zone_box()
        self.add_field(
            "time_zone",
            self.tr("&Time zone"),
            self.time_zone,
            self.tr("Times are shown to this person in this zone"),
        )
        self.time_zone.editTextChanged.connect(self.mark_dirty)
        self.notes = self.text("notes", self.tr("N&otes"))
        self.visibility = VisibilityChoice()
        self.add_field("visibility", self.tr("&Who can see"), self.visibility)
        self.private = PrivateBox(ctx, "person")
        self.add_field("private", "", self.private)

        self.memberships_title = QLabel(self.tr("Memberships"))
        self.memberships_title.setStyleSheet("font-weight: bold;")
        self.memberships = QTableWidget(0, len(self.MEMBERSHIP_HEADERS))
        self.memberships.setObjectName("membershipsTable")
        self.memberships_title.setBuddy(self.memberships)
        self.memberships.setHorizontalHeaderLabels([self.tr(h) for h in self.MEMBERSHIP_HEADERS])
        self.memberships.verticalHeader().hide()
        self.memberships.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.memberships.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.memberships.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.memberships.setAlternatingRowColors(True)
        self.memberships.setWordWrap(False)
        self.memberships.verticalHeader().setDefaultSectionSize(
            self.memberships.fontMetrics().height() + 8  # as dense as the list beside it
        )
        header = self.memberships.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.memberships_hint = QLabel(NO_MEMBERSHIP_BEFORE_SAVE)
        self.memberships_hint.setWordWrap(True)
        self.memberships_hint.setEnabled(False)  # drawn greyed, like a placeholder
        self.memberships.itemSelectionChanged.connect(self._update_membership_buttons)
        self.memberships.itemDoubleClicked.connect(lambda _item: self.edit_membership())
        self.add_membership_button = QPushButton(self.tr("&Add…"))
        self.add_membership_button.clicked.connect(self.add_membership)
        self.edit_membership_button = QPushButton(self.tr("Ed&it…"))
        self.edit_membership_button.setToolTip(self.tr("Change the selected membership"))
        self.edit_membership_button.clicked.connect(self.edit_membership)
        self.remove_membership_button = QPushButton(self.tr("&Remove"))
        self.remove_membership_button.setToolTip(
            self.tr("Remove the selected membership (asks first)")
        )
        self.remove_membership_button.clicked.connect(self.remove_membership)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_membership_button)
        buttons.addWidget(self.edit_membership_button)
        buttons.addWidget(self.remove_membership_button)
        buttons.addStretch(1)
        self.extra.addSpacing(6)
        self.extra.addWidget(self.memberships_title)
        self.extra.addWidget(self.memberships)
        self.extra.addWidget(self.memberships_hint)
        self.extra.addLayout(buttons)

        self.saved.connect(self._after_saved)
        self.duplicates = duplicates.attach(self)
        # Memberships are saved on their own, so the table follows every change to them,
        # even while the person's own fields hold unsaved edits.
        ctx.changed.connect(self._memberships_changed)

    # --- record ----------------------------------------------------------------------

    def fill(self, record_id: str | None) -> None:
        self._suggested_zone = ""
        self.duplicates.reset()
        if record_id is None:
            self.heading.setText(self.tr("New person"))
            with self.ctx.reading() as session:
                owner = access.new_owner_label(session)
                # What the rules make it (a charity's people are private), until changed.
                data = PersonInput(name="", visibility=access.new_visibility(session, "person"))
        else:
            with self.ctx.reading() as session:
                person = directory.get_person(session, record_id)
                data = directory.person_input(person)
                owner = access.record_owner_label(session, person)
            self.heading.setText(data.name)
        self._person_name = data.name
        self.name.setText(data.name)
        self.emails.setPlainText("\n".join(data.emails))
        self.phones.setPlainText("\n".join(data.phones))
        self.state.setText(data.state)
        self.postal_code.setText(data.postal_code or "")
        self.county.setText(data.county or "")
        self.language.setText(data.language)
        set_zone(self.time_zone, data.time_zone)
        self.notes.setPlainText(data.notes)
        self.visibility.show_choice(data.visibility, owner)
        self.private.show_for(record_id)
        self.fill_memberships()

    def collect(self) -> PersonInput:
        return PersonInput(
            name=self.name.text(),
            # People paste lists from mail clients ("a@x.org, b@y.org"), not only lines.
            emails=_EMAIL_SEPARATORS.split(self.emails.toPlainText()),
            phones=self.phones.toPlainText().splitlines(),
            state=self.state.text(),
            language=self.language.text(),
            time_zone=self.time_zone.currentText(),
            notes=self.notes.toPlainText(),
            visibility=self.visibility.choice(),
            postal_code=self.postal_code.text(),
            county=self.county.text(),
        )

    def submit(self) -> str:
        data = self.collect()
        private = self.private.isChecked()  # read first: saving may refresh the form
        if self.record_id is None:
            person = self.ctx.run(
                directory.create_person,
                data,
                label=self.tr("Add {name}").format(name=data.name.strip()),
            )
        else:
            person = self.ctx.run(
                directory.update_person,
                self.record_id,
                data,
                label=self.tr("Edit {name}").format(name=data.name.strip()),
            )
        self.private.store(person.id, private)
        return person.id

    def save(self) -> bool:
        """Save, once whoever looks like this person has been answered (open, or save anyway)."""
        if (self.dirty or self.record_id is None) and not self.duplicates.allows_saving(
            self.ctx, self.collect(), self.record_id
        ):
            # Said, not silent: what is wrong with the fields first (a name too long, no
            # such state), then the way on (Ctrl+S again did nothing at all).
            self.clear_problems()
            try:
                self.collect().validated()
            except ValidationError as exc:
                self.show_error(exc)
                return False
            self.duplicates.save_button.setFocus()
            self.ctx.message.emit(
                self.tr(
                    "This person may be in the directory already: open them above, or Save anyway."
                )
            )
            return False
        return super().save()

    def _after_saved(self, _record_id: str) -> None:
        self._person_name = self.name.text().strip()
        self.heading.setText(self._person_name)
        self._update_membership_buttons()

    def _suggest_time_zone(self, text: str) -> None:
        """Offer the state's zone while the field is blank or still shows the last guess.

        Most people live in their state's main zone, and the weekly call is shown in each
        person's zone, so a guess saves typing; a zone chosen by hand is never replaced.
        """
        if self._loading:
            return
        try:
            code = normalize_state(text)
        except ValueError:
            return
        current = self.time_zone.currentText().strip()
        if not code or (current and current != self._suggested_zone):
            return
        self._suggested_zone = BY_CODE[code].time_zone
        set_zone(self.time_zone, self._suggested_zone)

    # --- memberships --------------------------------------------------------------------

    def fill_memberships(self) -> None:
        """Show the person's memberships as stored now."""
        rows: list[MembershipRow] = []
        if self.record_id is not None:
            with self.ctx.reading() as session:
                rows = [
                    MembershipRow(
                        m.id,
                        m.organization.name,
                        m.organization.short_name or m.organization.name,
                        MembershipInput(
                            person_id=m.person_id,
                            organization_id=m.organization_id,
                            role=m.role,
                            since=m.since,
                            until=m.until,
                            represents_state=m.represents_state,
                        ),
                    )
                    for m in directory.memberships_of_person(session, self.record_id)
                ]
        self.memberships_shown = rows
        self.memberships.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = (
                row.organization_label,
                row.data.role,
                formatting.date(row.data.since)
                if isinstance(row.data.since, dt.date)
                else _iso(row.data.since),
                formatting.date(row.data.until)
                if isinstance(row.data.until, dt.date)
                else _iso(row.data.until),
                row.data.represents_state,
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(row.organization_name if c == 0 else value)
                self.memberships.setItem(r, c, item)
        self._fit_memberships()
        self._update_membership_buttons()

    def _fit_memberships(self) -> None:
        """Size the table to its rows: the form scrolls already, a second scroll bar would nest."""
        table = self.memberships
        table.setVisible(self.record_id is not None)
        self.memberships_hint.setVisible(self.record_id is None)
        rows = min(max(table.rowCount(), 2), 6)
        chrome = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        table.setFixedHeight(chrome + rows * table.verticalHeader().defaultSectionSize())

    def _memberships_changed(self, tables: set[str]) -> None:
        if tables & {"membership", "organization"} and self.record_id is not None:
            self.fill_memberships()

    def set_read_only(self, reason: str | None) -> None:
        super().set_read_only(reason)
        self._update_membership_buttons()

    def _update_membership_buttons(self) -> None:
        if self.read_only:  # another group's person: their memberships are theirs too
            for button in (
                self.add_membership_button,
                self.edit_membership_button,
                self.remove_membership_button,
            ):
                button.setEnabled(False)
            return
        saved = self.record_id is not None
        self.add_membership_button.setEnabled(saved)
        self.add_membership_button.setToolTip(
            self.tr("Add this person to an organization") if saved else NO_MEMBERSHIP_BEFORE_SAVE
        )
        chosen = self.selected_membership() is not None
        self.edit_membership_button.setEnabled(chosen)
        self.remove_membership_button.setEnabled(chosen)

    def selected_membership(self) -> MembershipRow | None:
        rows = self.memberships.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.memberships_shown):
            return None
        return self.memberships_shown[rows[0].row()]

    def add_membership(self) -> MembershipDialog | None:
        if self.record_id is None:
            return None
        return self._open_dialog(MembershipInput(self.record_id, organization_id=""), None)

    def edit_membership(self) -> MembershipDialog | None:
        row = self.selected_membership()
        if row is None:
            return None
        return self._open_dialog(row.data, row.id)

    def _open_dialog(self, data: MembershipInput, membership_id: str | None) -> MembershipDialog:
        """Show the dialog with open(), not exec(): window-modal without a nested event loop,
        so the dialog is returned to whoever asked (a test fills it in as a person would)."""
        dialog = MembershipDialog(self.ctx, self._person_name, data, membership_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def remove_membership(self) -> bool:
        row = self.selected_membership()
        if row is None:
            return False
        what = self.tr("Remove {person} from {organization}").format(
            person=self._person_name, organization=row.organization_name
        )
        if not self.confirm(
            self.tr("{what}?").format(what=what), self.tr("You can undo this with Ctrl+Z.")
        ):
            return False
        try:
            self.ctx.run(directory.remove_membership, row.id, label=what)
        except CoalitionError as exc:
            self.ctx.error.emit(shown(exc))
            self.fill_memberships()
            return False
        return True

    def confirm(self, question: str, detail: str = "") -> bool:
        return ask_to_confirm(self, question, detail, action=self.tr("Remove"))


class PeopleScreen(ListScreen):
    editor: PersonEditor
    merge_button: QToolButton  # put beside New and Delete by merge_people.install
    title = "People"
    noun = (
        str(QT_TRANSLATE_NOOP("ListScreen", "person")),
        str(QT_TRANSLATE_NOOP("ListScreen", "people")),
    )
    spec = PEOPLE
    empty_hint = str(
        str(
            QT_TRANSLATE_NOOP(
                "ListScreen", "No people yet. Press Ctrl+N to add one, or Ctrl+I to import a CSV."
            )
        )
    )
    search_hint = str(QT_TRANSLATE_NOOP("ListScreen", "name, e-mail, organization, notes"))
    tables: ClassVar[set[str]] = {
        "person",
        "person_email",
        "person_phone",
        "membership",
        "organization",
    }
    # What the columns usually hold, to size them in the font in use until the person
    # resizes them; e-mails are cut short a little so that the organizations still show.
    column_samples: ClassVar[dict[str, str]] = {
        "name": "Marguerite Olsen-W",
        "email": "bethany.culpepper@exa",
        "phone": "+1 916-555-0142",
        "state": "WY",
        "organizations": "Red Pennsylvania",
    }
    list_share = (640, 430)

    def make_editor(self) -> PersonEditor:
        return PersonEditor(self.ctx)

    def add_filters(self) -> None:
        self.state_filter = self.add_filter_combo(
            "state", self.tr("All states"), [(s.name, s.code) for s in STATES]
        )
        self.organization_filter = self.add_filter_combo(
            "organization", self.tr("All organizations"), self._organization_choices()
        )
        self.organization_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.organization_filter.setMinimumContentsLength(18)
        self.representatives_only = QCheckBox(self.tr("Representatives only"))
        self.representatives_only.setObjectName("filter_representatives")
        self.representatives_only.setToolTip(
            self.tr("Only the people who represent an organization in a state")
        )
        self.representatives_only.toggled.connect(self._representatives_only)
        self.filter_bar.addWidget(self.representatives_only)
        self.ctx.changed.connect(self._refill_organizations)
        merge_people.install(self)
        self.editor.duplicates.open_requested.connect(self.open_duplicate)

    def open_duplicate(self, person_id: str) -> None:
        """The person the editor's warning names, once what is typed is saved or let go."""
        if editing.may_leave(self, self):  # the screen answers for its editor
            self.open_record(person_id)

    def _representatives_only(self, on: bool) -> None:
        self._apply(lambda: self.model.set_filter("representatives", "1" if on else ""))

    def _organization_choices(self) -> list[tuple[str, str]]:
        with self.ctx.reading() as session:
            return [(name, org_id) for org_id, name in directory.organization_choices(session)]

    def _refill_organizations(self, tables: set[str]) -> None:
        """Keep the organization filter in step with the directory, keeping the choice."""
        if "organization" not in tables:
            return
        box = self.organization_filter
        chosen = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("All organizations"), "")
        for name, org_id in self._organization_choices():
            box.addItem(name, org_id)
        index = box.findData(chosen)
        box.setCurrentIndex(max(0, index))
        box.blockSignals(False)
        if index < 0:  # the organization filtered on is gone
            self._apply(lambda: self.model.set_filter("organization", ""))

    def delete_record(self, record_id: str) -> bool:
        used = deletion.delete_if_used(self, "person", record_id)
        if used is not None:  # others use it: asked whom to give that to, or to remove it
            return used
        with self.ctx.reading() as session:
            name = directory.get_person(session, record_id).name
            impact = directory.person_impact(session, record_id)
        parts = []
        if impact["memberships"]:
            parts.append(self.tr("%Ln memberships", "", impact["memberships"]))
        if impact["endorsements"]:
            parts.append(self.tr("%Ln endorsements they made", "", impact["endorsements"]))
        detail = (
            self.tr("This also deletes their {what}.").format(what=self.tr(" and ").join(parts))
            + " "
            if parts
            else ""
        )
        detail += self.tr("You can undo this with Ctrl+Z.")
        if not self.confirm(self.tr("Delete {name}?").format(name=name), detail):
            return False
        self.ctx.run(delete_person, record_id, label=self.tr("Delete {name}").format(name=name))
        return True
