"""What every part of the Drafts screen shares: its colours, words and small helpers."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextEdit, QVBoxLayout, QWidget

from coalition.drafts.channels import Channel
from coalition.drafts.signoffs import VariantState
from coalition.store.models import DraftStatus, SignOffAnswer
from coalition.ui.common.colours import error_style
from coalition.ui.common.controls import CHIP_STYLE

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
VARIANT_STATE_COLORS: dict[VariantState, tuple[str, str]] = {
    VariantState.NO_SIGN_OFFS: (DARK, "#d6dbe1"),
    VariantState.WAITING: STATUS_COLORS[DraftStatus.IN_REVIEW],
    VariantState.CHANGES_REQUESTED: ANSWER_COLORS[SignOffAnswer.CHANGES_REQUESTED],
    VariantState.DECLINED: ANSWER_COLORS[SignOffAnswer.DECLINED],
    VariantState.APPROVED: ANSWER_COLORS[SignOffAnswer.APPROVED],
}
#: What each merge field is filled with, for the menu that inserts them.
FIELD_MEANINGS = {
    "state": str(QT_TRANSLATE_NOOP("VariantsPart", "the state's name")),
    "group": str(QT_TRANSLATE_NOOP("VariantsPart", "the group's name (else the draft owner's)")),
    "next_call": str(
        QT_TRANSLATE_NOOP("VariantsPart", "the next coalition call, in the state's time")
    ),
}
CORE = ""  # the key of the core message among the targets of history and comments
CORE_TAB, VARIANTS_TAB, HISTORY_TAB, COMMENTS_TAB = range(4)
VOIDED_COLOR = "#8a8a8a"
ANSWER_CHOICES = (
    (SignOffAnswer.APPROVED, str(QT_TRANSLATE_NOOP("AnswerDialog", "Approve"))),
    (SignOffAnswer.CHANGES_REQUESTED, str(QT_TRANSLATE_NOOP("AnswerDialog", "Request changes"))),
    (SignOffAnswer.DECLINED, str(QT_TRANSLATE_NOOP("AnswerDialog", "Decline"))),
)


# --- small helpers ----------------------------------------------------------------------


def chip_style(colors: tuple[str, str]) -> str:
    return CHIP_STYLE.format(fg=colors[0], bg=colors[1])


def status_colors(status: DraftStatus | str) -> tuple[str, str]:
    return STATUS_COLORS[DraftStatus(status)]


def limit_text(channel: Channel) -> str:
    if not channel.limit:
        return QCoreApplication.translate("Drafts", "No limit")
    return QCoreApplication.translate("Drafts", "At most {limit} characters").format(
        limit=QLocale().toString(channel.limit)
    )


def local(moment: dt.datetime | None) -> str:
    """A stored UTC instant on this computer's clock, written as this computer's locale
    writes a date and time."""
    if moment is None:
        return ""
    here = moment.astimezone()
    shown = QDateTime(
        QDate(here.year, here.month, here.day), QTime(here.hour, here.minute, here.second)
    )
    return QLocale().toString(shown, QLocale.FormatType.ShortFormat)


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(error_style())
    label.setWordWrap(True)
    label.hide()
    return label


def buttons_row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


def titled_column(heading: QLabel, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(heading)
    layout.addWidget(widget, 1)
    return box


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
