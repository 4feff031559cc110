"""The dialogs of the Drafts screen: a draft, a variant, a request for sign-off, an
answer, a reply, and two texts compared."""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coalition.common.errors import CoalitionError
from coalition.common.i18n import shown
from coalition.directory import profiles
from coalition.drafts.channels import CHANNELS
from coalition.drafts.comments import add_comment
from coalition.drafts.diff import side_by_side_html
from coalition.drafts.draft import DraftInput, create_draft, draft_input, update_draft
from coalition.drafts.groups import group_choices
from coalition.drafts.lock import locked_reason
from coalition.drafts.lookup import get_draft
from coalition.drafts.merge import fill_fields, over_limits
from coalition.drafts.signoffs import answer_sign_off, request_sign_off
from coalition.drafts.variants import add_variant, update_variant
from coalition.store.models import SignOffAnswer
from coalition.ui.common.context import AppContext
from coalition.ui.common.editing import GuardedDialog
from coalition.ui.common.fieldproblems import FieldProblems, ask_to_confirm
from coalition.ui.common.widgets import RowsEditor, bold, muted, state_edit
from coalition.ui.drafts.common import ANSWER_CHOICES, error_label, limit_text
from coalition.ui.drafts.pickers import GroupPicker
from coalition.ui.drafts.views import SignOffView, VariantView

# --- dialogs ----------------------------------------------------------------------------


