"""The outcome of a closed proposal: adopted, rejected or no quorum, the tally by
organization, who did not vote, and an adopted declaration to export."""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coalition.common.errors import CoalitionError
from coalition.common.files import replacing
from coalition.common.i18n import shown
from coalition.decisions.declaration import declaration_markdown
from coalition.store.models import Outcome
from coalition.ui.common import filedialogs, formatting
from coalition.ui.common.context import AppContext
from coalition.ui.common.controls import CHIP_STYLE
from coalition.ui.common.documents import write_pdf
from coalition.ui.common.widgets import bold, muted
from coalition.ui.decisions.common import OUTCOME_COLORS, choice_label, moment, outcome_label, tr
from coalition.ui.decisions.views import ProposalView

PANEL_STYLE = (
    "QFrame#outcomePanel { border: 1px solid palette(mid); border-radius: 6px;"
    " background: palette(alternate-base); }"
)


def file_name(title: str, suffix: str) -> str:
    """A file name from a title: "Endorse the peaceful movement….md" → "endorse-the-…"."""
    stem = re.sub(r"[^\w]+", "-", title.casefold()).strip("-")[:60] or "declaration"
    return f"{stem}{suffix}"


def tally_lines(view: ProposalView) -> list[str]:
    """ "Approve (6): Red Oregon, Blue Ridge…", one line per choice with any ballot, then
    who did not vote: the tally by organization."""
    tally = view.tally
    lines = []
    for choice in view.choices:
        orgs = sorted(
            (view.name_of(org) for org in tally.orgs_choosing(choice)), key=formatting.name_key()
        )
        if orgs:
            lines.append(
                tr("{choice} ({count}): {orgs}").format(
                    choice=choice_label(choice),
                    count=formatting.number(len(orgs)),
                    orgs=", ".join(orgs),
                )
            )
    missing = sorted((view.name_of(org) for org in tally.non_voters), key=formatting.name_key())
    if missing:
        lines.append(
            tr("Did not vote ({count}): {orgs}").format(
                count=formatting.number(len(missing)), orgs=", ".join(missing)
            )
        )
    return lines


