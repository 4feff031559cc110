"""The agenda and the minutes as documents: copied as Markdown or plain text, saved as
PDF, printed (Qt's own PDF writer, no other dependency)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMenu, QPushButton

from coalition.calls import documents
from coalition.calls.series import Call
from coalition.common.markdown import markdown_to_text
from coalition.ui.calls.common import PdfKind
from coalition.ui.common import filedialogs, formatting
from coalition.ui.common.context import AppContext
from coalition.ui.common.documents import markdown_document, write_pdf
from coalition.ui.common.parts import WidgetPart


class CallDocuments(WidgetPart):
    """The Agenda and Minutes menus of :class:`~coalition.ui.calls.panel.CallPanel`, and
    what they do: a part of the panel (it uses its context and call), kept beside it by idea."""

    ctx: AppContext
    call: Call | None
    your_zone: str

    def _document_menu(self, text: str, kind: PdfKind) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(
            QCoreApplication.translate(
                "CallDocuments", "Copy, save or print the {kind} of this call"
            ).format(kind=kind)
        )
        menu = QMenu(button)
        menu.addAction(
            QCoreApplication.translate("CallDocuments", "Copy {kind} as Markdown").format(
                kind=kind
            ),
            lambda: self.copy(kind, markdown=True),
        )
        menu.addAction(
            QCoreApplication.translate("CallDocuments", "Copy {kind} as plain text").format(
                kind=kind
            ),
            lambda: self.copy(kind, markdown=False),
        )
        menu.addSeparator()
        menu.addAction(
            QCoreApplication.translate("CallDocuments", "Save {kind} as PDF…").format(kind=kind),
            lambda: self.save_pdf(kind),
        )
        menu.addAction(
            QCoreApplication.translate("CallDocuments", "Print {kind}…").format(kind=kind),
            lambda: self.print_document(kind),
        )
        button.setMenu(menu)
        return button

    # --- documents --------------------------------------------------------------------------------

    def markdown(self, kind: PdfKind) -> str:
        """The agenda or the minutes of the call, as the services write them."""
        if self.call is None or self.call.occurrence_id is None:
            return ""
        write = documents.agenda_markdown if kind == "agenda" else documents.minutes_markdown
        with self.ctx.reading() as session:
            return write(session, self.call.occurrence_id, zone=self.your_zone)

    def document_title(self, kind: PdfKind) -> str:
        assert self.call is not None
        day = self.call.local_start().date().isoformat()
        return f"{self.call.title} {day} {kind}"

    def copy(self, kind: PdfKind, *, markdown: bool) -> None:
        text = self.markdown(kind)
        if not text:
            return
        QGuiApplication.clipboard().setText(text if markdown else markdown_to_text(text))
        form = "Markdown" if markdown else "plain text"
        self.ctx.message.emit(
            QCoreApplication.translate(
                "CallDocuments",
                "The {kind} is on the clipboard as {form}: paste it into an e-mail.",
            ).format(kind=kind, form=form)
        )

    def save_pdf(self, kind: PdfKind, path: str | None = None) -> Path | None:
        """Save the agenda or minutes as a PDF (asking where, unless ``path`` is given)."""
        if self.call is None or self.call.occurrence_id is None:
            return None
        title = self.document_title(kind)
        if path is None:
            path = filedialogs.save_file(
                self,
                self.ctx.settings,
                "calls",
                QCoreApplication.translate("CallDocuments", "Save the {kind} as PDF").format(
                    kind=kind
                ),
                f"{title}.pdf",
                QCoreApplication.translate("CallDocuments", "PDF files (*.pdf)"),
            )
            if not path:
                return None
        target = Path(path)
        try:
            write_pdf(self.markdown(kind), target, title)
        except OSError as exc:
            self.ctx.error.emit(
                QCoreApplication.translate(
                    "CallDocuments", "Could not save {name}: {value}"
                ).format(name=target.name, value=exc.strerror or exc)
            )
            return None
        filedialogs.remember(self.ctx.settings, "calls", target)
        self.ctx.message.emit(
            QCoreApplication.translate("CallDocuments", "Saved {target}.").format(target=target)
        )
        return target

    def print_document(self, kind: PdfKind, printer: QPrinter | None = None) -> bool:
        """Print the agenda or minutes; with no ``printer`` given, ask which one first."""
        if self.call is None or self.call.occurrence_id is None:
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setPageSize(formatting.paper())
            printer.setDocName(self.document_title(kind))
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return False
        markdown_document(self.markdown(kind), self.document_title(kind)).print_(printer)
        return True
