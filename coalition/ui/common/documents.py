"""Markdown laid out as a document: what the agendas, minutes and drafts become as PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPdfWriter, QTextDocument

from coalition.common.files import replacing
from coalition.ui.common import formatting


def markdown_document(markdown: str, title: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setMarkdown(markdown)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    font = doc.defaultFont()
    font.setPointSizeF(10.5)
    doc.setDefaultFont(font)
    return doc


def write_pdf(markdown: str, path: Path, title: str) -> None:
    """Lay out Markdown on the locale's paper (Letter or A4) into ``path``, whole or not at all.

    Qt's own PDF writer (no other dependency); the file is written next to its place and
    then renamed over it, so a failure never leaves half a PDF where the old one was.
    """
    with replacing(path) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setTitle(title)
        writer.setCreator("Coalition")
        writer.setPageSize(formatting.paper())
        # QTextDocument.print_ adds 2 cm of its own inside these: an inch all round.
        writer.setPageMargins(QMarginsF(5.4, 5.4, 5.4, 5.4), QPageLayout.Unit.Millimeter)
        markdown_document(markdown, title).print_(writer)
        del writer  # the file is complete only once the writer is gone
