"""The Campaigns & Endorsements screen: what can be endorsed, and who endorsed each one.

The editor of a campaign carries the list of its endorsements, so that the liaison who
hears "we endorse, once we see the full text" records it where the campaign is open.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from coalition.common import validation
from coalition.common.i18n import shown
from coalition.directory.deletion import delete_campaign
from coalition.endorsements import records as endorsements
from coalition.endorsements.records import CampaignInput
from coalition.search.listing import CAMPAIGNS, ENDORSEMENTS
from coalition.store.models import CampaignKind, EndorsementStatus
from coalition.ui.common import deletion, formatting
from coalition.ui.common.context import AppContext
from coalition.ui.common.fieldproblems import ask_to_confirm
from coalition.ui.common.listmodel import Formatter, Index, ListModel
from coalition.ui.common.listscreen import ListScreen
from coalition.ui.common.pickers import OrganizationPicker
from coalition.ui.common.recordeditor import RecordEditor
from coalition.ui.common.widgets import date_edit
from coalition.ui.endorsements.endorsementdialog import (
    ENDORSEMENT_TABLES,
    EndorsementDialog,
    EndorsementHistoryDialog,
    StatusDelegate,
    status_background,
    status_foreground,
    status_text,
)


def _kind_label(value: str | None) -> str:
    return CampaignKind(value).label if value else ""


def _yes_no(value: Any) -> str:
    yes, no = (
        str(QT_TRANSLATE_NOOP("EndorsementsModel", "Yes")),
        str(QT_TRANSLATE_NOOP("EndorsementsModel", "No")),
    )
    return QCoreApplication.translate("EndorsementsModel", yes if value else no)


class EndorsementsModel(ListModel):
    """One campaign's endorsements, each status painted in its colour, as in the matrix.

    Empty until a campaign is chosen (``set_filter("campaign", id)``): unfiltered it would
    count all of them (20,000 in a large coalition) and its view, whose columns fit their
    contents, would measure a thousand rows of them before any campaign is shown.
    """

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, ENDORSEMENTS, {"status": status_text, "is_public": _yes_no})
        self._status_column = ENDORSEMENTS.columns.index(ENDORSEMENTS.column("status"))

    def _recount(self) -> None:
        if "campaign" in self.query.filters:
            super()._recount()
        else:
            self._pages.clear()
            self._count = 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        painted = (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole)
        if role in painted and index.isValid() and index.column() == self._status_column:
            values = self.row_values(index.row())
            if values is None:
                return None
            status = values[index.column() + 1]
            if role == Qt.ItemDataRole.BackgroundRole:
                return status_background(status)
            return status_foreground(status)
        return super().data(index, role)


class CampaignEditor(RecordEditor):
    """A campaign's fields, and below them its endorsements with what can be done to them."""

    kind_label = "campaign"
    # The coalition's campaigns are its coordinators' to change; a member still records
    # its own group's endorsement of one (the endorsement is the group's).
    record_table = "campaign"

    def kind_text(self) -> str:
        return self.tr("campaign")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.last_dialog: QDialog | None = None
        self._add_campaign_fields()
        self._make_endorsements_view()
        self._make_endorsement_buttons()
        self.extra.addWidget(self.endorsements_title)
        self.extra.addWidget(self.endorsements_view)
        self.extra.addWidget(self.endorsement_buttons)
        # The screen reloads a clean editor on changes; this also covers one being edited,
        # and names changed in the directory.
        ctx.changed.connect(self._on_changed)

    def _add_campaign_fields(self) -> None:
        self.name = self.line(
            "name", self.tr("&Name"), self.tr("2028 California independence plebiscite")
        )
        self.kind = self.combo("kind", self.tr("&Kind"), [(k.label, k.value) for k in CampaignKind])
        self.owner = OrganizationPicker(self.ctx)
        self.add_field("owner_id", self.tr("&Owner"), self.owner)
        self.owner.setToolTip(self.tr("The organization that runs the campaign, if any"))
        self.description = self.text("description", self.tr("&Description"))
        self.website = self.line("website", self.tr("&Website"), "https://example.org")
        self.filing_date = self._date("filing_date", self.tr("&Filing date"))
        self.signature_deadline = self._date("signature_deadline", self.tr("Signature dead&line"))
        self.vote_date = self._date("vote_date", self.tr("&Vote date"))
        self.signature_goal = self.line(
            "signature_goal",
            self.tr("Signature &goal"),
            "546,651",
            self.tr("Valid signatures needed, if any"),
        )

    def _make_endorsements_view(self) -> None:
        """The campaign's endorsements, one a row, with their keys."""
        self.endorsements_title = QLabel(self.tr("Endorsements"))
        self.endorsements_title.setStyleSheet("font-weight: bold;")
        self.endorsements_model = EndorsementsModel(self.ctx)
        view = self.endorsements_view = QTableView()
        view.setObjectName("campaignEndorsementsView")
        self.endorsements_title.setBuddy(view)
        view.setModel(self.endorsements_model)
        view.setItemDelegate(StatusDelegate(view))
        # Every row endorses this campaign: the target column would only repeat its name.
        view.setColumnHidden(ENDORSEMENTS.columns.index(ENDORSEMENTS.column("target")), True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setSortingEnabled(True)
        header = view.horizontalHeader()
        header.setSortIndicator(self.endorsements_model.sort_column(), Qt.SortOrder.AscendingOrder)
        self._size_endorsement_columns(view)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.setWordWrap(False)
        view.setMinimumHeight(180)
        view.doubleClicked.connect(lambda _i: self.show_history())
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.endorsements_model.modelReset.connect(self._update_buttons)
        self._add_endorsement_keys(view)

    def _size_endorsement_columns(self, view: QTableView) -> None:
        header = view.horizontalHeader()
        # Names and conditions share the width; the short columns take what they need.
        # A date and Yes/No are as wide in every row, so the rows in sight tell (measuring
        # each of a campaign's 500 endorsements took 300 ms); a status is as wide as its
        # widest label, whichever rows are in sight.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)
        for key in ("endorser", "condition"):
            column = ENDORSEMENTS.columns.index(ENDORSEMENTS.column(key))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        status_column = ENDORSEMENTS.columns.index(ENDORSEMENTS.column("status"))
        header.setSectionResizeMode(status_column, QHeaderView.ResizeMode.Fixed)
        widest = max(
            view.fontMetrics().horizontalAdvance(text)
            for text in [
                shown(ENDORSEMENTS.column("status").header),
                *(status_text(s) for s in EndorsementStatus),
            ]
        )
        header.resizeSection(status_column, widest + 32)  # the cell's margins and frame

    def _add_endorsement_keys(self, view: QTableView) -> None:
        """Enter shows the selected endorsement's history; Delete deletes it."""
        history_key = QAction(self.tr("History"), view)
        history_key.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        history_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        history_key.triggered.connect(self.show_history)
        view.addAction(history_key)
        delete_key = QAction(self.tr("Delete endorsement"), view)
        delete_key.setShortcut(QKeySequence.StandardKey.Delete)
        delete_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.triggered.connect(self.delete_endorsement)
        view.addAction(delete_key)

    def _make_endorsement_buttons(self) -> None:
        """Record, History and Delete, under the endorsements."""
        self.record_button = QPushButton(self.tr("Record endorsement…"))
        self.record_button.setToolTip(
            self.tr("Record that an organization or a person endorses this")
        )
        self.record_button.clicked.connect(self.record_endorsement)
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setToolTip(self.tr("Every status of the selected endorsement (Enter)"))
        self.history_button.clicked.connect(self.show_history)
        self.delete_endorsement_button = QPushButton(self.tr("Delete endorsement"))
        self.delete_endorsement_button.setToolTip(
            self.tr("Delete the selected endorsement and its history (Delete)")
        )
        self.delete_endorsement_button.clicked.connect(self.delete_endorsement)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_endorsement_button)
        self.endorsement_buttons = QWidget()
        self.endorsement_buttons.setLayout(buttons)
        buttons.setContentsMargins(0, 0, 0, 0)

    def _date(self, key: str, label: str) -> QLineEdit:
        edit = date_edit()
        self.add_field(key, label, edit)
        return edit

    # --- the campaign ----------------------------------------------------------------------

    def fill(self, record_id: str | None) -> None:
        owner_name = ""
        if record_id is None:
            self.heading.setText(self.tr("New campaign"))
            data = CampaignInput(name="")
        else:
            with self.ctx.reading() as session:
                campaign = endorsements.get_campaign(session, record_id)
                data = endorsements.campaign_input(campaign)
                owner_name = campaign.owner.name if campaign.owner is not None else ""
                self.heading.setText(campaign.name)
        self.name.setText(data.name)
        self.kind.setCurrentIndex(self.kind.findData(CampaignKind(data.kind).value))
        self.owner.show_choice(data.owner_id, owner_name)
        self.description.setPlainText(data.description)
        self.website.setText(data.website)
        for edit, value in (
            (self.filing_date, data.filing_date),
            (self.signature_deadline, data.signature_deadline),
            (self.vote_date, data.vote_date),
        ):
            day = validation.checked(value)
            edit.setText(day.isoformat() if day else "")
        goal = data.signature_goal
        self.signature_goal.setText(formatting.number(goal) if isinstance(goal, int) else "")
        self._show_endorsements(record_id)

    def collect(self) -> CampaignInput:
        return CampaignInput(
            name=self.name.text(),
            kind=self.kind.currentData(),
            owner_id=self.owner.currentData(),
            description=self.description.toPlainText(),
            website=self.website.text(),
            filing_date=self.filing_date.text(),
            signature_deadline=self.signature_deadline.text(),
            vote_date=self.vote_date.text(),
            signature_goal=formatting.typed_number(self.signature_goal.text()),
        )

    def submit(self) -> str:
        data = self.collect()
        if self.record_id is None:
            row = self.ctx.run(
                endorsements.create_campaign,
                data,
                label=self.tr("Add {name}").format(name=data.name.strip()),
            )
        else:
            label = self.tr("Edit {name}").format(name=data.name.strip())
            row = self.ctx.run(endorsements.update_campaign, self.record_id, data, label=label)
        return row.id

    # --- its endorsements ----------------------------------------------------------------

    def _show_endorsements(self, campaign_id: str | None) -> None:
        """List a campaign's endorsements; the selected one stays selected on a refresh."""
        for widget in (self.endorsements_title, self.endorsements_view, self.endorsement_buttons):
            widget.setVisible(campaign_id is not None)
        if campaign_id is None:
            return  # a campaign not yet saved has no endorsements
        same = self.endorsements_model.query.filters.get("campaign") == campaign_id
        keep = self.selected_endorsement() if same else None
        self.endorsements_model.set_filter("campaign", campaign_id)
        n = self.endorsements_model.rowCount()
        self.endorsements_title.setText(
            self.tr("Endorsements ({n})").format(n=n)
            if n
            else self.tr("Endorsements: none recorded yet")
        )
        if keep is not None:
            self.select_endorsement(keep)

    def selected_endorsement(self) -> str | None:
        index = self.endorsements_view.currentIndex()
        rows = self.endorsements_view.selectionModel().selectedRows()
        return self.endorsements_model.id_at(index.row()) if index.isValid() and rows else None

    def select_endorsement(self, endorsement_id: str) -> None:
        row = self.endorsements_model.row_of_id(endorsement_id)
        if row is None:
            return
        index = self.endorsements_model.index(row, 0)
        self.endorsements_view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.endorsements_view.scrollTo(index)

    def _update_buttons(self, *_: object) -> None:
        chosen = self.selected_endorsement() is not None
        self.history_button.setEnabled(chosen)
        self.delete_endorsement_button.setEnabled(chosen)

    def _on_changed(self, tables: set[str]) -> None:
        if self.record_id is not None and tables & ENDORSEMENT_TABLES:
            self._show_endorsements(self.record_id)

    def _open(self, dialog: QDialog) -> None:
        """Open a dialog without blocking, keeping it at hand (tests drive it from there)."""
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()

    def record_endorsement(self) -> EndorsementDialog | None:
        if self.record_id is None:
            return None
        dialog = EndorsementDialog(self.ctx, campaign_id=self.record_id, parent=self)
        dialog.saved.connect(self.select_endorsement)
        self._open(dialog)
        return dialog

    def show_history(self) -> EndorsementHistoryDialog | None:
        endorsement_id = self.selected_endorsement()
        if endorsement_id is None:
            return None
        dialog = EndorsementHistoryDialog(self.ctx, endorsement_id, parent=self)
        self._open(dialog)
        return dialog

    def confirm(self, question: str, detail: str) -> bool:
        """Ask before deleting (a method of its own, so that tests can answer it)."""
        return ask_to_confirm(self, question, detail)

    def delete_endorsement(self) -> bool:
        endorsement_id = self.selected_endorsement()
        if endorsement_id is None:
            return False
        with self.ctx.reading() as session:
            row = endorsements.get_endorsement(session, endorsement_id)
            who, events = row.endorser_name, len(row.events)
        detail = self.tr(
            "Its history of %Ln statuses goes with it. You can undo this with Ctrl+Z.", "", events
        )
        if not self.confirm(self.tr("Delete the endorsement by {who}?").format(who=who), detail):
            return False
        label = self.tr("Delete endorsement by {who}").format(who=who)
        self.ctx.run(endorsements.delete_endorsement, endorsement_id, label=label)
        self.ctx.message.emit(self.tr("Endorsement deleted. Undo with Ctrl+Z."))
        return True


