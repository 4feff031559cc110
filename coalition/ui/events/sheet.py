"""The shift sheet on paper: for the clipboard at the table, each shift with its people,
their phones, a blank line per open slot, and boxes to write the check-in and check-out
times in."""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPdfWriter, QTextDocument

from coalition.common.files import replacing
from coalition.events.shifts import ShiftSheet
from coalition.ui.common import formatting


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # the context lupdate gives a bare tr()


def _time(moment: dt.datetime | None) -> str:
    return formatting.time(moment) if moment is not None else ""


def sheet_html(sheet: ShiftSheet) -> str:
    """The sheet as simple HTML, the way QTextDocument lays out tables."""
    day = formatting.long_date(sheet.starts_local.date())
    when = tr("{day}, {start} to {end} ({zone})").format(
        day=day,
        start=formatting.time(sheet.starts_local),
        end=formatting.time(sheet.ends_local),
        zone=sheet.time_zone,
    )
    parts = [
        f"<h1>{escape(sheet.event_name)}</h1>",
        f"<p>{escape(when)}<br/>{escape(sheet.place)}</p>",
    ]
    if not sheet.shifts:
        parts.append(f"<p>{escape(tr('No shifts yet.'))}</p>")
    headers = (tr("Name"), tr("Phone"), tr("Checked in"), tr("Checked out"), tr("Signature"))
    for shift in sheet.shifts:
        title = shift.title or tr("Shift")
        times = f"{formatting.time(shift.starts_local)}–{formatting.time(shift.ends_local)}"
        if shift.starts_local.date() != sheet.starts_local.date():
            times = f"{formatting.date(shift.starts_local)} {times}"
        slots = tr("{taken} of {slots} slots taken").format(
            taken=formatting.number(shift.taken), slots=formatting.number(shift.slots)
        )
        parts.append(f"<h2>{escape(times)} · {escape(title)}</h2><p>{escape(slots)}</p>")
        parts.append(
            '<table border="1" cellspacing="0" cellpadding="6" width="100%"><tr>'
            + "".join(f"<th>{escape(h)}</th>" for h in headers)
            + "</tr>"
        )
        for line in shift.lines:
            cells = (
                line.name or "&nbsp;",
                escape(line.phone),
                escape(_time(line.checked_in)),
                escape(_time(line.checked_out)),
                "",
            )
            name = escape(cells[0]) if line.name else cells[0]
            parts.append(
                f"<tr><td>{name}</td>" + "".join(f"<td>{c}</td>" for c in cells[1:]) + "</tr>"
            )
        parts.append("</table>")
    return "\n".join(parts)


def write_sheet(sheet: ShiftSheet, path: Path) -> None:
    """The sheet as a PDF on the locale's paper, written whole or not at all."""
    doc = QTextDocument()
    doc.setHtml(sheet_html(sheet))
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, sheet.event_name)
    font = doc.defaultFont()
    font.setPointSizeF(10.5)
    doc.setDefaultFont(font)
    with replacing(path) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setTitle(tr("Shifts: {event}").format(event=sheet.event_name))
        writer.setCreator("Coalition")
        writer.setPageSize(formatting.paper())
        writer.setPageMargins(QMarginsF(5.4, 5.4, 5.4, 5.4), QPageLayout.Unit.Millimeter)
        doc.print_(writer)
        del writer  # the file is complete only once the writer is gone
