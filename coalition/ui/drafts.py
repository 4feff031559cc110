"""The Drafts screen: one shared message, a variant per audience, and who signed off.

Coalition partners ask the same question everywhere, each state or group in its own
words.  On the left, the drafts (searched as you type, filtered by status), each with how
many of its variants are approved.  On the right, the draft chosen: its channels, owner
and status; the core message, counted against each channel's limit while typing; the
variants, each counted on the text as its audience will read it (merge fields filled),
with the groups asked to sign it off; every saved revision, compared side by side; and
the threaded comments.  Variants leave as plain text, Markdown or HTML on the clipboard,
and the approved ones as a message pack in HTML or PDF.

Every change is one service call through :meth:`AppContext.run`, so one undo step; the
screen follows :attr:`AppContext.changed`, so an undo shows at once.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from coalition import directory, drafts
from coalition.errors import CoalitionError, NotFoundError
from coalition.files import write_bytes
from coalition.states import BY_CODE
from coalition.store.models import DraftRevision, DraftStatus, SignOffAnswer
from coalition.ui import filedialogs
from coalition.ui import formatting
from coalition.ui.calls import CHIP_STYLE, WARNING_STYLE, attempt, write_pdf
from coalition.ui.context import AppContext
from coalition.ui.listscreen import ERROR_STYLE, FieldProblems, ask_to_confirm
from coalition.ui.widgets import MUTED_STYLE, RowsEditor, bold, muted, state_edit

#: A change to one of these can change what the screen shows (a group's name included).
DRAFT_TABLES = {
    "draft",
    "draft_status_change",
    "draft_variant",
    "draft_revision",
    "sign_off",
    "draft_comment",
    "organization",
}
DARK, LIGHT = "#1a1a1a", "#ffffff"
#: (text, background) of each status of a draft: the colours of the endorsement statuses
#: with the same sense (asked: grey-blue, being looked at: amber, settled: green).
STATUS_COLORS: dict[DraftStatus, tuple[str, str]] = {
    DraftStatus.DRAFT: (DARK, "#a9bcd0"),
    DraftStatus.IN_REVIEW: (DARK, "#f6c343"),
    DraftStatus.APPROVED: (LIGHT, "#2e7d32"),
    DraftStatus.PUBLISHED: (LIGHT, "#1f5fa8"),
    DraftStatus.RETIRED: (LIGHT, "#4a4a4a"),
}
ANSWER_COLORS: dict[SignOffAnswer, tuple[str, str]] = {
    SignOffAnswer.PENDING: (DARK, "#a9bcd0"),
    SignOffAnswer.APPROVED: (LIGHT, "#2e7d32"),
    SignOffAnswer.CHANGES_REQUESTED: (DARK, "#ee8a2c"),
    SignOffAnswer.DECLINED: (LIGHT, "#c62828"),
}
#: A variant's state in the colour of the answer that decides it; "in review" is amber, as
#: for a draft in review; nothing asked yet is a muted grey.
VARIANT_STATE_COLORS: dict[drafts.VariantState, tuple[str, str]] = {
    drafts.VariantState.NO_SIGN_OFFS: (DARK, "#d6dbe1"),
    drafts.VariantState.WAITING: STATUS_COLORS[DraftStatus.IN_REVIEW],
    drafts.VariantState.CHANGES_REQUESTED: ANSWER_COLORS[SignOffAnswer.CHANGES_REQUESTED],
    drafts.VariantState.DECLINED: ANSWER_COLORS[SignOffAnswer.DECLINED],
    drafts.VariantState.APPROVED: ANSWER_COLORS[SignOffAnswer.APPROVED],
}
#: What each merge field is filled with, for the menu that inserts them.
FIELD_MEANINGS = {
    "state": "the state's name",
    "group": "the group's name (else the draft owner's)",
    "next_call": "the next coalition call, in the state's time",
}
CORE = ""  # the key of the core message among the targets of history and comments
CORE_TAB, VARIANTS_TAB, HISTORY_TAB, COMMENTS_TAB = range(4)
VOIDED_COLOR = "#8a8a8a"
OVER_STYLE = "color: #b00020; font-weight: bold;"
ANSWER_CHOICES = (
    (SignOffAnswer.APPROVED, "Approve"),
    (SignOffAnswer.CHANGES_REQUESTED, "Request changes"),
    (SignOffAnswer.DECLINED, "Decline"),
)
Button = QMessageBox.StandardButton


# --- small helpers ----------------------------------------------------------------------


def chip_style(colors: tuple[str, str]) -> str:
    return CHIP_STYLE.format(fg=colors[0], bg=colors[1])


def status_colors(status: DraftStatus | str) -> tuple[str, str]:
    return STATUS_COLORS[DraftStatus(status)]


def limit_text(channel: drafts.Channel) -> str:
    if not channel.limit:
        return QCoreApplication.translate("Drafts", "No limit")
    return QCoreApplication.translate("Drafts", "At most {n} characters").format(n=formatting.number(channel.limit))


def local(moment: dt.datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """A stored UTC instant on this computer's clock."""
    return formatting.shaped(moment.astimezone(), fmt) if moment else ""


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def _buttons_row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