class DraftDialog(FieldProblems, GuardedDialog):
    """A new draft, or its title, channels, owner and tags changed (its text is edited in
    the panel, where every save is a revision)."""

    saved = Signal(str)  # the draft's id

    def __init__(
        self, ctx: AppContext, draft_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.draft_id = draft_id
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        adopted = None
        with ctx.reading() as session:
            groups = group_choices(session)
            if draft_id:
                draft = get_draft(session, draft_id)
                data, adopted = draft_input(draft), locked_reason(session, draft)
            else:
                data = DraftInput(title="", channels=["x"])
        self.setWindowTitle(self.tr("Edit draft") if draft_id else self.tr("New draft"))
        self.general_error = error_label()
        self.title = QLineEdit(data.title)
        self.title.setPlaceholderText(self.tr("Would you really mind if California left?"))
        if adopted:  # a declaration's title is part of the words a decision adopted
            self.title.setReadOnly(True)
            self.title.setToolTip(adopted)
        self.channel_boxes: dict[str, QCheckBox] = {}
        channels = QWidget()
        grid = QGridLayout(channels)
        grid.setContentsMargins(0, 0, 0, 0)
        for number, (key, channel) in enumerate(CHANNELS.items()):
            box = QCheckBox(channel.label)
            box.setToolTip(limit_text(channel))
            box.setChecked(key in data.channels)
            self.channel_boxes[key] = box
            grid.addWidget(box, number // 3, number % 3)
        self.owner = GroupPicker(groups, optional=True)
        self.owner.setToolTip(self.tr("The allied group that speaks for this message"))
        self.owner.select(data.owner_org_id)
        self.tags = QLineEdit(", ".join(data.tags))
        self.tags.setPlaceholderText(self.tr("question, 2028 (separated by commas)"))
        self.core = QPlainTextEdit()
        self.core.setPlaceholderText(
            self.tr("The core message every audience starts from (you can write it later)")
        )
        self.core.setTabChangesFocus(True)
        self.core.setFixedHeight(90)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Title"), self.field_box("title", self.title))
        form.addRow(self.tr("&Channels"), self.field_box("channels", channels))
        form.addRow(self.tr("&Owner"), self.field_box("owner_org_id", self.owner))
        form.addRow(self.tr("T&ags"), self.field_box("tags", self.tags))
        if draft_id is None:
            form.addRow(self.tr("Core &message"), self.field_box("core_text", self.core))
        self.lay_out_form(form, self.tr("Save") if draft_id else self.tr("Create draft"))
        self.resize(560, self.sizeHint().height())
        self.title.setFocus()
        self.remember_input()

    def collect(self) -> tuple[DraftInput | None, dict[str, str]]:
        owner, problem = self.owner.chosen()
        if problem:
            return None, {"owner_org_id": problem}
        tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        channels = [key for key, box in self.channel_boxes.items() if box.isChecked()]
        return DraftInput(
            title=self.title.text(), channels=channels, owner_org_id=owner, tags=tags
        ), {}

    def accept(self) -> None:
        """Save through the service; on a problem, say it beside the field and stay open."""
        self.clear_problems()
        data, problems = self.collect()
        if data is None:
            self.show_problems(problems)
            return
        title = data.title.strip()
        try:
            if self.draft_id is None:
                row = self.ctx.run(
                    create_draft,
                    data,
                    self.core.toPlainText(),
                    label=self.tr("New draft “{title}”").format(title=title),
                )
            else:
                row = self.ctx.run(
                    update_draft,
                    self.draft_id,
                    data,
                    label=self.tr("Edit draft “{title}”").format(title=title),
                )
        except CoalitionError as exc:
            self.show_error(exc)
            return
        self.draft_id = row.id
        self.saved.emit(row.id)
        super().accept()


class VariantDialog(FieldProblems, GuardedDialog):
    """A variant for one audience: who it is for, and what fills its merge fields.

    The state fills {state}, the group {group}; extra fields (a page's name, a local
    figure) are kept per variant once it exists.
    """

    saved = Signal(str)  # the variant's id

    def __init__(
        self,
        ctx: AppContext,
        draft_id: str,
        variant: VariantView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.draft_id = draft_id
        self.variant_id = variant.id if variant else None
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        with ctx.reading() as session:
            groups = group_choices(session)
        self.setWindowTitle(self.tr("Edit variant") if variant else self.tr("New variant"))
        self.general_error = error_label()
        self.audience = QLineEdit(variant.audience if variant else "")
        self.audience.setPlaceholderText(
            self.tr("Red Oregon (empty: the state's or the group's name)")
        )
        self.state = state_edit(self.tr("SC or South Carolina: fills {state}"))
        self.state.setText(variant.state_code if variant else "")
        self.group = GroupPicker(groups, optional=True)
        self.group.setToolTip(self.tr("The allied group this variant speaks to: fills {group}"))
        self.group.select(variant.organization_id if variant else None)
        self.extra = RowsEditor([self.tr("Field"), self.tr("Value")], stretch=1)
        self.extra.setToolTip(
            self.tr("More merge fields: {field} in the text is replaced by its value")
        )
        self.extra.set_rows([[k, v] for k, v in (variant.fields if variant else {}).items()])
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Audience"), self.field_box("audience", self.audience))
        form.addRow(self.tr("&State"), self.field_box("state", self.state))
        form.addRow(self.tr("&Group"), self.field_box("organization_id", self.group))
        if variant is not None:
            form.addRow(self.tr("&More fields"), self.field_box("fields", self.extra))
            form.addRow(
                "",
                muted(
                    self.tr(
                        "Another state, group or field changes the message as sent: the groups"
                        " that answered are asked again."
                    )
                ),
            )
        else:
            form.addRow(
                "", muted(self.tr("It starts from the core message; you tailor it once added."))
            )
        self.lay_out_form(form, self.tr("Save") if variant else self.tr("Add variant"))
        self.resize(480, self.sizeHint().height())
        self.audience.setFocus()
        self.remember_input()

    def accept(self) -> None:
        self.clear_problems()
        group, problem = self.group.chosen()
        if problem:
            self.show_problems({"organization_id": problem})
            return
        audience = self.audience.text().strip() or self.state.text().strip() or "a new audience"
        try:
            if self.variant_id is None:
                row = self.ctx.run(
                    add_variant,
                    self.draft_id,
                    self.audience.text(),
                    state=self.state.text(),
                    organization_id=group,
                    label=self.tr("Add variant for {audience}").format(audience=audience),
                )
            else:
                row = self.ctx.run(
                    update_variant,
                    self.variant_id,
                    audience=self.audience.text(),
                    state=self.state.text(),
                    organization_id=group,
                    fields={name: value for name, value, *_ in self.extra.rows() if name},
                    label=self.tr("Edit variant for {audience}").format(audience=audience),
                )
        except CoalitionError as exc:
            self.show_error(exc)
            return
        self.variant_id = row.id
        self.saved.emit(row.id)
        super().accept()


class AskSignOffDialog(FieldProblems, GuardedDialog):
    """Ask an allied group to sign off a variant as it stands."""

    def __init__(
        self, ctx: AppContext, variant: VariantView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.variant = variant
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        with ctx.reading() as session:
            groups = group_choices(session)
        self.setWindowTitle(self.tr("Ask for sign-off"))
        self.general_error = error_label()
        self.group = GroupPicker(groups, optional=False)
        self.required = QCheckBox(
            self.tr("Required: the variant is approved only once this group approves")
        )
        self.required.setChecked(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(
            "",
            bold(QLabel(self.tr("The variant for {audience}").format(audience=variant.audience))),
        )
        form.addRow(self.tr("&Group"), self.field_box("organization_id", self.group))
        form.addRow("", self.required)
        self.lay_out_form(form, self.tr("Ask"))
        self.resize(460, self.sizeHint().height())
        self.remember_input()

    def choose(self, organization_id: str) -> None:
        self.group.select(organization_id)

    def accept(self) -> None:
        self.clear_problems()
        group, problem = self.group.chosen()
        if group is None:
            self.show_problems({"organization_id": problem})
            return
        try:
            self.ctx.run(
                request_sign_off,
                self.variant.id,
                group,
                required=self.required.isChecked(),
                label=self.tr("Ask {group} to sign off {audience}").format(
                    group=self.group.currentText().strip(), audience=self.variant.audience
                ),
            )
        except CoalitionError as exc:
            self.show_error(exc)
            return
        super().accept()


class AnswerDialog(FieldProblems, GuardedDialog):
    """A group's answer to a request for sign-off: approve, request changes or decline.

    The text the group answers on is shown as its audience reads it, and the answer is
    recorded for that very revision: if the variant is saved again meanwhile, the service
    refuses it rather than let an approval cover words nobody read.
    """

    def __init__(
        self,
        ctx: AppContext,
        sign_off: SignOffView,
        variant: VariantView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sign_off = sign_off
        self.variant = variant
        self.audience = variant.audience
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self.setWindowTitle(self.tr("Record an answer"))
        self.general_error = error_label()
        self.choices = QButtonGroup(self)
        self.answer_buttons: dict[SignOffAnswer, QRadioButton] = {}
        answers = QWidget()
        row = QHBoxLayout(answers)
        row.setContentsMargins(0, 0, 0, 0)
        for answer, text in ANSWER_CHOICES:
            button = QRadioButton(self.tr(text))
            self.choices.addButton(button)
            self.answer_buttons[answer] = button
            row.addWidget(button)
        row.addStretch(1)
        self.answer_buttons[SignOffAnswer.APPROVED].setChecked(True)
        self.text = QTextBrowser()
        self.text.setObjectName("answeredText")
        self.text.setPlainText(fill_fields(variant.text, variant.values).text)
        self.text.setFixedHeight(self.text.fontMetrics().height() * 5)
        self.text.setToolTip(self.tr("The text the group answers on, as its audience reads it"))
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(self.tr("What they said: the change they want, or why not"))
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(80)
        # Recorded as the organizer whose profile is active: never a name typed in.
        self.by = muted(profiles.credit() or self.tr("nobody is set up yet"))
        self.by.setObjectName("answeredBy")
        self.by.setToolTip(
            self.tr("The answer is credited to you and your organization (File → Switch profile…)")
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        heading = self.tr("{group} on the variant for {audience}")
        form.addRow("", bold(QLabel(heading.format(group=sign_off.group, audience=self.audience))))
        form.addRow(self.tr("Text"), self.text)
        form.addRow(self.tr("&Answer"), self.field_box("answer", answers))
        form.addRow(self.tr("&Comment"), self.field_box("comment", self.comment))
        form.addRow(self.tr("Recorded by"), self.by)
        self.lay_out_form(form, self.tr("Record"))
        self.resize(480, self.sizeHint().height())
        self.remember_input()

    def choose(self, answer: SignOffAnswer) -> None:
        self.answer_buttons[answer].setChecked(True)

    def answer(self) -> SignOffAnswer:
        return next(a for a, b in self.answer_buttons.items() if b.isChecked())

    def confirm_over_limit(self, question: str, detail: str) -> bool:
        """Ask whether to approve a text that a channel would cut (a method of its own, so
        that tests can answer it)."""
        return ask_to_confirm(self, question, detail, action=self.tr("Approve anyway"))

    def _may_approve(self) -> bool:
        """Approving a text over a channel's limit approves a post that would be cut: say
        which channel, its limit and the length, and let the person go on or not."""
        try:
            with self.ctx.reading() as session:
                over = over_limits(session, self.variant.id)
        except CoalitionError:
            return True  # the service says what is wrong when recording
        if not over:
            return True
        number = QLocale().toString
        lines = [
            self.tr("{channel} allows at most {limit} characters; it has {used}.").format(
                channel=channel.label, limit=number(counted.limit or 0), used=number(counted.used)
            )
            for channel, counted in over
        ]
        question = self.tr(
            "The variant for {audience} is too long for {channels}. Approve it anyway?"
        )
        return self.confirm_over_limit(
            question.format(
                audience=self.audience, channels=", ".join(channel.label for channel, _c in over)
            ),
            "\n".join(lines),
        )

    def accept(self) -> None:
        self.clear_problems()
        answer = self.answer()
        if answer == SignOffAnswer.APPROVED and not self._may_approve():
            return
        try:
            self.ctx.run(
                answer_sign_off,
                self.sign_off.id,
                answer,
                comment=self.comment.toPlainText(),
                revision_id=self.sign_off.revision_id,
                label=self.tr("{group}: {answer} ({audience})").format(
                    group=self.sign_off.group, answer=answer.label.lower(), audience=self.audience
                ),
            )
        except CoalitionError as exc:
            self.show_error(exc)
            return
        super().accept()


class CommentDialog(GuardedDialog):
    """A reply to one comment, with the comment quoted above it."""

    def __init__(
        self,
        ctx: AppContext,
        draft_id: str,
        parent_comment: tuple[str, str, str],
        variant_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.draft_id = draft_id
        self.variant_id = variant_id
        self.parent_id, author, body = parent_comment
        self.setWindowTitle(self.tr("Reply"))
        quoted = QLabel(
            self.tr("<b>{value}</b> wrote:<br>{value2}").format(
                value=html.escape(author or self.tr("Someone")), value2=html.escape(body)
            )
        )
        quoted.setWordWrap(True)
        quoted.setStyleSheet("padding: 6px; border-left: 3px solid palette(mid);")
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText(self.tr("Your reply"))
        self.body.setTabChangesFocus(True)
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Reply"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(quoted)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(460, 260)
        self.body.setFocus()
        self.remember_input()

    def accept(self) -> None:
        try:
            self.ctx.run(
                add_comment,
                self.draft_id,
                self.body.toPlainText(),
                variant_id=self.variant_id,
                parent_id=self.parent_id,
                label="Reply to a comment",
            )
        except CoalitionError as exc:
            self.error.setText(shown(exc))
            self.error.show()
            return
        super().accept()


class DiffDialog(QDialog):
    """Two texts side by side, the words taken out struck on the left and the words put in
    marked on the right; the two sides scroll together, so a long message stays aligned."""

    def __init__(
        self,
        old: str,
        new: str,
        old_title: str,
        new_title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Compare: {old_title} ↔ {new_title}").format(
                old_title=old_title, new_title=new_title
            )
        )
        left_html, right_html = side_by_side_html(old, new)
        self.left = QTextBrowser()
        self.left.setObjectName("diffOld")
        self.left.setHtml(left_html)
        self.right = QTextBrowser()
        self.right.setObjectName("diffNew")
        self.right.setHtml(right_html)
        self.left_html, self.right_html = left_html, right_html
        grid = QGridLayout()
        grid.addWidget(bold(QLabel(old_title)), 0, 0)
        grid.addWidget(bold(QLabel(new_title)), 0, 1)
        grid.addWidget(self.left, 1, 0)
        grid.addWidget(self.right, 1, 1)
        legend = muted(self.tr("Struck out: words taken out. Marked: words put in."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        layout.addWidget(legend)
        layout.addWidget(buttons)
        self._syncing = False
        self.left.verticalScrollBar().valueChanged.connect(
            lambda value: self._follow(self.left, self.right, value)
        )
        self.right.verticalScrollBar().valueChanged.connect(
            lambda value: self._follow(self.right, self.left, value)
        )
        self.resize(900, 460)

    def _follow(self, source: QTextBrowser, target: QTextBrowser, value: int) -> None:
        """Scroll the other side to the same place, in proportion (the sides differ in length)."""
        if self._syncing:
            return
        self._syncing = True
        try:
            bar, other = source.verticalScrollBar(), target.verticalScrollBar()
            share = value / bar.maximum() if bar.maximum() else 0.0
            other.setValue(round(share * other.maximum()))
        finally:
            self._syncing = False
