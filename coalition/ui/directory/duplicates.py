"""The warning in the person editor that someone like this is in the directory already.

Shown as soon as the name or the e-mail addresses are typed, and again at Save, which
waits for an answer: open the other person (perhaps to merge the two), or save anyway.
The service (:func:`coalition.directory.merge.find_duplicates`) decides who looks alike.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coalition.directory import merge as people_merge
from coalition.directory.merge import Duplicate
from coalition.directory.records import PersonInput

if TYPE_CHECKING:
    from coalition.ui.common.context import AppContext

if TYPE_CHECKING:
    from coalition.ui.common.context import AppContext
    from coalition.ui.directory.people import PersonEditor

WARNING_STYLE = (
    "QFrame#duplicateWarning { background: #fff4ce; border: 1px solid #c8a600;"
    " border-radius: 4px; }"
    # Its own dark text on its own pale fill, whatever the system's palette says.
    " QFrame#duplicateWarning QLabel { color: #3d3100; background: transparent; }"
)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # the context lupdate gives a bare tr()


def describe(duplicate: Duplicate) -> str:
    if duplicate.email:
        return tr("{name} has the same e-mail address ({email}).").format(
            name=duplicate.name, email=duplicate.email
        )
    if duplicate.organization:
        return tr("{name}, of {organization}, has the same name.").format(
            name=duplicate.name, organization=duplicate.organization
        )
    return tr("{name} has the same name.").format(name=duplicate.name)


class DuplicateWarning(QFrame):
    """Who else looks like the person in the editor, with Open and Save anyway."""

    open_requested = Signal(str)  # the other person's id
    save_anyway = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("duplicateWarning")
        self.setStyleSheet(WARNING_STYLE)
        self.duplicates: list[Duplicate] = []
        self._accepted: set[str] = set()  # the ones "Save anyway" was answered for
        self._layout = QVBoxLayout(self)
        self.title = QLabel(tr("This person may be in the directory already:"))
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self._layout.addWidget(self.title)
        self._rows = QVBoxLayout()
        self._layout.addLayout(self._rows)
        self.save_button = QPushButton(tr("Save &anyway"))
        self.save_button.setToolTip(tr("They are different people: save this one as it is"))
        self.save_button.clicked.connect(self._save_anyway)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self._layout.addLayout(buttons)
        self.open_buttons: list[QPushButton] = []
        self.hide()

    def reset(self) -> None:
        """Another record shown: nothing answered yet."""
        self._accepted = set()
        self.show_duplicates([])

    def show_duplicates(self, duplicates: list[Duplicate]) -> None:
        self.duplicates = duplicates
        while self._rows.count():
            item = self._rows.takeAt(0)
            layout = item.layout() if item is not None else None
            if layout is not None:
                while layout.count():
                    child_item = layout.takeAt(0)
                    child = child_item.widget() if child_item is not None else None
                    if child is not None:
                        child.deleteLater()
        self.open_buttons = []
        for duplicate in duplicates:
            row = QHBoxLayout()
            text = QLabel(describe(duplicate))
            text.setWordWrap(True)
            button = QPushButton(tr("Open {name}").format(name=duplicate.name))
            button.setToolTip(tr("Show the other person (merge the two with Merge people…)"))
            button.clicked.connect(
                lambda _c=False, i=duplicate.person_id: self.open_requested.emit(i)
            )
            self.open_buttons.append(button)
            row.addWidget(text, 1)
            row.addWidget(button)
            self._rows.addLayout(row)
        self.setVisible(bool(duplicates))

    def check(self, ctx: AppContext, data: PersonInput, person_id: str | None) -> list[Duplicate]:
        """Look again and show who is alike."""
        with ctx.reading() as session:
            found = people_merge.find_duplicates(session, data, person_id)
        self.show_duplicates(found)
        return found

    def allows_saving(self, ctx: AppContext, data: PersonInput, person_id: str | None) -> bool:
        """Whether Save may go on: nobody alike, or "Save anyway" answered for each."""
        found = self.check(ctx, data, person_id)
        return all(d.person_id in self._accepted for d in found)

    def _save_anyway(self) -> None:
        self._accepted |= {d.person_id for d in self.duplicates}
        self.save_anyway.emit()


def attach(editor: PersonEditor) -> DuplicateWarning:
    """Put the warning under a person editor's heading and keep it up to date as the
    name (when it is left) and the addresses (a moment after typing) change.
    """
    warning = DuplicateWarning(editor)
    column = editor.layout()
    assert isinstance(column, QBoxLayout)  # the editor's column: heading, error line, form
    column.insertWidget(2, warning)  # under the heading and its error line
    later = QTimer(warning)
    later.setSingleShot(True)
    later.setInterval(400)

    def look() -> None:
        if not editor._loading:
            warning.check(editor.ctx, editor.collect(), editor.record_id)

    later.timeout.connect(look)
    editor.name.editingFinished.connect(look)
    editor.emails.textChanged.connect(lambda: None if editor._loading else later.start())
    warning.save_anyway.connect(editor.save)
    return warning
