"""Suggest a correction… (:class:`SuggestDialog`): a record the organizer may read but
not change, its text fields to correct and a note, sent to the coalition's coordinators
(:mod:`coalition.sync.suggestions`)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coalition.common.errors import CoalitionError
from coalition.common.i18n import shown
from coalition.sync import suggestions
from coalition.ui.common.colours import error_style
from coalition.ui.common.context import AppContext
from coalition.ui.common.fieldproblems import sentence
from coalition.ui.common.widgets import muted


def _field_name(field: str) -> str:
    return field.replace("_", " ").capitalize()


class SuggestDialog(QDialog):
    """The record's text fields as they are, to correct; the changed ones are sent."""

    def __init__(
        self, ctx: AppContext, table: str, record_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.table, self.record_id = ctx, table, record_id
        self.setWindowTitle(self.tr("Suggest a correction"))
        self.resize(520, 360)
        with ctx.reading() as session:
            fields = suggestions.suggestable(session, table, record_id)
        self.original = dict(fields)
        self.inputs: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name, value in fields:
            edit = QLineEdit(value)
            edit.setObjectName(f"suggest_{name}")
            self.inputs[name] = edit
            form.addRow(_field_name(name), edit)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Why (a source, who told you): optional"))
        self.note.setMaximumHeight(80)
        form.addRow(self.tr("To the coordinator"), self.note)
        self.problem = QLabel()
        self.problem.setStyleSheet(error_style())
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Send to a coordinator"))
        buttons.accepted.connect(self.send)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            muted(
                self.tr(
                    "You may not change this record. Correct what is wrong below: a "
                    "coordinator applies it or says why not (Sync → Suggestions)."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def changed(self) -> dict[str, str]:
        return {
            name: edit.text().strip()
            for name, edit in self.inputs.items()
            if edit.text().strip() != (self.original.get(name) or "").strip()
        }

    def send(self) -> bool:
        """Send the corrections; whether they went (the dialog closes then)."""
        self.problem.hide()
        try:
            self.ctx.run(
                suggestions.suggest,
                self.table,
                self.record_id,
                self.changed(),
                self.note.toPlainText(),
                label=self.tr("Suggest a correction"),
            )
        except CoalitionError as exc:
            self.problem.setText(sentence(shown(exc)))
            self.problem.show()
            return False
        self.ctx.changed.emit({"suggestion"})
        self.accept()
        return True
