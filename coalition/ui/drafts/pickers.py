"""The group pickers of the Drafts screen: they start empty and never choose by themselves.

A combo box that starts on its first group, or on "(no group)" with the groups right
under it, lets a stray Down key or wheel turn choose a group nobody meant: a sign-off
asked of the wrong ally, a variant speaking for the wrong group.  These pickers start
with no choice and say "Choose a group…"; Down and Up open the list instead of moving
through it, and the wheel does not turn through the groups.  Groups that share
a name are listed with what tells them apart (:func:`coalition.drafts.groups.group_choices`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # the context lupdate gives a bare tr()


class GroupPicker(QComboBox):
    """Type part of a group's name or open the list (Down); nothing is chosen until then.

    ``optional``: leaving it empty means "no group" (a variant for a state only, a draft
    without owner); otherwise a group must be chosen.
    """

    def __init__(
        self,
        choices: list[tuple[str, str]],
        *,
        optional: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.optional = optional
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # no choosing by a passing wheel
        completer = self.completer()
        assert completer is not None  # an editable box has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        for ident, label in choices:
            self.addItem(label, ident)
        self.setCurrentIndex(-1)
        line = self.lineEdit()
        assert line is not None  # an editable box has one
        line.setPlaceholderText(
            tr("Choose a group… (or leave empty for none)") if optional else tr("Choose a group…")
        )

    def select(self, ident: str | None) -> None:
        """Show ``ident`` as chosen (None or an unknown group: no choice)."""
        self.setCurrentIndex(self.findData(ident) if ident else -1)
        if self.currentIndex() < 0:
            self.setEditText("")

    def chosen(self) -> tuple[str | None, str]:
        """(the group's id, or None; a sentence saying what is wrong, or "")."""
        text = self.currentText().strip()
        if not text:
            return None, "" if self.optional else tr("choose a group")
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) == text:
            return self.itemData(index), ""
        exact = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if exact >= 0:
            return self.itemData(exact), ""
        # A name typed in full: known if one group has it, a question if several do.
        named = [
            n
            for n in range(self.count())
            if self.itemText(n).casefold().startswith(text.casefold() + " (")
        ]
        if len(named) == 1:
            return self.itemData(named[0]), ""
        if named:
            problem = tr("{count} groups are called “{name}”: choose one from the list")
            return None, problem.format(count=len(named), name=text)
        return None, tr("no group is called “{name}”").format(name=text)

    # --- never choosing for the person ------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Down and Up open the list, where the person chooses with Enter; a closed combo
        box would otherwise step to the next group without a word."""
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self.showPopup()
            event.accept()
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # a turn of the wheel over the form scrolls it; the choice stays
