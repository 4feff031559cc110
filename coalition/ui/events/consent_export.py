"""One group's list of the people who said yes to it, written to a CSV file from the
window: the organization is chosen, then the file; nobody who did not tick that group's
box is in it."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget
from sqlalchemy.exc import SQLAlchemyError

from coalition.common.errors import CoalitionError
from coalition.common.i18n import shown
from coalition.events import consents
from coalition.ui.common import filedialogs
from coalition.ui.common.context import AppContext


def _stem(name: str) -> str:
    """A name as a file name's part: letters and digits, words joined by hyphens."""
    return re.sub(r"[^\w]+", "-", name, flags=re.UNICODE).strip("-").lower() or "group"


class ConsentExport(QObject):
    """Asks for the organization and the file (its words are in its own context)."""

    def run(self, ctx: AppContext, parent: QWidget | None) -> Path | None:
        """Ask for the organization and the file, write it, and say it is not encrypted.

        Returns the file written, or None when the person cancelled or writing failed."""
        with ctx.reading() as session:
            groups = consents.organizations_with_consents(session)
        if not groups:
            QMessageBox.information(
                parent,
                self.tr("Export who consented"),
                self.tr(
                    "Nobody has consented to hear from an organization yet: consents are given "
                    "at an event's sign-up table or in an imported sign-in sheet."
                ),
            )
            return None
        labels = [
            self.tr("{name} (%Ln people)", "", count).format(name=name)
            for _id, name, count in groups
        ]
        choice, ok = QInputDialog.getItem(
            parent,
            self.tr("Export who consented"),
            self.tr("The people who agreed to hear from:"),
            labels,
            0,
            False,
        )
        if not ok:
            return None
        org_id, name, _count = groups[labels.index(choice)]
        path = filedialogs.save_file(
            parent,
            ctx.settings,
            "csv",
            self.tr("Export who consented to {name}").format(name=name),
            self.tr("consented-{name}.csv").format(name=_stem(name)),
            self.tr("CSV files (*.csv)"),
        )
        if not path:
            return None
        target = Path(path) if Path(path).suffix else Path(path).with_suffix(".csv")
        try:
            with ctx.reading() as session:
                written = consents.export_consented(session, org_id, target)
        except (CoalitionError, SQLAlchemyError) as exc:
            QMessageBox.warning(
                parent,
                self.tr("Export who consented"),
                self.tr("Could not export: {problem}").format(problem=shown(exc)),
            )
            return None
        except OSError as exc:
            QMessageBox.warning(
                parent,
                self.tr("Export who consented"),
                self.tr("Could not write {target}: {problem}").format(
                    target=target, problem=exc.strerror or exc
                ),
            )
            return None
        QMessageBox.information(
            parent,
            self.tr("Export who consented"),
            self.tr(
                "Wrote %Ln people who consented to {name} to {target}, each with the date and the "
                "words they agreed to.\n\nThis file is not encrypted; keep it safe.",
                "",
                written,
            ).format(name=name, target=target),
        )
        return target


def export_consented_interactively(ctx: AppContext, parent: QWidget | None = None) -> Path | None:
    """Ask for the organization and the file, write it, and say it is not encrypted.

    Returns the file written, or None when the person cancelled or writing failed."""
    return ConsentExport().run(ctx, parent)
