"""The Calls screen: the weekly call's series, its weeks, and what happens on each call.

On the left, the series and, under it, the weeks around today (what was and what comes),
each in the call's own zone and, where that differs, in the organizer's own: a coalition
spread over four time zones is only ever confused about *when*.  On the right, the call
chosen: how to join, the agenda (dragged into order, with time boxes that warn when they
overrun the call), minutes and decisions per item, who came, and who owes what.  The
agenda and the minutes leave as Markdown, plain text, PDF or paper, for the e-mail after
the call.

Every change is one service call through :meth:`AppContext.run`, so one undo step.

The modules, by idea: :mod:`.common` (times, colours, running a service from a button),
:mod:`.agenda` (the agenda as a list model), :mod:`.item_editor` (one item and its
minutes), :mod:`.callview` (one call, read), :mod:`.panel` (the call on the right, with
the tabs of :mod:`.attendance` and :mod:`.call_actions` and the :mod:`.documents`),
:mod:`.screen` (the screen), :mod:`.series_dialog` and :mod:`.move_dialog`.
"""

from __future__ import annotations

from coalition.ui.calls.agenda import AgendaModel, AgendaRow
from coalition.ui.calls.item_editor import ItemEditor
from coalition.ui.calls.move_dialog import MoveDialog
from coalition.ui.calls.panel import CallPanel
from coalition.ui.calls.screen import CallsScreen
from coalition.ui.calls.series_dialog import SeriesDialog
from coalition.ui.common.controls import CHIP_STYLE, WARNING_STYLE, attempt
from coalition.ui.common.documents import write_pdf

__all__ = [
    "CHIP_STYLE",
    "WARNING_STYLE",
    "AgendaModel",
    "AgendaRow",
    "CallPanel",
    "CallsScreen",
    "ItemEditor",
    "MoveDialog",
    "SeriesDialog",
    "attempt",
    "write_pdf",
]
