"""The Organizations screen: every allied group, its chapters, pages, tags and members."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QWidget

from coalition.common import validation
from coalition.common.states import STATES
from coalition.directory import access
from coalition.directory import records as directory
from coalition.directory.deletion import delete_organization
from coalition.directory.records import OrganizationInput, SocialPageInput
from coalition.search.listing import ORGANIZATIONS
from coalition.store.models import Finance, LegalClass, OrgKind, OrgStatus
from coalition.ui.common import deletion, formatting
from coalition.ui.common.context import AppContext
from coalition.ui.common.listmodel import Formatter
from coalition.ui.common.listscreen import ListScreen
from coalition.ui.common.pickers import OrganizationPicker
from coalition.ui.common.private_box import PrivateBox
from coalition.ui.common.readonly import VisibilityChoice
from coalition.ui.common.recordeditor import RecordEditor
from coalition.ui.common.widgets import RowsEditor, date_edit, state_edit, tip_when_elided
from coalition.ui.directory.sharing_box import SharingBox


def _kind_label(value: str | None) -> str:
    return OrgKind(value).label if value else ""


def _status_label(value: str | None) -> str:
    return OrgStatus(value).label if value else ""


class OrganizationEditor(RecordEditor):
    kind_label = "organization"
    record_table = "organization"

    def kind_text(self) -> str:
        return self.tr("organization")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.name = self.line("name", self.tr("&Name"), self.tr("California National Party"))
        self.short_name = self.line("short_name", self.tr("S&hort name"), "CNP")
        self.kind = self.combo("kind", self.tr("&Kind"), [(k.label, k.value) for k in OrgKind])
        self.parent_org = OrganizationPicker(ctx)
        self.add_field("parent_id", self.tr("&Part of"), self.parent_org)
        self.home_state = self.add_field(
            "home_state", self.tr("&State or region"), state_edit(self.tr("CA, or a region"))
        )
        self.founded_on = self.add_field("founded_on", self.tr("&Founded"), date_edit())
        self.website = self.line("website", self.tr("&Website"), "https://example.org")
        self.status = self.combo(
            "status", self.tr("S&tatus"), [(s.label, s.value) for s in OrgStatus]
        )
        self.legal_class = self.combo(
            "legal_class",
            self.tr("&Legal class"),
            [(self.tr(c.label), c.value) for c in LegalClass],
        )
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.legal_class.setToolTip(
            self.tr(
                "What the law makes of the group; it decides what it shares by default "
                "(a 501(c)(3)'s contacts stay private to it)"
            )
        )
        self.finance = self.combo(
            "finance",
            self.tr("&Finance"),
            [
                (self.tr("Coordinated with the campaigns"), Finance.COORDINATED.value),
                (self.tr("Independent of the campaigns"), Finance.INDEPENDENT.value),
            ],
        )
        self.finance.setToolTip(
            self.tr("For campaign finance purposes: does the group coordinate with the campaigns?")
        )
        self.tags = self.line(
            "tags",
            self.tr("T&ags"),
            self.tr("founding partner, multi-state"),
            self.tr("Separate tags with commas"),
        )
        self.pages = RowsEditor(
            [self.tr("Platform"), self.tr("Address"), self.tr("Followers")], stretch=1
        )
        self.add_field("social_pages", self.tr("Social &pages"), self.pages)
        self.pages.edited.connect(self.mark_dirty)
        self.notes = self.text("notes", self.tr("N&otes"))
        self.visibility = VisibilityChoice()
        self.add_field("visibility", self.tr("&Who can see"), self.visibility)
        self.private = PrivateBox(ctx, "organization")
        self.add_field("private", "", self.private)
        self.members_title = QLabel(self.tr("Members"))
        self.members_title.setStyleSheet("font-weight: bold;")
        self.members = QListWidget()
        self.members.setMaximumHeight(160)
        self.members_title.setBuddy(self.members)
        self.members.setToolTip(self.tr("Double-click a member to open them"))
        tip_when_elided(self.members)
        self.extra.addWidget(self.members_title)
        self.extra.addWidget(self.members)
        self.sharing = SharingBox(ctx, self)
        self.extra.addWidget(self.sharing)

    def fill(self, record_id: str | None) -> None:
        self.members.clear()
        parent_name = ""
        if record_id is None:
            self.heading.setText(self.tr("New organization"))
            with self.ctx.reading() as session:
                owner = access.new_owner_label(session)
                visibility = access.new_visibility(session, "organization")
            data = OrganizationInput(name="", visibility=visibility)
            members: list[tuple[str, str]] = []
        else:
            with self.ctx.reading() as session:
                org = directory.get_organization(session, record_id)
                data = directory.organization_input(org)
                owner = access.record_owner_label(session, org)
                parent_name = org.parent.name if org.parent is not None else ""
                self.heading.setText(org.name)
                members = [
                    (
                        f"{m.person.name} — {m.role or 'member'}"
                        + (f" · represents {m.represents_state}" if m.represents_state else "")
                        + (f" (until {formatting.date(m.until)})" if m.until else ""),
                        m.person_id,
                    )
                    for m in directory.members_of(session, record_id)
                ]
        self.name.setText(data.name)
        self.short_name.setText(data.short_name)
        self.kind.setCurrentIndex(self.kind.findData(OrgKind(data.kind).value))
        self.parent_org.show_choice(data.parent_id, parent_name, exclude=record_id)
        self.home_state.setText(data.home_state)
        founded = validation.checked(data.founded_on)
        self.founded_on.setText(founded.isoformat() if founded else "")
        self.website.setText(data.website)
        self.status.setCurrentIndex(self.status.findData(OrgStatus(data.status).value))
        self.legal_class.setCurrentIndex(
            self.legal_class.findData(
                LegalClass(data.legal_class or LegalClass.INDEPENDENT_ALLY).value
            )
        )
        self.finance.setCurrentIndex(
            self.finance.findData(Finance(data.finance or Finance.INDEPENDENT).value)
        )
        self.visibility.show_choice(data.visibility, owner if record_id else data.name or owner)
        self.tags.setText(", ".join(data.tags))
        self.pages.set_rows(
            [
                [
                    p.platform,
                    p.url,
                    "" if (n := validation.checked(p.followers)) is None else formatting.number(n),
                ]
                for p in data.social_pages
            ]
        )
        self.notes.setPlainText(data.notes)
        self.private.show_for(record_id)
        for text, person_id in members:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            self.members.addItem(item)
        if not members:
            self.members.addItem(self.tr("No members recorded yet."))
        self.sharing.show_for(record_id, data.name)
        self.members_title.setVisible(record_id is not None)
        self.members.setVisible(record_id is not None)

    def _kind_chosen(self, *_: object) -> None:
        """A new party or 501(c) is of that legal class too, until another is chosen."""
        if self._loading or self.record_id is not None:
            return
        found = self.legal_class.findData(self.kind.currentData())
        if found >= 0:
            self.legal_class.setCurrentIndex(found)

    def collect(self) -> OrganizationInput:
        return OrganizationInput(
            name=self.name.text(),
            short_name=self.short_name.text(),
            kind=self.kind.currentData(),
            parent_id=self.parent_org.currentData(),
            home_state=self.home_state.text(),
            founded_on=self.founded_on.text(),
            website=self.website.text(),
            status=self.status.currentData(),
            legal_class=self.legal_class.currentData(),
            finance=self.finance.currentData(),
            visibility=self.visibility.choice(),
            notes=self.notes.toPlainText(),
            tags=[t for t in self.tags.text().split(",")],
            social_pages=[
                SocialPageInput(
                    r[0],
                    r[1] if len(r) > 1 else "",
                    formatting.typed_number(r[2]) if len(r) > 2 else None,
                )
                for r in self.pages.rows()
            ],
        )

    def submit(self) -> str:
        data = self.collect()
        private = self.private.isChecked()  # read first: saving may refresh the form
        if self.record_id is None:
            org = self.ctx.run(
                directory.create_organization,
                data,
                label=self.tr("Add {name}").format(name=data.name.strip()),
            )
        else:
            org = self.ctx.run(
                directory.update_organization,
                self.record_id,
                data,
                label=self.tr("Edit {name}").format(name=data.name.strip()),
            )
        self.private.store(org.id, private)
        return org.id


class OrganizationsScreen(ListScreen):
    title = "Organizations"
    noun = (
        str(QT_TRANSLATE_NOOP("ListScreen", "organization")),
        str(QT_TRANSLATE_NOOP("ListScreen", "organizations")),
    )
    spec = ORGANIZATIONS
    empty_hint = str(
        QT_TRANSLATE_NOOP(
            "ListScreen",
            "No organizations yet. Press Ctrl+N to add one, or Ctrl+I to import a CSV.",
        )
    )
    search_hint = str(QT_TRANSLATE_NOOP("ListScreen", "name, short name, tags, notes"))
    formatters: ClassVar[dict[str, Formatter]] = {"kind": _kind_label, "status": _status_label}
    tables: ClassVar[set[str]] = {
        "organization",
        "organization_tag",
        "social_page",
        "membership",
        "tag",
    }
    column_samples: ClassVar[dict[str, str]] = {
        "name": "California Freedom Coalition",
        "short_name": "Liberty Block",
        "kind": "501(c)(4) nonprofit",
        "home_state": "WY",
        "status": "Prospective",
        "members": "Members",
    }
    list_share = (680, 420)

    openRequested = Signal(str, str)  # (kind, id): a member double-clicked

    def make_editor(self) -> RecordEditor:
        editor = OrganizationEditor(self.ctx)
        editor.members.itemActivated.connect(self._open_member)
        return editor

    def _open_member(self, item: QListWidgetItem) -> None:
        person_id = item.data(Qt.ItemDataRole.UserRole)
        if person_id:
            self.openRequested.emit("person", person_id)

    def add_filters(self) -> None:
        self.add_filter_combo("kind", self.tr("All kinds"), [(k.label, k.value) for k in OrgKind])
        self.add_filter_combo(
            "status", self.tr("Any status"), [(s.label, s.value) for s in OrgStatus]
        )
        self.add_filter_combo("state", self.tr("All states"), [(s.name, s.code) for s in STATES])

    def delete_record(self, record_id: str) -> bool:
        used = deletion.delete_if_used(self, "organization", record_id)
        if used is not None:  # others use it: asked whom to give that to, or to remove it
            return used
        with self.ctx.reading() as session:
            org = directory.get_organization(session, record_id)
            name = org.name
            impact = directory.organization_impact(session, record_id)
        parts = []
        if impact["memberships"]:
            parts.append(self.tr("its %Ln memberships", "", impact["memberships"]))
        if impact["endorsements"]:
            parts.append(self.tr("%Ln endorsements by or of it", "", impact["endorsements"]))
        detail = (
            self.tr("This also deletes {what}.").format(what=self.tr(" and ").join(parts)) + " "
            if parts
            else ""
        )
        if impact["chapters"]:
            detail += (
                self.tr("Its %Ln chapters stay, without a parent.", "", impact["chapters"]) + " "
            )
        detail += self.tr("You can undo this with Ctrl+Z.")
        if not self.confirm(self.tr("Delete {name}?").format(name=name), detail):
            return False
        self.ctx.run(
            delete_organization, record_id, label=self.tr("Delete {name}").format(name=name)
        )
        return True