def _swatch(color: str, size: int = 10) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def _column(heading: QLabel, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(heading)
    layout.addWidget(widget, 1)
    return box


def _choice_combo(choices: list[tuple[str, str]], nobody: str) -> QComboBox:
    """A combo of groups one can type into; the first entry means none."""
    box = QComboBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = box.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    box.addItem(nobody, None)
    for ident, name in choices:
        box.addItem(name, ident)
    return box


def _chosen_id(box: QComboBox) -> tuple[str | None, bool]:
    """(the id of the name typed or chosen, whether the text names anything at all)."""
    text = box.currentText().strip()
    if not text or text == box.itemText(0):
        return None, True
    index = box.currentIndex()
    if index < 0 or box.itemText(index) != text:
        index = box.findText(text, Qt.MatchFlag.MatchFixedString)
    return (box.itemData(index), True) if index > 0 else (None, False)


def _select_id(box: QComboBox, ident: str | None) -> None:
    box.setCurrentIndex(max(0, box.findData(ident)) if ident else 0)


# --- what the panel shows, read in one session ------------------------------------------


@dataclass(frozen=True)
class SignOffView:
    id: str
    group: str
    required: bool
    answer: SignOffAnswer
    comment: str
    answered_by: str
    requested_at: dt.datetime | None
    answered_at: dt.datetime | None
    voided_at: dt.datetime | None

    @property
    def active(self) -> bool:
        return self.voided_at is None


@dataclass(frozen=True)
class VariantView:
    id: str
    audience: str
    state_code: str
    organization_id: str | None
    group: str
    text: str
    revision: str  # which revision the text is, by whom, when
    fields: dict[str, str]
    values: dict[str, str]  # what fills each merge field for this audience
    state: drafts.VariantState
    sign_offs: tuple[SignOffView, ...]


@dataclass(frozen=True)
class DraftView:
    id: str
    title: str
    status: DraftStatus
    channels: tuple[str, ...]
    owner: str
    tags: tuple[str, ...]
    core_text: str
    core_revision: str
    moves: tuple[tuple[DraftStatus, dt.datetime | None, str, str], ...]  # status, at, actor, note
    variants: tuple[VariantView, ...]
    comment_counts: dict[str, int]  # by variant id; CORE for those on the core message


@dataclass(frozen=True)
class CommentView:
    id: str
    author: str
    body: str
    at: dt.datetime | None
    replies: tuple[CommentView, ...]


def comment_view(node: drafts.CommentNode) -> CommentView:
    comment = node.comment
    return CommentView(
        comment.id,
        comment.author or "",
        comment.body,
        comment.created_at,
        tuple(comment_view(r) for r in node.replies),
    )


def revision_line(revision: DraftRevision | None) -> str:
    """'Revision 3 by Ana Reyes, 2026-11-20 14:05: shorter': which text is shown."""
    if revision is None:
        return ""
    line = f"Revision {revision.number}" + (f" by {revision.author}" if revision.author else "")
    return line + f", {local(revision.at)}" + (f": {revision.note}" if revision.note else "")


def read_draft(session: Session, draft_id: str) -> DraftView:
    """Everything the panel shows of a draft, as plain values: rows read in a session
    expire once it ends, and the panel outlives many sessions."""
    draft = drafts.get_draft(session, draft_id)
    comment_counts: dict[str, int] = {}
    for comment in draft.comments:
        key = comment.variant_id or CORE
        comment_counts[key] = comment_counts.get(key, 0) + 1
    variants = []
    for variant in drafts.variants(session, draft_id):
        sign_offs = tuple(
            SignOffView(
                s.id,
                s.organization.name if s.organization else "?",
                bool(s.required),
                SignOffAnswer(s.answer),
                s.comment or "",
                s.answered_by or "",
                s.requested_at,
                s.answered_at,
                s.voided_at,
            )
            for s in drafts.all_sign_offs(session, variant.id)
        )
        variants.append(
            VariantView(
                variant.id,
                variant.audience,
                variant.state or "",
                variant.organization_id,
                variant.organization.name if variant.organization else "",
                variant.text or "",
                revision_line(drafts.current_revision(session, variant.id)),
                dict(variant.fields or {}),
                dict(drafts.merge_values(session, variant.id)),
                drafts.variant_state(session, variant.id),
                sign_offs,
            )
        )
    return DraftView(
        draft.id,
        draft.title,
        DraftStatus(draft.status),
        tuple(draft.channels or ()),
        draft.owner_org.name if draft.owner_org else "",
        tuple(draft.tags or ()),
        draft.core_text or "",
        revision_line(next(iter(drafts.revisions(session, draft_id)), None)),
        tuple(
            (DraftStatus(c.status), c.at, c.actor or "", c.note or "")
            for c in drafts.status_history(session, draft_id)
        ),
        tuple(variants),
        comment_counts,
    )


def inline_diff_html(old: str, new: str) -> str:
    """What changed from ``old`` to ``new`` in one text: words taken out struck through,
    words put in marked (a glance; the diff dialog puts the two side by side)."""
    pieces = []
    for op, piece in drafts.diff_words(old, new):
        shown = html.escape(piece).replace("\n", "<br>")
        if op == "delete":
            pieces.append(f'<del style="background:#fdd">{shown}</del>')
        elif op == "insert":
            pieces.append(f'<ins style="background:#dfd">{shown}</ins>')
        else:
            pieces.append(shown)
    return "".join(pieces)


# --- the live counts --------------------------------------------------------------------


class CountBar(QWidget):
    """One label per channel of the draft: characters used of the channel's limit.

    Counted on every keystroke (a count is a length: nothing to wait for), in red with how
    far over once the text no longer fits, so that a post is cut before it is sent.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: dict[str, QLabel] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(14)
        self._layout.addStretch(1)
        self._none = muted("Choose the channels above to count against their limits.")
        self._layout.insertWidget(0, self._none)

    def set_channels(self, channels: tuple[str, ...]) -> None:
        if tuple(self.labels) == channels:
            return
        for label in self.labels.values():
            self._layout.removeWidget(label)
            label.hide()  # gone at once, not when the event loop gets to deleting it
            label.deleteLater()
        self.labels = {}
        for number, key in enumerate(k for k in channels if k in drafts.CHANNELS):
            label = QLabel()
            label.setObjectName(f"count_{key}")
            self.labels[key] = label
            self._layout.insertWidget(number, label)
        self._none.setVisible(not self.labels)

    def show_counts(self, text: str) -> None:
        for key, label in self.labels.items():
            channel = drafts.CHANNELS[key]
            counted = drafts.count(key, text)
            if counted.limit is None:
                label.setText(f"{channel.label} {formatting.number(counted.used)}")
                label.setToolTip(f"{channel.label}: no limit")
                label.setStyleSheet(MUTED_STYLE)
                continue
            line = f"{channel.label} {formatting.number(counted.used)} / {formatting.number(counted.limit)}"
            if counted.over:
                line += f" · +{formatting.number(counted.over)} over"
            label.setText(line)
            label.setStyleSheet(OVER_STYLE if counted.over else "")
            label.setToolTip(
                f"{channel.label}: at most {formatting.number(counted.limit)} characters"
                + (f"; cut {formatting.number(counted.over)}" if counted.over else "")
            )


class MessageEditor(QWidget):
    """A message's text with its live counts, a note for the revision, Save and Revert.

    Saving is the owner's business (``on_save``): the core and a variant are saved by
    different services.  ``counted`` turns the typed text into the text that is counted
    (a variant is counted as its audience reads it, merge fields filled).
    """

    def __init__(
        self,
        on_save: Callable[[], bool],
        placeholder: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.dirty = False
        self._loading = False
        self.counted: Callable[[str], str] = lambda text: text
        self.edit = QPlainTextEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setTabChangesFocus(True)
        self.counts = CountBar()
        self.note = QLineEdit()
        self.note.setPlaceholderText("What changed (kept with the revision)")
        self.note.setClearButtonEnabled(True)
        self.revert_button = QPushButton("Revert")
        self.revert_button.setToolTip("Forget the changes not yet saved")
        self.save_button = QPushButton("Save")
        self.save_button.setToolTip("Save as a new revision (Ctrl+S)")
        self.save_button.clicked.connect(on_save)
        self._saved_text = ""
        self.revert_button.clicked.connect(self.revert)
        save_action = QAction("Save", self)
        save_action.setShortcut(QKeySequence.StandardKey.Save)
        save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_action.triggered.connect(on_save)
        self.addAction(save_action)

        self.heading = muted()
        self.body = QSplitter(Qt.Orientation.Horizontal)
        self.body.setChildrenCollapsible(False)
        self.body.addWidget(_column(self.heading, self.edit))
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.counts)
        layout.addLayout(bottom)
        self.edit.textChanged.connect(self._changed)
        self._set_dirty(False)

    def add_beside(self, heading: QLabel, widget: QWidget) -> None:
        """Show ``widget`` to the right of the text, under its own heading."""
        self.body.addWidget(_column(heading, widget))

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        """Show the stored text, forgetting what was typed (the cursor stays where it was)."""
        self._saved_text = text
        if self.edit.toPlainText() != text:
            self._loading = True
            try:
                cursor = self.edit.textCursor().position()
                self.edit.setPlainText(text)
                moved = self.edit.textCursor()
                moved.setPosition(min(cursor, len(text)))
                self.edit.setTextCursor(moved)
            finally:
                self._loading = False
        self.note.clear()
        self._set_dirty(False)
        self.recount()

    def revert(self) -> None:
        """Forget what was typed since the last save."""
        self.set_text(self._saved_text)

    def set_channels(self, channels: tuple[str, ...]) -> None:
        self.counts.set_channels(channels)
        self.recount()

    def recount(self) -> None:
        self.counts.show_counts(self.counted(self.text()))

    def _changed(self) -> None:
        self.recount()
        if not self._loading:
            self._set_dirty(self.text() != self._saved_text)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)


# --- the list of drafts -----------------------------------------------------------------

RowRole = Qt.ItemDataRole.UserRole  # the DraftRow an item stands for


def approved_summary(row: drafts.DraftRow) -> str:
    """'2 of 3 variants approved': how far a draft is from a message pack to send."""
    if not row.variant_count:
        return "No variants yet"
    noun = "variant" if row.variant_count == 1 else "variants"
    return f"{row.approved_count} of {row.variant_count} {noun} approved"


class DraftRowDelegate(QStyledItemDelegate):
    """Two lines per draft: the title with its status chip, then how far its sign-off is."""

    PAD = 6

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        # As wide as the list (the title is elided), never wider: no sideways scrolling.
        height = option.fontMetrics.height()
        return QSize(1, 2 * height + 3 * self.PAD)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row = index.data(RowRole)
        if row is None:
            super().paint(painter, option, index)
            return
        painter.save()
        style = option.widget.style() if option.widget else None
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_color = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = text_color if selected else option.palette.color(QPalette.ColorRole.PlaceholderText)
        rect = option.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        metrics = option.fontMetrics
        line = metrics.height()

        # The chip, right-aligned on the first line.
        status = DraftStatus(row.status)
        fg, bg = status_colors(status)
        bold = QFont(option.font)
        bold.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.9)
        small.setBold(True)
        painter.setFont(small)
        chip_width = painter.fontMetrics().horizontalAdvance(status.label) + 14
        chip = QRect(rect.right() - chip_width, rect.top(), chip_width, line + 2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(bg))
        painter.drawRoundedRect(chip, 3, 3)
        painter.setPen(QColor(fg))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, status.label)

        painter.setFont(bold)
        painter.setPen(text_color)
        title_rect = QRect(rect.left(), rect.top(), rect.width() - chip_width - 8, line + 2)
        title = painter.fontMetrics().elidedText(
            row.title, Qt.TextElideMode.ElideRight, title_rect.width()
        )
        painter.drawText(
            title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title
        )

        painter.setFont(option.font)
        painter.setPen(muted)
        second = QRect(rect.left(), rect.top() + line + self.PAD, rect.width(), line)
        channels = ", ".join(drafts.CHANNELS[k].label for k in row.channels if k in drafts.CHANNELS)
        detail = approved_summary(row) + (f" · {channels}" if channels else "")
        painter.drawText(
            second,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(detail, Qt.TextElideMode.ElideRight, second.width()),
        )
        painter.restore()


class WrappingDelegate(QStyledItemDelegate):
    """Rows of a tree as tall as their first column's text wrapped to its width: a tree
    view sizes rows for one line, which would cut a comment off after a few words."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree
        tree.header().sectionResized.connect(lambda *_: tree.scheduleDelayedItemsLayout())

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        if index.column() != 0:  # the other columns fit their contents
            return hint
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self._tree.header().sectionSize(0) - self._tree.indentation() * (depth + 1)
        width = max(40, width - 12)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        wrapped = option.fontMetrics.boundingRect(
            QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text
        )
        return QSize(hint.width(), max(hint.height(), wrapped.height() + 6))


# --- dialogs ----------------------------------------------------------------------------


class DraftDialog(FieldProblems, QDialog):
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
        with ctx.reading() as session:
            groups = directory.organization_choices(session)
            data = (
                drafts.draft_input(drafts.get_draft(session, draft_id))
                if draft_id
                else drafts.DraftInput(title="", channels=["x"])
            )
        self.setWindowTitle("Edit draft" if draft_id else "New draft")
        self.general_error = _error_label()
        self.title = QLineEdit(data.title)
        self.title.setPlaceholderText("Would you really mind if California left?")
        self.channel_boxes: dict[str, QCheckBox] = {}
        channels = QWidget()
        grid = QGridLayout(channels)
        grid.setContentsMargins(0, 0, 0, 0)
        for number, (key, channel) in enumerate(drafts.CHANNELS.items()):
            box = QCheckBox(channel.label)
            box.setToolTip(limit_text(channel))
            box.setChecked(key in data.channels)
            self.channel_boxes[key] = box
            grid.addWidget(box, number // 3, number % 3)
        self.owner = _choice_combo(groups, "(no owner)")
        self.owner.setToolTip("The allied group that speaks for this message")
        _select_id(self.owner, data.owner_org_id)
        self.tags = QLineEdit(", ".join(data.tags))
        self.tags.setPlaceholderText("question, 2028 (separated by commas)")
        self.core = QPlainTextEdit()
        self.core.setPlaceholderText(
            "The core message every audience starts from (you can write it later)"
        )
        self.core.setTabChangesFocus(True)
        self.core.setFixedHeight(90)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("&Title", self.field_box("title", self.title))
        form.addRow("&Channels", self.field_box("channels", channels))
        form.addRow("&Owner", self.field_box("owner_org_id", self.owner))
        form.addRow("T&ags", self.field_box("tags", self.tags))
        if draft_id is None:
            form.addRow("Core &message", self.field_box("core_text", self.core))
        self.lay_out_form(form, "Save" if draft_id else "Create draft")
        self.resize(560, self.sizeHint().height())
        self.title.setFocus()

    def collect(self) -> tuple[drafts.DraftInput | None, dict[str, str]]:
        owner, known = _chosen_id(self.owner)
        if not known:
            return None, {
                "owner_org_id": f"no group is called “{self.owner.currentText().strip()}”"
            }
        tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        channels = [key for key, box in self.channel_boxes.items() if box.isChecked()]
        return drafts.DraftInput(
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
                    drafts.create_draft, data, self.core.toPlainText(), label=f"New draft “{title}”"
                )
            else:
                row = self.ctx.run(
                    drafts.update_draft, self.draft_id, data, label=f"Edit draft “{title}”"
                )
        except CoalitionError as exc:
            self.show_error(exc)
            return
        self.draft_id = row.id
        self.saved.emit(row.id)
        super().accept()


class VariantDialog(FieldProblems, QDialog):
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
            groups = directory.organization_choices(session)
        self.setWindowTitle("Edit variant" if variant else "New variant")
        self.general_error = _error_label()
        self.audience = QLineEdit(variant.audience if variant else "")
        self.audience.setPlaceholderText("Red Oregon (empty: the state's or the group's name)")
        self.state = state_edit("SC or South Carolina: fills {state}")
        self.state.setText(variant.state_code if variant else "")
        self.group = _choice_combo(groups, "(no group)")
        self.group.setToolTip("The allied group this variant speaks to: fills {group}")
        _select_id(self.group, variant.organization_id if variant else None)
        self.extra = RowsEditor(["Field", "Value"], stretch=1)
        self.extra.setToolTip("More merge fields: {field} in the text is replaced by its value")
        self.extra.set_rows([[k, v] for k, v in (variant.fields if variant else {}).items()])
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("&Audience", self.field_box("audience", self.audience))
        form.addRow("&State", self.field_box("state", self.state))
        form.addRow("&Group", self.field_box("organization_id", self.group))
        if variant is not None:
            form.addRow("&More fields", self.field_box("fields", self.extra))
            form.addRow(
                "",
                muted(
                    "Another state, group or field changes the message as sent: the groups"
                    " that answered are asked again."
                ),
            )
        else:
            form.addRow("", muted("It starts from the core message; you tailor it once added."))
        self.lay_out_form(form, "Save" if variant else "Add variant")
        self.resize(480, self.sizeHint().height())
        self.audience.setFocus()

    def accept(self) -> None:
        self.clear_problems()
        group, known = _chosen_id(self.group)
        if not known:
            self.show_problems(
                {"organization_id": f"no group is called “{self.group.currentText().strip()}”"}
            )
            return
        audience = self.audience.text().strip() or self.state.text().strip() or "a new audience"
        try:
            if self.variant_id is None:
                row = self.ctx.run(
                    drafts.add_variant,
                    self.draft_id,
                    self.audience.text(),
                    state=self.state.text(),
                    organization_id=group,
                    label=f"Add variant for {audience}",
                )
            else:
                row = self.ctx.run(
                    drafts.update_variant,
                    self.variant_id,
                    audience=self.audience.text(),
                    state=self.state.text(),
                    organization_id=group,
                    fields={name: value for name, value, *_ in self.extra.rows() if name},
                    label=f"Edit variant for {audience}",
                )
        except CoalitionError as exc:
            self.show_error(exc)
            return
        self.variant_id = row.id
        self.saved.emit(row.id)
        super().accept()


class AskSignOffDialog(FieldProblems, QDialog):
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
            groups = directory.organization_choices(session)
        self.setWindowTitle("Ask for sign-off")
        self.general_error = _error_label()
        self.group = _choice_combo(groups, "")
        self.group.lineEdit().setPlaceholderText("Type or choose a group")
        self.group.setCurrentIndex(-1)
        self.required = QCheckBox("Required: the variant is approved only once this group approves")
        self.required.setChecked(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("", bold(QLabel(f"The variant for {variant.audience}")))
        form.addRow("&Group", self.field_box("organization_id", self.group))
        form.addRow("", self.required)
        self.lay_out_form(form, "Ask")
        self.resize(460, self.sizeHint().height())

    def choose(self, organization_id: str) -> None:
        self.group.setCurrentIndex(self.group.findData(organization_id))

    def accept(self) -> None:
        self.clear_problems()
        group, known = _chosen_id(self.group)
        if group is None:
            typed = self.group.currentText().strip()
            self.show_problems(
                {
                    "organization_id": f"no group is called “{typed}”"
                    if typed and not known
                    else "choose a group"
                }
            )
            return
        try:
            self.ctx.run(
                drafts.request_sign_off,
                self.variant.id,
                group,
                required=self.required.isChecked(),
                label=f"Ask {self.group.currentText().strip()} to sign off {self.variant.audience}",
            )
        except CoalitionError as exc:
            self.show_error(exc)
            return
        super().accept()


class AnswerDialog(FieldProblems, QDialog):
    """A group's answer to a request for sign-off: approve, request changes or decline."""

    def __init__(
        self, ctx: AppContext, sign_off: SignOffView, audience: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sign_off = sign_off
        self.audience = audience
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self.setWindowTitle("Record an answer")
        self.general_error = _error_label()
        self.choices = QButtonGroup(self)
        self.answer_buttons: dict[SignOffAnswer, QRadioButton] = {}
        answers = QWidget()
        row = QHBoxLayout(answers)
        row.setContentsMargins(0, 0, 0, 0)
        for answer, text in ANSWER_CHOICES:
            button = QRadioButton(text)
            self.choices.addButton(button)
            self.answer_buttons[answer] = button
            row.addWidget(button)
        row.addStretch(1)
        self.answer_buttons[SignOffAnswer.APPROVED].setChecked(True)
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText("What they said: the change they want, or why not")
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(80)
        self.by = QLineEdit()
        self.by.setPlaceholderText("Who answered for the group")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("", bold(QLabel(f"{sign_off.group} on the variant for {audience}")))
        form.addRow("&Answer", self.field_box("answer", answers))
        form.addRow("&Comment", self.field_box("comment", self.comment))
        form.addRow("&By", self.field_box("by", self.by))
        self.lay_out_form(form, "Record")
        self.resize(480, self.sizeHint().height())

    def choose(self, answer: SignOffAnswer) -> None:
        self.answer_buttons[answer].setChecked(True)

    def answer(self) -> SignOffAnswer:
        return next(a for a, b in self.answer_buttons.items() if b.isChecked())

    def accept(self) -> None:
        self.clear_problems()
        answer = self.answer()
        try:
            self.ctx.run(
                drafts.answer_sign_off,
                self.sign_off.id,
                answer,
                comment=self.comment.toPlainText(),
                by=self.by.text(),
                label=f"{self.sign_off.group}: {answer.label.lower()} ({self.audience})",
            )
        except CoalitionError as exc:
            self.show_error(exc)
            return
        super().accept()


class CommentDialog(QDialog):
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
        self.setWindowTitle("Reply")
        quoted = QLabel(f"<b>{html.escape(author or 'Someone')}</b> wrote:<br>{html.escape(body)}")
        quoted.setWordWrap(True)
        quoted.setStyleSheet("padding: 6px; border-left: 3px solid palette(mid);")
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText("Your reply")
        self.body.setTabChangesFocus(True)
        self.error = _error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Reply")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(quoted)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(460, 260)
        self.body.setFocus()

    def accept(self) -> None:
        try:
            self.ctx.run(
                drafts.add_comment,
                self.draft_id,
                self.body.toPlainText(),
                variant_id=self.variant_id,
                parent_id=self.parent_id,
                label="Reply to a comment",
            )
        except CoalitionError as exc:
            self.error.setText(str(exc))
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
        self.setWindowTitle(f"Compare: {old_title} ↔ {new_title}")
        left_html, right_html = drafts.side_by_side_html(old, new)
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
        legend = muted("Struck out: words taken out. Marked: words put in.")
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


# --- the draft on the right -------------------------------------------------------------

#: What the button that moves a draft to a status says.
MOVE_TEXT = {
    DraftStatus.DRAFT: "Back to draft",
    DraftStatus.IN_REVIEW: "Send for review",
    DraftStatus.APPROVED: "Mark approved",
    DraftStatus.PUBLISHED: "Mark published",
    DraftStatus.RETIRED: "Retire",
}
MOVE_TIPS = {
    DraftStatus.DRAFT: "Take it back to change it; the history keeps this move",
    DraftStatus.IN_REVIEW: "Ready for the groups to sign off its variants",
    DraftStatus.APPROVED: "Every variant must be approved by the groups asked first",
    DraftStatus.PUBLISHED: "Sent out, as it stands",
    DraftStatus.RETIRED: "No longer used; it stays for the record",
}


@dataclass(frozen=True)
class RevisionRow:
    id: str
    number: int
    author: str
    at: dt.datetime | None
    note: str
    restored_from: int | None
    text: str


def revision_heading(name: str, revision: RevisionRow) -> str:
    """'South Carolina #3 · Michael Tran · 2026-11-15 02:00': a side of a comparison."""
    who = f" · {revision.author}" if revision.author else ""
    return f"{name} #{revision.number}{who} · {local(revision.at)}"


class DraftPanel(QWidget):
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

        self.placeholder = muted("Choose a draft on the left, or start one: New draft….")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.title = bold(QLabel(), 1.35)
        self.title.setWordWrap(True)
        self.title.setObjectName("draftTitle")
        self.edit_button = QPushButton("Edit…")
        self.edit_button.setToolTip("Change the title, channels, owner and tags")
        self.edit_button.clicked.connect(self.edit_draft)
        self.export_button = QPushButton("Export")
        self.export_menu = QMenu(self.export_button)
        self.copy_actions = [
            self.export_menu.addAction(text, lambda f=fmt: self.copy_variant(f))
            for text, fmt in (
                ("Copy variant as plain text", "text"),
                ("Copy variant as Markdown", "markdown"),
                ("Copy variant as HTML", "html"),
            )
        ]
        self.export_menu.addSeparator()
        self.export_menu.addAction("Export message pack as HTML…", lambda: self.export_pack("html"))
        self.export_menu.addAction("Export message pack as PDF…", lambda: self.export_pack("pdf"))
        self.export_menu.aboutToShow.connect(self._update_export_menu)
        self.export_button.setMenu(self.export_menu)
        self.export_button.setToolTip(
            "Copy the chosen variant, or save every approved variant as one message pack"
        )
        self.history_button = QPushButton("History…")
        self.history_button.setToolTip(
            "Every change to this draft and its variants, sign-offs and comments: when, by whom, "
            "on which computer"
        )
        self.history_button.clicked.connect(self.show_history)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        title_row.addWidget(self.history_button, 0, Qt.AlignmentFlag.AlignTop)
        title_row.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        self.details = muted()
        self.details.setObjectName("draftDetails")

        self.channel_boxes: dict[str, QCheckBox] = {}
        channels_row = QHBoxLayout()
        channels_row.addWidget(QLabel("Channels:"))
        for key, channel in drafts.CHANNELS.items():
            box = QCheckBox(channel.label)
            box.setToolTip(limit_text(channel))
            box.toggled.connect(lambda _on, k=key: self._channel_toggled(k))
            self.channel_boxes[key] = box
            channels_row.addWidget(box)
        channels_row.addStretch(1)

        self.status_chip = QLabel()
        self.status_chip.setObjectName("draftStatus")
        self.status_since = muted()
        self.status_since.setWordWrap(False)
        self.move_buttons: dict[DraftStatus, QPushButton] = {}
        status_row = QHBoxLayout()
        status_row.addWidget(QLabel("Status:"))
        status_row.addWidget(self.status_chip)
        status_row.addWidget(self.status_since)
        status_row.addStretch(1)
        for status in DraftStatus:
            button = QPushButton(MOVE_TEXT[status])
            button.setToolTip(MOVE_TIPS[status])
            button.clicked.connect(lambda _c=False, s=status: self.move_to(s))
            self.move_buttons[status] = button
            status_row.addWidget(button)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_core_tab(), "Core message")
        self.tabs.addTab(self._build_variants_tab(), "Variants")
        self.tabs.addTab(self._build_history_tab(), "History")
        self.tabs.addTab(self._build_comments_tab(), "Comments")
        self.tabs.currentChanged.connect(lambda _i: self._tab_shown())

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(8, 0, 0, 0)
        page_layout.addLayout(title_row)
        page_layout.addWidget(self.details)
        page_layout.addLayout(channels_row)
        page_layout.addLayout(status_row)
        page_layout.addWidget(self.tabs, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.placeholder)
        self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    # --- building ------------------------------------------------------------------------

    def _build_core_tab(self) -> QWidget:
        self.core_editor = MessageEditor(self.save_core, "The message every audience starts from")
        self.core_editor.edit.setObjectName("coreText")
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.core_editor, 1)
        return tab

    def _build_variants_tab(self) -> QWidget:
        self.variant_list = QListWidget()
        self.variant_list.setObjectName("variantList")
        self.variant_list.setSpacing(1)
        self.variant_list.currentItemChanged.connect(self._variant_chosen)
        self.variant_list.itemDoubleClicked.connect(lambda _i: self.edit_variant())
        add = QPushButton("Add…")
        add.setToolTip("A variant for another state or group, starting from the core message")
        add.clicked.connect(self.add_variant)
        self.edit_variant_button = QPushButton("Edit…")
        self.edit_variant_button.setToolTip("Audience, state, group and merge fields")
        self.edit_variant_button.clicked.connect(self.edit_variant)
        self.delete_variant_button = QPushButton("Delete")
        self.delete_variant_button.clicked.connect(self.delete_variant)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.variant_list, 1)
        left_layout.addLayout(
            _buttons_row(add, self.edit_variant_button, self.delete_variant_button)
        )

        self.audience = bold(QLabel(), 1.15)
        self.variant_state = QLabel()
        self.variant_state.setObjectName("variantState")
        heading = QHBoxLayout()
        heading.addWidget(self.audience)
        heading.addWidget(self.variant_state)
        heading.addStretch(1)

        self.insert_button = QPushButton("Insert field")
        self.insert_button.setToolTip(
            "Put a merge field at the cursor: each audience reads its own value"
        )
        insert_menu = QMenu(self.insert_button)
        for name in drafts.MERGE_FIELDS:
            insert_menu.addAction(
                f"{{{name}}}: {FIELD_MEANINGS.get(name, name)}",
                lambda n=name: self._insert_field(n),
            )
        self.insert_button.setMenu(insert_menu)
        self.compare_button = QPushButton("Compare with core")
        self.compare_button.setToolTip("This variant beside the core message, word by word")
        self.compare_button.clicked.connect(self.compare_with_core)
        heading.addWidget(self.insert_button)
        heading.addWidget(self.compare_button)

        self.variant_editor = MessageEditor(
            self.save_variant, "Tailor the core message to this audience"
        )
        self.variant_editor.edit.setObjectName("variantText")
        self.variant_editor.heading.setText("With merge fields")
        self.variant_revision = muted()
        self.variant_editor.counted = self.rendered
        self.preview = QTextBrowser()
        self.preview.setObjectName("variantPreview")
        self.preview.setToolTip("The text as this audience reads it: merge fields filled")
        self.preview_heading = muted()
        self.variant_editor.add_beside(self.preview_heading, self.preview)
        self.variant_editor.edit.textChanged.connect(self._show_preview)
        self.missing = QLabel()
        self.missing.setObjectName("missingFields")
        self.missing.setStyleSheet(WARNING_STYLE)
        self.missing.setWordWrap(True)
        self.missing.hide()

        self.sign_offs = QTableWidget(0, 5)
        self.sign_offs.setObjectName("signOffs")
        self.sign_offs.setHorizontalHeaderLabels(
            ["Group", "Required", "Answer", "Comment", "By, when"]
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
        self.ask_button = QPushButton("Ask for sign-off…")
        self.ask_button.setToolTip("Ask an allied group to approve this variant as it stands")
        self.ask_button.clicked.connect(self.ask_sign_off)
        self.answer_button = QPushButton("Record answer…")
        self.answer_button.setToolTip(
            "Approve, request changes or decline, with the group's comment"
        )
        self.answer_button.clicked.connect(self.record_answer)
        self.withdraw_button = QPushButton("Withdraw")
        self.withdraw_button.setToolTip("No longer ask this group")
        self.withdraw_button.clicked.connect(self.withdraw_sign_off)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addLayout(heading)
        right_layout.addWidget(self.variant_revision)
        right_layout.addWidget(self.variant_editor, 3)
        right_layout.addWidget(self.missing)
        right_layout.addWidget(bold(QLabel("Sign-offs")))
        right_layout.addWidget(self.sign_offs, 2)
        right_layout.addLayout(
            _buttons_row(self.ask_button, self.answer_button, self.withdraw_button)
        )
        self.no_variant = muted("No variant chosen. Add one per state or group: Add….")
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

    def _build_history_tab(self) -> QWidget:
        self.history_target = QComboBox()
        self.history_target.setObjectName("historyTarget")
        self.history_target.currentIndexChanged.connect(lambda _i: self._show_history())
        target_row = QHBoxLayout()
        target_row.addWidget(QLabel("Revisions of"))
        target_row.addWidget(self.history_target, 1)
        self.revision_list = QTreeWidget()
        self.revision_list.setObjectName("revisionList")
        self.revision_list.setHeaderLabels(["#", "Author", "Saved", "Note"])
        self.revision_list.setRootIsDecorated(False)
        self.revision_list.setAlternatingRowColors(True)
        self.revision_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.revision_list.setToolTip("Choose two revisions (Ctrl+click) to compare them")
        header = self.revision_list.header()
        header.setStretchLastSection(True)
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.revision_list.itemSelectionChanged.connect(self._revision_chosen)
        self.revision_list.itemDoubleClicked.connect(lambda _i, _c: self.compare_revisions())
        self.revision_text = QTextBrowser()
        self.revision_text.setObjectName("revisionText")
        self.revision_text.setPlaceholderText(
            "Choose a revision to read it, or two (Ctrl+click) to see what changed between them."
        )
        self.compare_revisions_button = QPushButton("Compare…")
        self.compare_revisions_button.setToolTip(
            "Two revisions chosen: the one against the other. One: it against the latest"
        )
        self.compare_revisions_button.clicked.connect(self.compare_revisions)
        self.restore_button = QPushButton("Restore this revision")
        self.restore_button.setToolTip("Make its text the current one again, as a new revision")
        self.restore_button.clicked.connect(self.restore_revision)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.revision_list)
        splitter.addWidget(self.revision_text)
        splitter.setSizes([260, 140])
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(target_row)
        layout.addWidget(splitter, 1)
        layout.addLayout(_buttons_row(self.compare_revisions_button, self.restore_button))
        return tab

    def _build_comments_tab(self) -> QWidget:
        self.comment_target = QComboBox()
        self.comment_target.setObjectName("commentTarget")
        self.comment_target.currentIndexChanged.connect(lambda _i: self._show_comments())
        target_row = QHBoxLayout()
        target_row.addWidget(QLabel("Comments on"))
        target_row.addWidget(self.comment_target, 1)
        self.comment_tree = QTreeWidget()
        self.comment_tree.setObjectName("commentTree")
        self.comment_tree.setHeaderLabels(["Comment", "Author", "When"])
        self.comment_tree.setWordWrap(True)
        self.comment_tree.setItemDelegate(WrappingDelegate(self.comment_tree))
        self.comment_tree.setAlternatingRowColors(True)
        header = self.comment_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.comment_tree.itemSelectionChanged.connect(self._update_comment_buttons)
        self.reply_button = QPushButton("Reply…")
        self.reply_button.clicked.connect(self.reply)
        self.delete_comment_button = QPushButton("Delete")
        self.delete_comment_button.setToolTip("Delete the chosen comment and its replies")
        self.delete_comment_button.clicked.connect(self.delete_comment)
        self.new_comment = QPlainTextEdit()
        self.new_comment.setObjectName("newComment")
        self.new_comment.setPlaceholderText("Write a comment…")
        self.new_comment.setTabChangesFocus(True)
        self.new_comment.setFixedHeight(self.new_comment.fontMetrics().height() * 4)
        self.add_comment_button = QPushButton("Add comment")
        self.add_comment_button.clicked.connect(self.add_comment)
        composer = QHBoxLayout()
        composer.addWidget(self.new_comment, 1)
        composer.addWidget(self.add_comment_button, 0, Qt.AlignmentFlag.AlignBottom)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(target_row)
        layout.addWidget(self.comment_tree, 1)
        layout.addLayout(_buttons_row(self.reply_button, self.delete_comment_button))
        layout.addLayout(composer)
        return tab

    # --- what the main window asks of an editor ------------------------------------------

    @property
    def record_id(self) -> str | None:
        return self.view.id if self.view else None

    @property
    def dirty(self) -> bool:
        return self.core_editor.dirty or self.variant_editor.dirty

    def save(self) -> bool:
        """Save whatever was typed (the core message, the variant shown)."""
        return (not self.core_editor.dirty or self.save_core()) and (
            not self.variant_editor.dirty or self.save_variant()
        )

    def ask_to_save(self, what: str) -> Button:
        """Ask whether to keep what was typed (a method of its own, for tests to answer)."""
        return QMessageBox.question(
            self,
            "Coalition",
            f"Save the changes to {what}?",
            Button.Save | Button.Discard | Button.Cancel,
        )

    def may_leave(self, *, variant_only: bool = False) -> bool:
        """Whether what was typed may be left: saved, or thrown away, as the person says."""
        editors = [(self.variant_editor, self._variant_words(), self.save_variant)]
        if not variant_only:
            editors.insert(0, (self.core_editor, "the core message", self.save_core))
        for editor, what, save in editors:
            if not editor.dirty:
                continue
            answer = self.ask_to_save(what)
            if answer == Button.Cancel or (answer == Button.Save and not save()):
                return False
            if answer == Button.Discard:
                editor.revert()
        return True

    def _variant_words(self) -> str:
        variant = self.current_variant()
        return f"the variant for {variant.audience}" if variant else "the variant"

    # --- showing a draft -----------------------------------------------------------------

    def show_history(self) -> QWidget | None:
        """The draft's audit trail (its variants, revisions, sign-offs and comments with it)."""
        if self._draft_id is None:
            return None
        from coalition.ui.history import show_history

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
            self.pages.setCurrentIndex(0)
            return
        try:
            with self.ctx.reading() as session:
                view = read_draft(session, draft_id)
        except NotFoundError:
            self._draft_id = None
            self.view = None
            self.pages.setCurrentIndex(0)
            return
        self.view = view
        self.pages.setCurrentIndex(1)
        self._show_header(view)
        self.core_editor.set_channels(view.channels)
        self.core_editor.heading.setText(
            f"The message every variant starts from · {view.core_revision}"
        )
        if not self.core_editor.dirty:
            self.core_editor.set_text(view.core_text)
        self._show_variants(view)
        self._fill_targets(view)
        self._tab_shown()

    def _show_header(self, view: DraftView) -> None:
        self.title.setText(view.title)
        details = [f"Owner: {view.owner}" if view.owner else "No owner"]
        if view.tags:
            details.append("Tags: " + ", ".join(view.tags))
        self.details.setText(" · ".join(details))
        for key, box in self.channel_boxes.items():
            box.blockSignals(True)
            box.setChecked(key in view.channels)
            box.blockSignals(False)
        self.status_chip.setText(view.status.label)
        self.status_chip.setStyleSheet(chip_style(status_colors(view.status)))
        moves = [
            f"{status.label}: {local(at)}"
            + (f" by {actor}" if actor else "")
            + (f" ({note})" if note else "")
            for status, at, actor, note in view.moves
        ]
        tip = "Moves of this draft:\n" + "\n".join(moves) if moves else ""
        self.status_chip.setToolTip(tip)
        self.status_since.setToolTip(tip)
        last = view.moves[-1] if view.moves else None
        self.status_since.setText(
            f"since {local(last[1])}" + (f" by {last[2]}" if last[2] else "") if last else ""
        )
        allowed = set(drafts.MOVES[view.status])
        for status, button in self.move_buttons.items():
            button.setVisible(status in allowed)

    def _show_variants(self, view: DraftView) -> None:
        self.tabs.setTabText(
            VARIANTS_TAB, f"Variants ({len(view.variants)})" if view.variants else "Variants"
        )
        keep = self.variant_id
        self._restoring = True
        try:
            self.variant_list.clear()
            for variant in view.variants:
                item = QListWidgetItem(f"{variant.audience}\n{variant.state.label}")
                item.setData(Qt.ItemDataRole.UserRole, variant.id)
                item.setIcon(_swatch(VARIANT_STATE_COLORS[variant.state][1]))
                item.setToolTip(f"{variant.audience}: {variant.state.label}")
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
        self.preview_heading.setText(f"As {variant.audience} reads it")
        self.variant_editor.set_channels(self.view.channels if self.view else ())
        if not self.variant_editor.dirty:
            self.variant_editor.set_text(variant.text)
        self._show_preview()
        self._show_sign_offs(variant)

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
                cells[4].setText(f"voided by the edit of\n{local(sign_off.voided_at)}")
                tip = (
                    f"{sign_off.group} answered “{sign_off.answer.label.lower()}” on an earlier text;"
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
        self.tabs.setTabText(COMMENTS_TAB, f"Comments ({total})" if total else "Comments")
        targets = [
            (CORE, "Core message"),
            *((v.id, f"Variant: {v.audience}") for v in view.variants),
        ]
        for box, counted in ((self.history_target, False), (self.comment_target, True)):
            keep = box.currentData()
            box.blockSignals(True)
            box.clear()
            for key, text in targets:
                number = view.comment_counts.get(key, 0) if counted else 0
                box.addItem(f"{text} ({number})" if number else text, key)
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
        channel = drafts.CHANNELS[key].label
        with self.ctx.reading() as session:
            data = drafts.draft_input(drafts.get_draft(session, view.id))
        data.channels = channels
        on = key in channels
        if (
            attempt(
                self.ctx,
                drafts.update_draft,
                view.id,
                data,
                label=f"{'Count' if on else 'Stop counting'} “{view.title}” for {channel}",
            )
            is None
        ):
            self.reload()

    def move_to(self, status: DraftStatus) -> None:
        if self.view is None:
            return
        attempt(
            self.ctx,
            drafts.set_status,
            self.view.id,
            status,
            label=f"“{self.view.title}”: {status.label.lower()}",
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
                drafts.save_core_text,
                view.id,
                text,
                note,
                label=f"Edit the core message of “{view.title}”",
            )
        except CoalitionError as exc:
            self.ctx.error.emit(str(exc))
            return False
        self.core_editor.set_text(text)
        self.reload()
        self.ctx.message.emit("Saved as a new revision. Undo with Ctrl+Z.")
        return True

    # --- variants ------------------------------------------------------------------------

    def rendered(self, text: str) -> str:
        """The typed text as the chosen variant's audience will read it."""
        variant = self.current_variant()
        return drafts.fill_fields(text, variant.values).text if variant else text

    def _show_preview(self) -> None:
        variant = self.current_variant()
        if variant is None:
            return
        filled = drafts.fill_fields(self.variant_editor.text(), variant.values)
        self.preview.setPlainText(filled.text)
        if filled.missing:
            names = ", ".join(f"{{{name}}}" for name in filled.missing)
            self.missing.setText(
                f"Not filled for {variant.audience}: {names}."
                " Give them a value (Edit…) or take them out."
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
            f"Delete the variant for {variant.audience}?",
            "Its revisions, sign-offs and comments go with it. You can undo this with Ctrl+Z.",
        ):
            return
        self.variant_editor.set_text("")
        attempt(
            self.ctx,
            drafts.delete_variant,
            variant.id,
            label=f"Delete the variant for {variant.audience}",
            done="Variant deleted. Undo with Ctrl+Z.",
        )

    def save_variant(self) -> bool:
        variant = self.current_variant()
        if variant is None or not self.variant_editor.dirty:
            return True
        text, note = self.variant_editor.text(), self.variant_editor.note.text()
        answered = [s for s in variant.sign_offs if s.active and s.answer != SignOffAnswer.PENDING]
        try:
            self.ctx.run(
                drafts.save_variant_text,
                variant.id,
                text,
                note,
                label=f"Edit the variant for {variant.audience}",
            )
        except CoalitionError as exc:
            self.ctx.error.emit(str(exc))
            return False
        self.variant_editor.set_text(text)
        self.reload()
        if answered:
            groups = ", ".join(s.group for s in answered)
            self.ctx.message.emit(f"Saved. Voided the answer of {groups}, and asked again.")
        else:
            self.ctx.message.emit("Saved as a new revision. Undo with Ctrl+Z.")
        return True

    def compare_with_core(self) -> QDialog | None:
        variant = self.current_variant()
        if self.view is None or variant is None:
            return None
        return self._open(
            DiffDialog(
                self.core_editor.text(),
                self.variant_editor.text(),
                "Core message",
                f"Variant for {variant.audience}",
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
            if item.text() == group and not item.font().strikeOut():
                self.sign_offs.selectRow(row)
                return

    def _update_sign_off_buttons(self) -> None:
        chosen = self.selected_sign_off()
        active = chosen is not None and chosen.active
        self.answer_button.setEnabled(active)
        self.withdraw_button.setEnabled(active)

    def ask_sign_off(self) -> QDialog | None:
        variant = self.current_variant()
        if variant is None:
            return None
        if self.variant_editor.dirty and not self.may_leave(variant_only=True):
            return None
        return self._open(AskSignOffDialog(self.ctx, variant, parent=self))

    def record_answer(self) -> QDialog | None:
        variant, chosen = self.current_variant(), self.selected_sign_off()
        if variant is None or chosen is None or not chosen.active:
            return None
        return self._open(AnswerDialog(self.ctx, chosen, variant.audience, parent=self))

    def withdraw_sign_off(self) -> None:
        variant, chosen = self.current_variant(), self.selected_sign_off()
        if variant is None or chosen is None or not chosen.active:
            return
        attempt(
            self.ctx,
            drafts.withdraw_sign_off,
            chosen.id,
            label=f"No longer ask {chosen.group} to sign off {variant.audience}",
            done="Request withdrawn. Undo with Ctrl+Z.",
        )

    # --- history -------------------------------------------------------------------------

    def _history_target(self) -> str | None:
        """The variant whose revisions are listed (None: the core message's)."""
        return self.history_target.currentData() or None

    def _history_name(self) -> str:
        return self.history_target.currentText().removeprefix("Variant: ")

    def _show_history(self) -> None:
        if self.view is None:
            return
        keep = {r.id for r in self.selected_revisions()}
        with self.ctx.reading() as session:
            self._revisions = [
                RevisionRow(
                    r.id,
                    r.number,
                    r.author or "",
                    r.at,
                    r.note or "",
                    r.restored_from.number if r.restored_from else None,
                    r.text,
                )
                for r in drafts.revisions(session, self.view.id, self._history_target())
            ]
        self.revision_list.blockSignals(True)
        self.revision_list.clear()
        for revision in self._revisions:
            note = revision.note
            if revision.restored_from is not None and not note:
                note = f"Restored revision {revision.restored_from}"
            item = QTreeWidgetItem(
                [str(revision.number), revision.author or "—", local(revision.at), note]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, revision.id)
            item.setToolTip(3, note)
            self.revision_list.addTopLevelItem(item)
            item.setSelected(revision.id in keep)
        self.revision_list.blockSignals(False)
        self._revision_chosen()

    def selected_revisions(self) -> list[RevisionRow]:
        """The revisions chosen, oldest first."""
        chosen = {
            item.data(0, Qt.ItemDataRole.UserRole) for item in self.revision_list.selectedItems()
        }
        return sorted((r for r in self._revisions if r.id in chosen), key=lambda r: r.number)

    def select_revisions(self, *numbers: int) -> None:
        """Choose revisions by number (for tests and the keyboard)."""
        self.revision_list.clearSelection()
        for index in range(self.revision_list.topLevelItemCount()):
            item = self.revision_list.topLevelItem(index)
            if int(item.text(0)) in numbers:
                item.setSelected(True)

    def _revision_chosen(self) -> None:
        chosen = self.selected_revisions()
        if len(chosen) == 2:
            self.revision_text.setHtml(inline_diff_html(chosen[0].text, chosen[1].text))
        else:
            self.revision_text.setPlainText(chosen[0].text if len(chosen) == 1 else "")
        latest = self._revisions[0] if self._revisions else None
        one = chosen[0] if len(chosen) == 1 else None
        self.compare_revisions_button.setEnabled(
            len(chosen) == 2 or (one is not None and latest is not None and one.id != latest.id)
        )
        # Restoring the text already current would change nothing (the service refuses it).
        self.restore_button.setEnabled(
            one is not None and latest is not None and one.text != latest.text
        )

    def compare_revisions(self) -> QDialog | None:
        chosen = self.selected_revisions()
        if len(chosen) == 1 and self._revisions and chosen[0].id != self._revisions[0].id:
            chosen = [chosen[0], self._revisions[0]]
        if len(chosen) != 2:
            return None
        old, new = chosen
        name = self._history_name()
        return self._open(
            DiffDialog(
                old.text,
                new.text,
                revision_heading(name, old),
                revision_heading(name, new),
                parent=self,
            )
        )

    def restore_revision(self) -> None:
        chosen = self.selected_revisions()
        if len(chosen) != 1:
            return
        revision = chosen[0]
        editor = self.core_editor if self._history_target() is None else self.variant_editor
        shown = self._history_target() in (None, self.variant_id)
        if (
            editor.dirty
            and shown
            and not self.may_leave(variant_only=editor is self.variant_editor)
        ):
            return
        attempt(
            self.ctx,
            drafts.restore_revision,
            revision.id,
            label=f"Restore revision {revision.number} of {self._history_name()}",
            done=f"Revision {revision.number} restored as a new revision. Undo with Ctrl+Z.",
        )

    # --- comments ------------------------------------------------------------------------

    def _comment_target(self) -> str | None:
        return self.comment_target.currentData() or None

    def _show_comments(self) -> None:
        if self.view is None:
            return
        keep = self.selected_comment()
        with self.ctx.reading() as session:
            thread = drafts.comment_thread(session, self.view.id, self._comment_target())
            nodes = [comment_view(node) for node in thread]
        self.comment_tree.clear()
        found: QTreeWidgetItem | None = None

        def add(node: CommentView, parent: QTreeWidgetItem | None) -> None:
            nonlocal found
            item = QTreeWidgetItem([node.body, node.author or "—", local(node.at)])
            item.setData(0, Qt.ItemDataRole.UserRole, (node.id, node.author, node.body))
            item.setToolTip(0, node.body)
            if parent is None:
                self.comment_tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            if keep and node.id == keep[0]:
                found = item
            for reply in node.replies:
                add(reply, item)

        for node in nodes:
            add(node, None)
        self.comment_tree.expandAll()
        if found is not None:
            self.comment_tree.setCurrentItem(found)
        self._update_comment_buttons()

    def selected_comment(self) -> tuple[str, str, str] | None:
        """(id, author, body) of the comment chosen."""
        item = self.comment_tree.currentItem()
        if item is None:
            return None
        ident, author, body = item.data(0, Qt.ItemDataRole.UserRole)
        return ident, author, body

    def _update_comment_buttons(self) -> None:
        chosen = self.comment_tree.currentItem() is not None
        self.reply_button.setEnabled(chosen)
        self.delete_comment_button.setEnabled(chosen)

    def add_comment(self) -> None:
        body = self.new_comment.toPlainText()
        if self.view is None or not body.strip():
            return
        if (
            attempt(
                self.ctx,
                drafts.add_comment,
                self.view.id,
                body,
                variant_id=self._comment_target(),
                label="Add a comment",
            )
            is not None
        ):
            self.new_comment.clear()

    def reply(self) -> QDialog | None:
        chosen = self.selected_comment()
        if self.view is None or chosen is None:
            return None
        return self._open(
            CommentDialog(self.ctx, self.view.id, chosen, self._comment_target(), parent=self)
        )

    def delete_comment(self) -> None:
        chosen = self.selected_comment()
        if chosen is None:
            return
        if not self.confirm(
            "Delete this comment?", "Its replies go with it. You can undo this with Ctrl+Z."
        ):
            return
        attempt(
            self.ctx,
            drafts.delete_comment,
            chosen[0],
            label="Delete a comment",
            done="Comment deleted.",
        )

    # --- leaving the screen --------------------------------------------------------------

    def _update_export_menu(self) -> None:
        for action in self.copy_actions:
            action.setEnabled(self.current_variant() is not None)

    def copy_variant(self, fmt: str) -> None:
        """Put the chosen variant on the clipboard; HTML goes as rich text with a plain twin,
        so that a mail client keeps the formatting and a chat box still gets words."""
        variant = self.current_variant()
        if variant is None:
            return
        with self.ctx.reading() as session:
            text = drafts.variant_as(session, variant.id, fmt)
        if fmt == "html":
            copy_rich_text(text)
        else:
            QGuiApplication.clipboard().setText(text)
        form = {"text": "plain text", "markdown": "Markdown", "html": "HTML"}[fmt]
        self.ctx.message.emit(f"The variant for {variant.audience} is on the clipboard as {form}.")

    def export_pack(self, fmt: str, path: str | None = None) -> Path | None:
        """Save every approved variant, a section per audience, as HTML or PDF (asking
        where, unless ``path`` is given)."""
        view = self.view
        if view is None:
            return None
        if path is None:
            kind = "HTML files (*.html)" if fmt == "html" else "PDF files (*.pdf)"
            path = filedialogs.save_file(
                self, self.ctx.settings, "drafts", self.tr("Export the message pack as {format}").format(format=fmt.upper()),
                f"{view.title}.{fmt}", kind,
            )
            if not path:
                return None
        target = Path(path)
        try:
            # The PDF is laid out from Markdown, by the helper the call minutes use.
            with self.ctx.reading() as session:
                content = drafts.message_pack(
                    session, view.id, "html" if fmt == "html" else "markdown"
                )
            if fmt == "html":
                write_bytes(target, content.encode("utf-8"))
            else:
                write_pdf(content, target, view.title)
        except CoalitionError as exc:
            self.ctx.error.emit(str(exc))
            return None
        except OSError as exc:
            self.ctx.error.emit(f"Could not save {target.name}: {exc.strerror or exc}")
            return None
        filedialogs.remember(self.ctx.settings, "drafts", target)
        self.ctx.message.emit(f"Saved {target}.")
        return target


# --- the screen -------------------------------------------------------------------------


class DraftsScreen(QWidget):
    """The drafts on the left (searched as you type, filtered by status), the chosen one on
    the right."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_dialog: QDialog | None = None

        self.search = QLineEdit()
        self.search.setObjectName("draftSearch")
        self.search.setPlaceholderText("Filter drafts… (title, text, variants, tags)")
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("draftStatusFilter")
        self.status_filter.addItem("Every status", None)
        for status in DraftStatus:
            self.status_filter.addItem(_swatch(status_colors(status)[1]), status.label, status)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.count_label = muted()
        self.count_label.setWordWrap(False)

        self.list = QListWidget()
        self.list.setObjectName("draftList")
        self.list.setItemDelegate(DraftRowDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._draft_chosen)
        self.new_button = QPushButton("New draft…")
        self.new_button.setToolTip("Start a shared message (Ctrl+N)")
        self.new_button.clicked.connect(self.new_draft)
        self.delete_button = QPushButton("Delete")
        self.delete_button.setToolTip(
            "Delete the chosen draft, its variants and history (asks first)"
        )
        self.delete_button.clicked.connect(self.delete_draft)
        new_action = QAction("New draft", self)
        new_action.setShortcut(QKeySequence.StandardKey.New)
        new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_action.triggered.connect(self.new_draft)
        self.addAction(new_action)
        delete_action = QAction("Delete draft", self.list)
        delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(self.delete_draft)
        self.list.addAction(delete_action)

        filters = QHBoxLayout()
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.count_label)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(_buttons_row(self.new_button, self.delete_button))

        self.panel = DraftPanel(ctx)
        self.editor = self.panel  # the main window saves it, or asks, on closing

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("draftsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([300, 930])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        ctx.changed.connect(self._on_changed)
        self.refresh()

    # --- the list ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the list again, keeping the chosen draft chosen if it is still listed."""
        keep = self.selected_id() or self.panel.record_id
        with self.ctx.reading() as session:
            rows = drafts.drafts(
                session, status=self.status_filter.currentData(), text=self.search.text()
            )
        self.list.blockSignals(True)
        self.list.clear()
        for row in rows:
            item = QListWidgetItem(row.title)
            item.setData(RowRole, row)
            item.setToolTip(
                f"{row.title}\n{DraftStatus(row.status).label} · {approved_summary(row)}"
                f"\nLast changed {local(row.updated_at)}"
            )
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.count_label.setText(f"{len(rows)} draft{'s' if len(rows) != 1 else ''}")
        if keep and self._select(keep):
            return
        if self.list.count() and not self.panel.dirty:
            self.list.setCurrentRow(0)
        elif not self.list.count() and not self.panel.dirty:
            self.panel.show_draft(None)

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(RowRole).id if item is not None else None

    def _select(self, draft_id: str) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(RowRole).id == draft_id:
                self.list.setCurrentRow(row)
                self.list.scrollToItem(self.list.item(row))
                return True
        return False

    def _draft_chosen(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        """Show the draft chosen; what was typed into the one shown is asked about first,
        and if it is kept on screen, its draft stays chosen."""
        chosen = current.data(RowRole).id if current is not None else None
        if chosen == self.panel.record_id:
            return  # shown already (the list was only read again)
        if not self.panel.may_leave():
            shown = self.panel.record_id
            QTimer.singleShot(0, lambda: self._choose_quietly(shown))
            return
        self.panel.show_draft(chosen)

    def _choose_quietly(self, draft_id: str | None) -> None:
        """Mark a draft chosen in the list without showing it anew (it is still shown)."""
        rows = [
            r for r in range(self.list.count()) if self.list.item(r).data(RowRole).id == draft_id
        ]
        self.list.blockSignals(True)
        try:
            self.list.setCurrentRow(rows[0] if rows else -1)
        finally:
            self.list.blockSignals(False)

    def open_record(self, draft_id: str) -> None:
        """Show a draft found elsewhere (the global search): clear filters that hide it."""
        if self._select(draft_id):
            return
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._debounce.stop()
        self.status_filter.blockSignals(True)
        self.status_filter.setCurrentIndex(0)
        self.status_filter.blockSignals(False)
        self.refresh()
        self._select(draft_id)

    def _on_changed(self, tables: set[str]) -> None:
        if tables & DRAFT_TABLES:
            self.refresh()
            self.panel.reload()

    # --- commands ------------------------------------------------------------------------

    def new_draft(self) -> QDialog | None:
        if not self.panel.may_leave():
            return None
        dialog = DraftDialog(self.ctx, parent=self)
        dialog.saved.connect(self.open_record)
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def confirm(self, question: str, detail: str) -> bool:
        """Ask before deleting (a method of its own, so that tests can answer it)."""
        return ask_to_confirm(self, question, detail)

    def delete_draft(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        row = item.data(RowRole)
        if not self.confirm(
            f"Delete the draft “{row.title}”?",
            "Its variants, revisions, sign-offs and comments go with it."
            " You can undo this with Ctrl+Z.",
        ):
            return
        self.panel.core_editor.set_text("")
        self.panel.variant_editor.set_text("")
        attempt(
            self.ctx,
            drafts.delete_draft,
            row.id,
            label=f"Delete draft “{row.title}”",
            done="Draft deleted. Undo with Ctrl+Z.",
        )

    # --- remembered layout ---------------------------------------------------------------

    def save_state(self) -> None:
        self.ctx.settings.setValue("drafts/splitter", self.splitter.saveState())
        self.ctx.settings.setValue(
            "drafts/variantsSplitter", self.panel.variants_splitter.saveState()
        )

    def restore_state(self) -> None:
        for key, splitter in (
            ("drafts/splitter", self.splitter),
            ("drafts/variantsSplitter", self.panel.variants_splitter),
        ):
            state = self.ctx.settings.value(key)
            if state is not None:
                splitter.restoreState(state)


def copy_rich_text(html_text: str) -> None:
    """Put HTML on the clipboard with its plain-text twin, made by Qt itself.

    A QMimeData built in Python and left on the clipboard crashes PySide6 6.11 when the
    application exits; a text editor's own copy() builds the same rich and plain flavours
    in C++, which Qt owns and frees.
    """
    editor = QTextEdit()
    editor.setHtml(html_text)
    editor.selectAll()
    editor.copy()
