"""Sync → Suggestions… (:class:`SuggestionsDialog`): changes organizers may not make
themselves, sent to the coalition's coordinators.  A coordinator sees the open ones and
applies (an ordinary, undoable change) or declines each; a member sees its group's, with
what became of them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from coalition.common.errors import CoalitionError
from coalition.common.i18n import shown
from coalition.store.models import Suggestion
from coalition.sync import suggestions
from coalition.ui.common.colours import good_style
from coalition.ui.common.context import AppContext
from coalition.ui.common.fieldproblems import sentence
from coalition.ui.common.widgets import MUTED_STYLE, bold
from coalition.ui.sync.cardlist import CardListDialog
from coalition.ui.sync.common import ElidedLabel, when
from coalition.ui.sync.conflicts import _field_name, _shown


def _tr(text: str) -> str:
    return QCoreApplication.translate("Suggestions", text)


@dataclass
class SuggestionView:
    """One suggestion in words, read while its session is open."""

    id: str
    table: str
    title: str
    who: str  # "Ben of Beta (Beta Fund), Tue 12 May, 10:42"
    changes: list[str]  # "Name: Sam Renamed"
    note: str
    status: str  # open / applied / declined
    outcome: str  # "" while open


def describe(session: Session, suggestion: Suggestion) -> SuggestionView:
    record = suggestion.record or _tr("(a record without a name)")
    kind = suggestion.table_name.replace("_", " ")
    name = suggestion.suggested_by or _tr("someone")
    who = f"{name} ({suggestion.suggested_by_org})" if suggestion.suggested_by_org else name
    decided = {
        "who": suggestion.decided_by or _tr("a coordinator"),
        "when": when(suggestion.decided_at),
    }
    outcome = ""
    if suggestion.status == "applied":
        outcome = _tr("Applied by {who}, {when}.").format(**decided)
    elif suggestion.status == "declined":
        outcome = _tr("Declined by {who}, {when}.").format(**decided)
        if suggestion.answer:
            outcome += " " + _tr("“{why}”").format(why=suggestion.answer)
    return SuggestionView(
        id=suggestion.id,
        table=suggestion.table_name,
        title=f"{record} · {kind}",
        who=_tr("{who}, {when}").format(who=who, when=when(suggestion.created_at)),
        changes=_changes(session, suggestion),
        note=suggestion.note,
        status=suggestion.status,
        outcome=outcome,
    )


def _changes(session: Session, suggestion: Suggestion) -> list[str]:
    """Each field in words: what it says now and what is suggested, while open."""
    now = suggestions.current_values(session, suggestion) if suggestion.status == "open" else None
    out = []
    for field, value in (suggestion.proposed or {}).items():
        name = _field_name(field)
        if now is not None and field in now:
            out.append(
                _tr("{field}: {now} → {value}").format(
                    field=name, now=_shown(now[field]), value=_shown(value)
                )
            )
        else:
            out.append(_tr("{field}: {value}").format(field=name, value=_shown(value)))
    return out


class SuggestionCard(QFrame):
    """One suggestion: the record, who sent it and when, the values, the note, and
    Apply / Decline for a coordinator (or what became of it)."""

    def __init__(
        self,
        view: SuggestionView,
        deciding: bool,
        on_apply: Callable[[str], object],
        on_decline: Callable[[str], object],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.view = view
        self.setObjectName("suggestionCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        top = QHBoxLayout()
        top.addWidget(bold(ElidedLabel(view.title, widest=560)), 1)
        status = QLabel(
            {
                "open": self.tr("waiting for a coordinator"),
                "applied": self.tr("✓ applied"),
                "declined": self.tr("declined"),
            }.get(view.status, view.status)
        )
        status.setStyleSheet(good_style() if view.status == "applied" else MUTED_STYLE)
        top.addWidget(status, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(top)
        who = ElidedLabel(self.tr("Suggested by {who}").format(who=view.who), widest=640)
        who.setStyleSheet(MUTED_STYLE)
        layout.addWidget(who)
        self.change_labels: list[ElidedLabel] = []
        for change in view.changes:
            value = ElidedLabel(change, widest=640)
            value.setContentsMargins(14, 0, 0, 0)
            self.change_labels.append(value)
            layout.addWidget(value)
        if view.note:
            note = QLabel(self.tr("“{note}”").format(note=view.note))
            note.setWordWrap(True)
            note.setContentsMargins(14, 2, 0, 0)
            note.setStyleSheet("font-style: italic;")
            layout.addWidget(note)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 6, 0, 0)
        self.outcome = QLabel(view.outcome)
        self.outcome.setWordWrap(True)
        self.outcome.setStyleSheet(MUTED_STYLE)
        self.outcome.setVisible(bool(view.outcome))
        if not view.outcome:
            bottom.addStretch(1)  # the buttons keep their size, on the right
        bottom.addWidget(self.outcome, 1)
        self.apply_button: QPushButton | None = None
        self.decline_button: QPushButton | None = None
        if deciding and view.status == "open":
            self.decline_button = QPushButton(self.tr("Decline…"))
            self.decline_button.setToolTip(self.tr("Leave the record as it is, and say why"))
            self.decline_button.clicked.connect(lambda: on_decline(view.id))
            self.apply_button = QPushButton(self.tr("Apply"))
            self.apply_button.setToolTip(
                self.tr("Make the change: undo it with Ctrl+Z; it is sent at the next sync")
            )
            self.apply_button.clicked.connect(lambda: on_apply(view.id))
            bottom.addWidget(self.decline_button, 0, Qt.AlignmentFlag.AlignBottom)
            bottom.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignBottom)
        if not view.outcome and self.apply_button is None:
            bottom.setContentsMargins(0, 0, 0, 0)  # nothing under the values: no gap either
        layout.addLayout(bottom)

    def texts(self) -> list[str]:
        """Everything the card says (for tests and for reading it out)."""
        return [self.view.title, self.view.who, *self.view.changes, self.view.note,
                self.outcome.text()]  # fmt: skip


class SuggestionsDialog(CardListDialog):
    """The suggestions this organizer may read: to decide (a coordinator) or sent."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        deciding = suggestions.may_decide()
        super().__init__(
            ctx,
            explanation=(
                QCoreApplication.translate(
                    "SuggestionsDialog",
                    "Changes organizers could not make themselves, sent to the coalition's "
                    "coordinators. Apply one to make the change, or decline it with a reason.",
                )
                if deciding
                else QCoreApplication.translate(
                    "SuggestionsDialog",
                    "Changes your group sent to the coalition's coordinators, and what they "
                    "decided. Send one from a change the server refused (Sync → Conflicts).",
                )
            ),
            toggle=QCoreApplication.translate("SuggestionsDialog", "Show decided"),
            empty_name="suggestionsEmpty",
            parent=parent,
        )
        self.deciding = deciding
        self.setWindowTitle(self.tr("Suggestions"))
        self.show_decided = self.toggle
        self.show_decided.setChecked(not self.deciding)
        self.shown: list[SuggestionCard] = []
        self.start()

    def refresh(self) -> None:
        self.deciding = suggestions.may_decide()
        with self.ctx.reading() as session:
            listed = suggestions.suggestions(session, open_only=not self.show_decided.isChecked())
            views = [describe(session, s) for s in listed]
        for card in self.shown:
            self.cards.removeWidget(card)
            card.hide()
            card.deleteLater()
        while self.cards.count():
            self.cards.takeAt(0)
        self.shown = []
        for view in views:
            card = SuggestionCard(view, self.deciding, self.apply, self.decline)
            self.cards.addWidget(card)
            self.shown.append(card)
        self.cards.addStretch(1)
        waiting = sum(1 for v in views if v.status == "open")
        if self.deciding:
            one, many, none = (
                self.tr("1 suggestion to decide"),
                self.tr("{n} suggestions to decide"),
                self.tr("No suggestions to decide"),
            )
        else:
            one, many, none = (
                self.tr("1 suggestion waiting"),
                self.tr("{n} suggestions waiting"),
                self.tr("No suggestions waiting"),
            )
        heading = none if not waiting else one if waiting == 1 else many.format(n=waiting)
        self.heading.setText(heading)
        self.empty.setText(self.tr("No suggestions so far."))
        self.empty.setVisible(not views)

    def card(self, suggestion_id: str) -> SuggestionCard:
        return next(c for c in self.shown if c.view.id == suggestion_id)

    def _run(self, fn: Callable[..., None], *args: str, label: str) -> bool:
        self.problem.hide()
        table = self.card(args[0]).view.table
        try:
            self.ctx.run(fn, *args, label=label)
        except CoalitionError as exc:
            self.problem.setText(sentence(shown(exc)))
            self.problem.show()
            return False
        self.ctx.changed.emit({"suggestion", table})
        self.refresh()
        return True

    def apply(self, suggestion_id: str) -> bool:
        title = self.card(suggestion_id).view.title
        return self._run(
            suggestions.apply,
            suggestion_id,
            label=self.tr("Apply a suggestion: {title}").format(title=title),
        )

    def decline(self, suggestion_id: str, reason: str | None = None) -> bool:
        """Decline (asking why when no reason is given)."""
        title = self.card(suggestion_id).view.title
        if reason is None:
            reason, ok = QInputDialog.getMultiLineText(
                self,
                self.tr("Decline a suggestion"),
                self.tr("Why is {title} staying as it is? The group that sent it reads this.")
                .format(title=title),
            )  # fmt: skip
            if not ok:
                return False
        return self._run(
            suggestions.decline,
            suggestion_id,
            reason,
            label=self.tr("Decline a suggestion: {title}").format(title=title),
        )
