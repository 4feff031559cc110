"""The question asked before deleting a record that other records use.

"Aaliyah Brooks is the owner of 3 action items, the organizer of the call series
“Coalition call” and a participant in 1 call series": the person reads what the deletion
touches, then chooses whom to give those to (a picker that starts empty, so nobody is
chosen by accident), or to remove them with the record, or not to delete at all.  The
service (:mod:`coalition.directory.deletion`) decides what each answer does; this module only asks.

Tests answer through :data:`ask_hook` (``monkeypatch.setattr(deletion, "ask_hook", ...)``
with ``from coalition.ui import deletion``); the screens always call it through this
module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from coalition.common.errors import CoalitionError
from coalition.common.i18n import shown
from coalition.directory import deletion
from coalition.directory.deletion import Impact, Use
from coalition.ui.common.colours import error_style
from coalition.ui.common.listscreen import ListScreen
from coalition.ui.common.widgets import NameChooser


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # the context lupdate gives a bare tr()


def _phrases() -> dict[str, tuple[str, str]]:
    """Each use: (one, named by {name}), (several, counted by {n})."""
    return {
        "action_item.owner_id": (
            tr("the owner of the action item “{name}”"),
            tr("the owner of {n} action items"),
        ),
        "call_series.organizer_id": (
            tr("the organizer of the call series “{name}”"),
            tr("the organizer of {n} call series"),
        ),
        "standing_item.owner_id": (
            tr("the owner of the standing agenda item “{name}”"),
            tr("the owner of {n} standing agenda items"),
        ),
        "agenda_item.owner_id": (
            tr("the owner of the agenda item “{name}”"),
            tr("the owner of {n} agenda items"),
        ),
        "call_participant.person_id": (
            tr("a participant in 1 call series"),
            tr("a participant in {n} call series"),
        ),
        "attendance.person_id": (
            tr("on the attendance list of 1 call"),
            tr("on the attendance list of {n} calls"),
        ),
        "organization.parent_id": (
            tr("the parent of the chapter “{name}”"),
            tr("the parent of {n} chapters"),
        ),
        "campaign.owner_id": (
            tr("the owner of the campaign “{name}”"),
            tr("the owner of {n} campaigns"),
        ),
        "call_series.owner_org_id": (
            tr("the owner of the call series “{name}”"),
            tr("the owner of {n} call series"),
        ),
        "call_participant.organization_id": (
            tr("invited to 1 call series"),
            tr("invited to {n} call series"),
        ),
        "draft.owner_org_id": (
            tr("the owner of the draft “{name}”"),
            tr("the owner of {n} drafts"),
        ),
        "draft_variant.organization_id": (
            tr("the audience of the variant “{name}”"),
            tr("the audience of {n} variants"),
        ),
        "sign_off.organization_id": (tr("asked for 1 sign-off"), tr("asked for {n} sign-offs")),
        "ballot.organization_id": (tr("named on 1 ballot"), tr("named on {n} ballots")),
        "rsvp.person_id": (
            tr("the author of 1 answer to an invitation"),
            tr("the author of {n} answers to invitations"),
        ),
        "proxy.from_org_id": (tr("the giver of 1 proxy"), tr("the giver of {n} proxies")),
        "proxy.to_org_id": (tr("the holder of 1 proxy"), tr("the holder of {n} proxies")),
        "goal.campaign_id": (tr("counted by the goal “{name}”"), tr("counted by {n} goals")),
        "shift_assignment.person_id": (
            tr("on the roster of 1 shift"),
            tr("on the roster of {n} shifts"),
        ),
        "petition_batch.collector_id": (
            tr("the collector of the petition batch “{name}”"),
            tr("the collector of {n} petition batches"),
        ),
        "event_host.organization_id": (tr("a host of 1 event"), tr("a host of {n} events")),
        "consent.organization_id": (
            tr("the group 1 person consented to hear from"),
            tr("the group {n} people consented to hear from"),
        ),
        "event.campaign_id": (
            tr("served by the event “{name}”"),
            tr("served by {n} events"),
        ),
        "registration_tally.campaign_id": (
            tr("counted by 1 registration report"),
            tr("counted by {n} registration reports"),
        ),
        "petition_batch.campaign_id": (
            tr("counted by 1 petition batch"),
            tr("counted by {n} petition batches"),
        ),
    }


def _phrase(use: Use) -> str:
    one, several = _phrases()[use.key]
    if use.count == 1:
        return one.format(name=use.names[0] if use.names else "", n=1)
    return several.format(n=QLocale().toString(use.count))


def _join(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return tr("{first} and {last}").format(first=", ".join(items[:-1]), last=items[-1])


def uses_sentence(impact: Impact) -> str:
    """'Ana Ruiz is the owner of 2 action items and a participant in 1 call series.'"""
    return tr("{name} is {uses}.").format(
        name=impact.name, uses=_join([_phrase(u) for u in impact.uses])
    )


def _parts_sentence(impact: Impact) -> str:
    """What goes with the record whatever the answer (its addresses, tags and pages
    go without saying)."""
    counted = {
        "membership": (tr("1 membership"), tr("{n} memberships")),
        "endorsement": (tr("1 endorsement"), tr("{n} endorsements")),
    }
    shown = [
        (counted[t][0] if n == 1 else counted[t][1]).format(n=QLocale().toString(n))
        for t, n in impact.parts.items()
        if t in counted
    ]
    return tr("It also deletes {parts}. ").format(parts=_join(shown)) if shown else ""


_CHOOSE = {
    "person": lambda: tr("Choose a person…"),
    "organization": lambda: tr("Choose an organization…"),
    "campaign": lambda: tr("Choose a campaign…"),
}
_REMOVE = {
    "person": lambda: tr(
        "What they own or organize stays, without anyone; their invitations, attendance and "
        "shifts are deleted."
    ),
    "organization": lambda: tr(
        "Its chapters, campaigns, calls, drafts and variants stay, without it; "
        "its invitations, sign-offs, ballots and proxies are deleted (a closed decision "
        "keeps its tally), and so are its place among an event's hosts and the consents "
        "people gave it."
    ),
    "campaign": lambda: tr(
        "The goals and petition batches that count it are deleted with it; its events and "
        "registration reports stay, without it."
    ),
}


@dataclass(frozen=True)
class Decision:
    """The answer: delete, handing the uses to ``reassign_to`` (None: removing them)."""

    reassign_to: str | None


class DeleteDialog(QDialog):
    """Delete, reassigning or removing what uses the record, or Cancel (the default)."""

    def __init__(
        self, impact: Impact, choices: list[tuple[str, str]], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.impact = impact
        self.setWindowTitle(tr("Delete {name}").format(name=impact.name))
        self.setMinimumWidth(560)
        question = QLabel(tr("Delete {name}?").format(name=impact.name))
        font = question.font()
        font.setBold(True)
        question.setFont(font)
        self.sentence = QLabel(uses_sentence(impact))
        self.sentence.setObjectName("usesSentence")
        self.sentence.setWordWrap(True)
        self.reassign = QRadioButton(tr("&Give them to:"))
        self.picker = NameChooser(_CHOOSE[impact.table]())
        self.picker.set_choices([(i, n) for i, n in choices], None)
        self.remove = QRadioButton(tr("&Remove them with {name}").format(name=impact.name))
        remove_detail = QLabel(_REMOVE[impact.table]())
        remove_detail.setWordWrap(True)
        remove_detail.setIndent(
            self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth) + 8
        )
        self.picker.setMinimumWidth(360)
        group = QButtonGroup(self)
        group.addButton(self.reassign)
        group.addButton(self.remove)
        self.problem = QLabel()
        self.problem.setStyleSheet(error_style())
        self.problem.setWordWrap(True)
        self.problem.hide()
        detail = QLabel(_parts_sentence(impact) + tr("You can undo this with Ctrl+Z."))
        detail.setWordWrap(True)
        button = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(button.Ok | button.Cancel)
        self.delete_button = self.buttons.button(button.Ok)
        self.delete_button.setText(tr("Delete"))
        self.delete_button.setDefault(False)
        self.buttons.button(button.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.sentence)
        layout.addSpacing(6)
        layout.addWidget(self.reassign)
        layout.addWidget(self.picker)
        layout.addWidget(self.remove)
        layout.addWidget(remove_detail)
        layout.addWidget(self.problem)
        layout.addSpacing(6)
        layout.addWidget(detail)
        layout.addWidget(self.buttons)
        # Choosing someone in the picker means giving them to that one.
        self.picker.currentIndexChanged.connect(lambda _i: self._picked())
        self.picker.editTextChanged.connect(lambda _t: self._picked())
        self.reassign.toggled.connect(lambda _on: self._update())
        self.remove.toggled.connect(lambda _on: self._update())
        self._update()
        self.resize(
            self.minimumWidth(), self.heightForWidth(self.minimumWidth())
        )  # wrapped lines fit

    def _picked(self) -> None:
        if self.picker.currentText().strip():
            self.reassign.setChecked(True)
        self._update()

    def _update(self) -> None:
        ready = self.remove.isChecked() or (
            self.reassign.isChecked() and self.picker.chosen_id() is not None
        )
        self.delete_button.setEnabled(ready)

    def decision(self) -> Decision | None:
        """The answer given so far (None: no choice yet)."""
        if self.remove.isChecked():
            return Decision(None)
        if self.reassign.isChecked() and (chosen := self.picker.chosen_id()) is not None:
            return Decision(chosen)
        return None

    def accept(self) -> None:
        if self.decision() is None:
            self.problem.setText(tr("Choose whom to give them to, or remove them."))
            self.problem.show()
            return
        super().accept()


def _ask_with_dialog(
    parent: QWidget | None, impact: Impact, choices: list[tuple[str, str]]
) -> Decision | None:
    dialog = DeleteDialog(impact, choices, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.decision()


#: How the question is asked: replaced in tests, always called through this module.
ask_hook: Callable[[QWidget | None, Impact, list[tuple[str, str]]], Decision | None] = (
    _ask_with_dialog
)


def delete_if_used(screen: ListScreen, table: str, record_id: str) -> bool | None:
    """Ask about, then delete, a record that others use: True when deleted, False when
    not (cancelled, or refused with a sentence on the status bar).  None when nothing
    uses it: the screen asks its usual question.
    """
    ctx = screen.ctx
    try:
        with ctx.reading() as session:
            impact = deletion.impact(session, table, record_id)
            if not impact.needs_choice:
                return None
            choices = deletion.choices(session, table, record_id)
    except CoalitionError as exc:
        ctx.error.emit(shown(exc))
        return False
    decision = ask_hook(screen, impact, choices)
    if decision is None:
        return False
    try:
        ctx.run(
            deletion.delete_record,
            table,
            record_id,
            decision.reassign_to,
            label=tr("Delete {name}").format(name=impact.name),
        )
    except CoalitionError as exc:
        ctx.error.emit(shown(exc))
        return False
    return True
