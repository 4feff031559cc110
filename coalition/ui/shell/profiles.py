"""Who is at the keyboard: the first-start question, switching profiles, the title bar.

A database on which nobody is set up opens with :class:`ProfileDialog` asking for a
name, an e-mail address, the organization acted for and the role, before anything can
be changed.  Cancelling it keeps the window open for reading only: someone handed a
laptop can still look something up, and nothing is ever credited to nobody (every
change is refused, saying how to set a profile, until one is set).  File → Switch
profile… (:class:`SwitchProfileDialog`) changes hands on a laptop shared at an event, or
adds another organizer; the title bar names who is at work.

Profiles are written straight through their service, not on the undo stack: undo takes
back changes to the coalition's records, not who is using the laptop.  Switching clears
the undo stack, so that nobody undoes what someone else did.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coalition import APP_NAME
from coalition.common.errors import CoalitionError, ValidationError
from coalition.common.i18n import shown
from coalition.directory import profiles
from coalition.directory import records as directory
from coalition.store.models import MODEL_BY_TABLE
from coalition.ui.common.colours import error_style
from coalition.ui.common.context import AppContext
from coalition.ui.common.widgets import bold, muted

USER_ROLE = Qt.ItemDataRole.UserRole


class ProfileDialog(QDialog):
    """Who is using Coalition: name, e-mail, organization (one of the coalition's, or a
    new one typed in) and role.  Accepting sets the profile up and acts as it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, first: bool = True):
        super().__init__(parent)
        self.ctx = ctx
        self.saved: str | None = None  # the profile's id, once set up
        self.setObjectName("profileDialog")
        self.setWindowTitle(
            self.tr("Who is using {app}?").format(app=APP_NAME)
            if first
            else self.tr("Add a profile")
        )
        layout = QVBoxLayout(self)
        heading = self.tr("Who is using {app}?") if first else self.tr("Another organizer")
        layout.addWidget(bold(QLabel(heading.format(app=APP_NAME)), 1.2))
        intro = muted(
            self.tr(
                "Every change you make is credited to you and the organization you act "
                "for: in each record's history, and on the coalition's server. This "
                "computer's login is never used."
            )
        )
        intro.setObjectName("profileIntro")
        layout.addWidget(intro)

        self.name = QLineEdit()
        self.name.setObjectName("profileName")
        self.name.setPlaceholderText(self.tr("Your name, as others know you"))
        self.email = QLineEdit()
        self.email.setObjectName("profileEmail")
        self.email.setPlaceholderText(self.tr("name@example.org"))
        self.organization = QComboBox()
        self.organization.setObjectName("profileOrganization")
        self.organization.setAccessibleName(self.tr("Your organization"))
        self.organization.setEditable(True)
        self.organization.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organization.addItem(self.tr("— the coalition itself (coordinators) —"), "")
        with ctx.reading() as session:
            choices = directory.organization_choices(session)
        for org_id, name in choices:
            self.organization.addItem(name, org_id)
        self.organization.setCurrentIndex(-1)
        line = self.organization.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Choose one, or type a new organization's name"))
        self.role = QComboBox()
        self.role.setObjectName("profileRole")
        for role, text in (
            (profiles.MEMBER, self.tr("Member: changes its own organization's records")),
            (
                profiles.DELEGATE,
                self.tr("Delegate: casts its organization's ballot; changes its records"),
            ),
            (profiles.COORDINATOR, self.tr("Coordinator: the coalition's staff, changes all")),
            (profiles.OBSERVER, self.tr("Observer: reads, changes nothing")),
        ):
            self.role.addItem(text, role)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors: dict[str, QLabel] = {}
        for key, label, field in (
            ("name", self.tr("&Name"), self.name),
            ("email", self.tr("&E-mail"), self.email),
            ("organization", self.tr("&Organization"), self.organization),
            ("role", self.tr("&Role"), self.role),
        ):
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(field)
            error = QLabel()
            error.setStyleSheet(error_style())
            error.setWordWrap(True)
            error.hide()
            column.addWidget(error)
            self.errors[key] = error
            form.addRow(label, box)
        layout.addLayout(form)
        if first:
            hint = muted(
                self.tr(
                    "Only looking? Choose “Only look around”: the window opens for reading, "
                    "and File → Switch profile… sets you up later."
                )
            )
            hint.setObjectName("profileHint")
            layout.addWidget(hint)
        layout.addStretch(1)
        self.general_error = QLabel()
        self.general_error.setStyleSheet(error_style())
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        layout.addWidget(self.general_error)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(
            self.tr("Continue") if first else self.tr("Add and switch"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.cancel_button = buttons.addButton(
            self.tr("Only look around") if first else self.tr("Cancel"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def organization_text(self) -> str:
        """The organization chosen (its id) or typed (its name; a new one is added)."""
        text = self.organization.currentText().strip()
        index = self.organization.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.organization.itemData(index) or "")
        return text

    def _show_problems(self, problems: dict[str, str]) -> None:
        for key, label in self.errors.items():
            text = shown(problems.get(key, ""))
            label.setText(text[:1].upper() + text[1:] if text else "")
            label.setVisible(bool(text))
        self.adjustSize()  # room for the sentences, the fields keeping their height

    def accept(self) -> None:
        data = profiles.ProfileInput(
            name=self.name.text(),
            email=self.email.text(),
            organization=self.organization_text(),
            role=str(self.role.currentData()),
        )
        self.general_error.hide()
        try:
            with self.ctx.db.session() as session:
                self.saved = profiles.save_profile(session, data).id
        except ValidationError as exc:
            self._show_problems(exc.problems)
            return
        except CoalitionError as exc:
            self._show_problems({})
            self.general_error.setText(shown(exc))
            self.general_error.show()
            return
        acting_changed(self.ctx)
        super().accept()


class SwitchProfileDialog(QDialog):
    """The profiles on this database: switch to one, or add another organizer."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("switchProfileDialog")
        self.setWindowTitle(self.tr("Switch profile"))
        self.added: ProfileDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(bold(QLabel(self.tr("Who is using this laptop?")), 1.1))
        layout.addWidget(
            muted(
                self.tr(
                    "Changes are credited to the profile chosen here. On a laptop shared at "
                    "an event, each organizer switches to their own."
                )
            )
        )
        self.list = QListWidget()
        self.list.setObjectName("profileList")
        self.list.itemDoubleClicked.connect(lambda _item: self.switch())
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add a profile…"))
        self.add_button.clicked.connect(self.add)
        row.addWidget(self.add_button)
        row.addStretch(1)
        self.switch_button = QPushButton(self.tr("&Switch"))
        self.switch_button.setDefault(True)
        self.switch_button.clicked.connect(self.switch)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        row.addWidget(self.switch_button)
        row.addWidget(close)
        layout.addLayout(row)
        self.resize(480, 320)
        self.fill()

    def fill(self) -> None:
        self.list.clear()
        with self.ctx.reading() as session:
            rows = [
                (p.id, p.active, profiles.describe(session, p), p.email, p.role)
                for p in profiles.list_profiles(session)
            ]
        for profile_id, active, who, email, role in rows:
            text = self.tr("{who}, {email}, {role}").format(who=who, email=email, role=role)
            if active:
                text = self.tr("{profile} (using now)").format(profile=text)
            item = QListWidgetItem(text)
            item.setData(USER_ROLE, profile_id)
            self.list.addItem(item)
            if active:
                self.list.setCurrentItem(item)
        self.switch_button.setEnabled(bool(rows))

    def switch(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        with self.ctx.db.session() as session:
            profiles.switch_profile(session, str(item.data(USER_ROLE)))
        acting_changed(self.ctx)
        self.accept()

    def add(self) -> ProfileDialog:
        """Ask for another organizer's details (a dialog of its own); once added, they
        are the one acting."""
        self.added = ProfileDialog(self.ctx, self, first=False)
        self.added.accepted.connect(self.accept)
        self.added.open()
        return self.added


def acting_changed(ctx: AppContext) -> None:
    """Someone else acts from now on: what they may see and change is theirs, and what
    the one before did is not theirs to undo."""
    ctx.remember_identity()
    ctx.undo_stack.clear()
    ctx.changed.emit(set(MODEL_BY_TABLE))


def who_is_acting(ctx: AppContext) -> str:
    """'Dana Reyes (Red Oregon)', or "" when nobody is set up on the database."""
    with ctx.reading() as session:
        profile = profiles.active_profile(session)
        return profiles.describe(session, profile) if profile is not None else ""


def activate(ctx: AppContext) -> bool:
    """Act as the profile active on ``ctx``'s database; False when nobody is set up."""
    with ctx.db.reading() as session:
        acting = profiles.activate(session) is not None
    ctx.remember_identity()
    return acting
