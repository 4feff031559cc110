"""Exporting the directory to a CSV file: which records, where, and a word that the file
is not encrypted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget
from sqlalchemy.exc import SQLAlchemyError

from coalition.common.errors import CoalitionError
from coalition.common.i18n import shown
from coalition.directory import importers_export
from coalition.directory.csvread import Kind
from coalition.ui.common import filedialogs
from coalition.ui.common.context import AppContext

_EXPORT_KINDS: dict[str, Kind] = {
    str(QT_TRANSLATE_NOOP("Importdialog", "People")): "people",
    str(QT_TRANSLATE_NOOP("Importdialog", "Organizations")): "organizations",
}


def export_csv_interactively(ctx: AppContext, parent: QWidget | None = None) -> Path | None:
    """Ask what to export and where, write the CSV file, and say it is not encrypted.

    Returns the file written, or None when the person cancelled or writing failed.
    """
    shown_kinds = {
        QCoreApplication.translate("Importdialog", label): kind
        for label, kind in _EXPORT_KINDS.items()
    }
    choice, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("Importdialog", "Export to CSV"),
        QCoreApplication.translate("Importdialog", "Export:"),
        list(shown_kinds),
        0,
        False,
    )
    if not ok:
        return None
    kind = shown_kinds[choice]
    path = filedialogs.save_file(
        parent,
        ctx.settings,
        "csv",
        QCoreApplication.translate("Import", "Export {kind} to CSV").format(kind=choice.lower()),
        QCoreApplication.translate("Importdialog", "coalition-{kind}.csv").format(kind=kind),
        QCoreApplication.translate("Importdialog", "CSV files (*.csv)"),
    )
    if not path:
        return None
    target = Path(path) if Path(path).suffix else Path(path).with_suffix(".csv")
    try:
        with ctx.reading() as session:
            count = importers_export.export_csv(session, kind, target)
    except (CoalitionError, SQLAlchemyError) as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Importdialog", "Export to CSV"),
            QCoreApplication.translate("Importdialog", "Could not export {kind}: {exc}").format(
                kind=kind, exc=shown(exc)
            ),
        )
        return None
    except OSError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Importdialog", "Export to CSV"),
            QCoreApplication.translate("Importdialog", "Could not write {target}: {value}").format(
                target=target, value=exc.strerror or exc
            ),
        )
        return None
    filedialogs.remember(ctx.settings, "csv", target)
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Importdialog", "Export to CSV"),
        (
            tr(
                "Wrote %Ln people to {target}.\n\nThis file is not encrypted; keep it safe.",
                "",
                count,
            )
            if kind == "people"
            else tr(
                "Wrote %Ln organizations to {target}.\n\nThis file is not encrypted; keep it safe.",
                "",
                count,
            )
        ).format(target=target),
    )
    return target


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A bare tr() (context ""): lupdate reads plural forms only from a tr() call."""
    return QCoreApplication.translate("", text, disambiguation, n)
