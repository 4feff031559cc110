"""Sync → Conflicts… (:class:`ConflictsDialog`): what two organizers changed alike, with
both values, who and when, what was kept and why; keep the decision or take the other
one (undoable)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpacerItem,
    QWidget,
)

from coalition.common.errors import CoalitionError
from coalition.common.i18n import shown
from coalition.store.models import SyncConflict
from coalition.sync import conflicts as sync_conflicts
from coalition.sync import suggestions
from coalition.ui.common.colours import good_style
from coalition.ui.common.context import AppContext
from coalition.ui.common.fieldproblems import sentence
from coalition.ui.common.widgets import MUTED_STYLE, bold
from coalition.ui.sync.cardlist import CardListDialog
from coalition.ui.sync.common import ElidedLabel, when


def _shown(value: Any) -> str:
    """A value as stored in a conflict (JSON), in words."""
    if value is None or value == "" or value == [] or value == {}:
        return "(empty)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(_shown(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{_field_name(str(k))}: {_shown(v)}" for k, v in value.items())
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # the context lupdate gives a bare tr()


def _field_name(field: str) -> str:
    return field.replace("_id", "").replace("_", " ").capitalize()


def _who(actor: str, device: str, at: dt.datetime | None) -> str:
    name = actor or tr("someone")
    if device:
        return tr("{name} on {device}, {when}").format(name=name, device=device, when=when(at))
    return f"{name}, {when(at)}"


@dataclass
class Side:
    who: str  # "ana on ana-laptop, Tue 12 May, 10:42"
    name: str
    did: str  # the value, or what was done ("deleted it")
    kept: bool


@dataclass
class ConflictView:
    """One conflict in words, read while its session is open."""

    id: str
    title: str
    kind_label: str
    sides: tuple[Side, Side]
    decision: str
    other_choice: str
    resolved: str  # "" while it waits for someone to look at it
    # A change the server's walls refused, still here: it can go to a coordinator.
    can_suggest: bool = False


def describe(session: Any, conflict: SyncConflict) -> ConflictView:
    record = conflict.record or tr("(a record without a name)")
    kind_label = conflict.table_name.replace("_", " ")
    mine_kept = conflict.kept == "mine"
    me, them = conflict.my_actor or tr("someone"), conflict.their_actor or tr("someone")
    my_who = _who(conflict.my_actor, conflict.my_device, conflict.my_at)
    their_who = _who(conflict.their_actor, conflict.their_device, conflict.their_at)
    if conflict.kind == "field":
        title = f"{record} · {_field_name(conflict.field)}"
        mine, theirs = _shown(conflict.mine), _shown(conflict.theirs)
        winner, loser = (me, them) if mine_kept else (them, me)
        decision = tr(
            "Kept {winner}'s value, the later change; {loser}'s stays in the record's history."
        ).format(winner=winner, loser=loser)
    elif conflict.kind == "edit_delete":
        title = f"{record} · " + tr("changed and deleted")
        i_deleted = conflict.mine is None and isinstance(conflict.theirs, dict)
        changed = dict(conflict.theirs) if i_deleted else {}
        added = changed.pop(sync_conflicts.ADDED, None)
        if i_deleted:
            did = [tr("changed {what}").format(what=_shown(changed))] if changed else []
            did += [tr("added {what}").format(what=added)] if added else []
            mine, theirs = tr("deleted it"), "; ".join(did)
        else:
            mine, theirs = tr("changed it"), tr("deleted it")
        deleter, editor = (me, them) if i_deleted else (them, me)
        deletion_kept = i_deleted == mine_kept
        if deletion_kept and added and not changed:
            decision = tr(
                "Deleted: {deleter} deleted it, and with it what {editor} had added to it."
            ).format(deleter=deleter, editor=editor)
        elif deletion_kept:
            decision = tr("Deleted: {deleter} deleted it after {editor} changed it.").format(
                deleter=deleter, editor=editor
            )
        else:
            decision = tr("Kept: {editor} changed it after {deleter} deleted it.").format(
                deleter=deleter, editor=editor
            )
    else:  # refused
        title = f"{record} · " + tr("not taken by the server")
        mine = f"{conflict.mine}: {conflict.detail}" if conflict.mine else conflict.detail
        theirs = tr("the server's copy, as it is")
        their_who = tr("the coalition server")
        decision = (
            tr(
                "The server refused {who}'s change; it stays on this laptop only, until "
                "withdrawn (or made by someone who may)."
            ).format(who=me)
            if mine_kept
            else tr(
                "The server could not take {who}'s change; this laptop has the server's copy again."
            ).format(who=me)
        )
    resolved = ""
    if conflict.resolved_at is not None:
        how = (
            tr("the other choice was taken")
            if conflict.resolution == "other"
            else tr("kept as decided")
        )
        resolved = tr("Resolved {when}: {how}.").format(when=when(conflict.resolved_at), how=how)
    return ConflictView(
        id=conflict.id,
        title=title,
        kind_label=kind_label,
        sides=(
            Side(my_who, me, mine, mine_kept),
            Side(their_who, them, theirs, not mine_kept),
        ),
        decision=decision,
        other_choice=sync_conflicts.other_choice(session, conflict) if not resolved else "",
        resolved=resolved,
        can_suggest=not resolved and conflict.kind == "refused" and mine_kept,
    )


class ConflictCard(QFrame):
    """One conflict: its record, both sides with who and when, the decision, the choices."""

    def __init__(
        self,
        view: ConflictView,
        on_keep: Callable[[str], None],
        on_other: Callable[[str], None],
        parent: QWidget | None = None,
        on_suggest: Callable[[str], object] | None = None,
    ):
        super().__init__(parent)
        self.view = view
        self.setObjectName("conflictCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        title = bold(ElidedLabel(view.title, widest=640))
        kind = QLabel(view.kind_label)
        kind.setStyleSheet(MUTED_STYLE)
        grid.addWidget(title, 0, 0)
        grid.addWidget(kind, 0, 1, Qt.AlignmentFlag.AlignRight)
        self.value_labels: list[ElidedLabel] = []
        row = 1
        for side in view.sides:
            # Who and when on one line, the value under it: each gets the card's width.
            who = ElidedLabel(side.who, widest=640)
            who.setStyleSheet(MUTED_STYLE)
            mark = QLabel(self.tr("✓ kept") if side.kept else "")
            mark.setStyleSheet(good_style() + " font-weight: bold;")
            value = ElidedLabel(side.did, widest=640)
            value.set_full_text(side.did, f"{side.who}:\n{side.did}")
            value.setObjectName("conflictValue")
            value.setContentsMargins(14, 0, 0, 0)
            self.value_labels.append(value)
            if row > 1:
                grid.addItem(QSpacerItem(0, 4), row, 0)
                row += 1
            grid.addWidget(who, row, 0)
            grid.addWidget(mark, row, 1, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(value, row + 1, 0, 1, 2)
            row += 2
        self.decision = QLabel(view.resolved or view.decision)
        self.decision.setWordWrap(True)
        self.decision.setStyleSheet(MUTED_STYLE if view.resolved else "")
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 6, 0, 0)
        bottom.addWidget(self.decision, 1)
        grid.addLayout(bottom, row, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        self.keep_button: QPushButton | None = None
        self.other_button: QPushButton | None = None
        self.suggest_button: QPushButton | None = None
        if not view.resolved:
            self.keep_button = QPushButton(self.tr("Keep as decided"))
            self.keep_button.setToolTip(self.tr("Leave it as it is and take it off this list"))
            self.keep_button.clicked.connect(lambda: on_keep(view.id))
            self.other_button = QPushButton(view.other_choice)
            self.other_button.setToolTip(
                self.tr("A change like any other: undo it with Ctrl+Z; it is sent at the next sync")
            )
            self.other_button.clicked.connect(lambda: on_other(view.id))
            bottom.addWidget(self.keep_button, 0, Qt.AlignmentFlag.AlignBottom)
            bottom.addWidget(self.other_button, 0, Qt.AlignmentFlag.AlignBottom)
        if view.can_suggest and on_suggest is not None:
            self.suggest_button = QPushButton(self.tr("Send to a coordinator…"))
            self.suggest_button.setObjectName("suggestButton")
            self.suggest_button.setToolTip(
                self.tr(
                    "Ask the coalition's coordinators to make this change; "
                    "it is withdrawn from this laptop meanwhile"
                )
            )
            self.suggest_button.clicked.connect(lambda: on_suggest(view.id))
            bottom.addWidget(self.suggest_button, 0, Qt.AlignmentFlag.AlignBottom)

    def texts(self) -> list[str]:
        """Everything the card says, whole (for tests and for reading it out)."""
        out = [self.view.title]
        for side in self.view.sides:
            out += [side.who, side.did]
        out.append(self.decision.text())
        return out


class ConflictsDialog(CardListDialog):
    """The conflicts left to look at (or all of them), each with its two choices."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(
            ctx,
            explanation=tr(
                "When two organizers changed the same thing before syncing, the later change "
                "was kept and the other stays in the record's history. Keep that decision, "
                "or take the other one."
            ),
            toggle=tr("Show resolved"),
            empty_name="conflictsEmpty",
            parent=parent,
        )
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.show_resolved = self.toggle
        self.shown: list[ConflictCard] = []
        self.start()

    def refresh(self) -> None:
        with self.ctx.reading() as session:
            listed = sync_conflicts.conflicts(
                session, include_resolved=self.show_resolved.isChecked()
            )
            views = [describe(session, c) for c in listed]
        for card in self.shown:
            self.cards.removeWidget(card)
            card.hide()  # gone at once, not when the event loop gets to deleting it
            card.deleteLater()
        while self.cards.count():
            self.cards.takeAt(0)
        self.shown = []
        for view in views:
            card = ConflictCard(
                view, self.keep, self.take_other, on_suggest=self.send_to_coordinator
            )
            self.cards.addWidget(card)
            self.shown.append(card)
        self.cards.addStretch(1)
        waiting = sum(1 for v in views if not v.resolved)
        self.heading.setText(
            self.tr("%Ln conflicts to review", "", waiting)
            if waiting
            else self.tr("No conflicts to review")
        )
        self.empty.setText(
            self.tr(
                "Nothing to review: every change from the other laptops merged without a conflict."
            )
            if not self.show_resolved.isChecked()
            else self.tr("No conflicts so far.")
        )
        self.empty.setVisible(not views)

    def card(self, conflict_id: str) -> ConflictCard:
        return next(c for c in self.shown if c.view.id == conflict_id)

    def keep(self, conflict_id: str) -> None:
        self.problem.hide()
        with self.ctx.db.session() as session:
            sync_conflicts.accept(session, conflict_id)
        self.ctx.changed.emit({"sync_conflict"})
        self.refresh()

    def take_other(self, conflict_id: str) -> None:
        self.problem.hide()
        view = self.card(conflict_id).view
        try:
            self.ctx.run(
                sync_conflicts.choose_other, conflict_id, label=f"{view.other_choice}: {view.title}"
            )
        except CoalitionError as exc:
            self.problem.setText(sentence(shown(exc)))
            self.problem.show()
            return
        self.ctx.changed.emit({"sync_conflict"})
        self.refresh()

    def send_to_coordinator(self, conflict_id: str, note: str | None = None) -> bool:
        """Send a refused change to the coordinators as a suggestion (asking for a note
        when none is given) and withdraw it here; whether it went."""
        self.problem.hide()
        view = self.card(conflict_id).view
        if note is None:
            note, ok = QInputDialog.getMultiLineText(
                self,
                self.tr("Send to a coordinator"),
                self.tr(
                    "The server did not let you make this change. A coordinator can: say why "
                    "it is needed (optional)."
                ),
            )
            if not ok:
                return False
        try:
            self.ctx.run(
                suggestions.suggest_from_conflict,
                conflict_id,
                note,
                label=self.tr("Send to a coordinator: {title}").format(title=view.title),
            )
        except CoalitionError as exc:
            self.problem.setText(sentence(shown(exc)))
            self.problem.show()
            return False
        self.ctx.changed.emit({"sync_conflict", "suggestion"})
        self.refresh()
        return True