class OutcomePanel(QFrame):
    """A closed proposal's frozen outcome, and for an adopted one its declaration."""

    openRequested = Signal(str, str)  # ("draft", the declaration's id)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: ProposalView | None = None
        self.setObjectName("outcomePanel")
        self.setStyleSheet(PANEL_STYLE)
        self.chip = QLabel()
        self.chip.setObjectName("outcomeChip")
        self.summary = bold(QLabel())
        self.summary.setWordWrap(True)
        self.closed_label = muted()
        self.tally_label = QLabel()
        self.tally_label.setObjectName("tallyByOrganization")
        self.tally_label.setWordWrap(True)
        self.tally_label.setTextFormat(Qt.TextFormat.RichText)
        self.tally_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.declaration_label = muted()
        self.markdown_button = QPushButton(tr("Export Markdown…"))
        self.markdown_button.setToolTip(tr("The declaration, with the organizations behind it"))
        self.markdown_button.clicked.connect(self.export_markdown)
        self.pdf_button = QPushButton(tr("Export PDF…"))
        self.pdf_button.clicked.connect(self.export_pdf)
        self.declaration_button = QPushButton(tr("Open the declaration"))
        self.declaration_button.setObjectName("openDeclaration")
        self.declaration_button.setToolTip(tr("Show the published draft this decision adopted"))
        self.declaration_button.clicked.connect(self.open_declaration)
        top = QHBoxLayout()
        top.addWidget(self.chip, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.summary, 1)
        declaration = QHBoxLayout()
        declaration.addWidget(self.declaration_label, 1)
        declaration.addWidget(self.declaration_button)
        declaration.addWidget(self.markdown_button)
        declaration.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(top)
        layout.addWidget(self.closed_label)
        layout.addWidget(self.tally_label)
        layout.addLayout(declaration)

    def show_view(self, view: ProposalView) -> None:
        self.view = view
        outcome = view.outcome
        if outcome is None:
            return
        fg, bg = OUTCOME_COLORS[outcome]
        self.chip.setText(outcome_label(outcome))
        self.chip.setStyleSheet(CHIP_STYLE.format(fg=fg, bg=bg) + " font-size: 13pt;")
        tally = view.tally
        voted = len(tally.standing)
        quorum = (
            tr("quorum of {quorum} met").format(quorum=view.quorum)
            if tally.quorum_met
            else tr("quorum of {quorum} not met").format(quorum=view.quorum)
        )
        counts = ", ".join(
            f"{formatting.number(tally.counts.get(c, 0))} {choice_label(c).lower()}"
            for c in view.choices
        )
        summary = tr("{voted} of {voters} organizations voted ({quorum}): {counts}.").format(
            voted=formatting.number(voted),
            voters=formatting.number(len(view.lines)),
            quorum=quorum,
            counts=counts,
        )
        if outcome == Outcome.ADOPTED and tally.winner and tally.winner not in ("approve",):
            summary += " " + tr("Chosen: {option}.").format(option=choice_label(tally.winner))
        self.summary.setText(summary)
        closed = moment(view.closed_at) if view.closed_at else ""
        self.closed_label.setText(
            tr("Closed {when} by {who}; the outcome is frozen.").format(
                when=closed, who=view.closed_by or tr("the schedule")
            )
        )
        lines = tally_lines(view)
        self.tally_label.setText("<br>".join(html.escape(line) for line in lines))
        adopted = outcome == Outcome.ADOPTED
        self.declaration_label.setVisible(adopted)
        self.declaration_label.setText(
            tr("Adopted: the declaration is published, its text locked.")
        )
        self.markdown_button.setVisible(adopted)
        self.pdf_button.setVisible(adopted)
        self.declaration_button.setVisible(adopted and view.declaration_id is not None)

    def open_declaration(self) -> None:
        if self.view is not None and self.view.declaration_id:
            self.openRequested.emit("draft", self.view.declaration_id)

    # --- export ---------------------------------------------------------------------------

    def _markdown(self) -> str | None:
        if self.view is None:
            return None
        try:
            with self.ctx.reading() as session:
                return declaration_markdown(session, self.view.id)
        except CoalitionError as exc:
            self.ctx.error.emit(shown(exc))
            return None

    def export_markdown(self) -> Path | None:
        markdown = self._markdown()
        if markdown is None or self.view is None:
            return None
        path = filedialogs.save_file(
            self,
            self.ctx.settings,
            "declarations",
            tr("Export the declaration as Markdown"),
            file_name(self.view.title, ".md"),
            tr("Markdown (*.md);;All files (*)"),
        )
        if not path:
            return None
        try:
            with replacing(path) as temporary:
                Path(temporary).write_text(markdown, encoding="utf-8")
        except OSError as exc:
            self.ctx.error.emit(tr("Could not write {path}: {error}").format(path=path, error=exc))
            return None
        self.ctx.message.emit(tr("Declaration written to {path}").format(path=path))
        return Path(path)

    def export_pdf(self) -> Path | None:
        markdown = self._markdown()
        if markdown is None or self.view is None:
            return None
        path = filedialogs.save_file(
            self,
            self.ctx.settings,
            "declarations",
            tr("Export the declaration as PDF"),
            file_name(self.view.title, ".pdf"),
            tr("PDF (*.pdf)"),
        )
        if not path:
            return None
        try:
            write_pdf(markdown, Path(path), self.view.title)
        except OSError as exc:
            self.ctx.error.emit(tr("Could not write {path}: {error}").format(path=path, error=exc))
            return None
        self.ctx.message.emit(tr("Declaration written to {path}").format(path=path))
        return Path(path)
