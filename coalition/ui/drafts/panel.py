"""The draft chosen on the left: its header, and its text, variants, history and comments."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coalition.common.errors import CoalitionError, NotFoundError
from coalition.common.i18n import shown
from coalition.common.states import BY_CODE
from coalition.drafts.channels import CHANNELS
from coalition.drafts.draft import draft_input, update_draft
from coalition.drafts.lookup import get_draft
from coalition.drafts.revisions import save_core_text
from coalition.drafts.status import MOVES, set_status
from coalition.store.models import DraftStatus
from coalition.ui.common import editing, readonly
from coalition.ui.common.context import AppContext
from coalition.ui.common.controls import attempt, swatch
from coalition.ui.common.flowlayout import flow_box
from coalition.ui.common.readonly import ReadOnlyBanner
from coalition.ui.common.widgets import bold, muted
from coalition.ui.drafts.common import (
    ANSWER_COLORS,
    COMMENTS_TAB,
    CORE,
    HISTORY_TAB,
    VARIANT_STATE_COLORS,
    VARIANTS_TAB,
    VOIDED_COLOR,
    chip_style,
    limit_text,
    local,
    status_colors,
)
from coalition.ui.drafts.dialogs import DraftDialog
from coalition.ui.drafts.editor import MessageEditor
from coalition.ui.drafts.panel_threads import CopyFormat, ThreadsPart
from coalition.ui.drafts.panel_variants import VariantsPart
from coalition.ui.drafts.views import DraftView, RevisionRow, VariantView, read_draft

# --- the draft on the right -------------------------------------------------------------

#: What the button that moves a draft to a status says.
MOVE_TEXT = {
    DraftStatus.DRAFT: str(QT_TRANSLATE_NOOP("DraftPanel", "Back to draft")),
    DraftStatus.IN_REVIEW: str(QT_TRANSLATE_NOOP("DraftPanel", "Send for review")),
    DraftStatus.APPROVED: str(QT_TRANSLATE_NOOP("DraftPanel", "Mark approved")),
    DraftStatus.PUBLISHED: str(QT_TRANSLATE_NOOP("DraftPanel", "Mark published")),
    DraftStatus.RETIRED: str(QT_TRANSLATE_NOOP("DraftPanel", "Retire")),
}
MOVE_TIPS = {
    DraftStatus.DRAFT: str(
        str(
            QT_TRANSLATE_NOOP(
                "DraftPanel", "Take it back to change it; the history keeps this move"
            )
        )
    ),
    DraftStatus.IN_REVIEW: str(
        str(QT_TRANSLATE_NOOP("DraftPanel", "Ready for the groups to sign off its variants"))
    ),
    DraftStatus.APPROVED: str(
        str(
            QT_TRANSLATE_NOOP(
                "DraftPanel", "Every variant must be approved by the groups asked first"
            )
        )
    ),
    DraftStatus.PUBLISHED: str(QT_TRANSLATE_NOOP("DraftPanel", "Sent out, as it stands")),
    DraftStatus.RETIRED: str(
        str(QT_TRANSLATE_NOOP("DraftPanel", "No longer used; it stays for the record"))
    ),
}


class DraftPanel(VariantsPart, ThreadsPart, QWidget):
    """The draft chosen on the left: its header, and its text, variants, history and comments.

    It is also the screen's "editor" for the main window: ``dirty``, ``record_id`` and
    ``save()`` say whether closing the window would lose typed text, and keep it.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: DraftView | None = None
        self._draft_id: str | None = None  # the draft asked for (view: the one last read)
        self.variant_id: str | None = None
        self.last_dialog: QDialog | None = None
        self._revisions: list[RevisionRow] = []
        self._restoring = False  # lists are filled again: a selection is not a choice

        self.placeholder = muted(self.tr("Choose a draft on the left, or start one: New draft…."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        title_row = self._make_header()
        self._make_channels()
        status_row = self._make_status_row()
        self._make_tabs()
        self._lay_out_pages(title_row, status_row)

    def _make_header(self) -> QHBoxLayout:
        """The title with its buttons beside it, and the details under it."""
        self.title = bold(QLabel(), 1.35)
        self.title.setWordWrap(True)
        self.title.setObjectName("draftTitle")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Change the title, channels, owner and tags"))
        self.edit_button.clicked.connect(self.edit_draft)
        self._make_export_button()
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setToolTip(
            self.tr(
                "Every change to this draft and its variants, sign-offs and comments: when, by "
                "whom, "
                "on which computer"
            )
        )
        self.history_button.clicked.connect(self.show_history)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        title_row.addWidget(self.history_button, 0, Qt.AlignmentFlag.AlignTop)
        title_row.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        self.details = muted()
        self.details.setObjectName("draftDetails")
        return title_row

    def _make_export_button(self) -> None:
        """Export: copy the chosen variant, or save the message pack."""
        self.export_button = QPushButton(self.tr("Export"))
        self.export_menu = QMenu(self.export_button)
        copies: list[tuple[str, CopyFormat]] = [
            (self.tr("Copy variant as plain text"), "text"),
            (self.tr("Copy variant as Markdown"), "markdown"),
            (self.tr("Copy variant as HTML"), "html"),
        ]
        self.copy_actions = [
            self.export_menu.addAction(text, partial(self.copy_variant, fmt))
            for text, fmt in copies
        ]
        self.export_menu.addSeparator()
        self.export_menu.addAction(
            self.tr("Export message pack as HTML…"), lambda: self.export_pack("html")
        )
        self.export_menu.addAction(
            self.tr("Export message pack as PDF…"), lambda: self.export_pack("pdf")
        )
        self.export_menu.aboutToShow.connect(self._update_export_menu)
        self.export_button.setMenu(self.export_menu)
        self.export_button.setToolTip(
            self.tr("Copy the chosen variant, or save every approved variant as one message pack")
        )

    def _make_channels(self) -> None:
        # The channels wrap onto a second line in a narrow window (or a larger font)
        # instead of making the window wider than the screen.
        self.channel_boxes: dict[str, QCheckBox] = {}
        self.channels_box, channels_flow = flow_box()
        self.channels_box.setObjectName("draftChannels")
        channels_flow.addWidget(QLabel(self.tr("Channels:")))
        for key, channel in CHANNELS.items():
            box = QCheckBox(channel.label)
            box.setToolTip(limit_text(channel))
            box.toggled.connect(lambda _on, k=key: self._channel_toggled(k))
            self.channel_boxes[key] = box
            channels_flow.addWidget(box)

    def _make_status_row(self) -> QHBoxLayout:
        """The status, since when, and the buttons that move the draft on."""
        self.status_chip = QLabel()
        self.status_chip.setObjectName("draftStatus")
        self.status_since = muted()
        self.status_since.setWordWrap(False)
        self.move_buttons: dict[DraftStatus, QPushButton] = {}
        status_row = QHBoxLayout()
        status_row.addWidget(QLabel(self.tr("Status:")))
        status_row.addWidget(self.status_chip)
        status_row.addWidget(self.status_since)
        status_row.addStretch(1)
        moves, moves_flow = flow_box()  # the buttons wrap, rather than widen the window
        for status in DraftStatus:
            button = QPushButton(self.tr(MOVE_TEXT[status]))
            button.setToolTip(self.tr(MOVE_TIPS[status]))
            button.clicked.connect(lambda _c=False, s=status: self.move_to(s))
            self.move_buttons[status] = button
            moves_flow.addWidget(button)
        status_row.addWidget(moves)
        return status_row

    def _make_tabs(self) -> None:
        """Core message, Variants, History and Comments."""
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_core_tab(), self.tr("Core message"))
        self.tabs.addTab(self._build_variants_tab(), self.tr("Variants"))
        self.tabs.addTab(self._build_history_tab(), self.tr("History"))
        self.tabs.addTab(self._build_comments_tab(), self.tr("Comments"))
        self.tabs.currentChanged.connect(lambda _i: self._tab_shown())

    def _lay_out_pages(self, title_row: QHBoxLayout, status_row: QHBoxLayout) -> None:
        """The draft's page, or the placeholder while none is chosen."""
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(8, 0, 0, 0)
        page_layout.addLayout(title_row)
        page_layout.addWidget(self.details)
        page_layout.addWidget(self.channels_box)
        page_layout.addLayout(status_row)
        # A declaration a decision adopted: which one, and that its words stay.
        self.adopted_banner = ReadOnlyBanner()
        self.adopted_banner.setAccessibleName(self.tr("Adopted by a decision"))
        page_layout.addWidget(self.adopted_banner)
        page_layout.addWidget(self.tabs, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.placeholder)
        self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    # --- building ------------------------------------------------------------------------

    def _build_core_tab(self) -> QWidget:
        self.core_editor = MessageEditor(
            self.save_core, self.tr("The message every audience starts from"), self._core_words
        )
        self.core_editor.edit.setObjectName("coreText")
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.core_editor, 1)
        return tab

    # --- editing.HoldsUnsaved: what is typed here and not stored yet ---------------------

    @property
    def record_id(self) -> str | None:
        return self.view.id if self.view else None

    def holders(self) -> list[editing.HoldsUnsaved]:
        """Everything on the panel that can hold typed input: the core message, the variant
        shown and the comment being written."""
        return [self.core_editor, self.variant_editor, self.composer]

    @property
    def dirty(self) -> bool:
        return self.has_unsaved()

    def has_unsaved(self) -> bool:
        return any(holder.has_unsaved() for holder in self.holders())

    def save_unsaved(self) -> bool:
        """Save the core message and the variant, and post the comment: stops at the first
        refusal (shown), keeping the rest typed."""
        return all(h.save_unsaved() for h in self.holders() if h.has_unsaved())

    def discard_unsaved(self) -> None:
        for holder in self.holders():
            holder.discard_unsaved()

    def unsaved_label(self) -> str:
        parts = [h.unsaved_label() for h in self.holders() if h.has_unsaved()]
        if len(parts) < 2:
            return parts[0] if parts else self.tr("this draft")
        return self.tr("{some} and {last}").format(some=", ".join(parts[:-1]), last=parts[-1])

    def save(self) -> bool:
        """Save whatever was typed (for a window that asks its screens' ``editor``)."""
        return self.save_unsaved()

    def may_leave(self, *, variant_only: bool = False) -> bool:
        """Whether what was typed may be left: saved, or thrown away, as the person says
        (one question for all of it; only the variant's text with ``variant_only``)."""
        return editing.may_leave(self.variant_editor if variant_only else self, self)

    def _core_words(self) -> str:
        title = self.view.title if self.view else ""
        return self.tr("the core message of “{title}”").format(title=title)

    def _variant_words(self) -> str:
        variant = self.current_variant()
        if variant is None:
            return self.tr("the variant")
        return self.tr("the variant for {audience}").format(audience=variant.audience)

    def _comment_words(self) -> str:
        """What the comment box writes on: "“The question”", "the variant for Oregon of …"."""
        view = self.view
        if view is None:
            return ""
        title = f"“{view.title}”"
        variant = next((v for v in view.variants if v.id == self._comment_target()), None)
        if variant is None:
            return title
        return self.tr("the variant for {audience} of {title}").format(
            audience=variant.audience, title=title
        )

    # --- showing a draft -----------------------------------------------------------------

    def show_history(self) -> QWidget | None:
        """The draft's audit trail (its variants, revisions, sign-offs and comments with it)."""
        if self._draft_id is None:
            return None
        from coalition.ui.common.history import show_history

        return show_history(self.ctx, "draft", self._draft_id, self.title.text(), self)

    def show_draft(self, draft_id: str | None) -> None:
        """Show another draft (or none), forgetting what was typed into the last one."""
        if self.view is None or self.view.id != draft_id:
            self.core_editor.set_text("")
            self.variant_editor.set_text("")
            self.variant_id = None
            self.view = None
        self._draft_id = draft_id
        self.reload()

    def reload(self) -> None:
        """Read the draft again (after a change anywhere, an undo); typed text stays."""
        draft_id = self._draft_id
        if draft_id is None:
            self.view = None
            self.composer.set_target(None, None, "")
            self.pages.setCurrentIndex(0)
            return
        try:
            with self.ctx.reading() as session:
                view = read_draft(session, draft_id)
        except NotFoundError:
            self._draft_id = None
            self.view = None
            self.composer.set_target(None, None, "")
            self.pages.setCurrentIndex(0)
            return
        self.view = view
        self.pages.setCurrentIndex(1)
        self._show_header(view)
        self._show_adoption(view)
        self.core_editor.set_channels(view.channels)
        self.core_editor.heading.setText(
            self.tr("The message every variant starts from · {core_revision}").format(
                core_revision=view.core_revision
            )
        )
        if not self.core_editor.dirty:
            self.core_editor.set_text(view.core_text)
        self._show_variants(view)
        self._fill_targets(view)
        self.composer.set_target(view.id, self._comment_target(), self._comment_words())
        self._tab_shown()

    def _show_header(self, view: DraftView) -> None:
        self.title.setText(view.title)
        details = [
            self.tr("Owner: {owner}").format(owner=view.owner)
            if view.owner
            else self.tr("No owner")
        ]
        if view.tags:
            details.append(self.tr("Tags: {tags}").format(tags=", ".join(view.tags)))
        self.details.setText(" · ".join(details))
        for key, box in self.channel_boxes.items():
            box.blockSignals(True)
            box.setChecked(key in view.channels)
            box.blockSignals(False)
        self.status_chip.setText(view.status.label)
        self.status_chip.setStyleSheet(chip_style(status_colors(view.status)))
        moves = [
            (
                self.tr("{status}: {when} by {who}").format(
                    status=status.label, when=local(at), who=actor
                )
                if actor
                else f"{status.label}: {local(at)}"
            )
            + (f" ({note})" if note else "")
            for status, at, actor, note in view.moves
        ]
        tip = self.tr("Moves of this draft:") + "\n" + "\n".join(moves) if moves else ""
        self.status_chip.setToolTip(tip)
        self.status_since.setToolTip(tip)
        last = view.moves[-1] if view.moves else None
        self.status_since.setText(
            (
                self.tr("since {when} by {who}").format(when=local(last[1]), who=last[2])
                if last[2]
                else self.tr("since {when}").format(when=local(last[1]))
            )
            if last
            else ""
        )
        allowed = set(MOVES[view.status])
        for status, button in self.move_buttons.items():
            button.setVisible(status in allowed)

    def _show_adoption(self, view: DraftView) -> None:
        """A declaration a decision adopted shows its words without taking input, says
        which decision adopted them, and offers no move away from published."""
        locked = readonly.show_read_only(
            self.adopted_banner,
            view.locked or None,
            [self.core_editor],
            [self.add_variant_button, self.move_buttons[DraftStatus.RETIRED]],
        )
        if not locked:
            self.add_variant_button.setEnabled(True)
            self.move_buttons[DraftStatus.RETIRED].setEnabled(True)

    def _show_variants(self, view: DraftView) -> None:
        self.tabs.setTabText(
            VARIANTS_TAB,
            self.tr("Variants ({value})").format(value=len(view.variants))
            if view.variants
            else self.tr("Variants"),
        )
        keep = self.variant_id
        self._restoring = True
        try:
            self.variant_list.clear()
            for variant in view.variants:
                item = QListWidgetItem(f"{variant.audience}\n{variant.state.label}")
                item.setData(Qt.ItemDataRole.UserRole, variant.id)
                item.setIcon(swatch(VARIANT_STATE_COLORS[variant.state][1]))
                item.setToolTip(
                    self.tr("{audience}: {label}").format(
                        audience=variant.audience, label=variant.state.label
                    )
                )
                self.variant_list.addItem(item)
            row = next((n for n, v in enumerate(view.variants) if v.id == keep), None)
            if row is None and view.variants:
                row = 0
            if row is not None:
                self.variant_list.setCurrentRow(row)
        finally:
            self._restoring = False
        chosen = view.variants[row] if row is not None else None
        if chosen is None or chosen.id != self.variant_id:
            self.variant_editor.set_text("")
        self.variant_id = chosen.id if chosen else None
        self._show_variant(chosen)

    def current_variant(self) -> VariantView | None:
        if self.view is None:
            return None
        return next((v for v in self.view.variants if v.id == self.variant_id), None)

    def _show_variant(self, variant: VariantView | None) -> None:
        self.edit_variant_button.setEnabled(variant is not None)
        self.delete_variant_button.setEnabled(variant is not None)
        if variant is None:
            self.variant_pages.setCurrentIndex(0)
            return
        self.variant_pages.setCurrentIndex(1)
        self.audience.setText(variant.audience)
        self.variant_state.setText(variant.state.label)
        self.variant_state.setStyleSheet(chip_style(VARIANT_STATE_COLORS[variant.state]))
        who = [
            BY_CODE[variant.state_code].name if variant.state_code else "",
            variant.group,
        ]
        who = [w for w in who if w and w != variant.audience]
        self.variant_revision.setText(" · ".join([*who, variant.revision]))
        self.preview_heading.setText(
            self.tr("As {audience} reads it").format(audience=variant.audience)
        )
        self.variant_editor.set_channels(self.view.channels if self.view else ())
        if not self.variant_editor.dirty:
            self.variant_editor.set_text(variant.text)
        self._show_preview()
        self._show_sign_offs(variant)
        self.show_variant_access(variant)

    def _show_sign_offs(self, variant: VariantView) -> None:
        keep = self.selected_sign_off()
        rows = sorted(variant.sign_offs, key=lambda s: (not s.active,))
        self.sign_offs.setRowCount(len(rows))
        for number, sign_off in enumerate(rows):
            if sign_off.answered_at:
                when = f"{sign_off.answered_by or 'answered'}\n{local(sign_off.answered_at)}"
            else:
                when = f"asked\n{local(sign_off.requested_at)}"
            comment = sign_off.comment
            answer = QTableWidgetItem(sign_off.answer.label)
            cells = [
                QTableWidgetItem(sign_off.group),
                QTableWidgetItem("required" if sign_off.required else "optional"),
                answer,
                QTableWidgetItem(comment),
                QTableWidgetItem(when),
            ]
            if sign_off.active:
                fg, bg = ANSWER_COLORS[sign_off.answer]
                answer.setBackground(QColor(bg))
                answer.setForeground(QColor(fg))
                tip = f"{sign_off.group}: {sign_off.answer.label.lower()}"
            else:
                cells[4].setText(
                    self.tr("voided by the edit of\n{value}").format(
                        value=local(sign_off.voided_at)
                    )
                )
                tip = (
                    f"{sign_off.group} answered “{sign_off.answer.label.lower()}” on an earlier "
                    "text;"
                    f" the edit of {local(sign_off.voided_at)} voided it"
                )
                for cell in cells:
                    font = cell.font()
                    font.setStrikeOut(True)
                    cell.setFont(font)
                    cell.setForeground(QColor(VOIDED_COLOR))
                cells[4].setFont(QFont())  # the reason itself is not struck out
            for column, cell in enumerate(cells):
                cell.setData(Qt.ItemDataRole.UserRole, sign_off.id)
                cell.setToolTip(tip if column != 3 or not comment else comment)
                self.sign_offs.setItem(number, column, cell)
        self.sign_offs.resizeRowsToContents()
        for number, sign_off in enumerate(rows):
            if sign_off.id == keep:
                self.sign_offs.selectRow(number)
        self._update_sign_off_buttons()

    def _tab_shown(self) -> None:
        """Fill the tab in view (history and comments are read only when looked at)."""
        if self.view is None:
            return
        current = self.tabs.currentIndex()
        if current == HISTORY_TAB:
            self._show_history()
        elif current == COMMENTS_TAB:
            self._show_comments()

    def _fill_targets(self, view: DraftView) -> None:
        """Offer the core message and each variant in the history and comments tabs; the
        comments say how many each has, so that a thread on a variant is not missed."""
        total = sum(view.comment_counts.values())
        self.tabs.setTabText(
            COMMENTS_TAB,
            self.tr("Comments ({total})").format(total=total) if total else self.tr("Comments"),
        )
        targets = [
            (CORE, self.tr("Core message")),
            *(
                (v.id, self.tr("Variant: {audience}").format(audience=v.audience))
                for v in view.variants
            ),
        ]
        for box, counted in ((self.history_target, False), (self.comment_target, True)):
            keep = box.currentData()
            box.blockSignals(True)
            box.clear()
            for key, text in targets:
                number = view.comment_counts.get(key, 0) if counted else 0
                box.addItem(
                    self.tr("{text} ({number})").format(text=text, number=number)
                    if number
                    else text,
                    key,
                )
            box.setCurrentIndex(max(0, box.findData(keep)))
            box.blockSignals(False)

    # --- header --------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        """Open a dialog without blocking, keeping it at hand (tests drive it from there)."""
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def edit_draft(self) -> QDialog | None:
        if self.view is None:
            return None
        return self._open(DraftDialog(self.ctx, self.view.id, parent=self))

    def _channel_toggled(self, key: str) -> None:
        view = self.view
        if view is None:
            return
        channels = [k for k, box in self.channel_boxes.items() if box.isChecked()]
        channel = CHANNELS[key].label
        with self.ctx.reading() as session:
            data = draft_input(get_draft(session, view.id))
        data.channels = channels
        on = key in channels
        if (
            attempt(
                self.ctx,
                update_draft,
                view.id,
                data,
                label=(
                    self.tr("Count “{title}” for {channel}")
                    if on
                    else self.tr("Stop counting “{title}” for {channel}")
                ).format(title=view.title, channel=channel),
            )
            is None
        ):
            self.reload()

    def move_to(self, status: DraftStatus) -> None:
        if self.view is None:
            return
        attempt(
            self.ctx,
            set_status,
            self.view.id,
            status,
            label=self.tr("“{title}”: {status}").format(
                title=self.view.title, status=status.label.lower()
            ),
            done=f"The draft is now {status.label.lower()}.",
        )

    # --- the core message ----------------------------------------------------------------

    def save_core(self) -> bool:
        view = self.view
        if view is None or not self.core_editor.dirty:
            return True
        text, note = self.core_editor.text(), self.core_editor.note.text()
        try:
            self.ctx.run(
                save_core_text,
                view.id,
                text,
                note,
                label=self.tr("Edit the core message of “{title}”").format(title=view.title),
            )
        except CoalitionError as exc:
            self.ctx.error.emit(shown(exc))
            return False
        self.core_editor.set_text(text)
        self.reload()
        self.ctx.message.emit(self.tr("Saved as a new revision. Undo with Ctrl+Z."))
        return True
