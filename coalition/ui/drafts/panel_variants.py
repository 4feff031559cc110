"""The variants of the draft shown, and their sign-offs (a part of the panel)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coalition.common.errors import CoalitionError
from coalition.common.i18n import shown
from coalition.drafts.merge import MERGE_FIELDS, fill_fields
from coalition.drafts.revisions import save_variant_text
from coalition.drafts.signoffs import withdraw_sign_off
from coalition.drafts.variants import delete_variant
from coalition.store.models import SignOffAnswer
from coalition.ui.common import editing, readonly
from coalition.ui.common.controls import WARNING_STYLE, attempt
from coalition.ui.common.fieldproblems import ask_to_confirm
from coalition.ui.common.flowlayout import flow_box
from coalition.ui.common.readonly import ReadOnlyBanner
from coalition.ui.common.widgets import bold, muted
from coalition.ui.drafts.common import FIELD_MEANINGS, VARIANTS_TAB
from coalition.ui.drafts.dialogs import AnswerDialog, AskSignOffDialog, DiffDialog, VariantDialog
from coalition.ui.drafts.editor import MessageEditor
from coalition.ui.drafts.panel_base import PanelBase
from coalition.ui.drafts.views import SignOffView, VariantView


class VariantsPart(PanelBase):
    """The Variants tab of :class:`~coalition.ui.drafts.panel.DraftPanel`: the variants,
    their text as each audience reads it, and the groups asked to sign them off.

    Mixed into the panel, whose state it uses (``ctx``, ``view``, ``variant_id``, the
    editors); kept apart so that each file holds one part of the panel.
    """

    # Whether the variant shown is another group's (see show_variant_access).
    variant_read_only = False

    def _build_variants_tab(self) -> QWidget:
        left = self._build_variant_list()
        heading = self._build_variant_heading()
        self._build_variant_text()
        self._build_sign_offs()

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addLayout(heading)
        self.variant_banner = ReadOnlyBanner()
        right_layout.addWidget(self.variant_banner)
        right_layout.addWidget(self.variant_revision)
        right_layout.addWidget(self.variant_editor, 3)
        right_layout.addWidget(self.missing)
        right_layout.addWidget(
            bold(QLabel(QCoreApplication.translate("VariantsPart", "Sign-offs")))
        )
        right_layout.addWidget(self.sign_offs, 2)
        sign_off_buttons, sign_off_flow = flow_box()
        for button in (self.ask_button, self.answer_button, self.withdraw_button):
            sign_off_flow.addWidget(button)
        right_layout.addWidget(sign_off_buttons)
        self.no_variant = muted(
            QCoreApplication.translate(
                "VariantsPart", "No variant chosen. Add one per state or group: Add…."
            )
        )
        self.no_variant.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.variant_pages = QStackedWidget()
        self.variant_pages.addWidget(self.no_variant)
        self.variant_pages.addWidget(right)

        self.variants_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.variants_splitter.setObjectName("variantsSplitter")
        self.variants_splitter.addWidget(left)
        self.variants_splitter.addWidget(self.variant_pages)
        self.variants_splitter.setStretchFactor(0, 1)
        self.variants_splitter.setStretchFactor(1, 4)
        self.variants_splitter.setSizes([170, 730])
        return self.variants_splitter

    def _build_variant_list(self) -> QWidget:
        """The variants, with the buttons to add, edit and delete one."""
        self.variant_list = QListWidget()
        self.variant_list.setObjectName("variantList")
        self.variant_list.setSpacing(1)
        self.variant_list.currentItemChanged.connect(self._variant_chosen)
        self.variant_list.itemDoubleClicked.connect(lambda _i: self.edit_variant())
        add = QPushButton(QCoreApplication.translate("VariantsPart", "Add…"))
        add.setToolTip(
            QCoreApplication.translate(
                "VariantsPart",
                "A variant for another state or group, starting from the core message",
            )
        )
        add.clicked.connect(self.add_variant)
        self.add_variant_button = add
        self.edit_variant_button = QPushButton(QCoreApplication.translate("VariantsPart", "Edit…"))
        self.edit_variant_button.setToolTip(
            QCoreApplication.translate("VariantsPart", "Audience, state, group and merge fields")
        )
        self.edit_variant_button.clicked.connect(self.edit_variant)
        self.delete_variant_button = QPushButton(
            QCoreApplication.translate("VariantsPart", "Delete")
        )
        self.delete_variant_button.clicked.connect(self.delete_variant)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.variant_list, 1)
        variant_buttons, variant_flow = flow_box()
        for button in (add, self.edit_variant_button, self.delete_variant_button):
            variant_flow.addWidget(button)
        left_layout.addWidget(variant_buttons)
        return left

    def _build_variant_heading(self) -> QHBoxLayout:
        """The audience and state of the variant shown, and the tools for its text."""
        self.audience = bold(QLabel(), 1.15)
        self.audience.setWordWrap(True)  # a long audience wraps, not the window widens
        self.variant_state = QLabel()
        self.variant_state.setObjectName("variantState")
        heading = QHBoxLayout()
        heading.addWidget(self.audience)
        heading.addWidget(self.variant_state)
        heading.addStretch(1)

        self.insert_button = QPushButton(QCoreApplication.translate("VariantsPart", "Insert field"))
        self.insert_button.setToolTip(
            QCoreApplication.translate(
                "VariantsPart", "Put a merge field at the cursor: each audience reads its own value"
            )
        )
        insert_menu = QMenu(self.insert_button)
        for name in MERGE_FIELDS:
            insert_menu.addAction(
                f"{{{name}}}: "
                + QCoreApplication.translate("VariantsPart", FIELD_MEANINGS.get(name, name)),
                partial(self._insert_field, name),
            )
        self.insert_button.setMenu(insert_menu)
        self.compare_button = QPushButton(
            QCoreApplication.translate("VariantsPart", "Compare with core")
        )
        self.compare_button.setToolTip(
            QCoreApplication.translate(
                "VariantsPart", "This variant beside the core message, word by word"
            )
        )
        self.compare_button.clicked.connect(self.compare_with_core)
        tools, tools_flow = flow_box()
        tools_flow.addWidget(self.insert_button)
        tools_flow.addWidget(self.compare_button)
        heading.addWidget(tools)
        return heading

    def _build_variant_text(self) -> None:
        """The variant's text with its merge fields, beside it as its audience reads it."""
        self.variant_editor = MessageEditor(
            self.save_variant,
            QCoreApplication.translate("VariantsPart", "Tailor the core message to this audience"),
            self._variant_words,
        )
        self.variant_editor.edit.setObjectName("variantText")
        self.variant_editor.heading.setText(
            QCoreApplication.translate("VariantsPart", "With merge fields")
        )
        self.variant_revision = muted()
        self.variant_editor.counted = self.rendered
        self.preview = QTextBrowser()
        self.preview.setObjectName("variantPreview")
        self.preview.setToolTip(
            QCoreApplication.translate(
                "VariantsPart", "The text as this audience reads it: merge fields filled"
            )
        )
        self.preview_heading = muted()
        self.variant_editor.add_beside(self.preview_heading, self.preview)
        self.variant_editor.edit.textChanged.connect(self._show_preview)
        self.missing = QLabel()
        self.missing.setObjectName("missingFields")
        self.missing.setStyleSheet(WARNING_STYLE)
        self.missing.setWordWrap(True)
        self.missing.hide()

    def _build_sign_offs(self) -> None:
        """The groups asked to sign the variant off, and the buttons to ask and answer."""
        self.sign_offs = QTableWidget(0, 5)
        self.sign_offs.setObjectName("signOffs")
        self.sign_offs.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("VariantsPart", "Group"),
                QCoreApplication.translate("VariantsPart", "Required"),
                QCoreApplication.translate("VariantsPart", "Answer"),
                QCoreApplication.translate("VariantsPart", "Comment"),
                QCoreApplication.translate("VariantsPart", "By, when"),
            ]
        )
        self.sign_offs.verticalHeader().hide()
        self.sign_offs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sign_offs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sign_offs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sign_offs.setWordWrap(True)
        header = self.sign_offs.horizontalHeader()
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.Interactive,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Interactive,
            )
        ):
            header.setSectionResizeMode(column, mode)
        # Long group names and "voided by the edit of …" wrap, leaving the comment its room.
        metrics = self.fontMetrics()
        header.resizeSection(0, metrics.horizontalAdvance("Calexit Coalition – South") + 12)
        header.resizeSection(4, metrics.horizontalAdvance("voided by the edit of") + 16)
        self.sign_offs.itemSelectionChanged.connect(self._update_sign_off_buttons)
        self.sign_offs.itemDoubleClicked.connect(lambda _i: self.record_answer())
        self.ask_button = QPushButton(
            QCoreApplication.translate("VariantsPart", "Ask for sign-off…")
        )
        self.ask_button.setToolTip(
            QCoreApplication.translate(
                "VariantsPart", "Ask an allied group to approve this variant as it stands"
            )
        )
        self.ask_button.clicked.connect(self.ask_sign_off)
        self.answer_button = QPushButton(
            QCoreApplication.translate("VariantsPart", "Record answer…")
        )
        self.answer_button.setToolTip(
            QCoreApplication.translate(
                "VariantsPart", "Approve, request changes or decline, with the group's comment"
            )
        )
        self.answer_button.clicked.connect(self.record_answer)
        self.withdraw_button = QPushButton(QCoreApplication.translate("VariantsPart", "Withdraw"))
        self.withdraw_button.setToolTip(
            QCoreApplication.translate("VariantsPart", "No longer ask this group")
        )
        self.withdraw_button.clicked.connect(self.withdraw_sign_off)

    # --- variants ------------------------------------------------------------------------

    def rendered(self, text: str) -> str:
        """The typed text as the chosen variant's audience will read it."""
        variant = self.current_variant()
        return fill_fields(text, variant.values).text if variant else text

    def _show_preview(self) -> None:
        variant = self.current_variant()
        if variant is None:
            return
        filled = fill_fields(self.variant_editor.text(), variant.values)
        self.preview.setPlainText(filled.text)
        if filled.missing:
            names = ", ".join(f"{{{name}}}" for name in filled.missing)
            self.missing.setText(
                QCoreApplication.translate(
                    "VariantsPart",
                    "Not filled for {audience}: {names}. Give them a value (Edit…) or take them "
                    "out.",
                ).format(audience=variant.audience, names=names)
            )
        self.missing.setVisible(bool(filled.missing))

    def _insert_field(self, name: str) -> None:
        self.variant_editor.edit.insertPlainText(f"{{{name}}}")
        self.variant_editor.edit.setFocus()

    def _variant_chosen(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        """Show the variant chosen; what was typed into the last one is asked about first."""
        if self._restoring:
            return
        chosen = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        if chosen == self.variant_id:
            return
        if not self.may_leave(variant_only=True):
            back = self.variant_id
            QTimer.singleShot(0, lambda: self.select_variant(back, quietly=True))
            return
        # A save read the list again, choosing the variant saved: choose this one again.
        self.select_variant(chosen, quietly=True)
        self.variant_editor.set_text("")
        self.variant_id = chosen
        self._show_variant(self.current_variant())

    def select_variant(self, variant_id: str | None, *, quietly: bool = False) -> None:
        for row in range(self.variant_list.count()):
            if self.variant_list.item(row).data(Qt.ItemDataRole.UserRole) == variant_id:
                self._restoring = quietly
                try:
                    self.variant_list.setCurrentRow(row)
                finally:
                    self._restoring = False
                return

    def add_variant(self) -> QDialog | None:
        if self.view is None:
            return None
        if not self.may_leave(variant_only=True):
            return None
        dialog = VariantDialog(self.ctx, self.view.id, parent=self)
        dialog.saved.connect(self._variant_added)
        return self._open(dialog)

    def _variant_added(self, variant_id: str) -> None:
        self.tabs.setCurrentIndex(VARIANTS_TAB)
        self.select_variant(variant_id)
        self.variant_editor.edit.setFocus()

    def edit_variant(self) -> QDialog | None:
        variant = self.current_variant()
        if self.view is None or variant is None:
            return None
        return self._open(VariantDialog(self.ctx, self.view.id, variant, parent=self))

    def confirm(self, question: str, detail: str) -> bool:
        """Ask before deleting (a method of its own, so that tests can answer it)."""
        return ask_to_confirm(self, question, detail)

    def delete_variant(self) -> None:
        variant = self.current_variant()
        if variant is None:
            return
        if not self.confirm(
            QCoreApplication.translate("VariantsPart", "Delete the variant for {audience}?").format(
                audience=variant.audience
            ),
            QCoreApplication.translate(
                "VariantsPart",
                "Its revisions, sign-offs and comments go with it. You can undo this with Ctrl+Z.",
            ),
        ):
            return
        self.variant_editor.set_text("")
        attempt(
            self.ctx,
            delete_variant,
            variant.id,
            label=QCoreApplication.translate(
                "VariantsPart", "Delete the variant for {audience}"
            ).format(audience=variant.audience),
            done="Variant deleted. Undo with Ctrl+Z.",
        )

    def save_variant(self) -> bool:
        variant = self.current_variant()
        if variant is None or not self.variant_editor.dirty:
            return True
        if self.variant_read_only:
            return False
        text, note = self.variant_editor.text(), self.variant_editor.note.text()
        answered = [s for s in variant.sign_offs if s.active and s.answer != SignOffAnswer.PENDING]
        try:
            self.ctx.run(
                save_variant_text,
                variant.id,
                text,
                note,
                label=QCoreApplication.translate(
                    "VariantsPart", "Edit the variant for {audience}"
                ).format(audience=variant.audience),
            )
        except CoalitionError as exc:
            self.ctx.error.emit(shown(exc))
            return False
        self.variant_editor.set_text(text)
        self.reload()
        if answered:
            groups = ", ".join(s.group for s in answered)
            self.ctx.message.emit(
                QCoreApplication.translate(
                    "VariantsPart", "Saved. Voided the answer of {groups}, and asked again."
                ).format(groups=groups)
            )
        else:
            self.ctx.message.emit(
                QCoreApplication.translate(
                    "VariantsPart", "Saved as a new revision. Undo with Ctrl+Z."
                )
            )
        return True

    def compare_with_core(self) -> QDialog | None:
        variant = self.current_variant()
        if self.view is None or variant is None:
            return None
        return self._open(
            DiffDialog(
                self.core_editor.text(),
                self.variant_editor.text(),
                QCoreApplication.translate("VariantsPart", "Core message"),
                QCoreApplication.translate("VariantsPart", "Variant for {audience}").format(
                    audience=variant.audience
                ),
                parent=self,
            )
        )

    # --- sign-offs ----------------------------------------------------------------------

    def selected_sign_off(self) -> SignOffView | None:
        variant = self.current_variant()
        row = self.sign_offs.currentRow()
        item = self.sign_offs.item(row, 0) if row >= 0 and self.sign_offs.selectedItems() else None
        if variant is None or item is None:
            return None
        ident = item.data(Qt.ItemDataRole.UserRole)
        return next((s for s in variant.sign_offs if s.id == ident), None)

    def select_sign_off(self, group: str) -> None:
        """Choose the active sign-off of a group (by its name): for tests and the keyboard."""
        for row in range(self.sign_offs.rowCount()):
            item = self.sign_offs.item(row, 0)
            if item is not None and item.text() == group and not item.font().strikeOut():
                self.sign_offs.selectRow(row)
                return

    def show_variant_access(self, variant: VariantView) -> None:
        """A variant addressed to another group is theirs, and a declaration's variants
        are the words a decision adopted: its text is shown, not changed, with why (the
        panel calls this each time it shows a variant)."""
        adopted = self.view.locked if self.view is not None else ""
        reason = adopted or readonly.refusal(self.ctx, "draft_variant", variant.id)
        self.variant_read_only = readonly.show_read_only(
            self.variant_banner,
            reason,
            [self.variant_editor],
            [self.insert_button, self.edit_variant_button, self.delete_variant_button],
        )
        if not self.variant_read_only:
            self.insert_button.setEnabled(True)
        self._update_sign_off_buttons()

    def _update_sign_off_buttons(self) -> None:
        chosen = self.selected_sign_off()
        active = chosen is not None and chosen.active
        # Answering is the asked group's (or a coordinator's): the button says so.
        refusal = readonly.refusal(self.ctx, "sign_off", chosen.id) if chosen and active else None
        self.answer_button.setEnabled(active and refusal is None)
        self.withdraw_button.setEnabled(active and refusal is None)
        tip = QCoreApplication.translate(
            "VariantsPart", "Approve, request changes or decline, with the group's comment"
        )
        self.answer_button.setToolTip(refusal or tip)

    def ask_sign_off(self) -> QDialog | None:
        variant = self.current_variant()
        if variant is None:
            return None
        if not self.may_leave(variant_only=True):
            return None
        variant = self.current_variant()  # as saved, if it was
        if variant is None:
            return None
        return self._open(AskSignOffDialog(self.ctx, variant, parent=self))

    def record_answer(self) -> QDialog | None:
        """Record a group's answer on the variant's text as saved: edits typed since are
        saved or thrown away first, so the answer is about the words the group is shown."""
        variant, chosen = self.current_variant(), self.selected_sign_off()
        if variant is None or chosen is None or not chosen.active:
            return None
        if self.variant_editor.has_unsaved():
            if not editing.may_leave(self.variant_editor, self):
                return None
            # A save voided the group's earlier answer and asked it again: answer that.
            variant = self.current_variant()
            chosen = next(
                (
                    s
                    for s in (variant.sign_offs if variant else ())
                    if s.active and s.organization_id == chosen.organization_id
                ),
                None,
            )
            if variant is None or chosen is None:
                return None
        return self._open(AnswerDialog(self.ctx, chosen, variant, parent=self))

    def withdraw_sign_off(self) -> None:
        variant, chosen = self.current_variant(), self.selected_sign_off()
        if variant is None or chosen is None or not chosen.active:
            return
        attempt(
            self.ctx,
            withdraw_sign_off,
            chosen.id,
            label=QCoreApplication.translate(
                "VariantsPart", "No longer ask {group} to sign off {audience}"
            ).format(group=chosen.group, audience=variant.audience),
            done="Request withdrawn. Undo with Ctrl+Z.",
        )
