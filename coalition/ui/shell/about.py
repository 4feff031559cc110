"""Help → About: what this Coalition is (its version and licence), where it keeps its data,
and whether the database open in the window is encrypted."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QGridLayout, QMessageBox, QSizePolicy, QSpacerItem, QWidget

from coalition import APP_NAME, LICENSE, __version__
from coalition.common import paths

if TYPE_CHECKING:
    from coalition.store.database import Database

ABOUT_WIDTH = 560  # pixels, at least: room for a data folder's path on one line


class AboutBox(QMessageBox):
    """The About box of the window showing ``db`` (None: a window whose database is not
    open yet, at ``location``).  ``facts`` holds what it says, label and value."""

    def __init__(self, parent: QWidget | None, db: Database | None, location: str = ""):
        super().__init__(parent)
        self.setObjectName("aboutBox")
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.setIconPixmap(self.windowIcon().pixmap(64, 64))
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setStandardButtons(QMessageBox.StandardButton.Close)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        folder = paths.data_dir()
        self.facts = [
            (self.tr("Version:"), __version__),
            (self.tr("Data folder:"), str(folder)),
            (self.tr("Database:"), db.describe() if db is not None else location),
            (self.tr("Encryption:"), self._encryption(db)),
            (self.tr("Licence:"), self._licence()),
        ]
        # The folder as a link: a click opens it in the file manager.
        folder_link = (
            f'<a href="{escape(QUrl.fromLocalFile(str(folder)).toString())}">'
            f"{escape(str(folder))}</a>"
        )
        rows = "".join(
            f"<tr><td><b>{escape(label)}</b>&nbsp;</td>"
            f"<td>{folder_link if index == 1 else escape(value)}</td></tr>"
            for index, (label, value) in enumerate(self.facts)
        )
        blurb = self.tr(
            "The directory, endorsements, calls and shared messaging of a coalition of allies, "
            "kept on your own computer."
        )
        self.setText(
            f"<h3>{escape(APP_NAME)} {escape(__version__)}</h3>"
            f"<p>{escape(blurb)}</p><table>{rows}</table>"
        )
        # A message box keeps itself narrow; the paths read better on one line each.
        grid = self.layout()
        if isinstance(grid, QGridLayout):
            grid.addItem(
                QSpacerItem(ABOUT_WIDTH, 0, QSizePolicy.Policy.Minimum),
                grid.rowCount(),
                0,
                1,
                grid.columnCount(),
            )

    def _encryption(self, db: Database | None) -> str:
        if db is None:
            return self.tr("Not known until the database is open")
        if not db.is_sqlite:
            return self.tr("On a server: its disk and its connection are the server's to protect")
        if db.encrypted:
            return self.tr("Encrypted on this computer (SQLCipher, AES-256)")
        return self.tr("Not encrypted: anyone who can read the file can read your data")

    def _licence(self) -> str:
        names = {
            "GPL-3.0-or-later": self.tr(
                "GNU General Public License, version 3 or any later version"
            )
        }
        name = names.get(LICENSE)
        return f"{name} ({LICENSE})" if name else LICENSE


def show_about(parent: QWidget, db: Database | None, location: str = "") -> AboutBox:
    """Open the About box over ``parent`` (it closes itself; returned for a test to read)."""
    box = AboutBox(parent, db, location)
    box.open()
    return box
