"""Sync → Export changes… and Import changes…: bundle files for groups with no server.

Both ask for the passphrase the organizers share (twice when writing); each problem is
said under its field, and a file that cannot be read changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from coalition.common import clock, validation
from coalition.common.errors import CoalitionError, ValidationError
from coalition.common.i18n import shown
from coalition.sync import bundles
from coalition.ui.common import filedialogs, formatting
from coalition.ui.common.colours import error_style
from coalition.ui.common.context import AppContext
from coalition.ui.common.fieldproblems import FieldProblems
from coalition.ui.common.widgets import MUTED_STYLE, date_edit
from coalition.ui.sync.common import all_tables

FILTER = "Coalition bundles (*.coalition-bundle);;All files (*)"
SUFFIX = ".coalition-bundle"


def _file_row(edit: QLineEdit, choose: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(choose)
    return row


def _passphrase_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMinimumWidth(260)
    return edit


class _BundleDialog(FieldProblems, QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None, title: str, intro: str):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self.general_error = QLabel()
        self.general_error.setStyleSheet(error_style())
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.result_text = ""
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet(MUTED_STYLE)
        self.file_edit = QLineEdit()
        self.file_edit.setAccessibleName(self.tr("File"))
        self.file_edit.setMinimumWidth(320)
        self.choose = QPushButton(self.tr("Choose…"))
        self.form = QFormLayout()
        self.form.addRow(self.intro)

    def _clear(self) -> None:
        for key, label in self._errors.items():
            label.hide()
            self._fields[key].setStyleSheet("")
        self.general_error.hide()

    def _run(self, work: Callable[[], str]) -> bool:
        self._clear()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.result_text = work()
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return False
        except CoalitionError as exc:
            self.show_problems({"": shown(exc)})
            return False
        finally:
            QApplication.restoreOverrideCursor()
        return True


class ExportBundleDialog(_BundleDialog):
    """Write this laptop's changes (since a day, or all) to a sealed file."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(
            ctx,
            parent,
            QCoreApplication.translate("ExportBundleDialog", "Export changes"),
            QCoreApplication.translate(
                "ExportBundleDialog",
                "Writes the changes made on this laptop to a file another organizer can import "
                "(Sync → Import changes…). Private records stay here. The file is encrypted with "
                "the passphrase: tell it to them another way than the file.",
            ),
        )
        self.since_edit = date_edit(self.tr("all changes"))
        self.pass_edit = _passphrase_edit()
        self.again_edit = _passphrase_edit()
        self.choose.clicked.connect(self._choose_file)
        self.form.addRow(
            self.tr("File"), self.field_box("file", _file_row(self.file_edit, self.choose))
        )
        self.form.addRow(self.tr("Changes since"), self.field_box("since", self.since_edit))
        self.form.addRow(self.tr("Passphrase"), self.field_box("passphrase", self.pass_edit))
        self.form.addRow(self.tr("Again"), self.field_box("again", self.again_edit))
        self.lay_out_form(self.form, self.tr("Export"))

    def _choose_file(self) -> None:
        name = filedialogs.save_file(
            self,
            self.ctx.settings,
            "bundles",
            self.tr("Export changes to"),
            f"coalition-{clock.today():%Y-%m-%d}{SUFFIX}",
            FILTER,
        )
        if name:
            self.file_edit.setText(name if Path(name).suffix else name + SUFFIX)

    def accept(self) -> None:
        def work() -> str:
            problems: dict[str, str] = {}
            path = self.file_edit.text().strip()
            if not path:
                problems["file"] = self.tr("choose where to write the file")
            since = None
            try:
                since = validation.date(self.since_edit.text(), "day")
            except ValueError as exc:
                problems["since"] = shown(exc)
            passphrase = self.pass_edit.text()
            if len(passphrase) < bundles.MIN_PASSPHRASE:
                problems["passphrase"] = self.tr("at least {n} characters").format(
                    n=bundles.MIN_PASSPHRASE
                )
            elif self.again_edit.text() != passphrase:
                problems["again"] = self.tr("the two passphrases differ")
            if problems:
                raise ValidationError(problems)
            count = bundles.export_bundle(self.ctx.db, path, passphrase, since)
            return self.tr("Wrote {count} changes to {name}.").format(
                count=formatting.number(count), name=Path(path).name
            )

        if self._run(work):
            super().accept()


class ImportBundleDialog(_BundleDialog):
    """Merge a bundle written on another laptop."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(
            ctx,
            parent,
            QCoreApplication.translate("ImportBundleDialog", "Import changes"),
            QCoreApplication.translate(
                "ImportBundleDialog",
                "Merges the changes in a file another organizer exported, with the same rules "
                "as the coalition server: what both changed is listed under Sync → Conflicts…",
            ),
        )
        self.pass_edit = _passphrase_edit()
        self.choose.clicked.connect(self._choose_file)
        self.form.addRow(
            self.tr("File"), self.field_box("file", _file_row(self.file_edit, self.choose))
        )
        self.form.addRow(self.tr("Passphrase"), self.field_box("passphrase", self.pass_edit))
        self.lay_out_form(self.form, self.tr("Import"))

    def _choose_file(self) -> None:
        name = filedialogs.open_file(
            self, self.ctx.settings, "bundles", self.tr("Import changes from"), FILTER
        )
        if name:
            self.file_edit.setText(name)

    def accept(self) -> None:
        def work() -> str:
            path = self.file_edit.text().strip()
            if not path:
                raise ValidationError({"file": self.tr("choose the file to import")})
            if not self.pass_edit.text():
                raise ValidationError({"passphrase": self.tr("the passphrase it was written with")})
            report = bundles.import_bundle(self.ctx.db, path, self.pass_edit.text())
            return report.sentence()

        if self._run(work):
            self.ctx.changed.emit(all_tables())
            super().accept()
