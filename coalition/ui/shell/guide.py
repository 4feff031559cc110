"""The user guide inside the app (Help → User guide, F1): the Markdown pages of ``docs/``,
read offline in a window beside the main one.

The pages are found wherever Coalition runs: beside the package in a source checkout or
a PyInstaller bundle (``docs/`` next to the ``coalition`` folder), and in an installed
wheel under ``share/doc/coalition`` of the environment it went into (pyproject.toml's
data-files).  When none holds the index, the window says so and where it looked.  The
pages stay in English; the window around them speaks the window's language.
"""

from __future__ import annotations

import site
import sys
import sysconfig
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import coalition

INDEX = "README.md"
DOC_FOLDER = Path("share") / "doc" / "coalition"
EXTERNAL_SCHEMES = ("http", "https", "mailto")

# Guide windows opened without a parent, kept alive until closed.
_orphans: list[QWidget] = []


def guide_places() -> list[Path]:
    """Where the guide's pages may be, in the order they are tried."""
    places = [Path(coalition.__file__).resolve().parent.parent / "docs"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        places.append(Path(bundle) / "docs")
    prefixes = [sysconfig.get_path("data"), sys.prefix, sys.base_prefix, site.getuserbase()]
    for prefix in prefixes:
        place = Path(prefix) / DOC_FOLDER
        if place not in places:
            places.append(place)
    return places


def guide_folder(places: list[Path] | None = None) -> Path | None:
    """The first of ``places`` (by default :func:`guide_places`) holding the guide's index."""
    for place in guide_places() if places is None else places:
        if (place / INDEX).is_file():
            return place
    return None


class GuideWindow(QWidget):
    """The guide's pages in a browser: the index first, its links to each area's page,
    Back, Forward and Contents; links to the web open in the web browser."""

    def __init__(self, parent: QWidget | None, folder: Path | None, places: list[Path]) -> None:
        super().__init__(parent)
        # A window of its own beside the main one (not a dialog: it never blocks it), gone
        # when closed; the Qt namespace is fine here, long after the first paint.
        self.setWindowFlag(Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("guideWindow")
        self.setWindowTitle(self.tr("Coalition user guide"))
        self.folder = folder
        self.places = places

        self.browser = QTextBrowser()
        self.browser.setObjectName("guideBrowser")
        self.browser.setAccessibleName(self.tr("User guide page"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self.follow)

        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back to the page before"))
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.back_button.clicked.connect(self.browser.backward)
        self.back_button.setEnabled(False)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.forward_button = QPushButton(self.tr("&Forward"))
        self.forward_button.setAccessibleName(self.tr("Forward to the next page"))
        self.forward_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Forward))
        self.forward_button.clicked.connect(self.browser.forward)
        self.forward_button.setEnabled(False)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.contents_button = QPushButton(self.tr("&Contents"))
        self.contents_button.setAccessibleName(self.tr("The guide's contents"))
        self.contents_button.clicked.connect(lambda _checked=False: self.show_page(None))
        self.status = QLabel()
        self.status.setObjectName("guideStatus")
        self.status.setAccessibleName(self.tr("Guide status"))
        self.status.setWordWrap(True)

        buttons = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.contents_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.status)
        self.resize(860, 640)

        if folder is None:
            self.contents_button.setEnabled(False)
            self.browser.setPlainText(self.missing_text())
        else:
            self.show_page(None)

    def missing_text(self) -> str:
        places = "\n".join(f"  {place}" for place in self.places)
        return self.tr(
            "The user guide's pages could not be found, so the guide cannot be shown. "
            "Coalition looked for them in:\n{places}"
        ).format(places=places)

    def show_page(self, page: str | None) -> None:
        """Show ``page`` (a file name such as ``events.md``; the index when None)."""
        if self.folder is None:
            return
        path = self.folder / (page or INDEX)
        if not path.is_file():
            self.status.setText(self.tr("There is no page {name} in the guide.").format(name=page))
            path = self.folder / INDEX
        else:
            self.status.clear()
        self.browser.setSource(
            QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource
        )

    def follow(self, url: QUrl) -> None:
        """A link chosen (a click, or Enter on it): another page of the guide, a place in
        this one, or the web."""
        if url.scheme() in EXTERNAL_SCHEMES:
            QDesktopServices.openUrl(url)
            return
        if url.isRelative() and not url.path():  # "#section" on this page
            self.browser.scrollToAnchor(url.fragment())
            return
        target = self.browser.source().resolved(url)
        path = Path(target.toLocalFile())
        if target.isLocalFile() and path.suffix == ".md" and path.is_file():
            self.status.clear()
            self.browser.setSource(target, QTextDocument.ResourceType.MarkdownResource)
            return
        self.status.setText(
            self.tr("{name} is not part of the guide shipped with the app.").format(
                name=url.toString()
            )
        )

    def page_name(self) -> str:
        """The file name of the page shown ("" when none)."""
        return Path(self.browser.source().toLocalFile()).name


def open_guide(parent: QWidget | None, page: str | None = None) -> QWidget | None:
    """Open the user guide (or bring the one already open forward), at ``page`` (a file
    name such as ``events.md``) or at its contents; returns its window."""
    existing = parent.findChild(GuideWindow, "guideWindow") if parent is not None else None
    if existing is None:
        existing = next((w for w in _orphans if isinstance(w, GuideWindow)), None)
    if isinstance(existing, GuideWindow):
        window = existing
        if page is not None:
            window.show_page(page)
    else:
        places = guide_places()
        window = GuideWindow(parent, guide_folder(places), places)
        if page is not None:
            window.show_page(page)
        if parent is None:
            _orphans.append(window)
            window.destroyed.connect(lambda _obj=None, w=window: _forget(w))
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def _forget(window: QWidget) -> None:
    if window in _orphans:
        _orphans.remove(window)