class CampaignsScreen(ListScreen):
    title = "Campaigns & Endorsements"
    noun = (
        str(QT_TRANSLATE_NOOP("ListScreen", "campaign")),
        str(QT_TRANSLATE_NOOP("ListScreen", "campaigns")),
    )
    spec = CAMPAIGNS
    search_hint = str(QT_TRANSLATE_NOOP("ListScreen", "name, description"))
    formatters: ClassVar[dict[str, Formatter]] = {"kind": _kind_label}
    tables: ClassVar[set[str]] = {"campaign", "endorsement", "endorsement_event", "organization"}
    column_samples: ClassVar[dict[str, str]] = {
        "name": "Peaceful movement of state borders",
        "kind": "Ballot initiative",
        "owner": "California National Party",
        "vote_date": "2028-11-07",
        "signature_goal": "Signature goal",
        "endorsed": "Endorsed by",
    }
    list_share = (600, 480)  # the editor holds the endorsements table too

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.search.setPlaceholderText(self.tr("Filter campaigns… (name, description)"))

    def make_editor(self) -> RecordEditor:
        return CampaignEditor(self.ctx)

    def add_filters(self) -> None:
        self.add_filter_combo(
            "kind", self.tr("All kinds"), [(k.label, k.value) for k in CampaignKind]
        )

    def delete_record(self, record_id: str) -> bool:
        used = deletion.delete_if_used(self, "campaign", record_id)
        if used is not None:  # others use it: asked whom to give that to, or to remove it
            return used
        with self.ctx.reading() as session:
            name = endorsements.get_campaign(session, record_id).name
            count = len(endorsements.endorsements_of_campaign(session, record_id))
        detail = self.tr(
            "This also deletes its %Ln endorsements, with their histories. ", "", count
        )
        detail = detail if count else ""
        detail += self.tr("You can undo this with Ctrl+Z.")
        if not self.confirm(self.tr("Delete {name}?").format(name=name), detail):
            return False
        self.ctx.run(delete_campaign, record_id, label=self.tr("Delete {name}").format(name=name))
        return True
